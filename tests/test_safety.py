"""The safety check's rule and wording, without a display."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.model.safety import (
    SAFETY_QUESTIONS,
    assess,
    needs_check,
    pain_stop_text,
    safety_info_text,
)

IDS = [q.id for q in SAFETY_QUESTIONS]
ALL_NO = dict.fromkeys(IDS, False)


def test_the_check_covers_every_reason_not_to_massage() -> None:
    text = " ".join(q.question.lower() for q in SAFETY_QUESTIONS)
    for words in (("sprain", "broken"), ("broken skin", "wound"), ("infect",), ("swollen",), ("one calf",)):
        assert all(w in text for w in words), words
    assert len(set(IDS)) == len(IDS)
    assert all(q.question.endswith("?") and q.advice for q in SAFETY_QUESTIONS)


def test_all_no_passes_with_no_advice() -> None:
    result = assess(ALL_NO)
    assert result.ok and not result.blocking and not result.urgent and result.advice == []


def test_nothing_answered_never_passes() -> None:
    result = assess({})
    assert not result.ok
    assert result.unanswered == IDS
    assert result.blocking == []


def test_one_unanswered_question_still_blocks() -> None:
    answers = dict(ALL_NO)
    del answers["skin_infection"]
    result = assess(answers)
    assert not result.ok and result.unanswered == ["skin_infection"]


def test_a_recent_sprain_blocks_and_says_rest_and_see_a_clinician() -> None:
    result = assess({**ALL_NO, "acute_injury": True})
    assert not result.ok and not result.urgent
    assert [q.id for q in result.blocking] == ["acute_injury"]
    assert "rest" in result.advice[0].lower() and "doctor" in result.advice[0].lower()


def test_a_suspected_clot_is_urgent_and_its_advice_comes_first() -> None:
    result = assess({**ALL_NO, "broken_skin": True, "blood_clot": True})
    assert result.urgent and not result.ok
    assert "now" in result.advice[0] and "emergency number" in result.advice[0]
    assert "wound" in result.advice[1]


def test_unknown_question_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="bloodclot"):
        assess({**ALL_NO, "bloodclot": True})


@given(st.dictionaries(st.sampled_from(IDS), st.booleans()))
def test_passes_exactly_when_every_question_is_answered_no(answers: dict[str, bool]) -> None:
    result = assess(answers)
    assert result.ok == (len(answers) == len(IDS) and not any(answers.values()))
    assert result.urgent == answers.get("blood_clot", False)
    assert len(result.advice) == sum(answers.values())


@pytest.mark.parametrize(
    ("last", "today", "expected"),
    [
        (None, date(2025, 3, 1), True),
        (date(2025, 3, 1), date(2025, 3, 1), False),
        (date(2025, 2, 28), date(2025, 3, 1), True),
        (date(2025, 3, 2), date(2025, 3, 1), True),  # the clock went back: ask again, to be safe
    ],
)
def test_the_check_runs_once_a_day(last: date | None, today: date, expected: bool) -> None:
    assert needs_check(last, today) is expected


def test_safety_information_lists_every_question_and_the_tendon_rule() -> None:
    text = safety_info_text()
    assert all(q.question in text and q.advice in text for q in SAFETY_QUESTIONS)
    assert "Achilles" in text and "never press" in text
    assert "not medical treatment" in text


def test_pain_notice_says_stop_rest_and_seek_advice() -> None:
    title, body = pain_stop_text()
    assert title == "Stop — this hurts"
    lowered = body.lower()
    assert "stop" in lowered and "rest" in lowered and "sharp" in lowered and "advice" in lowered
