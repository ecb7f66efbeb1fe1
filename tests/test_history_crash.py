"""A process killed mid-session, mid-write, leaves a history that opens and tells the truth (invariant 6).

A child process records some sessions, begins one more, then loops over writes (progress and a
40-zone replacement, each one transaction) until the test SIGKILLs it. Nothing waits on time: the
child says on stdout how far it got, and the kill lands while it is busy writing.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.model.history import HistoryStore, Outcome

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from desktop.model.history import HistoryStore, Outcome

    ZONES_A = [f"a{i:02d}" for i in range(40)]
    ZONES_B = [f"b{i:02d}" for i in range(40)]
    path, finished, loops_before_report = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    store = HistoryStore(path)
    t0 = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)
    for n in range(finished):
        start = t0 + timedelta(days=n)
        sid = store.begin_session("daily", "Daily ankle loosener", "both", 8, start)
        store.set_ratings(sid, before=7)
        store.finish_session(sid, Outcome.FINISHED, 8, start + timedelta(minutes=11), active_s=600)
        store.set_ratings(sid, after=3)
        store.set_tight_zones(sid, ZONES_A)
        store.set_note(sid, f"session {n}")
        print("finished", sid, flush=True)
    sid = store.begin_session("achilles", "Achilles care", "right", 8, t0 + timedelta(days=finished))
    store.set_ratings(sid, before=6)
    print("begun", sid, flush=True)
    step = 0
    while True:
        step += 1
        store.record_progress(sid, step % 9, t0 + timedelta(days=finished, seconds=step))
        store.set_tight_zones(sid, ZONES_A if step % 2 else ZONES_B)
        if step == loops_before_report:
            print("writing", flush=True)
    """
)
ZONES_A = tuple(f"a{i:02d}" for i in range(40))
ZONES_B = tuple(f"b{i:02d}" for i in range(40))


def _run_and_kill(path: Path, finished: int, loops: int) -> tuple[list[int], int]:
    """Start the child, read its progress, SIGKILL it while it writes; returns (finished ids, begun id)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(finished), str(loops)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    done: list[int] = []
    begun = -1
    try:
        assert child.stdout is not None
        for line in child.stdout:
            word, *rest = line.split()
            if word == "finished":
                done.append(int(rest[0]))
            elif word == "begun":
                begun = int(rest[0])
            elif word == "writing":
                break
        else:
            pytest.fail(f"child ended early: {child.stderr.read() if child.stderr else ''}")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    return done, begun


@pytest.mark.parametrize(("finished", "loops"), [(0, 5), (3, 40), (6, 150)])
def test_a_killed_session_leaves_an_honest_readable_history(
    tmp_path: Path, finished: int, loops: int
) -> None:
    path = tmp_path / "history.sqlite3"
    done, begun = _run_and_kill(path, finished, loops)
    assert len(done) == finished and begun > 0
    assert Path(f"{path}-wal").exists()  # killed with the file open: recovery has work to do

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()

    with HistoryStore(path) as store:
        records = {r.id: r for r in store.sessions()}
        assert sorted(records) == [*done, begun]
        for n, sid in enumerate(done):  # every earlier session is there, whole
            r = records[sid]
            assert (r.outcome, r.steps_completed, r.tension_before, r.tension_after) == (
                Outcome.FINISHED,
                8,
                7,
                3,
            )
            assert r.tight_zones == ZONES_A and r.note == f"session {n}"
        last = records[begun]
        assert last.outcome is Outcome.INTERRUPTED
        assert last.tension_before == 6 and 0 <= last.steps_completed <= 8
        assert last.ended_at is not None  # the last saved progress stands in for the end
        assert last.tight_zones in (ZONES_A, ZONES_B)  # a replacement is all or nothing
        # The file goes on working after the crash.
        store.finish_session(begun, Outcome.STOPPED, 4)
        assert store.session(begun).outcome is Outcome.STOPPED  # type: ignore[union-attr]
