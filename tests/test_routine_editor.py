"""The routine editor driven as a person would: type, click the diagram, reorder, undo, save, then play it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.model.clock import FakeClock
from desktop.model.library import load_library
from desktop.model.routine_edit import blank_routine, duplicate
from desktop.model.session_events import SessionState
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.ui.routine_editor import RoutineEditor

CATALOGUE = load_catalogue()


def owners() -> dict[str, str]:
    return {r.id: "a built-in routine" for r in load_library().routines}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "routines"


def open_editor(qtbot, folder: Path, edit=None, answers: list[str] | None = None) -> RoutineEditor:
    asked = answers if answers is not None else []
    editor = RoutineEditor(
        edit or blank_routine(owners()),
        CATALOGUE,
        folder=folder,
        owners=owners(),
        ask=lambda _w: asked.pop(0) if asked else "discard",  # at teardown: let it close
    )
    qtbot.addWidget(editor)
    editor.resize(1400, 900)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def type_into(qtbot, widget, text: str) -> None:
    """Replace a field's text by typing, as a person would (select all, then type)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    else:
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def click_zone(qtbot, editor: RoutineEditor, zone_id: str) -> None:
    """Click the preview diagram where the zone really is."""
    picker = editor.zone_picker
    diagram = picker.diagram
    view = next(v for v in ("medial", "lateral", "posterior", "anterior") if v in CATALOGUE[zone_id].views)
    qtbot.mouseClick(picker.switcher.button(view), Qt.MouseButton.LeftButton)
    point = diagram.mapFromScene(diagram.zone_anchor(zone_id))
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=point)


def messages(editor: RoutineEditor, form, field: str) -> str:
    box = form.boxes[field]
    return box.problem.text() if box.problem.isVisible() else ""


def fill_step(qtbot, editor: RoutineEditor, title: str, zone: str, seconds: float) -> None:
    f = editor.step_form
    type_into(qtbot, f.title_edit, title)
    click_zone(qtbot, editor, zone)
    f.duration_box.setValue(seconds)
    type_into(qtbot, f.cue_edit, f"{title} slowly")
    type_into(qtbot, f.instructions_edit, f"Do the {title.lower()} gently, then rest.")


