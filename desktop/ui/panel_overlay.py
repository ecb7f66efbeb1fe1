"""The zone panel laid over the diagram's edge, and the clicked zone kept marked while it is open.

In the layout, the panel took its width from the diagram when it opened, so the drawing shrank and
jumped under the pointer that had just clicked it. Over the diagram, nothing under the pointer moves;
the panel takes the side away from the zone it describes, so that zone stays in sight, marked with
a solid outline (DiagramView.set_selected_zone) until the panel closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QWidget

from desktop.ui.diagram_view import DiagramView
from desktop.ui.zone_panel import ZonePanel

MAX_SHARE = 0.46  # of the diagram area's width, so most of the drawing stays in view


class PanelOverlay(QObject):
    """Places `panel` over `area` (which holds `diagram`) and syncs the diagram's selected zone."""

    def __init__(self, area: QWidget, diagram: DiagramView, panel: ZonePanel) -> None:
        super().__init__(area)
        self._area = area
        self._diagram = diagram
        self._panel = panel
        panel.setParent(area)
        panel.hide()
        area.installEventFilter(self)
        panel.installEventFilter(self)
        diagram.zone_clicked.connect(diagram.set_selected_zone)
        panel.closed.connect(lambda: diagram.set_selected_zone(None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        resized = watched is self._area and kind == QEvent.Type.Resize and self._panel.isVisible()
        if resized or (watched is self._panel and kind == QEvent.Type.Show):
            self.place()
        elif watched is self._panel and kind == QEvent.Type.Hide:
            self._diagram.set_selected_zone(None)
        return False

    def place(self) -> None:
        """Full height, at the right edge, or the left edge when the selected zone lies under the right."""
        area, panel = self._area, self._panel
        width = max(panel.minimumWidth(), min(panel.PREFERRED_WIDTH, int(area.width() * MAX_SHARE)))
        width = min(width, area.width())
        x = area.width() - width
        zone = self._diagram.selected_zone
        if zone is not None and zone in self._diagram.zone_items():
            anchor = self._diagram.mapFromScene(self._diagram.zone_anchor(zone))
            at = self._diagram.viewport().mapTo(area, QPoint(anchor.x(), anchor.y()))
            if at.x() >= x - 24:
                x = 0
        panel.setGeometry(x, 0, width, area.height())
        panel.raise_()
