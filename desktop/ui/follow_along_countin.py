"""The Qt side of the get-ready count-in (desktop.model.get_ready): one single-shot timer, armed only
while the count-in counts (invariant 2), waking when the shown second changes, as the session driver does.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.model.clock import Clock
from desktop.model.get_ready import GetReady, GetReadyState


class CountIn(QObject):
    """At most one count-in at a time; `ready` is None when there is none.

    Signals:
        changed(): the second shown, the paused state, or whether there is a count-in changed.
        tick_due(): a 3-2-1 second of the count-in was reached (the tick sound).
        done(): the count reached zero (or was skipped): start the session now.
    """

    changed = Signal()
    tick_due = Signal()
    done = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ready: GetReady | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("follow_get_ready")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    @property
    def ready(self) -> GetReady | None:
        return self._ready

    @property
    def counting(self) -> bool:
        return self._ready is not None and self._ready.counting

    def begin(self, seconds: float) -> None:
        """Start a fresh count-in of `seconds` (replacing any other)."""
        self._ready = GetReady(seconds, self._clock)
        self._ready.start()
        self._after_change()

    def toggle(self) -> None:
        if self._ready is not None:
            self._ready.toggle()
            self._after_change()

    def cancel(self) -> None:
        """Forget the count-in without starting anything."""
        if self._ready is None:
            return
        self._ready.cancel()
        self._ready = None
        self._timer.stop()
        self.changed.emit()

    def finish_now(self) -> None:
        """Skip the rest of the count-in: start now."""
        if self._ready is not None:
            self._ready = None
            self._timer.stop()
            self.done.emit()

    def tick(self) -> None:
        """Bring the count-in up to the clock (the timer calls this; tests may too)."""
        ready = self._ready
        if ready is None:
            return
        if ready.tick():
            self.tick_due.emit()
        if ready.state is GetReadyState.DONE:
            self.finish_now()
        else:
            self._after_change()

    def _after_change(self) -> None:
        wait = self._ready.next_deadline_in() if self._ready is not None else None
        if wait is None:
            self._timer.stop()
        else:  # rounded up, as the session driver does: a hair early would find nothing changed
            self._timer.start(max(1, math.ceil(wait * 1000 - 1e-6)))
        self.changed.emit()
