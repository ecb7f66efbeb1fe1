"""Keeping the screen awake: once per session, released at the end, and harmless when impossible."""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from desktop.qt.screensaver import (
    DBusScreenSaverInhibitor,
    InhibitError,
    NullInhibitor,
    QtDBusScreenSaverBus,
    ScreenInhibitor,
    make_inhibitor,
)


class FakeBus:
    """Stands in for the two D-Bus calls and counts them."""

    def __init__(self, fail: Exception | None = None) -> None:
        self.fail = fail
        self.inhibits: list[tuple[str, str]] = []
        self.uninhibits: list[int] = []
        self._next = 41

    def inhibit(self, app_name: str, reason: str) -> int:
        if self.fail is not None:
            raise self.fail
        self.inhibits.append((app_name, reason))
        self._next += 1
        return self._next

    def uninhibit(self, cookie: int) -> None:
        self.uninhibits.append(cookie)


def test_inhibit_is_requested_once_and_released_once() -> None:
    bus = FakeBus()
    inhibitor = DBusScreenSaverInhibitor(bus=bus, app_name="Ankle Guide")
    assert not inhibitor.active

    inhibitor.inhibit("Guided massage in progress")
    inhibitor.inhibit("Guided massage in progress")  # e.g. resumed after a pause
    assert inhibitor.active
    assert bus.inhibits == [("Ankle Guide", "Guided massage in progress")]

    inhibitor.release()
    inhibitor.release()
    assert not inhibitor.active
    assert bus.uninhibits == [42]  # the cookie the bus gave back


def test_a_second_session_inhibits_again() -> None:
    bus = FakeBus()
    inhibitor = DBusScreenSaverInhibitor(bus=bus)
    for _ in range(2):
        inhibitor.inhibit("session")
        inhibitor.release()
    assert len(bus.inhibits) == 2
    assert bus.uninhibits == [42, 43]


def test_release_without_inhibit_does_nothing() -> None:
    bus = FakeBus()
    DBusScreenSaverInhibitor(bus=bus).release()
    assert bus.uninhibits == []


def test_no_service_degrades_to_a_no_op_that_says_why() -> None:
    bus = FakeBus(
        fail=InhibitError("No screen saver service (org.freedesktop.ScreenSaver) on the session bus")
    )
    inhibitor = DBusScreenSaverInhibitor(bus=bus)
    inhibitor.inhibit("session")
    assert not inhibitor.active
    assert "No screen saver service" in inhibitor.unavailable_reason
    inhibitor.release()  # still harmless

    bus.fail = None  # the desktop started its service later: the next session works
    inhibitor.inhibit("session")
    assert inhibitor.active
    assert inhibitor.unavailable_reason == ""


def test_an_unexpected_bus_error_never_reaches_the_session() -> None:
    inhibitor = DBusScreenSaverInhibitor(bus=FakeBus(fail=RuntimeError("boom")))
    inhibitor.inhibit("session")
    assert not inhibitor.active
    assert "boom" in inhibitor.unavailable_reason


def test_null_inhibitor_is_a_documented_no_op() -> None:
    inhibitor: ScreenInhibitor = NullInhibitor()
    inhibitor.inhibit("session")
    assert not inhibitor.active
    assert "not supported" in inhibitor.unavailable_reason
    inhibitor.release()


def test_make_inhibitor_chooses_by_platform() -> None:
    bus = FakeBus()
    linux = make_inhibitor("linux", bus=bus)
    assert isinstance(linux, DBusScreenSaverInhibitor)
    linux.inhibit("session")
    assert bus.inhibits  # the injected bus is the one used
    assert isinstance(make_inhibitor("win32"), NullInhibitor)
    assert isinstance(make_inhibitor("darwin"), NullInhibitor)


