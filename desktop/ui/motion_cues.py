"""Motion cues drawn over a zone, driven only by MotionCue data and a progress value.

The item holds no timer: the DiagramView's single animation clock sets `progress` (0..1, looping),
so stopping that one animation freezes every cue (invariant 2); `set_still()` shows a rest pose with
the arrows in place. "Up" follows the zone's guide from its distal end (toes) to its proximal end
(knee); "down" runs it backwards.

Each frame is drawn once into a `_Frame` (every wide stroke turned into its filled outline) and kept:
the clock steps through a fixed set of frames per loop, so after the first loop a frame costs a few
fillPath calls, and only the area the old and new frame cover is repainted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.model.anatomy import GuidePath, ZoneShape
from desktop.model.routine import Direction, MotionCue, MotionPattern

CUE = QColor(10, 80, 150)
HALO = QColor(255, 255, 255, 230)

# Seconds per animation loop: slow enough to follow with the hands.
LOOP_SECONDS = {
    MotionPattern.GLIDE: 2.4,
    MotionPattern.CIRCLES: 1.6,
    MotionPattern.KNEAD: 1.4,
    MotionPattern.FLEX: 3.0,
    MotionPattern.FRICTION: 0.9,
    MotionPattern.HOLD: 2.5,
    MotionPattern.ROTATE: 3.2,
    MotionPattern.TRACE: 3.0,
}


# Where a rest pose sits in a pattern's loop, for the patterns whose progress-0 frame is not the clearest.
_STILL_PROGRESS = {MotionPattern.KNEAD: 0.25, MotionPattern.HOLD: 0.5, MotionPattern.FLEX: 0.25}
_CACHED_FRAMES = 240  # per cue: a loop at the diagram's frame rates, plus a few hold-progress frames
_ROUND = (Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


class _Frame:
    """One cue frame as filled outlines in paint order, with the area they cover."""

    __slots__ = ("bounds", "ops")

    def __init__(self) -> None:
        self.ops: list[tuple[QPainterPath, QBrush]] = []
        self.bounds = QRectF()

    def fill(self, path: QPainterPath, color: QColor) -> None:
        self.ops.append((path, QBrush(color)))
        self.bounds = self.bounds.united(path.boundingRect())

    def stroke(self, path: QPainterPath, pen: QPen) -> None:
        """The pen's outline as a fill: stroked once here, never again when the frame is redrawn."""
        self.fill(QPainterPathStroker(pen).createStroke(path), pen.color())


def _arrow_head(tip: QPointF, angle: float, size: float) -> QPolygonF:
    back = angle + math.pi
    return QPolygonF(
        [
            tip,
            QPointF(tip.x() + size * math.cos(back + 0.45), tip.y() + size * math.sin(back + 0.45)),
            QPointF(tip.x() + size * math.cos(back - 0.45), tip.y() + size * math.sin(back - 0.45)),
        ]
    )


