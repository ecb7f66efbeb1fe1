"""Clicking a DiagramView's zones with the mouse: exact-shape hits, and what counts as a click.

The pointer's counterpart of desktop.ui.zone_keyboard, kept apart from the view for the same reason: the
view draws, these say what a press means. A zone is hit by its exact shape (invariant 3), never by its
bounding box; where zones overlap the topmost, i.e. smallest, wins (the scene stacks them by area). A
click is a press and a release on the same zone, so a drag that starts on one zone and ends on another
opens neither; a press and release on no zone is an empty click (it closes the zone panel).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent

from desktop.ui.zone_item import ZoneItem


class ZonePointerMixin:
    """Mixed into DiagramView (before QGraphicsView), which provides the `zone_clicked` and
    `empty_clicked` signals and `items()`."""

    _pressed_zone: str | None = None  # "" for a press on no zone; None when no press is pending

    def _zone_at(self, pos: QPoint) -> str | None:
        """The topmost (smallest) zone whose exact shape contains the viewport point."""
        for item in self.items(pos):
            if isinstance(item, ZoneItem):
                return item.zone_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_zone = self._zone_at(event.position().toPoint()) or ""
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._pressed_zone is not None:
            zone = self._zone_at(event.position().toPoint()) or ""
            pressed, self._pressed_zone = self._pressed_zone, None
            if zone and zone == pressed:
                self.zone_clicked.emit(zone)
            elif not zone and not pressed:
                self.empty_clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the first click of the pair already counted
