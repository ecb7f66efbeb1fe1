"""The session engine: a pure state machine that plays a plan against an injected monotonic clock.

Time is never counted in ticks (invariant 1). While running, the current item has a *deadline* on the
clock; remaining = deadline − now. When an item ends by time, the next deadline is chained from the
previous deadline (not from the tick that noticed it), so late or irregular ticks cause no drift at all.
Pausing freezes the remaining time; resuming sets a new deadline from it, so pauses are excluded.

A tick (or command) that arrives more than `jump_threshold_s` after the previous one while running means
the clock leapt (suspend/resume, a frozen process): the session pauses as of the last time it was seen
running (PauseReason.CLOCK_JUMP) instead of racing through the steps. The Qt driver ticks at least once a
second while running (`next_deadline_in()` never exceeds 1 s), so a 5 s threshold has plenty of margin.

Commands and `tick()` return the events they caused, in order; nothing is emitted behind the caller's back.

This module keeps time and state; what happens within the current item (its phases, halfway and countdown
cues, lengthening it) is desktop.model.session_visit's.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from desktop.model.clock import Clock
from desktop.model.routine import Routine, SidePlan
from desktop.model.session_plan import DISPLAY_EPSILON_S, build_plan, display_seconds, normalise_pace
from desktop.model.session_snapshot import PauseReason, PlanItem, SessionSnapshot, SessionState, StopReason
from desktop.model.session_visit import ItemVisit

if TYPE_CHECKING:
    from desktop.model.session_events import SessionEvent

__all__ = ["PREVIOUS_RESTARTS_AFTER_S", "Session", "display_seconds"]

PREVIOUS_RESTARTS_AFTER_S = 3.0
"""`previous()` more than this far into an item restarts it; earlier, it goes to the item before (as a
music player's "previous" does: a second press right after the first steps back further)."""
EPS = DISPLAY_EPSILON_S
MAX_TICK_INTERVAL_S = 1.0
"""`next_deadline_in()` never asks for a longer wait, so clock jumps are told from legitimate gaps."""

_ENDED = (SessionState.FINISHED, SessionState.STOPPED)


class Session:
    """One guided run through a routine's plan. See the module docstring for the timing rules.

    States: idle → running ⇄ paused → finished, or → stopped (early, by the user or for pain).
    In idle, `next`/`previous`/`jump_to` only choose where `start()` begins: they emit nothing (sound and
    speech adapters announce every ItemStarted) and the new index shows in `snapshot()`. In running or
    paused they make the chosen item current with its full time and emit the item's entry events
    (ItemStarted, SidesSwitched for a switch item, PhaseChanged for the first phase). When the
    session has ended every command is a no-op returning [].

    Per item visit, in time order: PhaseChanged as each later phase begins, Halfway (steps only, not the
    side switch), Countdown 3, 2, 1 when that many seconds are left (only those shorter than the item).
    Each fires once per visit; a late tick fires the ones it passed, in order, never skipping one.
    `items_done` in snapshots and Stopped is a position: the items before the current one.
    """

    def __init__(
        self,
        routine: Routine,
        sides: SidePlan | None = None,
        *,
        clock: Clock,
        pace: float = 1.0,
        switch_seconds: float = 10.0,
        jump_threshold_s: float = 5.0,
        start_index: int = 0,
    ) -> None:
        if not math.isfinite(jump_threshold_s) or jump_threshold_s <= MAX_TICK_INTERVAL_S:
            raise ValueError(
                f"jump_threshold_s must exceed {MAX_TICK_INTERVAL_S} s, not {jump_threshold_s!r}"
            )
        self.routine = routine
        self.plan: tuple[PlanItem, ...] = build_plan(routine, sides, pace=pace, switch_seconds=switch_seconds)
        self.pace = normalise_pace(pace)
        self.jump_threshold_s = jump_threshold_s
        self._clock = clock
        durations = [item.duration_s for item in self.plan]
        self._plan_total = math.fsum(durations)
        self._after_s = [math.fsum(durations[i + 1 :]) for i in range(len(durations))]  # time after item i
        self._state = SessionState.IDLE
        self._check_index(start_index)
        self._added_total = 0.0
        self._active_base = 0.0  # running seconds accumulated before the current run segment
        self._run_start = 0.0  # clock time the current run segment began
        self._last_seen = 0.0  # clock time of the last tick/command while running
        self._deadline = 0.0  # clock time the current item ends (meaningful while running)
        self._enter(start_index, 0.0)

    # ---- queries ---------------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def index(self) -> int:
        return self._visit.index

    @property
    def total_s(self) -> float:
        """The plan's total time plus every second added with `add_time`."""
        return self._plan_total + self._added_total

    def snapshot(self) -> SessionSnapshot:
        """The session as of now (or as of the last good time, if a clock jump is not yet ticked)."""
        t = self._view_time()
        visit = self._visit
        remaining = self._remaining_at(t)
        elapsed = visit.duration - remaining
        phase = visit.phase_at(elapsed)
        step = self.plan[visit.index].step
        phase_obj = step.phases[phase] if step is not None and phase >= 0 else None
        return SessionSnapshot(
            state=self._state,
            index=visit.index,
            item=self.plan[visit.index],
            next_item=self.plan[visit.index + 1] if visit.index + 1 < len(self.plan) else None,
            phase_index=phase,
            phase_name=phase_obj.name if phase_obj else "",
            phase_cue=phase_obj.cue if phase_obj else "",
            remaining_s=remaining,
            item_elapsed_s=elapsed,
            total_remaining_s=remaining + self._after_s[visit.index],
            total_s=self.total_s,
            elapsed_active_s=self._active_at(t),
            items_done=self._items_done(),
        )

    def next_deadline_in(self) -> float | None:
        """Seconds until something visible changes (a displayed second, an event); None unless running.

        Never more than 1 s, so a driver that waits this long between ticks keeps jump detection honest.
        """
        if self._state is not SessionState.RUNNING:
            return None
        t = self._view_time()
        remaining = self._deadline - t
        if remaining <= EPS:
            return 0.0
        total = remaining + self._after_s[self._visit.index]
        waits = [
            MAX_TICK_INTERVAL_S,
            remaining - (display_seconds(remaining) - 1),
            total - (display_seconds(total) - 1),
        ]
        waits += self._visit.waits(self._visit.duration - remaining)
        return max(0.0, min(waits))

    # ---- commands --------------------------------------------------------------------------------

    def tick(self) -> list[SessionEvent]:
        """Bring the session up to the clock: fire due events, cross finished items, detect jumps."""
        return self._catch_up()

    def start(self) -> list[SessionEvent]:
        from desktop.model.session_events import Started  # (imported on first use: start-up, issue 19)

        if self._state is not SessionState.IDLE:
            return []
        now = self._clock.now()
        self._state = SessionState.RUNNING
        self._run(now)
        return [Started(total_s=self.total_s), *self._visit.entry_events(), *self._advance(now)]

    def pause(self) -> list[SessionEvent]:
        from desktop.model.session_events import Paused  # (imported on first use: start-up, issue 19)

        events = self._catch_up()
        if self._state is SessionState.RUNNING:
            self._freeze(self._clock.now())
            self._state = SessionState.PAUSED
            events.append(Paused(PauseReason.USER))
        return events

    def resume(self) -> list[SessionEvent]:
        from desktop.model.session_events import Resumed  # (imported on first use: start-up, issue 19)

        if self._state is not SessionState.PAUSED:
            return []
        now = self._clock.now()
        self._state = SessionState.RUNNING
        self._run(now)
        return [Resumed(), *self._advance(now)]

    def toggle(self) -> list[SessionEvent]:
        """Start when idle, pause when running, resume when paused (the one big play/pause button)."""
        if self._state is SessionState.IDLE:
            return self.start()
        if self._state is SessionState.RUNNING:
            return self.pause()
        return self.resume()

    def stop(self, reason: StopReason = StopReason.USER) -> list[SessionEvent]:
        from desktop.model.session_events import Stopped  # (imported on first use: start-up, issue 19)

        events = self._catch_up()
        if self._state in _ENDED:
            return events
        if self._state is SessionState.RUNNING:
            self._freeze(self._clock.now())
        self._state = SessionState.STOPPED
        events.append(Stopped(StopReason(reason), self._active_base, self._items_done()))
        return events

    def next(self) -> list[SessionEvent]:
        """Go to the next item; on the last item of a started session, finish it."""
        events = self._catch_up()
        if self._visit.index + 1 < len(self.plan):
            return events + self._go_to(self._visit.index + 1)
        if self._state in (SessionState.RUNNING, SessionState.PAUSED):
            events += self._finish(self._clock.now())
        return events

    def previous(self) -> list[SessionEvent]:
        """Restart the item if more than PREVIOUS_RESTARTS_AFTER_S into it, else go to the item before.

        On the first item there is nothing before: it restarts (a no-op while idle).
        """
        events = self._catch_up()
        if self._state in _ENDED:
            return events
        index = self._visit.index
        elapsed = self._visit.duration - self._remaining_at(self._clock.now())
        back = elapsed <= PREVIOUS_RESTARTS_AFTER_S + EPS and index > 0
        return events + self._go_to(index - 1 if back else index)

    def restart_item(self) -> list[SessionEvent]:
        events = self._catch_up()
        if self._state in (SessionState.RUNNING, SessionState.PAUSED):
            events += self._go_to(self._visit.index)
        return events

    def jump_to(self, index: int) -> list[SessionEvent]:
        """Make plan item `index` current; in idle this is "start here". Raises IndexError if out of range."""
        self._check_index(index)
        return self._catch_up() + self._go_to(index)

    def add_time(self, seconds: float = 10.0) -> list[SessionEvent]:
        """Lengthen the current item (its current phase) by `seconds`; running or paused only.

        A countdown already heard re-arms when its moment lies ahead again, so the user hears 3-2-1
        before the new end; the halfway cue never repeats.
        """
        from desktop.model.session_events import TimeAdded  # (imported on first use: start-up, issue 19)

        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"can only add a positive number of seconds, not {seconds!r}")
        events = self._catch_up()
        if self._state not in (SessionState.RUNNING, SessionState.PAUSED):
            return events
        now = self._clock.now()
        self._visit.lengthen(seconds, self._visit.duration - self._remaining_at(now))
        if self._state is SessionState.RUNNING:
            self._deadline += seconds
        else:
            self._frozen_remaining += seconds
        self._added_total += seconds
        self._visit.rearm_countdown(self._remaining_at(now))
        events.append(TimeAdded(self._visit.index, seconds))
        return events

    # ---- internals -------------------------------------------------------------------------------

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self.plan):
            raise IndexError(f"plan item {index} does not exist (the plan has {len(self.plan)} items)")

    def _enter(self, index: int, at: float) -> None:
        """Make `index` current with its full time, as if it began at clock time `at` (if running)."""
        self._visit = ItemVisit(self.plan[index], index)
        self._frozen_remaining = self._visit.duration
        self._deadline = at + self._visit.duration

    def _go_to(self, index: int) -> list[SessionEvent]:
        if self._state in _ENDED:
            return []
        if self._state is SessionState.IDLE:
            self._enter(index, 0.0)  # only where start() begins: no event, nothing to announce yet
            return []
        now = self._clock.now()
        self._enter(index, now)
        events = self._visit.entry_events()
        if self._state is SessionState.RUNNING:
            events += self._advance(now)
        return events

    def _catch_up(self) -> list[SessionEvent]:
        if self._state is not SessionState.RUNNING:
            return []
        return self._advance(self._clock.now())

    def _advance(self, now: float) -> list[SessionEvent]:
        """Process running time up to `now`: jump check, due milestones, items ending on their deadlines."""
        from desktop.model.session_events import Paused  # (imported on first use: start-up, issue 19)

        now = max(now, self._last_seen)
        if now - self._last_seen > self.jump_threshold_s:
            self._freeze(self._last_seen)
            self._state = SessionState.PAUSED
            return [Paused(PauseReason.CLOCK_JUMP)]
        events: list[SessionEvent] = []
        while True:
            end = self._deadline
            events += self._visit.due(self._visit.duration - max(0.0, end - now))
            if now < end - EPS:
                break
            if self._visit.index + 1 >= len(self.plan):
                events += self._finish(end)
                break
            self._enter(self._visit.index + 1, end)  # chained from the deadline, not from `now`: no drift
            events += self._visit.entry_events()
        self._last_seen = now
        return events

    def _finish(self, at: float) -> list[SessionEvent]:
        from desktop.model.session_events import Finished  # (imported on first use: start-up, issue 19)

        if self._state is SessionState.RUNNING:
            self._freeze(at)
        self._frozen_remaining = 0.0
        self._state = SessionState.FINISHED
        return [Finished(self._active_base, len(self.plan))]

    def _run(self, now: float) -> None:
        """Begin a run segment: the frozen remaining time becomes a deadline."""
        self._deadline = now + self._frozen_remaining
        self._run_start = now
        self._last_seen = now

    def _freeze(self, at: float) -> None:
        """End a run segment as of clock time `at`."""
        self._frozen_remaining = max(0.0, self._deadline - at)
        self._active_base += max(0.0, at - self._run_start)

    def _view_time(self) -> float:
        now = self._clock.now()
        if self._state is SessionState.RUNNING and now - self._last_seen > self.jump_threshold_s:
            return self._last_seen  # a jump the next tick will turn into a pause: show that moment
        return now

    def _remaining_at(self, t: float) -> float:
        if self._state is SessionState.RUNNING:
            return min(self._visit.duration, max(0.0, self._deadline - t))
        return self._frozen_remaining

    def _active_at(self, t: float) -> float:
        if self._state is SessionState.RUNNING:
            return self._active_base + max(0.0, t - self._run_start)
        return self._active_base

    def _items_done(self) -> int:
        """Plan items behind the current one (all of them once finished): a position, not a tally."""
        return len(self.plan) if self._state is SessionState.FINISHED else self._visit.index
