"""What a printed routine card says: every word of the handout, composed without Qt (desktop.ui.print_card
only lays it out and draws each step's diagram).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.model.programme import plan_text
from desktop.model.routine import MotionCue, Routine, SidePlan
from desktop.model.safety import SAFETY_QUESTIONS
from desktop.model.timefmt import format_mmss

SIDE_WORDS = {
    SidePlan.RIGHT: "Right foot",
    SidePlan.LEFT: "Left foot",
    SidePlan.BOTH: "Both feet: the right, then the left",
}
SAFETY_HEADING = "Before you start: do not massage today if any of these is true"
SAFETY_AFTER = (
    "If one is, see the advice under Help → Safety information in the app, or ask a doctor or "
    "physiotherapist. Stop at any sharp pain, tingling or numbness."
)


@dataclass(frozen=True)
class CardStep:
    number: int
    title: str
    cue: str
    detail: str  # "1:00 · Thumb circles · moderate pressure"
    cautions: tuple[str, ...]
    zones: tuple[str, ...]
    motion: MotionCue


@dataclass(frozen=True)
class Card:
    title: str
    lines: tuple[str, ...]  # under the title: summary, feet and time, the programme
    steps: tuple[CardStep, ...]
    safety_heading: str
    safety: tuple[str, ...]
    safety_after: str


def card_for(routine: Routine) -> Card:
    minutes = format_mmss(round(routine.total_seconds))
    lines = [
        routine.summary,
        f"{SIDE_WORDS[routine.sides]} · {minutes} per foot · {len(routine.steps)} steps",
    ]
    if routine.programme is not None:
        lines.append(plan_text(routine.programme))
    steps = tuple(
        CardStep(
            number=n,
            title=s.title,
            cue=s.cue,
            detail=f"{format_mmss(round(s.duration_s))} · {s.technique.label} · {s.pressure.value} pressure",
            cautions=s.cautions,
            zones=s.zones,
            motion=s.motion,
        )
        for n, s in enumerate(routine.steps, start=1)
    )
    safety = tuple(q.question for q in SAFETY_QUESTIONS)
    return Card(routine.title, tuple(lines), steps, SAFETY_HEADING, safety, SAFETY_AFTER)
