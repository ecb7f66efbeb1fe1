"""The motion cue patterns as pure functions: (where, which way, how far through the loop) → marks.

Each pattern takes a `CueFrame` (the cue's fixed geometry plus this frame's progress, direction, rest
pose and hold progress) and returns the `Shapes` to show; nothing is read from or written to an item,
so a frame depends only on its arguments and can be cached by them (desktop.ui.motion_cues). The
marks that never move (dashed track, friction line, hold ring) come from `fixed_marks`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF

from desktop.model.anatomy import GuidePath
from desktop.model.routine import Direction, MotionPattern
from desktop.ui import theme
from desktop.ui.cue_shapes import GuideWalk, Shapes

CUE = theme.DIAGRAM_LIVE["cue"]  # live: desktop.ui.theme rewrites it when the theme changes
HALO = QColor(255, 255, 255, 230)
_ROUND = (Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
TRACKED = (MotionPattern.GLIDE, MotionPattern.TRACE, MotionPattern.KNEAD)  # show the dashed guide
# Where a rest pose sits in a pattern's loop, for the patterns whose progress-0 frame is not the clearest.
STILL_PROGRESS = {MotionPattern.KNEAD: 0.25, MotionPattern.HOLD: 0.5, MotionPattern.FLEX: 0.25}


class CueFrame(NamedTuple):
    """Everything one frame of a cue depends on.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    pattern: MotionPattern
    guide: GuidePath
    walk: GuideWalk
    track: QPainterPath
    centre: QPointF
    size: float
    unit: float
    direction: Direction
    progress: float = 0.0
    still: bool = False
    hold_progress: float | None = None

    def at_rest(self) -> CueFrame:
        """The rest pose's frame: progress where the pattern reads clearest."""
        return self._replace(progress=STILL_PROGRESS.get(self.pattern, 0.0)) if self.still else self

    def position_at(self, t: float) -> tuple[QPointF, float]:
        """Point and travel angle at fraction t of the stroke, honouring up/down."""
        backwards = self.direction == Direction.DOWN
        (x, y), angle = self.walk.point_at(1 - t if backwards else t)
        return QPointF(x, y), angle + (math.pi if backwards else 0.0)

    def fit(self, fraction: float, least: float, most: float) -> float:
        """A fraction of the zone's size, kept between `least` and `most` units."""
        return max(least * self.unit, min(most * self.unit, self.size * fraction))

    @property
    def spin(self) -> float:
        return -1.0 if self.direction == Direction.COUNTERCLOCKWISE else 1.0


def draw(frame: CueFrame) -> Shapes:
    """The moving marks of this frame, merged for painting."""
    shapes = Shapes()
    PATTERNS[frame.pattern](shapes, frame.at_rest())
    return shapes.merged()


# -- drawing helpers: everything is stroked twice, a white halo under the colour, for contrast


def arrow_head(tip: QPointF, angle: float, size: float) -> QPolygonF:
    back = angle + math.pi
    return QPolygonF(
        [
            tip,
            QPointF(tip.x() + size * math.cos(back + 0.45), tip.y() + size * math.sin(back + 0.45)),
            QPointF(tip.x() + size * math.cos(back - 0.45), tip.y() + size * math.sin(back - 0.45)),
        ]
    )


def _stroke(shapes: Shapes, path: QPainterPath, width: float, color: QColor = CUE) -> None:
    shapes.stroke(path, QPen(HALO, width + 4, Qt.PenStyle.SolidLine, *_ROUND))
    shapes.stroke(path, QPen(color, width, Qt.PenStyle.SolidLine, *_ROUND))


def _head(shapes: Shapes, tip: QPointF, angle: float, unit: float, color: QColor = CUE) -> None:
    path = QPainterPath()
    path.addPolygon(arrow_head(tip, angle, unit * 1.6))
    path.closeSubpath()
    shapes.stroke(path, QPen(HALO, 4, Qt.PenStyle.SolidLine, *_ROUND))
    shapes.fill(path, color)


def _dot(shapes: Shapes, centre: QPointF, radius: float) -> None:
    """A filled cue-coloured dot with a thin white rim."""
    path = QPainterPath()
    path.addEllipse(centre, radius, radius)
    shapes.fill(path, CUE)
    shapes.stroke(path, QPen(HALO, 3))


def _chevron(shapes: Shapes, at: QPointF, angle: float, alpha: float) -> None:
    shapes.sprites.append((at.x(), at.y(), angle, alpha))


