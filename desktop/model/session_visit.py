"""One visit of a plan item: its length (add_time lengthens it), where its phases begin, which cues fired.

Kept apart from the engine (desktop.model.session) so the engine holds only time and state — deadlines,
pauses, clock jumps — while this says what happens *within* an item: the events of entering it, the
phase changes, halfway and countdown cues due by a given point in it (each once per visit, in time order,
a late tick firing every one it passed), and how lengthening the current phase moves the later ones.
Nothing here reads a clock: every point is "seconds into the item", given by the engine.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from desktop.model.session_plan import COUNTDOWN_FROM, DISPLAY_EPSILON_S, milestones, phase_starts
from desktop.model.session_snapshot import ItemKind, PlanItem

if TYPE_CHECKING:
    from desktop.model.session_events import SessionEvent

EPS = DISPLAY_EPSILON_S


class ItemVisit:
    """The current item of a session, from the moment it is entered (afresh on every visit)."""

    __slots__ = ("duration", "fired", "index", "item", "phase_starts")

    def __init__(self, item: PlanItem, index: int) -> None:
        self.index = index
        self.item = item
        self.duration = item.duration_s
        self.phase_starts = phase_starts(item)
        self.fired: set[tuple[str, int]] = set()

    def phase_at(self, elapsed: float) -> int:
        """The phase `elapsed` seconds into the item; -1 when the item has no phases."""
        return bisect_right(self.phase_starts, elapsed + EPS) - 1

    def entry_events(self) -> list[SessionEvent]:
        """What entering the item announces: ItemStarted, SidesSwitched for a switch, its first phase."""
        # (imported on first use: start-up, issue 19)
        from desktop.model.session_events import ItemStarted, PhaseChanged, SidesSwitched

        item = self.item
        events: list[SessionEvent] = [ItemStarted(self.index, item)]
        if item.kind is ItemKind.SWITCH_SIDES:
            events.append(SidesSwitched(item.side))
        if item.step is not None and item.step.phases:
            phase = item.step.phases[0]
            events.append(PhaseChanged(self.index, 0, phase.name, phase.cue))
        return events

    def _milestones(self) -> list[tuple[float, int, tuple[str, int]]]:
        return milestones(self.item, self.duration, self.phase_starts)

    def due(self, elapsed: float) -> list[SessionEvent]:
        """Fire, in time order, each not-yet-fired milestone at or before `elapsed` seconds into the item."""
        # (imported on first use: start-up, issue 19)
        from desktop.model.session_events import Countdown, Halfway, PhaseChanged

        events: list[SessionEvent] = []
        for at, _order, key in self._milestones():
            if at > elapsed + EPS or key in self.fired:
                continue
            self.fired.add(key)
            kind, n = key
            if kind == "phase":
                phase = self.item.step.phases[n]  # type: ignore[union-attr]
                events.append(PhaseChanged(self.index, n, phase.name, phase.cue))
            elif kind == "half":
                events.append(Halfway(self.index))
            else:
                events.append(Countdown(self.index, n))
        return events

    def waits(self, elapsed: float) -> list[float]:
        """Seconds from `elapsed` to each milestone not yet fired (negative for one already passed)."""
        return [at - elapsed for at, _order, key in self._milestones() if key not in self.fired]

    def lengthen(self, seconds: float, elapsed: float) -> None:
        """Add `seconds` to the phase under way at `elapsed`: the later phases begin that much later."""
        phase = self.phase_at(elapsed)
        for j in range(phase + 1, len(self.phase_starts)):
            self.phase_starts[j] += seconds
        self.duration += seconds

    def rearm_countdown(self, remaining: float) -> None:
        """A countdown already heard fires again when its moment lies ahead once more (after add_time)."""
        self.fired -= {("count", n) for n in range(1, COUNTDOWN_FROM + 1) if remaining > n + EPS}
