"""A damaged history file is kept aside (never deleted), a fresh one starts, the person is told plainly."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.model.history import HistoryStore, Outcome
from desktop.model.history_open import open_history

NOW = datetime(2024, 5, 1, 12, 30, 5, tzinfo=UTC)


def _stamp() -> str:
    return NOW.astimezone().strftime("%Y%m%d-%H%M%S")


def _check_fresh_and_working(store: object) -> None:
    assert isinstance(store, HistoryStore)
    assert store.sessions() == []
    sid = store.begin_session("daily", "Daily", "both", 8, NOW)
    store.finish_session(sid, Outcome.FINISHED, 8, NOW + timedelta(minutes=10))
    assert [r.outcome for r in store.sessions()] == [Outcome.FINISHED]


def test_a_garbage_file_is_moved_aside_with_its_wal_and_shm(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"not a wal")
    Path(f"{path}-shm").write_bytes(b"not a shm")

    store, message = open_history(path, now=NOW)

    kept = tmp_path / f"history.sqlite3.corrupt-{_stamp()}"
    assert kept.read_bytes() == garbage  # the person's data is kept, byte for byte
    assert Path(f"{kept}-wal").read_bytes() == b"not a wal"
    assert Path(f"{kept}-shm").read_bytes() == b"not a shm"
    assert message is not None
    assert kept.name in message and "new, empty history" in message
    assert "Error" not in message and "Traceback" not in message
    _check_fresh_and_working(store)
    store.close()


def test_a_database_with_damaged_pages_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    conn = sqlite3.connect(path)
    with conn:  # a few hundred sessions, quickly
        conn.executemany(
            "INSERT INTO sessions (started_at, routine_id, routine_title, sides, steps_total, outcome, note) "
            "VALUES (?, 'daily', 'Daily ankle loosener', 'both', 8, 'finished', ?)",
            [(int(NOW.timestamp()) + day * 86400, f"day {day} " * 40) for day in range(300)],
        )
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:  # scribble over the middle of the file, keep the header
        handle.seek(size // 2)
        handle.write(b"\xa5" * 8192)
    conn = sqlite3.connect(path)
    with contextlib.suppress(sqlite3.DatabaseError):  # SQLite reports the damage, or refuses to read it
        assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    conn.close()

    store, message = open_history(path, now=NOW)
    assert message is not None and "damaged" in message
    assert (tmp_path / f"history.sqlite3.corrupt-{_stamp()}").stat().st_size == size
    _check_fresh_and_working(store)
    store.close()


def test_a_second_damaged_file_does_not_overwrite_the_first_one_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"first damaged file" * 100)
    first, _ = open_history(path, now=NOW)
    first.close()
    path.write_bytes(b"second damaged file" * 100)
    second, message = open_history(path, now=NOW)
    second.close()
    kept = sorted(tmp_path.glob("history.sqlite3.corrupt-*"))
    assert [p.read_bytes()[:6] for p in kept] == [b"first ", b"second"]
    assert message is not None and kept[1].name in message


def test_a_good_file_is_never_moved(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.begin_session("daily", "Daily", "both", 8, NOW)
    store, message = open_history(path, now=NOW)
    assert message is None and len(store.sessions()) == 1
    store.close()
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_an_empty_file_is_simply_a_new_history(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    store, message = open_history(path, now=NOW)
    assert message is None
    _check_fresh_and_working(store)
    store.close()
