"""Small hand-built routines, plans and snapshots for the side-panel tests (and the panel screenshots)."""

from __future__ import annotations

from desktop.model.routine import (
    Direction,
    MotionCue,
    MotionPattern,
    Phase,
    Pressure,
    Routine,
    Side,
    SidePlan,
    Step,
    Technique,
)
from desktop.model.session_events import ItemKind, PlanItem, SessionSnapshot, SessionState
from desktop.model.zones import Zone, ZoneCatalogue

GLIDE = Step(
    id="warm_up",
    title="Warm-up strokes up the calf",
    technique=Technique.EFFLEURAGE,
    zones=("achilles_tendon", "calf_belly"),
    duration_s=60,
    pressure=Pressure.LIGHT,
    motion=MotionCue(MotionPattern.GLIDE, Direction.UP),
    cue="Long light strokes upward",
    instructions="Glide both palms from the heel up to the back of the knee, then return lightly.",
    cautions=("Glide over the Achilles tendon; never press it.",),
)
CIRCLES = Step(
    id="ankle_circles",
    title="Rotate the foot",
    technique=Technique.ROTATION,
    zones=("lower_leg",),
    duration_s=40,
    pressure=Pressure.MODERATE,
    motion=MotionCue(MotionPattern.ROTATE, Direction.CLOCKWISE),
    cue="Slow full circles",
    instructions="Hold the shin just above the ankle and turn the foot in slow, full circles.",
    phases=(
        Phase("Clockwise", 20, "Circle clockwise"),
        Phase("Counter-clockwise", 20, "Now the other way", Direction.COUNTERCLOCKWISE),
    ),
)
PRESS = Step(
    id="tunnel_press",
    title="Press the hollow below the inner ankle bone",
    technique=Technique.SUSTAINED_PRESSURE,
    zones=("inner_ankle_concavity",),
    duration_s=40,
    pressure=Pressure.FIRM,
    motion=MotionCue(MotionPattern.HOLD, Direction.STILL),
    cue="Press and hold, breathe",
    instructions="Sink your thumb slowly into the hollow and hold steady pressure, then let go slowly.",
    cautions=("Firm, never sharp.", "Ease off at any tingling or numbness."),
    phases=(Phase("Hold", 30, "Hold steady"), Phase("Release", 10, "Let go slowly")),
)

ROUTINE = Routine(
    id="basic",
    title="Basic ankle routine",
    summary="Warm up, circle, press.",
    sides=SidePlan.BOTH,
    steps=(GLIDE, CIRCLES, PRESS),
)
OTHER = Routine(
    id="desk",
    title="Quick desk break",
    summary="One press.",
    sides=SidePlan.RIGHT,
    steps=(PRESS,),
)

CATALOGUE = ZoneCatalogue(
    [
        Zone(
            "achilles_tendon",
            "Achilles tendon",
            "The heel cord",
            "The cord at the back.",
            ("medial",),
            caution="Glide over the tendon only; never press or knead it directly.",
            no_press=True,
        ),
        Zone("calf_belly", "Calf muscles", "The calf", "The rounded muscles at the back.", ("medial",)),
        Zone(
            "lower_leg", "Lower leg", "The shin and calf", "Everything between knee and ankle.", ("medial",)
        ),
        Zone(
            "inner_ankle_concavity",
            "Tarsal tunnel hollow",
            "Hollow below the inner ankle bone",
            "The soft groove behind and below the inner ankle bone.",
            ("medial",),
            caution="Press firmly but never sharply.",
        ),
    ]
)


def plan(routine: Routine = ROUTINE, switch_s: float = 10.0) -> tuple[PlanItem, ...]:
    """Right side, a switch, left side (or one side), numbered like the engine numbers them."""
    items: list[PlanItem] = []
    for n, side in enumerate(routine.sides.sides):
        if n:
            items.append(PlanItem(len(items), ItemKind.SWITCH_SIDES, side, switch_s))
        for number, step in enumerate(routine.steps, start=1):
            items.append(PlanItem(len(items), ItemKind.STEP, side, step.duration_s, step, number))
    return tuple(items)


def snapshot(
    items: tuple[PlanItem, ...],
    index: int = 0,
    state: SessionState = SessionState.RUNNING,
    elapsed: float = 0.0,
    phase_index: int = -1,
) -> SessionSnapshot:
    """A snapshot `elapsed` seconds into item `index`, with totals worked out from the plan."""
    item = items[index]
    remaining = item.duration_s - elapsed
    later = sum(i.duration_s for i in items[index + 1 :])
    total = sum(i.duration_s for i in items)
    phase = item.step.phases[phase_index] if item.step and phase_index >= 0 else None
    return SessionSnapshot(
        state=state,
        index=index,
        item=item,
        next_item=items[index + 1] if index + 1 < len(items) else None,
        phase_index=phase_index,
        phase_name=phase.name if phase else "",
        phase_cue=phase.cue if phase else "",
        remaining_s=remaining,
        item_elapsed_s=elapsed,
        total_remaining_s=remaining + later,
        total_s=total,
        elapsed_active_s=total - remaining - later,
        items_done=len(items) if state is SessionState.FINISHED else index,
    )


RIGHT, LEFT = Side.RIGHT, Side.LEFT
