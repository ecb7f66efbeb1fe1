"""Numbers a person reads follow the language (2,5 kg in German); numbers stored keep the point."""

from __future__ import annotations

import pytest

from desktop.model import i18n, mobility
from desktop.model.pressure import PressureScale, figure_text, from_text
from desktop.model.routine import Pressure


@pytest.fixture
def german():
    i18n.install(lambda context, text, disambiguation, n: text, i18n.GERMAN)  # English words, German marks
    yield
    i18n.install(None)


def test_kilograms_and_centimetres_are_written_with_a_comma_in_german(german) -> None:
    scale = from_text("1.5 2.5 4")
    assert isinstance(scale, PressureScale)
    assert "2,5 kg" in figure_text(Pressure.MODERATE, scale)
    assert "+1,2 cm" in mobility.change_words("right", 8.0, 9.2)
    assert scale.to_text() == "1.5 2.5 4"  # what is stored keeps the point


def test_english_keeps_the_point() -> None:
    scale = from_text("1.5 2.5 4")
    assert "2.5 kg" in figure_text(Pressure.MODERATE, scale)
    assert "+1.2 cm" in mobility.change_words("right", 8.0, 9.2)
