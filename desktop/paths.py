"""Where the user's own files live (QStandardPaths), so the model can take plain paths."""

from __future__ import annotations

from pathlib import Path

from desktop import ORG_NAME


def _app_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
    if not QCoreApplication.applicationName() or QCoreApplication.instance() is None:
        QCoreApplication.setApplicationName("ankle-guide")
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def user_routines_dir() -> Path:
    """AppDataLocation/routines: the user's own routine files."""
    return _app_data_dir() / "routines"


def history_db_path() -> Path:
    """AppDataLocation/history.sqlite3: the session history."""
    return _app_data_dir() / "history.sqlite3"
