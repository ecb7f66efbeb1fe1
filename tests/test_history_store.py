"""The session history store: what is written comes back, ratings/zones/notes, totals, deletion, failures."""

from __future__ import annotations

import inspect
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.model.history import (
    HistoryStore,
    HistoryUnavailable,
    NullHistoryStore,
    Outcome,
)
from desktop.model.history_open import open_history
from desktop.model.history_stats import week_start

T0 = datetime(2024, 5, 6, 18, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def store(tmp_path: Path):
    with HistoryStore(tmp_path / "history.sqlite3") as s:
        yield s


def _session(store: HistoryStore, start: datetime, *, before=None, after=None, minutes=10.0, steps=8, done=8):
    sid = store.begin_session("daily", "Daily ankle loosener", "both", steps, start)
    store.finish_session(
        sid, Outcome.FINISHED, done, start + timedelta(minutes=minutes + 2), active_s=minutes * 60
    )
    store.set_ratings(sid, before=before, after=after)
    return sid


def test_a_started_session_is_recorded_as_interrupted_until_it_finishes(store: HistoryStore) -> None:
    sid = store.begin_session("achilles", "Achilles care", "right", 10, T0)
    (record,) = store.sessions()
    assert record.id == sid
    assert record.outcome is Outcome.INTERRUPTED
    assert record.ended_at is None and record.steps_completed == 0 and record.duration_s is None

    store.record_progress(sid, 4, T0 + timedelta(minutes=5))
    record = store.session(sid)
    assert record is not None
    assert (record.outcome, record.steps_completed) == (Outcome.INTERRUPTED, 4)
    assert record.duration_s == 300.0  # the last saved moment stands in for the end

    store.finish_session(sid, "stopped_pain", 6, T0 + timedelta(minutes=9), active_s=451.6)
    record = store.session(sid)
    assert record is not None
    assert record.outcome is Outcome.STOPPED_PAIN
    assert record.started_at == T0 and record.ended_at == T0 + timedelta(minutes=9)
    assert (record.routine_id, record.routine_title, record.sides) == ("achilles", "Achilles care", "right")
    assert (record.steps_completed, record.steps_total, record.active_s) == (6, 10, 452)
    assert record.duration_s == 452.0  # pauses are not massage time


def test_times_come_back_as_the_same_moment_whatever_zone_they_were_given_in(store: HistoryStore) -> None:
    tokyo = T0.astimezone(timezone(timedelta(hours=9)))
    store.begin_session("daily", "Daily", "left", 5, tokyo)
    (record,) = store.sessions()
    assert record.started_at == T0 and record.started_at.tzinfo is UTC
    with pytest.raises(ValueError, match="aware"):
        store.begin_session("daily", "Daily", "left", 5, datetime(2024, 5, 6, 18, 0))


def test_ratings_can_be_given_one_at_a_time_and_skipped(store: HistoryStore) -> None:
    sid = store.begin_session("daily", "Daily", "both", 8, T0)
    store.set_ratings(sid, before=7)
    store.set_ratings(sid, after=3)  # setting "after" later keeps "before"
    record = store.session(sid)
    assert record is not None
    assert (record.tension_before, record.tension_after, record.drop) == (7, 3, 4)

    skipped = store.begin_session("daily", "Daily", "both", 8, T0 + timedelta(days=1))
    store.set_ratings(skipped, after=2)
    record = store.session(skipped)
    assert record is not None
    assert (record.tension_before, record.tension_after, record.drop) == (None, 2, None)


@pytest.mark.parametrize("bad", [11, -1, 2.5, True, "5"])
def test_a_rating_outside_0_to_10_is_refused(store: HistoryStore, bad: object) -> None:
    sid = store.begin_session("daily", "Daily", "both", 8, T0)
    with pytest.raises(ValueError, match="0 to 10"):
        store.set_ratings(sid, before=bad)  # type: ignore[arg-type]
    record = store.session(sid)
    assert record is not None and record.tension_before is None


def test_tight_zones_are_replaced_deduplicated_and_counted(store: HistoryStore) -> None:
    a = _session(store, T0)
    b = _session(store, T0 + timedelta(days=1))
    store.set_tight_zones(a, ["heel", "calf_belly", "heel"])
    store.set_tight_zones(b, ["calf_belly"])
    assert store.session(a).tight_zones == ("calf_belly", "heel")  # type: ignore[union-attr]
    assert store.zone_counts() == {"calf_belly": 2, "heel": 1}
    assert store.zone_counts(since=T0 + timedelta(hours=12)) == {"calf_belly": 1}

    store.set_tight_zones(a, ["forefoot"])
    assert store.session(a).tight_zones == ("forefoot",)  # type: ignore[union-attr]
    store.set_tight_zones(a, [])
    assert store.session(a).tight_zones == ()  # type: ignore[union-attr]
    store.set_tight_zones(999, ["heel"])  # a session deleted meanwhile: nothing happens
    assert store.zone_counts() == {"calf_belly": 1}


def test_note_is_trimmed_and_kept_with_its_session(store: HistoryStore) -> None:
    sid = _session(store, T0)
    store.set_note(sid, "  Stiff after a long walk, “eased” by the end.\n")
    assert store.session(sid).note == "Stiff after a long walk, “eased” by the end."  # type: ignore[union-attr]
    store.set_note(sid, "x" * 5000)
    assert len(store.session(sid).note) == 2000  # type: ignore[union-attr]


def test_sessions_since_lists_oldest_first(store: HistoryStore) -> None:
    ids = [_session(store, T0 + timedelta(days=d)) for d in (3, 0, 1)]
    assert [r.id for r in store.sessions()] == [ids[1], ids[2], ids[0]]
    assert [r.id for r in store.sessions(since=T0 + timedelta(days=1))] == [ids[2], ids[0]]


def test_delete_one_session_and_then_all(store: HistoryStore) -> None:
    a = _session(store, T0)
    b = _session(store, T0 + timedelta(days=1))
    store.set_tight_zones(a, ["heel"])
    store.delete_session(a)
    assert [r.id for r in store.sessions()] == [b]
    assert store.zone_counts() == {}
    store.delete_all()
    assert store.sessions() == []


def test_deleted_notes_do_not_linger_in_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with HistoryStore(folder / "history.sqlite3") as store:
        sid = _session(store, T0)
        store.set_note(sid, "SECRET-NOTE-about-my-ankle")
        store.delete_all()
        data = b"".join(p.read_bytes() for p in folder.iterdir())  # the db and its -wal/-shm
    assert b"SECRET-NOTE" not in data


def test_the_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "history.sqlite3"
    HistoryStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_stats_count_this_week_the_streak_and_the_average_drop(store: HistoryStore) -> None:
    tz = timezone(timedelta(hours=2))
    now = datetime(2024, 5, 15, 12, 0, tzinfo=tz)  # a Wednesday
    # Sunday 23:30 local is the previous week even though it is Sunday 21:30 UTC.
    _session(store, datetime(2024, 5, 12, 23, 30, tzinfo=tz), before=6, after=3, minutes=10)
    _session(store, datetime(2024, 5, 13, 19, 0, tzinfo=tz), before=5, after=4, minutes=12)  # Mon
    _session(store, datetime(2024, 5, 14, 19, 0, tzinfo=tz), before=7, minutes=8)  # Tue, "after" skipped
    _session(store, datetime(2024, 5, 15, 8, 0, tzinfo=tz), before=4, after=5, minutes=6)  # Wed, rose
    stats = store.stats(now, tz=tz)
    assert stats.sessions_this_week == 3
    assert stats.minutes_this_week == pytest.approx(26)
    assert stats.streak_days == 4  # Sun, Mon, Tue, Wed
    assert stats.sessions == 4 and stats.minutes == pytest.approx(36)
    assert stats.rated_sessions == 3
    assert stats.average_drop == pytest.approx((3 + 1 - 1) / 3)

    period = store.stats(now, since=datetime(2024, 5, 14, tzinfo=tz), tz=tz)
    assert (period.sessions, period.rated_sessions, period.average_drop) == (2, 1, -1)


def test_streak_survives_until_a_day_is_missed(store: HistoryStore) -> None:
    tz = UTC
    for day in (1, 2, 3, 5, 6):  # the 4th was missed
        _session(store, datetime(2024, 5, day, 19, 0, tzinfo=tz))
    assert store.stats(datetime(2024, 5, 6, 22, 0, tzinfo=tz), tz=tz).streak_days == 2
    # Next morning, before today's session, the streak still stands…
    assert store.stats(datetime(2024, 5, 7, 8, 0, tzinfo=tz), tz=tz).streak_days == 2
    # …and is gone a day later.
    assert store.stats(datetime(2024, 5, 8, 8, 0, tzinfo=tz), tz=tz).streak_days == 0


def test_a_session_with_no_step_done_does_not_count_towards_the_streak(store: HistoryStore) -> None:
    _session(store, datetime(2024, 5, 6, 19, 0, tzinfo=UTC), done=0)
    assert store.stats(datetime(2024, 5, 6, 20, 0, tzinfo=UTC), tz=UTC).streak_days == 0


def test_week_starts_on_monday_local_time() -> None:
    tz = timezone(timedelta(hours=-5))
    assert week_start(datetime(2024, 5, 12, 23, 0, tzinfo=tz), tz) == datetime(2024, 5, 6, tzinfo=tz)


def test_a_full_disk_is_reported_in_plain_words(store: HistoryStore) -> None:
    sid = _session(store, T0)
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" holds no more pages
    with pytest.raises(HistoryUnavailable, match="disk is full") as info:
        for _ in range(200):
            store.set_note(sid, "a long note " * 150)
            store.begin_session("daily", "x" * 3000, "both", 8, T0)
    assert "Error" not in str(info.value)  # no exception class names
    assert store.session(sid) is not None  # what was saved before is still there


def test_an_unwritable_folder_gives_a_null_store_and_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    store, message = open_history(blocker / "history.sqlite3")
    assert isinstance(store, NullHistoryStore)
    assert message is not None and "can't be saved" in message and "still run" in message
    # The app's session code keeps working against it.
    sid = store.begin_session("daily", "Daily", "both", 8, T0)
    store.finish_session(sid, Outcome.FINISHED, 8, T0)
    store.set_ratings(sid, before=3, after=1)
    assert store.sessions() == [] and store.stats().sessions == 0


def test_a_file_from_a_newer_version_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as s:
        _session(s, T0)
        s._db.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    store, message = open_history(path)
    assert isinstance(store, NullHistoryStore)
    assert message is not None and "newer version" in message
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_null_store_offers_every_method_the_real_one_has() -> None:
    public = {n for n, _ in inspect.getmembers(HistoryStore, inspect.isfunction) if not n.startswith("_")}
    assert public <= set(dir(NullHistoryStore))


def test_the_history_model_loads_without_qt_pyqtgraph_or_numpy() -> None:
    code = (
        "import sys, desktop.model.history, desktop.model.history_csv, desktop.model.history_sample\n"
        "import desktop.history_export\n"
        "print(','.join(sorted(n for n in sys.modules if n.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'numpy'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
