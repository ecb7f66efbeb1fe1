"""The history report for a clinician (--print-history, File → Print history report…): totals, the
tension plot, every session (newest first, bounded) and the notes, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.model.history import HistoryStore
from desktop.model.history_record import Outcome, SessionRecord
from desktop.model.history_report import MAX_ROWS, history_report
from desktop.paths import history_db_path

NOW = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)


def record(n: int, outcome: Outcome = Outcome.FINISHED, note: str = "", before=6, after=3) -> SessionRecord:
    start = NOW - timedelta(days=n)
    end = start + timedelta(minutes=7)
    title = "Standard ankle massage"
    rated = (before, after)
    return SessionRecord(n, start, end, "standard", title, "right", 6, 6, outcome, *rated, (), note, 420)


def test_totals_rows_and_notes_are_composed_from_the_records() -> None:
    records = [record(1, note="Tight after running"), record(2, Outcome.STOPPED_PAIN, after=None), record(3)]
    report = history_report(records, NOW, UTC)
    assert report.period == "Sessions from 2026-12-04 to 2026-12-06"
    assert report.totals[0] == "3 sessions, 2 finished, 1 ended early for pain"
    assert report.totals[2] == "Tension (0–10) eased by 3.0 points on average over 2 rated sessions"
    assert [r[0] for r in report.rows] == ["2026-12-06 20:00", "2026-12-05 20:00", "2026-12-04 20:00"]
    assert report.rows[1][3:] == ("Stopped: it hurt", "7 min", "6 → –")
    assert report.notes == ("2026-12-06: Tight after running",)
    assert [(r.before, r.after) for r in report.ratings] == [(6, 3), (6, None), (6, 3)]  # oldest first


def test_the_table_is_bounded_newest_first() -> None:
    report = history_report([record(n) for n in range(1, MAX_ROWS + 13)], NOW, UTC)
    assert len(report.rows) == MAX_ROWS and report.more == "… and 12 older sessions"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_cli_writes_the_report_from_the_users_history(tmp_path: Path, capsys) -> None:
    db = history_db_path()
    db.parent.mkdir(parents=True)
    with HistoryStore(db) as store:
        for n in (3, 2, 1):
            start = datetime.now(UTC) - timedelta(days=n)
            sid = store.begin_session("standard", "Standard ankle massage", "right", 6, start)
            store.finish_session(sid, Outcome.FINISHED, 6, start + timedelta(minutes=8), active_s=420)
            store.set_ratings(sid, before=7, after=4)
        store.set_note(sid, "Heel much better")
    out = tmp_path / "report.pdf"
    assert main(["--print-history", str(out)]) == 0
    assert "wrote 1 page(s) about 3 session(s)" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = text.replace("\ufb01", "fi")  # the PDF's "fi" ligature
    assert "3 sessions, 3 finished, 0 ended early for pain" in text
    assert "Tension before (red) and after (blue)" in text
    assert text.count("Standard ankle massage") == 3 and "Heel much better" in text
    assert text.count("7 min") == 3
