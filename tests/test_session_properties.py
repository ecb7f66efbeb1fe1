"""Random command/clock sequences keep the session's invariants (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from session_helpers import make_routine

from desktop.model.clock import FakeClock
from desktop.model.routine import SidePlan
from desktop.model.session import Session
from desktop.model.session_events import Countdown, Finished, ItemStarted, SessionState, StopReason

COMMANDS = ["start", "pause", "resume", "toggle", "next", "previous", "restart_item", "add_time"]

actions = st.one_of(
    st.tuples(st.just("advance"), st.floats(min_value=0, max_value=1.5)),
    st.tuples(st.just("advance"), st.floats(min_value=0, max_value=12)),  # sometimes a clock jump
    st.tuples(st.sampled_from(COMMANDS), st.none()),
    st.tuples(st.just("jump_to"), st.integers(min_value=0, max_value=6)),
    st.tuples(st.just("stop"), st.sampled_from(list(StopReason))),
)


@settings(
    max_examples=300,
    deadline=None,
    # the autouse user-dir fixture in conftest is irrelevant to a model without files
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    script=st.lists(actions, max_size=60),
    pace=st.sampled_from([0.75, 1.0, 1.5]),
    sides=st.sampled_from(list(SidePlan)),
)
def test_random_use_keeps_the_invariants(
    script: list[tuple[str, object]], pace: float, sides: SidePlan
) -> None:
    clock = FakeClock(0)
    session = Session(make_routine(), sides, clock=clock, pace=pace)
    plan = session.plan
    active_before = 0.0
    countdowns_heard: set[tuple[int, int]] = set()
    for action, arg in script:
        before = session.snapshot()
        if action == "advance":
            clock.advance(arg)  # type: ignore[arg-type]
            events = session.tick()
        elif action == "jump_to":
            events = session.jump_to(arg % len(plan))  # type: ignore[operator]
        elif action == "stop":
            events = session.stop(arg)  # type: ignore[arg-type]
        else:
            events = getattr(session, action)()
        snap = session.snapshot()

        assert 0 <= snap.index < len(plan)
        assert 0 <= snap.remaining_s <= snap.item.duration_s + 10 * script.count(("add_time", None)) + 1e-9
        assert snap.total_remaining_s - snap.remaining_s >= 0
        assert 0 <= snap.items_done <= len(plan)
        assert active_before - 1e-9 <= snap.elapsed_active_s <= clock.now() + 1e-9
        active_before = snap.elapsed_active_s
        if snap.state is SessionState.FINISHED:
            assert snap.items_done == len(plan)
            assert snap.remaining_s == snap.total_remaining_s == 0
        wait = session.next_deadline_in()
        if snap.state is SessionState.RUNNING:
            assert wait is not None and 0 <= wait <= 1.0
        else:
            assert wait is None

        if action == "advance" and before.state is snap.state is SessionState.RUNNING:
            # time alone only ever runs the session down, and the current item is the last ItemStarted
            assert snap.total_remaining_s <= before.total_remaining_s + 1e-9
            started = [e.index for e in events if isinstance(e, ItemStarted)]
            assert started == list(range(before.index + 1, snap.index + 1))
        if action == "advance" and before.state is SessionState.RUNNING and snap.state is SessionState.PAUSED:
            # a clock jump: frozen exactly where it was last seen running, nothing skipped
            assert snap.index == before.index
            assert abs(snap.total_remaining_s - before.total_remaining_s) < 1e-9  # float clock sums
            assert arg >= session.jump_threshold_s - 1e-9  # "more than" the threshold, up to float error
        if action == "advance":
            for e in events:  # without commands, no countdown number repeats within an item
                if isinstance(e, Countdown):
                    assert (e.index, e.seconds_left) not in countdowns_heard
                    countdowns_heard.add((e.index, e.seconds_left))
                if isinstance(e, ItemStarted):
                    countdowns_heard = {k for k in countdowns_heard if k[0] != e.index}
        else:
            countdowns_heard.clear()
        assert sum(isinstance(e, Finished) for e in events) == (
            before.state is not SessionState.FINISHED and snap.state is SessionState.FINISHED
        )
