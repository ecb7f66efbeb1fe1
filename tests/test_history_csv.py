"""CSV export: it reads back the same, spreadsheets can't run it, and the CLI says what it did."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.model.history import HistoryStore, Outcome, SessionRecord
from desktop.model.history_csv import read_csv, write_csv
from desktop.model.history_sample import sample_sessions

T0 = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parent.parent


def _awkward_records(tmp_path: Path) -> list[SessionRecord]:
    with HistoryStore(tmp_path / "db" / "history.sqlite3") as store:
        a = store.begin_session("daily", 'Daily "loosener", gentle', "both", 8, T0)
        store.finish_session(a, Outcome.FINISHED, 8, T0 + timedelta(minutes=12), active_s=655)
        store.set_ratings(a, before=7, after=2)
        store.set_tight_zones(a, ["calf_belly", "inner_ankle_concavity"])
        store.set_note(a, "Two lines:\nfirst, then “second”; ünïcode ✓")
        b = store.begin_session("=cmd|'/C calc'!A0", "-2+3 routine", "right", 6, T0 + timedelta(days=1))
        store.finish_session(b, Outcome.STOPPED_PAIN, 2, T0 + timedelta(days=1, minutes=3))
        store.set_ratings(b, before=5)
        store.set_note(b, "@SUM(1+1) and 'quoted")
        store.begin_session("daily", "Daily", "left", 8, T0 + timedelta(days=2))  # interrupted, no end
        store.set_note(store.begin_session("x", "'", "left", 1, T0 + timedelta(days=3)), "'=already quoted")
        return store.sessions()


def test_export_then_import_gives_back_the_same_sessions(tmp_path: Path) -> None:
    records = _awkward_records(tmp_path)
    out = tmp_path / "export.csv"
    assert write_csv(records, out) == len(records)
    assert read_csv(out) == records


def test_sample_weeks_round_trip(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        sample_sessions(store, days=42, seed=3, now=T0)
        records = store.sessions()
    out = tmp_path / "export.csv"
    write_csv(records, out)
    assert read_csv(out) == records and len(records) > 25


def test_text_a_spreadsheet_would_run_as_a_formula_is_quoted(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    write_csv(_awkward_records(tmp_path), out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=cmd|" in text and "'-2+3 routine" in text and "'@SUM(1+1)" in text
    for line in text.splitlines():
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in line.split(","))


def test_times_are_local_with_their_offset(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    write_csv(_awkward_records(tmp_path)[:1], out)
    row = out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert T0.astimezone().isoformat() in row


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    records = _awkward_records(tmp_path)
    out = tmp_path / "exports" / "export.csv"
    out.parent.mkdir()
    out.write_text("the previous export\n")

    def failing() -> Iterator[SessionRecord]:
        yield records[0]
        raise OSError("disk unplugged")

    with pytest.raises(OSError, match="unplugged"):
        write_csv(failing(), out)
    assert out.read_text() == "the previous export\n"
    assert [p.name for p in out.parent.iterdir()] == ["export.csv"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
    )


def _db_path() -> Path:
    """Where the app keeps its history under this test's XDG_DATA_HOME (asked the same way the app does)."""
    code = "from desktop.paths import history_db_path; print(history_db_path())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    path = Path(out.stdout.strip())
    assert path.is_relative_to(os.environ["XDG_DATA_HOME"])
    return path


def test_cli_exports_the_users_history(tmp_path: Path) -> None:
    with HistoryStore(_db_path()) as store:
        sample_sessions(store, days=21, seed=2, now=T0)
        records = store.sessions()
    out = tmp_path / "out.csv"
    result = _cli("--export-history", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {len(records)} sessions to {out}"
    assert read_csv(out) == records


def test_cli_with_no_history_writes_a_header_and_creates_no_database(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = _cli("--export-history", str(out))
    assert result.returncode == 0, result.stderr
    assert "No sessions recorded yet" in result.stdout
    assert read_csv(out) == []
    assert not _db_path().exists()


def test_cli_failure_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "out.csv"
    result = _cli("--export-history", str(target))
    assert result.returncode == 1
    assert result.stderr.strip() == f"ankle-guide: could not write {target}: No such file or directory"
    assert "Traceback" not in result.stderr


def test_cli_reports_a_damaged_history_without_moving_it(tmp_path: Path) -> None:
    db = _db_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"definitely not sqlite" * 50)
    result = _cli("--export-history", str(tmp_path / "out.csv"))
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == b"definitely not sqlite" * 50
    assert not (tmp_path / "out.csv").exists()
