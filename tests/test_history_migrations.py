"""Files written by every earlier schema open, migrate forward, and keep their sessions (invariant 6).

The old schemas below are frozen copies of what earlier versions created; never edit them.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.model.history import HistoryStore, HistoryUnavailable, Outcome
from desktop.model.history_open import open_history
from desktop.model.history_schema import SCHEMA_VERSION

V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    routine_id TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    sides TEXT NOT NULL,
    steps_completed INTEGER NOT NULL DEFAULT 0,
    steps_total INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    tension_before INTEGER CHECK (tension_before BETWEEN 0 AND 10),
    tension_after INTEGER CHECK (tension_after BETWEEN 0 AND 10)
);
CREATE INDEX sessions_started_at ON sessions (started_at);
PRAGMA user_version = 1;
"""

V2 = (
    V1.replace("PRAGMA user_version = 1;", "")
    + """
ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE TABLE session_zones (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    zone_id TEXT NOT NULL,
    PRIMARY KEY (session_id, zone_id)
) WITHOUT ROWID;
PRAGMA user_version = 2;
"""
)

V3 = (
    V2.replace("PRAGMA user_version = 2;", "")
    + """
ALTER TABLE sessions ADD COLUMN active_s INTEGER;
PRAGMA user_version = 3;
"""
)
OLD = {1: V1, 2: V2, 3: V3}

MAY_1 = int(datetime(2024, 5, 1, 19, 0, tzinfo=UTC).timestamp())
ROWS = [  # id, started, ended, routine id, title, sides, done, total, outcome, before, after
    (1, MAY_1, MAY_1 + 600, "daily", "Daily ankle loosener", "both", 8, 8, "finished", 7, 3),
    (
        2,
        MAY_1 + 86400,
        MAY_1 + 86400 + 200,
        "achilles",
        "Achilles care",
        "right",
        3,
        10,
        "stopped_pain",
        6,
        None,
    ),
    (3, MAY_1 + 2 * 86400, None, "daily", "Daily ankle loosener", "left", 0, 8, "interrupted", None, None),
]


def _make(path: Path, script: str, *, zones: bool = False) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.executemany(
        "INSERT INTO sessions (id, started_at, ended_at, routine_id, routine_title, sides, steps_completed, "
        "steps_total, outcome, tension_before, tension_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ROWS,
    )
    if zones:
        conn.execute("UPDATE sessions SET note = 'Stiff after a long walk.' WHERE id = 1")
        conn.executemany(
            "INSERT INTO session_zones VALUES (?, ?)", [(1, "calf_belly"), (1, "heel"), (2, "calf_belly")]
        )
    conn.commit()
    conn.close()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _columns(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {t: conn.execute(f"PRAGMA table_info({t})").fetchall() for t in tables}
    finally:
        conn.close()


def _check_rows_kept(store: HistoryStore) -> None:
    records = store.sessions()
    assert [r.id for r in records] == [1, 2, 3]
    first, second, third = records
    assert first.started_at == datetime(2024, 5, 1, 19, 0, tzinfo=UTC)
    assert (first.routine_title, first.sides, first.outcome) == (
        "Daily ankle loosener",
        "both",
        Outcome.FINISHED,
    )
    assert (first.tension_before, first.tension_after, first.duration_s) == (7, 3, 600.0)
    assert (second.outcome, second.steps_completed, second.tension_after) == (Outcome.STOPPED_PAIN, 3, None)
    assert (third.outcome, third.ended_at) == (Outcome.INTERRUPTED, None)
    assert all(r.active_s is None for r in records)  # not known for old sessions


@pytest.mark.parametrize("old", sorted(OLD))
def test_an_old_file_is_migrated_and_keeps_its_sessions(tmp_path: Path, old: int) -> None:
    path = tmp_path / "history.sqlite3"
    _make(path, OLD[old], zones=old >= 2)
    with HistoryStore(path) as store:
        _check_rows_kept(store)
        first = store.session(1)
        assert first is not None
        if old >= 2:
            assert first.note == "Stiff after a long walk."
            assert first.tight_zones == ("calf_belly", "heel")
            assert store.zone_counts() == {"calf_belly": 2, "heel": 1}
        else:
            assert (first.note, first.tight_zones) == ("", ())
        # Everything the newest schema offers works on the migrated file.
        store.set_tight_zones(3, ["forefoot"])
        store.set_note(3, "App closed by accident.")
        store.finish_session(3, Outcome.STOPPED, 2, datetime(2024, 5, 3, 19, 5, tzinfo=UTC), active_s=240)
        third = store.session(3)
        assert third is not None
        assert (third.tight_zones, third.note, third.active_s) == (
            ("forefoot",),
            "App closed by accident.",
            240,
        )
    assert _version(path) == SCHEMA_VERSION


@pytest.mark.parametrize("old", sorted(OLD))
def test_a_migrated_file_has_the_same_tables_as_a_new_one(tmp_path: Path, old: int) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    migrated = tmp_path / "old.sqlite3"
    HistoryStore(fresh).close()
    _make(migrated, OLD[old])
    HistoryStore(migrated).close()
    assert _columns(migrated) == _columns(fresh)
    assert _schema_objects(migrated) == _schema_objects(fresh)  # indexes and triggers too


def _schema_objects(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()


def test_a_migrated_file_reports_what_changes_after_it_was_opened(tmp_path: Path) -> None:
    """The v4 change journal starts empty on an old file; writes after the migration are in it."""
    path = tmp_path / "history.sqlite3"
    _make(path, V3, zones=True)
    with HistoryStore(path) as store:
        mark = store.change_mark()
        assert store.changed_since(mark) == (mark, [])
        store.set_note(2, "Better the next day.")
        found = store.changed_since(mark)
        assert found is not None and found[1] == [2]


def test_a_failed_step_leaves_the_file_at_its_old_version_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    # A v1 file that somehow already has the column v2 adds: the v2 step fails half-way.
    _make(path, V1.replace("tension_after INTEGER", "tension_after INTEGER, note TEXT"))
    store, message = open_history(path)
    assert message is not None and not store.available
    assert _version(path) == 1
    assert "session_zones" not in _columns(path)  # the step's other statement was rolled back
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == len(ROWS)
    conn.close()
    assert not list(tmp_path.glob("*.corrupt-*"))  # a good file is never moved aside


def test_a_database_that_is_not_a_history_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    store, message = open_history(path, now=datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    assert store.available and message is not None
    assert len(list(tmp_path.glob("history.sqlite3.corrupt-*"))) == 1
    assert store.sessions() == []


def test_opening_twice_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _make(path, V1)
    with HistoryStore(path) as first, HistoryStore(path) as second:
        _check_rows_kept(first)
        _check_rows_kept(second)


def test_unavailable_is_raised_not_a_sqlite_error(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _make(path, V1.replace("PRAGMA user_version = 1;", f"PRAGMA user_version = {SCHEMA_VERSION + 1};"))
    with pytest.raises(HistoryUnavailable, match="newer version"):
        HistoryStore(path)
