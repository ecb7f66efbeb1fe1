"""The history window's reads, each bounded by what it shows rather than by how long the history is.

Totals come from SQL aggregates answered from one index (schema v4); the streak walks back from today
only as far as the streak goes; the table reads one page at a time in its sort order (keyset paging:
"the rows after this one", so a session added meanwhile is neither skipped nor shown twice); the plot
reads four numbers per rated session, not whole records; and the change journal says which sessions
changed since a mark, so a window can redraw those alone.

Plain functions over an open connection; HistoryStore wraps them (and turns sqlite errors into plain words).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from desktop.model.history_record import Outcome
from desktop.model.history_stats import HistoryStats, local_date, week_start

# Massage time of a session, as SessionRecord.duration_s has it: active time if known, else wall time
# from start to end, else nothing (MAX(0, NULL) is NULL in SQLite).
_DURATION = "COALESCE(active_s, MAX(0, ended_at - started_at), 0)"
_DROP = "tension_before - tension_after"  # NULL unless both were rated


def _outcome_label(value: object) -> str:
    """An outcome's label as the table shows it (in the app's language), lower-cased, for sorting."""
    try:
        outcome = Outcome(value)
    except ValueError:
        outcome = Outcome.INTERRUPTED
    return outcome.label.lower()


# The table's sort keys, as the SQL that orders by them. Text is compared lower-cased (Python's lower,
# registered as `py_lower`), code point by code point, exactly as the table compared it in memory.
SORT_KEYS: dict[str, str] = {
    "date": "started_at",
    "routine": "py_lower(routine_title)",
    "sides": "py_lower(sides)",
    "steps": "steps_completed",
    "outcome": "py_outcome_label(outcome)",  # the label shown, so German sorts as it reads
    "before": "COALESCE(tension_before, -1)",
    "after": "COALESCE(tension_after, -1)",
    "note": "py_lower(replace(note, char(10), ' '))",
}


@dataclass(frozen=True)
class TableOrder:
    """Sort by `key` (one of SORT_KEYS), up or down; ties: newest first (started_at, then id)."""

    key: str = "date"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.key!r}; known: {', '.join(SORT_KEYS)}")


Cursor = tuple[object, int, int]
"""Where a page ended: (sort value, started_at, id) of its last row."""


def _epoch(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


def prepare(conn: sqlite3.Connection) -> None:
    """Register the SQL functions the sort keys use (once per connection; cheap to repeat)."""
    conn.create_function("py_outcome_label", 1, _outcome_label, deterministic=True)
    conn.create_function(
        "py_lower", 1, lambda text: None if text is None else str(text).lower(), deterministic=True
    )


def figures(
    conn: sqlite3.Connection, now: datetime, since: datetime | None, tz: tzinfo | None
) -> HistoryStats:
    """The same totals as history_stats.compute_stats over every record, from three bounded queries."""
    now_s = now.timestamp()
    week = conn.execute(
        f"SELECT COUNT(*), TOTAL({_DURATION}) FROM sessions WHERE started_at >= ? AND started_at <= ?",
        (week_start(now, tz).timestamp(), now_s),
    ).fetchone()
    floor = _epoch(since)
    period = conn.execute(
        f"SELECT COUNT(*), TOTAL({_DURATION}), COUNT({_DROP}), TOTAL({_DROP}) FROM sessions "
        "WHERE (? IS NULL OR started_at >= ?) AND started_at <= ?",
        (floor, floor, now_s),
    ).fetchone()
    rated = int(period[2])
    return HistoryStats(
        sessions_this_week=int(week[0]),
        minutes_this_week=float(week[1]) / 60.0,
        sessions=int(period[0]),
        minutes=float(period[1]) / 60.0,
        streak_days=streak(conn, now, tz),
        average_drop=float(period[3]) / rated if rated else None,
        rated_sessions=rated,
    )


def streak(conn: sqlite3.Connection, now: datetime, tz: tzinfo | None) -> int:
    """history_stats.streak_days, reading practice days newest first and stopping at the first gap."""
    rows = conn.execute(
        "SELECT started_at FROM sessions WHERE started_at <= ? AND steps_completed > 0 "
        "ORDER BY started_at DESC",
        (now.timestamp(),),
    )
    return streak_from_newest(
        (local_date(datetime.fromtimestamp(started, now.tzinfo), tz) for (started,) in rows),
        local_date(now, tz),
    )


def streak_from_newest(days: Iterable[date], today: date) -> int:
    """Consecutive days ending today (or yesterday, when today has none yet) in `days`, newest first."""
    expected, count = today, 0
    for day in days:
        if day > expected:  # another session on a day already counted
            continue
        if day == expected or (count == 0 and expected == today and day == today - timedelta(days=1)):
            count += 1
            expected = day - timedelta(days=1)
            continue
        break  # a missed day
    return count


def tension_points(
    conn: sqlite3.Connection, since: datetime | None
) -> list[tuple[int, int, int | None, int | None]]:
    """(id, started_at epoch, before, after) of every session with a rating, oldest first."""
    floor = _epoch(since)
    return conn.execute(
        "SELECT id, started_at, tension_before, tension_after FROM sessions "
        "WHERE (? IS NULL OR started_at >= ?) AND (tension_before IS NOT NULL OR tension_after IS NOT NULL) "
        "ORDER BY started_at, id",
        (floor, floor),
    ).fetchall()


def page_ids(
    conn: sqlite3.Connection,
    since: datetime | None,
    order: TableOrder,
    after: Cursor | None,
    limit: int,
) -> list[tuple[int, Cursor]]:
    """Up to `limit` session ids in `order` that come after `after` (from the start when None)."""
    key = SORT_KEYS[order.key]
    floor = _epoch(since)
    where = "(? IS NULL OR started_at >= ?)"
    args: list[object] = [floor, floor]
    if after is not None:
        beyond = "<" if order.descending else ">"
        where += f" AND ({key} {beyond} ? OR ({key} = ? AND (started_at < ? OR (started_at = ? AND id < ?))))"
        value, started, sid = after
        args += [value, value, started, started, sid]
    direction = "DESC" if order.descending else "ASC"
    rows = conn.execute(
        f"SELECT id, {key}, started_at FROM sessions WHERE {where} "
        f"ORDER BY {key} {direction}, started_at DESC, id DESC LIMIT ?",
        (*args, limit),
    ).fetchall()
    return [(sid, (value, started, sid)) for sid, value, started in rows]


def sort_value(conn: sqlite3.Connection, order: TableOrder, session_id: int) -> Cursor | None:
    """The cursor of one session in `order` (None if it is gone), to place it among loaded rows."""
    row = conn.execute(
        f"SELECT {SORT_KEYS[order.key]}, started_at, id FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def comes_before(a: Cursor, b: Cursor, order: TableOrder) -> bool:
    """Whether a row with cursor `a` is listed above one with cursor `b` (the SQL order, in Python)."""
    if a[0] != b[0]:
        return a[0] > b[0] if order.descending else a[0] < b[0]  # type: ignore[operator]
    return (a[1], a[2]) > (b[1], b[2])


def change_mark(conn: sqlite3.Connection) -> int:
    """The newest entry of the change journal (0 before any change)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").fetchone()
    return int(row[0]) if row else 0


def changed_since(conn: sqlite3.Connection, mark: int) -> tuple[int, list[int]] | None:
    """(new mark, ids of sessions written since `mark`, each once) or None when the journal no longer
    reaches back that far (more than CHANGES_KEPT writes, or another file): then re-read everything."""
    newest = change_mark(conn)
    if newest == mark:
        return mark, []
    oldest = conn.execute("SELECT MIN(seq) FROM changes").fetchone()[0]
    if newest < mark or oldest is None or oldest > mark + 1:
        return None
    rows = conn.execute("SELECT DISTINCT session_id FROM changes WHERE seq > ? ORDER BY session_id", (mark,))
    return newest, [sid for (sid,) in rows]


def ids_in_order(
    conn: sqlite3.Connection, after: tuple[int, int] | None, limit: int
) -> list[tuple[int, int]]:
    """(started_at, id) of up to `limit` sessions after `after`, oldest first: export's pages."""
    start, sid = after if after is not None else (-(2**62), -1)
    return conn.execute(
        "SELECT started_at, id FROM sessions WHERE (started_at, id) > (?, ?) ORDER BY started_at, id LIMIT ?",
        (start, sid, limit),
    ).fetchall()
