"""Your own pressure scale while it is typed: a field not filled in yet is not an error (no red band, no
"'' is not a number"), the page names the fields still empty in plain words, and real bad input in any
field ("abc", a negative, more than a thumb presses) is still named at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.model import pressure
from desktop.ui.pressure_calibration import PressureCalibrationPage

# ---- the model ------------------------------------------------------------------------------------


def test_readings_still_being_typed_are_not_an_error() -> None:
    assert pressure.check_typed("2", "", "") is None
    assert pressure.check_typed("", "", "4") is None
    assert pressure.still_empty("2", "", "  ") == "Still to fill in: Moderate, Firm."
    assert pressure.still_empty("1", "2", "3") == ""
    assert pressure.check_typed("1", "2", "3") == pressure.calibrate("1", "2", "3")


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        (("abc", "", ""), "Light: 'abc' is not a number of kg"),
        (("", "-2", ""), "Moderate: -2 kg is outside 0.1–30 kg"),
        (("", "", "250"), "Firm: 250 kg is outside 0.1–30 kg"),
        (("3", "2", "5"), "Moderate (2 kg) must be more than light (3 kg)"),
    ],
)
def test_real_bad_input_is_named_while_other_fields_are_empty(typed, problem) -> None:
    with pytest.raises(ValueError) as raised:
        pressure.check_typed(*typed)
    assert str(raised.value) == problem


def test_an_empty_reading_read_as_a_whole_says_so_in_words() -> None:
    with pytest.raises(ValueError) as raised:
        pressure.calibrate("1", "", "3")
    assert str(raised.value) == "Moderate: no reading yet"


# ---- the page ---------------------------------------------------------------------------------------


def test_typing_the_first_reading_shows_no_error_only_what_is_left(qtbot) -> None:
    saved = []
    page = PressureCalibrationPage(save=saved.append)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    qtbot.keyClicks(page.fields["light"], "1")  # the person has typed the first reading only

    assert not page.problem.isVisible() and page.problem.text() == ""
    assert page.preview.text() == "Still to fill in: Moderate, Firm."
    assert not page.save_button.isEnabled()

    qtbot.keyClicks(page.fields["moderate"], "2,5")
    assert not page.problem.isVisible()
    assert page.preview.text() == "Still to fill in: Firm."

    qtbot.keyClicks(page.fields["firm"], "abc")  # a real slip is still named at once
    assert page.problem.isVisible()
    assert page.problem.text() == "Firm: 'abc' is not a number of kg"
    assert not page.save_button.isEnabled()

    page.fields["firm"].clear()
    qtbot.keyClicks(page.fields["firm"], "4")
    assert not page.problem.isVisible() and page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved == [pressure.calibrate("1", "2.5", "4")]


def test_a_bad_reading_is_named_before_the_others_are_typed(qtbot) -> None:
    page = PressureCalibrationPage(save=lambda scale: None)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.fields["moderate"], "-1")
    assert page.problem.isVisible()
    assert page.problem.text() == "Moderate: -1 kg is outside 0.1–30 kg"
