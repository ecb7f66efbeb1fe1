"""The session engine against a fake clock: event order, no drift, pauses, clock jumps, every command.

No Qt here: the engine is pure Python (the Qt driver has its own tests in test_session_driver.py).
"""

from __future__ import annotations

import math
from itertools import accumulate, groupby

import pytest
from session_helpers import T0, expected_script, go, label, make_routine, new_session, run

from desktop.model.clock import FakeClock, MonotonicClock
from desktop.model.routine import Side, SidePlan
from desktop.model.session import Session, display_seconds
from desktop.model.session_events import (
    Finished,
    ItemKind,
    SessionState,
    Stopped,
    StopReason,
)

IRREGULAR = [0.3, 0.97, 0.5, 1.0, 0.13, 0.77, 0.01, 1.9]


# ---- plan ---------------------------------------------------------------------------------------


def test_both_sides_plays_right_then_switch_then_left() -> None:
    session, _ = new_session()
    plan = session.plan
    assert [(p.kind, p.side, p.step.id if p.step else None, p.step_number) for p in plan] == [
        (ItemKind.STEP, Side.RIGHT, "warm", 1),
        (ItemKind.STEP, Side.RIGHT, "circles", 2),
        (ItemKind.STEP, Side.RIGHT, "press", 3),
        (ItemKind.SWITCH_SIDES, Side.LEFT, None, 0),
        (ItemKind.STEP, Side.LEFT, "warm", 1),
        (ItemKind.STEP, Side.LEFT, "circles", 2),
        (ItemKind.STEP, Side.LEFT, "press", 3),
    ]
    assert [p.index for p in plan] == list(range(7))
    assert session.total_s == 58


def test_sides_argument_overrides_the_routine() -> None:
    session = Session(make_routine(SidePlan.BOTH), SidePlan.LEFT, clock=FakeClock())
    assert [p.side for p in session.plan] == [Side.LEFT] * 3
    assert all(p.kind is ItemKind.STEP for p in session.plan)


def test_pace_scales_steps_and_phases_but_not_the_switch() -> None:
    session, clock = new_session(pace=0.75)
    assert [p.duration_s for p in session.plan] == [6, 7.5, 4.5, 10, 6, 7.5, 4.5]
    session.jump_to(1)
    session.start()
    clock.advance(3.74)
    assert session.tick() == []
    assert session.snapshot().phase_name == "clockwise"
    clock.advance(0.01)  # 5 s of "clockwise" at pace 0.75 is 3.75 s
    assert [label(e) for e in session.tick()] == ["phase1:counter", "half1"]
    assert session.snapshot().phase_name == "counter"


@pytest.mark.parametrize(("asked", "used"), [(0.1, 0.5), (0.75, 0.75), (1.5, 1.5), (9, 2.0)])
def test_pace_is_clamped_into_range(asked: float, used: float) -> None:
    session, _ = new_session(pace=asked)
    assert session.pace == used
    assert session.plan[0].duration_s == 8 * used


@pytest.mark.parametrize("bad", [math.nan, math.inf, "fast"])
def test_pace_that_is_not_a_number_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="pace"):
        new_session(pace=bad)


# ---- a full run ---------------------------------------------------------------------------------


def test_full_run_with_one_second_ticks_emits_every_event_once_at_its_moment() -> None:
    session, clock = new_session()
    trace = [(0.0, label(e)) for e in session.start()]
    trace += run(session, clock, [1.0])
    assert trace == expected_script()
    assert session.state is SessionState.FINISHED


@pytest.mark.parametrize("steps", [IRREGULAR, [0.97], [1.02], [0.3], [4.9]])
def test_irregular_ticks_give_the_same_events_each_at_the_first_tick_after_its_moment(
    steps: list[float],
) -> None:
    session, clock = new_session()
    trace = [(0.0, label(e)) for e in session.start()]
    trace += run(session, clock, steps)
    script = expected_script()
    assert [name for _, name in trace] == [name for _, name in script]
    for (t, name), (nominal, _) in zip(trace, script, strict=True):
        assert nominal - 1e-9 <= t < nominal + max(steps), name


