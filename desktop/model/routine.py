"""The routine data types: what a massage routine is, independent of where it was read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Technique(StrEnum):
    """The fixed vocabulary of techniques a step may use."""

    EFFLEURAGE = "effleurage"
    CIRCULAR_FRICTION = "circular_friction"
    KNEADING = "kneading"
    RANGE_OF_MOTION = "range_of_motion"
    CROSS_FIBRE_FRICTION = "cross_fibre_friction"
    SUSTAINED_PRESSURE = "sustained_pressure"
    ROTATION = "rotation"
    TRACING_STROKE = "tracing_stroke"

    @property
    def label(self) -> str:
        return _TECHNIQUE_LABELS[self]


_TECHNIQUE_LABELS = {
    Technique.EFFLEURAGE: "Gliding strokes",
    Technique.CIRCULAR_FRICTION: "Thumb circles",
    Technique.KNEADING: "Kneading",
    Technique.RANGE_OF_MOTION: "Range of motion",
    Technique.CROSS_FIBRE_FRICTION: "Cross-fibre friction",
    Technique.SUSTAINED_PRESSURE: "Sustained press",
    Technique.ROTATION: "Rotation",
    Technique.TRACING_STROKE: "Tracing stroke",
}


class Pressure(StrEnum):
    LIGHT = "light"
    MODERATE = "moderate"
    FIRM = "firm"
    DEEP = "deep"


class Side(StrEnum):
    """One foot."""

    RIGHT = "right"
    LEFT = "left"


class SidePlan(StrEnum):
    """Which feet a routine (or a session) covers; `both` plays right, then left."""

    RIGHT = "right"
    LEFT = "left"
    BOTH = "both"

    @property
    def sides(self) -> tuple[Side, ...]:
        if self is SidePlan.BOTH:
            return (Side.RIGHT, Side.LEFT)
        return (Side(self.value),)


class MotionPattern(StrEnum):
    """How the diagram animates a step's motion cue."""

    GLIDE = "glide"  # arrows along the stroke
    CIRCLES = "circles"  # small circling arrows round a point
    KNEAD = "knead"  # squeezing marks either side of a line
    FLEX = "flex"  # foot pointing up and down
    FRICTION = "friction"  # back-and-forth marker across fibres
    HOLD = "hold"  # ring filling during a sustained press
    ROTATE = "rotate"  # large curved arrow round the ankle
    TRACE = "trace"  # a dot travelling along a path


class Direction(StrEnum):
    """Direction of a motion cue, in anatomical terms (mirrored for the left foot by the view)."""

    UP = "up"  # towards the knee
    DOWN = "down"  # towards the toes / floor
    CLOCKWISE = "clockwise"
    COUNTERCLOCKWISE = "counterclockwise"
    ACROSS = "across"  # perpendicular to the fibres
    ALTERNATE = "alternate"  # back and forth (flex/point)
    STILL = "still"  # no travel (a hold)


@dataclass(frozen=True)
class MotionCue:
    pattern: MotionPattern
    direction: Direction


@dataclass(frozen=True)
class Phase:
    """A part of a step with its own cue, e.g. "clockwise" then "counter-clockwise", or "hold" then "release".

    `direction`, when set, overrides the step's motion direction during this phase.
    """

    name: str
    seconds: float
    cue: str = ""
    direction: Direction | None = None


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    technique: Technique
    zones: tuple[str, ...]
    duration_s: float
    pressure: Pressure
    motion: MotionCue
    cue: str  # at most ~8 words, readable across a room
    instructions: str
    cautions: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()  # empty, or seconds summing to duration_s


@dataclass(frozen=True)
class Programme:
    """A physiotherapist's plan for a routine: the optional [programme] table (desktop.model.programme)."""

    author: str
    sessions_per_week: int
    weeks: int
    note: str = ""
    start: date | None = None  # else the week of the first session with the routine


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    summary: str
    sides: SidePlan
    steps: tuple[Step, ...]
    preparation: tuple[str, ...] = ()
    source: str = ""  # file name it was read from, for messages
    builtin: bool = True
    tags: tuple[str, ...] = field(default=())
    programme: Programme | None = None

    @property
    def total_seconds(self) -> float:
        """Duration of one side's worth of steps (a `both` session plays it twice)."""
        return sum(s.duration_s for s in self.steps)

    def step_by_id(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)
