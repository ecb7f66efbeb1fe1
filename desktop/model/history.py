"""Session history: one SQLite file, one row per massage session (invariant 6).

A session's row is written when it *starts*, as "interrupted", and rewritten when it ends: if the app
crashes or the power goes, the record left behind is honest. Every write is one transaction; the file
is in WAL mode, so a kill mid-write loses at most that write. Times are stored as whole epoch seconds
(UTC) and handed out as aware datetimes; the UI turns them into local time.

The app opens it through desktop.model.history_open, which decides what to do with a damaged, read-only
or unreadable file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from desktop.model import history_reads as reads
from desktop.model.history_access import open_read_only, open_read_write
from desktop.model.history_null import NullHistoryStore  # re-exported: callers import it from here
from desktop.model.history_record import (
    HistoryCorrupt,
    HistoryUnavailable,
    Outcome,
    SessionRecord,
    damaged,
    explain,
)
from desktop.model.history_schema import SchemaProblem
from desktop.model.history_stats import HistoryStats
from desktop.model.i18n import translate
from desktop.model.session_outcome import NOTE_MAX

__all__ = [
    "History",
    "HistoryCorrupt",
    "HistoryStats",
    "HistoryStore",
    "HistoryUnavailable",
    "NullHistoryStore",
    "Outcome",
    "SessionRecord",
]

NOTE_MAX_CHARS = NOTE_MAX  # the after-session note's limit (desktop.model.session_outcome)
_SIDES = ("right", "left", "both")


def _epoch(moment: datetime | None) -> int | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("pass an aware datetime (e.g. datetime.now(UTC)), not a naive one")
    return int(moment.timestamp())


def _moment(epoch: int | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC)


def _rating(value: int | None, name: str) -> int | None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10):
        raise ValueError(f"{name} must be a whole number from 0 to 10, not {value!r}")
    return value


_SELECT = (
    "s.id, s.started_at, s.ended_at, s.routine_id, s.routine_title, s.sides, s.steps_completed, "
    "s.steps_total, s.outcome, s.tension_before, s.tension_after, s.note, s.active_s"
)


class HistoryStore:
    """The history file. Raises HistoryUnavailable (or HistoryCorrupt) when the file can't be used.

    `read_only`: only read (writes raise HistoryUnavailable with `reason`); `available` is then False,
    `readable` stays True. Not thread-safe: use it from one thread (the GUI thread). Writes to an id
    that no longer exists (the person deleted it mid-session) do nothing.
    """

    available = True
    readable = True  # past sessions can be shown and exported

    def __init__(self, path: Path, *, read_only: bool = False, reason: str = "") -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self.read_only = read_only
        self.reason = reason or (
            translate("history", "Session history is open read-only.") if read_only else ""
        )
        if read_only:
            self.available = False
        try:
            self._conn = open_read_only(self.path) if read_only else open_read_write(self.path)
        except SchemaProblem as exc:
            self.close()
            if exc.newer:
                raise HistoryUnavailable(
                    translate(
                        "history",
                        "Session history was saved by a newer version of Ankle Guide, so this version leaves "
                        "it untouched and won't record sessions. ({path})",
                    ).format(path=self.path)
                ) from None
            raise damaged(self.path, str(exc)) from None
        except HistoryUnavailable:
            self.close()
            raise
        except (sqlite3.Error, OSError) as exc:
            self.close()
            raise explain(exc, self.path) from None

    # ---- plumbing ------------------------------------------------------------------------------

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise HistoryUnavailable(translate("history", "Session history is closed."))
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of the block is saved, or none of it."""
        if self.read_only:
            raise HistoryUnavailable(self.reason)
        conn = self._db
        try:
            conn.execute("BEGIN IMMEDIATE")
            with conn:
                yield conn
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._db
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None

    # ---- writes --------------------------------------------------------------------------------

    def begin_session(
        self,
        routine_id: str,
        routine_title: str,
        sides: str,
        steps_total: int,
        started_at: datetime | None = None,
    ) -> int:
        """Record a session as it starts (outcome "interrupted" until finish_session); returns its id."""
        if str(sides) not in _SIDES:
            raise ValueError(f"sides must be one of {', '.join(_SIDES)}, not {sides!r}")
        if steps_total < 0:
            raise ValueError("steps_total must not be negative")
        started = _epoch(started_at or datetime.now(UTC))
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (started_at, ended_at, routine_id, routine_title, sides, "
                "steps_completed, steps_total, outcome) VALUES (?, NULL, ?, ?, ?, 0, ?, ?)",
                (started, routine_id, routine_title, str(sides), steps_total, Outcome.INTERRUPTED.value),
            )
            return int(cursor.lastrowid or 0)

    def record_progress(self, session_id: int, steps_completed: int, at: datetime | None = None) -> None:
        """Save how far a running session got, so a crash still leaves the steps done and a rough end."""
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET steps_completed = ?, ended_at = ? WHERE id = ?",
                (steps_completed, _epoch(at or datetime.now(UTC)), session_id),
            )

    def finish_session(
        self,
        session_id: int,
        outcome: Outcome | str,
        steps_completed: int,
        ended_at: datetime | None = None,
        *,
        active_s: float | None = None,
    ) -> None:
        """Close a session with how it ended; `active_s` is the massage time with pauses left out."""
        outcome = Outcome(outcome)
        if steps_completed < 0:
            raise ValueError("steps_completed must not be negative")
        active = None if active_s is None else max(0, round(active_s))
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET outcome = ?, steps_completed = ?, ended_at = ?, active_s = ? "
                "WHERE id = ?",
                (outcome.value, steps_completed, _epoch(ended_at or datetime.now(UTC)), active, session_id),
            )

    def set_ratings(self, session_id: int, before: int | None = None, after: int | None = None) -> None:
        """Store tension ratings (0–10). None leaves that rating as it is (a skipped rating stays empty)."""
        before, after = _rating(before, "before"), _rating(after, "after")
        with self._write() as conn:
            if before is not None:
                conn.execute("UPDATE sessions SET tension_before = ? WHERE id = ?", (before, session_id))
            if after is not None:
                conn.execute("UPDATE sessions SET tension_after = ? WHERE id = ?", (after, session_id))

    def set_tight_zones(self, session_id: int, zones: Iterable[str]) -> None:
        """Replace the zones the person marked as tight in this session."""
        unique = sorted({str(z) for z in zones if str(z).strip()})
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
                return
            conn.execute("DELETE FROM session_zones WHERE session_id = ?", (session_id,))
            conn.executemany(
                "INSERT INTO session_zones (session_id, zone_id) VALUES (?, ?)",
                [(session_id, zone) for zone in unique],
            )

    def set_note(self, session_id: int, note: str) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET note = ? WHERE id = ?", (note.strip()[:NOTE_MAX_CHARS], session_id)
            )

    def delete_session(self, session_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM session_zones WHERE session_id = ?", (session_id,))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def delete_all(self) -> None:
        """Remove every session; secure_delete and a checkpoint leave no readable trace in the files."""
        with self._write() as conn:
            conn.execute("DELETE FROM lunge_tests")  # issue 18 measurements (morning_checks cascade)
            conn.execute("DELETE FROM session_zones")
            conn.execute("DELETE FROM sessions")
        with self._read() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ---- reads ---------------------------------------------------------------------------------

    def sessions(self, since: datetime | None = None) -> list[SessionRecord]:
        """Sessions started at or after `since` (all when None), oldest first."""
        floor = _epoch(since)
        return self._query("? IS NULL OR s.started_at >= ?", (floor, floor))

    def iter_sessions(self, chunk: int = 500) -> Iterator[SessionRecord]:
        """Every session, oldest first, read `chunk` at a time (an export holds one chunk, not years)."""
        after: tuple[int, int] | None = None
        while True:
            with self._read() as conn:
                keys = reads.ids_in_order(conn, after, chunk)
            if not keys:
                return
            found = self.records(sid for _, sid in keys)
            yield from (found[sid] for _, sid in keys if sid in found)
            after = keys[-1]

    def session(self, session_id: int) -> SessionRecord | None:
        found = self._query("s.id = ?", (session_id,))
        return found[0] if found else None

    def _query(self, where: str, args: tuple) -> list[SessionRecord]:
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_SELECT} FROM sessions s WHERE {where} ORDER BY s.started_at, s.id", args
            ).fetchall()
            zones: dict[int, list[str]] = {}
            zone_rows = conn.execute(
                "SELECT z.session_id, z.zone_id FROM session_zones z JOIN sessions s ON s.id = z.session_id "
                f"WHERE {where} ORDER BY z.zone_id",
                args,
            )
            for session_id, zone_id in zone_rows:
                zones.setdefault(session_id, []).append(zone_id)
        return [self._record(row, zones.get(row[0], ())) for row in rows]

    @staticmethod
    def _record(row: tuple, zones: Iterable[str]) -> SessionRecord:
        (sid, started, ended, rid, title, sides, done, total, outcome, before, after, note, active) = row
        try:
            outcome = Outcome(outcome)
        except ValueError:
            outcome = Outcome.INTERRUPTED
        return SessionRecord(
            id=sid,
            started_at=datetime.fromtimestamp(started, UTC),
            ended_at=_moment(ended),
            routine_id=rid,
            routine_title=title,
            sides=sides,
            steps_completed=done,
            steps_total=total,
            outcome=outcome,
            tension_before=before,
            tension_after=after,
            tight_zones=tuple(zones),
            note=note or "",
            active_s=active,
        )

    def stats(
        self, now: datetime | None = None, *, since: datetime | None = None, tz: tzinfo | None = None
    ) -> HistoryStats:
        """Sessions and minutes this week, current streak, and period totals (see history_stats), from
        SQL aggregates: the same figures compute_stats gives over every record, without reading them."""
        with self._read() as conn:
            return reads.figures(conn, now or datetime.now(UTC), since, tz)

    def has_sessions(self) -> bool:
        with self._read() as conn:
            return conn.execute("SELECT EXISTS (SELECT 1 FROM sessions)").fetchone()[0] == 1

    def records(self, ids: Iterable[int]) -> dict[int, SessionRecord]:
        """The stored sessions among `ids`, by id (gone ones are left out)."""
        wanted = sorted({int(i) for i in ids})
        found: dict[int, SessionRecord] = {}
        for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update((r.id, r) for r in self._query(f"s.id IN ({marks})", tuple(chunk)))
        return found

    def tension_points(self, since: datetime | None = None) -> list[tuple[int, int, int | None, int | None]]:
        """(id, started_at epoch seconds, before, after) of each rated session since `since`, oldest first."""
        with self._read() as conn:
            return reads.tension_points(conn, since)

    def page(
        self, since: datetime | None, order: reads.TableOrder, after: reads.Cursor | None, limit: int
    ) -> list[tuple[SessionRecord, reads.Cursor]]:
        """The next `limit` sessions since `since` in the table's `order`, after the row `after`."""
        with self._read() as conn:
            reads.prepare(conn)
            ids = reads.page_ids(conn, since, order, after, limit)
        found = self.records(sid for sid, _ in ids)
        return [(found[sid], cursor) for sid, cursor in ids if sid in found]

    def cursor(self, order: reads.TableOrder, session_id: int) -> reads.Cursor | None:
        """Where one session sorts in `order` (None when it is gone)."""
        with self._read() as conn:
            reads.prepare(conn)
            return reads.sort_value(conn, order, session_id)

    def change_mark(self) -> int:
        """A mark in the change journal: pass it to changed_since later."""
        with self._read() as conn:
            return reads.change_mark(conn)

    def changed_since(self, mark: int) -> tuple[int, list[int]] | None:
        """(new mark, ids of the sessions written since `mark`), or None: too much changed, re-read all."""
        with self._read() as conn:
            return reads.changed_since(conn, mark)

    def zone_counts(self, since: datetime | None = None) -> dict[str, int]:
        """How many sessions marked each zone as tight, most often first."""
        floor = _epoch(since)
        query = (  # all time needs no join: the zone index alone answers it
            "SELECT zone_id, COUNT(*) AS n FROM session_zones GROUP BY zone_id ORDER BY n DESC, zone_id"
            if floor is None
            else "SELECT z.zone_id, COUNT(*) AS n FROM session_zones z "
            "JOIN sessions s ON s.id = z.session_id "
            "WHERE s.started_at >= ? GROUP BY z.zone_id ORDER BY n DESC, z.zone_id"
        )
        with self._read() as conn:
            rows = conn.execute(query, () if floor is None else (floor,)).fetchall()
        return {zone: n for zone, n in rows}


History = HistoryStore | NullHistoryStore
