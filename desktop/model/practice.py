"""The "Practise this" routine: one step of another routine, played on its own.

Someone who wants to get one technique right (say, the sustained press below the inner ankle bone)
can run that step alone on one foot, optionally for longer, without editing any routine file.
"""

from __future__ import annotations

import math

from desktop.model.i18n import translate
from desktop.model.routine import Phase, Routine, Side, SidePlan, Step

PRACTICE_TAG = "practice"


def practice_id(routine_id: str, step_id: str) -> str:
    """The id of the practice routine for one step: "practice:<routine>/<step>"."""
    return f"practice:{routine_id}/{step_id}"


def practice_routine(
    routine: Routine, step: Step, *, minutes: float | None = None, side: Side | None = None
) -> Routine:
    """A short routine that plays `step` alone, on one foot.

    `minutes` sets a new duration; phases are then repeated whole cycles (hold, release, hold, ...)
    stretched a little so they fill it exactly, because stretching one 30 s hold to 3 minutes would
    change the technique. `side` defaults to the routine's first side (right for both-sides routines).
    Raises ValueError when the step is not in the routine or `minutes` is not a positive number.
    """
    if routine.step_by_id(step.id) != step:
        raise ValueError(f"step '{step.id}' is not a step of routine '{routine.id}'")
    if minutes is not None and (not math.isfinite(minutes) or minutes <= 0):
        raise ValueError(f"practice length must be a positive number of minutes, not {minutes!r}")
    duration = step.duration_s if minutes is None else float(minutes) * 60.0
    practised = step._replace(duration_s=duration, phases=_fit_phases(step.phases, duration))
    play_side = side if side is not None else routine.sides.sides[0]
    return Routine(
        id=practice_id(routine.id, step.id),
        title=translate("practice", "Practise: {step}").format(step=step.title),
        summary=translate("practice", "One step from “{routine}”, on its own.").format(routine=routine.title),
        sides=SidePlan(play_side.value),
        steps=(practised,),
        preparation=routine.preparation,
        source=routine.source,
        builtin=routine.builtin,
        tags=(PRACTICE_TAG,),
    )


def _fit_phases(phases: tuple[Phase, ...], duration: float) -> tuple[Phase, ...]:
    """Repeat the phase cycle to fill `duration`, scaled so the seconds sum to it exactly."""
    if not phases:
        return ()
    cycle = sum(p.seconds for p in phases)
    if cycle <= 0:
        return phases
    cycles = max(1, round(duration / cycle))
    scale = duration / (cycles * cycle)
    fitted = [p._replace(seconds=p.seconds * scale) for _ in range(cycles) for p in phases]
    # Put float rounding into the last phase so the total is exactly the step's duration.
    fitted[-1] = fitted[-1]._replace(seconds=duration - sum(p.seconds for p in fitted[:-1]))
    return tuple(fitted)
