"""Scripted answers to the session gate's questions (desktop.model.session_gate.SessionDialogs)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.model.preparation import mark_read
from desktop.model.session_gate import SessionGate
from desktop.model.session_outcome import AfterSession, SessionSummary
from desktop.model.settings import AppSettings


@dataclass
class ScriptedDialogs:
    """Answers as given; records what was asked, in order, so tests can check what a person saw."""

    safe: bool = True
    injured: bool = False  # the safety check's recent-injury answer
    before: int | None = None
    after: AfterSession | None = None
    confirm_answer: bool = True
    asked: list[str] = field(default_factory=list)
    summaries: list[SessionSummary] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)

    def safety_check(self) -> bool:
        self.asked.append("safety")
        return self.safe

    def recent_injury(self) -> bool:
        return self.injured

    def injury_check(self) -> None:
        self.asked.append("injury")

    def before_rating(self) -> int | None:
        self.asked.append("before")
        return self.before

    def pain_advice(self, *, recording: bool) -> None:
        self.asked.append("pain" if recording else "pain (no session)")

    def after_session(self, summary: SessionSummary) -> AfterSession | None:
        self.asked.append("after")
        self.summaries.append(summary)
        return self.after

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append("confirm")
        self.questions.append((title, text))
        return self.confirm_answer


class MemorySettings:
    """A SettingsPort that remembers in memory (the main window saves to QSettings)."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        self.settings = settings or AppSettings()

    def remember(self, **changes: object) -> None:
        self.settings = replace(self.settings, **changes).validated()


def gate_for(
    controller, dialogs: ScriptedDialogs | None = None, *, preparation_read: bool = True
) -> SessionGate:
    """A session gate for `controller` without a main window: scripted answers, settings in memory.

    With `preparation_read` every routine's preparation notes count as read today, so follow-along
    opens on its running page (tests of the "Before you start" page pass False)."""
    settings = AppSettings()
    if preparation_read:
        value = None
        for routine in controller.library.routines:
            value = mark_read(value, routine.id, date.today())
        settings = replace(settings, preparation_read=value)
    return SessionGate(controller, dialogs or ScriptedDialogs(), MemorySettings(settings))
