"""Desktop notifications with buttons: org.freedesktop.Notifications on the session bus.

Why the call goes through `gdbus`: Notify's second argument is a uint32, and PySide6's QtDBus can only
marshal a Python int as int32 (see desktop/qt/screensaver.py); every notification server checks the
signature and refuses the call. `gdbus call` (GLib's command-line client, on every GNOME and most other
Linux desktops; Debian: libglib2.0-bin) types the arguments from the server's introspection. The answers
(ActionInvoked, NotificationClosed) are received with QtDBus, which reads a uint32 fine.

Where there is no session bus, no notification server or no gdbus, `unavailable_reason` says which, and
the settings show it instead of pretending (the issue's "never fail silently").

Signals:
    action_invoked(int, str): a button of one of our notifications was pressed: its id and action key.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from desktop import APP_ID, APP_NAME
from desktop.model.i18n import translate

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
_ID = re.compile(r"\(uint32 (\d+),\)")


def _quote(text: str) -> str:
    """A GVariant text string: single-quoted, backslashes and quotes escaped."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class DesktopNotifications(QObject):
    action_invoked = Signal(int, str)

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        """`address` is a bus address (tests run their own bus); None for the user's session bus."""
        super().__init__(parent)
        self._address = address
        if address is None:
            self._bus = QDBusConnection.sessionBus()
        else:
            self._bus = QDBusConnection.connectToBus(address, f"ankle-guide-notify-{id(self)}")
        self._gdbus = shutil.which("gdbus")
        self._ours: set[int] = set()
        self.unavailable_reason = self._check()
        if not self.unavailable_reason:
            self._bus.connect(
                SERVICE, PATH, INTERFACE, "ActionInvoked", self, SLOT("on_action(uint,QString)")
            )

    @property
    def available(self) -> bool:
        return not self.unavailable_reason

    def _check(self) -> str:
        if not self._bus.isConnected():
            return translate(
                "notifications", "Desktop notifications are not available: there is no session bus."
            )
        registered = self._bus.interface().isServiceRegistered(SERVICE)
        if not (registered.isValid() and registered.value()):
            return translate(
                "notifications",
                "Desktop notifications are not available: this desktop has no notification service.",
            )
        if self._gdbus is None:
            return translate(
                "notifications", "Desktop notifications need the gdbus tool (Debian package libglib2.0-bin)."
            )
        return ""

    def notify(self, summary: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> int | None:
        """Show a notification with buttons (key, label); returns its id, or None if it failed."""
        if not self.available:
            return None
        where = ["--address", self._address] if self._address else ["--session"]
        listed = ", ".join(f"{_quote(key)}, {_quote(label)}" for key, label in actions)
        action_list = f"[{listed}]" if listed else "@as []"
        hints = f"{{'desktop-entry': <{_quote(APP_ID)}>, 'urgency': <byte 1>}}"
        args = [self._gdbus, "call", *where, "--dest", SERVICE, "--object-path", PATH,
                "--method", f"{INTERFACE}.Notify", "--timeout", "5", "--",
                APP_NAME, "0", APP_ID, summary, body, action_list, hints, "-1"]  # fmt: skip
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=6, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        match = _ID.search(done.stdout)
        if done.returncode != 0 or match is None:
            return None
        notification = int(match.group(1))
        self._ours.add(notification)
        return notification

    @Slot("uint", str)
    def on_action(self, notification: int, key: str) -> None:
        """ActionInvoked from the server: ours are passed on (other apps' notifications are ignored)."""
        if notification in self._ours:
            self.action_invoked.emit(notification, key)
