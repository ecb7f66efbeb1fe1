"""Keep the screen awake while a session runs (nobody should have to touch the mouse with oily hands).

On Linux desktops (KDE, GNOME, Xfce, ...) this asks `org.freedesktop.ScreenSaver` on the session bus.
Anywhere that cannot work (no session bus, no such service, another platform) the inhibitor is a no-op
that says why in `unavailable_reason`; a session never fails because of it.

Why each inhibition gets its own private bus connection: `UnInhibit` takes a uint32 cookie, and PySide6
can only marshal a Python int as int32 (or uint16), which the services reject. Every implementation also
drops the inhibitions of a client that leaves the bus, so closing the connection that made the call is a
release that works everywhere (and is what happens anyway if the app crashes).
"""

from __future__ import annotations

import itertools
import logging
import sys
from typing import Protocol

from desktop import APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"


class ScreenInhibitor(Protocol):
    """Stops the screen from blanking while active. Both calls are idempotent and never raise."""

    @property
    def active(self) -> bool: ...

    @property
    def unavailable_reason(self) -> str: ...

    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


class InhibitError(Exception):
    """The screen saver could not be asked; the message is one line a person can read."""


class ScreenSaverBus(Protocol):
    """The two D-Bus calls, behind a seam so tests can count them without a bus."""

    def inhibit(self, app_name: str, reason: str) -> int:
        """Ask for an inhibition; returns its cookie or raises InhibitError."""
        ...

    def uninhibit(self, cookie: int) -> None: ...


class NullInhibitor:
    """A documented no-op for platforms without a supported screen saver API (Windows, macOS for now).

    The OS may blank the screen during a long session there; the app still works.
    """

    def __init__(self, reason: str = "Keeping the screen awake is not supported on this system") -> None:
        self._reason = reason
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def inhibit(self, reason: str) -> None:
        self._active = False

    def release(self) -> None:
        self._active = False


class DBusScreenSaverInhibitor:
    """Holds at most one `org.freedesktop.ScreenSaver` inhibition.

    If the bus or the service is missing, `inhibit` logs once, leaves `active` False and fills
    `unavailable_reason`; it tries again on the next `inhibit` (a desktop may start its service late).
    """

    def __init__(self, bus: ScreenSaverBus | None = None, app_name: str = APP_NAME) -> None:
        self._bus = bus if bus is not None else QtDBusScreenSaverBus()
        self._app_name = app_name
        self._cookie: int | None = None
        self._reason = ""

    @property
    def active(self) -> bool:
        return self._cookie is not None

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def inhibit(self, reason: str) -> None:
        if self._cookie is not None:
            return
        try:
            self._cookie = self._bus.inhibit(self._app_name, reason)
        except InhibitError as exc:
            if str(exc) != self._reason:
                log.info("cannot keep the screen awake: %s", exc)
            self._reason = str(exc)
            return
        except Exception as exc:  # never let a D-Bus oddity stop a session
            log.warning("screen saver inhibit failed", exc_info=True)
            self._reason = f"Keeping the screen awake failed ({exc})"
            return
        self._reason = ""

    def release(self) -> None:
        cookie, self._cookie = self._cookie, None
        if cookie is None:
            return
        try:
            self._bus.uninhibit(cookie)
        except Exception:
            log.warning("screen saver release failed", exc_info=True)


class QtDBusScreenSaverBus:
    """`ScreenSaverBus` over QtDBus: one private session-bus connection per inhibition (see module doc).

    `address` picks a bus other than the user's session bus (tests start their own dbus-daemon).
    """

    _names = itertools.count(1)

    def __init__(self, address: str | None = None, timeout_ms: int = 2000) -> None:
        self._address = address
        self._timeout_ms = timeout_ms
        self._connections: dict[int, str] = {}  # cookie -> private connection name
        self._local_cookies = itertools.count(-1, -1)  # if a service answers without a usable cookie

    def inhibit(self, app_name: str, reason: str) -> int:
        from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

        name = f"ankle-guide-screensaver-{next(self._names)}"
        if self._address:
            connection = QDBusConnection.connectToBus(self._address, name)
        else:
            connection = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        if not connection.isConnected():
            detail = connection.lastError().message()
            del connection
            QDBusConnection.disconnectFromBus(name)
            raise InhibitError(
                f"No D-Bus session bus is available ({detail})" if detail else "No D-Bus session bus"
            )
        call = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        call.setArguments([app_name, reason])
        reply = connection.call(call, QDBus.CallMode.Block, self._timeout_ms)
        del connection
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            QDBusConnection.disconnectFromBus(name)
            if reply.errorName() in (
                "org.freedesktop.DBus.Error.ServiceUnknown",
                "org.freedesktop.DBus.Error.NameHasNoOwner",
            ):
                raise InhibitError(f"No screen saver service ({SERVICE}) on the session bus")
            raise InhibitError(f"The screen saver refused: {reply.errorMessage() or reply.errorName()}")
        arguments = reply.arguments()
        cookie = arguments[0] if arguments and isinstance(arguments[0], int) else next(self._local_cookies)
        self._connections[cookie] = name
        return cookie

    def uninhibit(self, cookie: int) -> None:
        """Close the connection that holds `cookie`; the service drops its inhibitions."""
        from PySide6.QtDBus import QDBusConnection

        name = self._connections.pop(cookie, None)
        if name is not None:
            QDBusConnection.disconnectFromBus(name)


def make_inhibitor(platform: str | None = None, bus: ScreenSaverBus | None = None) -> ScreenInhibitor:
    """The inhibitor for this platform: D-Bus on Linux and the BSDs, a no-op elsewhere."""
    platform = sys.platform if platform is None else platform
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return DBusScreenSaverInhibitor(bus=bus)
    return NullInhibitor()
