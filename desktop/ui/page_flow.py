"""Flowing text and pictures down printed pages (QPdfWriter or QPrinter): the printed card and the
history report share it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter

_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


def font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class PageFlow:
    """Blocks down the pages of `device`, a new page when the next block does not fit. Every length is
    in the device's own pixels, from its resolution, so a 1200 dpi printer and a 150 dpi PDF agree."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device = device
        self.painter = painter
        self.area = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
        self.area.moveTo(0, 0)
        self.y = 0.0
        self.pages = 1
        self.tall = self.area.height()  # room enough for any block; text is measured, not clipped

    def room(self, height: float) -> None:
        if self.y + height > self.area.height() and self.y > 0:
            self.device.newPage()
            self.pages += 1
            self.y = 0.0

    def text(self, text: str, font: QFont, rect: QRectF, color: QColor | None = None) -> float:
        """Draw wrapped text in `rect` (top-left aligned); returns the height it took."""
        self.painter.setFont(font)
        self.painter.setPen(color or QColor("#1d1d1d"))
        bounds = self.painter.boundingRect(rect, _WRAP, text)
        self.painter.drawText(rect, _WRAP, text)
        return min(bounds.height(), rect.height())

    def measure(self, text: str, font: QFont, width: float) -> float:
        self.painter.setFont(font)
        return self.painter.boundingRect(QRectF(0, 0, width, self.area.height() * 4), _WRAP, text).height()

    def gap(self, lines: float) -> float:
        return self.device.resolution() * 0.16 * lines
