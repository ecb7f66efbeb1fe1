"""A diagram item's drawing kept as one pixmap at the device resolution it is shown at.

Qt's own item caches (QGraphicsItem.CacheMode) keep their pixmaps in QPixmapCache, whose clean-up timer
then fires every 10–30 s for as long as anything is cached: a paused or idle window would never sleep.
This cache belongs to its item, so nothing runs while nothing is drawn. Like Qt's device cache, it is
drawn again only when the item's scale, mirroring or pixel ratio changes, or its look does (`clear`);
moving the item (a cue's marks travel every frame) only moves the pixmap.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QRegion, QTransform

from desktop.ui import theme

_MAX_PIXELS = 4096 * 4096  # anything larger is drawn directly


class Artwork(Protocol):
    def paint(self, painter: QPainter, option: object, widget: object) -> None: ...


class PixelCache:
    """Call `paint(painter, bounds, draw)` from the item's paint(); `draw(painter)` paints the item."""

    def __init__(self) -> None:
        self._key: tuple[float, ...] | None = None
        self._pixmap: QPixmap | None = None
        self._offset = QPoint()
        self.renders = 0  # how often `draw` ran into the cache (tests)

    def clear(self) -> None:
        """The item looks different now: draw it again at the next paint."""
        self._pixmap = None

    def paint(self, painter: QPainter, bounds: QRectF, draw: Callable[[QPainter], None]) -> None:
        # Called for every cached item of every animation frame: plain floats, no enum or point wrappers.
        world = painter.worldTransform()
        if world.m12() or world.m21() or world.m13() or world.m23():  # rotated, sheared or projected
            draw(painter)
            return
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (world.m11(), world.m22(), ratio, bounds.x(), bounds.y(), bounds.width(), bounds.height())
        key += (theme.generation(),)  # a new theme's colours: draw again
        if key != self._key or self._pixmap is None:
            if not self._render(world, bounds, ratio, draw):
                draw(painter)
                return
            self._key = key
        x, y = round(world.dx()) + self._offset.x(), round(world.dy()) + self._offset.y()  # the item's origin
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(x, y, self._pixmap)
        painter.restore()

    def _render(
        self, world: QTransform, bounds: QRectF, ratio: float, draw: Callable[[QPainter], None]
    ) -> bool:
        scale = QTransform(world.m11(), 0, 0, world.m22(), 0, 0)  # the item's look, without its position
        local = scale.mapRect(bounds)
        left, top = math.floor(local.left()), math.floor(local.top())
        width, height = math.ceil(local.right()) - left, math.ceil(local.bottom()) - top
        if width <= 0 or height <= 0 or width * height * ratio * ratio > _MAX_PIXELS:
            return False
        image = QImage(
            math.ceil(width * ratio), math.ceil(height * ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.fill(Qt.GlobalColor.transparent)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        painter.translate(-left, -top)
        painter.setWorldTransform(scale, True)
        draw(painter)
        painter.end()
        self._pixmap = QPixmap.fromImage(image)
        self._offset = QPoint(left, top)
        self.renders += 1
        return True


class Layer(Protocol):
    """What a Backdrop needs of the layer it composes over itself (desktop.ui.zone_item.LitGroup)."""

    bounds: QRectF  # scene units

    def opacity(self) -> float: ...
    def look(self) -> tuple[object, ...]: ...
    def composable(self) -> bool: ...
    def alone(self) -> bool: ...
    def set_composed(self, composed: bool) -> None: ...
    def paint(self, painter: QPainter) -> None: ...


class Overlay(Protocol):
    """Marks that never move, drawn over the layer (desktop.ui.cue_shapes.FixedMarks)."""

    @property
    def bounds(self) -> QRectF: ...
    def isVisible(self) -> bool: ...
    def paint_marks(self, painter: QPainter) -> None: ...
    def set_composed(self, composed: bool) -> None: ...


_MAX_FRAMES = 16  # composed pulse frames kept: a beat's levels at the frame rates used (7 at 10 fps)


class Backdrop:
    """A view's background colour and artwork as one opaque pixmap of its viewport's device pixels.

    Every animation frame repaints the area the pulse and cues cover, and what lies beneath them is
    painted first: as a fill and a blended artwork pixmap, those two cost more than the pulse itself
    at 4K (issue 19). One opaque pixmap makes them a plain copy. It is drawn again only when what it
    shows changes (viewport size, zoom, mirroring, the artwork, colours); nothing runs while nothing
    is drawn, and nothing of it is in QPixmapCache (whose clean-up timer would wake the process).

    The pulsing lit layer can be composed over it too: the backdrop with the layer blended at one
    opacity, kept as one more opaque image per opacity the pulse shows. A frame then copies that
    image where it used to copy the backdrop and blend ~0.7 Mpx over it at 4K (the blend was most
    of a frame's cost, spread over Qt's worker threads). The pulse has a few levels that recur every
    beat (desktop.ui.diagram_animation.pulse_level), so each is blended once per step, not per frame.
    The layer then paints nothing itself (`set_composed`); it asks for this only while nothing is
    drawn between it and the backdrop (`composable`), so what the screen shows is the same. The cues'
    marks that never move (`overlays`, just above the zones) are composed over the layer too while no
    other zone draws anything between them (`alone`): each was a tall, mostly clear pixmap blended at
    every frame.
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._pixmap: QPixmap | None = None
        self._frames: dict[float, QImage] = {}  # composed frames by the layer's opacity (drawn as they are)
        self._frames_key: tuple[object, ...] | None = None
        self.renders = 0  # how often it was drawn (tests)
        self.composed = 0  # how often a pulse frame was composed (tests)

    def clear(self) -> None:
        self._key = self._pixmap = None
        self.drop_frames()

    def drop_frames(self) -> None:
        """Forget the composed pulse frames (the pulse stopped: their memory is not needed)."""
        self._frames.clear()
        self._frames_key = None

    def paint(
        self,
        painter: QPainter,
        size: QSize,
        colour: QColor,
        artwork: Artwork | None,
        exposed: QRectF | None = None,
        layer: Layer | None = None,
        overlays: Sequence[Overlay] = (),
    ) -> None:
        """Paint the backdrop of a viewport `size` (device-independent pixels) wide and high: `colour`,
        then `artwork.paint` under the painter's (scene to viewport) transform; with `layer` (and the
        `overlays` over it), those composed over it where they lie (`exposed`: the scene area being
        repainted)."""
        world = painter.worldTransform()
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        place = (world.m11(), world.m12(), world.m21(), world.m22(), world.dx(), world.dy())
        key = (size.width(), size.height(), ratio, colour.rgba(), theme.generation(), artwork, *place)
        if key != self._key or self._pixmap is None:
            image = QImage(
                math.ceil(size.width() * ratio), math.ceil(size.height() * ratio), QImage.Format.Format_RGB32
            )
            image.setDevicePixelRatio(ratio)
            image.fill(colour)
            if artwork is not None:
                canvas = QPainter(image)
                canvas.setRenderHints(painter.renderHints())
                canvas.setWorldTransform(world)
                artwork.paint(canvas, None, None)
                canvas.end()
            self._pixmap = QPixmap.fromImage(image)
            self._key = key
            self.renders += 1
        frame = None
        if layer is not None:
            marks = [mark for mark in overlays if mark.isVisible()] if overlays and layer.alone() else []
            frame = self._frame(painter, world, ratio, size, layer, marks) if layer.composable() else None
            layer.set_composed(frame is not None)
            for mark in overlays:
                mark.set_composed(False)
            for mark in marks if frame is not None else ():
                mark.set_composed(True)
        painter.save()
        painter.resetTransform()
        if frame is None:
            painter.drawPixmap(QPoint(0, 0), self._pixmap)
        else:
            at, image = frame
            # the backdrop only where the repainted area reaches past the composed frame
            shown = QRect(at, QSize(round(image.width() / ratio), round(image.height() / ratio)))
            area = world.mapRect(exposed).toAlignedRect() if exposed is not None else QRect(QPoint(), size)
            for strip in QRegion(area).subtracted(QRegion(shown)):
                source = QRectF(strip.topLeft() * ratio, strip.size() * ratio)
                painter.drawPixmap(QRectF(strip), self._pixmap, source)
            painter.drawImage(at, image)
        painter.restore()

    def _frame(
        self,
        painter: QPainter,
        world: QTransform,
        ratio: float,
        size: QSize,
        layer: Layer,
        marks: Sequence[Overlay],
    ) -> tuple[QPoint, QImage] | None:
        """The backdrop with `layer` blended at its opacity and `marks` over it, over their (whole-pixel)
        area, or None where a plain copy could not match what Qt draws (a rotated view, a fractional
        pixel ratio)."""
        if world.m12() or world.m21() or ratio != round(ratio) or self._pixmap is None:
            return None
        bounds = layer.bounds
        for mark in marks:
            bounds = bounds.united(mark.bounds)
        area = world.mapRect(bounds)
        left, top = math.floor(area.left()), math.floor(area.top())
        rect = QRect(left, top, math.ceil(area.right()) - left, math.ceil(area.bottom()) - top)
        rect = rect.intersected(QRect(QPoint(), size))
        if rect.isEmpty():
            return None
        key = (
            self._key,
            layer.look(),
            tuple(map(id, marks)),
            rect.x(),
            rect.y(),
            rect.width(),
            rect.height(),
        )
        if key != self._frames_key:
            self._frames.clear()
            self._frames_key = key
        opacity = layer.opacity()
        image = self._frames.get(opacity)
        if image is None:
            if len(self._frames) >= _MAX_FRAMES:
                self._frames.clear()
            pixels = rect.size() * ratio
            image = QImage(pixels.width(), pixels.height(), QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(ratio)
            canvas = QPainter(image)
            canvas.drawPixmap(QPoint(-rect.x(), -rect.y()), self._pixmap)
            canvas.setRenderHints(painter.renderHints())
            # the painter Qt gives the layer's item: the view's transform and the item's opacity
            canvas.setWorldTransform(world * QTransform.fromTranslate(-rect.x(), -rect.y()))
            canvas.setOpacity(opacity)
            layer.paint(canvas)
            canvas.setOpacity(1.0)
            for mark in marks:
                mark.paint_marks(canvas)
            canvas.end()
            self._frames[opacity] = image  # kept as an image: no conversion, and a copy draws it
            self.composed += 1
        return rect.topLeft(), image
