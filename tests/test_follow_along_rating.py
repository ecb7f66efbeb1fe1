"""Rating 10 from the keyboard on the follow-along summary: "1" answers at once, a "0" right after it
(within a second, by the session's FakeClock) corrects the answer to 10, and history gets the 10."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from follow_kit import follow_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from session_helpers import make_routine

from desktop.model.clock import FakeClock
from desktop.model.library import Library
from desktop.model.routine import SidePlan
from desktop.model.session_outcome import AfterSession
from desktop.qt.session_controller import SessionController
from desktop.ui.rating import TYPE_AHEAD_S


class Summary:
    """A follow-along window on the summary page after a stop (S), and what it emitted since."""

    def __init__(self, qtbot: QtBot) -> None:
        self.clock = FakeClock()
        controller = SessionController(Library(routines=(make_routine(SidePlan.BOTH),)), clock=self.clock)
        controller.select_routine("test")
        self.window = follow_window(qtbot, controller)
        self.window.enter()
        QTest.keyClick(self.window, Qt.Key.Key_Space)
        QTest.keyClick(self.window, Qt.Key.Key_S)
        assert self.window.showing_summary
        self.rated: list[int] = []
        self.recorded: list[AfterSession] = []
        self.window.rated.connect(self.rated.append)
        self.window.recorded.connect(self.recorded.append)

    def type(self, *keys: Qt.Key) -> None:
        for key in keys:
            QTest.keyClick(self.window, key)


@pytest.fixture
def summary(qtbot: QtBot) -> Iterator[Summary]:
    made = Summary(qtbot)
    yield made
    made.window.leave()


def test_one_then_zero_records_ten(qtbot: QtBot, summary: Summary) -> None:
    with qtbot.waitSignal(summary.window.rated) as first:
        summary.type(Qt.Key.Key_1)
    assert first.args == [1]  # at once: nothing waits for a second digit
    summary.clock.advance(TYPE_AHEAD_S / 2)
    with qtbot.waitSignal(summary.window.recorded) as corrected:
        summary.type(Qt.Key.Key_0)
    assert summary.rated == [1, 10]
    assert corrected.args == [AfterSession(10, ())] and summary.recorded[-1].rating == 10
    assert "noted 10 out of 10" in summary.window.summary_page.thanks.text()


def test_a_zero_too_late_changes_nothing(qtbot: QtBot, summary: Summary) -> None:
    summary.type(Qt.Key.Key_1)
    summary.clock.advance(TYPE_AHEAD_S + 0.5)
    with qtbot.assertNotEmitted(summary.window.rated), qtbot.assertNotEmitted(summary.window.recorded):
        summary.type(Qt.Key.Key_0)
    assert summary.rated == [1]
    assert "noted 1 out of 10" in summary.window.summary_page.thanks.text()


def test_only_the_answering_one_can_become_ten(qtbot: QtBot, summary: Summary) -> None:
    summary.type(Qt.Key.Key_3)
    with qtbot.assertNotEmitted(summary.window.rated):
        summary.type(Qt.Key.Key_1, Qt.Key.Key_0)  # answered 3: later digits do nothing
    assert summary.rated == [3] and [a.rating for a in summary.recorded] == [3]


def test_other_keys_on_the_summary_change_nothing(qtbot: QtBot, summary: Summary) -> None:
    summary.type(Qt.Key.Key_A, Qt.Key.Key_Space, Qt.Key.Key_Left)
    assert summary.rated == [] and summary.window.summary_page.rating_open
    summary.type(Qt.Key.Key_7, Qt.Key.Key_A, Qt.Key.Key_0)
    assert summary.rated == [7] and summary.window.showing_summary


def test_the_hints_offer_the_whole_scale(summary: Summary) -> None:
    assert "0–10 rate" in summary.window.summary_page.hints.text()
