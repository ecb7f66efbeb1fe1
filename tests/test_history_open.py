"""Opening the history: two first launches at once both record (bullet 6), and a history that can't be
written is still shown and exported, with one precise message (bullet 7) — issue 15.

A read-only folder is made for real: a read-only bind mount as root (root ignores permission bits),
permission bits otherwise; a full disk is a small tmpfs filled up (root only).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.model.history import HistoryStore, HistoryUnavailable
from desktop.model.history_csv import read_csv, write_csv
from desktop.model.history_open import open_history
from desktop.model.history_sample import sample_sessions

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2024, 6, 20, 21, 30, tzinfo=UTC)
ROOT = os.geteuid() == 0

# --- two first launches at once -------------------------------------------------------------------------

LAUNCH = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from desktop.model.history_open import open_history
    path, go = Path(sys.argv[1]), float(sys.argv[2])
    while time.time() < go:  # both processes open the new file at the same moment
        pass
    store, message = open_history(path)
    session = store.begin_session("quick-break", "Quick break", "right", 3)
    store.finish_session(session, "finished", 3)
    print(type(store).__name__, message)
    """
)


def test_two_first_launches_at_once_both_record_their_sessions(tmp_path: Path) -> None:
    for attempt in range(5):  # the race lost about every other time before opening retried
        path = tmp_path / f"try{attempt}" / "history.sqlite3"
        go = time.time() + 1.5
        launches = [
            subprocess.Popen(
                [sys.executable, "-c", LAUNCH, str(path), str(go)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [launch.communicate(timeout=60) for launch in launches]
        assert [out for out, _ in outputs] == ["HistoryStore None\n"] * 2, outputs
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM sessions").fetchone() == (2,)


# --- read-only folder, read-only file, full disk -------------------------------------------------------


def _sh(*args: str) -> bool:
    return subprocess.run(args, capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` made read-only for this process for the block's duration."""
    if ROOT:
        if not (
            _sh("mount", "--bind", str(folder), str(folder))
            and _sh("mount", "-o", "remount,bind,ro", str(folder))
        ):
            _sh("umount", str(folder))
            pytest.skip("root here cannot make a read-only bind mount")
        try:
            yield
        finally:
            _sh("umount", str(folder))
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def _history(folder: Path, *, crashed: bool = False) -> list:
    """A history with sample sessions in `folder`; `crashed`: one more left in the WAL by a killed app."""
    path = folder / "history.sqlite3"
    with HistoryStore(path) as store:
        sample_sessions(store, days=6, seed=4, now=NOW)
    if crashed:
        code = (
            "import os, sys; from pathlib import Path; from desktop.model.history import HistoryStore\n"
            "HistoryStore(Path(sys.argv[1])).begin_session('standard', 'Standard', 'left', 6); os._exit(0)"
        )
        subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, check=True)
        assert Path(f"{path}-wal").stat().st_size > 0
    with HistoryStore(path, read_only=True) as store:
        return store.sessions()


@pytest.mark.parametrize("crashed", [False, True])
def test_a_read_only_folder_shows_and_exports_every_past_session(tmp_path: Path, crashed: bool) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    before = _history(folder, crashed=crashed)
    with read_only(folder):
        store, message = open_history(folder / "history.sqlite3")
        try:
            assert message == (
                f"Read-only folder: {folder} can't be written to, so new sessions aren't recorded until this "
                f"is fixed. Your past sessions are shown and can be exported. ({folder / 'history.sqlite3'})"
            )
            assert store.readable and not store.available and store.reason == message
            assert store.sessions() == before
            with pytest.raises(HistoryUnavailable, match="Read-only folder"):
                store.begin_session("standard", "Standard", "right", 6)
            write_csv(store.sessions(), tmp_path / "out.csv")
            assert read_csv(tmp_path / "out.csv") == before
        finally:
            store.close()
        assert sorted(p.name for p in folder.iterdir())[0] == "history.sqlite3"  # nothing moved aside


def test_the_command_line_exports_a_history_in_a_read_only_folder(tmp_path: Path) -> None:
    from desktop.paths import history_db_path

    folder = history_db_path().parent
    folder.mkdir(parents=True)
    before = _history(folder)
    with read_only(folder):
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--export-history", str(tmp_path / "out.csv")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr
    assert read_csv(tmp_path / "out.csv") == before


def test_a_read_only_folder_with_no_history_says_so_and_records_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder):
        store, message = open_history(folder / "history.sqlite3")
    assert not store.readable and message is not None and message.startswith(f"Read-only folder: {folder} ")
    assert "past sessions" not in message and store.sessions() == []


@pytest.fixture
def tiny_disk() -> Iterator[Path]:
    if not ROOT:
        pytest.skip("mounting a small disk needs root")
    folder = Path(tempfile.mkdtemp(prefix="ankle-guide-full-"))
    # 2 MiB: room for the sample history and its WAL through every migration (v4, v5 added tables)
    if not _sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        _sh("umount", str(folder))
        folder.rmdir()


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    finally:
        os.close(fd)
    assert os.statvfs(folder).f_bavail == 0


def test_a_full_disk_shows_every_past_session_and_says_the_disk_is_full(tiny_disk: Path) -> None:
    before = _history(tiny_disk)
    _fill(tiny_disk)
    store, message = open_history(tiny_disk / "history.sqlite3")
    try:
        assert message is not None and message.startswith(
            "Disk full: there is no space left on the disk holding "
        )
        assert "Your past sessions are shown and can be exported." in message
        assert store.sessions() == before
    finally:
        store.close()


def test_a_full_disk_at_the_first_start_says_the_disk_is_full(tiny_disk: Path) -> None:
    _fill(tiny_disk)
    store, message = open_history(tiny_disk / "history.sqlite3")
    assert message is not None and message.startswith("Disk full: ") and store.sessions() == []


READ_ONLY_FILE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.model.history_open import open_history
    store, message = open_history(Path(sys.argv[1]))
    print(len(store.sessions()), store.available, message)
    """
)


def test_a_read_only_history_file_in_a_writable_folder_is_noticed(tmp_path: Path) -> None:
    """As root a 0444 file is writable, so there the check runs without root's permission override."""
    folder = Path(tempfile.mkdtemp(prefix="ankle-guide-rofile-"))
    folder.chmod(0o777)
    before = _history(folder)
    path = folder / "history.sqlite3"
    path.chmod(0o444)
    command = [sys.executable, "-c", READ_ONLY_FILE, str(path)]
    if ROOT:  # root without the capability to override file permissions
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to run without root's override of file permissions")
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}", *command]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    count, available, message = result.stdout.strip().split(" ", 2)
    assert (int(count), available) == (len(before), "False")
    assert message.startswith("Read-only file: the history file can't be written to (check its permissions)")


def test_the_history_window_shows_a_read_only_history_with_its_message_and_can_export(
    qtbot, tmp_path: Path
) -> None:
    from desktop.ui.history_window import HistoryWindow

    before = _history(tmp_path)
    store = HistoryStore(tmp_path / "history.sqlite3", read_only=True, reason="Read-only folder: test")
    window = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(window)
    try:
        assert not window.unavailable.isHidden() and window.unavailable.text() == "Read-only folder: test"
        assert window.export_button.isEnabled()
        assert len(window.table.row_texts()) == len(before)
    finally:
        store.close()


def test_a_disk_that_fills_during_a_run_is_called_full_not_an_error(tiny_disk: Path) -> None:
    with HistoryStore(tiny_disk / "history.sqlite3") as store:
        session = store.begin_session("standard", "Standard", "right", 6)
        _fill(tiny_disk)
        with pytest.raises(HistoryUnavailable, match="because the disk is full"):
            for step in range(200):  # the WAL has a little room left in its last page or two
                store.set_note(session, f"step {step} " + "x" * 1500)


def test_an_io_error_on_a_full_disk_is_called_full(tiny_disk: Path) -> None:
    """SQLite reports some writes on a full disk as I/O errors (its WAL index, on tmpfs)."""
    from desktop.model.history_record import explain

    _fill(tiny_disk)
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 10 | (19 << 8)  # SQLITE_IOERR_SHMSIZE
    assert "because the disk is full" in str(explain(error, tiny_disk / "history.sqlite3"))
