"""Follow-along as the app shows it: made when first opened, fullscreen over the main window, which hides
meanwhile and gets its place back when follow-along is left.

desktop.ui.follow_along (and the screen-saver inhibitor) are imported when it is first opened: the first
paint of the main window needs neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect

from desktop.model.settings import AppSettings
from desktop.model.zones import ZoneCatalogue
from desktop.qt.session_controller import SessionController

if TYPE_CHECKING:  # only for annotations: importing them would load follow-along at start-up
    from desktop.ui.follow_along import FollowAlongWindow
    from desktop.ui.main_window import MainWindow


class FollowAlongHost:
    """Owns the one follow-along window of the app and the hand-over between it and the main window."""

    def __init__(self, main: MainWindow, controller: SessionController, catalogue: ZoneCatalogue) -> None:
        self.main = main
        self.controller = controller
        self.catalogue = catalogue
        self.window: FollowAlongWindow | None = None
        self._main_geometry = QRect()

    def open(self) -> FollowAlongWindow:
        """Show follow-along fullscreen on the main window's screen, and hide the main window."""
        if self.window is None:
            from desktop.qt.screensaver import make_inhibitor
            from desktop.ui.follow_along import FollowAlongWindow

            self.window = FollowAlongWindow(
                self.controller,
                self.catalogue,
                settings=self.main.settings,
                inhibitor=make_inhibitor(),
                gate=self.main.gate,
            )
            self.window.left.connect(self._give_back)
            # Ctrl+Q quits from here too: the main window, hidden meanwhile, cannot take shortcuts.
            self.window.addAction(self.main.menu_actions.quit)
        self.window.set_settings(self.main.settings)
        self._main_geometry = self.main.geometry()
        self.window.enter(near=self._main_geometry.center())
        self.main.hide()
        return self.window

    def set_settings(self, settings: AppSettings) -> None:
        if self.window is not None:
            self.window.set_settings(settings)

    def _give_back(self) -> None:
        self.main.show()
        self.main.setGeometry(self._main_geometry)  # hidden, not moved: this only guards against a WM
        self.main.activateWindow()
