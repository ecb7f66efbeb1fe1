"""A screen-saver inhibitor stand-in for follow-along tests: no D-Bus, and it records what it was asked."""

from __future__ import annotations


class FakeInhibitor:
    """Counts inhibit/release calls; `active` as a real inhibitor reports it."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.active = False
        self.unavailable_reason = ""

    def inhibit(self, reason: str) -> None:
        self.calls.append("inhibit")
        self.active = True

    def release(self) -> None:
        self.calls.append("release")
        self.active = False
