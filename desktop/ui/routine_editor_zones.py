"""The editor's preview: the step being edited on the diagram, with its motion cue, and its zones picked
from a list or by clicking the diagram (a click toggles the zone).

Signals:
    zones_changed(tuple): the step's zone ids after a pick, in catalogue order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from desktop.model.i18n import translate
from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.model.zones import ZoneCatalogue
from desktop.ui.diagram_view import DiagramView
from desktop.ui.routine_editor_fields import FieldBox
from desktop.ui.view_switcher import ViewSwitcher


def motion_of(pattern: str, direction: str) -> MotionCue | None:
    """The step's motion cue, or None while either half is not a known value (the form says why)."""
    try:
        return MotionCue(MotionPattern(pattern), Direction(direction))
    except ValueError:
        return None


class ZonePicker(QWidget):
    zones_changed = Signal(object)

    def __init__(self, catalogue: ZoneCatalogue) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._zones: tuple[str, ...] = ()
        self._motion: MotionCue | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            translate(
                "routine_editor_zones",
                "Click the drawing, or tick the list, to choose where this step works.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.switcher = ViewSwitcher()
        layout.addWidget(self.switcher)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        self.diagram = DiagramView(catalogue)
        self.diagram.setObjectName("editorDiagram")
        self.diagram.setAccessibleName(
            translate("routine_editor_zones", "Preview of the step: click a zone to add or remove it")
        )
        self.diagram.set_auto_view(False)  # the view only changes when the step or the person changes it
        splitter.addWidget(self.diagram)
        self.list = QListWidget()
        self.list.setObjectName("zoneList")
        self.list.setAccessibleName(translate("routine_editor_zones", "Zones of this step"))
        for zone in catalogue:
            item = QListWidgetItem(zone.name)
            item.setData(Qt.ItemDataRole.UserRole, zone.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.box = FieldBox(self.list, "zones")
        splitter.addWidget(self.box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.diagram.set_view("medial")
        self.switcher.set_current("medial")
        self.switcher.view_selected.connect(self._on_view)
        self.diagram.view_changed.connect(self.switcher.set_current)
        self.diagram.zone_clicked.connect(self.toggle)
        self.list.itemChanged.connect(self._on_item)
        self._filling = False

    def zone_ids(self) -> tuple[str, ...]:
        return self._zones

    def show_step(self, zones: Sequence[str], motion: MotionCue | None, *, new_step: bool) -> None:
        """Tick the step's zones and preview them with `motion`; a newly chosen step gets its best view."""
        self._zones = tuple(zones)
        self._motion = motion
        self._filling = True
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in self._zones
            state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self._filling = False
        if new_step and self._zones:
            best = self.diagram.best_view_for(self._zones)
            if best:
                self.diagram.set_view(best)
        self.diagram.highlight(self._zones, motion=motion)

    def toggle(self, zone_id: str) -> None:
        """A click on the diagram: add the zone, or take it away if the step has it already."""
        if zone_id in self._zones:
            chosen = tuple(z for z in self._zones if z != zone_id)
        else:
            chosen = tuple(z.id for z in self._catalogue if z.id in self._zones or z.id == zone_id)
        self.zones_changed.emit(chosen)

    def _on_item(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        ticked = {
            self.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        }
        self.zones_changed.emit(tuple(z.id for z in self._catalogue if z.id in ticked))

    def _on_view(self, view: str) -> None:
        self.diagram.set_view(view)
        self.diagram.highlight(self._zones, motion=self._motion)
