"""A problem report a person can send: Help → About with the details and a copy button; the log file.

The log tests run in a child process: installing a Qt message handler and root logging handlers inside
the test process would take over pytest-qt's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.logfile import BACKUPS, MAX_BYTES, log_path

CHILD = textwrap.dedent(
    """
    import logging, sys
    from PySide6.QtCore import QCoreApplication, QLoggingCategory, qCWarning
    from desktop.logfile import start_logging, route_qt_messages

    path = start_logging()
    route_qt_messages()
    print(path)
    app = QCoreApplication([])
    category = QLoggingCategory("ankle.test")
    qCWarning(category, "a Qt warning for the log")
    logging.getLogger("desktop.qt.sound").warning("sound failed: no device")
    logging.getLogger("desktop.qt.session_controller").info("session rating 7, note: SECRET")
    for i in range(int(sys.argv[1])):
        logging.getLogger("desktop.flood").error("line %05d %s", i, "x" * 200)
    """
)


def _child(tmp_path: Path, lines: int = 0, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"), **env}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(lines)], env=full, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result


def test_warnings_and_qt_warnings_go_to_the_log_in_xdg_state_home_and_nothing_else(tmp_path: Path) -> None:
    state = tmp_path / "state"
    result = _child(tmp_path, XDG_STATE_HOME=str(state))
    log = state / "ankle-guide" / "ankle-guide.log"
    assert result.stdout.strip() == str(log)
    text = log.read_text(encoding="utf-8")
    assert "WARNING qt.ankle.test: a Qt warning for the log" in text
    assert "WARNING desktop.qt.sound: sound failed: no device" in text
    assert "SECRET" not in text and "rating" not in text  # below WARNING: never written
    # stderr still shows them, as Qt and Python did before there was a log
    assert "a Qt warning for the log" in result.stderr and "sound failed: no device" in result.stderr


def test_the_log_stays_small_however_much_is_written(tmp_path: Path) -> None:
    state = tmp_path / "state"
    _child(tmp_path, lines=6000, XDG_STATE_HOME=str(state))  # ~1.3 MB of errors
    files = sorted((state / "ankle-guide").iterdir())
    assert [f.name for f in files] == ["ankle-guide.log"] + [
        f"ankle-guide.log.{n}" for n in range(1, BACKUPS + 1)
    ]
    assert all(f.stat().st_size <= MAX_BYTES for f in files)
    assert "line 05999" in (state / "ankle-guide" / "ankle-guide.log").read_text()


def test_log_path_defaults_to_local_state_and_ignores_a_relative_xdg_state_home(tmp_path: Path) -> None:
    home = Path.home()
    assert log_path({}) == home / ".local/state/ankle-guide/ankle-guide.log"
    assert log_path({"XDG_STATE_HOME": "relative/dir"}) == home / ".local/state/ankle-guide/ankle-guide.log"
    assert log_path({"XDG_STATE_HOME": str(tmp_path)}) == tmp_path / "ankle-guide/ankle-guide.log"


@pytest.fixture
def about(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import desktop
    from desktop.ui.about_dialog import AboutDialog

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    dialog = AboutDialog(desktop.APP_NAME, desktop.__version__)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_versions_platform_data_folder_and_log_path(about, tmp_path: Path) -> None:
    import PySide6
    from PySide6.QtCore import qVersion

    import desktop
    from desktop.paths import history_db_path

    details = about.details.toPlainText().splitlines()
    assert details[0] == f"Ankle Guide {desktop.__version__}"
    assert details[1].startswith(f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python 3.")
    assert details[2].startswith("Platform: ") and "Linux" in details[2]
    assert details[3] == "Qt platform plugin: offscreen"
    assert f"Data folder: {history_db_path().parent}" in details
    assert f"Log file: {tmp_path / 'state' / 'ankle-guide' / 'ankle-guide.log'}" in details


def test_copy_details_puts_them_on_the_clipboard(about, qtbot) -> None:
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(about.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == about.details.toPlainText()
    assert about.copy_button.text() == "Copied"


def test_help_about_in_the_main_window_opens_it(qtbot) -> None:
    from desktop.app import App
    from desktop.cli import build_parser

    app = App(build_parser().parse_args([]))
    qtbot.addWidget(app.window)
    about = next(a for a in app.window.menuBar().actions() if a.text() == "&Help").menu()
    entry = next(a for a in about.actions() if a.text() == "&About Ankle Guide")
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else "")
        if dialog:
            seen.append(dialog.details.toPlainText().split("\n")[0])
            dialog.reject()

    QTimer.singleShot(200, close_it)
    entry.trigger()
    app.close()
    assert seen[:1] == ["aboutDialog"]
    assert seen[1].startswith("Ankle Guide ")
