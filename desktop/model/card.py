"""What a printed routine card says: every word of the handout, composed without Qt (desktop.ui.print_card
only lays it out and draws each step's diagram). In the app's language (context "card"), looked up when
the card is made.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.programme import plan_text
from desktop.model.routine import MotionCue, Routine, SidePlan
from desktop.model.safety import SAFETY_QUESTIONS
from desktop.model.timefmt import format_mmss

SIDE_WORDS = {
    SidePlan.RIGHT: QT_TRANSLATE_NOOP("card", "Right foot"),
    SidePlan.LEFT: QT_TRANSLATE_NOOP("card", "Left foot"),
    SidePlan.BOTH: QT_TRANSLATE_NOOP("card", "Both feet: the right, then the left"),
}
SAFETY_HEADING = QT_TRANSLATE_NOOP("card", "Before you start: do not massage today if any of these is true")
SAFETY_AFTER = QT_TRANSLATE_NOOP(
    "card",
    "If one is, see the advice under Help → Safety information in the app, or ask a doctor or "
    "physiotherapist. Stop at any sharp pain, tingling or numbness.",
)


@dataclass(frozen=True)
class CardStep:
    """One step as the printed card words it: number, title, cue, one detail line and its cautions."""

    number: int
    title: str
    cue: str
    detail: str  # "1:00 · Thumb circles · moderate pressure"
    cautions: tuple[str, ...]
    zones: tuple[str, ...]
    motion: MotionCue


@dataclass(frozen=True)
class Card:
    """Every word of one printed routine card, ready for desktop.ui.print_card to lay out."""

    title: str
    lines: tuple[str, ...]  # under the title: summary, feet and time, the programme
    steps: tuple[CardStep, ...]
    safety_heading: str
    safety: tuple[str, ...]
    safety_after: str


def card_for(routine: Routine) -> Card:
    minutes = format_mmss(round(routine.total_seconds))
    feet = translate("card", SIDE_WORDS[routine.sides])
    if len(routine.steps) == 1:
        plan = translate("card", "{feet} · {time} per foot · {count} step")
    else:
        plan = translate("card", "{feet} · {time} per foot · {count} steps")
    lines = [routine.summary, plan.format(feet=feet, time=minutes, count=len(routine.steps))]
    if routine.programme is not None:
        lines.append(plan_text(routine.programme))
    steps = tuple(
        CardStep(
            number=n,
            title=s.title,
            cue=s.cue,
            detail=" · ".join(
                (format_mmss(round(s.duration_s)), s.technique.label, s.pressure.phrase_in_sentence)
            ),
            cautions=s.cautions,
            zones=s.zones,
            motion=s.motion,
        )
        for n, s in enumerate(routine.steps, start=1)
    )
    # the questions are desktop.model.safety's (looking up a text already translated returns it as it is)
    safety = tuple(translate("safety", q.question) for q in SAFETY_QUESTIONS)
    heading, after = translate("card", SAFETY_HEADING), translate("card", SAFETY_AFTER)
    return Card(routine.title, tuple(lines), steps, heading, safety, after)
