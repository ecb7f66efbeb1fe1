"""Zone name labels: a fixed size on screen whatever the zoom or mirroring, nudged apart so none overlap."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.model.i18n import translate
from desktop.model.zones import Zone
from desktop.ui.pixel_cache import PixelCache


class ZoneLabel(QGraphicsItem):
    """A zone's name in a small box, a fixed size on screen whatever the zoom or mirroring.

    The item sits at the zone's anchor point; `offset` (device pixels) moves the box away from
    the anchor to avoid other labels, with a thin leader line back to a dot on the anchor.
    """

    PADDING = 4.0

    def __init__(self, zone: Zone, caution: bool = False) -> None:
        super().__init__()
        self.zone = zone
        self.text = (
            translate("zone_labels", "{name} (glide only)").format(name=zone.name) if caution else zone.name
        )
        self.font = QFont()
        self.font.setPointSizeF(max(9.0, self.font.pointSizeF()))
        self.font.setBold(True)
        metrics = QFontMetricsF(self.font)
        self._text_rect = metrics.boundingRect(self.text)
        self.size = (self._text_rect.width() + 2 * self.PADDING, metrics.height() + 2 * self.PADDING)
        self.offset = QPointF(0, 0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # Drawn once into a pixmap (its own, desktop.ui.pixel_cache): an animation frame that repaints
        # the area under a label blits it instead of laying out and anti-aliasing its text again.
        self._pixels = PixelCache()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def box(self) -> QRectF:
        """The label box in item (device-pixel) coordinates, centred on the offset."""
        w, h = self.size
        return QRectF(self.offset.x() - w / 2, self.offset.y() - h / 2, w, h)

    def set_offset(self, offset: QPointF) -> None:
        if offset != self.offset:
            self.prepareGeometryChange()
            self.offset = offset
            self._pixels.clear()  # the cached picture shows the old box and leader line
            self.update()

    def boundingRect(self) -> QRectF:
        return self.box().united(QRectF(-4, -4, 8, 8)).adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._pixels.paint(painter, self.boundingRect(), self._draw)

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.box()
        if self.offset.manhattanLength() > 1:
            painter.setPen(QPen(QColor(40, 40, 40, 200), 1.2))
            painter.drawLine(QPointF(0, 0), box.center())
        painter.setPen(QPen(QColor(40, 40, 40), 1.0))
        painter.setBrush(QColor(40, 40, 40))
        painter.drawEllipse(QPointF(0, 0), 2.5, 2.5)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.setPen(QPen(QColor(90, 90, 90), 1.0))
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(self.font)
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)


def layout_labels(
    labels: Iterable[ZoneLabel], to_screen: Callable[[QPointF], QPointF], screen: QRectF
) -> None:
    """Give each label the nearest offset whose box stays on screen and clear of boxes placed before.

    Labels are placed in the order given (smallest zones first reads best: their labels stay on them).
    """
    placed: list[QRectF] = []
    for label in labels:
        anchor = to_screen(label.pos())
        w, h = label.size
        choice = QPointF(0, 0)
        for dx, dy in _offsets(h + 4, w):
            box = QRectF(anchor.x() + dx - w / 2, anchor.y() + dy - h / 2, w, h)
            if screen.contains(box) and not any(box.intersects(other) for other in placed):
                choice = QPointF(dx, dy)
                break
        label.set_offset(choice)
        placed.append(QRectF(anchor.x() + choice.x() - w / 2, anchor.y() + choice.y() - h / 2, w, h))


def _offsets(step: float, width: float) -> list[tuple[float, float]]:
    """Candidate (dx, dy) offsets, nearest first: on the anchor, then above/below, then beside."""
    offsets = [(0.0, 0.0)]
    for k in range(1, 6):
        offsets += [(0.0, -k * step), (0.0, k * step)]
    for k in range(4):
        for dx in (width * 0.6, -width * 0.6):
            offsets += [(dx, -k * step), (dx, k * step)]
    return offsets
