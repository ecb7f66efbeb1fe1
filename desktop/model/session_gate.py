"""The one way into and out of a session: set-up, the day's safety check, the before-rating and the
count-in on the way in; the pain advice, the after-rating, tight zones and note on the way out, saved
by one route.

Pure Python: the gate drives a SessionPort (desktop.qt.session_controller.SessionController) and asks
the person through a SessionDialogs (desktop.ui.session_dialogs.WindowDialogs in the app; tests put
scripted answers in its place, and nothing here knows which it has).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from desktop.model.pain_scale import Ratings
from desktop.model.preparation import mark_read, needs_preparation
from desktop.model.session_presenter import shown
from desktop.model.session_questions import NOT_STARTED_UNSAFE, jump_question, jumped_notice, quit_question
from desktop.model.session_snapshot import SessionState

if TYPE_CHECKING:
    from desktop.model.routine import Routine
    from desktop.model.session_outcome import AfterSession, SessionSummary
    from desktop.model.settings import AppSettings


class SessionDialogs(Protocol):
    """Everything the gate asks a person. Each call returns the answer (modal, or scripted in tests)."""

    def safety_check(self) -> bool:
        """The day's safety questions: True when nothing rules a massage out."""

    def recent_injury(self) -> bool:
        """True when the last safety check answered its recent-injury question "yes"."""

    def injury_check(self) -> None:
        """The guided Ottawa check (desktop.ui.injury_check); the session stays blocked either way."""

    def before_rating(self) -> Ratings | int | None:
        """Tension and (optionally) pain before the session, 0..10 each (desktop.model.pain_scale);
        a plain int is tension alone; None when skipped."""

    def pain_advice(self, *, recording: bool) -> None:
        """What to do about pain: after a stop for pain (`recording`: its button records the session)
        or when "Stop — this hurts" is pressed with no session running."""

    def after_session(self, summary: SessionSummary) -> AfterSession | None:
        """How it went: rating, tight zones, note; None when skipped."""

    def confirm(self, title: str, text: str) -> bool:
        """A yes/no question (ending or moving a session in progress)."""


class SessionPort(Protocol):
    """What the gate drives (the SessionController)."""

    @property
    def state(self) -> SessionState: ...
    @property
    def in_progress(self) -> bool: ...
    @property
    def routine(self) -> Routine | None: ...
    def start(self) -> None: ...
    def toggle(self) -> None: ...
    def pause(self) -> None: ...
    def start_here(self, routine_id: str, step_id: str) -> bool: ...
    def stop(self, *, pain: bool = False) -> None: ...
    def reset(self) -> None: ...
    def set_before_rating(self, rating: int | None) -> None: ...
    def tell(self, text: str) -> None: ...
    def record_after(
        self, history_id: int | None, *, after: int | None, tight_zones: tuple[str, ...] = (), note: str = ""
    ) -> None: ...


class SettingsPort(Protocol):
    """Where the day's safety check is remembered (the main window, which saves its settings)."""

    settings: AppSettings

    def remember(self, **changes: object) -> None: ...