def arc(centre: QPointF, radius: float, start: float, sweep: float) -> tuple[QPainterPath, QPointF, float]:
    """An arc from angle `start` sweeping `sweep` radians (positive = clockwise on screen)."""
    steps = max(8, int(abs(sweep) * 12))
    path = QPainterPath()
    for i in range(steps + 1):
        a = start + sweep * i / steps
        p = QPointF(centre.x() + radius * math.cos(a), centre.y() + radius * math.sin(a))
        if i == 0:
            path.moveTo(p)
        else:
            path.lineTo(p)
    end = start + sweep
    tip = QPointF(centre.x() + radius * math.cos(end), centre.y() + radius * math.sin(end))
    return path, tip, end + math.copysign(math.pi / 2, sweep)


# -- the marks that never move


def friction_line(frame: CueFrame) -> tuple[QPointF, float, float, float]:
    """Centre, angle across the guide, and half the stroke's extent (dx, dy)."""
    (x, y), angle = frame.walk.point_at(0.5)
    across = angle + math.pi / 2
    half = frame.fit(0.35, 2.5, 4.0)
    return QPointF(x, y), across, half * math.cos(across), half * math.sin(across)


def hold_ring(frame: CueFrame) -> QPainterPath:
    ring = QPainterPath()
    radius = frame.fit(0.25, 2.0, 3.0)
    ring.addEllipse(frame.centre, radius, radius)
    return ring


