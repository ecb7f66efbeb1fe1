"""The bounded reads give the same answers as reading every record and working it out in Python."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.model.history import HistoryStore, Outcome, SessionRecord
from desktop.model.history_reads import SORT_KEYS, TableOrder
from desktop.model.history_sample import sample_sessions
from desktop.model.history_schema import CHANGES_KEPT
from desktop.model.history_stats import compute_stats

NOW = datetime(2024, 6, 20, 21, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reads") / "history.sqlite3"
    with HistoryStore(path) as store:
        sample_sessions(store, days=120, seed=4, now=NOW)
        # Text the table sorts by that Python and SQLite lower-case differently, and a note with a newline.
        first = store.sessions()[0].id
        store.set_note(first, "Éasy day\nthen a walk")
    return path


@pytest.fixture
def store(tmp_path: Path, sample_db: Path):
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(sample_db, path)
    with HistoryStore(path) as s:
        yield s


@pytest.mark.parametrize("tz", [UTC, timezone(timedelta(hours=-7)), timezone(timedelta(hours=9, minutes=30))])
@pytest.mark.parametrize("days_back", [0, 3, 40, 119, 400])
@pytest.mark.parametrize("period", [None, 28, 91])
def test_totals_from_sql_equal_totals_from_every_record(store, tz, days_back: int, period) -> None:
    now = NOW - timedelta(days=days_back, hours=days_back % 5)
    since = None if period is None else now - timedelta(days=period)
    assert store.stats(now, since=since, tz=tz) == compute_stats(store.sessions(), now, since=since, tz=tz)


def test_the_streak_is_the_same_on_every_evening_of_the_sample(store) -> None:
    records = store.sessions()
    streaks = []
    for back in range(0, 120, 1):
        now = NOW - timedelta(days=back)
        expected = compute_stats(records, now, tz=UTC).streak_days
        assert store.stats(now, tz=UTC).streak_days == expected, back
        streaks.append(expected)
    assert max(streaks) >= 5 and 0 in streaks  # the sample has long runs and missed days


def _python_order(records: list[SessionRecord], key: str, descending: bool) -> list[int]:
    """The order the table had when it sorted records in memory: a stable sort of newest-first rows."""
    value = {
        "date": lambda r: r.started_at.timestamp(),
        "routine": lambda r: r.routine_title.lower(),
        "sides": lambda r: r.sides.lower(),
        "steps": lambda r: r.steps_completed,
        "outcome": lambda r: r.outcome.label.lower(),
        "before": lambda r: -1 if r.tension_before is None else r.tension_before,
        "after": lambda r: -1 if r.tension_after is None else r.tension_after,
        "note": lambda r: r.note.replace("\n", " ").lower(),
    }[key]
    newest_first = sorted(records, key=lambda r: (r.started_at, r.id), reverse=True)
    return [r.id for r in sorted(newest_first, key=value, reverse=descending)]  # stable either way


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_in_every_order_list_each_session_once_as_memory_sorting_did(store, key, descending) -> None:
    since = NOW - timedelta(days=91)
    order = TableOrder(key, descending)
    ids: list[int] = []
    after = None
    while True:
        page = store.page(since, order, after, 17)
        if not page:
            break
        ids += [record.id for record, _ in page]
        after = page[-1][1]
    assert ids == _python_order(store.sessions(since), key, descending)


def test_a_session_added_while_paging_is_neither_skipped_nor_listed_twice(store) -> None:
    order = TableOrder("date", True)
    first = store.page(None, order, None, 10)
    new = store.begin_session("standard", "Standard", "right", 6, NOW - timedelta(days=300))  # far back
    rest, after = [], first[-1][1]
    while page := store.page(None, order, after, 50):
        rest += [r.id for r, _ in page]
        after = page[-1][1]
    listed = [r.id for r, _ in first] + rest
    assert sorted(listed) == sorted(r.id for r in store.sessions()) and listed.count(new) == 1


def test_tension_points_are_the_rated_sessions_oldest_first(store) -> None:
    since = NOW - timedelta(days=28)
    expected = [
        (r.id, int(r.started_at.timestamp()), r.tension_before, r.tension_after)
        for r in store.sessions(since)
        if r.tension_before is not None or r.tension_after is not None
    ]
    assert store.tension_points(since) == expected and len(expected) > 15


def test_the_change_journal_names_each_session_written_since_a_mark(store) -> None:
    mark = store.change_mark()
    assert store.changed_since(mark) == (mark, [])
    sid = store.begin_session("standard", "Standard", "right", 6, NOW)
    store.finish_session(sid, Outcome.FINISHED, 6, NOW + timedelta(minutes=7), active_s=420)
    old = store.sessions()[0].id
    store.set_tight_zones(old, ["calf_belly"])
    found = store.changed_since(mark)
    assert found is not None
    new_mark, ids = found
    assert ids == sorted({sid, old}) and new_mark > mark
    assert store.changed_since(new_mark) == (new_mark, [])
    store.delete_session(sid)
    assert store.changed_since(new_mark)[1] == [sid]  # type: ignore[index]


def test_more_changes_than_the_journal_keeps_mean_read_everything(store) -> None:
    mark = store.change_mark()
    sid = store.sessions()[-1].id
    for n in range(CHANGES_KEPT + 1):
        store.set_note(sid, f"note {n}")
    assert store.changed_since(mark) is None
    store.delete_all()
    assert store.changed_since(store.change_mark()) == (store.change_mark(), [])


def test_totals_and_the_streak_read_the_index_not_the_table(store) -> None:
    conn = sqlite3.connect(store.path)
    try:
        plans = [
            " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args))
            for sql, args in (
                (
                    "SELECT COUNT(*), TOTAL(COALESCE(active_s, MAX(0, ended_at - started_at), 0)) "
                    "FROM sessions WHERE started_at >= ? AND started_at <= ?",
                    (0, 1),
                ),
                (
                    "SELECT started_at FROM sessions WHERE started_at <= ? AND steps_completed > 0 "
                    "ORDER BY started_at DESC",
                    (1,),
                ),
            )
        ]
    finally:
        conn.close()
    assert all("COVERING INDEX sessions_figures" in plan for plan in plans), plans


def test_iterating_sessions_in_chunks_gives_every_session_oldest_first(store) -> None:
    assert list(store.iter_sessions(chunk=7)) == store.sessions()
