"""The Qt side of the session clock: one single-shot QTimer ticks the engine, only while it runs.

The engine (desktop.model.session.Session) owns all timing; this adapter only asks it when something
visible next changes (`next_deadline_in()`) and wakes up then. No timer runs while the session is idle,
paused or over (invariant 2), so an idle app costs no wake-ups.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.model.session import Session
from desktop.model.session_plan import display_seconds
from desktop.model.session_snapshot import SessionSnapshot, SessionState, StopReason

if TYPE_CHECKING:
    from desktop.model.session_events import SessionEvent

_MIN_WAIT_MS = 1  # a deadline that is due now still yields to the event loop once


class SessionDriver(QObject):
    """Drives a Session from the Qt event loop and re-emits what it reports as plain-data signals.

    Signals:
        session_event(object): one SessionEvent (a frozen dataclass, desktop.model.session_events), for each
            event a command or tick produced, in the engine's order. Emitted before the snapshot below.
        snapshot_changed(object): a SessionSnapshot, after any command or tick that changed something a
            view shows (state, item, phase, displayed seconds of the item or the whole session); also
            once when a session is set. While running this is about once per displayed second.
        state_changed(str): the SessionState value ("idle", "running", "paused", "finished",
            "stopped") whenever it changes, and once when a session is set.

    Every command forwards to the session and returns the events it produced (also emitted); with no
    session set, commands do nothing and return [].

    (Named `session_event`, not `event`, so it never shadows QObject.event().)
    """

    session_event = Signal(object)
    snapshot_changed = Signal(object)
    state_changed = Signal(str)

    def __init__(self, session: Session | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("session_tick")
        self._timer.setSingleShot(True)
        # Precise: ticks land on second boundaries; one wake-up a second costs nothing worth coarsening.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._session: Session | None = None
        self._last_key: tuple[object, ...] | None = None
        self._last_state: str | None = None
        if session is not None:
            self.set_session(session)

    # ---- session ---------------------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self._session

    def set_session(self, session: Session | None) -> None:
        """Drive `session` from now on (the old one is left as it is); report its state and snapshot."""
        self._timer.stop()
        self._session = session
        self._last_key = None
        self._last_state = None
        if session is None:
            return
        self._publish([])

    def snapshot(self) -> SessionSnapshot | None:
        return self._session.snapshot() if self._session is not None else None

    @property
    def is_ticking(self) -> bool:
        """True while the tick timer is armed; by design only while the session is running."""
        return self._timer.isActive()

    # ---- commands --------------------------------------------------------------------------------

    def tick(self) -> list[SessionEvent]:
        """Bring the session up to its clock now (the timer calls this; tests may too)."""
        return self._forward(Session.tick)

    def start(self) -> list[SessionEvent]:
        return self._forward(Session.start)

    def pause(self) -> list[SessionEvent]:
        return self._forward(Session.pause)

    def resume(self) -> list[SessionEvent]:
        return self._forward(Session.resume)

    def toggle(self) -> list[SessionEvent]:
        return self._forward(Session.toggle)

    def stop(self, reason: StopReason = StopReason.USER) -> list[SessionEvent]:
        return self._forward(lambda s: s.stop(reason))

    def next(self) -> list[SessionEvent]:
        return self._forward(Session.next)

    def previous(self) -> list[SessionEvent]:
        return self._forward(Session.previous)

    def restart_item(self) -> list[SessionEvent]:
        return self._forward(Session.restart_item)

    def add_time(self, seconds: float = 10.0) -> list[SessionEvent]:
        return self._forward(lambda s: s.add_time(seconds))

    def jump_to(self, index: int) -> list[SessionEvent]:
        return self._forward(lambda s: s.jump_to(index))

    def publish_now(self) -> None:
        """Emit the snapshot and state now, if they changed, without waiting for the command or tick under
        way to finish (the controller does this at a session's end, before the questions that follow)."""
        if self._session is not None:
            self._publish([])

    # ---- internals -------------------------------------------------------------------------------

    def _forward(self, command: Callable[[Session], list[SessionEvent]]) -> list[SessionEvent]:
        session = self._session
        if session is None:
            return []
        events = command(session)
        if session is self._session:  # a slot may have re-pointed the driver while we were busy
            self._publish(events)
        return events

    def _publish(self, events: list[SessionEvent]) -> None:
        """Emit events, then the snapshot and state if they visibly changed, then re-arm the timer."""
        session = self._session
        assert session is not None
        for ev in events:
            self.session_event.emit(ev)
            if session is not self._session:
                return  # a slot switched sessions; set_session has already published the new one
        snap = session.snapshot()
        key = (
            snap.state,
            snap.index,
            snap.phase_index,
            display_seconds(snap.remaining_s),
            display_seconds(snap.total_remaining_s),
            snap.items_done,
        )
        if key != self._last_key or events:
            self._last_key = key
            self.snapshot_changed.emit(snap)
        if snap.state.value != self._last_state:
            self._last_state = snap.state.value
            self.state_changed.emit(snap.state.value)
        self._schedule()

    def _schedule(self) -> None:
        session = self._session
        wait = session.next_deadline_in() if session is not None else None
        if wait is None or session is None or session.state is not SessionState.RUNNING:
            self._timer.stop()
            return
        # Round up (a timer a hair early would find nothing changed and wait again), but not for float
        # noise: the engine's own 1e-9 s slack (1e-6 ms) already counts that as "on time".
        self._timer.start(max(_MIN_WAIT_MS, math.ceil(wait * 1000 - 1e-6)))
