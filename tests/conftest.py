"""Shared test set-up: headless Qt, and user data/config redirected away from the real home."""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

# Must happen before any QApplication exists: with no platform and no DISPLAY Qt aborts the process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# English is the source language the tests read; a German desktop must not switch the app under them
# (tests/test_german.py installs German on purpose).
for _var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ[_var] = "C.UTF-8" if _var != "LANGUAGE" else "en"
_SANDBOX = Path(tempfile.mkdtemp(prefix="ankle-guide-tests-"))
for _var, _sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
    os.environ[_var] = str(_SANDBOX / _sub)
_runtime = _SANDBOX / "runtime"
_runtime.mkdir(mode=0o700)
os.environ["XDG_RUNTIME_DIR"] = str(_runtime)

# Collect garbage far more often than Python's default (700, 10, 10). A Qt object freed under Qt by
# Python's collector (a wrapper with the wrong owner) then crashes within a test or two of its cause,
# every run, instead of at random in CI: that is how the QWidget.screen() crash (desktop/qt/screens.py)
# was found. The whole suite takes no longer this way. ANKLE_GUIDE_TEST_GC=N tries another threshold.
gc.set_threshold(int(os.environ.get("ANKLE_GUIDE_TEST_GC", "50")), 5, 5)

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """tests/data: the corpus of broken and hostile input files."""
    return DATA


@pytest.fixture(autouse=True)
def _fresh_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user data/config dirs; the real ones are never touched."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    # Qt reads XDG_CONFIG_HOME once per process; point the settings files at this test's folder too.
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def _dangling_qtimers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Fail a test that leaves a QTimer running (napari's idea): a timer left on wakes an idle app
    (invariant 2: no timer while paused) and fires into the next test. Only timers started from Python
    are watched; Qt's own stay Qt's business. `@pytest.mark.timers_may_run` lets a test hand one on."""
    from PySide6.QtCore import QTimer
    from shiboken6 import isValid

    started: list[QTimer] = []
    original = QTimer.start

    def start(self: QTimer, *args: object) -> None:
        started.append(self)
        original(self, *args)

    monkeypatch.setattr(QTimer, "start", start)
    yield
    running = [t for t in started if isValid(t) and t.isActive()]
    for timer in running:
        timer.stop()  # whatever this test did, the next one starts with none of its timers
    if running and request.node.get_closest_marker("timers_may_run") is None:
        names = ", ".join(sorted({t.objectName() or type(t.parent()).__name__ for t in running}))
        pytest.fail(f"{len(running)} QTimer(s) left running: {names}", pytrace=False)


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A test that started the app in German leaves English behind: the tests after it read English."""
    yield
    from desktop.model import i18n

    if i18n.current_language() != i18n.ENGLISH:
        from PySide6.QtWidgets import QApplication

        from desktop.qt.translations import remove_translations

        remove_translations(QApplication.instance())


@pytest.fixture(autouse=True)
def _default_look():
    """A test that built the App themed the whole QApplication (desktop.ui.appearance): put the default
    look and text size back, so tests after it see the plain light palette and font they were written for."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None and app.styleSheet():
        from PySide6.QtGui import QFontDatabase

        from desktop.ui import theme

        app.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))  # text size
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())
        theme.set_current(theme.THEMES[theme.LIGHT])


@pytest.fixture
def built_apps(qtbot, tmp_path: Path):
    """`make(*argv, **app_kwargs)`: an App with its history in tmp_path and scripted dialogs (a session
    stopped there asks nothing of a person), closed after the test."""
    from scripted_dialogs import ScriptedDialogs

    from desktop.app import App
    from desktop.cli import build_parser

    made: list[App] = []

    def make(*argv: str, **app_kwargs) -> App:
        app_kwargs.setdefault("history_path", tmp_path / "history.sqlite3")
        app_kwargs.setdefault("dialogs", ScriptedDialogs())
        built = App(build_parser().parse_args(list(argv)), **app_kwargs)
        qtbot.addWidget(built.window)
        made.append(built)
        return built

    yield make
    for built in made:
        built.close()
