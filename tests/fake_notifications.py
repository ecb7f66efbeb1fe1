"""A D-Bus test double for org.freedesktop.Notifications (desktop.qt.notifications.DesktopNotifications)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakeNotifications(QObject):
    """Records what was shown and presses buttons on request; `available=False` is a desktop without a
    notification server."""

    action_invoked = Signal(int, str)

    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self.shown: list[tuple[str, tuple[str, ...]]] = []
        self.available = available
        self.unavailable_reason = (
            ""
            if available
            else "Desktop notifications are not available: this desktop has no notification service."
        )

    def notify(self, summary: str, body: str, actions=()) -> int | None:
        if not self.available:
            return None
        self.shown.append((summary, tuple(key for key, _label in actions)))
        return len(self.shown)

    def press(self, key: str) -> None:
        self.action_invoked.emit(len(self.shown), key)
