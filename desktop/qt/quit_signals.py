"""SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in a terminal) quit through Qt, so the app shuts down as
if its window were closed: a session in progress is saved as stopped and the exit code is 0.

Python runs a signal handler only between bytecodes, and Qt's event loop is C++: the C-level handler
writes the signal to a socket (signal.set_wakeup_fd) that a QSocketNotifier watches. No polling timer, so
an idle app still never wakes up.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    """While it lives, SIGTERM and SIGINT call `quit()` from the Qt event loop."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, _ignore) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        try:
            self._read.recv(64)
        except OSError:
            return
        self._quit()

    def uninstall(self) -> None:
        """Give the signals back (tests; the app keeps them until it exits)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._read.close()
        self._write.close()


def _ignore(_signum: int, _frame: object) -> None:
    """The Python-level handler does nothing: the wake-up byte already reached the notifier."""


HARMLESS = (
    # Qt's offscreen and minimal platforms cannot pass size hints or raise windows to a window manager;
    # there is none. Every window shown prints these otherwise.
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def filter_harmless_messages(more: tuple[str, ...] = ()) -> None:
    """Keep the messages in HARMLESS (and `more`) off stderr; every other Qt message is printed as Qt
    would."""
    import sys

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context, message: str) -> None:
        if message in HARMLESS or message in more:
            return
        category = getattr(context, "category", None)
        prefix = f"{category}: " if category and category != "default" else ""
        print(f"{prefix}{message}", file=sys.stderr)

    qInstallMessageHandler(handler)
