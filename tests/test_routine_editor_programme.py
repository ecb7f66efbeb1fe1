"""A physiotherapist's programme written in the routine editor: tick the group, fill in the plan, save,
and the library reads it back; the loader's messages show under the field they name; undo unticks."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from test_routine_editor import messages, open_editor, owners, type_into

from desktop.model.library import load_library
from desktop.model.problems import Problem
from desktop.model.routine import Programme
from desktop.model.routine_edit import EditProgramme, check, duplicate, from_routine, to_toml, where


def _standard_copy():
    return duplicate(load_library().get("standard"), owners())


def test_a_plan_written_in_the_editor_is_saved_and_read_back(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    editor = open_editor(qtbot, folder, _standard_copy())
    group = editor.programme_group
    assert not group.isChecked() and not group.fields.isVisible()  # no plan until asked for
    group.setFocus()
    qtbot.keyClick(group.tick_box, Qt.Key.Key_Space)  # tick the box from the keyboard
    assert group.isChecked() and group.fields.isVisible()
    fields = group.fields
    type_into(qtbot, fields.author_edit, "Sam Rivera, physiotherapist")
    fields.per_week_box.setFocus()
    fields.per_week_box.selectAll()
    qtbot.keyClicks(fields.per_week_box, "4")
    fields.weeks_box.setFocus()
    fields.weeks_box.selectAll()
    qtbot.keyClicks(fields.weeks_box, "8")
    type_into(qtbot, fields.note_edit, "Easy on the outer ankle at first.")
    type_into(qtbot, fields.start_edit, "2026-12-14")
    assert editor.problems == [], [str(p) for p in editor.problems]

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = tomllib.loads(editor.path.read_text("utf-8"))["programme"]
    assert saved["start"] == date(2026, 12, 14)  # a TOML date, not text
    routine = load_library(user_dir=folder).get(editor.edit.id)
    assert routine.programme == Programme(
        "Sam Rivera, physiotherapist", 4, 8, "Easy on the outer ankle at first.", date(2026, 12, 14)
    )


def test_a_start_that_is_no_date_shows_the_loaders_message_under_it(qtbot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path / "routines", _standard_copy())
    editor.programme_group.setChecked(True)
    fields = editor.programme_group.fields
    assert "missing required field" not in messages(editor, fields, "programme.author")
    assert "must not be empty" in messages(editor, fields, "programme.author")  # a plan names its author
    type_into(qtbot, fields.author_edit, "Sam")
    type_into(qtbot, fields.start_edit, "next monday")
    assert "must be a date" in messages(editor, fields, "programme.start")
    assert messages(editor, fields, "programme.author") == ""
    assert not editor.save_button.isEnabled()


def test_unticking_removes_the_plan_and_undo_brings_it_back(qtbot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path / "routines", _standard_copy())
    group = editor.programme_group
    group.setChecked(True)
    type_into(qtbot, group.fields.author_edit, "Sam")
    assert editor.edit.programme == EditProgramme(author="Sam")
    group.setChecked(False)
    assert editor.edit.programme is None and b"[programme]" not in to_toml(editor.edit)
    editor.undo_action.trigger()
    assert editor.edit.programme == EditProgramme(author="Sam")
    assert group.isChecked() and group.fields.author_edit.text() == "Sam"


def test_a_routine_with_a_plan_opens_with_it_ticked_and_filled_in(qtbot, tmp_path: Path) -> None:
    plan = Programme("Sam Rivera", 3, 6, "Go easy.", date(2026, 11, 2))
    routine = load_library().get("standard")
    edit = from_routine(routine._replace(programme=plan))
    assert edit.programme == EditProgramme("Sam Rivera", 3, 6, "Go easy.", "2026-11-02")
    editor = open_editor(qtbot, tmp_path / "routines", edit)
    fields = editor.programme_group.fields
    assert editor.programme_group.isChecked()
    assert (fields.author_edit.text(), fields.per_week_box.value(), fields.weeks_box.value()) == (
        "Sam Rivera",
        3,
        6,
    )
    assert fields.start_edit.text() == "2026-11-02"


def test_programme_problems_are_placed_by_their_own_field() -> None:
    assert where(Problem("f.toml", "x", field="programme.weeks")) == (None, "programme.weeks")
    assert where(Problem("f.toml", "x", field="programme")) == (None, "programme")
    assert where(Problem("f.toml", "x", field="motion.pattern", step="step 2 'a'")) == (1, "motion")
    edit = from_routine(load_library().get("standard"))
    edit = edit.__class__(**{**edit.__dict__, "id": "mine", "programme": EditProgramme("Sam", start="soon")})
    (problem,) = check(edit, "mine.toml")
    assert problem.field == "programme.start"
