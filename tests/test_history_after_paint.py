"""The history file is opened right after the window's first paint, not before it (issue 19: sqlite3, the
file's checks and the history's types are no part of the first paint), and always before a session that
it records, however soon that session starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_child import run_app_child

from desktop.app import App
from desktop.model.history import HistoryStore


@pytest.fixture
def make_app(built_apps):
    def make(*argv: str) -> App:
        built = built_apps(*argv, sound_factory=lambda parent: None, defer_history=True)  # as run_app
        built.ensure_sound = lambda: None  # no QtMultimedia here
        return built

    return make


def recorded(path: Path) -> list[str]:
    store = HistoryStore(path)
    try:
        return [record.routine_id for record in store.sessions()]
    finally:
        store.close()


def test_a_session_started_before_the_history_was_opened_is_still_recorded(make_app, tmp_path: Path) -> None:
    built = make_app("--routine", "quick-break")
    path = tmp_path / "history.sqlite3"
    assert not path.exists()  # nothing opened yet
    assert built.window.gate.start()
    built.window.stop_session()
    assert recorded(path) == ["quick-break"]


def test_a_damaged_file_is_reported_when_it_is_opened(make_app, tmp_path: Path) -> None:
    (tmp_path / "history.sqlite3").write_bytes(b"not a database at all " * 200)
    built = make_app()
    assert built.startup_warnings == []  # not read yet
    assert built.history.available  # moved aside, a new one made
    (warning,) = built.startup_warnings
    assert "history" in warning.lower()
    assert built.window.notice_bar.whole_notice() == warning  # shown cut to the bar, whole as its tooltip


def test_closing_before_the_history_was_opened_creates_no_file(make_app, tmp_path: Path) -> None:
    built = make_app()
    built.close()
    assert not (tmp_path / "history.sqlite3").exists()


WATCHED = """
from pathlib import Path
from desktop.paths import history_db_path

class Watched(CountsPaints):
    def __init__(self, args, **kwargs):
        super().__init__(args, **kwargs)
        print(f"built: file={Path(history_db_path()).exists()} sqlite3={'sqlite3' in sys.modules}")

    def load_user_routines(self):  # run_app calls it right after the history is opened
        super().load_user_routines()
        print(f"after paint: painted={Paints.count > 0} file={Path(history_db_path()).exists()}")
        QTimer.singleShot(0, self.quit)
"""


def test_the_app_opens_it_after_its_first_paint(tmp_path: Path) -> None:
    out = run_app_child(WATCHED, tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert lines[-2:] == ["built: file=False sqlite3=False", "after paint: painted=True file=True"]