def fixed_marks(frame: CueFrame) -> Shapes:
    """The marks that are the same in every frame, drawn once into the cached layer underneath."""
    marks = Shapes()
    unit = frame.unit
    if frame.pattern in TRACKED:
        pen = QPen(CUE, unit * 0.35, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        faint = QColor(CUE)
        faint.setAlphaF(0.45)
        marks.fill(QPainterPathStroker(pen).createStroke(frame.track), faint)
    elif frame.pattern == MotionPattern.FRICTION:
        centre, across, dx, dy = friction_line(frame)
        a, b = QPointF(centre.x() - dx, centre.y() - dy), QPointF(centre.x() + dx, centre.y() + dy)
        line = QPainterPath(a)
        line.lineTo(b)
        _stroke(marks, line, unit * 0.4)
        _head(marks, a, across + math.pi, unit)
        _head(marks, b, across, unit)
    elif frame.pattern == MotionPattern.HOLD:
        faint = QColor(CUE)
        faint.setAlphaF(0.25)
        _stroke(marks, hold_ring(frame), unit * 0.55, faint)
        _dot(marks, frame.centre, unit * 0.5)
    return marks.merged()


# -- the eight patterns


def glide(shapes: Shapes, f: CueFrame) -> None:
    back_and_forth = f.direction in (Direction.ALTERNATE, Direction.ACROSS)
    if f.still and back_and_forth:  # one chevron each way: the stroke goes both ways
        for t, turn in ((0.3, math.pi), (0.7, 0.0)):
            at, angle = f.position_at(t)
            _chevron(shapes, at, angle + turn, 1.0)
        return
    if f.still and f.direction != Direction.STILL:  # brightening towards where the hands go
        for t, alpha in ((0.25, 0.55), (0.5, 0.78), (0.75, 1.0)):
            at, angle = f.position_at(t)
            _chevron(shapes, at, angle, alpha)
        return
    if back_and_forth:
        t = 0.5 - 0.5 * math.cos(2 * math.pi * f.progress)
        at, angle = f.position_at(t)
        forward = math.sin(2 * math.pi * f.progress) >= 0
        _chevron(shapes, at, angle if forward else angle + math.pi, 1.0)
        return
    moving = f.direction != Direction.STILL
    for k in range(3):
        t = ((f.progress if moving else 0.25) + k / 3) % 1.0
        at, angle = f.position_at(t)
        _chevron(shapes, at, angle, max(0.15, math.sin(math.pi * t)))


def trace(shapes: Shapes, f: CueFrame) -> None:
    t = f.progress if f.direction != Direction.STILL and not f.still else 1.0
    trail = QPainterPath()
    for i in range(41):
        point, _ = f.position_at(t * i / 40)
        if i == 0:
            trail.moveTo(point)
        else:
            trail.lineTo(point)
    _stroke(shapes, trail, f.unit * 0.6)
    end, angle = f.position_at(t)
    if f.still and f.direction != Direction.STILL:
        _head(shapes, end, angle, f.unit)  # the whole line drawn, ending in an arrow: which way to trace
    else:
        _dot(shapes, end, f.unit * 0.9)


def circles(shapes: Shapes, f: CueFrame) -> None:
    radius = f.fit(0.25, 2.0, 3.5)
    start = f.spin * 2 * math.pi * f.progress
    path, tip, angle = arc(f.centre, radius, start, f.spin * math.radians(290))
    _stroke(shapes, path, f.unit * 0.5)
    _head(shapes, tip, angle, f.unit)


def rotate(shapes: Shapes, f: CueFrame) -> None:
    """A large turning arrow over one zone (a rotation step over several zones uses AnkleTurnCue)."""
    radius = f.fit(0.45, 3.0, 7.0)
    start = -math.pi / 2 + f.spin * 2 * math.pi * f.progress
    path, tip, angle = arc(f.centre, radius, start, f.spin * math.radians(270))
    _stroke(shapes, path, f.unit * 0.65)
    _head(shapes, tip, angle, f.unit)


def friction(shapes: Shapes, f: CueFrame) -> None:
    centre, _, dx, dy = friction_line(f)  # the line and its two heads are fixed marks
    if f.direction != Direction.STILL:
        swing = math.sin(2 * math.pi * f.progress)
        marker = QPointF(centre.x() + swing * dx * 0.75, centre.y() + swing * dy * 0.75)
        _dot(shapes, marker, f.unit * 0.8)


def knead(shapes: Shapes, f: CueFrame) -> None:
    squeeze = 0.5 - 0.5 * math.cos(2 * math.pi * f.progress)
    gap = f.fit(0.3, 1.8, 3.5) * (1.0 - 0.4 * squeeze)
    for t in (0.35, 0.65):
        (x, y), along = f.walk.point_at(t)
        across = along + math.pi / 2
        for side in (-1, 1):
            mx = x + side * gap * math.cos(across)
            my = y + side * gap * math.sin(across)
            # a short bracket bowed towards the guide: the fingers pressing in
            bow = QPointF(
                mx - side * f.unit * 0.8 * math.cos(across), my - side * f.unit * 0.8 * math.sin(across)
            )
            length = f.unit * 1.6
            start = QPointF(mx + length * math.cos(along), my + length * math.sin(along))
            end = QPointF(mx - length * math.cos(along), my - length * math.sin(along))
            mark = QPainterPath(start)
            mark.quadTo(bow, end)
            _stroke(shapes, mark, f.unit * 0.6)


def hold(shapes: Shapes, f: CueFrame) -> None:
    # the faint ring and the centre dot are fixed marks; this is the breathing or filling ring
    if f.hold_progress is None:
        color = QColor(CUE)
        color.setAlphaF(0.45 + 0.55 * (0.5 - 0.5 * math.cos(2 * math.pi * f.progress)))
        _stroke(shapes, hold_ring(f), f.unit * 0.55, color)
    elif f.hold_progress > 0:
        radius = f.fit(0.25, 2.0, 3.0)
        path, _, _ = arc(f.centre, radius, -math.pi / 2, 2 * math.pi * f.hold_progress)
        _stroke(shapes, path, f.unit * 0.55)


def flex(shapes: Shapes, f: CueFrame) -> None:
    """Two arcs at the toe end of the guide, pivoting about its ankle end: toes up, toes down."""
    (tx, ty), (px, py) = f.guide.points[0], f.guide.points[-1]
    radius = max(3.0 * f.unit, math.hypot(tx - px, ty - py))
    axis = math.atan2(ty - py, tx - px)
    pivot = QPointF(px, py)
    # which way round the pivot lifts the toes: the sense that makes the tip rise on screen
    lift = -1.0 if math.sin(axis - 0.1) < math.sin(axis + 0.1) else 1.0
    phase = 0.5 - 0.5 * math.cos(2 * math.pi * f.progress)  # 0 = pointing, 1 = pulled up
    show_up = f.direction in (Direction.UP, Direction.ALTERNATE, Direction.STILL)
    show_down = f.direction in (Direction.DOWN, Direction.ALTERNATE)
    both = show_up and show_down
    for upward, shown in ((True, show_up), (False, show_down)):
        if not shown:
            continue
        # alternating: the arrow of the current half-cycle is strong, the other faint
        strength = (phase if upward else 1 - phase) if both else 0.5 + 0.5 * phase
        color = QColor(CUE)
        color.setAlphaF(0.25 + 0.75 * strength)
        sense = lift if upward else -lift
        path, tip, angle = arc(pivot, radius, axis + sense * 0.06, sense * 0.45)
        _stroke(shapes, path, f.unit * 0.55, color)
        _head(shapes, tip, angle, f.unit, color)


PATTERNS: dict[MotionPattern, Callable[[Shapes, CueFrame], None]] = {
    MotionPattern.GLIDE: glide,
    MotionPattern.TRACE: trace,
    MotionPattern.CIRCLES: circles,
    MotionPattern.ROTATE: rotate,
    MotionPattern.FRICTION: friction,
    MotionPattern.KNEAD: knead,
    MotionPattern.HOLD: hold,
    MotionPattern.FLEX: flex,
}
