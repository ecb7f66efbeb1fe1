"""The injury check's diagram: one side view with only the Ottawa palpation points, exact and clickable.

The same artwork and zone shapes as the main diagram (desktop.ui.diagram_scene with `palpation=True`),
so a point is hit by its exact shape; the left foot is the right-foot drawing mirrored, as everywhere.

Signals:
    point_clicked(str): the zone id of the palpation point pressed and released on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView, QWidget

from desktop.model.anatomy import ViewGeometry, load_view
from desktop.model.i18n import translate
from desktop.model.zones import ZoneCatalogue, load_catalogue
from desktop.ui.diagram_scene import BuiltView, build_view_scene
from desktop.ui.zone_item import ZoneItem

PALPATION_VIEWS = ("lateral", "medial")  # the views that draw the points (assets/svg/README.md)


class PalpationView(QGraphicsView):
    point_clicked = Signal(str)

    def __init__(
        self,
        catalogue: ZoneCatalogue | None = None,
        loader: Callable[[str], ViewGeometry] = load_view,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue or load_catalogue()
        self._loader = loader
        self._built: dict[str, BuiltView] = {}
        self._view = ""
        self._side = "right"
        self._pressed: str | None = None
        self._current: str | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName(translate("palpation_view", "Injury check diagram"))
        self.set_view(PALPATION_VIEWS[0])

    def sizeHint(self) -> QSize:
        return QSize(360, 460)

    @property
    def view_name(self) -> str:
        return self._view

    def set_view(self, view: str) -> None:
        if view not in self._built:
            built = build_view_scene(self._loader(view), self._catalogue, parent=self, palpation=True)
            for label in built.labels.values():
                label.setVisible(False)  # the check's own text names the point; labels would crowd it
            self._built[view] = built
        self._view = view
        self.setScene(self._built[view].scene)
        self._show_current()
        self._fit()

    def set_side(self, side: str) -> None:
        self._side = side
        self._fit()

    def point_items(self) -> dict[str, ZoneItem]:
        """The palpation points of the view shown, by zone id."""
        return dict(self._built[self._view].items)

    def view_for(self, zone_id: str) -> str | None:
        zone = self._catalogue.get(zone_id)
        return next((v for v in PALPATION_VIEWS if zone and v in zone.views), None)

    def set_current(self, zone_id: str | None) -> None:
        """Glow on the point to press now (switching to the view that shows it)."""
        self._current = zone_id
        view = self.view_for(zone_id) if zone_id else None
        if view and view != self._view:
            self.set_view(view)
        self._show_current()

    def _show_current(self) -> None:
        for item_id, item in self.point_items().items():
            current = item_id == self._current
            # Every point is tinted so all can be seen; the one to press now glows with a solid outline.
            item.set_state(highlighted=current, selected=current, tint=0.0 if current else 0.45)

    # -- clicks: the exact shape under the pointer, as in the main diagram

    def _point_at(self, pos) -> str | None:
        scene_pos = self.mapToScene(pos)
        hits = [i for i in self.scene().items(scene_pos) if isinstance(i, ZoneItem) and i.contains(scene_pos)]
        return min(hits, key=lambda i: i.area).zone_id if hits else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._point_at(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point, pressed, self._pressed = self._point_at(event.position().toPoint()), self._pressed, None
            if point and point == pressed:
                self.point_clicked.emit(point)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        rect, viewport = scene.sceneRect(), self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        # The points sit on the ankle and foot: show the lower half of the drawing, larger.
        rect = rect.adjusted(0, rect.height() * 0.45, 0, 0)
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        mirror = -1.0 if self._side == "left" else 1.0
        self.setTransform(QTransform.fromScale(mirror * scale, scale))
        self.centerOn(rect.center())
