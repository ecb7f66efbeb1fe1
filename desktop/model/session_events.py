"""What the session engine tells the world: small frozen dataclasses, safe to carry in Qt signals.

The engine (desktop.model.session.Session) returns a list of these events from every command and from
`tick()`; the Qt driver re-emits them; widgets render them. Nothing here knows about Qt.

The session's state, plan items and snapshot live in desktop.model.session_snapshot and are re-exported
here. Only this module's events wait for a session to run, so modules on the way to the first paint
import from session_snapshot, and make events inside the functions that need them (start-up, issue 19).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.model.routine import Side
from desktop.model.session_snapshot import (
    ItemKind,
    PauseReason,
    PlanItem,
    SessionSnapshot,
    SessionState,
    StopReason,
)

__all__ = [
    "Countdown",
    "Finished",
    "Halfway",
    "ItemKind",
    "ItemStarted",
    "PauseReason",
    "Paused",
    "PhaseChanged",
    "PlanItem",
    "Resumed",
    "SessionEvent",
    "SessionSnapshot",
    "SessionState",
    "SidesSwitched",
    "Started",
    "StopReason",
    "Stopped",
    "TimeAdded",
]


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
