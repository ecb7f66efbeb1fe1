"""The measurements of issue 18 in the history file: lunge tests, next-morning answers, pain apart from
tension, and the pressure used. Same file, same migrations (desktop.model.history_schema v4), own
connection, so the session store (desktop.model.history) stays as it is.

Every write is one transaction. Values are checked by the model's rules before they reach SQL, so a bad
value fails with a sentence naming its field, and the table's CHECKs are a second line only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.model.history_record import (
    HistoryUnavailable,
    LungeRecord,
    MorningRecord,
    SessionExtras,
    explain,
)
from desktop.model.history_schema import SchemaProblem, migrate
from desktop.model.i18n import translate
from desktop.model.mobility import LungeResult, check_cm
from desktop.model.next_morning import Feel, MorningAnswer
from desktop.model.pain_scale import check_rating

TIMINGS = ("before", "after", "alone")
PRESSURE_MAX_KG = 50.0  # a bathroom scale's reading under one thumb; refuses typing slips only


def _epoch(moment: datetime | None) -> int:
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("pass an aware datetime (e.g. datetime.now(UTC)), not a naive one")
    return int(moment.timestamp())


def _moment(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@dataclass(frozen=True)
class LastSession:
    """The latest session, as the next-morning check needs it."""

    id: int
    started_at: datetime
    routine_id: str
    outcome: str
    steps_completed: int
    steps_total: int
    pain_before: int | None
    tension_before: int | None


class MeasureStore:
    """Lunge tests and next-morning answers in the history file at `path` (created and migrated if new)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._conn: sqlite3.Connection | None = sqlite3.connect(
                self.path, timeout=5.0, isolation_level=None
            )
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self._conn)
        except SchemaProblem as exc:
            self.close()
            raise HistoryUnavailable(
                translate(
                    "history_measures", "Measurements can't be saved: the history file {problem}. ({path})"
                ).format(problem=exc, path=self.path)
            ) from None
        except (sqlite3.Error, OSError) as exc:
            self.close()
            raise explain(exc, self.path) from None

    def close(self) -> None:
        if getattr(self, "_conn", None) is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> MeasureStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self._conn is None:
            raise HistoryUnavailable(translate("history_measures", "Session history is closed."))
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            with self._conn:
                yield self._conn
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None

    def _rows(self, sql: str, args: tuple = ()) -> list[tuple]:
        if self._conn is None:
            raise HistoryUnavailable(translate("history_measures", "Session history is closed."))
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None

    # ---- lunge tests -----------------------------------------------------------------------------

    def add_lunge(
        self,
        result: LungeResult,
        *,
        timing: str = "alone",
        session_id: int | None = None,
        at: datetime | None = None,
    ) -> int:
        """Record one lunge test (best try per foot); returns its id."""
        if timing not in TIMINGS:
            raise ValueError(f"timing must be one of {', '.join(TIMINGS)}, not {timing!r}")
        right = None if result.right_cm is None else check_cm(result.right_cm, field="right foot")
        left = None if result.left_cm is None else check_cm(result.left_cm, field="left foot")
        if right is None and left is None:
            raise ValueError("a lunge test needs at least one foot")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO lunge_tests (measured_at, session_id, timing, right_cm, left_cm) "
                "VALUES (?, ?, ?, ?, ?)",
                (_epoch(at), session_id, timing, right, left),
            )
            return int(cursor.lastrowid or 0)

    def link_before(self, session_id: int, since: datetime) -> int:
        """Tie the "before a session" tests taken since `since` and not yet tied to a session to
        `session_id`; returns how many (0: no test was taken before this session)."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE lunge_tests SET session_id = ? WHERE timing = 'before' AND session_id IS NULL "
                "AND measured_at >= ?",
                (session_id, _epoch(since)),
            )
            return cursor.rowcount

    def lunge_tests(self) -> list[LungeRecord]:
        """Every lunge test, oldest first."""
        rows = self._rows(
            "SELECT id, measured_at, timing, right_cm, left_cm, session_id FROM lunge_tests "
            "ORDER BY measured_at, id"
        )
        return [LungeRecord(i, _moment(t), timing, r, left, s) for i, t, timing, r, left, s in rows]

    # ---- pain, pressure ---------------------------------------------------------------------------

    def set_pain(self, session_id: int, *, before: int | None = None, after: int | None = None) -> None:
        """Pain (0–10 NRS), stored apart from tension; None leaves a rating as it is."""
        with self._write() as conn:
            if before is not None:
                conn.execute(
                    "UPDATE sessions SET pain_before = ? WHERE id = ?",
                    (check_rating(before, field="pain before"), session_id),
                )
            if after is not None:
                conn.execute(
                    "UPDATE sessions SET pain_after = ? WHERE id = ?",
                    (check_rating(after, field="pain after"), session_id),
                )

    def set_pressure(self, session_id: int, kg: float | None) -> None:
        """The pressure the person used, in kg as read on a kitchen or bathroom scale (None clears it)."""
        if kg is not None and not (isinstance(kg, int | float) and 0 <= kg <= PRESSURE_MAX_KG):
            raise ValueError(f"pressure used: {kg!r} kg is outside 0–{PRESSURE_MAX_KG:g} kg")
        with self._write() as conn:
            conn.execute("UPDATE sessions SET pressure_kg = ? WHERE id = ?", (kg, session_id))

    def extras(self) -> dict[int, SessionExtras]:
        """Pain before/after and pressure per session id (sessions with none of them are left out)."""
        rows = self._rows(
            "SELECT id, pain_before, pain_after, pressure_kg FROM sessions "
            "WHERE pain_before IS NOT NULL OR pain_after IS NOT NULL OR pressure_kg IS NOT NULL"
        )
        return {sid: SessionExtras(b, a, kg) for sid, b, a, kg in rows}

    # ---- the next morning -------------------------------------------------------------------------

    def last_session(self) -> LastSession | None:
        rows = self._rows(
            "SELECT id, started_at, routine_id, outcome, steps_completed, steps_total, pain_before, "
            "tension_before FROM sessions ORDER BY started_at DESC, id DESC LIMIT 1"
        )
        if not rows:
            return None
        sid, started, rid, outcome, done, total, pain, tension = rows[0]
        return LastSession(sid, _moment(started), rid, outcome, done, total, pain, tension)

    def set_morning(
        self, answer: MorningAnswer, *, hurt_step: str | None = None, at: datetime | None = None
    ) -> None:
        """Record (or replace) the next-morning answer about `answer.session_id`."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO morning_checks (session_id, answered_at, feel, pain, hurt_step) "
                "VALUES (?, ?, ?, ?, ?)",
                (answer.session_id, _epoch(at), Feel(answer.feel).value, answer.pain, hurt_step),
            )

    def morning(self, session_id: int) -> MorningRecord | None:
        found = [m for m in self._mornings("WHERE session_id = ?", (session_id,))]
        return found[0] if found else None

    def mornings(self) -> list[MorningRecord]:
        return self._mornings("", ())

    def _mornings(self, where: str, args: tuple) -> list[MorningRecord]:
        rows = self._rows(
            f"SELECT session_id, answered_at, feel, pain, hurt_step FROM morning_checks {where} "
            "ORDER BY answered_at, session_id",
            args,
        )
        return [MorningRecord(s, _moment(t), feel, pain, hurt) for s, t, feel, pain, hurt in rows]

    def latest_morning(self) -> MorningRecord | None:
        found = self._mornings("WHERE answered_at = (SELECT MAX(answered_at) FROM morning_checks)", ())
        return found[-1] if found else None


def read_measures(path: Path) -> dict:
    """Everything an export needs, by kind: "extras" and "mornings" by session id, "lunges" in order."""
    with MeasureStore(path) as store:
        return {
            "extras": store.extras(),
            "mornings": {m.session_id: m for m in store.mornings()},
            "lunges": store.lunge_tests(),
        }