class MotionCueItem(QGraphicsItem):
    """Arrows, circles, squeeze marks or a filling ring over one zone."""

    def __init__(self, shape: ZoneShape, guide: GuidePath, cue: MotionCue, unit: float = 14.0) -> None:
        """`unit` (scene px) sets stroke and arrow size: tied to the drawing, not to the zone, so a cue
        on a small zone is as legible as one on the whole leg."""
        super().__init__()
        self.zone_id = shape.zone_id
        self.guide = guide
        self.cue = cue
        self.direction = cue.direction
        self.progress = 0.0
        self.still = False
        self.hold_progress: float | None = None
        self._frames: dict[tuple[object, ...], _Frame] = {}
        self._track_outline: QPainterPath | None = None
        mid, self._mid_angle = guide.point_at(0.5)
        self.centre = QPointF(*shape.interior_point(mid))
        bx, by, bw, bh = shape.bbox
        self.size = max(16.0, min(bw, bh))
        self.unit = unit
        self._track = QPainterPath()
        self._track.addPolygon(QPolygonF([QPointF(x, y) for x, y in guide.points]))
        rect = QRectF(bx, by, bw, bh).united(self._track.boundingRect())
        reach = max(self.size * 0.5, 8 * unit) + 2 * unit
        self._bounds = rect.united(
            QRectF(self.centre.x() - reach, self.centre.y() - reach, 2 * reach, 2 * reach)
        )
        self._bounds.adjust(-2 * unit, -2 * unit, 2 * unit, 2 * unit)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._frame = self._frame_for_state()

    def set_progress(self, value: float) -> None:
        """Show the moving cue at fraction `value` of its loop."""
        self.still = False
        self.progress = value % 1.0
        self._show_frame()

    def set_still(self) -> None:
        """Show the rest pose: the arrows in place, showing where and which way, without motion."""
        self.still = True
        self._show_frame()

    def set_direction(self, direction: Direction) -> None:
        if direction != self.direction:
            self.direction = direction
            self._show_frame()

    def set_hold_progress(self, value: float | None) -> None:
        value = None if value is None else max(0.0, min(1.0, value))
        if value != self.hold_progress:
            self.hold_progress = value
            self._show_frame()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def frame_bounds(self) -> QRectF:
        """The area the frame shown covers (item coordinates): all a frame change repaints."""
        return QRectF(self._frame.bounds)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for path, brush in self._frame.ops:
            painter.fillPath(path, brush)

    # -- frames

    def _frame_key(self) -> tuple[object, ...]:
        hold = None if self.hold_progress is None else round(self.hold_progress, 3)
        return (self.still, round(self.progress, 4), self.direction, hold)

    def _frame_for_state(self) -> _Frame:
        key = self._frame_key()
        frame = self._frames.get(key)
        if frame is None:
            if len(self._frames) >= _CACHED_FRAMES:
                self._frames.clear()
            frame = self._frames[key] = self._draw_frame()
        return frame

    def _show_frame(self) -> None:
        frame = self._frame_for_state()
        if frame is self._frame:
            return
        dirty = self._frame.bounds.united(frame.bounds)
        if not self._bounds.contains(frame.bounds):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(frame.bounds)
        self._frame = frame
        self.update(dirty.adjusted(-1, -1, 1, 1))

    def _draw_frame(self) -> _Frame:
        frame = _Frame()
        saved = self.progress
        if self.still:
            self.progress = _STILL_PROGRESS.get(self.cue.pattern, 0.0)
        draw = {
            MotionPattern.GLIDE: self._glide,
            MotionPattern.TRACE: self._trace,
            MotionPattern.CIRCLES: self._circles,
            MotionPattern.ROTATE: self._rotate,
            MotionPattern.FRICTION: self._friction,
            MotionPattern.KNEAD: self._knead,
            MotionPattern.HOLD: self._hold,
            MotionPattern.FLEX: self._flex,
        }[self.cue.pattern]
        try:
            draw(frame)
        finally:
            self.progress = saved
        return frame

    # -- drawing helpers: everything is stroked twice, a white halo under the colour, for contrast

    def _stroke(self, frame: _Frame, path: QPainterPath, width: float, color: QColor = CUE) -> None:
        frame.stroke(path, QPen(HALO, width + 4, Qt.PenStyle.SolidLine, *_ROUND))
        frame.stroke(path, QPen(color, width, Qt.PenStyle.SolidLine, *_ROUND))

    def _head(self, frame: _Frame, tip: QPointF, angle: float, color: QColor = CUE) -> None:
        path = QPainterPath()
        path.addPolygon(_arrow_head(tip, angle, self.unit * 1.6))
        path.closeSubpath()
        frame.stroke(path, QPen(HALO, 4, Qt.PenStyle.SolidLine, *_ROUND))
        frame.fill(path, color)

    def _dot(self, frame: _Frame, centre: QPointF, radius: float) -> None:
        """A filled cue-coloured dot with a thin white rim."""
        path = QPainterPath()
        path.addEllipse(centre, radius, radius)
        frame.fill(path, CUE)
        frame.stroke(path, QPen(HALO, 3))

    def _track_hint(self, frame: _Frame) -> None:
        if self._track_outline is None:  # the same dashes in every frame: outline them once
            pen = QPen(CUE, self.unit * 0.35, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
            self._track_outline = QPainterPathStroker(pen).createStroke(self._track)
        faint = QColor(CUE)
        faint.setAlphaF(0.45)
        frame.fill(self._track_outline, faint)

    def position_at(self, t: float) -> tuple[QPointF, float]:
        """Point and travel angle at fraction t of the stroke, honouring up/down."""
        backwards = self.direction == Direction.DOWN
        (x, y), angle = self.guide.point_at(1 - t if backwards else t)
        return QPointF(x, y), angle + (math.pi if backwards else 0.0)

    def _chevron(self, frame: _Frame, at: QPointF, angle: float, alpha: float) -> None:
        color = QColor(CUE)
        color.setAlphaF(alpha)
        s = self.unit * 2.0
        back = angle + math.pi
        path = QPainterPath(QPointF(at.x() + s * math.cos(back + 0.6), at.y() + s * math.sin(back + 0.6)))
        path.lineTo(at)
        path.lineTo(QPointF(at.x() + s * math.cos(back - 0.6), at.y() + s * math.sin(back - 0.6)))
        self._stroke(frame, path, self.unit * 0.7, color)

    def _arc(
        self, centre: QPointF, radius: float, start: float, sweep: float
    ) -> tuple[QPainterPath, QPointF, float]:
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

    # -- the eight patterns

    def _glide(self, frame: _Frame) -> None:
        self._track_hint(frame)
        back_and_forth = self.direction in (Direction.ALTERNATE, Direction.ACROSS)
        if self.still and back_and_forth:  # one chevron each way: the stroke goes both ways
            for t, turn in ((0.3, math.pi), (0.7, 0.0)):
                at, angle = self.position_at(t)
                self._chevron(frame, at, angle + turn, 1.0)
            return
        if self.still and self.direction != Direction.STILL:  # brightening towards where the hands go
            for t, alpha in ((0.25, 0.45), (0.5, 0.7), (0.75, 1.0)):
                at, angle = self.position_at(t)
                self._chevron(frame, at, angle, alpha)
            return
        if back_and_forth:
            t = 0.5 - 0.5 * math.cos(2 * math.pi * self.progress)
            at, angle = self.position_at(t)
            forward = math.sin(2 * math.pi * self.progress) >= 0
            self._chevron(frame, at, angle if forward else angle + math.pi, 1.0)
            return
        moving = self.direction != Direction.STILL
        for k in range(3):
            t = ((self.progress if moving else 0.25) + k / 3) % 1.0
            at, angle = self.position_at(t)
            self._chevron(frame, at, angle, max(0.15, math.sin(math.pi * t)))

    def _trace(self, frame: _Frame) -> None:
        self._track_hint(frame)
        t = self.progress if self.direction != Direction.STILL and not self.still else 1.0
        trail = QPainterPath()
        for i in range(41):
            point, _ = self.position_at(t * i / 40)
            if i == 0:
                trail.moveTo(point)
            else:
                trail.lineTo(point)
        self._stroke(frame, trail, self.unit * 0.6)
        end, angle = self.position_at(t)
        if self.still and self.direction != Direction.STILL:
            self._head(frame, end, angle)  # the whole line drawn, ending in an arrow: which way to trace
        else:
            self._dot(frame, end, self.unit * 0.9)

    def _fit(self, fraction: float, least: float, most: float) -> float:
        """A fraction of the zone's size, kept between `least` and `most` units."""
        return max(least * self.unit, min(most * self.unit, self.size * fraction))

    def _spin(self) -> float:
        return -1.0 if self.direction == Direction.COUNTERCLOCKWISE else 1.0

    def _circles(self, frame: _Frame) -> None:
        radius = self._fit(0.25, 2.0, 3.5)
        spin = self._spin()
        start = spin * 2 * math.pi * self.progress
        path, tip, angle = self._arc(self.centre, radius, start, spin * math.radians(290))
        self._stroke(frame, path, self.unit * 0.5)
        self._head(frame, tip, angle)

    def _rotate(self, frame: _Frame) -> None:
        radius = self._fit(0.45, 3.0, 7.0)
        spin = self._spin()
        start = -math.pi / 2 + spin * 2 * math.pi * self.progress
        path, tip, angle = self._arc(self.centre, radius, start, spin * math.radians(270))
        self._stroke(frame, path, self.unit * 0.65)
        self._head(frame, tip, angle)

    def _perpendicular(self) -> tuple[QPointF, float]:
        (x, y), angle = self.guide.point_at(0.5)
        return QPointF(x, y), angle + math.pi / 2

    def _friction(self, frame: _Frame) -> None:
        centre, across = self._perpendicular()
        half = self._fit(0.35, 2.5, 4.0)
        dx, dy = half * math.cos(across), half * math.sin(across)
        a, b = QPointF(centre.x() - dx, centre.y() - dy), QPointF(centre.x() + dx, centre.y() + dy)
        line = QPainterPath(a)
        line.lineTo(b)
        self._stroke(frame, line, self.unit * 0.4)
        self._head(frame, a, across + math.pi)
        self._head(frame, b, across)
        if self.direction != Direction.STILL:
            f = math.sin(2 * math.pi * self.progress)
            marker = QPointF(centre.x() + f * dx * 0.75, centre.y() + f * dy * 0.75)
            self._dot(frame, marker, self.unit * 0.8)

    def _knead(self, frame: _Frame) -> None:
        self._track_hint(frame)
        squeeze = 0.5 - 0.5 * math.cos(2 * math.pi * self.progress)
        gap = self._fit(0.3, 1.8, 3.5) * (1.0 - 0.4 * squeeze)
        for t in (0.35, 0.65):
            (x, y), along = self.guide.point_at(t)
            across = along + math.pi / 2
            for side in (-1, 1):
                mx = x + side * gap * math.cos(across)
                my = y + side * gap * math.sin(across)
                # a short bracket bowed towards the guide: the fingers pressing in
                bow = QPointF(
                    mx - side * self.unit * 0.8 * math.cos(across),
                    my - side * self.unit * 0.8 * math.sin(across),
                )
                length = self.unit * 1.6
                start = QPointF(mx + length * math.cos(along), my + length * math.sin(along))
                end = QPointF(mx - length * math.cos(along), my - length * math.sin(along))
                mark = QPainterPath(start)
                mark.quadTo(bow, end)
                self._stroke(frame, mark, self.unit * 0.6)

    def _hold(self, frame: _Frame) -> None:
        radius = self._fit(0.25, 2.0, 3.0)
        faint = QColor(CUE)
        faint.setAlphaF(0.25)
        ring = QPainterPath()
        ring.addEllipse(self.centre, radius, radius)
        self._stroke(frame, ring, self.unit * 0.55, faint)
        if self.hold_progress is None:
            color = QColor(CUE)
            color.setAlphaF(0.45 + 0.55 * (0.5 - 0.5 * math.cos(2 * math.pi * self.progress)))
            self._stroke(frame, ring, self.unit * 0.55, color)
        elif self.hold_progress > 0:
            path, _, _ = self._arc(self.centre, radius, -math.pi / 2, 2 * math.pi * self.hold_progress)
            self._stroke(frame, path, self.unit * 0.55)
        self._dot(frame, self.centre, self.unit * 0.5)

    def _flex(self, frame: _Frame) -> None:
        """Two arcs at the toe end of the guide, pivoting about its ankle end: toes up, toes down."""
        (tx, ty), (px, py) = self.guide.points[0], self.guide.points[-1]
        radius = max(3.0 * self.unit, math.hypot(tx - px, ty - py))
        axis = math.atan2(ty - py, tx - px)
        pivot = QPointF(px, py)
        # which way round the pivot lifts the toes: the sense that makes the tip rise on screen
        lift = -1.0 if math.sin(axis - 0.1) < math.sin(axis + 0.1) else 1.0
        phase = 0.5 - 0.5 * math.cos(2 * math.pi * self.progress)  # 0 = pointing, 1 = pulled up
        show_up = self.direction in (Direction.UP, Direction.ALTERNATE, Direction.STILL)
        show_down = self.direction in (Direction.DOWN, Direction.ALTERNATE)
        both = show_up and show_down
        for upward, shown in ((True, show_up), (False, show_down)):
            if not shown:
                continue
            # alternating: the arrow of the current half-cycle is strong, the other faint
            strength = (phase if upward else 1 - phase) if both else 0.5 + 0.5 * phase
            color = QColor(CUE)
            color.setAlphaF(0.25 + 0.75 * strength)
            sense = lift if upward else -lift
            path, tip, angle = self._arc(pivot, radius, axis + sense * 0.06, sense * 0.45)
            self._stroke(frame, path, self.unit * 0.55, color)
            self._head(frame, tip, angle, color)
