"""The main window's keyboard rules, so a person can do everything without a mouse.

- Space is start/pause wherever the focus is, except in text fields and lists (there it types or
  selects, as everywhere else on the desktop). Hands are busy and oily during a massage: one big key
  that always does the same thing matters more than pressing the focused button.
- Enter (Return or the keypad's Enter) presses the focused button; Qt does that only in dialogs.
- Esc closes the zone panel from anywhere in the window (dialogs close on Esc by themselves).
- Tab reaches the session controls first (Start, Previous, Next, ...), then the routine choices,
  the step list, the view switcher and the diagram, which is ONE stop: the arrow keys move between its
  zones (desktop.ui.zone_keyboard). The window starts with the focus on Start, so it is visible at once.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QWidget

SPACE_RULE = (
    "Space starts, pauses and resumes the session wherever the keyboard focus is, except in a text field "
    "or a list; Enter presses the focused button; Esc closes the zone panel or the open dialog."
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def keeps_space(widget: QWidget | None) -> bool:
    """Widgets where Space means what it means everywhere: typing, or choosing in a list."""
    # imported here, at the first Space: PySide builds each class, with its enums, when first named
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox | QAbstractItemView):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class KeyboardRules(QObject):
    """An event filter that applies the rules above to one window's widgets.

    It sits on the window and on whichever of its widgets has the keyboard focus (keys go there), moving
    with the focus, rather than on the whole application: an application-wide Python filter is called
    for every event of every object, and the first events of Qt's private objects (the window's
    platform window, style helpers) make PySide build a Python class for each of the hundreds of Qt
    classes while it looks for theirs, about 20 ms before the first paint.
    """

    def __init__(
        self,
        window: QWidget,
        start_pause: Callable[[], object],
        close_panel: Callable[[], bool],
        first_focus: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._first_focus = first_focus  # focused when the window is first shown
        self._start_pause = start_pause
        self._close_panel = close_panel  # True when a panel was open and is now closed
        self._focused: QWidget | None = None
        window.installEventFilter(self)  # Show, and keys while no widget has the focus
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Move the filter to the widget that now gets the keys, if it is in this window."""
        self._unwatch()
        if new is not None and new is not self._window and new.window() is self._window:
            new.installEventFilter(self)
            self._focused = new

    def _unwatch(self) -> None:
        focused, self._focused = self._focused, None
        if focused is not None:
            with contextlib.suppress(RuntimeError):  # a widget already gone took its filters with it
                focused.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self._window and self._first_focus is not None:
            self._first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            self._first_focus = None
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() not in _PLAIN or event.isAutoRepeat():
            return False
        key = event.key()
        if key == Qt.Key.Key_Space and not keeps_space(watched):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # ours: no shortcut, and the KeyPress comes here next
                return True
            self._start_pause()
            return True
        pressed = kind == QEvent.Type.KeyPress
        if key in _ENTER and pressed and isinstance(watched, QAbstractButton) and watched.isEnabled():
            watched.animateClick()
            return True
        if key == Qt.Key.Key_Escape and kind == QEvent.Type.ShortcutOverride and self._close_panel():
            event.accept()
            return True
        return False

    def remove(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._follow_focus)
        self._unwatch()
        self._window.removeEventFilter(self)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in this order (hidden or disabled ones are skipped by Qt as it goes)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def install(window) -> KeyboardRules:
    """Apply the rules to the main window: tab order, first focus, Space, Enter and Esc."""
    ui, timer = window.ui, window.ui.timer_panel
    session = [
        timer.start_pause_button, timer.previous_button, timer.next_button, timer.restart_button,
        timer.add_time_button, timer.stop_button, timer.hurts_button,
    ]  # fmt: skip
    # the "Before you start" card stands in the step list's place until read (one of the two is shown)
    card = [ui.preparation_card.done_button]
    choices = [ui.routine_box, *ui.side_buttons.buttons(), ui.pace_box, *card, ui.step_list.view()]
    views = [ui.view_switcher.button(v) for v in _views(ui.view_switcher)]
    chain_tab_order([*session, *choices, *views, ui.diagram])

    def close_panel() -> bool:
        if ui.zone_panel.isVisible():
            ui.zone_panel.close_panel()
            ui.diagram.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    return KeyboardRules(window, window.start_or_toggle, close_panel, timer.start_pause_button)


def _views(switcher) -> list[str]:
    from desktop.model.zones import VIEWS

    return [v for v in VIEWS if switcher.button(v) is not None]
