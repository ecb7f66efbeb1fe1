"""Turning a Routine into the flat list of timed items a session plays, and the one seconds-display rule.

Kept apart from the state machine (desktop.model.session) so the plan can be previewed (step list,
total time) without a clock.
"""

from __future__ import annotations

import math

from desktop.model.routine import Routine, Side, SidePlan
from desktop.model.session_snapshot import ItemKind, PlanItem

COUNTDOWN_FROM = 3
PACE_MIN = 0.5
PACE_MAX = 2.0
DISPLAY_EPSILON_S = 1e-9
"""Float slack for every time comparison: 0.1 + 0.2 must not show a second twice or fire an event late."""


def display_seconds(remaining_s: float) -> int:
    """Whole seconds to show for `remaining_s`: 3.0 → 3, 2.2 → 3, 2.0 → 2, 0 → 0.

    The one place this rounding lives: the engine schedules its ticks by it and views display it, so a
    countdown never skips or repeats a second, even when float sums land 1e-15 either side of a boundary.
    """
    return max(0, math.ceil(remaining_s - DISPLAY_EPSILON_S))


def normalise_pace(pace: float) -> float:
    """Clamp a duration multiplier into [0.5, 2.0]; a value that is not a finite number is a bug: raise.

    Clamping (not raising) for out-of-range numbers because pace comes from stored settings, which a
    user may have edited by hand; the UI itself offers 0.75–1.5.
    """
    if isinstance(pace, bool) or not isinstance(pace, int | float) or not math.isfinite(pace):
        raise ValueError(f"pace must be a finite number, not {pace!r}")
    return min(PACE_MAX, max(PACE_MIN, float(pace)))


def build_plan(
    routine: Routine, sides: SidePlan | None = None, *, pace: float = 1.0, switch_seconds: float = 10.0
) -> tuple[PlanItem, ...]:
    """Each side's steps in order (`both` = right then left), a SWITCH_SIDES item between sides.

    Step durations are multiplied by `pace` (1.5 = every step lasts half as long again); the switch
    item is not, since moving to the other foot takes the same time at any pace. A switch item's `side`
    is the side being switched *to*. `switch_seconds` of 0 leaves the switch item out.
    """
    pace = normalise_pace(pace)
    if not math.isfinite(switch_seconds) or switch_seconds < 0:
        raise ValueError(f"switch_seconds must be >= 0, not {switch_seconds!r}")
    if not routine.steps:
        raise ValueError(f"routine {routine.id!r} has no steps to play")
    plan_sides: tuple[Side, ...] = (sides or routine.sides).sides
    items: list[PlanItem] = []
    for side_number, side in enumerate(plan_sides):
        if side_number > 0 and switch_seconds > 0:
            items.append(
                PlanItem(index=len(items), kind=ItemKind.SWITCH_SIDES, side=side, duration_s=switch_seconds)
            )
        for step_number, step in enumerate(routine.steps, start=1):
            if not (math.isfinite(step.duration_s) and step.duration_s > 0):
                raise ValueError(f"step {step.id!r} has no positive duration ({step.duration_s!r})")
            items.append(
                PlanItem(
                    index=len(items),
                    kind=ItemKind.STEP,
                    side=side,
                    duration_s=step.duration_s * pace,
                    step=step,
                    step_number=step_number,
                )
            )
    return tuple(items)


def phase_starts(item: PlanItem) -> list[float]:
    """Offsets (seconds into the item, pace applied) at which each phase of the item's step begins.

    Empty for a switch item or a step without phases. The first phase starts at 0.
    """
    if item.step is None or not item.step.phases or item.step.duration_s <= 0:
        return []
    scale = item.duration_s / item.step.duration_s
    starts, at = [], 0.0
    for phase in item.step.phases:
        starts.append(at)
        at += phase.seconds * scale
    return starts


def milestones(
    item: PlanItem, duration_s: float, starts: list[float]
) -> list[tuple[float, int, tuple[str, int]]]:
    """An item visit's timed events as (seconds into the item, tie order, key), sorted by time.

    Keys: ("phase", i) for each phase after the first, ("half", 0) for steps (not the side switch),
    ("count", n) for n = 3, 2, 1 seconds left, when the item is longer than n. `duration_s` and
    `starts` are the visit's own (they grow with added time). At equal times: phase, halfway, count.
    """
    found = [(at, 0, ("phase", i)) for i, at in enumerate(starts[1:], start=1)]
    if item.kind is ItemKind.STEP:
        found.append((duration_s / 2, 1, ("half", 0)))
    found += [
        (duration_s - n, 2, ("count", n))
        for n in range(COUNTDOWN_FROM, 0, -1)
        if duration_s - n > DISPLAY_EPSILON_S
    ]
    return sorted(found)
