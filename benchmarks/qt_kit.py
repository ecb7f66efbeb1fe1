"""Child-side Qt helpers: start the real app with a hook, time paints, count timer wake-ups, spin the loop.

The app is started exactly as `python -m desktop` starts it (desktop.cli.main → run_app); the only change
is that `desktop.app.App` is swapped for a subclass that calls a hook once the window is built, before it
is shown. Everything a probe measures therefore includes the real start-up path.
"""

from __future__ import annotations

import faulthandler
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer

from benchmarks.probe_kit import emit

BENCH_TIMER = "benchmark-spin"


def run_real_app(on_built: Callable[[object], None], argv: Sequence[str] = ()) -> int:
    """Run the app as `python -m desktop argv...`; `on_built(app)` runs when App() is built, before show()."""
    import desktop.app as app_module

    class HookedApp(app_module.App):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            on_built(self)

    app_module.App = HookedApp
    from desktop.cli import main

    return main(list(argv))


def run_scenario(scenario: Callable[[object], dict], argv: Sequence[str] = ()) -> None:
    """Start the real app, run `scenario(app)` once its event loop runs, print its result and quit."""

    faulthandler.register(signal.SIGUSR1)  # `kill -USR1 <pid>` prints where a stuck probe is

    def on_built(built) -> None:
        quiet_dialogs(built)

        def go() -> None:
            try:
                result = scenario(built)
            except Exception as exc:  # report, never hang: the parent waits for a result line
                import traceback

                traceback.print_exc()
                result = {"error": f"{type(exc).__name__}: {exc}"}
            emit(result)
            QCoreApplication.exit(1 if "error" in result else 0)

        QTimer.singleShot(0, go)

    sys.exit(run_real_app(on_built, argv))


def quiet_dialogs(built) -> None:
    """No modal dialog may wait for a person: the day's safety check passes, ratings get no answer.

    These are the session gate's dialogs (desktop.model.session_gate.SessionDialogs; tests replace them
    the same way). It imports nothing of the app's: the start-up probes call it before the first paint,
    and what it imported would be counted as the app's.
    """

    class Quiet:
        def safety_check(self) -> bool:
            return True

        def before_rating(self) -> None:
            return None

        def pain_advice(self) -> None:
            pass

        def after_session(self, summary) -> None:  # no answers (desktop.model.session_outcome.AfterSession)
            return None

        def confirm(self, title: str, text: str) -> bool:
            return True

    built.window.gate.dialogs = Quiet()


def spin(seconds: float) -> None:
    """Run the event loop for `seconds`, with one timer of our own (TimerCounter leaves it out)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setObjectName(BENCH_TIMER)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(max(0, round(seconds * 1000)))
    loop.exec()


def spin_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Process events until `done()` or the timeout; True when done."""
    app = QCoreApplication.instance()
    end = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


class PaintTimer(QObject):
    """Times every paint event of one widget: the filter delivers the paint itself between two readings.

    `durations_ms` holds each paint's duration, `ended_at` the perf_counter() reading after it.
    """

    def __init__(self, widget, on_paint: Callable[[float], None] | None = None) -> None:
        super().__init__(widget)
        self.durations_ms: list[float] = []
        self.ended_at: list[float] = []
        self._on_paint = on_paint
        self._inside = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if self._inside or event.type() != QEvent.Type.Paint:
            return False
        self._inside = True
        start = time.perf_counter()
        try:
            QCoreApplication.sendEvent(watched, event)
        finally:
            self._inside = False
        end = time.perf_counter()
        self.durations_ms.append((end - start) * 1000)
        self.ended_at.append(end)
        if self._on_paint is not None:
            self._on_paint(end)
        return True


class PaintFlag(QObject):
    """Sets `painted` when one widget receives a paint event (a filter on that widget only, so the rest of
    the app's events never pass through Python while something is being timed)."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class TimerCounter(QObject):
    """An application-wide filter counting timer events by receiver (install it only while counting)."""

    def __init__(self) -> None:
        super().__init__()
        self.timers: Counter[str] = Counter()
        self.at_s: list[float] = []  # when the first few arrived, in seconds after the counter was made
        self._start = time.monotonic()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Timer and watched.objectName() != BENCH_TIMER:
            self.timers[_describe(watched)] += 1
            if len(self.at_s) < 10:
                self.at_s.append(round(time.monotonic() - self._start, 3))
        return False


def _describe(obj: QObject) -> str:
    """The receiver's C++ class (Qt's private timer classes show as plain QObject in Python), name, parent."""
    name = obj.objectName()
    parent = obj.parent()
    where = f" in {parent.metaObject().className()}" if parent is not None else ""
    return f"{obj.metaObject().className()}{'#' + name if name else ''}{where}"