def test_build_a_routine_from_scratch_save_reload_and_play_it(qtbot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    assert not editor.save_button.isEnabled()  # an empty routine cannot be saved
    r = editor.routine_form
    type_into(qtbot, r.id_edit, "my-evening")
    type_into(qtbot, r.title_edit, "My evening")
    type_into(qtbot, r.summary_edit, "Two short steps.")
    fill_step(qtbot, editor, "Heel circles", "heel", 8)
    # a technique chosen with the keyboard, as the combo box offers
    editor.step_form.technique_box.setFocus()
    qtbot.keyClick(editor.step_form.technique_box, Qt.Key.Key_Down)
    assert editor.edit.steps[0].technique == "circular_friction"
    qtbot.mouseClick(editor.step_list.add_button, Qt.MouseButton.LeftButton)
    assert editor.current == 1
    fill_step(qtbot, editor, "Inner bone strokes", "medial_malleolus", 6)

    assert editor.edit.steps[0].zones == ("heel",)
    assert editor.edit.steps[1].zones == ("medial_malleolus",)
    assert editor.zone_picker.diagram.zone_items()["medial_malleolus"].highlighted  # previewed
    assert editor.problems == [], [str(p) for p in editor.problems]
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.modified

    path = folder / "my-evening.toml"
    assert editor.path == path
    tomllib.loads(path.read_text("utf-8"))  # plain TOML
    library = load_library(user_dir=folder)
    assert not library.problems
    routine = library.get("my-evening")
    assert routine is not None and not routine.builtin
    assert [s.title for s in routine.steps] == ["Heel circles", "Inner bone strokes"]

    clock = FakeClock()
    controller = SessionController(library, clock=clock)
    assert controller.select_routine("my-evening")
    controller.start()
    for _ in range(60):
        clock.advance(1.0)
        controller.driver.tick()
    assert controller.state is SessionState.FINISHED


def test_an_invalid_edit_shows_the_loaders_message_and_cannot_be_saved(qtbot, folder: Path) -> None:
    standard = load_library().get("standard")
    editor = open_editor(qtbot, folder, duplicate(standard, owners()))
    assert editor.problems == [] and editor.save_button.isEnabled()
    type_into(qtbot, editor.step_form.cue_edit, "one two three four five six seven eight nine")
    shown = messages(editor, editor.step_form, "cue")
    assert "has 9 words; keep it to 8 so it reads across a room" in shown  # the loader's own words
    assert not editor.save_button.isEnabled() and not editor.save_action.isEnabled()
    assert not editor.save()
    assert not folder.exists()  # nothing written

    type_into(qtbot, editor.routine_form.id_edit, "standard")
    assert "id 'standard' is already used by a built-in routine" in messages(
        editor, editor.routine_form, "id"
    )


def test_undo_and_redo_take_back_and_replay_edits(qtbot, folder: Path) -> None:
    editor = open_editor(qtbot, folder, duplicate(load_library().get("standard"), owners()))
    title = editor.edit.title
    type_into(qtbot, editor.routine_form.title_edit, "Mine")
    assert editor.edit.title == "Mine"
    editor.undo_action.trigger()  # the typing is one change, not one per letter
    assert editor.edit.title == title and editor.routine_form.title_edit.text() == title
    editor.redo_action.trigger()
    assert editor.routine_form.title_edit.text() == "Mine"

    first, second = editor.edit.steps[0].id, editor.edit.steps[1].id
    editor.step_list.list.setCurrentRow(0)
    editor.step_list.list.setFocus()
    qtbot.keyClick(editor.step_list.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in editor.edit.steps[:2]] == [second, first]
    assert editor.current == 1
    editor.undo_action.trigger()
    assert [s.id for s in editor.edit.steps[:2]] == [first, second]
    assert editor.step_list.list.item(0).text().endswith(editor.edit.steps[0].title)


def test_a_drag_reorders_the_steps(qtbot, folder: Path) -> None:
    editor = open_editor(qtbot, folder, duplicate(load_library().get("standard"), owners()))
    ids = [s.id for s in editor.edit.steps]
    model = editor.step_list.list.model()
    model.moveRow(model.index(0, 0).parent(), 0, model.index(0, 0).parent(), 3)  # what a drop does
    assert [s.id for s in editor.edit.steps] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert [editor.step_list.list.item(i).text() for i in range(3)] == [
        f"{i + 1}. {editor.edit.steps[i].title}" for i in range(3)
    ]


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, folder: Path) -> None:
    answers = ["cancel", "discard"]
    editor = open_editor(qtbot, folder, answers=answers)
    type_into(qtbot, editor.routine_form.title_edit, "Half done")
    assert editor.windowTitle().endswith("*")
    editor.close()
    assert editor.isVisible() and answers == ["discard"]
    editor.close()
    assert not editor.isVisible() and answers == []


def test_removing_every_step_shows_the_loaders_message_under_the_list(qtbot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    qtbot.mouseClick(editor.step_list.remove_button, Qt.MouseButton.LeftButton)
    assert editor.edit.steps == ()
    text = editor.step_list.box.problem.text()
    assert "must be one or more [[steps]] tables" in text
    assert not editor.save_button.isEnabled()


def test_phases_are_edited_in_their_table_and_checked_by_the_loader(qtbot, folder: Path) -> None:
    editor = open_editor(qtbot, folder, duplicate(load_library().get("standard"), owners()))
    table = editor.step_form.phases
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # one 10 s phase in a 90 s step
    assert editor.edit.steps[0].phases[0].seconds == 10
    shown = messages(editor, editor.step_form, "phases")
    assert "phase seconds add up to 10 but the step lasts 90 s" in shown
    table.table.item(0, 1).setText("90")  # as a person types into the cell
    assert editor.edit.steps[0].phases[0].seconds == 90
    assert messages(editor, editor.step_form, "phases") == "" and editor.save_button.isEnabled()
    table.table.item(0, 3).setText("sideways")
    assert "unknown direction 'sideways'" in messages(editor, editor.step_form, "phases")


def test_the_preview_shows_the_steps_motion_cue(qtbot, folder: Path) -> None:
    editor = open_editor(qtbot, folder, duplicate(load_library().get("standard"), owners()))
    diagram = editor.zone_picker.diagram
    patterns = {getattr(item, "cue", None) and item.cue.pattern.value for item in diagram.cue_items()}
    assert patterns == {"glide"}  # the first step glides: its arrows are drawn
    box = editor.step_form.pattern_box
    box.setFocus()
    qtbot.keyClicks(box, "hold")  # a keyboard choice in the combo box
    assert editor.edit.steps[0].pattern == "hold"
    assert {item.cue.pattern.value for item in diagram.cue_items()} == {"hold"}
