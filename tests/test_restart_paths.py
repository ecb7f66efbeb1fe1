"""After any end of a session (finished, stopped, stopped for pain, in either window, follow-along left
or not), Start and Space start a fresh session of the same routine, through the session gate."""

from __future__ import annotations

import pytest
from fake_inhibitor import FakeInhibitor
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_main_window import Harness, click

from desktop.model.session_events import SessionState
from desktop.qt import screensaver
from desktop.ui.follow_along_host import FollowAlongHost

RUNNING, IDLE = SessionState.RUNNING, SessionState.IDLE


@pytest.fixture
def h(qtbot, tmp_path, monkeypatch) -> Harness:
    monkeypatch.setattr(screensaver, "make_inhibitor", FakeInhibitor)
    harness = Harness(qtbot, tmp_path)
    harness.host = FollowAlongHost(harness.window, harness.controller, harness.window.catalogue)
    harness.window.follow_along_requested.connect(harness.host.open)
    harness.window.settings_changed.connect(harness.host.set_settings)
    yield harness
    if harness.host.window is not None:
        harness.host.window.leave()
        harness.host.window.close()


def _end(h: Harness, how: str, keys_to) -> None:
    """End the running session `how`: finish it, stop it (S) or stop it for pain (H)."""
    if how == "finished":
        h.advance(h.snap().total_remaining_s + 2)
    else:
        QTest.keyClick(keys_to, Qt.Key.Key_S if how == "stopped" else Qt.Key.Key_H)


def _starts_afresh(qtbot, h: Harness, way: str) -> None:
    asked = h.dialogs.asked.count("before")
    if way == "space":
        h.window.activateWindow()
        qtbot.waitUntil(h.window.isActiveWindow)
        QTest.keyClick(h.window, Qt.Key.Key_Space)
    else:
        click(qtbot, h.window.timer_panel.start_pause_button)
    snap = h.snap()
    assert h.controller.state is RUNNING, f"{way}: {h.controller.state}"
    assert snap.index == 0 and snap.items_done == 0  # a fresh session, from its first step
    assert h.controller.routine.id == "standard"  # of the same routine
    assert h.dialogs.asked.count("before") == asked + 1  # through the gate (its before-rating)


@pytest.mark.parametrize("way", ["space", "button"])
@pytest.mark.parametrize("how", ["finished", "stopped", "pain"])
def test_after_an_end_in_the_main_window(qtbot, h: Harness, how: str, way: str) -> None:
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    h.advance(5)
    _end(h, how, h.window)
    assert h.controller.state is IDLE  # the gate put a fresh session in place
    _starts_afresh(qtbot, h, way)


@pytest.mark.parametrize("way", ["space", "button"])
@pytest.mark.parametrize("how", ["finished", "stopped", "pain"])
def test_after_an_end_in_follow_along_left_with_esc(qtbot, h: Harness, how: str, way: str) -> None:
    h.window.settings = h.window.settings.__class__(**{**h.window.settings.__dict__, "get_ready": False})
    follow = h.host.open()
    QTest.keyClick(follow, Qt.Key.Key_Space)
    assert h.controller.state is RUNNING
    h.advance(5)
    _end(h, how, follow)
    assert follow.showing_summary or follow.showing_pain_advice
    QTest.keyClick(follow, Qt.Key.Key_Escape)  # leave without rating
    assert not follow.isVisible() and h.window.isVisible()
    _starts_afresh(qtbot, h, way)


def test_after_start_again_in_follow_along_then_leaving(qtbot, h: Harness) -> None:
    h.window.settings = h.window.settings.__class__(**{**h.window.settings.__dict__, "get_ready": False})
    follow = h.host.open()
    QTest.keyClick(follow, Qt.Key.Key_Space)
    QTest.keyClick(follow, Qt.Key.Key_S)
    QTest.keyClick(follow, Qt.Key.Key_R)  # "Start again" on the summary: a fresh idle session
    assert h.controller.state is IDLE and not follow.showing_summary
    QTest.keyClick(follow, Qt.Key.Key_F)  # leave follow-along
    _starts_afresh(qtbot, h, "space")


def test_after_leaving_follow_along_mid_session_and_stopping(qtbot, h: Harness) -> None:
    h.window.settings = h.window.settings.__class__(**{**h.window.settings.__dict__, "get_ready": False})
    follow = h.host.open()
    QTest.keyClick(follow, Qt.Key.Key_Space)
    h.advance(3)
    QTest.keyClick(follow, Qt.Key.Key_Escape)  # left follow-along; the session carries on here
    assert h.controller.state is RUNNING
    click(qtbot, h.window.timer_panel.stop_button)
    _starts_afresh(qtbot, h, "button")
