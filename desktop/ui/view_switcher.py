"""Four buttons choosing the diagram view: inner side, outer side, from behind, from the front."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from desktop.model.zones import VIEW_LABELS, VIEWS

BUTTON_TEXT = {"medial": "Inner", "lateral": "Outer", "posterior": "Behind", "anterior": "Front"}


class ViewSwitcher(QWidget):
    """A row of checkable buttons, one per view; exactly one is checked.

    Signals:
        view_selected(str): the person chose a view (not emitted by `set_current`).
    """

    view_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for view in VIEWS:
            button = QToolButton(self)
            button.setText(BUTTON_TEXT[view])
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolTip(f"Show the ankle {VIEW_LABELS[view].lower()}")
            button.setAccessibleName(f"{VIEW_LABELS[view]} view")
            button.setAccessibleDescription(f"Show the diagram of the ankle {VIEW_LABELS[view].lower()}")
            button.clicked.connect(lambda _checked=False, v=view: self.view_selected.emit(v))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[view] = button
        layout.addStretch(1)
        self.setAccessibleName("Diagram view")

    def button(self, view: str) -> QToolButton:
        return self._buttons[view]

    @property
    def current(self) -> str | None:
        checked = self._group.checkedButton()
        return next((v for v, b in self._buttons.items() if b is checked), None)

    def set_current(self, view: str) -> None:
        """Reflect the view shown (e.g. after the diagram switched views by itself)."""
        self._buttons[view].setChecked(True)

    def set_available(self, views: set[str] | frozenset[str]) -> None:
        """Disable buttons for views that have no usable diagram."""
        for view, button in self._buttons.items():
            button.setEnabled(view in views)
