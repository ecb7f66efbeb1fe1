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


def test_the_history_report_average_and_a_diagram_size_use_the_comma_in_german(german) -> None:
    """The clinician's report and the too-large-diagram problem are read by a person, too."""
    from datetime import UTC, datetime, timedelta

    from desktop.model.history_record import Outcome, SessionRecord
    from desktop.model.history_report import history_report
    from desktop.model.svg_guard import MAX_BYTES, inspect_svg_bytes

    now = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
    records = [
        SessionRecord(n, now - timedelta(days=n), now - timedelta(days=n) + timedelta(minutes=7), "standard",
                      "Standard", "right", 6, 6, Outcome.FINISHED, 6, after, (), "", 420)
        for n, after in ((1, 3), (2, 4))
    ]  # fmt: skip
    assert "eased by 2,5 points" in " ".join(history_report(records, now, UTC).totals)
    too_big = b" " * (MAX_BYTES + 2**19)
    (problem,) = inspect_svg_bytes(too_big, "big.svg", view="side").problems
    assert "is 2,5 MiB" in str(problem)
