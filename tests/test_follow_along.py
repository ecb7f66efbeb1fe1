"""The fullscreen follow-along window: entering/leaving, keys, auto-advance to the summary, count-in,
cues, keeping the screen awake, and costing nothing while paused.

The session runs on a FakeClock: tests advance it by at most a second and tick the driver (and the
window's count-in) by hand, as the single-shot timers would.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_inhibitor import FakeInhibitor
from follow_kit import follow_window
from PySide6.QtCore import QAbstractAnimation, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from session_helpers import make_routine

from desktop.model.clock import FakeClock
from desktop.model.cues import FINISHED_TEXT
from desktop.model.library import Library, load_library
from desktop.model.routine import SidePlan
from desktop.model.session_events import ItemKind, SessionState
from desktop.model.session_outcome import SessionSummary
from desktop.model.session_presenter import hold_fraction, present, summary_text
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.qt.speech import SpeechCues
from desktop.ui.follow_along_parts import speech_option_state, unit_for

CATALOGUE = load_catalogue()
NO_COUNT_IN = AppSettings(get_ready=False)
RUNNING, PAUSED, IDLE = SessionState.RUNNING, SessionState.PAUSED, SessionState.IDLE


class FakeSound:
    """Records the cue names the session (through the controller) and the count-in ask for."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, cue: str) -> bool:
        self.played.append(cue)
        return True

    def on_event(self, event) -> None:
        from desktop.model.cues import cue_for_event

        cue = cue_for_event(event)
        if cue:
            self.play(cue)


class RecordingSpeech(SpeechCues):
    """The real speech adapter on Qt's "mock" engine, remembering each text it queued."""

    def __init__(self) -> None:
        super().__init__(engine="mock")
        self.said: list[str] = []

    def say(self, text: str, *, interrupt: bool = False) -> bool:
        queued = super().say(text, interrupt=interrupt)
        if queued:
            self.said.append(text)
        return queued


class Rig:
    """A controller on a FakeClock with a follow-along window, and helpers to let time pass."""

    def __init__(self, qtbot: QtBot, *, settings: AppSettings = NO_COUNT_IN, speech=None, sound=None):
        self.clock = FakeClock()
        self.controller = SessionController(
            Library(routines=(make_routine(SidePlan.BOTH),)), clock=self.clock, speech=speech, sound=sound
        )
        self.controller.select_routine("test")
        self.inhibitor = FakeInhibitor()
        self.window = follow_window(
            qtbot, self.controller, catalogue=CATALOGUE, settings=settings, inhibitor=self.inhibitor
        )
        self.qtbot = qtbot

    def go(self, seconds: float, step: float = 1.0) -> None:
        """Let `seconds` pass, waking as the timers would (at most `step` apart)."""
        while seconds > 1e-9:
            dt = min(step, seconds)
            self.clock.advance(dt)
            seconds -= dt
            self.window.tick()
            self.controller.driver.tick()

    def key(self, key: Qt.Key, text: str = "") -> None:
        QTest.keyClick(self.window, key)

    @property
    def column(self):
        return self.window.hud.column

    @property
    def state(self) -> SessionState:
        return self.controller.state

    def index(self) -> int:
        snapshot = self.controller.snapshot()
        assert snapshot is not None
        return snapshot.index


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(qtbot)
    yield made
    made.window.leave()
    if made.controller.in_progress:
        made.controller.stop()  # the session's tick timer must not run on into the next test


def active_timers(*owners) -> list[str]:
    found = []
    for owner in owners:
        found += [t.objectName() or repr(t) for t in owner.findChildren(QTimer) if t.isActive()]
    return found


def running_animations(*owners) -> list[QAbstractAnimation]:
    found = []
    for owner in owners:
        found += [a for a in owner.findChildren(QAbstractAnimation) if a.state() == a.State.Running]
    return found


# ---- entering and leaving ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F])
def test_enter_goes_fullscreen_and_esc_or_f_leaves(rig: Rig, key: Qt.Key) -> None:
    rig.window.enter()
    assert rig.window.isVisible()
    assert rig.window.windowState() & Qt.WindowState.WindowFullScreen
    with rig.qtbot.waitSignal(rig.window.left, timeout=1000):
        rig.key(key)
    assert not rig.window.isVisible()
    assert not rig.window.windowState() & Qt.WindowState.WindowFullScreen
    assert not rig.window.entered


