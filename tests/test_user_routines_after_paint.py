"""The person's own routine files are read after the window's first paint (issue 19: 500 saved variations
added ~0.45 ms each to every start), and the routine they asked for, or used last, still opens."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from app_child import run_app_child

from desktop import resources
from desktop.app import App
from desktop.paths import user_routines_dir
from desktop.qt.settings_store import SettingsStore


def write_own_routine(routine_id: str, folder: Path | None = None) -> Path:
    """A copy of the quick break under the id `routine_id`, in the user's routine folder."""
    folder = folder or user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = resources.resource("routines/quick-break.toml").read_text(encoding="utf-8")
    text = re.sub(r'^id = ".*"$', f'id = "{routine_id}"', text, count=1, flags=re.MULTILINE)
    text = re.sub(r'^title = "(.*)"$', r'title = "\1 (mine)"', text, count=1, flags=re.MULTILINE)
    path = folder / f"{routine_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def make_app(built_apps):
    return lambda *argv, defer=True: built_apps(*argv, defer_user_routines=defer)


def routine_box_ids(built: App) -> list[str]:
    box = built.window.ui.routine_box
    return [box.itemData(i) for i in range(box.count())]


def test_the_routine_asked_for_opens_once_the_users_files_are_read(make_app) -> None:
    write_own_routine("mine")
    built = make_app("--routine", "mine", "--step", "2")
    assert built.library.get("mine") is None  # not read yet: the window shows a built-in meanwhile
    assert built.controller.routine.builtin
    assert "No routine called" not in built.window.statusBar().currentMessage()  # not judged yet

    built.load_user_routines()

    assert built.controller.routine.id == "mine"
    assert "mine" in routine_box_ids(built)
    assert built.window.ui.routine_box.currentData() == "mine"
    assert built.controller.snapshot().item.step_number == 2
    assert "No routine called" not in built.window.statusBar().currentMessage()


def test_the_last_routine_used_opens_when_it_is_the_users_own(make_app) -> None:
    write_own_routine("mine")
    store = SettingsStore()
    store.save(store.load().__class__(**{**store.load().__dict__, "last_routine": "mine"}))
    built = make_app()
    assert built.controller.routine.id != "mine"
    built.load_user_routines()
    assert built.controller.routine.id == "mine"
    assert SettingsStore().load().last_routine == "mine"  # showing a built-in meanwhile changed nothing


def test_a_routine_that_is_nowhere_is_reported_after_the_files_are_read(make_app) -> None:
    write_own_routine("mine")
    built = make_app("--routine", "nowhere")
    assert "No routine called" not in built.window.statusBar().currentMessage()
    built.load_user_routines()
    assert "No routine called 'nowhere'" in built.window.statusBar().currentMessage()
    assert built.controller.routine.id == "standard"


def test_a_session_already_started_is_not_switched(make_app) -> None:
    write_own_routine("mine")
    built = make_app("--routine", "mine")
    shown = built.controller.routine.id
    built.controller.start()
    built.load_user_routines()
    assert built.controller.in_progress
    assert built.controller.routine.id == shown
    assert "mine" in routine_box_ids(built)  # listed, to pick after this session
    built.controller.stop()


def test_a_built_in_routine_asked_for_is_open_before_any_file_is_read(make_app) -> None:
    write_own_routine("mine")
    built = make_app("--routine", "quick-break", "--step", "3")
    assert built.controller.routine.id == "quick-break"
    assert built.controller.snapshot().item.step_number == 3  # not deferred: nothing to wait for
    built.load_user_routines()
    assert built.controller.routine.id == "quick-break"
    assert built.controller.snapshot().item.step_number == 3
    assert "mine" in routine_box_ids(built)


def test_without_deferring_everything_is_read_at_once(make_app) -> None:
    write_own_routine("mine")
    built = make_app("--routine", "mine", defer=False)
    assert built.controller.routine.id == "mine"


WATCHED = """
class Watched(CountsPaints):
    def load_user_routines(self):
        had = self.library.get("mine") is not None
        super().load_user_routines()
        print(f"painted={Paints.count > 0} had={had} now={self.controller.routine.id}", flush=True)
        QTimer.singleShot(0, self.quit)
"""


def test_the_app_reads_them_after_its_first_paint(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "AnkleGuide" / "ankle-guide" / "routines"  # paths.user_routines_dir()
    assert os.environ["XDG_DATA_HOME"] in str(user_routines_dir())  # the same layout as the app's
    write_own_routine("mine", folder)
    out = run_app_child(WATCHED, tmp_path, "--routine", "mine")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "painted=True had=False now=mine"
