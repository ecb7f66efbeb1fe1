"""The session's questions and notices: quitting or ending it, the ratings around it, "Start here", the
preparation card's words and the routine picker's entry.

Part of the session's one voice with desktop.model.session_presenter (which words what a running
session shows): the same translation context, "session_presenter", and each sentence written once
across the two (tests/test_session_presenter.py). The constants are the English source, marked for the
catalogue: show them through `shown(...)`, which looks them up when the window is built.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.model.i18n import ENGLISH, QT_TRANSLATE_NOOP, current_language, translate
from desktop.model.pain_scale import TENSION_SCALE
from desktop.model.routine import Routine, SidePlan
from desktop.model.session_plan import build_plan
from desktop.model.session_presenter import shown
from desktop.model.session_snapshot import ItemKind

NOT_STARTED_UNSAFE = QT_TRANSLATE_NOOP("session_presenter", "Session not started: see the safety advice.")
PREPARATION_TITLE = QT_TRANSLATE_NOOP("session_presenter", "Before you start")
PREPARATION_DONE = QT_TRANSLATE_NOOP("session_presenter", "Got it — hide for today")
QUIT_QUESTION = (
    QT_TRANSLATE_NOOP("session_presenter", "Quit during a session?"),
    QT_TRANSLATE_NOOP(
        "session_presenter",
        "The session is paused. Quit now and it is saved to your history as stopped early.",
    ),
)
ABANDON_TITLE = QT_TRANSLATE_NOOP("session_presenter", "End this session?")
ABANDON_TEXT = QT_TRANSLATE_NOOP(
    "session_presenter", "This ends the session in progress. It is saved to your history."
)
# The 0–10 ratings take their words and anchors from desktop.model.pain_scale (the numeric rating scale,
# cited there): tension and pain are asked apart.
BEFORE_RATING = (PREPARATION_TITLE, TENSION_SCALE.question)
AFTER_RATING = TENSION_SCALE.question_after
BEFORE_PAIN = QT_TRANSLATE_NOOP(
    "session_presenter", "Any pain? Optional: pick a number first, then rate the tightness below."
)
"""Above the before-session tension rating: pain apart from tension, optional, so no extra action."""
TIGHT_TITLE = QT_TRANSLATE_NOOP("session_presenter", "Where did it feel tight? (optional)")
TIGHT_TAP_TITLE = QT_TRANSLATE_NOOP(  # follow-along: tap, then rate
    "session_presenter", "Where did it feel tight? Tap any (optional), then rate."
)


def quit_question() -> tuple[str, str]:
    """QUIT_QUESTION in the app's language: (title, text)."""
    return shown(QUIT_QUESTION[0]), shown(QUIT_QUESTION[1])


def abandon_question() -> tuple[str, str]:
    """ABANDON_TITLE and ABANDON_TEXT in the app's language."""
    return shown(ABANDON_TITLE), shown(ABANDON_TEXT)


def before_rating_words() -> tuple[str, str]:
    """BEFORE_RATING in the app's language: (title, question). The question is the pain scale's
    (translated in its own context; looking up an already translated text returns it unchanged)."""
    return shown(PREPARATION_TITLE), translate("pain_scale", TENSION_SCALE.question)


def after_rating_question() -> str:
    """AFTER_RATING in the app's language."""
    return translate("pain_scale", TENSION_SCALE.question_after)


def preparation_heading(routine_title: str) -> str:
    """ "Before you start: Quick break", over a routine's preparation notes."""
    return translate("session_presenter", "Before you start: {routine}").format(routine=routine_title)


def pain_picked(value: int) -> str:
    """Under the before-session pain row, once a number is picked."""
    return translate(
        "session_presenter", "Pain: {value} out of 10 — now rate the tightness below (or Skip)."
    ).format(value=value)


def minutes_text(seconds: float) -> str:
    """ "7 min" (never "0 min": a short routine is "1 min")."""
    return translate("session_presenter", "{minutes} min").format(minutes=max(1, round(seconds / 60)))


def routine_choice(routine: Routine, sides: SidePlan, pace: float = 1.0) -> str:
    """The routine picker's entry for the session actually chosen: "Quick break · 3 min" on one foot,
    "Standard ankle massage · 7 min a foot · 14 min both" on both (the switch included in the total)."""
    plan = build_plan(routine, sides, pace=pace)
    total = sum(item.duration_s for item in plan)
    feet = len({item.side for item in plan if item.kind is ItemKind.STEP})
    if feet < 2:
        return f"{routine.title} · {minutes_text(total)}"
    per_foot = sum(i.duration_s for i in plan if i.kind is ItemKind.STEP) / feet
    return translate("session_presenter", "{routine} · {per_foot} a foot · {total} both").format(
        routine=routine.title, per_foot=minutes_text(per_foot), total=minutes_text(total)
    )


def mid_sentence(name: str) -> str:
    """A name as it reads inside an English sentence: "the calf" (an acronym keeps its capitals).
    Other languages keep the name as it is (German writes every noun with a capital)."""
    if current_language() != ENGLISH or name[:2].isupper():
        return name
    return name[:1].lower() + name[1:]


def rated_thanks(value: int, tight_names: Sequence[str] = ()) -> str:
    """Follow-along's answer to a rating: "Thank you — noted 3 out of 10. Tight: the calf."."""
    if not tight_names:
        return translate("session_presenter", "Thank you — noted {value} out of 10.").format(value=value)
    return translate("session_presenter", "Thank you — noted {value} out of 10. Tight: {zones}.").format(
        value=value, zones=", ".join(mid_sentence(n) for n in tight_names)
    )


def jump_question(step_title: str, *, other_routine: str = "") -> tuple[str, str]:
    """ "Start here" while a session runs: (title, text) of the one question asked before it acts."""
    if other_routine:
        return (
            translate("session_presenter", "Start a new session here?"),
            translate(
                "session_presenter",
                "This ends the session in progress (it is saved to your history) and starts "
                "“{routine}” at “{step}”.",
            ).format(routine=other_routine, step=step_title),
        )
    return (
        translate("session_presenter", "Jump to this step?"),
        translate("session_presenter", "The session carries on from “{step}”.").format(step=step_title),
    )


def jumped_notice(step_title: str) -> str:
    return translate("session_presenter", "Jumped to “{step}”.").format(step=step_title)
