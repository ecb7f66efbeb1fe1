"""Motion cues drawn over a zone, driven only by MotionCue data and a progress value.

The item holds no timer: the DiagramView's single animation clock sets `progress` (0..1, looping),
so stopping that one clock freezes every cue (invariant 2); `set_still()` shows a rest pose with the
arrows in place. "Up" follows the zone's guide from its distal end (toes) to its proximal end (knee);
"down" runs it backwards. What each pattern draws is a pure function of the frame
(desktop.ui.cue_patterns); this item caches and shows those frames.

What a frame costs (desktop.ui.cue_shapes): the item itself draws nothing; Qt draws its child path
items. The marks that never move (the dashed track, a fixed ring or line) are one cached item, `track`,
that the overlay lays under every cue's moving marks; glide chevrons are cached sprites moved by whole
pixels; the rest of a frame is outlined once and kept, since the clock steps through the same frames
every loop. Only what changes is repainted.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.model.anatomy import GuidePath, ZoneShape
from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.ui import cue_patterns
from desktop.ui.cue_patterns import CUE, HALO, CueFrame
from desktop.ui.cue_shapes import FixedMarks, GuideWalk, Shapes, ShapeStack, Sprite, TurnedMarks, chevron

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

_CACHED_FRAMES = 240  # per cue: a loop at the diagram's frame rates, plus a few hold-progress frames


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
        walk = GuideWalk(guide)
        mid, _ = walk.point_at(0.5)
        self.centre = QPointF(*shape.interior_point(mid))
        bx, by, bw, bh = shape.bbox
        self.size = max(16.0, min(bw, bh))
        track = QPainterPath()
        track.addPolygon(QPolygonF([QPointF(x, y) for x, y in guide.points]))
        self._base = CueFrame(cue.pattern, guide, walk, track, self.centre, self.size, unit, cue.direction)
        rect = QRectF(bx, by, bw, bh).united(track.boundingRect())
        reach = max(self.size * 0.5, 8 * unit) + 2 * unit
        self._bounds = rect.united(
            QRectF(self.centre.x() - reach, self.centre.y() - reach, 2 * reach, 2 * reach)
        )
        self._bounds.adjust(-2 * unit, -2 * unit, 2 * unit, 2 * unit)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)  # the children draw
        self._frames: dict[tuple[object, ...], Shapes] = {}
        self.track = FixedMarks(cue_patterns.fixed_marks(self._base))  # the overlay adds it under the cues
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

    def frame(self) -> CueFrame:
        """This moment's frame: the cue's geometry with its progress, direction and pose."""
        return self._base._replace(
            direction=self.direction,
            progress=self.progress,
            still=self.still,
            hold_progress=self.hold_progress,
        )

    def position_at(self, t: float) -> tuple[QPointF, float]:
        """Point and travel angle at fraction t of the stroke, honouring up/down."""
        return self.frame().position_at(t)

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
        return cue_patterns.draw(self.frame())
