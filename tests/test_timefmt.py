"""m:ss formatting with the engine's rounding."""

import pytest

from desktop.model.session_plan import display_seconds as engine_rule
from desktop.model.timefmt import display_seconds, format_mmss, format_remaining


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (5, "0:05"), (59, "0:59"), (60, "1:00"), (750, "12:30"), (4500, "75:00")],
)
def test_format_mmss(seconds: int, text: str) -> None:
    assert format_mmss(seconds) == text


def test_negative_time_shows_zero() -> None:
    assert format_mmss(-3) == "0:00"
    assert format_remaining(-0.5) == "0:00"


def test_countdown_shows_the_ceiling_like_the_engine() -> None:
    assert display_seconds is engine_rule
    assert format_remaining(89.2) == "1:30"
    assert format_remaining(90.0 - 1e-12) == "1:30"
    assert format_remaining(89.0) == "1:29"
