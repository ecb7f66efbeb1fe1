"""The health rules of issue 18 without a display: Ottawa logic, the lunge test's MDC band, the 0–10 scale
and the next-morning rule. Each constant is checked against the figure its cited source gives."""

from __future__ import annotations

import inspect
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.model import mobility, next_morning, ottawa, pain_scale
from desktop.model.mobility import Change, Foot
from desktop.model.next_morning import Feel, MorningAnswer
from desktop.model.ottawa import OttawaAnswers, PalpationPoint
from desktop.model.routine import Pressure

ALL_NOT_TENDER = dict.fromkeys(ottawa.POINTS, False)


def _source_beside(module, constant: str, source: str) -> None:
    """The citation sits in the comment block right above the constant."""
    lines = inspect.getsource(module).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith((f"{constant} =", f"{constant}:")))
    above = " ".join(lines[max(0, at - 4) : at])
    assert source in above, f"{constant}: no '{source}' beside it"


# ---- Ottawa ---------------------------------------------------------------------------------------


def test_ottawa_constants_match_stiell() -> None:
    assert ottawa.MALLEOLAR_ZONE_CM == 6 and ottawa.WEIGHT_BEARING_STEPS == 4
    assert ottawa.RULES_VALID_DAYS == 10 and ottawa.PROTECT_DAYS == (1, 3)
    for name, source in (
        ("MALLEOLAR_ZONE_CM", "Stiell 1993"),
        ("WEIGHT_BEARING_STEPS", "Stiell 1993"),
        ("RULES_VALID_DAYS", "Stiell 1992"),
        ("PROTECT_DAYS", "Dubois & Esculier 2020"),
    ):
        _source_beside(ottawa, name, source)


@pytest.mark.parametrize("point", list(PalpationPoint))
def test_any_tender_point_means_get_it_checked(point: PalpationPoint) -> None:
    answers = OttawaAnswers({**ALL_NOT_TENDER, point: True}, walked_immediately=True, walks_now=True)
    result = ottawa.assess(answers)
    assert result.positive and result.complete and result.blocks_massage
    assert result.headline == ottawa.GET_CHECKED_HEADLINE and "X-ray" in result.advice
    assert len(result.findings) == 1


def test_weight_bearing_counts_only_when_impossible_both_then_and_now() -> None:
    def walked(then: bool, now: bool) -> bool:
        return ottawa.assess(OttawaAnswers(ALL_NOT_TENDER, then, now)).positive

    assert walked(False, False)
    assert not walked(True, False) and not walked(False, True) and not walked(True, True)


def test_all_negative_still_blocks_massage_and_never_says_fine() -> None:
    result = ottawa.assess(OttawaAnswers(ALL_NOT_TENDER, True, True))
    assert not result.positive and result.complete and result.blocks_massage
    assert result.headline == ottawa.STILL_REST_HEADLINE
    text = (result.headline + result.advice).lower()
    assert "fine" not in text and "no fracture" not in text
    assert "1–3 days" in result.advice and "massage becomes reasonable" in text


def test_incomplete_check_is_not_cleared() -> None:
    result = ottawa.assess(OttawaAnswers({PalpationPoint.NAVICULAR: False}))
    assert not result.complete and result.blocks_massage and not result.positive
    with pytest.raises(ValueError, match="unknown palpation point"):
        ottawa.assess(OttawaAnswers({"heel": True}))  # type: ignore[dict-item]


def test_every_point_has_a_prompt_and_a_zone_id() -> None:
    assert set(ottawa.POINT_PROMPTS) == set(PalpationPoint)
    assert all(p.value.startswith("ottawa_") for p in PalpationPoint)


# ---- knee-to-wall lunge test --------------------------------------------------------------------


def test_mdc_constants_match_their_sources() -> None:
    assert mobility.MDC_CM == 1.9 and mobility.SIDE_DIFF_MDC_CM == 1.5 and mobility.TRIES_PER_FOOT == 3
    _source_beside(mobility, "MDC_CM", "Powden, Hoch & Hoch 2015")
    _source_beside(mobility, "SIDE_DIFF_MDC_CM", "Chisholm et al. 2012")
    _source_beside(mobility, "TRIES_PER_FOOT", "Bennell 1998")


def test_best_of_three_is_kept_per_foot() -> None:
    result = mobility.measure([8.0, 9.5, 9.1], [7.0])
    assert result.right_cm == 9.5 and result.left_cm == 7.0
    assert result.side_difference_cm == 2.5 and result.sides_differ is True
    assert mobility.measure([9.0], [8.0]).sides_differ is False  # 1.0 cm is inside the 1.5 cm MDC
    assert mobility.measure(left_tries=[5]).side_difference_cm is None


@pytest.mark.parametrize(
    ("tries", "message"),
    [([], "at least one"), ([1, 2, 3, 4], "at most 3"), ([float("nan")], "try 1"), ([40], "outside")],
)
def test_bad_tape_readings_are_refused_with_the_field(tries, message) -> None:
    with pytest.raises(ValueError, match=message):
        mobility.best_of(tries)


def test_a_change_is_real_only_beyond_the_mdc() -> None:
    assert mobility.band(10.0) == (8.1, 11.9)
    assert mobility.change(10.0, 11.9) is Change.WITHIN_ERROR
    assert mobility.change(10.0, 12.0) is Change.BETTER
    assert mobility.change(10.0, 8.0) is Change.WORSE
    assert "margin of error" in mobility.change_words(Foot.LEFT, 10.0, 11.0)
    assert "further" in mobility.change_words(Foot.RIGHT, 10.0, 12.5)