def test_no_drift_finish_lands_on_total_plus_pauses() -> None:
    session, clock = new_session()
    session.start()
    paused = 0.0
    finished: list[Finished] = []
    n = 0
    while session.state is not SessionState.FINISHED:
        if n % 17 == 5:  # pause now and then, mid-item, for an odd while
            session.pause()
            assert session.next_deadline_in() is None
            clock.advance(7.3)
            paused += 7.3
            session.resume()
        wait = session.next_deadline_in()
        assert wait is not None
        clock.advance(min(wait, IRREGULAR[n % len(IRREGULAR)]))
        finished += [e for e in session.tick() if isinstance(e, Finished)]
        n += 1
    assert len(finished) == 1
    assert clock.now() - T0 - paused == pytest.approx(58, abs=1e-9)
    assert finished[0].elapsed_active_s == pytest.approx(58, abs=1e-9)
    assert finished[0].items_done == len(session.plan)


def test_late_ticks_do_not_stretch_the_session() -> None:
    """A driver 20 ms late on every tick: items still end on the plan's boundaries, not 20 ms later each."""
    session, clock = new_session()
    session.start()
    ends = list(accumulate(p.duration_s for p in session.plan))
    finished: list[Finished] = []
    while session.state is SessionState.RUNNING:
        clock.advance(1.02)
        finished += [e for e in session.tick() if isinstance(e, Finished)]
        snap = session.snapshot()
        if snap.state is SessionState.RUNNING:
            assert snap.remaining_s == pytest.approx(ends[snap.index] - (clock.now() - T0), abs=1e-9)
    assert finished[0].elapsed_active_s == pytest.approx(58, abs=1e-9)


def test_pause_excludes_the_paused_time() -> None:
    session, clock = new_session()
    session.start()
    clock.advance(3.25)
    session.tick()
    assert [label(e) for e in session.pause()] == ["paused:user"]
    before = session.snapshot()
    clock.advance(500)
    assert session.tick() == []
    after = session.snapshot()
    assert after.remaining_s == before.remaining_s == pytest.approx(4.75)
    assert after.elapsed_active_s == pytest.approx(3.25)
    assert [label(e) for e in session.resume()] == ["resumed"]
    clock.advance(0.75)
    assert [label(e) for e in session.tick()] == ["half0"]


# ---- clock jumps --------------------------------------------------------------------------------


def test_a_one_hour_clock_jump_pauses_at_the_last_good_moment_and_skips_nothing() -> None:
    session, clock = new_session()
    trace = [(0.0, label(e)) for e in session.start()]
    for _ in range(9):  # to 9 s: item 1, 1 s in
        clock.advance(1)
        trace += [(clock.now() - T0, label(e)) for e in session.tick()]
    seen = session.snapshot()
    clock.advance(3600)  # the laptop slept
    assert session.snapshot().remaining_s == seen.remaining_s  # shown as of the last good moment
    assert [label(e) for e in session.tick()] == ["paused:clock_jump"]
    paused = session.snapshot()
    assert paused.state is SessionState.PAUSED
    assert (paused.index, paused.remaining_s, paused.elapsed_active_s) == (1, seen.remaining_s, 9)
    assert session.next_deadline_in() is None
    clock.advance(20)
    session.resume()
    resumed_at = clock.now() - T0
    rest = run(session, clock, [1.0])
    assert trace + [(t - resumed_at + 9, name) for t, name in rest] == expected_script()
    assert session.snapshot().elapsed_active_s == pytest.approx(58)


