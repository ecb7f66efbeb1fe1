"""A session as a view draws it: its state, the played plan's items and the snapshot of one moment.

Small frozen values, safe to carry in Qt signals. A module apart from the engine's events
(desktop.model.session_events, which re-exports all of these) because the first paint draws an idle
session and needs these only: the events are made once a session runs (start-up, issue 19).
Nothing here knows about Qt.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

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


class PlanItem(NamedTuple):
    """One entry of the played plan: a routine step on one side, or the switch between sides.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    index: int
    kind: ItemKind
    side: Side
    duration_s: float  # already scaled by pace
    step: Step | None = None  # None for SWITCH_SIDES
    step_number: int = 0  # 1-based position of the step within its side (0 for a switch)


class SessionSnapshot(NamedTuple):
    """Everything a view needs to draw the session at one moment.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

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
