"""Issue 18's measurements in the history file: the v4 migration keeps every session of a file from the
current version (v3), lunge tests / next-morning answers / pain / pressure round-trip, and the CSV
export carries them."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.history_export import export_history_cli
from desktop.model.history import HistoryStore, Outcome
from desktop.model.history_csv import FIELDS, MEASURE_FIELDS, lunge_csv_path, read_csv, write_csv
from desktop.model.history_measures import MeasureStore, read_measures
from desktop.model.history_schema import SCHEMA_VERSION
from desktop.model.mobility import measure
from desktop.model.next_morning import Feel, MorningAnswer

# Frozen copy of what version 3 (the schema on main when issue 18 began) creates; never edit it.
V3 = """
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
    tension_after INTEGER CHECK (tension_after BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT '',
    active_s INTEGER
);
CREATE INDEX sessions_started_at ON sessions (started_at);
CREATE TABLE session_zones (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    zone_id TEXT NOT NULL,
    PRIMARY KEY (session_id, zone_id)
) WITHOUT ROWID;
PRAGMA user_version = 3;
"""
DAY = int(datetime(2026, 12, 1, 18, 0, tzinfo=UTC).timestamp())
ROWS = [
    (1, DAY, DAY + 600, "daily", "Daily ankle loosener", "both", 8, 8, "finished", 7, 3, "Stiff.", 540),
    (
        2,
        DAY + 86400,
        DAY + 86700,
        "achilles",
        "Achilles care",
        "right",
        3,
        10,
        "stopped_pain",
        6,
        None,
        "",
        280,
    ),
    (
        3,
        DAY + 2 * 86400,
        None,
        "daily",
        "Daily ankle loosener",
        "left",
        0,
        8,
        "interrupted",
        None,
        None,
        "",
        None,
    ),
]


def _v3_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V3)
    conn.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ROWS)
    conn.executemany("INSERT INTO session_zones VALUES (?, ?)", [(1, "calf_belly"), (2, "heel")])
    conn.commit()
    conn.close()


def test_a_file_from_the_current_version_migrates_and_keeps_every_session(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _v3_file(path)
    with HistoryStore(path) as store:
        records = store.sessions()
    assert [r.id for r in records] == [1, 2, 3]
    first, second, third = records
    assert (first.tension_before, first.tension_after, first.note, first.active_s) == (7, 3, "Stiff.", 540)
    assert first.tight_zones == ("calf_belly",) and second.tight_zones == ("heel",)
    assert (second.outcome, second.steps_completed) == (Outcome.STOPPED_PAIN, 3)
    assert (third.outcome, third.ended_at) == (Outcome.INTERRUPTED, None)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
    assert {"pain_before", "pain_after", "pressure_kg"} <= columns
    conn.close()
    with MeasureStore(path) as measures:  # the new tables are there and usable on the migrated file
        assert measures.lunge_tests() == [] and measures.extras() == {}
        measures.set_pain(2, before=2, after=5)
        assert measures.extras()[2].pain_after == 5


def test_lunge_tests_round_trip_oldest_first(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    at = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    with MeasureStore(path) as store:
        store.add_lunge(measure([9.0, 10.5, 10.1], [8.0, 8.2]), timing="before", at=at + timedelta(hours=1))
        store.add_lunge(measure(left_tries=[7.5]), at=at)
        tests = store.lunge_tests()
    assert [(t.timing, t.right_cm, t.left_cm) for t in tests] == [("alone", None, 7.5), ("before", 10.5, 8.2)]
    assert tests[0].measured_at == at


def test_bad_measurements_are_refused_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with MeasureStore(path) as store:
        with pytest.raises(ValueError, match="timing"):
            store.add_lunge(measure([5]), timing="during")
        with pytest.raises(ValueError, match="pain before"):
            store.set_pain(1, before=12)
        with pytest.raises(ValueError, match="pressure used"):
            store.set_pressure(1, 80)
        assert store.lunge_tests() == []


def test_next_morning_answers_and_the_last_session(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as history:
        sid = history.begin_session("daily", "Daily", "right", 8, datetime(2026, 12, 6, 18, tzinfo=UTC))
    with MeasureStore(path) as store:
        store.set_pain(sid, before=3)
        last = store.last_session()
        assert last is not None and (last.id, last.pain_before) == (sid, 3)
        assert store.morning(sid) is None
        store.set_morning(
            MorningAnswer(sid, Feel.WORSE, pain=6), hurt_step="glide", at=datetime(2026, 12, 7, tzinfo=UTC)
        )
        answer = store.morning(sid)
        assert answer is not None and (answer.feel, answer.pain, answer.hurt_step) == ("worse", 6, "glide")
        assert store.latest_morning() == answer
    with HistoryStore(path) as history:
        history.delete_session(sid)
    with MeasureStore(path) as store:
        assert store.mornings() == []  # deleting a session deletes its answer


def test_the_export_carries_pain_pressure_mornings_and_lunge_tests(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "history.sqlite3"
    _v3_file(path)
    with MeasureStore(path) as store:
        store.set_pain(1, before=2, after=1)
        store.set_pressure(1, 3.5)
        store.set_morning(MorningAnswer(1, Feel.SAME, pain=2))
        store.add_lunge(measure([11.0], [9.0]), timing="after", session_id=1)
    monkeypatch.setattr("desktop.paths.history_db_path", lambda: path)
    out = tmp_path / "export.csv"
    assert export_history_cli(out) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == FIELDS + MEASURE_FIELDS
        rows = list(reader)
    assert (rows[0]["pain_before"], rows[0]["pain_after"], rows[0]["pressure_kg"]) == ("2", "1", "3.5")
    assert (rows[0]["morning_feel"], rows[0]["morning_pain"]) == ("same", "2")
    assert rows[1]["pain_before"] == "" and rows[1]["morning_feel"] == ""
    assert [r.id for r in read_csv(out)] == [1, 2, 3]  # the session columns still read back
    with lunge_csv_path(out).open(encoding="utf-8-sig", newline="") as handle:
        lunges = list(csv.DictReader(handle))
    assert [(r["timing"], r["right_cm"], r["left_cm"], r["side_difference_cm"]) for r in lunges] == [
        ("after", "11.0", "9.0", "2.0")
    ]
    assert oct(lunge_csv_path(out).stat().st_mode & 0o777) == "0o600"


def test_without_measures_the_csv_is_as_before(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _v3_file(path)
    with HistoryStore(path) as store:
        records = store.sessions()
    out = tmp_path / "plain.csv"
    write_csv(records, out)
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert tuple(header) == FIELDS
    assert read_measures(path)["lunges"] == []


def test_delete_all_leaves_no_measurement_behind(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _v3_file(path)
    with MeasureStore(path) as store:
        store.add_lunge(measure([10.0]))
        store.set_morning(MorningAnswer(1, Feel.BETTER))
    with HistoryStore(path) as history:
        history.delete_all()
    with MeasureStore(path) as store:
        assert store.lunge_tests() == [] and store.mornings() == [] and store.last_session() is None
