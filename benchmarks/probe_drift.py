"""Timing probe: how far the countdown strays from true time.

    python -m benchmarks.probe_drift fake [--minutes M]
    python -m benchmarks.probe_drift real [--seconds S]

`fake`: the longest built-in routine, both feet, at the slowest pace that makes it last at least M minutes,
played by the real SessionDriver against a FakeClock. The clock advances as the driver's timer would fire:
by the interval the driver asked for, mostly a hair late, sometimes far late, now and then a little early,
with three pauses of odd lengths. At every tick the countdown is compared with true time (total minus
active time so far); at the end the engine's active time is compared with the plan's length.

`real`: the real app with the real clock, a one-step routine of exactly S seconds, while a busy-loop
process keeps one core loaded. The figure is how late "finished" arrives after the true end; the lateness
of each displayed second is reported alongside.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import random
import subprocess
import sys
import time

from benchmarks.probe_kit import emit, percentile

PACES = (1.0, 1.25, 1.5, 2.0)
PAUSES = ((0.2, 13.7), (0.5, 42.1), (0.8, 3.3))  # (fraction of the plan, seconds paused)


def _late_s(rng: random.Random) -> float:
    """How late a timer fires: usually under 2 ms, sometimes tens of ms, rarely most of a second."""
    roll = rng.random()
    if roll < 0.03:
        return -rng.uniform(0.0, 0.002)  # a coarse timer may fire a little early
    if roll < 0.90:
        return rng.uniform(0.0, 0.002)
    if roll < 0.98:
        return rng.uniform(0.002, 0.050)
    return rng.uniform(0.050, 0.900)


def run_fake(minutes: float) -> dict:
    from PySide6.QtCore import QCoreApplication, QTimer

    from desktop.model.clock import FakeClock
    from desktop.model.library import load_library
    from desktop.model.routine import SidePlan
    from desktop.model.session import Session
    from desktop.model.session_events import Finished, SessionState
    from desktop.qt.session_driver import SessionDriver

    _app = QCoreApplication([])  # the driver's timer needs an event dispatcher; the loop never runs
    routine = max(load_library().routines, key=lambda r: r.total_seconds)
    clock = FakeClock()
    pace = next(
        (p for p in PACES if Session(routine, SidePlan.BOTH, clock=clock, pace=p).total_s >= 60 * minutes),
        PACES[-1],
    )
    session = Session(routine, SidePlan.BOTH, clock=clock, pace=pace)
    driver = SessionDriver(session)
    timer = driver.findChild(QTimer, "session_tick")
    events: list = []
    driver.session_event.connect(events.append)
    rng = random.Random(8)
    total = session.total_s
    pauses = list(PAUSES)
    paused_s = 0.0
    start = clock.now()
    driver.start()
    worst = 0.0
    ticks = 0
    while session.state is not SessionState.FINISHED:
        wait_ms = timer.interval() if timer is not None and timer.isActive() else None
        if wait_ms is None:  # fall back to what the driver would ask for
            wait_ms = max(1, math.ceil(session.next_deadline_in() * 1000 - 1e-6))
        clock.advance(max(0.0, wait_ms / 1000 + _late_s(rng)))
        driver.tick()
        ticks += 1
        active = clock.now() - start - paused_s
        if session.state is SessionState.RUNNING:
            error = driver.snapshot().total_remaining_s - (total - active)
            worst = max(worst, abs(error))
            if pauses and active >= pauses[0][0] * total:
                _, length = pauses.pop(0)
                driver.pause()
                clock.advance(length)
                paused_s += length
                driver.resume()
        if ticks > 10_000_000:
            return {"error": "the session never finished"}
    finished = next(e for e in events if isinstance(e, Finished))
    end_error = finished.elapsed_active_s - total
    return {
        "routine": routine.id,
        "pace": pace,
        "plan_minutes": total / 60,
        "ticks": ticks,
        "pauses": len(PAUSES) - len(pauses),
        "max_countdown_error_ms": worst * 1000,
        "end_error_ms": end_error * 1000,
        "drift_ms": max(worst, abs(end_error)) * 1000,
    }


class RecordingClock:
    """The real monotonic clock, remembering its first reading after `arm()` (the session's start)."""

    def __init__(self) -> None:
        self.first: float | None = None
        self._armed = False

    def arm(self) -> None:
        self.first, self._armed = None, True

    def now(self) -> float:
        t = time.monotonic()
        if self._armed:
            self.first, self._armed = t, False
        return t


def _busy_loop() -> subprocess.Popen:
    """A process spinning on one core for as long as the measurement runs."""
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):  # pinning is a nicety: a busy loop loads a core either way
            os.sched_setaffinity(proc.pid, {min(os.sched_getaffinity(0))})
    return proc


def scenario_real(built, seconds: float) -> dict:

    from benchmarks.qt_kit import spin, spin_until
    from desktop.model.library import Library
    from desktop.model.routine import SidePlan
    from desktop.model.session_events import Finished
    from desktop.model.session_plan import display_seconds

    controller = built.controller
    spin(0.5)
    source = controller.library.routines[0]
    step = source.steps[0]._replace(duration_s=float(seconds), phases=())
    routine = source._replace(id="benchmark-timing", steps=(step,), sides=SidePlan.RIGHT)
    controller.library = Library(routines=(routine, *controller.library.routines))
    clock = RecordingClock()
    controller.clock = clock
    controller.set_pace(1.0)
    controller.set_side_plan(SidePlan.RIGHT)
    controller.select_routine(routine.id)
    if controller.session is None or abs(controller.session.total_s - seconds) > 1e-9:
        return {"error": f"the timing routine does not last {seconds} s"}

    finished_at: list[float] = []
    late_ms: list[float] = []
    shown: list[int] = []

    def on_event(event) -> None:
        if isinstance(event, Finished):
            finished_at.append(time.monotonic())

    def on_snapshot(snap) -> None:
        t = time.monotonic()
        value = display_seconds(snap.total_remaining_s)
        if clock.first is not None and value < seconds and (not shown or value != shown[-1]):
            shown.append(value)
            late_ms.append((t - (clock.first + seconds - value)) * 1000)

    controller.session_event.connect(on_event)
    controller.snapshot_changed.connect(on_snapshot)
    busy = _busy_loop()
    try:
        clock.arm()
        controller.start()
        done = spin_until(lambda: bool(finished_at), seconds + 10)
    finally:
        busy.kill()
        busy.wait()
    if not done or clock.first is None:
        return {"error": "the session did not finish in time"}
    return {
        "seconds": seconds,
        "drift_ms": (finished_at[0] - (clock.first + seconds)) * 1000,
        "second_changes": len(late_ms),
        "second_late_p95_ms": percentile(late_ms, 95),
        "second_late_max_ms": max(late_ms) if late_ms else math.nan,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_drift")
    parser.add_argument("clock", choices=("fake", "real"))
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    if args.clock == "fake":
        emit(run_fake(args.minutes))
        return
    from benchmarks.qt_kit import run_scenario

    run_scenario(lambda built: scenario_real(built, args.seconds), ["--size", "1280x800"])


if __name__ == "__main__":
    main(sys.argv[1:])
