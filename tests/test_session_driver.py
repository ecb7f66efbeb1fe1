"""The Qt session driver: one timer, armed only while running; events and snapshots as signals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from session_helpers import label, make_step, new_session

from desktop.model.clock import FakeClock, MonotonicClock
from desktop.model.routine import Routine, SidePlan
from desktop.model.session import Session, display_seconds
from desktop.model.session_events import Finished, SessionEvent, SessionSnapshot, SessionState
from desktop.qt.session_driver import SessionDriver


@pytest.fixture
def fake(qtbot: QtBot) -> Iterator[tuple[SessionDriver, Session, FakeClock]]:
    """A driver on a fake clock (qtbot: QTimer needs the QApplication it provides)."""
    session, clock = new_session()
    driver = SessionDriver(session)
    yield driver, session, clock
    driver.set_session(None)  # whatever a test did, leave no timer behind
    assert not driver.is_ticking


def the_timer(driver: SessionDriver) -> QTimer:
    timer = driver.findChild(QTimer, "session_tick")
    assert timer is not None
    return timer


def test_timer_is_armed_only_while_running(fake: tuple[SessionDriver, Session, FakeClock]) -> None:
    driver, session, clock = fake
    timer = the_timer(driver)
    assert timer.isSingleShot()
    assert not timer.isActive()  # idle
    driver.start()
    assert timer.isActive()
    driver.pause()
    assert not timer.isActive()
    clock.advance(100)
    driver.tick()  # a stray tick while paused must not re-arm it
    assert not timer.isActive()
    driver.resume()
    assert timer.isActive()
    driver.jump_to(6)
    clock.advance(0.5)
    driver.next()  # last item: finished
    assert session.state is SessionState.FINISHED
    assert not timer.isActive()


def test_timer_stops_on_stop_and_on_a_clock_jump(fake: tuple[SessionDriver, Session, FakeClock]) -> None:
    driver, session, clock = fake
    driver.start()
    clock.advance(3600)
    driver.tick()
    assert session.state is SessionState.PAUSED
    assert not driver.is_ticking
    driver.resume()
    assert driver.is_ticking
    driver.stop()
    assert not driver.is_ticking


def test_timer_waits_until_the_next_visible_change(fake: tuple[SessionDriver, Session, FakeClock]) -> None:
    driver, _, clock = fake
    timer = the_timer(driver)
    driver.start()
    assert timer.interval() == 1000
    clock.advance(0.3)
    driver.tick()
    assert timer.interval() == 700


def test_the_timer_itself_ticks_the_session(
    qtbot: QtBot, fake: tuple[SessionDriver, Session, FakeClock]
) -> None:
    driver, _, clock = fake
    driver.start()
    clock.advance(0.999)
    driver.tick()  # 1 ms before the display changes: the timer is re-armed for 1 ms
    clock.advance(0.001)
    with qtbot.waitSignal(driver.snapshot_changed, timeout=2000) as blocker:
        pass  # nothing but the timer can emit it now
    snap: SessionSnapshot = blocker.args[0]
    assert display_seconds(snap.remaining_s) == 7


def test_events_and_snapshots_arrive_as_plain_data(
    qtbot: QtBot, fake: tuple[SessionDriver, Session, FakeClock]
) -> None:
    driver, _, clock = fake
    events: list[SessionEvent] = []
    driver.session_event.connect(events.append)
    with qtbot.waitSignal(driver.snapshot_changed) as blocker:
        driver.start()
    assert [label(e) for e in events] == ["start", "item0"]
    snap = blocker.args[0]
    assert isinstance(snap, SessionSnapshot)
    assert (snap.state, snap.index, snap.remaining_s) == (SessionState.RUNNING, 0, 8)
    for _ in range(4):
        clock.advance(1)
        driver.tick()
    assert [label(e) for e in events][2:] == ["half0"]


def test_snapshots_come_once_per_displayed_second_not_per_tick(
    qtbot: QtBot, fake: tuple[SessionDriver, Session, FakeClock]
) -> None:
    driver, _, clock = fake
    driver.start()
    shown: list[int] = []
    driver.snapshot_changed.connect(lambda s: shown.append(display_seconds(s.remaining_s)))
    for _ in range(39):  # 3.9 s in 0.1 s ticks: the display goes 8 → 7 → 6 → 5
        clock.advance(0.1)
        driver.tick()
    assert shown == [7, 6, 5]
    clock.advance(0.05)
    with qtbot.assertNotEmitted(driver.snapshot_changed):
        driver.tick()


def test_state_changes_are_reported_once_each(fake: tuple[SessionDriver, Session, FakeClock]) -> None:
    driver, _, clock = fake
    states: list[str] = []
    driver.state_changed.connect(states.append)
    driver.toggle()
    driver.toggle()
    driver.toggle()
    driver.add_time(5)
    clock.advance(1)
    driver.tick()
    driver.jump_to(6)
    driver.next()
    assert states == ["running", "paused", "running", "finished"]


def test_set_session_repoints_the_driver(
    qtbot: QtBot, fake: tuple[SessionDriver, Session, FakeClock]
) -> None:
    driver, old, clock = fake
    driver.start()
    assert driver.is_ticking
    new, _ = new_session(start_index=2)
    got: list[object] = []
    driver.snapshot_changed.connect(got.append)
    driver.state_changed.connect(got.append)
    driver.set_session(new)
    assert got == [new.snapshot(), "idle"]
    assert driver.session is new
    assert driver.snapshot() == new.snapshot()
    assert not driver.is_ticking  # the new one is idle
    clock.advance(10)
    driver.tick()
    assert old.state is SessionState.RUNNING  # not ticked: a tick would have seen a clock jump
    driver.start()
    assert new.state is SessionState.RUNNING and driver.is_ticking


def test_without_a_session_commands_do_nothing(qtbot: QtBot) -> None:
    driver = SessionDriver()
    with qtbot.assertNotEmitted(driver.snapshot_changed), qtbot.assertNotEmitted(driver.session_event):
        assert driver.start() == []
        assert driver.tick() == []
    assert driver.snapshot() is None
    assert not driver.is_ticking


def test_a_real_clock_run_of_two_one_second_steps_finishes(qtbot: QtBot) -> None:
    routine = Routine(
        id="short",
        title="Short",
        summary="",
        sides=SidePlan.RIGHT,
        steps=(make_step("a", 1), make_step("b", 1)),
    )
    driver = SessionDriver(Session(routine, clock=MonotonicClock()))
    events: list[SessionEvent] = []
    driver.session_event.connect(events.append)
    with qtbot.waitSignal(driver.state_changed, timeout=10_000, check_params_cb=lambda s: s == "finished"):
        driver.start()
    assert [label(e) for e in events] == ["start", "item0", "half0", "item1", "half1", "finished"]
    finished = events[-1]
    assert isinstance(finished, Finished)
    assert finished.elapsed_active_s == pytest.approx(2.0, abs=1e-9)  # deadlines, not timer wake-ups
    assert not driver.is_ticking
