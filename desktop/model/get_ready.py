"""The "get ready" count-in before the first step: a few seconds to settle the foot and oil the hands.

Kept apart from the session engine because it is not part of the plan (it is never recorded, never
skipped to, and its length is a setting rather than a routine's). Timed like the engine (invariant 1):
remaining = deadline − monotonic now from the same injected clock, pauses excluded, never counted in
ticks; the seconds shown use the engine's one rounding rule (display_seconds).
"""

from __future__ import annotations

import math
from enum import StrEnum

from desktop.model.clock import Clock
from desktop.model.session_plan import COUNTDOWN_FROM, DISPLAY_EPSILON_S, display_seconds

MAX_WAIT_S = 1.0
"""`next_deadline_in()` never asks for a longer wait (as the engine), so a late wake-up is harmless."""


class GetReadyState(StrEnum):
    IDLE = "idle"  # made, not started
    COUNTING = "counting"
    PAUSED = "paused"
    DONE = "done"  # the count reached zero: start the session now
    CANCELLED = "cancelled"


class GetReady:
    """A pausable countdown of `seconds` on `clock`.

    `tick()` returns the count-in seconds (3, 2, 1) reached since the last call, each once and in
    order, so a driver can play a tick sound for each; after 0 the state is DONE.
    """

    def __init__(self, seconds: float, clock: Clock) -> None:
        if isinstance(seconds, bool) or not math.isfinite(seconds) or seconds <= 0:
            raise ValueError(f"a get-ready count needs a positive number of seconds, not {seconds!r}")
        self.seconds = float(seconds)
        self._clock = clock
        self._state = GetReadyState.IDLE
        self._frozen = self.seconds  # remaining while not counting
        self._deadline = 0.0
        self._announced = {n for n in range(1, COUNTDOWN_FROM + 1) if n >= self.seconds - DISPLAY_EPSILON_S}

    @property
    def state(self) -> GetReadyState:
        return self._state

    @property
    def counting(self) -> bool:
        return self._state is GetReadyState.COUNTING

    @property
    def active(self) -> bool:
        """Counting or paused: the count-in is what the screen shows."""
        return self._state in (GetReadyState.COUNTING, GetReadyState.PAUSED)

    def remaining_s(self) -> float:
        if self._state is GetReadyState.COUNTING:
            return min(self.seconds, max(0.0, self._deadline - self._clock.now()))
        if self._state is GetReadyState.DONE:
            return 0.0
        return self._frozen

    def display(self) -> int:
        """Whole seconds to show, rounded as every other countdown in the app."""
        return display_seconds(self.remaining_s())

    def start(self) -> None:
        if self._state is GetReadyState.IDLE:
            self._run()

    def pause(self) -> None:
        if self._state is GetReadyState.COUNTING:
            self._frozen = self.remaining_s()
            self._state = GetReadyState.PAUSED

    def resume(self) -> None:
        if self._state is GetReadyState.PAUSED:
            self._run()

    def toggle(self) -> None:
        """Pause when counting, count on when paused, begin when not yet started."""
        if self._state is GetReadyState.COUNTING:
            self.pause()
        elif self._state is GetReadyState.PAUSED:
            self.resume()
        else:
            self.start()

    def cancel(self) -> None:
        if self._state is not GetReadyState.DONE:
            self._state = GetReadyState.CANCELLED

    def tick(self) -> list[int]:
        """Catch up with the clock: the count-in seconds newly reached (e.g. [3] or [2, 1]); DONE at 0."""
        if self._state is not GetReadyState.COUNTING:
            return []
        remaining = self.remaining_s()
        reached = [
            n
            for n in range(COUNTDOWN_FROM, 0, -1)
            if n not in self._announced and remaining <= n + DISPLAY_EPSILON_S
        ]
        self._announced.update(reached)
        if remaining <= DISPLAY_EPSILON_S:
            self._state = GetReadyState.DONE
        return reached

    def next_deadline_in(self) -> float | None:
        """Seconds until the displayed second changes (or the count ends); None unless counting."""
        if self._state is not GetReadyState.COUNTING:
            return None
        remaining = self.remaining_s()
        if remaining <= DISPLAY_EPSILON_S:
            return 0.0
        return max(0.0, min(MAX_WAIT_S, remaining - (display_seconds(remaining) - 1)))

    def _run(self) -> None:
        self._deadline = self._clock.now() + self._frozen
        self._state = GetReadyState.COUNTING
