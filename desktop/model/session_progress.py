"""What a session really did, as its events tell it: which plan items were done, and how much of the
running time went on the switch between feet.

"Done" means the session ran the item and went on to the very next one (by time, or by →): a jump
("Start here", "Switch & start here", a click in the step list) or going back ticks nothing, so a step
is never marked done that was not done. The switch is not massage, so its seconds are left out of
"of massage" and of history's minutes. Pure Python, fed by desktop.qt.session_controller.
"""

from __future__ import annotations

from desktop.model.session_snapshot import ItemKind


class SessionProgress:
    def __init__(self) -> None:
        self.done: set[int] = set()
        self.switch_s = 0.0
        self._current: int | None = None
        self._switch_since: float | None = None

    def started(self, index: int, kind: ItemKind, active_s: float) -> None:
        """The session started (on `index`, which may not be the first item)."""
        self.done.clear()
        self.switch_s = 0.0
        self._current = None
        self._switch_since = None
        self.item_started(index, kind, active_s)

    def item_started(self, index: int, kind: ItemKind, active_s: float) -> None:
        """Item `index` became current at `active_s` seconds of running time."""
        self._close_switch(active_s)
        if self._current is not None and index == self._current + 1:
            self.done.add(self._current)
        self._current = index
        if kind is ItemKind.SWITCH_SIDES:
            self._switch_since = active_s

    def ended(self, *, finished: bool, active_s: float) -> None:
        """The session finished (the last item counts as done) or was stopped (the current does not)."""
        self._close_switch(active_s)
        if finished and self._current is not None:
            self.done.add(self._current)
        self._current = None

    def massage_s(self, active_s: float) -> float:
        """Running time without the switch between feet."""
        return max(0.0, active_s - self.switch_s)

    def _close_switch(self, active_s: float) -> None:
        if self._switch_since is not None:
            self.switch_s += max(0.0, active_s - self._switch_since)
            self._switch_since = None
