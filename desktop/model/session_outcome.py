"""How a session ended and what the person said about it afterwards: plain data, one set of limits.

Both end-of-session screens (the main window's summary dialog and follow-along's summary page) collect
the same AfterSession and hand it to the session gate, which saves it by one route.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.model.session_snapshot import PlanItem

NOTE_MAX = 2000
"""The after-session note's length limit, which the history store keeps too (desktop.model.history),
so an editor never accepts what would be cut."""

ZONES_PER_ROW = 4
"""The "where did it feel tight?" toggles, in rows of this many, on every summary screen."""


@dataclass(frozen=True)
class SessionSummary:
    """How a session ended, for the end-of-session summary and the after-rating."""

    routine_title: str
    finished: bool
    stopped_for_pain: bool
    active_s: float
    steps_done: int
    steps_total: int
    history_id: int | None
    zones: tuple[str, ...] = ()  # zone ids of the steps reached, in plan order, each once


@dataclass(frozen=True)
class AfterSession:
    """What the person said after a session: rating (None = not rated), zones that felt tight, a note."""

    rating: int | None
    tight_zones: tuple[str, ...] = ()
    note: str = ""

    def cleaned(self) -> AfterSession:
        """The answer as it is stored: a rating in 0..10 or None, zones once each, a trimmed capped note."""
        rating = self.rating if self.rating is not None and 0 <= self.rating <= 10 else None
        return AfterSession(rating, tuple(dict.fromkeys(self.tight_zones)), self.note.strip()[:NOTE_MAX])

    @property
    def empty(self) -> bool:
        return self.rating is None and not self.tight_zones and not self.note.strip()


def zones_reached(plan: Sequence[PlanItem], items_reached: int) -> tuple[str, ...]:
    """Zone ids of the steps among the first `items_reached` plan items, in order, without repeats."""
    seen: dict[str, None] = {}
    for item in plan[:items_reached]:
        if item.step is not None:
            seen.update(dict.fromkeys(item.step.zones))
    return tuple(seen)


def grid_cell(n: int) -> tuple[int, int]:
    """(row, column) of the n-th zone toggle (0-based) in a summary's grid."""
    return divmod(n, ZONES_PER_ROW)
