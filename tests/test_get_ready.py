"""The get-ready count-in: timed from the injected clock like the session, pausable, ticks 3-2-1 once each."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.model.clock import FakeClock
from desktop.model.get_ready import GetReady, GetReadyState


def test_counts_down_on_the_clock_and_ends_done() -> None:
    clock = FakeClock()
    ready = GetReady(5, clock)
    assert ready.state is GetReadyState.IDLE and ready.display() == 5
    ready.start()
    clock.advance(0.2)
    assert ready.display() == 5  # 4.8 s left still shows 5, as every countdown in the app
    clock.advance(0.8)
    assert ready.display() == 4
    clock.advance(4.0)
    ready.tick()
    assert ready.state is GetReadyState.DONE and ready.display() == 0
    assert ready.next_deadline_in() is None


def test_pause_excludes_the_paused_time() -> None:
    clock = FakeClock()
    ready = GetReady(5, clock)
    ready.start()
    clock.advance(1.5)
    ready.toggle()  # pause
    assert ready.state is GetReadyState.PAUSED and ready.next_deadline_in() is None
    clock.advance(60)
    assert ready.tick() == [] and ready.remaining_s() == pytest.approx(3.5)
    ready.toggle()  # resume
    clock.advance(3.4)
    ready.tick()
    assert ready.state is GetReadyState.COUNTING
    clock.advance(0.1)
    ready.tick()
    assert ready.state is GetReadyState.DONE


def test_each_count_in_tick_fires_once_in_order_even_after_a_late_wake_up() -> None:
    clock = FakeClock()
    ready = GetReady(5, clock)
    ready.start()
    clock.advance(1.0)
    assert ready.tick() == []  # 4 left: not yet a count-in tick
    clock.advance(1.0)
    assert ready.tick() == [3]
    assert ready.tick() == []  # never twice
    clock.advance(2.2)  # a late tick passes both 2 and 1
    assert ready.tick() == [2, 1]
    clock.advance(1.0)
    assert ready.tick() == [] and ready.state is GetReadyState.DONE


def test_a_three_second_count_does_not_tick_at_its_own_start() -> None:
    clock = FakeClock()
    ready = GetReady(3, clock)
    ready.start()
    assert ready.tick() == []
    clock.advance(1)
    assert ready.tick() == [2]


def test_cancel_stops_everything() -> None:
    clock = FakeClock()
    ready = GetReady(5, clock)
    ready.start()
    ready.cancel()
    clock.advance(10)
    assert ready.tick() == [] and ready.state is GetReadyState.CANCELLED and not ready.active


@pytest.mark.parametrize("seconds", [0, -1, math.nan, math.inf, True])
def test_a_count_needs_a_positive_finite_length(seconds: float) -> None:
    with pytest.raises(ValueError):
        GetReady(seconds, FakeClock())


@given(st.lists(st.floats(min_value=0.01, max_value=1.0), min_size=1, max_size=60))
def test_waiting_as_asked_shows_every_second_once(waits: list[float]) -> None:
    """A driver that sleeps at most next_deadline_in() sees 5, 4, 3, 2, 1 with none skipped or repeated."""
    clock = FakeClock()
    ready = GetReady(5, clock)
    ready.start()
    shown = [ready.display()]
    for wait in waits * 20:
        asked = ready.next_deadline_in()
        if asked is None:
            break
        clock.advance(min(wait, asked) if asked > 0 else 0.0)
        ready.tick()
        if ready.state is GetReadyState.DONE:
            break
        if ready.display() != shown[-1]:
            shown.append(ready.display())
    assert shown == [5, 4, 3, 2, 1][: len(shown)]
