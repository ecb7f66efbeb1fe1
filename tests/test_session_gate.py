"""The session gate, without a display: the way in (set-up, safety, before-rating, count-in) and the way out
(pain advice, after-session answer saved by one route), against a recording session port."""

from __future__ import annotations

from datetime import date

from scripted_dialogs import MemorySettings, ScriptedDialogs

from desktop.model.session_events import SessionState
from desktop.model.session_gate import SessionGate
from desktop.model.session_outcome import NOTE_MAX, AfterSession, SessionSummary
from desktop.model.settings import AppSettings

TODAY = date(2026, 12, 7)


class FakeSession:
    """A SessionPort that records what the gate asked of it."""

    def __init__(self, state: SessionState = SessionState.IDLE) -> None:
        self.state = state
        self.calls: list[object] = []
        self.routine = None

    @property
    def in_progress(self) -> bool:
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    def start(self) -> None:
        self.calls.append("start")
        self.state = SessionState.RUNNING

    def toggle(self) -> None:
        self.calls.append("toggle")

    def pause(self) -> None:
        self.calls.append("pause")

    def start_here(self, routine_id: str, step_id: str) -> bool:
        self.calls.append(("here", routine_id, step_id))
        return True

    def stop(self, *, pain: bool = False) -> None:
        self.calls.append("stop")
        self.state = SessionState.STOPPED

    def reset(self) -> None:
        self.calls.append("reset")
        self.state = SessionState.IDLE

    def set_before_rating(self, rating: int | None) -> None:
        self.calls.append(("before", rating))

    def tell(self, text: str) -> None:
        self.calls.append(("tell", text))

    def record_after(self, history_id, *, after, tight_zones=(), note="") -> None:
        self.calls.append(("record", history_id, after, tight_zones, note))


def gate(dialogs: ScriptedDialogs, *, checked_on: str = "", state=SessionState.IDLE):
    session = FakeSession(state)
    settings = MemorySettings(AppSettings(safety_checked_on=checked_on or None))
    prepared: list[int] = []
    made = SessionGate(session, dialogs, settings, prepare=lambda: prepared.append(1), today=lambda: TODAY)
    return made, session, settings, prepared


SUMMARY = SessionSummary("Standard", False, False, 60.0, 2, 6, history_id=7, zones=("heel",))


def test_the_first_start_of_the_day_asks_safety_then_the_rating_then_starts() -> None:
    dialogs = ScriptedDialogs(before=5)
    g, session, settings, prepared = gate(dialogs)
    assert g.start()
    assert prepared == [1]  # sound is set up before anything is asked
    assert dialogs.asked == ["safety", "before"]
    assert session.calls == [("before", 5), "start"]
    assert settings.settings.safety_checked_on == TODAY.isoformat()


def test_a_second_start_that_day_skips_the_safety_check() -> None:
    dialogs = ScriptedDialogs()
    g, session, _, _ = gate(dialogs, checked_on=TODAY.isoformat())
    assert g.start()
    assert dialogs.asked == ["before"] and session.calls[-1] == "start"


def test_a_yes_to_a_safety_question_starts_nothing_and_says_why() -> None:
    dialogs = ScriptedDialogs(safe=False)
    g, session, settings, _ = gate(dialogs)
    assert not g.start()
    assert dialogs.asked == ["safety"]  # no rating asked either
    assert session.calls == [("tell", "Session not started: see the safety advice.")]
    assert settings.settings.safety_checked_on is None


def test_a_count_in_replaces_the_immediate_start() -> None:
    g, session, _, _ = gate(ScriptedDialogs())
    counted: list[int] = []
    assert g.start(count_in=lambda: counted.append(1))
    assert counted == [1] and "start" not in session.calls


def test_toggle_pauses_a_session_in_progress_without_asking() -> None:
    dialogs = ScriptedDialogs()
    g, session, _, _ = gate(dialogs, state=SessionState.RUNNING)
    g.toggle()
    assert session.calls == ["toggle"] and dialogs.asked == []


def test_an_ended_session_starts_afresh() -> None:
    g, session, _, _ = gate(ScriptedDialogs(), checked_on=TODAY.isoformat(), state=SessionState.FINISHED)
    assert g.start()
    assert session.calls[0] == "reset" and session.calls[-1] == "start"


def test_the_end_asks_once_and_saves_by_one_route() -> None:
    answer = AfterSession(3, ("heel", "heel"), "  stiff " + "x" * (NOTE_MAX + 50))
    dialogs = ScriptedDialogs(after=answer)
    g, session, _, _ = gate(dialogs)
    g.session_ended(SUMMARY)
    assert dialogs.asked == ["after"]
    ((_, history_id, after, zones, note),) = [c for c in session.calls if c[0] == "record"]
    assert (history_id, after, zones) == (7, 3, ("heel",))
    assert note.startswith("stiff") and len(note) == NOTE_MAX
    assert session.calls[-1] == "reset"


def test_a_stop_for_pain_shows_the_advice_and_asks_no_rating() -> None:
    dialogs = ScriptedDialogs()
    g, session, _, _ = gate(dialogs)
    g.session_ended(SessionSummary("Standard", False, True, 10.0, 0, 6, history_id=1))
    assert dialogs.asked == ["pain"]
    assert session.calls == ["reset"]  # back to idle: Start starts afresh


def test_skipped_or_empty_answers_keep_nothing() -> None:
    for answer in (None, AfterSession(None), AfterSession(None, (), "   ")):
        g, session, _, _ = gate(ScriptedDialogs(after=answer))
        g.session_ended(SUMMARY)
        assert not [c for c in session.calls if c[0] == "record"]


def test_nothing_is_asked_while_quitting_or_while_follow_along_sums_up() -> None:
    dialogs = ScriptedDialogs()
    g, session, _, _ = gate(dialogs, state=SessionState.RUNNING)
    g.quit()
    assert session.calls == ["stop"]
    g.session_ended(SUMMARY)
    g2, _, _, _ = gate(dialogs)
    g2.summary_elsewhere = True
    g2.session_ended(SUMMARY)
    assert dialogs.asked == []


def test_start_here_when_idle_moves_then_starts_through_the_gate() -> None:
    dialogs = ScriptedDialogs()
    g, session, _, _ = gate(dialogs)
    assert g.start_here("standard", "calf", step_title="Calf")
    assert session.calls[0] == ("here", "standard", "calf") and session.calls[-1] == "start"
    assert dialogs.asked == ["safety", "before"]  # no question of its own


def test_start_here_in_a_session_asks_once_then_jumps_and_carries_on() -> None:
    dialogs = ScriptedDialogs()
    g, session, _, _ = gate(dialogs, state=SessionState.RUNNING)
    assert g.start_here("standard", "calf", step_title="Calf")
    assert dialogs.questions == [("Jump to this step?", "The session carries on from “Calf”.")]
    assert session.calls == ["pause", ("here", "standard", "calf"), "toggle", ("tell", "Jumped to “Calf”.")]


def test_start_here_in_a_session_for_another_routine_says_it_ends_this_one() -> None:
    dialogs = ScriptedDialogs(confirm_answer=False)
    g, session, _, _ = gate(dialogs, state=SessionState.RUNNING)
    assert not g.start_here("quick-break", "calf", step_title="Calf", other_routine="Quick break")
    ((title, text),) = dialogs.questions
    assert title == "Start a new session here?"
    assert "ends the session in progress" in text and "“Quick break”" in text
    assert session.calls == ["pause", "toggle"]  # no: carried on as it was
