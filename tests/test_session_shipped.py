"""Every shipped routine, played whole on a fake clock the way the driver ticks it: no drift, no skips."""

from __future__ import annotations

import itertools

import pytest

from desktop.model.clock import FakeClock
from desktop.model.library import load_library
from desktop.model.routine import SidePlan
from desktop.model.session import Session, display_seconds
from desktop.model.session_events import (
    Countdown,
    Finished,
    ItemKind,
    ItemStarted,
    SessionState,
    SidesSwitched,
)

LIBRARY = load_library()


@pytest.mark.parametrize("routine", LIBRARY.routines, ids=lambda r: r.id)
def test_a_whole_routine_on_both_feet_ends_exactly_on_time(routine) -> None:
    clock = FakeClock()
    session = Session(routine, SidePlan.BOTH, clock=clock)
    total = sum(item.duration_s for item in session.plan)
    events = session.start()
    shown: list[tuple[int, int]] = []
    while session.state is SessionState.RUNNING:
        wait = session.next_deadline_in()
        assert wait is not None and 0 < wait <= 1.0
        clock.advance(wait)
        events += session.tick()
        snap = session.snapshot()
        if session.state is SessionState.RUNNING:
            shown.append((snap.index, display_seconds(snap.remaining_s)))

    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1
    assert finished[0].elapsed_active_s == pytest.approx(total, abs=1e-9)  # zero drift
    started = [e.index for e in events if isinstance(e, ItemStarted)]
    assert started == list(range(len(session.plan)))  # every item, in order, none skipped
    assert sum(isinstance(e, SidesSwitched) for e in events) == 1
    steps = [i for i in session.plan if i.kind is ItemKind.STEP]
    assert len(steps) == 2 * len(routine.steps)
    # 3-2-1 once per item; the displayed seconds count down by one without a skip or a repeat.
    for item in session.plan:
        ticks = [e.seconds_left for e in events if isinstance(e, Countdown) and e.index == item.index]
        assert ticks == [3, 2, 1]
        seen = [s for index, s in shown if index == item.index]
        # Several ticks may show the same second (a phase can change mid-second); what the display
        # shows over time, with those collapsed, must go down by exactly one each time.
        seconds = [s for k, s in enumerate(seen) if k == 0 or s != seen[k - 1]]
        assert all(a - b == 1 for a, b in itertools.pairwise(seconds))
