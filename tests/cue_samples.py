"""Sample steps shared by the cue and speech tests (each test module varies them with `_replace`)."""

from __future__ import annotations

from desktop.model.routine import Direction, MotionCue, MotionPattern, Phase, Pressure, Step, Technique

CIRCLES = Step(
    id="inner-circles",
    title="Circles round the inner ankle bone",
    technique=Technique.CIRCULAR_FRICTION,
    zones=("medial_malleolus",),
    duration_s=20,
    pressure=Pressure.MODERATE,
    motion=MotionCue(MotionPattern.CIRCLES, Direction.CLOCKWISE),
    cue="Thumb circles round the inner ankle bone",
    instructions="Small slow circles beside the bone.",
    phases=(
        Phase("clockwise", 10, "Clockwise first", Direction.CLOCKWISE),
        Phase("counter-clockwise", 10, "Now counter-clockwise", Direction.COUNTERCLOCKWISE),
    ),
)
PRESS = Step(
    id="hollow-press",
    title="Press the inner hollow",
    technique=Technique.SUSTAINED_PRESSURE,
    zones=("inner_ankle_concavity",),
    duration_s=12,
    pressure=Pressure.FIRM,
    motion=MotionCue(MotionPattern.HOLD, Direction.STILL),
    cue="Press and hold\n   the inner hollow",
    instructions="Firm, steady, never sharp.",
    phases=(Phase("hold", 8, "Hold firm and steady"), Phase("release", 4, "")),
)
GLIDE = Step(
    id="glide",
    title="Warm-up strokes",
    technique=Technique.EFFLEURAGE,
    zones=("lower_leg",),
    duration_s=10,
    pressure=Pressure.LIGHT,
    motion=MotionCue(MotionPattern.GLIDE, Direction.UP),
    cue="",
    instructions="Long light strokes.",
)