def test_a_jump_noticed_by_a_command_pauses_before_the_command_applies() -> None:
    session, clock = new_session()
    session.start()
    clock.advance(1)
    session.tick()
    clock.advance(60)
    assert [label(e) for e in session.next()] == ["paused:clock_jump", "item1", "phase1:clockwise"]
    snap = session.snapshot()
    assert (snap.state, snap.index, snap.remaining_s) == (SessionState.PAUSED, 1, 10)


def test_a_gap_under_the_threshold_is_real_time_and_fires_everything_in_between() -> None:
    session, clock = new_session()
    session.start()
    clock.advance(4.5)
    assert [label(e) for e in session.tick()] == ["half0"]
    clock.advance(4.5)  # a busy event loop, not a suspend: to 9 s
    names = ["count0:3", "count0:2", "count0:1", "item1", "phase1:clockwise"]
    assert [label(e) for e in session.tick()] == names
    assert session.snapshot().remaining_s == pytest.approx(9)


def test_jump_threshold_is_configurable() -> None:
    session, clock = new_session(jump_threshold_s=2.0)
    session.start()
    clock.advance(2.5)
    assert [label(e) for e in session.tick()] == ["paused:clock_jump"]


# ---- countdown, halfway, phases, display --------------------------------------------------------


def test_countdown_is_3_2_1_once_per_item_and_halfway_once_per_step() -> None:
    session, clock = new_session()
    names = [label(e) for e in session.start()] + [name for _, name in run(session, clock, IRREGULAR)]
    for i, item in enumerate(session.plan):
        assert [n for n in names if n.startswith(f"count{i}:")] == [
            f"count{i}:3",
            f"count{i}:2",
            f"count{i}:1",
        ]
        halves = [n for n in names if n == f"half{i}"]
        assert halves == ([f"half{i}"] if item.kind is ItemKind.STEP else [])


@pytest.mark.parametrize(
    ("at", "phase"), [(0, "clockwise"), (4.99, "clockwise"), (5, "counter"), (9.99, "counter")]
)
def test_snapshot_names_the_phase_in_progress(at: float, phase: str) -> None:
    session, clock = new_session(start_index=1)
    session.start()
    go(session, clock, at)
    snap = session.snapshot()
    assert (snap.phase_name, snap.phase_index) == (phase, ["clockwise", "counter"].index(phase))
    assert snap.phase_cue == {"clockwise": "Circle clockwise", "counter": "Reverse"}[phase]


def test_a_step_without_phases_has_no_phase() -> None:
    session, _ = new_session()
    snap = session.snapshot()
    assert (snap.phase_index, snap.phase_name, snap.phase_cue) == (-1, "", "")


@pytest.mark.parametrize("pace", [1.0, 0.75, 1.5, 1.37])
def test_displayed_seconds_never_skip_or_repeat_when_ticked_at_each_deadline(pace: float) -> None:
    session, clock = new_session(pace=pace)
    session.start()
    first = session.snapshot()
    shown = [(0, display_seconds(first.remaining_s), display_seconds(first.total_remaining_s))]
    while session.state is SessionState.RUNNING:
        wait = session.next_deadline_in()
        assert wait is not None and 0 < wait <= 1.0
        clock.advance(wait)
        session.tick()
        snap = session.snapshot()
        if snap.state is SessionState.RUNNING:
            shown.append(
                (snap.index, display_seconds(snap.remaining_s), display_seconds(snap.total_remaining_s))
            )
    for index, group in groupby(shown, key=lambda s: s[0]):
        seconds = [k for k, _ in groupby(s for _, s, _ in group)]
        assert seconds == list(range(math.ceil(session.plan[index].duration_s), 0, -1))
    totals = [k for k, _ in groupby(t for _, _, t in shown)]
    assert totals == list(range(math.ceil(session.total_s), 0, -1))


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (3.0, 3),
        (2.9999999999, 3),
        (3.0000000001, 3),
        (2.5, 3),
        (2.0, 2),
        (0.2, 1),
        (1e-12, 0),
        (0, 0),
        (-1, 0),
    ],
)
def test_display_seconds_is_the_ceiling_with_float_slack(remaining: float, shown: int) -> None:
    assert display_seconds(remaining) == shown


