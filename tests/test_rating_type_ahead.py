"""Typing 10 on the 0–10 rating: "1" rates 1 at once, and a "0" within a second corrects it to 10.

Time comes from a FakeClock handed to the widget, so nothing here sleeps.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.model.clock import FakeClock
from desktop.ui.rating import TYPE_AHEAD_S, DigitTypeAhead, TensionRating


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def rating(qtbot, clock: FakeClock) -> tuple[TensionRating, list[int]]:
    widget = TensionRating(clock=clock.now)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    got: list[int] = []
    widget.rated.connect(got.append)
    return widget, got


def test_one_then_zero_within_a_second_rates_ten(qtbot, rating, clock: FakeClock) -> None:
    widget, got = rating
    qtbot.keyClick(widget.button(0), Qt.Key.Key_1)
    assert got == [1]  # at once: nothing waits to see whether a 0 follows
    clock.advance(TYPE_AHEAD_S * 0.8)
    with qtbot.waitSignal(widget.rated) as last:
        qtbot.keyClick(widget.button(0), Qt.Key.Key_0)
    assert last.args == [10] and got == [1, 10]


def test_a_lone_one_stays_one_and_a_late_zero_is_zero(qtbot, rating, clock: FakeClock) -> None:
    widget, got = rating
    with qtbot.waitSignal(widget.rated) as first:
        qtbot.keyClick(widget.button(0), Qt.Key.Key_1)
    assert first.args == [1]
    clock.advance(TYPE_AHEAD_S + 0.5)
    qtbot.keyClick(widget.button(0), Qt.Key.Key_0)
    assert got == [1, 0]


def test_only_a_one_followed_by_a_zero_makes_ten(qtbot, rating) -> None:
    widget, got = rating
    for key in (Qt.Key.Key_2, Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_0):
        qtbot.keyClick(widget.button(0), key)
    assert got == [2, 0, 1, 1, 10, 0]  # the 10 used up its "1": the next 0 is a 0


def test_a_click_in_between_means_the_zero_is_a_zero(qtbot, rating) -> None:
    widget, got = rating
    qtbot.keyClick(widget.button(0), Qt.Key.Key_1)
    qtbot.mouseClick(widget.button(5), Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget.button(0), Qt.Key.Key_0)
    assert got == [1, 5, 0]


def test_the_type_ahead_says_when_it_corrects(clock: FakeClock) -> None:
    digits = DigitTypeAhead(clock.now)
    assert digits.feed(1) == (1, False)
    assert digits.feed(0) == (10, True)
    assert digits.feed(1) == (1, False)
    digits.reset()
    assert digits.feed(0) == (0, False)


def _dialog(qtbot, clock: FakeClock):
    from desktop.ui.dialogs import RatingDialog

    dialog = RatingDialog("Before you start", "How tense does your ankle feel?", clock=clock.now)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_before_session_dialog_takes_a_typed_ten(qtbot, clock: FakeClock) -> None:
    dialog = _dialog(qtbot, clock)
    qtbot.keyClick(dialog.rating.button(0), Qt.Key.Key_1)
    assert dialog.isVisible()  # waiting a moment: a "0" may follow
    clock.advance(TYPE_AHEAD_S * 0.5)
    qtbot.keyClick(dialog.rating.button(0), Qt.Key.Key_0)
    assert not dialog.isVisible() and dialog.value == 10


def test_the_before_session_dialog_closes_on_a_lone_typed_one_after_the_pause(qtbot, clock) -> None:
    dialog = _dialog(qtbot, clock)
    qtbot.keyClick(dialog.rating.button(0), Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=round(TYPE_AHEAD_S * 1000) + 2000)
    assert dialog.value == 1


def test_the_before_session_dialog_closes_at_once_on_a_click_or_another_digit(qtbot, clock) -> None:
    dialog = _dialog(qtbot, clock)
    qtbot.mouseClick(dialog.rating.button(1), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.value == 1
    other = _dialog(qtbot, clock)
    qtbot.keyClick(other.rating.button(0), Qt.Key.Key_7)
    assert not other.isVisible() and other.value == 7
