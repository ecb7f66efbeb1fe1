"""'Practise this': one step, alone, on one foot."""

from __future__ import annotations

import math

import pytest
from panel_samples import CIRCLES, GLIDE, OTHER, PRESS, ROUTINE

from desktop.model.practice import practice_routine
from desktop.model.routine import Side, SidePlan


def test_practice_plays_the_step_alone_on_one_foot() -> None:
    practice = practice_routine(ROUTINE, GLIDE)
    assert practice.id == "practice:basic/warm_up"
    assert practice.title == "Practise: Warm-up strokes up the calf"
    assert practice.steps == (GLIDE,)
    assert practice.sides is SidePlan.RIGHT  # a both-sides routine practises on the right foot first
    assert "practice" in practice.tags


def test_practice_side_can_be_chosen() -> None:
    assert practice_routine(ROUTINE, GLIDE, side=Side.LEFT).sides is SidePlan.LEFT


def test_longer_practice_repeats_whole_phase_cycles_and_sums_exactly() -> None:
    practice = practice_routine(ROUTINE, PRESS, minutes=2)  # hold 30 / release 10 → 3 cycles of 40 s
    step = practice.steps[0]
    assert step.duration_s == 120
    assert [p.name for p in step.phases] == ["Hold", "Release"] * 3
    assert [p.seconds for p in step.phases] == pytest.approx([30, 10] * 3)
    assert math.fsum(p.seconds for p in step.phases) == pytest.approx(120, abs=1e-9)


def test_odd_lengths_stretch_the_cycles_to_fit() -> None:
    step = practice_routine(ROUTINE, CIRCLES, minutes=1.5).steps[0]  # 90 s of a 40 s cycle → 2 cycles
    assert len(step.phases) == 4
    assert sum(p.seconds for p in step.phases) == pytest.approx(90)
    assert step.phases[0].seconds == pytest.approx(22.5)


def test_a_step_from_another_routine_is_refused() -> None:
    with pytest.raises(ValueError, match="not a step"):
        practice_routine(OTHER, GLIDE)


@pytest.mark.parametrize("minutes", [0, -1, float("nan"), float("inf")])
def test_practice_length_must_be_positive(minutes: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        practice_routine(ROUTINE, GLIDE, minutes=minutes)
