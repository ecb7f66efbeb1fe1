"""Reminders through Qt: the driver's timer, a D-Bus test double for the notification server, and a
test against a real `dbus-daemon --session` with a small notification service (notification_service.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from fake_notifications import FakeNotifications

from desktop.model.autostart import MARK, set_autostart
from desktop.model.reminders import Fire, ReminderPlan
from desktop.qt.reminder_driver import ReminderDriver

PLAN = ReminderPlan(enabled=True, times=(time(18, 0),))
T0 = datetime(2026, 12, 7, 17, 59, tzinfo=UTC)


class Wall:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def rig(qtbot):
    wall, bus = Wall(), FakeNotifications()
    session = {"on": False}
    driver = ReminderDriver(bus, now=wall, in_session=lambda: session["on"])
    yield driver, wall, bus, session
    driver.stop()


def test_the_timer_is_aimed_at_the_moment_and_fires_there(rig) -> None:
    driver, wall, bus, _ = rig
    driver.set_plan(PLAN)
    assert driver.timer.isActive() and driver.timer.interval() == 60_000
    wall.now = T0 + timedelta(minutes=1)
    assert driver.check_now() is Fire.ON_TIME
    assert bus.shown == [("Time for your ankle massage", ("start", "snooze"))]


def test_start_and_snooze_buttons(rig, qtbot) -> None:
    driver, wall, bus, _ = rig
    driver.set_plan(PLAN)
    wall.now = T0 + timedelta(minutes=1)
    driver.check_now()
    with qtbot.waitSignal(driver.start_requested, timeout=1000):
        bus.press("start")
    bus.press("snooze")
    assert driver.state.snoozed_until == wall.now + timedelta(minutes=10)
    assert driver.timer.isActive()  # woken within RECHECK_MS at the latest, to look again
    wall.now += timedelta(minutes=10)
    assert driver.check_now() is Fire.SNOOZED
    assert len(bus.shown) == 2


def test_a_suspend_gives_one_catch_up_and_a_session_none(rig) -> None:
    driver, wall, bus, session = rig
    driver.set_plan(ReminderPlan(enabled=True, times=(time(18, 0), time(18, 30))))
    wall.now = T0 + timedelta(minutes=45)  # woke at 18:44: both moments passed
    assert driver.check_now() is Fire.CATCH_UP
    assert [s for s, _a in bus.shown] == ["You missed an ankle massage reminder"]
    session["on"] = True
    wall.now = wall.now.replace(day=8, hour=18, minute=0)
    assert driver.check_now() is Fire.NONE
    assert len(bus.shown) == 1


def test_no_timer_while_reminders_are_off_and_a_failed_notification_says_so(qtbot) -> None:
    wall = Wall()
    driver = ReminderDriver(FakeNotifications(available=False), now=wall)
    driver.set_plan(ReminderPlan())
    assert not driver.timer.isActive()
    driver.set_plan(PLAN)
    wall.now = T0 + timedelta(minutes=1)
    with qtbot.waitSignal(driver.reminded, timeout=1000) as signal:
        driver.check_now()
    assert signal.args == ["failed"]
    driver.set_plan(ReminderPlan())
    assert not driver.timer.isActive()


def test_the_autostart_entry_exists_only_while_reminders_are_on(tmp_path: Path) -> None:
    entry = tmp_path / "autostart" / "io.example.App.desktop"
    assert set_autostart(tmp_path, "io.example.App", True, name="Ankle Guide", command="ankle-guide") is None
    assert MARK in entry.read_text() and "Exec=ankle-guide --reminders-only" in entry.read_text()
    assert set_autostart(tmp_path, "io.example.App", False, name="Ankle Guide", command="ankle-guide") is None
    assert not entry.exists()
    entry.write_text("[Desktop Entry]\nName=someone else's\n")  # never removes a file it did not write
    set_autostart(tmp_path, "io.example.App", False, name="Ankle Guide", command="ankle-guide")
    assert entry.exists()


@pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("gdbus") is None, reason="needs dbus-daemon and gdbus"
)
def test_against_a_real_session_bus_and_notification_service(qtbot, tmp_path: Path) -> None:
    from desktop.qt.notifications import DesktopNotifications

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "QT_QPA_PLATFORM": "offscreen",
        "PRESS": "start",
    }
    service_file = Path(__file__).with_name("notification_service.py")
    service = subprocess.Popen(
        [sys.executable, str(service_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert service.stdout.readline().strip() == "READY"
        notifications = DesktopNotifications(address)
        assert notifications.available, notifications.unavailable_reason
        wall = Wall()
        driver = ReminderDriver(notifications, now=wall)
        driver.set_plan(PLAN)
        wall.now = T0 + timedelta(minutes=1)
        with qtbot.waitSignal(driver.start_requested, timeout=5000):  # the service presses Start
            assert driver.check_now() is Fire.ON_TIME
        line = service.stdout.readline()
        assert line.startswith(
            "NOTIFY 1 Time for your ankle massage ['start', 'Start', 'snooze', 'Snooze 10 min']"
        )
        driver.stop()
    finally:
        service.terminate()
        daemon.terminate()
        for process in (service, daemon):
            process.wait(5)
            process.stdout.close()


def test_without_a_notification_service_it_says_so(qtbot) -> None:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon")
    from desktop.qt.notifications import DesktopNotifications

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        notifications = DesktopNotifications(daemon.stdout.readline().strip())
        assert not notifications.available
        assert notifications.unavailable_reason == (
            "Desktop notifications are not available: this desktop has no notification service."
        )
        assert notifications.notify("x", "y") is None
    finally:
        daemon.terminate()
        daemon.wait(5)
        daemon.stdout.close()
