"""Motion cues drawn over a zone, driven only by MotionCue data and a progress value.

The item holds no timer: the DiagramView's single animation clock sets `progress` (0..1, looping),
so stopping that one clock freezes every cue (invariant 2); `set_still()` shows a rest pose with the
arrows in place. "Up" follows the zone's guide from its distal end (toes) to its proximal end (knee);
"down" runs it backwards.

What a frame costs (desktop.ui.cue_shapes): the item itself draws nothing; Qt draws its child path
items. The marks that never move (the dashed track, a fixed ring or line) are cached children; glide
chevrons are cached sprites moved by whole pixels; the rest of a frame is outlined once and kept,
since the clock steps through the same frames every loop. Only what changes is repainted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.model.anatomy import GuidePath, ZoneShape
from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.ui.cue_shapes import GuideWalk, Shapes, ShapeStack, Sprite, TurnedMarks, chevron

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
_TRACKED = (MotionPattern.GLIDE, MotionPattern.TRACE, MotionPattern.KNEAD)  # show the dashed guide


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
        self.unit = unit
        self._walk = GuideWalk(guide)
        mid, self._mid_angle = self._walk.point_at(0.5)
        self.centre = QPointF(*shape.interior_point(mid))
        bx, by, bw, bh = shape.bbox
        self.size = max(16.0, min(bw, bh))
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
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)  # the children draw
        self._frames: dict[tuple[object, ...], Shapes] = {}
        ShapeStack(self, z=-1, cached=True).show(self._fixed_marks())
        self._moving = ShapeStack(self, z=0)
        self._sprites: list[Sprite] = []
        self._chevrons: TurnedMarks | None = None
        self._to_device: QTransform | None = None
        self._from_device = QTransform()
        self._frame = Shapes()
        self._show_frame()

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

    def set_device_transform(self, transform: QTransform) -> None:
        """Scene to viewport pixels: sprites then move by whole pixels, which keeps their cache valid
        (a cached item moved by a fraction of a pixel is drawn again)."""
        inverse, invertible = transform.inverted()
        self._to_device, self._from_device = (transform, inverse) if invertible else (None, QTransform())
        for frame in self._frames.values():
            frame.snapped = None
        self._place_sprites(self._frame)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass  # never called: the item has no contents of its own

    def position_at(self, t: float) -> tuple[QPointF, float]:
        """Point and travel angle at fraction t of the stroke, honouring up/down."""
        backwards = self.direction == Direction.DOWN
        (x, y), angle = self._walk.point_at(1 - t if backwards else t)
        return QPointF(x, y), angle + (math.pi if backwards else 0.0)

    # -- frames

    def _frame_key(self) -> tuple[object, ...]:
        hold = None if self.hold_progress is None else round(self.hold_progress, 3)
        return (self.still, round(self.progress, 4), self.direction, hold)

    def _frame_for_state(self) -> Shapes:
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
        self._frame = frame
        self._moving.show(frame)
        self._place_sprites(frame)

    def _place_sprites(self, frame: Shapes) -> None:
        if frame.snapped is None:  # whole device pixels, worked out once per frame and view size
            frame.snapped = []
            for x, y, angle, opacity in frame.sprites:
                if self._to_device is not None:
                    at = self._to_device.map(QPointF(x, y))
                    at = self._from_device.map(QPointF(round(at.x()), round(at.y())))
                    x, y = at.x(), at.y()
                frame.snapped.append((x, y, angle, opacity))
        while len(self._sprites) < len(frame.snapped):
            if self._chevrons is None:
                self._chevrons = chevron(self.unit, HALO, CUE)
            self._sprites.append(Sprite(self, self._chevrons, z=1))
        for sprite, placement in zip(self._sprites, frame.snapped, strict=False):
            sprite.place(*placement)
        for sprite in self._sprites[len(frame.snapped) :]:
            sprite.hide()

    def _draw_frame(self) -> Shapes:
        frame = Shapes()
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
        return frame.merged()

    def _fixed_marks(self) -> Shapes:
        """The marks that are the same in every frame, drawn once into the cached layer underneath."""
        marks = Shapes()
        pattern = self.cue.pattern
        if pattern in _TRACKED:
            pen = QPen(CUE, self.unit * 0.35, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
            faint = QColor(CUE)
            faint.setAlphaF(0.45)
            marks.fill(QPainterPathStroker(pen).createStroke(self._track), faint)
        elif pattern == MotionPattern.FRICTION:
            centre, across, dx, dy = self._friction_line()
            a, b = QPointF(centre.x() - dx, centre.y() - dy), QPointF(centre.x() + dx, centre.y() + dy)
            line = QPainterPath(a)
            line.lineTo(b)
            self._stroke(marks, line, self.unit * 0.4)
            self._head(marks, a, across + math.pi)
            self._head(marks, b, across)
        elif pattern == MotionPattern.HOLD:
            faint = QColor(CUE)
            faint.setAlphaF(0.25)
            self._stroke(marks, self._hold_ring(), self.unit * 0.55, faint)
            self._dot(marks, self.centre, self.unit * 0.5)
        return marks.merged()

    # -- drawing helpers: everything is stroked twice, a white halo under the colour, for contrast

    def _stroke(self, frame: Shapes, path: QPainterPath, width: float, color: QColor = CUE) -> None:
        frame.stroke(path, QPen(HALO, width + 4, Qt.PenStyle.SolidLine, *_ROUND))
        frame.stroke(path, QPen(color, width, Qt.PenStyle.SolidLine, *_ROUND))

    def _head(self, frame: Shapes, tip: QPointF, angle: float, color: QColor = CUE) -> None:
        path = QPainterPath()
        path.addPolygon(_arrow_head(tip, angle, self.unit * 1.6))
        path.closeSubpath()
        frame.stroke(path, QPen(HALO, 4, Qt.PenStyle.SolidLine, *_ROUND))
        frame.fill(path, color)

    def _dot(self, frame: Shapes, centre: QPointF, radius: float) -> None:
        """A filled cue-coloured dot with a thin white rim."""
        path = QPainterPath()
        path.addEllipse(centre, radius, radius)
        frame.fill(path, CUE)
        frame.stroke(path, QPen(HALO, 3))

    def _chevron(self, frame: Shapes, at: QPointF, angle: float, alpha: float) -> None:
        frame.sprites.append((at.x(), at.y(), angle, alpha))

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

    def _glide(self, frame: Shapes) -> None:
        back_and_forth = self.direction in (Direction.ALTERNATE, Direction.ACROSS)
        if self.still and back_and_forth:  # one chevron each way: the stroke goes both ways
            for t, turn in ((0.3, math.pi), (0.7, 0.0)):
                at, angle = self.position_at(t)
                self._chevron(frame, at, angle + turn, 1.0)
            return
        if self.still and self.direction != Direction.STILL:  # brightening towards where the hands go
            for t, alpha in ((0.25, 0.55), (0.5, 0.78), (0.75, 1.0)):
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

    def _trace(self, frame: Shapes) -> None:
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

    def _circles(self, frame: Shapes) -> None:
        radius = self._fit(0.25, 2.0, 3.5)
        spin = self._spin()
        start = spin * 2 * math.pi * self.progress
        path, tip, angle = self._arc(self.centre, radius, start, spin * math.radians(290))
        self._stroke(frame, path, self.unit * 0.5)
        self._head(frame, tip, angle)

    def _rotate(self, frame: Shapes) -> None:
        radius = self._fit(0.45, 3.0, 7.0)
        spin = self._spin()
        start = -math.pi / 2 + spin * 2 * math.pi * self.progress
        path, tip, angle = self._arc(self.centre, radius, start, spin * math.radians(270))
        self._stroke(frame, path, self.unit * 0.65)
        self._head(frame, tip, angle)

    def _friction_line(self) -> tuple[QPointF, float, float, float]:
        """Centre, angle across the guide, and half the stroke's extent (dx, dy)."""
        (x, y), angle = self._walk.point_at(0.5)
        across = angle + math.pi / 2
        half = self._fit(0.35, 2.5, 4.0)
        return QPointF(x, y), across, half * math.cos(across), half * math.sin(across)

    def _friction(self, frame: Shapes) -> None:
        centre, _, dx, dy = self._friction_line()  # the line and its two heads are fixed marks
        if self.direction != Direction.STILL:
            f = math.sin(2 * math.pi * self.progress)
            marker = QPointF(centre.x() + f * dx * 0.75, centre.y() + f * dy * 0.75)
            self._dot(frame, marker, self.unit * 0.8)

    def _knead(self, frame: Shapes) -> None:
        squeeze = 0.5 - 0.5 * math.cos(2 * math.pi * self.progress)
        gap = self._fit(0.3, 1.8, 3.5) * (1.0 - 0.4 * squeeze)
        for t in (0.35, 0.65):
            (x, y), along = self._walk.point_at(t)
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

    def _hold_ring(self) -> QPainterPath:
        ring = QPainterPath()
        radius = self._fit(0.25, 2.0, 3.0)
        ring.addEllipse(self.centre, radius, radius)
        return ring

    def _hold(self, frame: Shapes) -> None:
        # the faint ring and the centre dot are fixed marks; this is the breathing or filling ring
        if self.hold_progress is None:
            color = QColor(CUE)
            color.setAlphaF(0.45 + 0.55 * (0.5 - 0.5 * math.cos(2 * math.pi * self.progress)))
            self._stroke(frame, self._hold_ring(), self.unit * 0.55, color)
        elif self.hold_progress > 0:
            radius = self._fit(0.25, 2.0, 3.0)
            path, _, _ = self._arc(self.centre, radius, -math.pi / 2, 2 * math.pi * self.hold_progress)
            self._stroke(frame, path, self.unit * 0.55)

    def _flex(self, frame: Shapes) -> None:
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
