"""What a stored session looks like, and the errors the history store raises (in plain words).

Kept apart from the store so the CSV export and the UI can use records without opening a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from desktop.model.disk_space import disk_full
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate

# SQLite primary result codes (sqlite3.h), to tell damage from a full or read-only disk.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3


class Outcome(StrEnum):
    FINISHED = "finished"
    STOPPED = "stopped"  # ended early by the person
    STOPPED_PAIN = "stopped_pain"  # "Stop — this hurts"
    INTERRUPTED = "interrupted"  # the app closed or crashed mid-session

    @property
    def label(self) -> str:
        """How the history shows this outcome, in the app's language."""
        return translate("history_record", _OUTCOME_LABELS[self])


_OUTCOME_LABELS = {
    Outcome.FINISHED: QT_TRANSLATE_NOOP("history_record", "Finished"),
    Outcome.STOPPED: QT_TRANSLATE_NOOP("history_record", "Stopped early"),
    Outcome.STOPPED_PAIN: QT_TRANSLATE_NOOP("history_record", "Stopped: it hurt"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("history_record", "Interrupted"),
}


@dataclass(frozen=True)
class SessionRecord:
    """One massage session as stored. Tension ratings are 0–10, None when the person skipped them."""

    id: int
    started_at: datetime  # aware, UTC
    ended_at: datetime | None  # for an interrupted session: the last time progress was saved
    routine_id: str
    routine_title: str
    sides: str  # "right" | "left" | "both"
    steps_completed: int
    steps_total: int
    outcome: Outcome
    tension_before: int | None = None
    tension_after: int | None = None
    tight_zones: tuple[str, ...] = ()  # zone ids, sorted
    note: str = ""
    active_s: int | None = None  # massage time without pauses, when known

    def title_in(self, titles: Mapping[str, str]) -> str:
        """The routine's title to show: a built-in routine's title as it reads today, in the app's
        language (`titles`, by routine id), else the title the session was saved with."""
        return titles.get(self.routine_id, self.routine_title)

    @property
    def duration_s(self) -> float | None:
        """Active massage time if known, else wall time from start to end; None if never ended."""
        if self.active_s is not None:
            return float(self.active_s)
        if self.ended_at is None:
            return None
        return max(0.0, (self.ended_at - self.started_at).total_seconds())

    @property
    def drop(self) -> int | None:
        """How much the tension eased (before − after); negative when it rose; None unless both rated."""
        if self.tension_before is None or self.tension_after is None:
            return None
        return self.tension_before - self.tension_after


@dataclass(frozen=True)
class LungeRecord:
    """One knee-to-wall lunge test as stored: the best try per foot in cm (None = foot not measured)."""

    id: int
    measured_at: datetime  # aware, UTC
    timing: str  # "before" | "after" (a session) | "alone"
    right_cm: float | None
    left_cm: float | None
    session_id: int | None = None


@dataclass(frozen=True)
class MorningRecord:
    """The next-morning answer about one session (see desktop.model.next_morning)."""

    session_id: int
    answered_at: datetime  # aware, UTC
    feel: str  # "better" | "same" | "worse"
    pain: int | None = None
    hurt_step: str | None = None


@dataclass(frozen=True)
class SessionExtras:
    """What issue 18 adds to a session: pain apart from tension, and the pressure used (kg)."""

    pain_before: int | None = None
    pain_after: int | None = None
    pressure_kg: float | None = None


class HistoryUnavailable(Exception):
    """History cannot be read or written; str(exc) is a plain-words sentence for the person."""


class HistoryCorrupt(HistoryUnavailable):
    """The file is damaged or is not a history file: `open_history` moves it aside."""


def damaged(path: Path, detail: str = "") -> HistoryCorrupt:
    """The file is damaged; `detail` (from the schema check, in the person's words) says how."""
    if detail:
        return HistoryCorrupt(
            translate(
                "history_record",
                "The session history file can't be used: {detail} ({path}). Ankle Guide keeps it aside and "
                "starts a new one the next time it opens.",
            ).format(detail=detail, path=path)
        )
    return HistoryCorrupt(
        translate(
            "history_record",
            "The session history file is damaged ({path}). Ankle Guide keeps it aside and starts a new one "
            "the next time it opens.",
        ).format(path=path)
    )


def explain(exc: BaseException, path: Path) -> HistoryUnavailable:
    """The one sentence for a history that can't be saved to, by what SQLite or the system reported."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_CORRUPT, _NOTADB):
        return damaged(path)
    if primary == _FULL or getattr(exc, "errno", None) == 28:
        reason = "full"
    elif primary in (_READONLY, _CANTOPEN, _PERM) or isinstance(exc, PermissionError | NotADirectoryError):
        reason = "folder"
    elif primary in (_BUSY, _LOCKED):
        reason = "busy"
    elif primary == _IOERR or isinstance(exc, OSError):
        reason = "full" if disk_full(path.parent) else "disk"
    else:
        reason = "database"
    if reason == "full":
        text = translate(
            "history_record",
            "Session history can't be saved because the disk is full. Your sessions still run; they just "
            "aren't recorded until this is fixed. ({path})",
        )
    elif reason == "folder":
        text = translate(
            "history_record",
            "Session history can't be saved because the folder {folder} can't be written to. Your sessions "
            "still run; they just aren't recorded until this is fixed. ({path})",
        )
    elif reason == "busy":
        text = translate(
            "history_record",
            "Session history can't be saved because another program is holding the history file. Your "
            "sessions still run; they just aren't recorded until this is fixed. ({path})",
        )
    elif reason == "disk":
        text = translate(
            "history_record",
            "Session history can't be saved because the disk reported an error. Your sessions still run; "
            "they just aren't recorded until this is fixed. ({path})",
        )
    else:
        text = translate(
            "history_record",
            "Session history can't be saved because of a database error ({error}). Your sessions still "
            "run; they just aren't recorded until this is fixed. ({path})",
        )
    return HistoryUnavailable(text.format(folder=path.parent, error=exc, path=path))