# ---- commands in each state ---------------------------------------------------------------------


def test_idle_commands_only_choose_where_to_start() -> None:
    session, clock = new_session()
    for command in (session.pause, session.resume, session.restart_item, session.add_time, session.tick):
        assert command() == []
    assert session.next() == []
    assert session.snapshot().index == 1
    assert session.previous() == []
    assert session.snapshot().index == 0
    assert session.previous() == []  # nothing before the first item
    assert session.jump_to(4) == []  # "start here"
    clock.advance(30)
    snap = session.snapshot()
    assert (snap.state, snap.index, snap.remaining_s, snap.total_remaining_s) == (SessionState.IDLE, 4, 8, 24)
    assert session.next_deadline_in() is None
    assert [label(e) for e in session.toggle()] == ["start", "item4"]
    assert session.state is SessionState.RUNNING


def test_start_index_argument_starts_there() -> None:
    session, _ = new_session(start_index=3)
    assert [label(e) for e in session.start()] == ["start", "item3", "switch:left"]
    with pytest.raises(IndexError):
        new_session(start_index=7)


def test_running_next_previous_restart() -> None:
    session, clock = new_session()
    session.start()
    clock.advance(2)
    assert [label(e) for e in session.next()] == ["item1", "phase1:clockwise"]
    assert session.snapshot().remaining_s == 10
    clock.advance(2)
    assert [label(e) for e in session.previous()] == ["item0"]  # 2 s in: go back
    clock.advance(3.5)
    assert [label(e) for e in session.previous()] == ["item0"]  # 3.5 s in: restart
    assert session.snapshot().remaining_s == 8
    clock.advance(5)
    assert [label(e) for e in session.restart_item()] == ["half0", "count0:3", "item0"]
    assert (session.snapshot().index, session.snapshot().remaining_s) == (0, 8)
    clock.advance(1)
    assert [label(e) for e in session.previous()] == ["item0"]  # first item: restarts
    assert session.snapshot().elapsed_active_s == pytest.approx(13.5)


def test_previous_threshold_is_about_three_seconds() -> None:
    session, clock = new_session(start_index=2)
    session.start()
    clock.advance(3.0)  # exactly 3 s in: still "go back"
    assert [n for n in map(label, session.previous()) if n.startswith("item")] == ["item1"]
    clock.advance(3.01)  # just past 3 s: restart this one, not back to item 0
    assert [label(e) for e in session.previous()] == ["item1", "phase1:clockwise"]
    assert (session.snapshot().index, session.snapshot().remaining_s) == (1, 10)


def test_jump_to_while_running_and_out_of_range() -> None:
    session, clock = new_session()
    session.start()
    clock.advance(1)
    assert [label(e) for e in session.jump_to(3)] == ["item3", "switch:left"]
    assert session.snapshot().remaining_s == 10
    with pytest.raises(IndexError):
        session.jump_to(-1)
    with pytest.raises(IndexError):
        session.jump_to(7)


def test_next_on_the_last_item_finishes() -> None:
    session, clock = new_session(start_index=6)
    session.start()
    clock.advance(2)
    events = session.next()
    assert [label(e) for e in events] == ["finished"]
    assert events[0] == Finished(elapsed_active_s=2, items_done=7)
    assert session.snapshot().total_remaining_s == 0


