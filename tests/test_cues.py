"""Which sound and which words go with each session event (desktop.model.cues): no Qt, no display."""

from __future__ import annotations

from collections import Counter

import pytest
from cue_samples import CIRCLES, GLIDE, PRESS

from desktop.model.clock import FakeClock
from desktop.model.cues import CUE_NAMES, FINISHED_TEXT, cue_for_event, silences_speech, speech_for_event
from desktop.model.routine import (
    Routine,
    Side,
    SidePlan,
    Step,
)
from desktop.model.session import Session
from desktop.model.session_events import (
    Countdown,
    Finished,
    Halfway,
    ItemKind,
    ItemStarted,
    Paused,
    PauseReason,
    PhaseChanged,
    PlanItem,
    Resumed,
    SessionEvent,
    SidesSwitched,
    Started,
    Stopped,
    StopReason,
    TimeAdded,
)


def step_item(step: Step, index: int = 0, side: Side = Side.RIGHT) -> PlanItem:
    return PlanItem(index, ItemKind.STEP, side, step.duration_s, step, step_number=1)


SWITCH = PlanItem(1, ItemKind.SWITCH_SIDES, Side.LEFT, 10.0)


# ---- sounds --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "cue"),
    [
        (ItemStarted(0, step_item(CIRCLES)), "step"),
        (Halfway(0), "halfway"),
        (Countdown(0, 3), "tick"),
        (Countdown(0, 1), "tick"),
        (SidesSwitched(Side.LEFT), "switch"),
        (Finished(120.0, 5), "finish"),
    ],
)
def test_each_cue_event_has_its_sound(event: SessionEvent, cue: str) -> None:
    assert cue_for_event(event) == cue
    assert cue in CUE_NAMES


@pytest.mark.parametrize(
    "event",
    [
        Started(100.0),
        ItemStarted(1, SWITCH),  # SidesSwitched plays the switch sound; no second sound on top
        PhaseChanged(0, 1, "counter-clockwise", "Now counter-clockwise"),
        Paused(PauseReason.USER),
        Paused(PauseReason.CLOCK_JUMP),
        Resumed(),
        TimeAdded(0, 10.0),
        Stopped(StopReason.PAIN, 30.0, 1),
        Stopped(StopReason.USER, 30.0, 1),
    ],
)
def test_other_events_are_silent(event: SessionEvent) -> None:
    assert cue_for_event(event) is None


# ---- speech --------------------------------------------------------------------------------------


def test_a_step_is_announced_by_its_cue_and_first_phase() -> None:
    text = speech_for_event(ItemStarted(0, step_item(CIRCLES)))
    assert text == "Thumb circles round the inner ankle bone. Clockwise first"


def test_a_step_without_phases_says_just_its_cue() -> None:
    plain = CIRCLES._replace(phases=())
    assert speech_for_event(ItemStarted(0, step_item(plain))) == "Thumb circles round the inner ankle bone"


def test_multi_line_cues_are_read_as_one_sentence() -> None:
    assert (
        speech_for_event(ItemStarted(0, step_item(PRESS)))
        == "Press and hold the inner hollow. Hold firm and steady"
    )


def test_a_step_without_a_cue_falls_back_to_its_title() -> None:
    assert speech_for_event(ItemStarted(0, step_item(GLIDE))) == "Warm-up strokes"


def test_later_phases_are_announced_and_the_first_is_not_repeated() -> None:
    assert speech_for_event(PhaseChanged(0, 0, "clockwise", "Clockwise first")) is None
    assert speech_for_event(PhaseChanged(0, 1, "counter-clockwise", "Now counter-clockwise")) == (
        "Now counter-clockwise"
    )
    # A phase with no cue of its own is named instead of skipped.
    assert speech_for_event(PhaseChanged(0, 1, "slowly release", "")) == "Now slowly release"
    assert speech_for_event(PhaseChanged(0, 1, " ", "")) is None


def test_side_switch_and_finish_are_announced() -> None:
    assert speech_for_event(SidesSwitched(Side.LEFT)) == "Switch to your left foot."
    assert speech_for_event(SidesSwitched(Side.RIGHT)) == "Switch to your right foot."
    assert speech_for_event(Finished(300.0, 9)) == "Well done. Session complete."


def test_the_first_foot_is_named_at_the_start_when_the_plan_is_known() -> None:
    left_first = (step_item(CIRCLES, side=Side.LEFT),)
    assert speech_for_event(Started(60.0), left_first) == "Start with your left foot."
    assert speech_for_event(Started(60.0)) is None
    assert speech_for_event(Started(60.0), ()) is None


@pytest.mark.parametrize(
    "event",
    [
        Countdown(0, 3),
        Countdown(0, 2),
        Countdown(0, 1),
        Halfway(0),
        ItemStarted(1, SWITCH),  # SidesSwitched says it
        Paused(PauseReason.USER),
        Resumed(),
        TimeAdded(0, 10.0),
        Stopped(StopReason.PAIN, 10.0, 0),
    ],
)
def test_ticks_and_housekeeping_are_not_spoken(event: SessionEvent) -> None:
    assert speech_for_event(event) is None


def test_pause_and_stop_cut_speech_short() -> None:
    assert silences_speech(Stopped(StopReason.PAIN, 10.0, 0))
    assert silences_speech(Paused(PauseReason.CLOCK_JUMP))
    assert not silences_speech(Resumed())
    assert not silences_speech(ItemStarted(0, step_item(CIRCLES)))


# ---- a whole session through the real engine ----------------------------------------------------


def run_whole_session(routine: Routine) -> tuple[Session, list[SessionEvent]]:
    clock = FakeClock()
    session = Session(routine, SidePlan.BOTH, clock=clock, switch_seconds=5)
    events = list(session.start())
    while (wait := session.next_deadline_in()) is not None:
        clock.advance(min(wait, 1.0))
        events += session.tick()
    return session, events


def test_a_two_sided_session_sounds_and_speaks_each_thing_once() -> None:
    routine = Routine("r", "Test", "", SidePlan.BOTH, (CIRCLES, PRESS))
    session, events = run_whole_session(routine)
    steps = sum(1 for item in session.plan if item.kind is ItemKind.STEP)

    sounds = Counter(cue for e in events if (cue := cue_for_event(e)))
    assert sounds["step"] == steps == 4
    assert sounds["switch"] == 1
    assert sounds["halfway"] == steps
    assert sounds["tick"] == 3 * len(session.plan)  # 3-2-1 before every item ends
    assert sounds["finish"] == 1

    spoken = [text for e in events if (text := speech_for_event(e, session.plan))]
    per_side = [
        "Thumb circles round the inner ankle bone. Clockwise first",
        "Now counter-clockwise",
        "Press and hold the inner hollow. Hold firm and steady",
        "Now release",
    ]
    assert spoken == [
        "Start with your right foot.",
        *per_side,
        "Switch to your left foot.",
        *per_side,
        FINISHED_TEXT,
    ]
