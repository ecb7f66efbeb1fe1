"""A diagram item's drawing kept as one pixmap at the device resolution it is shown at.

Qt's own item caches (QGraphicsItem.CacheMode) keep their pixmaps in QPixmapCache, whose clean-up timer
then fires every 10–30 s for as long as anything is cached: a paused or idle window would never sleep.
This cache belongs to its item, so nothing runs while nothing is drawn. Like Qt's device cache, it is
drawn again only when the item's scale, mirroring or pixel ratio changes, or its look does (`clear`);
moving the item (a cue's marks travel every frame) only moves the pixmap.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QTransform

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


class Backdrop:
    """A view's background colour and artwork as one opaque pixmap of its viewport's device pixels.

    Every animation frame repaints the area the pulse and cues cover, and what lies beneath them is
    painted first: as a fill and a blended artwork pixmap, those two cost more than the pulse itself
    at 4K (issue 19). One opaque pixmap makes them a plain copy. It is drawn again only when what it
    shows changes (viewport size, zoom, mirroring, the artwork, colours); nothing runs while nothing
    is drawn, and nothing of it is in QPixmapCache (whose clean-up timer would wake the process).
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._pixmap: QPixmap | None = None
        self.renders = 0  # how often it was drawn (tests)

    def clear(self) -> None:
        self._key = self._pixmap = None

    def paint(self, painter: QPainter, size: QSize, colour: QColor, artwork: Artwork | None) -> None:
        """Paint the backdrop of a viewport `size` (device-independent pixels) wide and high: `colour`,
        then `artwork.paint` under the painter's (scene to viewport) transform."""
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
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QPoint(0, 0), self._pixmap)
        painter.restore()
