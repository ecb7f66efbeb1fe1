"""The follow-along controls: a bar of big buttons that shows on a mouse move and hides ~3 s later.

While the session waits for the person (idle or paused) the bar simply stays, with no timer. The pointer
is hidden with the bar, so it never sits over the countdown. "Stop — this hurts" is the exception: it
stands apart at the right of the strip and stays on screen the whole time (safety first).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.model.commands import tooltip
from desktop.model.i18n import translate
from desktop.ui.follow_along_parts import HURTS, TEXT, TEXT_LABEL, css_px

HIDE_CONTROLS_MS = 3000


def hud_button(text: str, tip: str) -> QPushButton:
    """A big flat button that never takes keyboard focus (so Space always means pause, not "click")."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])  # the words, without the key
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ControlsBar(QFrame):
    """The row of buttons, every one also on a key, floating over the bottom strip of its window.

    Signals (no arguments): toggle_clicked, previous_clicked, next_clicked, add_time_clicked,
    stop_clicked, hurts_clicked, leave_clicked.
    """

    toggle_clicked = Signal()
    previous_clicked = Signal()
    next_clicked = Signal()
    add_time_clicked = Signal()
    stop_clicked = Signal()
    hurts_clicked = Signal()
    leave_clicked = Signal()
    shown_changed = Signal(bool)  # the bar appeared (True) or went away (False)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("followControls")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        self.previous_button = hud_button(
            translate("follow_along_controls", "‹ Previous"), tooltip("previous")
        )
        self.toggle_button = hud_button(
            translate("follow_along_controls", "Pause"),
            tooltip("start_pause", translate("follow_along_controls", "Pause or resume")),
        )
        self.next_button = hud_button(translate("follow_along_controls", "Next ›"), tooltip("next"))
        self.add_time_button = hud_button(translate("follow_along_controls", "+10 s"), tooltip("add_time"))
        self.stop_button = hud_button(
            translate("follow_along_controls", "■ Stop"),
            tooltip("stop", translate("follow_along_controls", "Stop the session")),
        )
        # Not in the bar's row: a child of the window, so hiding the bar never hides it.
        self.hurts_button = hud_button(
            translate("follow_along_controls", "⚠ Stop — this hurts"), tooltip("hurts")
        )
        self.hurts_button.setObjectName("hurts")
        self.hurts_button.setParent(window)
        self.hurts_button.clicked.connect(self.hurts_clicked)
        self.hurts_button.hide()
        self.leave_button = hud_button(
            translate("follow_along_controls", "✕ Leave"),
            tooltip("leave", translate("follow_along_controls", "Leave full screen")),
        )
        for button, signal in (
            (self.previous_button, self.previous_clicked),
            (self.toggle_button, self.toggle_clicked),
            (self.next_button, self.next_clicked),
            (self.add_time_button, self.add_time_clicked),
            (self.stop_button, self.stop_clicked),
            (self.leave_button, self.leave_clicked),
        ):
            button.clicked.connect(signal)
            row.addWidget(button)
        self.hide_timer = QTimer(self)  # single-shot, started only by a mouse move
        self.hide_timer.setObjectName("follow_hide_controls")
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(HIDE_CONTROLS_MS)
        self.hide_timer.timeout.connect(self._on_hide_timeout)
        self._watching = False
        self._recent = False  # the mouse moved within the last HIDE_CONTROLS_MS
        self._allowed = False  # the window is fullscreen on its running page
        self._waiting = False  # idle or paused: stay without a timer
        self._dock = QRect()
        self.hide()
        # No look until the window applies its screen's unit (at its first resize, before it is shown):
        # sizing the buttons at a stand-in unit would load font engines of a size never drawn (issue 19).

    def buttons(self) -> list[QPushButton]:
        """Every control, the always-visible "this hurts" button included."""
        return [*self.findChildren(QPushButton), self.hurts_button]

    # ---- showing and hiding ----------------------------------------------------------------------

    def watch_mouse(self, on: bool) -> None:
        """Notice mouse moves over any part of the window (children included) while `on`."""
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        self._watching = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
            self.hide_timer.stop()
            self._recent = False
            self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isAncestorOf, not `watched.window() is ...`: asking a Qt-made widget for its window could
        # wrap a parentless top-level with `watched` as its Python parent (see desktop/qt/screens.py).
        if event.type() == QEvent.Type.MouseMove and isinstance(watched, QWidget):
            window = self.window()
            if watched is window or window.isAncestorOf(watched):
                self.mouse_moved()
        return False

    def mouse_moved(self) -> None:
        """Show the bar (and the pointer) until HIDE_CONTROLS_MS after the last move."""
        if not self._watching:
            return
        self._recent = True
        self.hide_timer.start()
        self._update()

    def set_mode(self, *, allowed: bool, waiting: bool, started: bool, toggle_text: str) -> None:
        """`allowed`: fullscreen on the running page; `waiting`: idle or paused, so the bar stays;
        `started`: running or paused, so there is time to add and a session to stop."""
        self._allowed, self._waiting = allowed, waiting
        self.toggle_button.setText(toggle_text)
        self.add_time_button.setEnabled(started)
        self.stop_button.setEnabled(started)
        self._update()

    def set_dock(self, rect: QRect) -> None:
        """The strip of the window (window coordinates) the bar covers when shown."""
        self._dock = QRect(rect)
        if self.isVisible():
            self._place()

    def _on_hide_timeout(self) -> None:
        self._recent = False
        self._update()

    def _update(self) -> None:
        show = self._allowed and (self._recent or self._waiting)
        if show != self.isVisible():
            self.setVisible(show)
            self.shown_changed.emit(show)
        if self._allowed != self.hurts_button.isVisible():
            self.hurts_button.setVisible(self._allowed)
        if self._allowed:
            self._place()
        if show:
            self.raise_()
        if self._allowed:
            self.hurts_button.raise_()
        window = self.window()
        hide_pointer = self._allowed and not show
        window.setCursor(Qt.CursorShape.BlankCursor if hide_pointer else Qt.CursorShape.ArrowCursor)

    def reserved_right(self) -> int:
        """Width at the right end of the dock that "Stop — this hurts" keeps for itself."""
        return self.hurts_button.sizeHint().width() + 2 * 8

    def _place(self) -> None:
        """ "This hurts" at the right end of the strip; the bar centred in what is left of it."""
        parent = self.parentWidget()
        if parent is None or self._dock.isEmpty():
            return
        margin = 8
        hurts_width = self.hurts_button.sizeHint().width()
        hurts_height = min(self.hurts_button.sizeHint().height(), self._dock.height())
        self.hurts_button.setGeometry(
            parent.width() - hurts_width - margin,
            self._dock.top() + (self._dock.height() - hurts_height) // 2,
            hurts_width,
            hurts_height,
        )
        room = parent.width() - hurts_width - 3 * margin
        width = min(self.sizeHint().width(), room)
        self.setGeometry(margin + (room - width) // 2, self._dock.top(), width, self._dock.height())

    # ---- looks -----------------------------------------------------------------------------------

    def apply_unit(self, unit: float) -> None:
        px = css_px(unit, TEXT_LABEL)
        pad_v, pad_h = round(unit * 0.9), round(unit * 1.6)
        layout = self.layout()
        layout.setContentsMargins(round(unit * 1.2), round(unit), round(unit * 1.2), round(unit))
        layout.setSpacing(round(unit))
        self.setStyleSheet(
            f"QFrame#followControls {{ background: rgba(24, 33, 38, 235); border: 1px solid #3a4a52;"
            f" border-radius: {round(unit * 1.4)}px; }}"
            f" QPushButton {{ color: {TEXT}; background: #26343c; border: 2px solid #4b5f69;"
            f" border-radius: {round(unit * 0.9)}px; padding: {pad_v}px {pad_h}px; font-size: {px}px;"
            f" font-weight: bold; }}"
            f" QPushButton:hover {{ background: #31444e; }}"
            f" QPushButton:pressed {{ background: #3b525e; }}"
            f" QPushButton:disabled {{ color: #6f7f87; border-color: #33424a; }}"
        )
        self.hurts_button.setStyleSheet(
            f"QPushButton#hurts {{ color: {HURTS}; background: #2a1f22; border: 2px solid {HURTS};"
            f" border-radius: {round(unit * 0.9)}px; padding: {pad_v}px {pad_h}px; font-size: {px}px;"
            f" font-weight: bold; }}"
            f" QPushButton#hurts:hover {{ background: #3a2a2e; }}"
        )
        self.hurts_button.adjustSize()
        self.adjustSize()
