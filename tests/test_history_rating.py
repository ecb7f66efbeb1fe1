"""The 0–10 tension rating: one click or one key, and always a way to skip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.model.pain_scale import TENSION_SCALE
from desktop.ui.rating import DEFAULT_TITLE, TensionRating


@pytest.fixture
def rating(qtbot) -> TensionRating:
    widget = TensionRating()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.mark.parametrize("value", [0, 4, 10])
def test_one_click_rates(qtbot, rating: TensionRating, value: int) -> None:
    with qtbot.waitSignal(rating.rated) as got, qtbot.assertNotEmitted(rating.skipped):
        qtbot.mouseClick(rating.button(value), Qt.MouseButton.LeftButton)
    assert got.args == [value]
    assert rating.button(value).text() == str(value)


def test_skip_button_skips(qtbot, rating: TensionRating) -> None:
    with qtbot.waitSignal(rating.skipped), qtbot.assertNotEmitted(rating.rated):
        qtbot.mouseClick(rating.skip_button(), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("key", "value"), [(Qt.Key.Key_0, 0), (Qt.Key.Key_3, 3), (Qt.Key.Key_9, 9)])
def test_a_digit_key_rates_at_once(qtbot, rating: TensionRating, key: Qt.Key, value: int) -> None:
    rating.focus_value(6)  # whatever has focus, the digit wins
    with qtbot.waitSignal(rating.rated) as got:
        qtbot.keyClick(rating.button(6), key)
    assert got.args == [value]


def test_arrows_move_along_the_scale_and_enter_picks(qtbot, rating: TensionRating) -> None:
    rating.setFocus()
    qtbot.waitUntil(rating.button(0).hasFocus)
    qtbot.keyClick(rating.button(0), Qt.Key.Key_Right)
    qtbot.keyClick(rating.button(1), Qt.Key.Key_Right)
    qtbot.keyClick(rating.button(2), Qt.Key.Key_Left)
    assert rating.button(1).hasFocus()
    with qtbot.waitSignal(rating.rated) as got:
        qtbot.keyClick(rating.button(1), Qt.Key.Key_Return)
    assert got.args == [1]

    qtbot.keyClick(rating.button(1), Qt.Key.Key_End)
    assert rating.button(10).hasFocus()
    qtbot.keyClick(rating.button(10), Qt.Key.Key_Right)  # already at the end: stays
    with qtbot.waitSignal(rating.rated) as got:
        qtbot.keyClick(rating.button(10), Qt.Key.Key_Enter)
    assert got.args == [10]


def test_escape_skips_from_anywhere_in_the_widget(qtbot, rating: TensionRating) -> None:
    rating.focus_value(5)
    with qtbot.waitSignal(rating.skipped), qtbot.assertNotEmitted(rating.rated):
        qtbot.keyClick(rating.button(5), Qt.Key.Key_Escape)
    with qtbot.waitSignal(rating.skipped):
        qtbot.keyClick(rating, Qt.Key.Key_Escape)


def test_other_keys_do_nothing(qtbot, rating: TensionRating) -> None:
    with qtbot.assertNotEmitted(rating.rated), qtbot.assertNotEmitted(rating.skipped):
        for key in (Qt.Key.Key_A, Qt.Key.Key_Up, Qt.Key.Key_Minus):
            qtbot.keyClick(rating.button(0), key)


def test_title_is_configurable(qtbot) -> None:
    widget = TensionRating("And now, after the massage?")
    qtbot.addWidget(widget)
    assert widget.title() == "And now, after the massage?"
    widget.set_title(DEFAULT_TITLE)
    assert widget.title() == TENSION_SCALE.question  # the scale's own words (desktop.model.pain_scale)


def test_every_value_has_a_name_for_screen_readers(qtbot, rating: TensionRating) -> None:
    assert [rating.button(v).accessibleName() for v in (0, 10)] == [
        "Tension 0 out of 10",
        "Tension 10 out of 10",
    ]
