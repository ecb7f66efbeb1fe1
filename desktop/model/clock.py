"""Time behind a port: the session engine asks a Clock, so tests and benchmarks can drive time by hand.

Only monotonic time is used (invariant 1): wall-clock changes (NTP, DST, the user setting the date)
must never shorten or stretch a step.
"""

from __future__ import annotations

import math
import time
from typing import Protocol


class Clock(Protocol):
    """A source of monotonic seconds; only differences between two readings mean anything."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: `time.monotonic()`, which keeps counting across wall-clock changes.

    On Linux it stops while the machine is suspended; the session still detects a resume because the
    driver's next tick arrives late (see Session.jump_threshold_s), and other platforms jump forward.
    """

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: for tests and benchmarks."""

    def __init__(self, start: float = 1000.0) -> None:
        self._t = float(start)

    def now(self) -> float:
        return self._t

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds` (>= 0) and return the new time."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"a monotonic clock only moves forward, not by {seconds!r}")
        self._t += seconds
        return self._t

    def set(self, t: float) -> None:
        """Jump to an absolute time (forward only, like a real monotonic clock)."""
        if not math.isfinite(t) or t < self._t:
            raise ValueError(f"a monotonic clock cannot go from {self._t!r} back to {t!r}")
        self._t = float(t)
