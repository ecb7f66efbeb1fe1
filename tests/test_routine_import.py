"""File → Import routine… and `--import-routine`: a broken file is refused with every problem (file, step,
field) and nothing is written; a good one is copied in and offered at once. Export writes a file that
loads anywhere. Routine → Edit on a built-in opens a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from scripted_dialogs import ScriptedDialogs

from desktop.app import App
from desktop.cli import build_parser, main
from desktop.model.library import load_library
from desktop.model.routine_loader import parse_routine
from desktop.model.session_outcome import AfterSession
from desktop.paths import user_routines_dir

BROKEN = """\
id = "broken-one"
title = "Broken"
summary = "Two mistakes."
sides = "both"

[[steps]]
id = "a"
title = "First"
technique = "effleurage"
zones = ["heal"]
duration = 3
pressure = "light"
motion = { pattern = "glide", direction = "up" }
cue = "Glide"
instructions = "Glide up."
"""

GOOD = """\
# my physio's routine, with a comment that must survive the copy
id = "from-physio"
title = "From my physio"
summary = "One reused step."
sides = "right"

[[steps]]
from = "standard/warm-up-glide"
duration = 30
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def user_files() -> list[Path]:
    folder = user_routines_dir()
    return sorted(folder.glob("*")) if folder.exists() else []


def test_cli_refuses_a_broken_file_with_its_messages_and_writes_nothing(tmp_path, capsys) -> None:
    source = write(tmp_path, "broken.toml", BROKEN)
    assert main(["--import-routine", str(source)]) == 1
    err = capsys.readouterr().err
    assert f"{source}: step 1 'a': field 'zones[1]': unknown zone 'heal'; did you mean 'heel'?" in err
    assert f"{source}: step 1 'a': field 'duration': 3 s is too short to follow; use at least 5 s" in err
    assert "nothing was written" in err
    assert user_files() == []


def test_cli_imports_a_good_file_byte_for_byte(tmp_path, capsys) -> None:
    source = write(tmp_path, "physio.toml", GOOD)
    assert main(["--import-routine", str(source)]) == 0
    assert "imported 'from-physio'" in capsys.readouterr().out
    [copied] = user_files()
    assert copied.name == "from-physio.toml" and copied.read_bytes() == source.read_bytes()
    assert load_library(user_dir=user_routines_dir()).get("from-physio").steps[0].duration_s == 30
    # the same id again is refused, as the library would skip it
    assert main(["--import-routine", str(source)]) == 1
    assert "id 'from-physio' is already used by" in capsys.readouterr().err
    assert len(user_files()) == 1


@pytest.fixture
def built(qtbot, tmp_path: Path):
    args = build_parser().parse_args(["--routine", "standard", "--side", "right"])
    app = App(
        args, history_path=tmp_path / "history.sqlite3", dialogs=ScriptedDialogs(after=AfterSession(None))
    )
    qtbot.addWidget(app.window)
    reports: list[tuple[str, str, bool]] = []
    actions = app.features.routine_actions
    actions._report = lambda _w, title, text, problem: reports.append((title, text, problem))
    actions._ask_unsaved = lambda _w: "discard"
    app.reports = reports  # type: ignore[attr-defined]
    yield app
    for editor in list(actions.editors):
        editor.close()
    app.close()


def test_menu_import_of_a_broken_file_is_refused_and_nothing_is_written(built: App, tmp_path) -> None:
    source = write(tmp_path, "broken.toml", BROKEN)
    built.features.routine_actions._open_file = lambda _w: source
    built.window.menu_actions.by_id["import_routine"].trigger()
    [(title, text, problem)] = built.reports  # type: ignore[attr-defined]
    assert problem and title == "Routine not imported"
    assert "unknown zone 'heal'; did you mean 'heel'?" in text and "field 'duration'" in text
    assert user_files() == []
    assert built.window.ui.routine_box.findData("broken-one") < 0


def test_menu_import_of_a_good_file_offers_it_at_once(built: App, tmp_path) -> None:
    source = write(tmp_path, "physio.toml", GOOD)
    built.features.routine_actions._open_file = lambda _w: source
    built.window.menu_actions.by_id["import_routine"].trigger()
    assert built.reports[0][0] == "Routine imported"  # type: ignore[attr-defined]
    assert built.window.ui.routine_box.findData("from-physio") >= 0
    assert built.controller.routine.id == "from-physio"


def test_export_writes_a_self_contained_file(built: App, tmp_path) -> None:
    built.controller.select_routine("quick-break")  # its steps are references to other routines
    target = tmp_path / "out" / "shared.toml"
    built.features.routine_actions._save_file = lambda *_: target
    built.window.menu_actions.by_id["export_routine"].trigger()
    text = target.read_text("utf-8")
    assert "from =" not in text
    exported = parse_routine(text.encode(), "shared.toml")
    assert exported.steps == built.library.get("quick-break").steps


def test_edit_on_a_built_in_opens_a_copy_and_saving_it_adds_a_routine(qtbot, built: App) -> None:
    built.window.menu_actions.by_id["edit_routine"].trigger()
    [editor] = built.features.routine_actions.editors
    assert editor.path is None and editor.edit.id == "standard-copy"
    assert "cannot be changed" in editor.note_label.text()
    assert editor.save()
    assert (user_routines_dir() / "standard-copy.toml").exists()
    assert built.window.ui.routine_box.findData("standard-copy") >= 0
    assert built.controller.routine.id == "standard-copy"
    # editing that copy now edits its file in place
    built.window.menu_actions.by_id["edit_routine"].trigger()
    assert built.features.routine_actions.editors[-1].path == user_routines_dir() / "standard-copy.toml"


def test_closing_the_main_window_asks_about_an_unsaved_routine_first(qtbot, built: App) -> None:
    answers = ["cancel", "discard"]
    built.features.routine_actions._ask_unsaved = lambda _w: answers.pop(0)
    built.window.show()
    editor = built.features.routine_actions.new()
    editor.routine_form.title_edit.setFocus()
    qtbot.keyClicks(editor.routine_form.title_edit, "Half written")
    assert not built.window.close()  # "Cancel": the app and the routine stay
    assert built.window.isVisible() and editor.isVisible()
    assert built.window.close()  # "Discard": both go
    assert not editor.isVisible() and answers == []


def test_the_editor_opens_no_larger_than_the_screen(qtbot, built: App) -> None:
    """Its preferred 1320×820 on a bigger screen; on this smaller one, what fits with a window frame."""
    from desktop.qt.screens import FRAME_ALLOWANCE, available_geometry_at

    built.window.menu_actions.by_id["edit_routine"].trigger()
    [editor] = built.features.routine_actions.editors
    available = available_geometry_at(built.window.geometry().center())
    assert available.width() < 1320 or available.height() < 820  # the case this is about
    assert editor.width() <= available.width() - FRAME_ALLOWANCE[0]
    assert editor.height() <= available.height() - FRAME_ALLOWANCE[1]
