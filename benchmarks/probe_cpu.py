"""CPU and wake-up probe: what the app costs while a session runs, and while it waits.

    python -m benchmarks.probe_cpu main|follow [--seconds S] [--wake-seconds W]

`main`: in the main window, first idle (a routine chosen, no session started) then running (real clock)
then paused. `follow`: the same session in follow-along, running then paused.
CPU is this process's user+system time (all threads) over wall time, with no probe code in the event
path. Wake-ups are timer events delivered to any object, counted by an application-wide event filter
(installed only for those windows), plus voluntary context switches of the whole process, which also
catch wake-ups that are not Qt timers (sockets, audio threads).
"""

from __future__ import annotations

import argparse
import sys
import time

from benchmarks.probe_kit import cpu_seconds, voluntary_switches

SETTLE_S = 3.5


def _cpu_pct(seconds: float) -> float:
    from benchmarks.qt_kit import spin

    cpu, wall = cpu_seconds(), time.monotonic()
    spin(seconds)
    return 100 * (cpu_seconds() - cpu) / (time.monotonic() - wall)


def _wakeups(seconds: float) -> dict:
    """Timer events and voluntary context switches per minute over `seconds` of event loop."""
    from PySide6.QtCore import QCoreApplication

    from benchmarks.qt_kit import TimerCounter, spin

    app = QCoreApplication.instance()
    counter = TimerCounter()
    app.installEventFilter(counter)
    switches, wall = voluntary_switches(), time.monotonic()
    spin(seconds)
    elapsed = time.monotonic() - wall
    switched = voluntary_switches() - switches - 1  # the one wake-up of the probe's own timer
    app.removeEventFilter(counter)
    timers = sum(counter.timers.values())
    return {
        "timers_per_min": 60 * timers / elapsed,
        "switches_per_min": 60 * max(0, switched) / elapsed,
        "timer_receivers": dict(counter.timers.most_common(6)),
        "first_timers_at_s": counter.at_s,
    }


def scenario_main(built, seconds: float, wake_seconds: float) -> dict:
    from benchmarks.qt_kit import spin
    from desktop.model.session_events import SessionState

    controller = built.controller
    spin(SETTLE_S)  # let start-up finish: sound set-up, first paints, the 3 s "Diagram: ..." status message
    idle = _wakeups(wake_seconds)
    controller.start()
    spin(0.5)
    running = _cpu_pct(seconds)
    still_running = controller.state is SessionState.RUNNING
    controller.pause()
    spin(0.5)
    paused = _wakeups(wake_seconds)
    return {"idle": idle, "running_cpu_pct": running, "ran_throughout": still_running, "paused": paused}


def scenario_follow(built, seconds: float, wake_seconds: float) -> dict:
    from benchmarks.qt_kit import spin
    from desktop.model.session_events import SessionState

    controller = built.controller
    spin(1.0)
    built.open_follow_along()
    spin(0.5)
    if built.follow_along is None or not built.follow_along.isVisible():
        return {"error": "follow-along did not open"}
    controller.start()
    spin(0.5)
    running = _cpu_pct(seconds)
    still_running = controller.state is SessionState.RUNNING
    controller.pause()
    spin(0.5)
    paused = _wakeups(wake_seconds)
    window = built.follow_along
    return {
        "running_cpu_pct": running,
        "ran_throughout": still_running,
        "paused": paused,
        "window": [window.width(), window.height()],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_cpu")
    parser.add_argument("where", choices=("main", "follow"))
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--wake-seconds", type=float, default=12.0)
    args = parser.parse_args(argv)
    from benchmarks.qt_kit import run_scenario

    scenario = scenario_main if args.where == "main" else scenario_follow
    run_scenario(lambda built: scenario(built, args.seconds, args.wake_seconds), ["--size", "1280x800"])


if __name__ == "__main__":
    main(sys.argv[1:])
