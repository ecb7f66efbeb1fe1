"""Speaks the session's changes to screen readers as polite accessibility announcements.

The moments are desktop.model.announcements' (never the countdown every second); the words are the
presenter's. Qt 6.8+ sends a QAccessibleAnnouncementEvent to the platform bridge (AT-SPI's
Object:Announcement on Linux); polite means the screen reader finishes what it is saying first. The
announcement comes from the window the person is looking at (follow-along when it is up).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop.model.announcements import Announcement, AnnouncementPicker
from desktop.model.session_snapshot import SessionSnapshot
from desktop.model.session_text import SessionText


class Announcer(QObject):
    """Subscribes to a controller's snapshots; `said` keeps what was announced (tests, and a log)."""

    def __init__(
        self,
        controller,
        words: Callable[[SessionSnapshot], SessionText],
        fallback: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or fallback)
        self._words = words
        self._fallback = fallback
        self._picker = AnnouncementPicker()
        self.said: list[Announcement] = []
        controller.snapshot_changed.connect(self._on_snapshot)

    def _on_snapshot(self, snap: SessionSnapshot) -> None:
        for announcement in self._picker.update(snap, self._words(snap)):
            self.announce(announcement)

    def announce(self, announcement: Announcement) -> None:
        self.said.append(announcement)
        del self.said[:-50]
        announce_politely(announcement.text, self._fallback)


def announce_politely(text: str, fallback: QWidget) -> None:
    """Send `text` to a screen reader, if one listens, from the active window (else `fallback`)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # built when first used

    if not QAccessible.isActive():  # no screen reader listening: nothing to send
        return
    source = QApplication.activeWindow() or fallback
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
