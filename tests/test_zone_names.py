"""Zones in plain words, as step lists and follow-along show them (model only, no display)."""

from __future__ import annotations

import pytest

from desktop.model.library import load_library
from desktop.model.routine import Side
from desktop.model.session_events import ItemKind, PlanItem
from desktop.model.session_presenter import next_line
from desktop.model.zones import load_catalogue

CATALOGUE = load_catalogue()


@pytest.mark.parametrize(
    ("zones", "mid_sentence", "said"),
    [
        (
            ("achilles_tendon", "calf_belly", "lower_leg"),
            False,
            "The heel cord, the calf and the whole lower leg",
        ),
        (("achilles_tendon", "calf_belly"), True, "the heel cord and the calf"),
        (("medial_malleolus",), False, "Inner ankle bone"),
        (("heel", "forefoot"), False, "Heel and front of the foot"),
        (("no_such_zone",), False, "No such zone"),  # tidied, never dropped
        ((), False, ""),
    ],
)
def test_zones_are_listed_as_a_person_says_them(
    zones: tuple[str, ...], mid_sentence: bool, said: str
) -> None:
    assert CATALOGUE.plain_names(zones, mid_sentence=mid_sentence) == said


def test_every_zone_has_a_plain_name_without_an_inner_and() -> None:
    """Plain names are joined with "and": one that holds an "and" itself would read as two zones."""
    for zone in CATALOGUE:
        assert zone.plain and " and " not in zone.plain, zone.id


def _next(title: str) -> str:
    step = next(s for r in load_library().routines for s in r.steps if s.title == title)
    return next_line(PlanItem(1, ItemKind.STEP, Side.RIGHT, 60.0, step, 2), CATALOGUE)


def test_the_next_line_names_one_zone_only_when_the_title_does_not() -> None:
    assert _next("Trace the shin muscle") == "Next: Trace the shin muscle — front-of-shin muscle"
    assert _next("Circles round the inner ankle bone") == "Next: Circles round the inner ankle bone"
    assert _next("Warm-up strokes") == "Next: Warm-up strokes"  # three zones: the drawing lists them
