"""What the session engine tells the world: small frozen dataclasses, safe to carry in Qt signals.

The engine (desktop.model.session.Session) returns a list of these from every command and from
`tick()`; the Qt driver re-emits them; widgets render them. Nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.model.routine import Side, Step


class SessionState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"  # ended early


class ItemKind(StrEnum):
    STEP = "step"
    SWITCH_SIDES = "switch_sides"  # a short pause to move to the other foot


class StopReason(StrEnum):
    USER = "user"
    PAIN = "pain"  # the "Stop — this hurts" control


class PauseReason(StrEnum):
    USER = "user"
    CLOCK_JUMP = "clock_jump"  # the monotonic clock leapt (suspend/resume): pause, never skip steps


@dataclass(frozen=True)
class PlanItem:
    """One entry of the played plan: a routine step on one side, or the switch between sides."""

    index: int
    kind: ItemKind
    side: Side
    duration_s: float  # already scaled by pace
    step: Step | None = None  # None for SWITCH_SIDES
    step_number: int = 0  # 1-based position of the step within its side (0 for a switch)


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything a view needs to draw the session at one moment."""

    state: SessionState
    index: int  # current plan item
    item: PlanItem
    next_item: PlanItem | None
    phase_index: int  # -1 when the step has no phases
    phase_name: str  # "" when none
    phase_cue: str
    remaining_s: float  # of the current item
    item_elapsed_s: float
    total_remaining_s: float  # of the whole plan, including the current item's remainder
    total_s: float
    elapsed_active_s: float  # running time so far, pauses excluded
    items_done: int  # plan items completed


# ---- events -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Started:
    """The session began (idle → running); `total_s` is the whole plan's time."""

    total_s: float


@dataclass(frozen=True)
class ItemStarted:
    """A new plan item (step or side switch) became current, by time or by a jump."""

    index: int
    item: PlanItem


@dataclass(frozen=True)
class PhaseChanged:
    """A phase of the current step began (its first one on entering the step)."""

    index: int
    phase_index: int
    phase_name: str
    cue: str


@dataclass(frozen=True)
class Halfway:
    """Half of the current step's time has passed (steps only, once a visit)."""

    index: int


@dataclass(frozen=True)
class Countdown:
    """Fired at 3, 2 and 1 seconds left in an item."""

    index: int
    seconds_left: int


@dataclass(frozen=True)
class SidesSwitched:
    """The switch-sides item began: move to `to_side`."""

    to_side: Side


@dataclass(frozen=True)
class Paused:
    """The session paused: by the user, or because the clock leapt (suspend/resume)."""

    reason: PauseReason


@dataclass(frozen=True)
class Resumed:
    """The session runs again after a pause."""


@dataclass(frozen=True)
class TimeAdded:
    """The current item was lengthened by `seconds` ("+10 s")."""

    index: int
    seconds: float


@dataclass(frozen=True)
class Finished:
    """The last item ended: the session is over and complete."""

    elapsed_active_s: float
    items_done: int


@dataclass(frozen=True)
class Stopped:
    """The session ended early, by the user or for pain; `items_done` is a position."""

    reason: StopReason
    elapsed_active_s: float
    items_done: int


SessionEvent = (
    Started
    | ItemStarted
    | PhaseChanged
    | Halfway
    | Countdown
    | SidesSwitched
    | Paused
    | Resumed
    | TimeAdded
    | Finished
    | Stopped
)
