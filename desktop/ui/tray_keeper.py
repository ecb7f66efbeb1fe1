"""Closing the window while reminders are on and the desktop has a tray hides it to the tray.

Reminders are only worth having if they keep coming after the window is closed: with a tray icon to
bring it back, closing the main window hides it instead of quitting (a session in progress is stopped
and saved as stopped early, as closing always did). The tray's menu opens the window again or quits.
Without a tray there would be no way back to a hidden window, so closing quits as before; the autostart
entry (`--reminders-only`) still brings reminders after the next login.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from desktop.model.i18n import translate


class TrayKeeper(QObject):
    """Watches the main window's close; `keep()` says whether the tray should keep the app running."""

    def __init__(self, window: QWidget, keep: Callable[[], bool], stop_session: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._keep = keep
        self._stop_session = stop_session
        self.quitting = False
        self.hidden_to_tray = False
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)

    def _on_quit(self) -> None:
        self.quitting = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        closing = watched is self._window and event.type() == QEvent.Type.Close
        if closing and not self.quitting and self._keep():
            self._stop_session()
            event.ignore()
            self._window.hide()
            self.hidden_to_tray = True
            return True
        return False

    def open_window(self) -> None:
        self.hidden_to_tray = False
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def quit(self) -> None:
        """Tray → Quit: close for real (the window's own close saves a session as stopped)."""
        self.quitting = True
        self._window.close()
        QApplication.quit()

    def menu_actions(self, parent: QObject) -> list[QAction]:
        """ "Open Ankle Guide" and "Quit", for the tray's menu."""
        open_action = QAction(translate("tray_keeper", "&Open Ankle Guide"), parent)
        open_action.triggered.connect(self.open_window)
        quit_action = QAction(translate("tray_keeper", "&Quit"), parent)
        quit_action.triggered.connect(self.quit)
        return [open_action, quit_action]
