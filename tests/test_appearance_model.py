"""The appearance rules: stored values read safely, and what "Follow the system" resolves to."""

import pytest

from desktop.model.appearance import motion_choice, reduced_motion, text_scale, theme_choice, theme_for
from desktop.model.settings import AppSettings


def test_follow_the_system_picks_high_contrast_then_dark_then_light() -> None:
    assert theme_for("system", system_dark=False, system_high_contrast=False) == "light"
    assert theme_for("system", system_dark=True, system_high_contrast=False) == "dark"
    assert theme_for("system", system_dark=True, system_high_contrast=True) == "high_contrast"
    assert theme_for("light", system_dark=True, system_high_contrast=True) == "light"


def test_reduced_motion_follows_the_desktop_unless_chosen() -> None:
    assert reduced_motion("system", desktop_reduces=True)
    assert not reduced_motion("system", desktop_reduces=False)
    assert reduced_motion("reduced", desktop_reduces=False)
    assert not reduced_motion("full", desktop_reduces=True)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("150", 150), (175.4, 175), (50, 100), ("999", 200), ("big", 100), (True, 100), (float("nan"), 100)],
)
def test_text_scale_is_clamped(raw, expected) -> None:
    assert text_scale(raw) == expected


def test_stored_choices_are_read_leniently() -> None:
    assert theme_choice(" High-Contrast ") == "high_contrast"
    assert theme_choice("purple") == "system"
    assert motion_choice("REDUCED") == "reduced"
    assert motion_choice(3) == "system"


def test_settings_keep_the_appearance_choices() -> None:
    raw = AppSettings(theme="dark", motion="reduced", text_scale=150).to_raw()
    back = AppSettings.from_raw(raw)
    assert (back.theme, back.motion, back.text_scale) == ("dark", "reduced", 150)
    bad = AppSettings.from_raw({"theme": "neon", "motion": "wobbly", "text_scale": "huge"})
    assert (bad.theme, bad.motion, bad.text_scale) == ("system", "system", 100)
