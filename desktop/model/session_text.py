"""The words a window shows about a session, as plain data (made by desktop.model.session_presenter).

Both windows render these and nothing else: the main window's timer panel and follow-along's screen
show the same counter, cue, next-up, switch-feet and summary words for the same moment.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from desktop.model.routine import Direction, MotionCue


class HudMode(StrEnum):
    IDLE = "idle"  # not started: shows the step it will start with
    GET_READY = "get_ready"  # the count-in before the first step
    STEP = "step"
    SWITCH = "switch"  # moving to the other foot


class Tone(StrEnum):
    """How the status line is coloured; never the only carrier of meaning (it always has words)."""

    ACTIVE = "active"  # a phase or technique while running
    WAITING = "waiting"  # idle or paused: the person must press something
    READY = "ready"  # the count-in
    SWITCH = "switch"


class SessionText(NamedTuple):
    """Everything a window says about the session at one moment, plus what the diagram highlights.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    mode: HudMode
    side: str  # "Right foot": the foot being worked (the one to move to, during a switch)
    counter: str  # "Step 3 of 7" (per foot) or "Change feet"
    position: str  # the counter with the routine's title: "Step 3 of 7  ·  Tension relief"
    total_left: str  # "12:34 left"
    progress: float  # of the whole routine, 0..1
    title: str
    detail: str  # "Kneading  ·  Light pressure ●○○○"
    detail_spoken: str  # the same for a screen reader
    phase: str  # "Clockwise"; "" when the step has no phases
    state_note: str  # "Ready", "Paused", ... ("" while running)
    status: str  # phase name, technique, "Paused — Space resumes", "Get ready", ...
    tone: Tone
    countdown: str
    cue: str
    instructions: str
    cautions: tuple[str, ...]
    next_line: str  # "Next: ..." ("Last step" on the last; "" once the session is over)
    transition: bool  # the last seconds of an item: the Next line stands out
    zones: tuple[str, ...]
    zone_caption: str  # the zones' names, shown over the diagram
    motion: MotionCue | None
    phase_direction: Direction | None
    diagram_side: str  # "right" / "left"
    running: bool  # animations may run


class SummaryText(NamedTuple):
    """The end of a session in words: a headline, one line of figures, and advice after a stop for pain.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    headline: str
    stats: str
    advice_title: str  # "" unless stopped for pain
    advice: str
