"""The diagram's artwork: the whole SVG drawn as vectors onto exactly the zones' coordinate space.

The zones and guides groups are invisible in every diagram (svg_guard insists), so drawing the whole
file shows only the artwork, and no element-bounds arithmetic can shift it off the zones (QtSvg's
boundsOnElement ignores parent transforms). One QSvgRenderer per file is shared by every view.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem

from desktop.model.anatomy import ViewGeometry


@lru_cache(maxsize=8)
def shared_renderer(source: bytes) -> QSvgRenderer:
    """One renderer per diagram file (the bytes svg_guard passed), shared by every DiagramView."""
    return QSvgRenderer(QByteArray(source))


def artwork_item(geometry: ViewGeometry) -> QGraphicsSvgItem:
    """A vector artwork item covering 0,0..width,height in scene (= svgelements px) coordinates."""
    renderer = shared_renderer(geometry.source)
    item = QGraphicsSvgItem()
    item.setSharedRenderer(renderer)
    # Re-rendered per zoom level and device pixel ratio, so it stays crisp; the pulse then only
    # repaints zone items over a cached pixmap. The default 1024x768 cap would disable the cache
    # on a fullscreen follow-along view.
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    item.setMaximumCacheSize(QSize(4096, 4096))
    size = renderer.defaultSize()
    if size.width() > 0 and size.height() > 0:
        item.setTransform(
            QTransform.fromScale(geometry.width / size.width(), geometry.height / size.height())
        )
    item.setZValue(-1)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item
