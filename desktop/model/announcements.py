"""What a screen reader is told about a running session, and when: never the countdown every second.

Stretchly's screen-reader bug came from a countdown announced every second; a person listening must
hear the changes that matter and nothing else. So an announcement is made when the step (or the switch
of feet) changes, when the phase changes within a step, when the session pauses, resumes or ends, and
in the last three seconds of a step ("3", "2", "1"), once each. The words are the presenter's
(desktop.model.session_presenter, via SessionText): this module only picks the moments.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from desktop.model.session_snapshot import SessionSnapshot, SessionState
from desktop.model.session_text import SessionText

LAST_SECONDS = 3


class Announcement(NamedTuple):
    """One thing to tell a screen reader, and the kind of moment it marks (tests read `kind`).

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    text: str
    kind: str  # "step", "phase", "state" or "ending"


class AnnouncementPicker:
    """Feed it every snapshot with its SessionText; it returns the announcements due at that moment."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._item: tuple[int, str] | None = None
        self._phase = ""
        self._state: SessionState | None = None
        self._counted: set[int] = set()

    def update(self, snap: SessionSnapshot, text: SessionText) -> list[Announcement]:
        due: list[Announcement] = []
        item = (snap.index, text.title)
        if snap.state is SessionState.IDLE:
            self._reset()
            return due
        if item != self._item:
            self._item, self._phase, self._counted = item, text.phase, set()
            words = f"{text.counter}: {text.title}." + (f" {text.cue}" if text.cue else "")
            due.append(Announcement(words, "step"))
        elif text.phase and text.phase != self._phase:
            self._phase = text.phase
            due.append(Announcement(text.phase + (f": {text.cue}" if text.cue else ""), "phase"))
        if snap.state is not self._state:
            first = self._state is None
            self._state = snap.state
            if not first and text.state_note:
                due.append(Announcement(text.state_note, "state"))
            elif not first and snap.state is SessionState.RUNNING:
                due.append(Announcement(text.status or text.counter, "state"))
        if snap.state is SessionState.RUNNING:
            second = math.ceil(snap.remaining_s)
            if 1 <= second <= LAST_SECONDS and second not in self._counted and snap.remaining_s > 0:
                self._counted.add(second)
                due.append(Announcement(str(second), "ending"))
        return due
