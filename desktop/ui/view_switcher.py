"""Four buttons choosing the diagram view: inner side, outer side, from behind, from the front."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.zones import VIEWS

BUTTON_TEXT = {
    "medial": QT_TRANSLATE_NOOP("view_switcher", "Inner"),
    "lateral": QT_TRANSLATE_NOOP("view_switcher", "Outer"),
    "posterior": QT_TRANSLATE_NOOP("view_switcher", "Behind"),
    "anterior": QT_TRANSLATE_NOOP("view_switcher", "Front"),
}
# Whole phrases per view (translated where shown): German cannot splice the view's name into a sentence.
_TIPS = {
    "medial": QT_TRANSLATE_NOOP("view_switcher", "Show the ankle inner side"),
    "lateral": QT_TRANSLATE_NOOP("view_switcher", "Show the ankle outer side"),
    "posterior": QT_TRANSLATE_NOOP("view_switcher", "Show the ankle from behind"),
    "anterior": QT_TRANSLATE_NOOP("view_switcher", "Show the ankle from the front"),
}
_NAMES = {
    "medial": QT_TRANSLATE_NOOP("view_switcher", "Inner side view"),
    "lateral": QT_TRANSLATE_NOOP("view_switcher", "Outer side view"),
    "posterior": QT_TRANSLATE_NOOP("view_switcher", "From behind view"),
    "anterior": QT_TRANSLATE_NOOP("view_switcher", "From the front view"),
}
_DESCRIPTIONS = {
    "medial": QT_TRANSLATE_NOOP("view_switcher", "Show the diagram of the ankle inner side"),
    "lateral": QT_TRANSLATE_NOOP("view_switcher", "Show the diagram of the ankle outer side"),
    "posterior": QT_TRANSLATE_NOOP("view_switcher", "Show the diagram of the ankle from behind"),
    "anterior": QT_TRANSLATE_NOOP("view_switcher", "Show the diagram of the ankle from the front"),
}


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
            button.setText(translate("view_switcher", BUTTON_TEXT[view]))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolTip(translate("view_switcher", _TIPS[view]))
            button.setAccessibleName(translate("view_switcher", _NAMES[view]))
            button.setAccessibleDescription(translate("view_switcher", _DESCRIPTIONS[view]))
            button.clicked.connect(lambda _checked=False, v=view: self.view_selected.emit(v))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[view] = button
        layout.addStretch(1)
        self.setAccessibleName(translate("view_switcher", "Diagram view"))

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
