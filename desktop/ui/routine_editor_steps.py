"""The editor's step list: pick a step, add or remove one, reorder by dragging or with Alt+↑ / Alt+↓.

Signals (plain data; the editor changes the routine and then calls `show_steps`):
    selected(int): the step at this row is now the one being edited.
    add_requested(): add a step after the current one.
    remove_requested(int): remove the step at this row.
    moved(int, int): move the step at the first row to the second (a drag, a button or a key).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model.i18n import translate
from desktop.model.routine_edit import EditStep
from desktop.ui import layouts
from desktop.ui.routine_editor_fields import FieldBox


class StepListPanel(QWidget):
    selected = Signal(int)
    add_requested = Signal()
    remove_requested = Signal(int)
    moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("stepList")
        self.list.setAccessibleName(
            translate("routine_editor_steps", "Steps (Alt+Up and Alt+Down move the selected step)")
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.box = FieldBox(self.list, "steps")  # "add at least one step" and the like go under it
        layout.addWidget(self.box, 1)
        buttons = layouts.row(layout)
        self.add_button = QPushButton(translate("routine_editor_steps", "&Add step"))
        self.remove_button = QPushButton(translate("routine_editor_steps", "Remo&ve"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(translate("routine_editor_steps", "Move the step up (Alt+Up)"))
        self.down_button.setToolTip(translate("routine_editor_steps", "Move the step down (Alt+Down)"))
        self.up_button.setAccessibleName(translate("routine_editor_steps", "Move step up"))
        self.down_button.setAccessibleName(translate("routine_editor_steps", "Move step down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button.clicked.connect(lambda: self._emit_current(self.remove_requested.emit))
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button.clicked.connect(lambda: self._shift(+1))
        self.list.installEventFilter(self)  # Alt+Up / Alt+Down move the selected step
        self.list.currentRowChanged.connect(self._on_row)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self._filling = False

    @property
    def current(self) -> int:
        return self.list.currentRow()

    def show_steps(self, steps: Sequence[EditStep], current: int, flagged: set[int]) -> None:
        """One row per step, "⚠" on those with a problem; `current` selected."""
        self._filling = True
        while self.list.count() > len(steps):
            self.list.takeItem(self.list.count() - 1)
        while self.list.count() < len(steps):
            self.list.addItem(QListWidgetItem())
        untitled = translate("routine_editor_steps", "(untitled step)")
        for row, step in enumerate(steps):
            mark = "⚠ " if row in flagged else ""
            self.list.item(row).setText(f"{mark}{row + 1}. {step.title or step.id or untitled}")
        if 0 <= current < len(steps):
            self.list.setCurrentRow(current)
        self.remove_button.setEnabled(bool(steps))
        self.up_button.setEnabled(current > 0)
        self.down_button.setEnabled(0 <= current < len(steps) - 1)
        self._filling = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            delta = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: +1}.get(event.key())
            if alt and delta:
                self._shift(delta)
                return True
        return super().eventFilter(watched, event)

    def _on_row(self, row: int) -> None:
        if not self._filling and row >= 0:
            self.selected.emit(row)

    def _emit_current(self, signal) -> None:
        if self.current >= 0:
            signal(self.current)

    def _shift(self, delta: int) -> None:
        row = self.current
        if row >= 0 and 0 <= row + delta < self.list.count():
            self.moved.emit(row, row + delta)

    def _on_rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        """A drag dropped a row: `row` is where it went in the old numbering."""
        if self._filling:
            return
        target = row if row < start else row - 1
        if target != start:
            self.moved.emit(start, target)
