"""The history plot's before→after lines, drawn as filled bars of a fixed width in pixels.

A 3-pixel pen is stroked (outlined, then filled) by Qt's raster engine: at 10,000 sessions the two line
items took 16 of the plot's 24 ms to paint. Every one of these lines is vertical, so the same picture is a
rectangle per session, filled in one call: ~1 ms. One item per colour, whatever the number of sessions.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QRectF, Qt


class PairBars(pg.GraphicsObject):
    """Vertical bars from y0 to y1 at each x, `width_px` wide on screen at any zoom.

    `opts["pen"]` lets the plot's legend draw a sample line of the same colour and width.
    """

    def __init__(self, colour: str, width_px: float = 3.0) -> None:
        super().__init__()
        self._width = width_px
        self.set_colour(colour)
        self._xs = np.empty(0)
        self._y0 = np.empty(0)
        self._y1 = np.empty(0)
        self._rects = internals.PrimitiveArray(QRectF, 4)

    def set_colour(self, colour: str) -> None:
        """Draw the bars (and the legend's sample) in `colour` from now on (a theme change)."""
        self.opts = {"pen": pg.mkPen(colour, width=self._width), "antialias": False}
        self._brush = pg.mkBrush(colour)
        self.update()

    def setData(self, xs: np.ndarray, y0: np.ndarray, y1: np.ndarray) -> None:
        self.prepareGeometryChange()
        self._xs = np.asarray(xs, dtype=float)
        self._y0 = np.asarray(y0, dtype=float)
        self._y1 = np.asarray(y1, dtype=float)
        self.informViewBoundsChanged()
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """As a connect="pairs" line item holds them: each x twice, then y0 and y1 interleaved."""
        return np.repeat(self._xs, 2), np.column_stack((self._y0, self._y1)).ravel()

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None) -> tuple[float | None, float | None]:
        if not len(self._xs):
            return None, None
        if ax == 0:
            return float(self._xs.min()), float(self._xs.max())
        return float(min(self._y0.min(), self._y1.min())), float(max(self._y0.max(), self._y1.max()))

    def pixelPadding(self) -> float:
        return self._width / 2

    def boundingRect(self) -> QRectF:
        if not len(self._xs):
            return QRectF()
        (left, right), (low, high) = self.dataBounds(0), self.dataBounds(1)
        pad = self.pixelLength(pg.Point(1, 0)) or 0.0
        pad *= self._width
        return QRectF(left - pad, low, right - left + 2 * pad, high - low)  # type: ignore[operator]

    def paint(self, painter, *args) -> None:
        if not len(self._xs):
            return
        transform = painter.transform()  # data → device: a scale and a shift here (no rotation)
        xs = self._xs * transform.m11() + transform.dx()
        y0 = self._y0 * transform.m22() + transform.dy()
        y1 = self._y1 * transform.m22() + transform.dy()
        drawn = y0 != y1  # a pen draws nothing for a line of no length (the dots cover that spot)
        xs, y0, y1 = xs[drawn], y0[drawn], y1[drawn]
        self._rects.resize(len(xs))
        memory = self._rects.ndarray()
        memory[:, 0] = xs - self._width / 2
        memory[:, 1] = np.minimum(y0, y1) - self._width / 2  # as a pen's square cap reaches past each end
        memory[:, 2] = self._width
        memory[:, 3] = np.abs(y1 - y0) + self._width
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brush)
        painter.drawRects(*self._rects.drawargs())
        painter.restore()
