"""The app's own files that a person (or a prank) made into something else: a history, a settings file or a
log that is a named pipe, a folder or a device is refused by name, at once. Opening a named pipe waits
for the other end for ever: the history opens right after the first paint (the window hung there: painted,
no icon, no input), the settings file before any window (nothing showed), the log at the first warning."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from app_child import run_app_child

from desktop.model.history import HistoryStore, HistoryUnavailable
from desktop.model.history_open import open_history


@contextmanager
def at_most(seconds: float):
    """Fail instead of hanging when the code under test blocks."""

    def stuck(_signum, _frame):
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return "named pipe (FIFO)"


def _folder(path: Path) -> str:
    path.mkdir()
    return "folder"


def _device(path: Path) -> str:
    path.symlink_to("/dev/zero")
    return "character device"


@pytest.mark.parametrize("make", [_fifo, _folder, _device], ids=["fifo", "folder", "device"])
def test_the_app_gets_a_history_that_records_nothing_and_says_why(tmp_path: Path, make) -> None:
    path = tmp_path / "history.sqlite3"
    kind = make(path)
    with at_most(10):
        store, message = open_history(path)
    assert not store.available
    assert message is not None and str(path) in message and kind in message
    assert store.sessions() == []


def test_the_store_refuses_a_named_pipe_with_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    os.mkfifo(path)
    with at_most(10), pytest.raises(HistoryUnavailable, match="named pipe"):
        HistoryStore(path)
    with at_most(10), pytest.raises(HistoryUnavailable, match="named pipe"):
        HistoryStore(path, read_only=True)


WATCHED = """
class Watched(app_module.App):
    def load_user_routines(self):  # after the first paint, with the history and the reminders read
        super().load_user_routines()
        print("warnings:", " | ".join(self.startup_warnings), flush=True)
        self.store.save(self.settings)  # a refused settings file: nothing written, nothing blocks
        QTimer.singleShot(0, self.quit)
"""


def test_the_app_starts_and_says_so_when_its_history_is_a_named_pipe(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "AnkleGuide" / "ankle-guide"  # desktop.paths.history_db_path()
    folder.mkdir(parents=True)
    os.mkfifo(folder / "history.sqlite3")
    out = run_app_child(WATCHED, tmp_path)
    assert out.returncode == 0, out.stderr
    (line,) = [text for text in out.stdout.splitlines() if text.startswith("warnings:")]
    assert "named pipe (FIFO)" in line and str(folder / "history.sqlite3") in line


def test_the_app_starts_with_defaults_and_says_so_when_its_settings_file_is_a_named_pipe(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "config" / "AnkleGuide"  # QSettings' user-scope INI: $XDG_CONFIG_HOME/<org>/<app>.ini
    folder.mkdir(parents=True)
    os.mkfifo(folder / "ankle-guide.ini")
    out = run_app_child(WATCHED, tmp_path)
    assert out.returncode == 0, out.stderr
    (line,) = [text for text in out.stdout.splitlines() if text.startswith("warnings:")]
    assert str(folder / "ankle-guide.ini") in line and "named pipe (FIFO)" in line
    assert "nothing is saved" in line


def test_the_settings_file_is_found_where_qsettings_keeps_it(tmp_path: Path, monkeypatch) -> None:
    from desktop.qt.settings_store import default_qsettings, settings_file

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert settings_file() == default_qsettings().fileName()


def test_a_log_file_that_is_a_named_pipe_is_left_alone(tmp_path: Path) -> None:
    from desktop.logfile import LOG_NAME

    folder = tmp_path / "state" / "ankle-guide"  # desktop.logfile.log_path()
    folder.mkdir(parents=True)
    os.mkfifo(folder / LOG_NAME)
    code = (
        "import logging; from desktop.logfile import start_logging; start_logging(); "
        "logging.getLogger('x').warning('a warning'); print('carried on')"
    )
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "carried on" and "a warning" in out.stderr  # stderr still has it