def test_closing_the_window_is_leaving(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    with rig.qtbot.waitSignal(rig.window.left, timeout=1000):
        rig.window.close()
    assert not rig.window.isVisible() and not rig.inhibitor.active
    assert rig.state is RUNNING  # leaving hands the session back to the main window; it carries on


# ---- keyboard ---------------------------------------------------------------------------------------


def test_the_keyboard_drives_the_whole_session(rig: Rig) -> None:
    rig.window.enter()
    assert rig.column.status.text() == "Press Space to start"
    rig.key(Qt.Key.Key_Space)
    assert rig.state is RUNNING
    rig.go(2)
    rig.key(Qt.Key.Key_Space)
    assert rig.state is PAUSED and "Paused" in rig.column.status.text()
    rig.key(Qt.Key.Key_Space)
    assert rig.state is RUNNING

    rig.key(Qt.Key.Key_Right)
    assert rig.index() == 1 and rig.column.title.text() == "Circles"
    rig.key(Qt.Key.Key_Left)  # early in a step "previous" goes back a step
    assert rig.index() == 0 and rig.column.title.text() == "Warm"

    rig.go(3)
    assert rig.column.countdown.text() == "0:05"
    rig.key(Qt.Key.Key_R)
    assert rig.column.countdown.text() == "0:08"
    rig.key(Qt.Key.Key_Plus)
    assert rig.column.countdown.text() == "0:18"
    rig.key(Qt.Key.Key_Equal)  # the unshifted key of "+" on most keyboards
    assert rig.column.countdown.text() == "0:28"

    rig.key(Qt.Key.Key_H)
    assert rig.state is SessionState.STOPPED
    assert rig.window.showing_pain_advice  # the advice is the whole first screen
    assert rig.window.summary is not None and rig.window.summary.stopped_for_pain
    assert "doctor or physiotherapist" in rig.window.pain_page.advice.text()
    for key in (Qt.Key.Key_R, Qt.Key.Key_Space, Qt.Key.Key_3):  # no start again, no rating here
        rig.key(key)
    assert rig.window.showing_pain_advice and rig.state is SessionState.STOPPED
    rig.key(Qt.Key.Key_Return)  # "I'm OK — record this session": the deliberate second step
    page = rig.window.summary_page
    assert rig.window.showing_summary and not page.rating_open
    assert not page.rating.isVisibleTo(rig.window) and page.thanks.text().startswith("Saved to your history")


def test_s_stops_early_and_the_summary_says_so(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    rig.go(9)  # into the second step
    rig.key(Qt.Key.Key_S)
    page = rig.window.summary_page
    assert page.headline.text() == "Session stopped early"
    assert "1 of 6 steps done" in page.stats.text() and "0:09 of massage" in page.stats.text()
    assert not page.advice_box.isVisibleTo(rig.window)


def test_no_control_takes_keyboard_focus_so_space_always_means_pause(rig: Rig) -> None:
    rig.window.enter()
    buttons = rig.window.controls.buttons()
    assert len(buttons) == 7
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    assert rig.window.diagram.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not rig.window.controls.stop_button.isEnabled()  # nothing to stop before the start
    rig.window.controls.toggle_button.click()  # a click starts, and Space still reaches the window
    assert rig.window.controls.stop_button.isEnabled()
    rig.key(Qt.Key.Key_Space)
    assert rig.state is PAUSED


# ---- auto-advance, side switch, summary -------------------------------------------------------------


def test_auto_advance_through_the_side_switch_to_the_summary(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    assert rig.window.hud.side_label.text() == "Right foot"
    assert rig.window.diagram.side == "right"
    rig.go(4)
    assert not rig.column.transition_shown  # "Next" stands out only in the last seconds
    rig.go(1)  # 3 s left in "warm"
    assert rig.column.transition_shown
    assert rig.column.next_line.text() == "Next: Circles — heel"

    rig.go(19)  # 24 s: the switch item begins
    assert rig.controller.plan[rig.index()].kind is ItemKind.SWITCH_SIDES
    assert rig.column.cue.text() == "Switch to your LEFT foot"
    assert rig.window.hud.side_label.text() == "Left foot"
    assert rig.window.diagram.side == "left"  # the drawing is mirrored for the left foot

    rig.go(10)
    assert rig.column.title.text() == "Warm" and rig.window.hud.side_label.text() == "Left foot"
    with rig.qtbot.waitSignal(rig.controller.session_ended, timeout=1000):
        rig.go(24)
    assert rig.window.showing_summary
    page = rig.window.summary_page
    assert page.headline.text() == "Well done — session complete"
    # 58 s of session, of which the 10 s switch between feet is not massage
    assert "6 of 6 steps done" in page.stats.text() and "0:48 of massage" in page.stats.text()
    assert page.rating is not None and page.rating.isVisibleTo(rig.window)


def test_the_countdown_rounds_up_like_every_clock_in_the_app(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    shown = [rig.column.countdown.text()]
    steps = [(0.3, "0:08"), (0.7, "0:07"), (0.45, "0:07"), (0.55, "0:06"), (0.999, "0:06"), (0.002, "0:05")]
    for step, expected in steps:
        rig.go(step, step)
        shown.append(rig.column.countdown.text())
        assert shown[-1] == expected, f"after {step} s more: {shown}"  # 7.7 s left shows 0:08


def test_rating_after_the_session_with_a_digit_key(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    rig.key(Qt.Key.Key_S)
    with rig.qtbot.waitSignal(rig.window.rated, timeout=1000) as blocker:
        QTest.keyClick(rig.window, Qt.Key.Key_3)
    assert blocker.args == [3]
    with rig.qtbot.assertNotEmitted(rig.window.rated):
        QTest.keyClick(rig.window, Qt.Key.Key_7)  # answered once; later digits do nothing
    assert "3 out of 10" in rig.window.summary_page.thanks.text()


def test_esc_on_the_summary_skips_the_rating_and_leaves(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    rig.key(Qt.Key.Key_S)
    assert rig.window.showing_summary
    with rig.qtbot.waitSignals([rig.window.rating_skipped, rig.window.left], timeout=1000):
        rig.key(Qt.Key.Key_Escape)


def test_this_hurts_before_starting_shows_the_same_advice(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_H)
    assert rig.window.showing_pain_advice and rig.state is IDLE
    assert rig.window.pain_page.ok_button.text() == "I've read this (Enter)"
    assert "doctor or physiotherapist" in rig.window.pain_page.advice.text()
    rig.key(Qt.Key.Key_Return)
    assert not rig.window.showing_pain_advice and rig.column.status.text() == "Press Space to start"


def test_r_on_the_summary_starts_again(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    rig.key(Qt.Key.Key_S)
    rig.key(Qt.Key.Key_R)
    assert not rig.window.showing_summary and rig.state is IDLE
    assert rig.column.status.text() == "Press Space to start"


# ---- count-in --------------------------------------------------------------------------------------


def test_get_ready_counts_in_with_the_first_step_previewed_then_starts(qtbot: QtBot) -> None:
    sound = FakeSound()
    rig = Rig(qtbot, settings=AppSettings(get_ready=True, get_ready_seconds=5), sound=sound)
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    assert rig.state is IDLE
    assert rig.column.countdown.text() == "5" and rig.column.status.text() == "Get ready"
    assert rig.column.title.text() == "First: Warm" and rig.column.cue.text() == "warm cue"
    assert rig.inhibitor.active
    rig.go(1)
    assert rig.column.countdown.text() == "4"

    rig.key(Qt.Key.Key_Space)  # pause the count-in
    assert active_timers(rig.window, rig.controller) == []
    rig.go(30)
    assert rig.column.countdown.text() == "4" and rig.state is IDLE
    rig.key(Qt.Key.Key_Space)
    rig.go(3.5)
    assert rig.state is IDLE and rig.column.countdown.text() == "1"
    assert sound.played == ["tick", "tick", "tick"]
    rig.go(0.5)
    assert rig.state is RUNNING and rig.window.get_ready is None
    assert rig.column.countdown.text() == "0:08"  # the first step starts with its full time
    assert sound.played[-1] == "step"
    rig.window.leave()


def test_right_arrow_skips_the_count_in(qtbot: QtBot) -> None:
    rig = Rig(qtbot, settings=AppSettings(get_ready=True, get_ready_seconds=10))
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    rig.go(2)
    rig.key(Qt.Key.Key_Right)
    assert rig.state is RUNNING and rig.index() == 0
    rig.window.leave()


def test_enter_with_start_begins_with_the_count_in(qtbot: QtBot) -> None:
    rig = Rig(qtbot, settings=AppSettings(get_ready=True, get_ready_seconds=3))
    rig.window.enter(start=True)
    assert rig.window.get_ready is not None and rig.column.countdown.text() == "3"
    rig.window.leave()
    assert rig.window.get_ready is None and rig.state is IDLE  # leaving cancels the count-in


# ---- speech ----------------------------------------------------------------------------------------


def test_speech_on_the_mock_engine_speaks_at_the_right_moments_and_only_once(qtbot: QtBot) -> None:
    speech = RecordingSpeech()
    if not speech.available:
        pytest.skip(f"no mock speech engine: {speech.unavailable_reason}")
    rig = Rig(qtbot, settings=AppSettings(get_ready=True, get_ready_seconds=3), speech=speech)
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    rig.go(2)
    assert speech.said == []  # nothing is said during the count-in
    rig.go(1)
    assert speech.said == ["Start with your right foot.", "warm cue"]
    rig.go(24)
    assert speech.said[-1] == "Switch to your left foot."
    rig.go(34)
    assert speech.said[-1] == FINISHED_TEXT
    # every sentence once: the window adds nothing to what the controller already says
    assert speech.said.count("Switch to your left foot.") == 1
    assert speech.said.count("warm cue") == 2  # once per foot
    rig.window.leave()


def test_speech_option_state_explains_a_missing_engine() -> None:
    class NoEngine:
        available = False
        unavailable_reason = "No speech engine is installed (install speech-dispatcher)"

    assert speech_option_state(NoEngine()) == (False, NoEngine.unavailable_reason)
    assert speech_option_state(type("Ok", (), {"available": True})())[0] is True


# ---- cost: timers, animations, screen saver ------------------------------------------------------


def test_nothing_ticks_or_animates_while_idle_or_paused(rig: Rig) -> None:
    rig.window.enter()
    owners = (rig.window, rig.controller)
    assert active_timers(*owners) == [] and running_animations(rig.window) == []
    rig.key(Qt.Key.Key_Space)
    rig.go(2)
    assert "session_tick" in active_timers(*owners)
    assert rig.window.diagram.animating, "the highlighted zone should pulse while running"
    assert "diagram_frames" in active_timers(*owners)
    rig.key(Qt.Key.Key_Space)
    assert rig.state is PAUSED
    assert active_timers(*owners) == []
    assert running_animations(rig.window) == []
    assert not rig.window.diagram.animating


def test_controls_appear_on_mouse_move_and_hide_again(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    assert not rig.window.controls_visible
    assert rig.window.cursor().shape() == Qt.CursorShape.BlankCursor
    rig.window.hide_timer.setInterval(30)
    QTest.mouseMove(rig.window.hud.column, QPoint(40, 40))
    assert rig.window.controls_visible and rig.window.hide_timer.isActive()
    rig.qtbot.waitUntil(lambda: not rig.window.controls_visible, timeout=2000)
    assert not rig.window.hide_timer.isActive()
    rig.key(Qt.Key.Key_Space)  # paused: the controls stay, with no timer
    assert rig.window.controls_visible and active_timers(rig.window, rig.controller) == []
    assert rig.window.controls.toggle_button.text() == "▶ Resume"


def test_the_screen_is_kept_awake_only_while_a_session_runs_in_follow_along(rig: Rig) -> None:
    rig.controller.start()  # a session in the main window only: not the follow-along's business
    assert rig.inhibitor.calls == []
    rig.controller.pause()
    rig.window.enter()
    assert rig.inhibitor.calls == []
    rig.key(Qt.Key.Key_Space)
    assert rig.inhibitor.calls == ["inhibit"] and rig.inhibitor.active
    rig.go(3)
    assert rig.inhibitor.calls == ["inhibit"]  # once per run, not per tick
    rig.key(Qt.Key.Key_Space)
    assert rig.inhibitor.calls[-1] == "release"
    rig.key(Qt.Key.Key_Space)
    assert rig.inhibitor.active
    rig.key(Qt.Key.Key_Escape)
    assert not rig.inhibitor.active
    rig.window.enter()
    assert rig.inhibitor.active
    rig.go(60)  # to the end
    assert rig.window.showing_summary and not rig.inhibitor.active
    assert rig.inhibitor.calls == ["inhibit", "release"] * 3


# ---- readable at every size ------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (3840, 2160), (1024, 768)])
def test_every_built_in_step_fits_without_clipping(qtbot: QtBot, size: tuple[int, int]) -> None:
    """Every step of every built-in routine: all words fit, and the glanceable parts stay big."""
    library = load_library()
    controller = SessionController(library, clock=FakeClock())
    window = follow_window(qtbot, controller, catalogue=CATALOGUE, settings=NO_COUNT_IN)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    width, height = size
    assert window.size().toTuple() == size and len(library.routines) >= 3
    column = window.hud.column
    for routine in library.routines:
        controller.select_routine(routine.id)
        for index in range(len(controller.plan)):
            controller.jump_to(index)
            parts = {n: getattr(column, n) for n in ("title", "status", "countdown", "cue", "instructions")}
            clipped = [name for name, part in parts.items() if not part.fits()]
            assert clipped == [], f"{routine.id} item {index}: {clipped} clipped at {size}"
            assert column.countdown.font_px() >= 0.12 * height
            unit = unit_for(width, height)  # a hundredth of the height (of a 16:9 screen this wide)
            assert column.cue.font_px() >= 3.2 * unit - 1
            assert column.instructions.font_px() >= 2.0 * unit - 1  # 15 px at 768 lines, 43 px at 4K
            assert column.next_line.fits()
            bottom = column.next_line.geometry().bottom()
            assert bottom <= column.height(), f"{routine.id} item {index}: Next line cut off at {size}"


# ---- the words, without Qt ----------------------------------------------------------------------


def test_the_next_line_names_the_step_and_its_zones() -> None:
    from desktop.model.session import Session

    session = Session(make_routine(), clock=FakeClock())
    snap = session.snapshot()
    hud = present(snap, CATALOGUE, steps_per_side=3, routine_title="Test")
    assert hud.next_line == "Next: Circles — heel"
    assert hud.position == "Step 1 of 3  ·  Test"
    assert hud.side == "Right foot" and hud.status == "Press Space to start"


def test_a_stop_for_pain_advises_stopping_and_seeking_help() -> None:
    pain = summary_text(SessionSummary("Test", False, True, 75.2, 2, 6, None))
    assert pain.headline == "Stopped — this hurts"
    assert "sharp" in pain.advice and "doctor or physiotherapist" in pain.advice
    assert pain.stats == "Test  ·  1:16 of massage  ·  2 of 6 steps done"
    done = summary_text(SessionSummary("", True, False, 60, 1, 1, None))
    assert done.headline == "Well done — session complete"
    assert done.advice == "" and done.stats == "1:00 of massage  ·  1 of 1 step done"


def test_a_held_press_fills_its_ring_over_the_current_phase() -> None:

    from desktop.model.routine import Direction, MotionCue, MotionPattern, Routine
    from desktop.model.session import Session

    base = make_routine(SidePlan.RIGHT)
    press = base.steps[2]._replace(motion=MotionCue(MotionPattern.HOLD, Direction.STILL))
    routine: Routine = base._replace(steps=(press,))  # hold 4 s, then release 2 s
    clock = FakeClock()
    session = Session(routine, clock=clock)
    assert hold_fraction(session.snapshot()) is None  # not started: the ring breathes
    session.start()
    clock.advance(2)
    session.tick()
    assert hold_fraction(session.snapshot()) == pytest.approx(0.5)
    clock.advance(3)  # 1 s into the 2 s release
    session.tick()
    assert hold_fraction(session.snapshot()) == pytest.approx(0.5)
    circles = Session(make_routine(SidePlan.RIGHT), clock=clock)
    circles.start()
    assert hold_fraction(circles.snapshot()) is None  # other motions never fill a ring


def test_the_hurts_button_stops_and_advises(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)
    rig.go(2)
    assert not rig.window.controls_visible  # the bar has hidden itself...
    assert rig.window.controls.hurts_button.isVisible()  # ...but "this hurts" never does
    rig.window.controls.hurts_button.click()
    assert rig.window.summary is not None and rig.window.summary.stopped_for_pain
    assert rig.window.showing_pain_advice
    assert rig.window.pain_page.headline.text() == "⚠ Stop — this hurts"
    assert not rig.window.controls_visible  # the advice page has its own one button


def test_key_hints_never_peek_out_beside_the_controls_or_under_this_hurts(rig: Rig) -> None:
    rig.window.enter()
    rig.key(Qt.Key.Key_Space)  # running: the bar hides, the hints show
    hints, hurts = rig.window.hud.hints, rig.window.controls.hurts_button
    assert not rig.window.controls_visible and hints.text() and hurts.isVisible()
    text_rect = hints.contentsRect().translated(hints.mapTo(rig.window, QPoint(0, 0)))
    assert text_rect.right() < hurts.geometry().left()  # the words stay clear of the button
    rig.window.hide_timer.setInterval(30)
    QTest.mouseMove(rig.window.hud.column, QPoint(73, 61))  # not where another test left the pointer
    assert rig.window.controls_visible and hints.text() == ""  # the bar covers them: nothing peeks out
    rig.qtbot.waitUntil(lambda: not rig.window.controls_visible, timeout=2000)
    assert hints.text()
