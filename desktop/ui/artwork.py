"""The diagram's artwork: the whole SVG drawn onto exactly the zones' coordinate space, kept as a pixmap.

The zones and guides groups are invisible in every diagram (svg_guard insists), so drawing the whole
file shows only the artwork, and no element-bounds arithmetic can shift it off the zones (QtSvg's
boundsOnElement ignores parent transforms). One QSvgRenderer per file is shared by every view.

The SVG is rendered once per size it is shown at, into a pixmap of exactly the device pixels it covers;
every later paint (the pulse, a motion cue, coming back to this view) copies pixels. The left foot is the
same pixmap mirrored, so switching feet renders nothing. Qt's own item caches do not fit: the device
cache is dropped when the view is mirrored or its scene swapped, and the item-coordinate cache with a
fixed size draws at the wrong scale in Qt 6.11. The running app also keeps the drawing on disk
(`use_disk_cache`, desktop.qt.artwork_cache): the next start reads it back instead of drawing the SVG,
and parses the SVG only when it must draw it.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.model.anatomy import ViewGeometry
from desktop.qt.artwork_cache import ArtworkCache

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

_MAX_PIXELS = 4096 * 4096  # larger than any screen: draw vectors directly instead of caching
_disk_cache: ArtworkCache | None = None


def use_disk_cache(cache: ArtworkCache | None) -> None:
    """Keep drawings in `cache` from now on (the app sets its own; tests and tools draw afresh)."""
    global _disk_cache
    _disk_cache = cache


@lru_cache(maxsize=8)
def shared_renderer(source: bytes) -> QSvgRenderer:
    """One renderer per diagram file (the bytes svg_guard passed), shared by every DiagramView."""
    from PySide6.QtSvg import QSvgRenderer  # loaded only to draw: a start usually reads the disk cache

    return QSvgRenderer(QByteArray(source))


class ArtworkItem(QGraphicsItem):
    """The artwork over 0,0..width,height in scene (= zone) coordinates, painted from a pixel cache."""

    def __init__(self, source: bytes, width: float, height: float) -> None:
        super().__init__()
        self._source = source  # the SVG's bytes (svg_guard passed them); parsed on the first drawing
        self._bounds = QRectF(0, 0, width, height)
        self._size: tuple[int, int, float] | None = None  # device width, height, pixel ratio cached
        self._pixmaps: dict[bool, QPixmap] = {}  # mirrored? -> pixmap
        self.renders = 0  # how often the SVG itself was drawn into the cache (tests, benchmarks)
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def renderer(self) -> QSvgRenderer:
        return shared_renderer(self._source)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        device = transform.mapRect(self._bounds)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        width, height = round(device.width()), round(device.height())
        plain = transform.m12() == 0 and transform.m21() == 0 and transform.m22() > 0
        if not plain or width <= 0 or height <= 0 or width * height * ratio * ratio > _MAX_PIXELS:
            self.renderer().render(painter, self._bounds)  # rotated, flipped upside down or huge: vectors
            return
        pixmap = self._pixmap(width, height, ratio, mirrored=transform.m11() < 0)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QPoint(round(device.left()), round(device.top())), pixmap)
        painter.restore()

    def _pixmap(self, width: int, height: int, ratio: float, *, mirrored: bool) -> QPixmap:
        if self._size != (width, height, ratio):
            self._size = (width, height, ratio)
            self._pixmaps.clear()
        if mirrored not in self._pixmaps:
            if (not mirrored) in self._pixmaps:  # the other foot's pixmap, flipped: no SVG drawing
                image = self._pixmaps[not mirrored].toImage().flipped(Qt.Orientation.Horizontal)
            else:
                image = self._drawn(width, height, ratio)
                if mirrored:
                    image = image.flipped(Qt.Orientation.Horizontal)
            image.setDevicePixelRatio(ratio)
            self._pixmaps[mirrored] = QPixmap.fromImage(image)
        return self._pixmaps[mirrored]

    def _drawn(self, width: int, height: int, ratio: float) -> QImage:
        """The artwork at these device pixels: read back from the disk cache, or drawn (and kept)."""
        pixels_wide, pixels_high = math.ceil(width * ratio), math.ceil(height * ratio)
        cache = _disk_cache
        image = cache.load(self._source, pixels_wide, pixels_high) if cache is not None else None
        if image is None:
            image = self._render(pixels_wide, pixels_high)
            if cache is not None:
                cache.remember(self._source, image)
        return image

    def _render(self, pixels_wide: int, pixels_high: int) -> QImage:
        image = QImage(pixels_wide, pixels_high, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.renderer().render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        self.renders += 1
        return image


def artwork_item(geometry: ViewGeometry) -> ArtworkItem:
    """The artwork item for one view, sized to the zones' coordinate space."""
    return ArtworkItem(geometry.source, geometry.width, geometry.height)