def test_add_time_running_moves_the_end_the_phase_and_re_arms_the_countdown() -> None:
    session, clock = new_session(start_index=1)
    session.start()
    clock.advance(2)
    assert [label(e) for e in session.add_time()] == ["added1:10"]
    snap = session.snapshot()
    assert (snap.remaining_s, snap.total_s, snap.total_remaining_s) == (18, 68, 58)
    # halfway moved to 10 s; the extra 10 s went to "clockwise", now ending at 15 s
    assert go(session, clock, 12.9) == ["half1"]
    clock.advance(0.1)
    assert [label(e) for e in session.tick()] == ["phase1:counter"]
    clock.advance(3.5)  # 1.5 s left: 3 and 2 have been heard
    assert [label(e) for e in session.tick()] == ["count1:3", "count1:2"]
    session.add_time(5)
    names = [name for _, name in run(session, clock, [1.0])][:4]
    assert names == ["count1:3", "count1:2", "count1:1", "item2"]  # no second halfway


def test_add_time_while_paused_and_bad_amounts() -> None:
    session, clock = new_session()
    session.start()
    clock.advance(1)
    session.pause()
    assert [label(e) for e in session.add_time(10)] == ["added0:10"]
    assert session.snapshot().remaining_s == 17
    for bad in (0, -5, math.nan):
        with pytest.raises(ValueError):
            session.add_time(bad)


def test_commands_while_paused_keep_it_paused_with_the_full_new_item() -> None:
    session, clock = new_session()
    session.start()
    clock.advance(2)
    session.pause()
    assert [label(e) for e in session.next()] == ["item1", "phase1:clockwise"]
    clock.advance(100)
    snap = session.snapshot()
    assert (snap.state, snap.index, snap.remaining_s) == (SessionState.PAUSED, 1, 10)
    assert [label(e) for e in session.jump_to(3)] == ["item3", "switch:left"]
    assert [label(e) for e in session.previous()] == ["item2", "phase2:hold"]
    assert [label(e) for e in session.restart_item()] == ["item2", "phase2:hold"]
    assert session.next_deadline_in() is None
    assert session.tick() == []
    assert [label(e) for e in session.toggle()] == ["resumed"]
    assert session.snapshot().elapsed_active_s == 2


@pytest.mark.parametrize("reason", [StopReason.PAIN, StopReason.USER])
def test_stop_ends_early_and_freezes(reason: StopReason) -> None:
    session, clock = new_session()
    session.start()
    go(session, clock, 9.5)
    events = session.stop(reason)
    assert [label(e) for e in events][-1] == f"stopped:{reason.value}"
    assert events[-1] == Stopped(reason=reason, elapsed_active_s=9.5, items_done=1)
    clock.advance(30)
    snap = session.snapshot()
    assert (snap.state, snap.index, snap.remaining_s) == (SessionState.STOPPED, 1, 8.5)
    assert session.next_deadline_in() is None


def test_stop_while_paused_or_idle() -> None:
    session, _ = new_session()
    assert [label(e) for e in session.stop()] == ["stopped:user"]
    session, _ = new_session()
    session.start()
    session.pause()
    assert [label(e) for e in session.stop(StopReason.PAIN)] == ["stopped:pain"]


@pytest.mark.parametrize("end", ["finish", "stop"])
def test_every_command_is_a_no_op_once_ended(end: str) -> None:
    session, clock = new_session(start_index=6)
    session.start()
    if end == "finish":
        run(session, clock, [1.0])
    else:
        session.stop(StopReason.PAIN)
    before = session.snapshot()
    clock.advance(3)
    for command in (
        session.start,
        session.pause,
        session.resume,
        session.toggle,
        session.stop,
        session.next,
        session.previous,
        session.restart_item,
        session.add_time,
        session.tick,
        lambda: session.jump_to(0),
    ):
        assert command() == []
    assert session.snapshot() == before
    assert session.next_deadline_in() is None


def test_real_clock_is_monotonic_seconds() -> None:
    clock = MonotonicClock()
    a = clock.now()
    assert clock.now() >= a


def test_fake_clock_refuses_to_go_back() -> None:
    clock = FakeClock(5)
    clock.set(7)
    assert clock.advance(0.5) == 7.5
    with pytest.raises(ValueError):
        clock.set(1)
    with pytest.raises(ValueError):
        clock.advance(-1)