class SessionGate:
    """Owns starting and ending: every start (button, Space, follow-along, "Start here") calls `start`,
    every end-of-session answer reaches history through `save_after`."""

    def __init__(
        self,
        session: SessionPort,
        dialogs: SessionDialogs,
        settings: SettingsPort,
        *,
        prepare: Callable[[], None] = lambda: None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """`prepare` runs before the first question (the app opens its history and sets up sound there,
        so the session is recorded and cues play from the first second); `today` is the calendar the
        safety check goes by."""
        self.session = session
        self.dialogs = dialogs
        self.settings = settings
        self.prepare = prepare
        self.today = today
        self.summary_elsewhere = False  # follow-along is up and shows its own summary page
        self.pain_before: int | None = None  # for the session being started (desktop.ui.progress_hooks)
        self._quitting = False

    # ---- the way in ------------------------------------------------------------------------------

    def start(self, *, count_in: Callable[[], None] | None = None) -> bool:
        """Start the idle (or ended) session once the person may: set-up, safety check, before-rating;
        then `count_in()` (which starts the session when it is done) or start at once. True if begun."""
        if self.session.state in (SessionState.FINISHED, SessionState.STOPPED):
            self.session.reset()
        if self.session.state is not SessionState.IDLE:
            return False
        self.prepare()
        if not self._safe_today():
            return False
        ratings = before_ratings(self.dialogs.before_rating())
        if self._quitting:  # the app began to quit while a question was open
            return False
        self.session.set_before_rating(ratings.tension)
        # pain is kept apart from tension; it is stored beside the session's record once the session
        # has one (desktop.ui.progress_hooks), and is the next morning's baseline
        self.pain_before = ratings.pain
        self.preparation_read()  # the notes were on screen before Start; later sessions may skip them
        if count_in is not None:
            count_in()
        else:
            self.session.start()
        return True

    def preparation_due(self) -> tuple[str, ...]:
        """The current routine's preparation notes while they are still to be read today, else ()."""
        routine = self.session.routine
        if routine is None or self.session.state is not SessionState.IDLE:
            return ()
        value = self.settings.settings.preparation_read
        return (
            routine.preparation
            if needs_preparation(routine.preparation, value, routine.id, self.today())
            else ()
        )

    def preparation_read(self) -> None:
        """The current routine's preparation notes were read today ("Got it", or a session started)."""
        routine = self.session.routine
        if routine is None or not routine.preparation:
            return
        value = self.settings.settings.preparation_read
        marked = mark_read(value, routine.id, self.today())
        if marked != value:
            self.settings.remember(preparation_read=marked)

    def toggle(self) -> None:
        """Space: start (through `start`), pause or resume."""
        if self.session.in_progress:
            self.session.toggle()
        else:
            self.start()

    def _safe_today(self) -> bool:
        from desktop.model.safety import needs_check  # (imported on first use: start-up, issue 19)

        today = self.today()
        if not needs_check(self.settings.settings.safety_checked_date(), today):
            return True
        if not self.dialogs.safety_check():
            if self.dialogs.recent_injury():  # issue 18: offer the Ottawa check on the diagram
                self.dialogs.injury_check()
            self.session.tell(shown(NOT_STARTED_UNSAFE))
            return False
        self.settings.remember(safety_checked_on=today.isoformat())
        return True

    def confirm(self, title: str, text: str) -> bool:
        return self.dialogs.confirm(title, text)

    def start_here(self, routine_id: str, step_id: str, *, step_title: str, other_routine: str = "") -> bool:
        """ "Start here" on a step (of `other_routine`, when that is not the current one): idle, the
        session starts there through `start`; in a session, one question, then a jump there (the session
        carries on) or, for another routine, a new session there. True when it moved to the step."""
        session = self.session
        if session.in_progress:
            running = session.state is SessionState.RUNNING
            if running:
                session.pause()  # nothing runs on while the question is up
            if not self.dialogs.confirm(*jump_question(step_title, other_routine=other_routine)):
                if running:
                    session.toggle()
                return False
            if not other_routine:
                moved = session.start_here(routine_id, step_id)
                if running:
                    session.toggle()
                if moved:
                    session.tell(jumped_notice(step_title))
                return moved
        elif session.state in (SessionState.FINISHED, SessionState.STOPPED):
            session.reset()
        if not session.start_here(routine_id, step_id):
            return False
        self.start()
        return True

    def take_pain_before(self) -> int | None:
        """The pain rating given before the session now starting, once (then it is forgotten)."""
        pain, self.pain_before = self.pain_before, None
        return pain

    # ---- the way out -----------------------------------------------------------------------------

    def session_ended(self, summary: SessionSummary) -> None:
        """The controller's session_ended: pain advice, then the after-session questions, then history.

        Asks nothing while the app quits, or while follow-along's summary page asks instead (it calls
        `save_after` itself)."""
        if self._quitting or self.summary_elsewhere:
            return
        if summary.stopped_for_pain:  # safety first: the advice, then back to idle; no rating asked
            self.dialogs.pain_advice(recording=True)
        else:
            self.save_after(summary, self.dialogs.after_session(summary))
        self.session.reset()

    def hurts(self) -> None:
        """ "Stop — this hurts": stop the session for pain (session_ended then shows the advice), or,
        with none running, show the same advice."""
        if self.session.in_progress:
            self.session.stop(pain=True)
        else:
            self.dialogs.pain_advice(recording=False)

    def save_after(self, summary: SessionSummary | None, answer: AfterSession | None) -> None:
        """The one route from an end-of-session answer to history; a skipped or empty answer keeps nothing."""
        if summary is None or answer is None:
            return
        answer = answer.cleaned()
        if answer.empty:
            return
        self.session.record_after(
            summary.history_id, after=answer.rating, tight_zones=answer.tight_zones, note=answer.note
        )

    def may_quit(self) -> bool:
        """Ctrl+Q or Quit: with a session in progress, pause it and ask first (a stray key with oily
        hands should not end a session); "No" resumes it. Closing the window or SIGTERM do not ask."""
        session = self.session
        if not session.in_progress:
            return True
        running = session.state is SessionState.RUNNING
        if running:
            session.pause()
        if self.dialogs.confirm(*quit_question()):
            return True
        if running:
            session.toggle()
        return False

    def quit(self) -> None:
        """The app is closing (window closed, Ctrl+Q, SIGTERM): a session in progress is saved as
        stopped, and nothing more is asked."""
        self._quitting = True
        if self.session.in_progress:
            self.session.stop()


def before_ratings(answer: Ratings | int | None) -> Ratings:
    """The before-rating's answer as separate pain and tension (an int is tension alone)."""
    if isinstance(answer, Ratings):
        return answer
    return Ratings(tension=answer if isinstance(answer, int) and 0 <= answer <= 10 else None)
