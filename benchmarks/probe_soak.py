"""Soak probe: many sessions back to back through the real windows, on a fake clock; what grows?

    python -m benchmarks.probe_soak [--sessions N] [--warm-up W]

The real app starts as `python -m desktop` does, with the history window open (it refreshes after every
session, as it does for a person who leaves it open). The shortest built-in routine is played on one foot
again and again: every other session in follow-along (entered, played, rated on its summary page, left),
the rest in the main window; every tenth is stopped early. The session clock is a FakeClock, moved on
by exactly the wait the session's own timer asked for, so a 2-minute routine plays in well under a
second while every tick still goes through the controller, the driver's signals and every window's
handlers; the event loop runs after each tick, so the windows lay out and paint as they would.

After `--warm-up` sessions (caches filled: fonts, pixmaps, sound, the history window's first page) the
resident memory and the live QObjects are counted; again after N more. Each count follows a garbage
collection and the delivery of pending deferred deletes. QObjects are counted by walking every top-level
widget's and the application's children, plus every other live object Python holds a wrapper for; the
classes that grew are listed.

All contact with the app's session seams is in `play_session` (the controller and windows are being
reworked; one function to adapt).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter

from benchmarks.probe_history import rss_mb


def play_session(built, clock, *, follow: bool, stop_early: bool) -> None:
    """One session through the public seams: SessionController, App.open_follow_along, the follow-along
    window's summary and leave(). The only place the soak touches them."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    from desktop.model.session_events import SessionState

    app = QCoreApplication.instance()
    controller = built.controller
    if follow:
        built.open_follow_along()
    controller.start()
    timer = controller.driver.findChild(QTimer, "session_tick")
    ticks = 0
    while controller.state is SessionState.RUNNING:
        wait_ms = timer.interval() if timer is not None and timer.isActive() else 1000
        clock.advance(max(1, wait_ms) / 1000)
        controller.driver.tick()
        app.processEvents()
        ticks += 1
        if stop_early and ticks == 20:
            controller.stop()
    if follow:
        summary = built.follow_along.summary
        if summary is not None:
            controller.record_after(summary.history_id, after=3, tight_zones=summary.zones[:2], note="")
        built.follow_along.leave()
    app.processEvents()
    # What the session deleted with deleteLater() (the steps' cue items, the summary's widgets): the app's
    # main loop deletes it as soon as control returns there, but the probe plays every session inside
    # one call from that loop, where Qt would keep all of it until the probe returns (20 MB over 200
    # sessions, counted as growth in earlier runs). Delivered here, as the app's loop delivers it.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def qobjects() -> Counter[str]:
    """Live QObjects by class: the app's object trees, plus parentless ones Python holds."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    seen: dict[int, str] = {}
    roots = [app, *QApplication.topLevelWidgets()]
    for wrapper in shiboken6.getAllValidWrappers():
        if isinstance(wrapper, QObject) and shiboken6.isValid(wrapper):
            roots.append(wrapper)
    for root in roots:
        for obj in (root, *root.findChildren(QObject)):
            seen.setdefault(shiboken6.getCppPointer(obj)[0], obj.metaObject().className())
    return Counter(seen.values())


def graphics_items() -> Counter[str]:
    """Items in every graphics scene shown by a view (items are not QObjects: counted apart)."""
    from PySide6.QtWidgets import QApplication, QGraphicsView

    scenes = {}
    for widget in QApplication.allWidgets():
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            scenes[id(widget.scene())] = widget.scene()
    return Counter(type(item).__name__ for scene in scenes.values() for item in scene.items())


def trimmed_rss_mb() -> float | None:
    """Resident memory after asking glibc to hand freed heap pages back (malloc_trim): what is left is
    memory still in use; the difference is freed memory the allocator kept (fragmentation, not a leak).
    None where there is no glibc."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        if libc is None or not hasattr(libc, "malloc_trim"):
            return None
        libc.malloc_trim(0)
    except OSError:
        return None
    return rss_mb()


def _settle() -> tuple[float, Counter[str]]:
    from PySide6.QtCore import QCoreApplication, QEvent

    from benchmarks.qt_kit import spin

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        spin(0.05)
        gc.collect()
    return rss_mb(), qobjects()


def scenario(built, sessions: int, warm_up: int, where: str = "both", history_window: bool = True) -> dict:
    from desktop.model.clock import FakeClock
    from desktop.model.routine import SidePlan

    controller = built.controller
    clock = FakeClock()
    controller.clock = clock
    routine = min(controller.library.routines, key=lambda r: r.total_seconds)
    controller.set_side_plan(SidePlan.RIGHT)
    controller.select_routine(routine.id)
    if history_window:
        built.open_history_window()
    played = 0
    curve: list[float] = []  # resident memory every 20 sessions

    def play(count: int) -> None:
        nonlocal played
        for n in range(count):
            follow = where == "follow" or (where == "both" and played % 2 == 1)
            play_session(built, clock, follow=follow, stop_early=played % 10 == 9)
            played += 1
            if n % 20 == 19:
                curve.append(round(rss_mb(), 1))

    play(warm_up)
    rss_start, objects_start = _settle()
    items_start = graphics_items()
    trimmed_start = trimmed_rss_mb()
    started = time.perf_counter()
    curve.clear()
    play(sessions)
    seconds = time.perf_counter() - started
    rss_end, objects_end = _settle()
    items_end = graphics_items()
    trimmed_end = trimmed_rss_mb()
    grew = objects_end - objects_start
    shrank = objects_start - objects_end
    recorded = built.history.stats().sessions if built.history.available else None
    table_rows = built.history_window.table.source.rowCount() if built.history_window else None
    return {
        "routine": routine.id,
        "sessions": sessions,
        "warm_up": warm_up,
        "seconds": seconds,
        "recorded": recorded,
        "history_table_rows": table_rows,
        "rss_start_mb": rss_start,
        "rss_end_mb": rss_end,
        "rss_growth_mb": rss_end - rss_start,
        "rss_every_20_mb": curve,
        "trimmed_rss_growth_mb": None
        if trimmed_start is None or trimmed_end is None
        else trimmed_end - trimmed_start,
        "where": where,
        "history_window": history_window,
        "qobjects_start": sum(objects_start.values()),
        "qobjects_end": sum(objects_end.values()),
        "qobject_growth": sum(objects_end.values()) - sum(objects_start.values()),
        "grew_by_class": dict(grew.most_common(8)),
        "graphics_items_start": sum(items_start.values()),
        "graphics_items_end": sum(items_end.values()),
        "graphics_items_grew": dict((items_end - items_start).most_common(8)),
        "shrank_by_class": dict(shrank.most_common(8)),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_soak")
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--warm-up", type=int, default=10)
    parser.add_argument("--where", choices=("both", "main", "follow"), default="both")
    parser.add_argument("--no-history-window", action="store_true", help="(to find what grows)")
    args = parser.parse_args(argv)
    from benchmarks.qt_kit import run_scenario

    run_scenario(
        lambda built: scenario(built, args.sessions, args.warm_up, args.where, not args.no_history_window),
        ["--size", "1280x800"],
    )


if __name__ == "__main__":
    main(sys.argv[1:])
