"""Motion cues drawn over a zone, driven only by MotionCue data and a progress value.

The item holds no timer: the DiagramView's single cue animation sets `progress` (0..1, looping),
so stopping that one animation freezes every cue (invariant 2). "Up" follows the zone's guide from
its distal end (toes) to its proximal end (knee); "down" runs it backwards.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
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
        self.hold_progress: float | None = None
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

    def set_progress(self, value: float) -> None:
        self.progress = value % 1.0
        self.update()

    def set_direction(self, direction: Direction) -> None:
        if direction != self.direction:
            self.direction = direction
            self.update()

    def set_hold_progress(self, value: float | None) -> None:
        self.hold_progress = None if value is None else max(0.0, min(1.0, value))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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
        draw(painter)

    # -- drawing helpers: everything is stroked twice, a white halo under the colour, for contrast

    def _stroke(self, painter: QPainter, path: QPainterPath, width: float, color: QColor = CUE) -> None:
        cap, join = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        painter.strokePath(path, QPen(HALO, width + 4, Qt.PenStyle.SolidLine, cap, join))
        painter.strokePath(path, QPen(color, width, Qt.PenStyle.SolidLine, cap, join))

    def _head(self, painter: QPainter, tip: QPointF, angle: float, color: QColor = CUE) -> None:
        path = QPainterPath()
        path.addPolygon(_arrow_head(tip, angle, self.unit * 1.6))
        path.closeSubpath()
        painter.strokePath(
            path, QPen(HALO, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        painter.fillPath(path, color)

    def _track_hint(self, painter: QPainter) -> None:
        faint = QColor(CUE)
        faint.setAlphaF(0.45)
        pen = QPen(faint, self.unit * 0.35, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        painter.strokePath(self._track, pen)

    def position_at(self, t: float) -> tuple[QPointF, float]:
        """Point and travel angle at fraction t of the stroke, honouring up/down."""
        backwards = self.direction == Direction.DOWN
        (x, y), angle = self.guide.point_at(1 - t if backwards else t)
        return QPointF(x, y), angle + (math.pi if backwards else 0.0)

    def _chevron(self, painter: QPainter, at: QPointF, angle: float, alpha: float) -> None:
        color = QColor(CUE)
        color.setAlphaF(alpha)
        s = self.unit * 2.0
        back = angle + math.pi
        path = QPainterPath(QPointF(at.x() + s * math.cos(back + 0.6), at.y() + s * math.sin(back + 0.6)))
        path.lineTo(at)
        path.lineTo(QPointF(at.x() + s * math.cos(back - 0.6), at.y() + s * math.sin(back - 0.6)))
        self._stroke(painter, path, self.unit * 0.7, color)

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

    def _glide(self, painter: QPainter) -> None:
        self._track_hint(painter)
        if self.direction in (Direction.ALTERNATE, Direction.ACROSS):
            t = 0.5 - 0.5 * math.cos(2 * math.pi * self.progress)
            at, angle = self.position_at(t)
            forward = math.sin(2 * math.pi * self.progress) >= 0
            self._chevron(painter, at, angle if forward else angle + math.pi, 1.0)
            return
        moving = self.direction != Direction.STILL
        for k in range(3):
            t = ((self.progress if moving else 0.25) + k / 3) % 1.0
            at, angle = self.position_at(t)
            self._chevron(painter, at, angle, max(0.15, math.sin(math.pi * t)))

    def _trace(self, painter: QPainter) -> None:
        self._track_hint(painter)
        t = self.progress if self.direction != Direction.STILL else 1.0
        trail = QPainterPath()
        for i in range(41):
            point, _ = self.position_at(t * i / 40)
            if i == 0:
                trail.moveTo(point)
            else:
                trail.lineTo(point)
        self._stroke(painter, trail, self.unit * 0.6)
        dot, _ = self.position_at(t)
        painter.setPen(QPen(HALO, 3))
        painter.setBrush(CUE)
        painter.drawEllipse(dot, self.unit * 0.9, self.unit * 0.9)

    def _fit(self, fraction: float, least: float, most: float) -> float:
        """A fraction of the zone's size, kept between `least` and `most` units."""
        return max(least * self.unit, min(most * self.unit, self.size * fraction))

    def _spin(self) -> float:
        return -1.0 if self.direction == Direction.COUNTERCLOCKWISE else 1.0

    def _circles(self, painter: QPainter) -> None:
        radius = self._fit(0.25, 2.0, 3.5)
        spin = self._spin()
        start = spin * 2 * math.pi * self.progress
        path, tip, angle = self._arc(self.centre, radius, start, spin * math.radians(290))
        self._stroke(painter, path, self.unit * 0.5)
        self._head(painter, tip, angle)

    def _rotate(self, painter: QPainter) -> None:
        radius = self._fit(0.45, 3.0, 7.0)
        spin = self._spin()
        start = -math.pi / 2 + spin * 2 * math.pi * self.progress
        path, tip, angle = self._arc(self.centre, radius, start, spin * math.radians(270))
        self._stroke(painter, path, self.unit * 0.65)
        self._head(painter, tip, angle)

    def _perpendicular(self) -> tuple[QPointF, float]:
        (x, y), angle = self.guide.point_at(0.5)
        return QPointF(x, y), angle + math.pi / 2

    def _friction(self, painter: QPainter) -> None:
        centre, across = self._perpendicular()
        half = self._fit(0.35, 2.5, 4.0)
        dx, dy = half * math.cos(across), half * math.sin(across)
        a, b = QPointF(centre.x() - dx, centre.y() - dy), QPointF(centre.x() + dx, centre.y() + dy)
        line = QPainterPath(a)
        line.lineTo(b)
        self._stroke(painter, line, self.unit * 0.4)
        self._head(painter, a, across + math.pi)
        self._head(painter, b, across)
        if self.direction != Direction.STILL:
            f = math.sin(2 * math.pi * self.progress)
            marker = QPointF(centre.x() + f * dx * 0.75, centre.y() + f * dy * 0.75)
            painter.setPen(QPen(HALO, 3))
            painter.setBrush(CUE)
            painter.drawEllipse(marker, self.unit * 0.8, self.unit * 0.8)

    def _knead(self, painter: QPainter) -> None:
        self._track_hint(painter)
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
                self._stroke(painter, mark, self.unit * 0.6)

    def _hold(self, painter: QPainter) -> None:
        radius = self._fit(0.25, 2.0, 3.0)
        faint = QColor(CUE)
        faint.setAlphaF(0.25)
        ring = QPainterPath()
        ring.addEllipse(self.centre, radius, radius)
        self._stroke(painter, ring, self.unit * 0.55, faint)
        if self.hold_progress is None:
            color = QColor(CUE)
            color.setAlphaF(0.45 + 0.55 * (0.5 - 0.5 * math.cos(2 * math.pi * self.progress)))
            self._stroke(painter, ring, self.unit * 0.55, color)
        elif self.hold_progress > 0:
            path, _, _ = self._arc(self.centre, radius, -math.pi / 2, 2 * math.pi * self.hold_progress)
            self._stroke(painter, path, self.unit * 0.55)
        painter.setPen(QPen(HALO, 3))
        painter.setBrush(CUE)
        painter.drawEllipse(self.centre, self.unit * 0.5, self.unit * 0.5)

    def _flex(self, painter: QPainter) -> None:
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
            self._stroke(painter, path, self.unit * 0.55, color)
            self._head(painter, tip, angle, color)
