"""Pre-drawn pieces of a motion cue, shown by plain QGraphicsPathItems so an animation frame costs a few
setter calls and blits, not Python paint calls or wide strokes.

- `Shapes`: filled outlines in paint order. Every wide stroke is turned into its outline once
  (QPainterPathStroker) when a frame is first drawn; showing the frame again reuses the outlines.
- `ShapeStack`: shows a Shapes as a stack of child QGraphicsPathItems (drawn by Qt itself: no Python
  per paint).
- `FixedMarks`: the marks that never move (the dashed track), one item and one device-pixel cache, laid
  under all cues' moving marks; composed with the pulse while the pulse is (desktop.ui.pixel_cache).
- `Sprite`: one moving mark (a chevron, its halo and colour together) placed each frame by position and
  opacity, from one device-pixel cache. It is never rotated as an item (a rotated item's cache is slower
  than none): it swaps to the mark pre-turned to the nearest whole SPRITE_TURN_DEG, so its cache is
  redrawn only on such a step, and it moves by whole device pixels (the cue snaps it), so the cache stays
  valid as it moves.
- `GuideWalk`: points along a guide by arc length with a binary search instead of a walk from the start.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from desktop.model.anatomy import GuidePath
from desktop.ui.pixel_cache import PixelCache

SPRITE_TURN_DEG = 6.0  # half of this is the most a chevron's drawn angle differs from the guide's
_NO_PEN = QPen(Qt.PenStyle.NoPen)


class Shapes:
    """Filled outlines in paint order, the area they cover, and where each sprite sits.

    `sprites` holds (x, y, angle in radians, opacity) per sprite, for the cue to place its Sprites."""

    __slots__ = ("bounds", "ops", "snapped", "sprites")

    def __init__(self) -> None:
        self.ops: list[tuple[QPainterPath, QBrush]] = []
        self.bounds = QRectF()
        self.sprites: list[tuple[float, float, float, float]] = []
        self.snapped: list[tuple[float, float, float, float]] | None = None  # sprites in whole pixels

    def fill(self, path: QPainterPath, color: QColor) -> None:
        # Two arguments: one-argument QBrush() makes PySide build QGradient's class and its five enums to
        # weigh that overload (~1.5 ms before the first paint; issue 19).
        self.ops.append((path, QBrush(color, Qt.BrushStyle.SolidPattern)))
        self.bounds = self.bounds.united(path.boundingRect())

    def stroke(self, path: QPainterPath, pen: QPen) -> None:
        """The pen's outline as a fill: stroked once here, never again when the shapes are shown."""
        self.fill(QPainterPathStroker(pen).createStroke(path), pen.color())

    def merged(self) -> Shapes:
        """The same marks with one fill per colour, colours in order of first use (every mark starts
        with its white halo, so all halos lie under all colours). Each fill is one raster operation,
        and Qt hands large ones to worker threads: a handful per frame costs far less than dozens."""
        groups: dict[int, tuple[list[QPainterPath], QBrush]] = {}
        for path, brush in self.ops:
            groups.setdefault(brush.color().rgba(), ([], brush))[0].append(path)
        result = Shapes()
        for paths, brush in groups.values():
            if len(paths) == 1:
                result.ops.append((paths[0], brush))
                continue
            merged = paths[0]
            for path in paths[1:]:
                merged = merged.united(path)  # a true union: overlapping outlines never cancel out
            result.ops.append((merged, brush))
        result.bounds = QRectF(self.bounds)
        result.sprites = self.sprites
        return result