def test_no_session_bus_is_reported_not_raised(tmp_path) -> None:
    bus = QtDBusScreenSaverBus(address=f"unix:path={tmp_path / 'no-such-bus'}")
    inhibitor = DBusScreenSaverInhibitor(bus=bus)
    inhibitor.inhibit("session")
    assert not inhibitor.active
    assert "D-Bus" in inhibitor.unavailable_reason


# ---- against a real (private) dbus-daemon and a stand-in screen saver service -------------------

# A minimal org.freedesktop.ScreenSaver that, like KDE's, GNOME's and Xfce's, drops a client's
# inhibition when that client leaves the bus. It prints what happens, one line per event.
_SERVICE = r"""
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher, QDBusVirtualObject

GONE = QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration

app = QCoreApplication([])
bus = QDBusConnection.sessionBus()

class ScreenSaver(QDBusVirtualObject):
    def __init__(self):
        super().__init__()
        self.cookie = 6
        self.watchers = []

    def introspect(self, path):
        return ""

    def handleMessage(self, message, connection):
        if message.member() != "Inhibit":
            return False
        self.cookie += 1
        app_name, reason = message.arguments()
        print("inhibit", self.cookie, app_name, reason, sep="|", flush=True)
        watcher = QDBusServiceWatcher(message.service(), bus, GONE)
        cookie = self.cookie
        watcher.serviceUnregistered.connect(lambda _name: print("released", cookie, sep="|", flush=True))
        self.watchers.append(watcher)
        reply = message.createReply()
        reply.setArguments([self.cookie])
        connection.send(reply)
        return True

service = ScreenSaver()
bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service)
print("ready", bus.registerService("org.freedesktop.ScreenSaver"), sep="|", flush=True)
app.exec()
"""


class LineReader:
    """Reads a child's stdout line by line, with a generous safety timeout (not a timing assertion)."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self._proc = proc
        self._sel = selectors.DefaultSelector()
        assert proc.stdout is not None
        self._sel.register(proc.stdout, selectors.EVENT_READ)

    def next(self, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._sel.select(timeout=0.1):
                assert self._proc.stdout is not None
                line = self._proc.stdout.readline()
                if line:
                    return line.strip()
            if self._proc.poll() is not None:
                break
        raise AssertionError("the helper process said nothing")

    def close(self) -> None:
        self._sel.close()


@pytest.fixture
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    with subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as daemon:
        reader = LineReader(daemon)
        try:
            yield reader.next()
        finally:
            reader.close()
            daemon.terminate()


@pytest.fixture
def screensaver_service(private_bus: str) -> Iterator[LineReader]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus}
    with subprocess.Popen(
        [sys.executable, "-c", _SERVICE], stdout=subprocess.PIPE, text=True, env=env
    ) as service:
        reader = LineReader(service)
        try:
            assert reader.next() == "ready|True"
            yield reader
        finally:
            reader.close()
            service.terminate()


def test_real_dbus_inhibit_and_release(private_bus: str, screensaver_service: LineReader) -> None:
    inhibitor = DBusScreenSaverInhibitor(
        bus=QtDBusScreenSaverBus(address=private_bus), app_name="Ankle Guide"
    )
    inhibitor.inhibit("Guided massage in progress")
    inhibitor.inhibit("Guided massage in progress")
    assert inhibitor.active
    assert screensaver_service.next() == "inhibit|7|Ankle Guide|Guided massage in progress"

    inhibitor.release()
    assert not inhibitor.active
    assert screensaver_service.next() == "released|7"  # the service really let go

    inhibitor.inhibit("again")
    assert screensaver_service.next() == "inhibit|8|Ankle Guide|again"
    inhibitor.release()
    assert screensaver_service.next() == "released|8"


def test_real_bus_without_the_service_says_so(private_bus: str) -> None:
    inhibitor = DBusScreenSaverInhibitor(bus=QtDBusScreenSaverBus(address=private_bus))
    inhibitor.inhibit("session")
    assert not inhibitor.active
    assert (
        inhibitor.unavailable_reason
        == "No screen saver service (org.freedesktop.ScreenSaver) on the session bus"
    )
