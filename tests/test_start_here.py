""" "Start here" (the zone panel) does what it says in every state: idle, the session starts at that step
through the gate; in a session, one question, then a jump there (and it says so)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_main_window import Harness

from desktop.model.session_events import SessionState


@pytest.fixture
def h(qtbot, tmp_path):
    harness = Harness(qtbot, tmp_path)
    yield harness
    if harness.controller.in_progress:
        harness.controller.stop()
    harness.history.close()


def click_start_here(qtbot, h: Harness, zone: str, routine_id: str = "standard") -> str:
    """Open `zone` as a person would (the diagram's zone_clicked) and press its card's Start here;
    returns the step's title."""
    h.window.diagram.zone_clicked.emit(zone)
    card = next(c for c in h.window.zone_panel.cards if c.routine_id == routine_id)
    assert card.start_button.text() == "Start here"
    title = card.title_label.text()
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    return title


def current_title(h: Harness) -> str:
    return h.window.timer_panel.title_label.text()


def test_idle_start_here_starts_the_session_at_that_step(qtbot, h: Harness) -> None:
    title = click_start_here(qtbot, h, "lateral_malleolus")
    assert h.controller.state is SessionState.RUNNING
    assert current_title(h) == title
    assert h.controller.snapshot().index > 0  # not the first step: it really jumped
    assert h.dialogs.asked == ["safety", "before"]  # through the gate, like any start
    assert not h.window.zone_panel.isVisible()


def test_idle_start_here_respects_the_safety_check(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path, safe=False)
    click_start_here(qtbot, h, "lateral_malleolus")
    assert h.controller.state is SessionState.IDLE
    assert h.window.statusBar().currentMessage() == "Session not started: see the safety advice."
    h.history.close()


def test_in_a_session_it_asks_once_then_jumps_and_carries_on(qtbot, h: Harness) -> None:
    h.window.start_or_toggle()
    h.advance(5)
    title = click_start_here(qtbot, h, "lateral_malleolus")
    assert h.dialogs.questions == [("Jump to this step?", f"The session carries on from “{title}”.")]
    assert h.dialogs.asked.count("confirm") == 1
    assert h.controller.state is SessionState.RUNNING  # carried on, as the question said
    assert current_title(h) == title
    assert h.window.statusBar().currentMessage() == f"Jumped to “{title}”."
    assert len(h.history.sessions()) == 1 and "after" not in h.dialogs.asked  # the same session, not ended


def test_in_a_session_no_means_nothing_changes(qtbot, h: Harness) -> None:
    h.window.start_or_toggle()
    h.advance(5)
    before = h.controller.snapshot().index
    h.dialogs.confirm_answer = False
    click_start_here(qtbot, h, "lateral_malleolus")
    assert h.controller.snapshot().index == before
    assert h.controller.state is SessionState.RUNNING  # paused only while the question was up
