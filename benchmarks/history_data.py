"""Histories of a chosen size for the growth benchmarks, made fast enough to build 10,000 sessions.

The sample generator (desktop.model.history_sample) writes through the real store, one synced
transaction per write: ~2.5 ms a session here, so 10,000 sessions would take half a minute. This writes
one block of sample sessions that way (at most `BLOCK_DAYS` days), then repeats that block further back
in time with plain SQL, a whole number of weeks each time (weekdays and evenings stay the same), and
finally drops the oldest sessions beyond the count asked for. The newest block ends now, so "this week"
and the streak are as real as in a person's history.

No Qt: the parent process may call it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BLOCK_DAYS = 1092  # 156 weeks: ~1,000 sessions at the sample's pace of ~0.9 a day
_WEEK_S = 7 * 86400


def build_history(path: Path, sessions: int, *, seed: int = 1, now: datetime | None = None) -> int:
    """Write a history of exactly `sessions` sessions (0 allowed) to a new file at `path`; returns it."""
    from desktop.model.history import HistoryStore
    from desktop.model.history_sample import sample_sessions

    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    days = min(BLOCK_DAYS, max(7, round(sessions / 0.85) + 14))
    days -= days % 7  # a whole number of weeks, so a repeated block keeps its weekdays
    with HistoryStore(path) as store:
        if sessions:
            sample_sessions(store, days=days, seed=seed, now=now or datetime.now(UTC))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        block = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        shift = 0
        while block and conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] < sessions:
            shift += days * 86400
            _repeat_block(conn, block, shift)
        surplus = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] - sessions
        if surplus > 0:
            oldest = "SELECT id FROM sessions ORDER BY started_at, id LIMIT ?"
            conn.execute(f"DELETE FROM session_zones WHERE session_id IN ({oldest})", (surplus,))
            conn.execute(f"DELETE FROM sessions WHERE id IN ({oldest})", (surplus,))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        return int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
    finally:
        conn.close()


def _repeat_block(conn: sqlite3.Connection, block: int, shift_s: int) -> None:
    """Copy the first `block` sessions (the generated ones) and their zones, `shift_s` seconds earlier."""
    columns = [row[1] for row in conn.execute("PRAGMA table_info(sessions)") if row[1] != "id"]
    moved = [
        f"{c} - {shift_s}" if c == "started_at" else f"{c} - {shift_s}" if c == "ended_at" else c
        for c in columns
    ]
    offset = conn.execute("SELECT MAX(id) FROM sessions").fetchone()[0]
    conn.execute(
        f"INSERT INTO sessions (id, {', '.join(columns)}) "
        f"SELECT id + {offset}, {', '.join(moved)} FROM sessions WHERE id <= {block}"
    )
    conn.execute(
        "INSERT INTO session_zones (session_id, zone_id) "
        f"SELECT session_id + {offset}, zone_id FROM session_zones WHERE session_id <= {block}"
    )
