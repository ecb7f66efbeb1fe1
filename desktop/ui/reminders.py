"""The reminders as the app runs them: the plan, the driver, the notification server, the tray icon and
the autostart entry, kept in step with each other (desktop.model.reminders holds the rules).

Nothing is made while reminders are off (the default): no D-Bus connection, no timer, no tray icon.

Signals:
    start_requested(): "Start" was pressed on a reminder or in the tray's menu.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QDialog, QMenu, QSystemTrayIcon, QWidget

from desktop import APP_ID, APP_NAME
from desktop.model.autostart import set_autostart
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.reminders import ReminderPlan, describe
from desktop.qt.reminder_driver import ReminderDriver
from desktop.qt.reminder_store import load_plan, save_plan

NO_TRAY = QT_TRANSLATE_NOOP(
    "reminders",
    "This desktop has no system tray, so there is no tray icon: reminders come as notifications only.",
)  # translated where shown


def _launcher() -> str:
    """How the autostart entry starts the app: the installed command, else this Python running it."""
    return shutil.which("ankle-guide") or f"{sys.executable} -m desktop"


class Reminders(QObject):
    start_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        in_session: Callable[[], bool],
        *,
        notifications_factory: Callable[[], object] | None = None,
        config_dir: Path | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._in_session = in_session
        self._factory = notifications_factory
        self._config_dir = config_dir
        self._tray_available = tray_available
        self.plan = load_plan()
        self.driver: ReminderDriver | None = None
        self.notifications = None
        self.tray: QSystemTrayIcon | None = None
        self.problem = ""  # the last thing that went wrong, e.g. the autostart entry could not be written
        self.extra_menu_actions: Callable[[QObject], list[QAction]] | None = None  # e.g. Open, Quit
        if self.plan.enabled:
            self._start()

    # ---- what this desktop can do

    def _ensure_notifications(self):
        if self.notifications is None:
            if self._factory is not None:
                self.notifications = self._factory()
            else:
                from desktop.qt.notifications import DesktopNotifications

                self.notifications = DesktopNotifications(parent=self)
        return self.notifications

    def notifications_problem(self) -> str:
        return getattr(self._ensure_notifications(), "unavailable_reason", "")

    @property
    def keeps_app_running(self) -> bool:
        """Reminders are on and their tray icon shows: closing the window should hide it there."""
        return self.plan.enabled and self.tray is not None and self.tray.isVisible()

    def tray_problem(self) -> str:
        return "" if self._tray_available() else translate("reminders", NO_TRAY)

    # ---- on and off

    def apply(self, plan: ReminderPlan) -> None:
        """Use and remember `plan`: the timer, the tray icon and the autostart entry follow it."""
        self.plan = plan
        save_plan(plan)
        if plan.enabled:
            self._start()
        elif self.driver is not None:
            self.driver.set_plan(plan)  # stops its timer
        if self.tray is not None:
            self.tray.setVisible(plan.enabled)
            self.tray.setToolTip(f"{APP_NAME}: {describe(plan)}")
        config = self._config_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
        )
        self.problem = set_autostart(config, APP_ID, plan.enabled, name=APP_NAME, command=_launcher()) or ""

    def _start(self) -> None:
        if self.driver is None:
            self.driver = ReminderDriver(
                self._ensure_notifications(), in_session=self._in_session, parent=self
            )
            self.driver.start_requested.connect(self.start_requested)
            if self._tray_available():
                self._make_tray()
        self.driver.set_plan(self.plan)

    def _make_tray(self) -> None:
        icon = self._window.windowIcon()
        if icon.isNull():  # a tray icon without a picture is not shown at all
            from desktop import resources

            icon = QIcon(str(resources.resource("assets/icons/app.svg")))
        self.tray = QSystemTrayIcon(icon, self)
        menu = QMenu(self._window)
        start = QAction(translate("reminders", "&Start a session"), menu)
        start.triggered.connect(self.start_requested)
        menu.addAction(start)
        if self.extra_menu_actions is not None:
            menu.addSeparator()
            for action in self.extra_menu_actions(menu):
                menu.addAction(action)
        self.tray.setContextMenu(menu)
        self.tray.setToolTip(f"{APP_NAME}: {describe(self.plan)}")
        self.tray.messageClicked.connect(self.start_requested)
        self.tray.setVisible(self.plan.enabled)
        self.driver.fallback = self._tray_message

    def _tray_message(self, title: str, body: str) -> bool:
        """Where notifications are missing, the tray's own balloon (no buttons; a click starts)."""
        if self.tray is None or not self.tray.isVisible():
            return False
        self.tray.showMessage(title, body)
        return True

    def stop(self) -> None:
        if self.driver is not None:
            self.driver.stop()

    # ---- the dialog

    def open_dialog(self, dialog_factory=None) -> bool:
        """File → Reminders…; True when the person changed the plan."""
        from desktop.ui.reminder_dialog import ReminderDialog

        make = dialog_factory or ReminderDialog
        dialog = make(self.plan, notifications=self.notifications_problem(), tray=self.tray_problem(),
                      parent=self._window)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.apply(dialog.plan())
        return True
