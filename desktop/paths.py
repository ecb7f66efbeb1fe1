"""Where the user's own files live (QStandardPaths), so the model can take plain paths."""

from __future__ import annotations

from pathlib import Path

from desktop import ORG_NAME

APP_DIR_NAME = "ankle-guide"


def _app_data_dir() -> Path:
    """<generic data dir>/AnkleGuide/ankle-guide: what AppDataLocation gives for our names, but fixed,
    so it never depends on which QCoreApplication (with which names) happens to exist."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / ORG_NAME / APP_DIR_NAME


def user_routines_dir() -> Path:
    """AppDataLocation/routines: the user's own routine files."""
    return _app_data_dir() / "routines"


def history_db_path() -> Path:
    """AppDataLocation/history.sqlite3: the session history."""
    return _app_data_dir() / "history.sqlite3"


def artwork_cache_dir() -> Path:
    """<generic cache dir>/AnkleGuide/ankle-guide/artwork: the diagram drawn last time (a cache: any of
    it may be deleted at any time)."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base) / ORG_NAME / APP_DIR_NAME / "artwork"