def _path_item(parent: QGraphicsItem, z: float) -> QGraphicsPathItem:
    item = QGraphicsPathItem(parent)
    item.setPen(_NO_PEN)
    item.setZValue(z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


class ShapeStack:
    """Shows Shapes as child path items of `parent`, stacked at `z` in paint order; unused ones hide."""

    def __init__(self, parent: QGraphicsItem, z: float) -> None:
        self._parent = parent
        self._z = z
        self._items: list[QGraphicsPathItem] = []
        self._shown: list[tuple[int, int]] = []  # ids of the path and brush each item shows

    def show(self, shapes: Shapes) -> None:
        while len(self._items) < len(shapes.ops):
            self._items.append(_path_item(self._parent, self._z))
            self._shown.append((0, 0))
        for i, (path, brush) in enumerate(shapes.ops):
            item = self._items[i]
            if self._shown[i] != (id(path), id(brush)):  # frames are kept, so their objects recur
                self._shown[i] = (id(path), id(brush))
                item.setPath(path)
                item.setBrush(brush)
            if not item.isVisible():
                item.setVisible(True)
        for i in range(len(shapes.ops), len(self._items)):
            if self._items[i].isVisible():
                self._items[i].setVisible(False)
                self._shown[i] = (0, 0)


class _MarkItem(QGraphicsItem):
    """All layers of one mark (halo under colour) in one item and one pixel cache: one blit a frame."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._shapes = Shapes()
        self._pixels = PixelCache()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_shapes(self, shapes: Shapes, pixels: PixelCache) -> None:
        """Show `shapes` from `pixels`, the cache kept with them (shared by every sprite showing them)."""
        self.prepareGeometryChange()
        self._shapes = shapes
        self._pixels = pixels
        self.update()

    def boundingRect(self) -> QRectF:
        return self._shapes.bounds

    def paint(self, painter, option, widget=None) -> None:
        self._pixels.paint(painter, self._shapes.bounds, self._draw)

    def _draw(self, painter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_NO_PEN)
        for path, brush in self._shapes.ops:
            painter.fillPath(path, brush)


class FixedMarks(_MarkItem):
    """A cue's marks that never move (the dashed track, a fixed ring or line), under every cue's moving
    marks: an item of its own in the scene, just beneath the cues (desktop.ui.cue_overlay).

    While the lit zones are composed over the view's backdrop, these marks are composed with them
    (desktop.ui.pixel_cache.Backdrop) and paint nothing themselves (`composed`): a frame then copies
    them with the pulse instead of blending a tall, mostly clear pixmap of each (issue 19).
    """

    def __init__(self, shapes: Shapes) -> None:
        super().__init__()
        self.composed = False
        self.set_shapes(shapes, PixelCache())

    @property
    def bounds(self) -> QRectF:
        return self._shapes.bounds

    def paint(self, painter, option, widget=None) -> None:
        if not self.composed:
            super().paint(painter, option, widget)

    def paint_marks(self, painter: QPainter) -> None:
        """Draw the marks with `painter` (the view's transform), as `paint` would."""
        self._pixels.paint(painter, self._shapes.bounds, self._draw)

    def set_composed(self, composed: bool) -> None:
        self.composed = composed

    def _draw(self, painter) -> None:
        # Without anti-aliasing, as these marks were always drawn into their cache: the same pixels.
        painter.setPen(_NO_PEN)
        for path, brush in self._shapes.ops:
            painter.fillPath(path, brush)


class Sprite:
    """A mark drawn around its own origin as one cached child item of `parent`; hidden until placed."""

    def __init__(self, parent: QGraphicsItem, marks: TurnedMarks, z: float) -> None:
        self._marks = marks
        self._turn: float | None = None
        self._opacity = -1.0
        self.root = _MarkItem(parent)
        self.root.setZValue(z)
        self.root.setVisible(False)

    def place(self, x: float, y: float, angle: float, opacity: float) -> None:
        turn = round(math.degrees(angle) / SPRITE_TURN_DEG) * SPRITE_TURN_DEG % 360
        if turn != self._turn:
            self._turn = turn
            self.root.set_shapes(*self._marks.turned_with_pixels(turn))
        self.root.setPos(x, y)
        if opacity != self._opacity:
            self._opacity = opacity
            self.root.setOpacity(opacity)
        if not self.root.isVisible():
            self.root.setVisible(True)

    def hide(self) -> None:
        if self.root.isVisible():
            self.root.setVisible(False)


class TurnedMarks:
    """One mark, drawn pointing along +x, and its copies turned by whole degrees (made when first asked).

    Each turn keeps its pixel cache too: a chevron gliding along a curved guide swaps turns every few
    frames, and drawing the turn again at each swap was ~17 renders a second in follow-along."""

    def __init__(self, path: QPainterPath, pens: list[QPen]) -> None:
        self._path = path
        self._pens = pens
        self._turned: dict[float, Shapes] = {}
        self._pixels: dict[float, PixelCache] = {}

    def turned_with_pixels(self, degrees: float) -> tuple[Shapes, PixelCache]:
        """The turned mark and the pixel cache every sprite showing it draws from."""
        shapes = self.turned(degrees)
        pixels = self._pixels.get(degrees)
        if pixels is None:
            pixels = self._pixels[degrees] = PixelCache()
        return shapes, pixels

    def turned(self, degrees: float) -> Shapes:
        shapes = self._turned.get(degrees)
        if shapes is None:
            path = QTransform().rotate(degrees).map(self._path)
            shapes = self._turned[degrees] = Shapes()
            for pen in self._pens:
                shapes.stroke(path, pen)
        return shapes


class GuideWalk:
    """`GuidePath.point_at` by binary search over cumulative lengths: same points, same angles."""

    def __init__(self, guide: GuidePath) -> None:
        self.points = guide.points
        cumulative = [0.0]
        for a, b in zip(self.points, self.points[1:], strict=False):
            cumulative.append(cumulative[-1] + math.dist(a, b))
        self._cumulative = cumulative
        self.length = cumulative[-1]

    def point_at(self, t: float) -> tuple[tuple[float, float], float]:
        """(point, direction angle in radians) at fraction t of the length, 0 = distal end."""
        target = max(0.0, min(1.0, t)) * self.length
        cumulative, points = self._cumulative, self.points
        i = max(1, bisect_left(cumulative, target))
        while i < len(cumulative) and cumulative[i] - cumulative[i - 1] <= 0:
            i += 1  # a zero-length segment: the walk skips it too
        if i >= len(cumulative):
            a, b = points[-2], points[-1]
            return b, math.atan2(b[1] - a[1], b[0] - a[0])
        a, b = points[i - 1], points[i]
        f = (target - cumulative[i - 1]) / (cumulative[i] - cumulative[i - 1])
        return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f), math.atan2(b[1] - a[1], b[0] - a[0])


def chevron(unit: float, halo: QColor, color: QColor) -> TurnedMarks:
    """A chevron pointing along +x with its tip on the origin, white halo under the colour."""
    size = unit * 2.0
    path = QPainterPath(QPointF(size * math.cos(math.pi + 0.6), size * math.sin(math.pi + 0.6)))
    path.lineTo(QPointF(0, 0))
    path.lineTo(QPointF(size * math.cos(math.pi - 0.6), size * math.sin(math.pi - 0.6)))
    cap, join = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    pens = [
        QPen(halo, unit * 0.7 + 4, Qt.PenStyle.SolidLine, cap, join),
        QPen(color, unit * 0.7, Qt.PenStyle.SolidLine, cap, join),
    ]
    return TurnedMarks(path, pens)