@given(st.floats(0, 28), st.floats(-1.9, 1.9))
def test_nothing_inside_the_band_is_called_a_change(base: float, delta: float) -> None:
    after = min(max(base + delta, 0), 30)
    low, high = mobility.band(round(base, 1))
    if low <= round(after, 1) <= high and abs(round(after, 1) - round(base, 1)) <= 1.9:
        assert mobility.change(round(base, 1), round(after, 1)) is Change.WITHIN_ERROR


# ---- 0–10 scale ------------------------------------------------------------------------------------


def test_nrs_anchors_and_clinically_important_change() -> None:
    assert (pain_scale.NRS_MIN, pain_scale.NRS_MAX) == (0, 10)
    assert pain_scale.CLINICALLY_IMPORTANT_POINTS == 2
    _source_beside(pain_scale, "CLINICALLY_IMPORTANT_POINTS", "Farrar et al. 2001")
    _source_beside(pain_scale, "NRS_MIN, NRS_MAX", "Hawker et al. 2011")
    assert pain_scale.PAIN_SCALE.low_anchor.startswith("0 = no pain")
    assert "worst pain" in pain_scale.PAIN_SCALE.high_anchor
    assert "not pain" in pain_scale.TENSION_SCALE.question.lower()  # kept apart in the words too


def test_pain_and_tension_are_separate_ratings() -> None:
    both = pain_scale.Ratings(pain=1, tension=7)
    assert (both.pain, both.tension) == (1, 7)
    with pytest.raises(ValueError, match="tension"):
        pain_scale.Ratings(tension=11)
    assert pain_scale.clearly_higher(5, 3) and not pain_scale.clearly_higher(4, 3)


# ---- the next morning ------------------------------------------------------------------------------


def test_asked_once_on_the_day_after_a_session() -> None:
    assert next_morning.due(date(2026, 12, 6), date(2026, 12, 7), already_answered=False)
    assert not next_morning.due(date(2026, 12, 6), date(2026, 12, 7), already_answered=True)
    assert not next_morning.due(date(2026, 12, 7), date(2026, 12, 7), already_answered=False)
    assert not next_morning.due(date(2026, 12, 4), date(2026, 12, 7), already_answered=False)
    assert not next_morning.due(None, date(2026, 12, 7), already_answered=False)


def test_worse_by_two_points_offers_a_lighter_session_and_says_why() -> None:
    offer = next_morning.offer(MorningAnswer(1, Feel.WORSE, pain=5), pain_before=3, hurt_step_id="glide")
    assert offer.lighter and offer.pace == 0.75 and offer.skip_step_ids == ("glide",)
    assert offer.offered_pressure(Pressure.FIRM) is Pressure.MODERATE
    assert offer.offered_pressure(Pressure.LIGHT) is Pressure.LIGHT
    assert "5/10" in offer.reason and "2 points" in offer.reason and "choose" in offer.reason


def test_a_little_worse_or_steady_changes_nothing() -> None:
    small = next_morning.offer(MorningAnswer(1, Feel.WORSE, pain=4), pain_before=3)
    assert not small.lighter and "variation" in small.reason
    steady = next_morning.offer(MorningAnswer(1, Feel.SAME, pain=3), pain_before=3)
    assert not steady.lighter and steady.offered_pressure(Pressure.FIRM) is Pressure.FIRM
    assert not next_morning.offer(MorningAnswer(1, Feel.BETTER, pain=9), pain_before=0).lighter
    assert next_morning.offer(None, 3) is next_morning.NO_CHANGE


def test_without_a_rating_before_the_persons_own_comparison_counts() -> None:
    offer = next_morning.offer(MorningAnswer(1, Feel.WORSE), pain_before=None)
    assert offer.lighter and "feels worse" in offer.reason


def test_morning_answer_refuses_bad_ratings_and_the_step_that_hurt_is_found() -> None:
    with pytest.raises(ValueError, match="pain this morning"):
        MorningAnswer(1, Feel.SAME, pain=-1)
    assert next_morning.hurt_step_index("stopped_pain", 7, 5) == 2
    assert next_morning.hurt_step_index("finished", 5, 5) is None
    _source_beside(next_morning, "LIGHTER_PRESSURE", "Silbernagel 2007")


def test_the_lighter_routine_lowers_pressure_and_leaves_out_the_step_that_hurt() -> None:
    from desktop.model.library import load_library

    routine = load_library().get("quick-break")
    assert routine is not None and len(routine.steps) >= 2
    hurt = routine.steps[1].id
    offer = next_morning.offer(MorningAnswer(1, Feel.WORSE), pain_before=None, hurt_step_id=hurt)
    lighter = next_morning.lighter_routine(routine, offer)
    assert lighter.id == routine.id and "lighter" in lighter.title
    assert [s.id for s in lighter.steps] == [s.id for s in routine.steps if s.id != hurt]
    for step in lighter.steps:
        usual = routine.step_by_id(step.id)
        assert usual is not None and step.pressure is next_morning.LIGHTER_PRESSURE[usual.pressure]
    assert next_morning.lighter_routine(routine, next_morning.NO_CHANGE) is routine
