"""Reduced motion (WCAG 2.1 SC 2.2.2): with it on, nothing animates while a session runs, in either window;
only the session's own step timer runs. It is on by default when the desktop turned animations off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from scripted_dialogs import ScriptedDialogs

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.session_events import SessionState
from desktop.model.settings import AppSettings
from desktop.qt.settings_store import SettingsStore
from desktop.ui.appearance import Appearance
from desktop.ui.diagram_animation import TIMER_NAME


def _build(qtbot, tmp_path: Path, motion: str) -> App:
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.save(AppSettings(motion=motion, get_ready=False))
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    built = App(args, history_path=tmp_path / "history.sqlite3", store=store, dialogs=ScriptedDialogs())
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


def _running_timers(monkeypatch) -> list[QTimer]:
    started: list[QTimer] = []
    original = QTimer.start

    def start(self: QTimer, *args: object) -> None:
        started.append(self)
        original(self, *args)

    monkeypatch.setattr(QTimer, "start", start)
    return started


def _active_names(started: list[QTimer]) -> set[str]:
    from shiboken6 import isValid

    return {t.objectName() or type(t.parent()).__name__ for t in started if isValid(t) and t.isActive()}


@pytest.mark.parametrize("motion", ["reduced", "full"])
def test_reduced_motion_leaves_only_the_step_timer_running(qtbot, tmp_path, monkeypatch, motion) -> None:
    started = _running_timers(monkeypatch)
    built = _build(qtbot, tmp_path, motion)
    try:
        built.window.start_or_toggle()
        assert built.controller.state is SessionState.RUNNING
        qtbot.wait(300)  # let any animation frames come
        main_timers = _active_names(started)
        follow = built.open_follow_along()
        qtbot.waitExposed(follow)
        qtbot.wait(300)
        follow_timers = _active_names(started)
        diagrams = (built.window.diagram, follow.diagram)
        if motion == "reduced":
            assert main_timers == {"session_tick"}
            assert follow_timers == {"session_tick"}
            assert all(d.reduced_motion and not d.animating for d in diagrams)
        else:  # the same session with motion on animates: the check above can fail
            assert TIMER_NAME in follow_timers
            assert follow.diagram.animating
    finally:
        built.window.stop_session()
        if built.follow_along is not None:
            built.follow_along.close()
        built.close()


def test_reduced_motion_is_on_when_the_desktop_turned_animations_off(qapp, monkeypatch) -> None:
    from desktop.ui import appearance

    monkeypatch.setattr(appearance, "platform_name", lambda: "xcb")  # on a desktop, not offscreen
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    was = QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, False)
    try:
        assert Appearance(qapp, AppSettings()).reduced_motion  # "Follow the system", the default
        assert not Appearance(qapp, AppSettings(motion="full")).reduced_motion
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, True)
        assert not Appearance(qapp, AppSettings()).reduced_motion
        assert Appearance(qapp, AppSettings(motion="reduced")).reduced_motion
    finally:
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, was)


def test_no_desktop_means_no_request() -> None:
    from desktop.model.appearance import desktop_asks_reduced_motion as asks

    assert not asks("offscreen", "GNOME", effects_enabled=False)  # tests, --screenshot
    assert not asks("xcb", "", effects_enabled=False)  # a bare X server: Qt's default, not a wish
    assert asks("xcb", "GNOME", effects_enabled=False)
    assert not asks("wayland", "KDE", effects_enabled=True)
    assert asks("windows", "", effects_enabled=False)
