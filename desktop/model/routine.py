"""The routine data types: what a massage routine is, independent of where it was read from.

The enums' values are the routine files' words (identifiers, always English); their `label`s are what
a person reads, in the app's language (desktop.model.i18n, context "routine").

The step, phase, cue, programme and routine records are NamedTuples, not dataclasses: a frozen
dataclass costs ~0.5 ms to create at start-up on Python 3.11 (issue 19); copies are made with `_replace`.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate


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
        """ "Thumb circles" (translated)."""
        return translate("routine", _TECHNIQUE_LABELS[self])


_TECHNIQUE_LABELS = {
    Technique.EFFLEURAGE: QT_TRANSLATE_NOOP("routine", "Gliding strokes"),
    Technique.CIRCULAR_FRICTION: QT_TRANSLATE_NOOP("routine", "Thumb circles"),
    Technique.KNEADING: QT_TRANSLATE_NOOP("routine", "Kneading"),
    Technique.RANGE_OF_MOTION: QT_TRANSLATE_NOOP("routine", "Range of motion"),
    Technique.CROSS_FIBRE_FRICTION: QT_TRANSLATE_NOOP("routine", "Cross-fibre friction"),
    Technique.SUSTAINED_PRESSURE: QT_TRANSLATE_NOOP("routine", "Sustained press"),
    Technique.ROTATION: QT_TRANSLATE_NOOP("routine", "Rotation"),
    Technique.TRACING_STROKE: QT_TRANSLATE_NOOP("routine", "Tracing stroke"),
}


class Pressure(StrEnum):
    LIGHT = "light"
    MODERATE = "moderate"
    FIRM = "firm"
    DEEP = "deep"

    @property
    def label(self) -> str:
        """The level alone, capitalised: "Moderate" (a field's or a column's name)."""
        return translate("routine", _PRESSURE_WORDS[self][0])

    @property
    def word(self) -> str:
        """The level inside a sentence or a list: "moderate"."""
        return translate("routine", _PRESSURE_WORDS[self][1])

    @property
    def phrase(self) -> str:
        """ "Moderate pressure" (German inflects the adjective, so whole phrases are translated)."""
        return translate("routine", _PRESSURE_WORDS[self][2])

    @property
    def phrase_in_sentence(self) -> str:
        """ "moderate pressure", as it reads after a comma or a dot separator."""
        return translate("routine", _PRESSURE_WORDS[self][3])


_PRESSURE_WORDS = {
    Pressure.LIGHT: (
        QT_TRANSLATE_NOOP("routine", "Light"),
        QT_TRANSLATE_NOOP("routine", "light"),
        QT_TRANSLATE_NOOP("routine", "Light pressure"),
        QT_TRANSLATE_NOOP("routine", "light pressure"),
    ),
    Pressure.MODERATE: (
        QT_TRANSLATE_NOOP("routine", "Moderate"),
        QT_TRANSLATE_NOOP("routine", "moderate"),
        QT_TRANSLATE_NOOP("routine", "Moderate pressure"),
        QT_TRANSLATE_NOOP("routine", "moderate pressure"),
    ),
    Pressure.FIRM: (
        QT_TRANSLATE_NOOP("routine", "Firm"),
        QT_TRANSLATE_NOOP("routine", "firm"),
        QT_TRANSLATE_NOOP("routine", "Firm pressure"),
        QT_TRANSLATE_NOOP("routine", "firm pressure"),
    ),
    Pressure.DEEP: (
        QT_TRANSLATE_NOOP("routine", "Deep"),
        QT_TRANSLATE_NOOP("routine", "deep"),
        QT_TRANSLATE_NOOP("routine", "Deep pressure"),
        QT_TRANSLATE_NOOP("routine", "deep pressure"),
    ),
}


class Side(StrEnum):
    """One foot."""

    RIGHT = "right"
    LEFT = "left"

    @property
    def label(self) -> str:
        """ "Right" / "Left" (beside a step in a list that covers both feet)."""
        if self is Side.RIGHT:
            return translate("routine", "Right")
        return translate("routine", "Left")

    @property
    def foot_label(self) -> str:
        """ "Right foot" / "Left foot"."""
        if self is Side.RIGHT:
            return translate("routine", "Right foot")
        return translate("routine", "Left foot")


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

    @property
    def label(self) -> str:
        """ "Right foot", "Left foot", "Both feet"."""
        if self is SidePlan.BOTH:
            return translate("routine", "Both feet")
        return Side(self.value).foot_label


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

    @property
    def label(self) -> str:
        """What the diagram shows, in words: "Circles"."""
        return translate("routine", _PATTERN_LABELS[self])


_PATTERN_LABELS = {
    MotionPattern.GLIDE: QT_TRANSLATE_NOOP("routine", "Glide"),
    MotionPattern.CIRCLES: QT_TRANSLATE_NOOP("routine", "Circles"),
    MotionPattern.KNEAD: QT_TRANSLATE_NOOP("routine", "Knead"),
    MotionPattern.FLEX: QT_TRANSLATE_NOOP("routine", "Flex and point"),
    MotionPattern.FRICTION: QT_TRANSLATE_NOOP("routine", "Friction"),
    MotionPattern.HOLD: QT_TRANSLATE_NOOP("routine", "Hold"),
    MotionPattern.ROTATE: QT_TRANSLATE_NOOP("routine", "Rotate"),
    MotionPattern.TRACE: QT_TRANSLATE_NOOP("routine", "Trace"),
}


class Direction(StrEnum):
    """Direction of a motion cue, in anatomical terms (mirrored for the left foot by the view)."""

    UP = "up"  # towards the knee
    DOWN = "down"  # towards the toes / floor
    CLOCKWISE = "clockwise"
    COUNTERCLOCKWISE = "counterclockwise"
    ACROSS = "across"  # perpendicular to the fibres
    ALTERNATE = "alternate"  # back and forth (flex/point)
    STILL = "still"  # no travel (a hold)

    @property
    def label(self) -> str:
        """The direction in words: "Towards the knee", "Clockwise"."""
        return translate("routine", _DIRECTION_LABELS[self])


_DIRECTION_LABELS = {
    Direction.UP: QT_TRANSLATE_NOOP("routine", "Towards the knee"),
    Direction.DOWN: QT_TRANSLATE_NOOP("routine", "Towards the toes"),
    Direction.CLOCKWISE: QT_TRANSLATE_NOOP("routine", "Clockwise"),
    Direction.COUNTERCLOCKWISE: QT_TRANSLATE_NOOP("routine", "Anticlockwise"),
    Direction.ACROSS: QT_TRANSLATE_NOOP("routine", "Across the fibres"),
    Direction.ALTERNATE: QT_TRANSLATE_NOOP("routine", "Back and forth"),
    Direction.STILL: QT_TRANSLATE_NOOP("routine", "Still"),
}


class MotionCue(NamedTuple):
    """How the hands move during a step (pattern and direction), drawn on the diagram."""

    pattern: MotionPattern
    direction: Direction


class Phase(NamedTuple):
    """A part of a step with its own cue, e.g. "clockwise" then "anticlockwise", or "hold" then "release".

    `direction`, when set, overrides the step's motion direction during this phase.
    """

    name: str
    seconds: float
    cue: str = ""
    direction: Direction | None = None


class Step(NamedTuple):
    """One massage step of a routine, checked on load: what to do, where, how long and how hard."""

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


class Programme(NamedTuple):
    """A physiotherapist's plan for a routine: the optional [programme] table (desktop.model.programme)."""

    author: str
    sessions_per_week: int
    weeks: int
    note: str = ""
    start: date | None = None  # else the week of the first session with the routine


class Routine(NamedTuple):
    """A routine ready to play: its steps, sides and notes (read from a file, or made from one)."""

    id: str
    title: str
    summary: str
    sides: SidePlan
    steps: tuple[Step, ...]
    preparation: tuple[str, ...] = ()
    source: str = ""  # file name it was read from, for messages
    builtin: bool = True
    tags: tuple[str, ...] = ()
    programme: Programme | None = None

    @property
    def total_seconds(self) -> float:
        """Duration of one side's worth of steps (a `both` session plays it twice)."""
        return sum(s.duration_s for s in self.steps)

    def step_by_id(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)
