"""Help → About (opened by desktop.ui.dialogs.show_about): what the app is, and the details a
problem report needs, with a button to copy them.

The details are the versions (app, Qt, PySide6, Python), the platform, where the person's data is and
where the log of warnings and errors is (desktop.logfile). Nothing about their sessions.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.model.i18n import translate


def _os_name() -> str:
    try:
        return platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:  # no /etc/os-release (not Linux, or a minimal container)
        return ""


def about_details(name: str, version: str) -> str:
    """Plain text, one fact a line, ready to paste into a problem report.

    Kept in English in every language: it is written for whoever reads the report, not for the dialog."""
    import PySide6

    from desktop.logfile import log_path
    from desktop.paths import history_db_path

    kernel = f"{platform.system()} {platform.release()} {platform.machine()}"
    system = f"{_os_name()}, {kernel}" if _os_name() else kernel
    lines = [
        f"{name} {version}",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}",
        f"Platform: {system}",
        f"Qt platform plugin: {QGuiApplication.platformName()}",
        f"Installed in: {Path(sys.executable).parent if getattr(sys, 'frozen', False) else sys.prefix}",
        f"Data folder: {history_db_path().parent}",
        f"Log file: {log_path()}",
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    """The About box: a short description, the details, "Copy details" and "Close"."""

    def __init__(self, name: str, version: str, parent: QWidget | None = None) -> None:
        """`name` and `version`: the app's (desktop.APP_NAME, desktop.__version__)."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("about_dialog", "About {name}").format(name=name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"<h3>{name} {version}</h3><p>"
            + translate("about_dialog", "Guided self-massage for ankle pain and tension.")
            + "</p><p>"
            + translate(
                "about_dialog",
                "Not medical advice. Stop if anything hurts sharply, and see a clinician about pain that "
                "persists.",
            )
            + "</p><p>"
            + translate(
                "about_dialog",
                "No data leaves this computer. To report a problem, copy the details below and attach the "
                "log file if it has anything in it.",
            )
            + "</p>"
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)

        self.details = QPlainTextEdit(about_details(name, version))
        self.details.setObjectName("aboutDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("about_dialog", "Details for a problem report"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Tall and wide enough to show every line whole (long folder paths get a scroll bar past ~900 px).
        metrics, lines = self.details.fontMetrics(), self.details.toPlainText().splitlines()
        self.details.setFixedHeight(metrics.lineSpacing() * (len(lines) + 1) + 16)
        self.details.setMinimumWidth(min(900, max(metrics.horizontalAdvance(line) for line in lines) + 32))
        layout.addWidget(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            translate("about_dialog", "&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(translate("about_dialog", "Copied"))
