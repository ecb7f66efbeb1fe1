"""The app's session workflow, between the model and the widgets: which routine, which side, what pace,
and what happens around a session (history records, sound and speech cues).

It is a QObject so widgets can subscribe to plain-data signals; it imports no widgets. The main window
and the follow-along view both drive the same controller, so they can never disagree about the session.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.model.clock import Clock, MonotonicClock
from desktop.model.history_null import NullHistoryStore
from desktop.model.i18n import translate
from desktop.model.library import Library
from desktop.model.practice import practice_routine
from desktop.model.routine import Routine, SidePlan
from desktop.model.session import Session
from desktop.model.session_progress import SessionProgress
from desktop.model.session_snapshot import ItemKind, PlanItem, SessionSnapshot, SessionState, StopReason
from desktop.qt.session_driver import SessionDriver

if TYPE_CHECKING:
    from desktop.model.session_events import Finished, SessionEvent, Stopped

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Owns the current routine, side plan, pace and session; records history and plays cues.

    Signals:
        routine_changed(object): the Routine now selected (also after "Practise this").
        plan_changed(object): tuple[PlanItem, ...] of the new session's plan.
        snapshot_changed(object): SessionSnapshot, re-emitted from the driver (about once a second while
            running, and after every command).
        session_event(object): each SessionEvent, re-emitted from the driver.
        session_ended(object): a SessionSummary when a session finishes or is stopped.
        notice(str): a plain-words message for the user (history unavailable, ...).
    """

    routine_changed = Signal(object)
    plan_changed = Signal(object)
    snapshot_changed = Signal(object)
    session_event = Signal(object)
    session_ended = Signal(object)
    notice = Signal(str)

    def __init__(
        self,
        library: Library,
        *,
        history=None,
        clock: Clock | None = None,
        sound=None,
        speech=None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.history = history if history is not None else NullHistoryStore()  # until the app opens its own
        self.clock = clock or MonotonicClock()
        self.sound = sound
        self.speech = speech
        self.routine: Routine | None = None
        self.side_plan: SidePlan = SidePlan.BOTH
        self.pace = 1.0
        self._history_id: int | None = None
        self._before_rating: int | None = None
        self.progress = SessionProgress()  # which items were really done; the switch's seconds
        self.driver = SessionDriver(parent=self)
        self.driver.session_event.connect(self._on_event)
        self.driver.snapshot_changed.connect(self.snapshot_changed)

    # ---- choices ---------------------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self.driver.session

    @property
    def plan(self) -> tuple[PlanItem, ...]:
        session = self.driver.session
        return session.plan if session else ()

    @property
    def state(self) -> SessionState:
        session = self.driver.session
        return session.state if session else SessionState.IDLE

    @property
    def in_progress(self) -> bool:
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    def select_routine(self, routine_id: str, *, start_index: int = 0) -> bool:
        routine = self.library.get(routine_id)
        if routine is None:
            return False
        self._use(routine, start_index)
        return True

    def set_side_plan(self, side_plan: SidePlan) -> None:
        self.side_plan = SidePlan(side_plan)
        if self.routine is not None:
            self._use(self.routine, 0)

    def set_pace(self, pace: float) -> None:
        self.pace = pace
        if self.routine is not None:
            self._use(self.routine, self.driver.session.index if self.driver.session else 0)

    def practise(self, routine_id: str, step_id: str) -> bool:
        """Switch to a short session of one step ("Practise this" in the zone panel)."""
        routine = self.library.get(routine_id)
        step = routine.step_by_id(step_id) if routine else None
        if routine is None or step is None:
            return False
        self._use(practice_routine(routine, step), 0)
        return True

    def use(self, routine: Routine) -> None:
        """Switch to a routine made from a library one (the next morning's lighter offer, issue 18)."""
        self._use(routine, 0)

    def start_here(self, routine_id: str, step_id: str) -> bool:
        """Make `routine_id` current (if it is not) and move to the first plan item of `step_id`."""
        switching = self.routine is None or self.routine.id != routine_id
        if switching and not self.select_routine(routine_id):
            return False
        index = next(
            (i.index for i in self.plan if i.step is not None and i.step.id == step_id),
            None,
        )
        if index is None:
            return False
        self.driver.jump_to(index)
        return True

    def _use(self, routine: Routine, start_index: int) -> None:
        """A fresh idle session for `routine`; any session in progress is stopped and recorded."""
        if self.in_progress:
            self.driver.stop(StopReason.USER)
        sides = self.side_plan
        session = Session(routine, sides, clock=self.clock, pace=self.pace)
        if start_index:
            session.jump_to(min(max(start_index, 0), len(session.plan) - 1))
        self.routine = routine
        self.progress = SessionProgress()  # a new session has done nothing yet
        self.routine_changed.emit(routine)
        self.plan_changed.emit(session.plan)
        self.driver.set_session(session)

    # ---- commands (forwarded to the driver) ------------------------------------------------------

    def toggle(self) -> None:
        """Pause or resume a session in progress (starting one is the session gate's business)."""
        if self.in_progress:
            self.driver.toggle()

    def start(self) -> None:
        """Start the idle session now. Windows start sessions through desktop.model.session_gate, which
        asks the day's safety check and the before-rating first and then calls this."""
        if self.state in (SessionState.FINISHED, SessionState.STOPPED):
            self.reset()
        if self.state is SessionState.IDLE:
            self.driver.start()

    def tell(self, text: str) -> None:
        """A plain-words message for the user (the `notice` signal)."""
        self.notice.emit(text)

    def pause(self) -> None:
        if self.state is SessionState.RUNNING:
            self.driver.pause()

    def next(self) -> None:
        self.driver.next()

    def previous(self) -> None:
        self.driver.previous()

    def restart_item(self) -> None:
        self.driver.restart_item()

    def add_time(self, seconds: float = 10.0) -> None:
        self.driver.add_time(seconds)

    def jump_to(self, index: int) -> None:
        if 0 <= index < len(self.plan):
            self.driver.jump_to(index)

    def stop(self, *, pain: bool = False) -> None:
        self.driver.stop(StopReason.PAIN if pain else StopReason.USER)

    def reset(self) -> None:
        """After a finished or stopped session: a fresh idle session of the same routine."""
        if self.routine is not None:
            self._use(self.routine, 0)

    def snapshot(self) -> SessionSnapshot | None:
        return self.driver.snapshot()

    # ---- what happens around a session -----------------------------------------------------------

    @property
    def done_items(self) -> frozenset[int]:
        """Plan indices this session really did (see desktop.model.session_progress)."""
        return frozenset(self.progress.done)

    def _on_event(self, event: SessionEvent) -> None:
        # (imported on first use: start-up, issue 19)
        from desktop.model.session_events import Finished, ItemStarted, Started, Stopped

        snapshot = self.driver.snapshot()
        active = snapshot.elapsed_active_s if snapshot is not None else 0.0
        if isinstance(event, Started):
            if snapshot is not None:
                self.progress.started(snapshot.index, snapshot.item.kind, active)
            self._begin_record()
        elif isinstance(event, ItemStarted):
            self.progress.item_started(event.index, event.item.kind, active)
            if event.item.kind is ItemKind.STEP:
                self._progress()
        elif isinstance(event, Finished | Stopped):
            self.progress.ended(finished=isinstance(event, Finished), active_s=event.elapsed_active_s)
        if self.sound is not None:
            self.sound.on_event(event)
        if self.speech is not None:
            self.speech.on_event(event, self.plan)
        self.session_event.emit(event)
        if isinstance(event, Finished | Stopped):
            # The end is heard and shown first: session_ended's questions are modal, and the chime and
            # the window's "finished" look used to wait behind them (and behind the history file's sync).
            self.driver.publish_now()
            self._end_record(event)

    def _steps_total(self) -> int:
        return sum(1 for item in self.plan if item.kind is ItemKind.STEP)

    def set_before_rating(self, rating: int | None) -> None:
        """The tension rating given before the session; stored when the session starts."""
        self._before_rating = rating

    def _begin_record(self) -> None:
        routine = self.routine
        if routine is None:
            return
        history_id = self._guard(
            lambda: self.history.begin_session(
                routine.id, routine.title, self.side_plan.value, self._steps_total()
            )
        )
        self._history_id = history_id
        before, self._before_rating = self._before_rating, None
        if history_id is not None and before is not None:
            self._guard(lambda: self.history.set_ratings(history_id, before=before))

    def _steps_done(self) -> int:
        plan = self.plan
        return sum(1 for i in self.progress.done if i < len(plan) and plan[i].kind is ItemKind.STEP)

    def _progress(self) -> None:
        if self.driver.session is None or self._history_id is None:
            return
        done = self._steps_done()
        history_id = self._history_id
        self._guard(lambda: self.history.record_progress(history_id, done))

    def _end_record(self, event: Finished | Stopped) -> None:
        from desktop.model.history_record import Outcome  # the history's types load after start-up

        # (imported on first use: start-up, issue 19)
        from desktop.model.session_events import Finished
        from desktop.model.session_outcome import SessionSummary, zones_reached

        session = self.driver.session
        steps_done = self._steps_done()
        massage_s = self.progress.massage_s(event.elapsed_active_s)
        if isinstance(event, Finished):
            outcome = Outcome.FINISHED
        elif event.reason is StopReason.PAIN:
            outcome = Outcome.STOPPED_PAIN
        else:
            outcome = Outcome.STOPPED
        history_id = self._history_id
        if history_id is not None:
            self._guard(
                lambda: self.history.finish_session(
                    history_id,
                    outcome,
                    steps_done,
                    datetime.now(UTC),
                    active_s=massage_s,
                )
            )
        self._history_id = None
        self.session_ended.emit(
            SessionSummary(
                routine_title=self.routine.title if self.routine else "",
                finished=isinstance(event, Finished),
                stopped_for_pain=outcome is Outcome.STOPPED_PAIN,
                active_s=massage_s,
                steps_done=steps_done,
                steps_total=self._steps_total(),
                history_id=history_id,
                # a stopped session reached the step it was on as well as the ones it finished
                zones=zones_reached(session.plan, event.items_done + 1) if session else (),
            )
        )

    def rate_after(self, history_id: int | None, after: int) -> None:
        """The tension rating given in the end-of-session summary."""
        if history_id is not None:
            self._guard(lambda: self.history.set_ratings(history_id, after=after))

    def record_after(
        self,
        history_id: int | None,
        *,
        after: int | None,
        tight_zones: Sequence[str] = (),
        note: str = "",
    ) -> None:
        """Store what the end-of-session summary collected; empty answers leave the record as it is."""
        if history_id is None:
            return
        if after is not None:
            self.rate_after(history_id, after)
        zones = tuple(tight_zones)
        if zones:
            self._guard(lambda: self.history.set_tight_zones(history_id, zones))
        if note.strip():
            self._guard(lambda: self.history.set_note(history_id, note))

    def _guard(self, write):
        """Run a history write; on failure tell the user once and carry on without history."""
        from desktop.model.history_record import HistoryUnavailable

        try:
            return write()
        except HistoryUnavailable as exc:
            log.warning("history unavailable: %s", exc)
            self.history = NullHistoryStore(reason=str(exc))
            self.notice.emit(
                translate(
                    "session_controller", "Your session continues, but it cannot be saved to history: {error}"
                ).format(error=exc)
            )
            return None
