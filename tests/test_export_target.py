"""Exporting the history replaces only a regular file, and only when the person says so (issue 15,
bullet 4): `--force` on the command line, a question in the app; a replaced file keeps its permissions."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.model.export_target import ExportRefused
from desktop.model.history import HistoryStore
from desktop.model.history_csv import read_csv, write_csv
from desktop.model.history_sample import sample_sessions
from desktop.ui.history_window import HistoryWindow

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2024, 6, 20, 21, 30, tzinfo=UTC)


def export(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line, under a timeout: writing into a named pipe would block for ever."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--export-history", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def recorded() -> int:
    """A few sessions in the user's history (this test's own XDG_DATA_HOME); how many."""
    from desktop.paths import history_db_path

    with HistoryStore(history_db_path()) as store:
        sample_sessions(store, days=5, seed=3, now=NOW)
        return len(store.sessions())


def test_a_named_pipe_is_refused_and_stays_a_pipe(tmp_path: Path, recorded: int) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    result = export(str(fifo), "--force")
    assert result.returncode == 1
    why = "the history is only written to a new or a regular file. Nothing was written."
    assert result.stderr == f"ankle-guide: {fifo} is a named pipe (FIFO); {why}\n"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symbolic_link_is_refused_and_left_alone(tmp_path: Path, recorded: int) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to("/dev/null")
    result = export(str(link), "--force")
    assert result.returncode == 1 and "is a symbolic link" in result.stderr
    assert link.is_symlink() and link.readlink() == Path("/dev/null")


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_refused_and_stays_a_device(tmp_path: Path, recorded: int) -> None:
    node = tmp_path / "out.csv"
    os.mknod(node, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # what /dev/null is
    result = export(str(node), "--force")
    assert result.returncode == 1 and "is a device" in result.stderr
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_an_existing_file_is_kept_without_force(tmp_path: Path, recorded: int) -> None:
    target = tmp_path / "out.csv"
    target.write_text("my own notes\n", encoding="utf-8")
    result = export(str(target))
    assert result.returncode == 1
    assert (
        result.stderr
        == f"ankle-guide: {target} already exists; nothing was written (add --force to replace it)\n"
    )
    assert target.read_text(encoding="utf-8") == "my own notes\n"


@pytest.mark.parametrize("mode", [0o444, 0o640])
def test_with_force_an_existing_file_is_replaced_and_keeps_its_permissions(
    tmp_path: Path, recorded: int, mode: int
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(mode)
    result = export(str(target), "--force")
    assert result.returncode == 0, result.stderr
    assert len(read_csv(target)) == recorded
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_new_file_is_readable_by_its_owner_only(tmp_path: Path, recorded: int) -> None:
    target = tmp_path / "new.csv"
    assert export(str(target)).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_csv_itself_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    fifo = folder / "p.csv"
    os.mkfifo(fifo)
    with pytest.raises(ExportRefused, match="is a named pipe"):
        write_csv([], fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and list(folder.iterdir()) == [fifo]  # no temp file left


# --- in the app ----------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path: Path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    sample_sessions(store, days=5, seed=3, now=NOW)
    w = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    yield w
    store.close()


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path) -> dict[str, object]:
    """The file dialog answers `target`; records the dialog's options and any question or warning."""
    seen: dict[str, object] = {}

    def dialog(*args, **kwargs):
        seen["options"] = kwargs.get("options")
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: seen.setdefault("warning", text)
    )
    return seen


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_the_app_asks_before_replacing_a_file(
    monkeypatch: pytest.MonkeyPatch, qtbot, window: HistoryWindow, tmp_path: Path, answer
) -> None:
    target = tmp_path / "for-my-physio.csv"
    target.write_text("keep me\n", encoding="utf-8")
    target.chmod(0o644)
    seen = _choose(monkeypatch, target)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert seen["options"] == QFileDialog.Option.DontConfirmOverwrite  # one question, ours
    assert len(asked) == 1 and "“for-my-physio.csv” already exists" in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert target.read_text(encoding="utf-8") == "keep me\n"
    else:
        assert len(read_csv(target)) == len(window._store.sessions())
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_the_app_refuses_a_named_pipe_with_a_message(
    monkeypatch: pytest.MonkeyPatch, qtbot, window: HistoryWindow, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    seen = _choose(monkeypatch, fifo)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("no question for a pipe"))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert "is a named pipe (FIFO)" in str(seen["warning"])
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
