"""The routine library: built-ins first, the user's own after; a bad user file is reported and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.model.library import load_library

BUILT_IN = ["full-session", "quick-break", "standard", "tension-relief"]


def routine_text(routine_id: str, title: str, *, duration: str = "60", extra: str = "") -> str:
    return f"""\
id = "{routine_id}"
title = "{title}"
summary = "A user routine."
sides = "left"

[[steps]]
id = "glide"
title = "Glide"
technique = "effleurage"
zones = ["lower_leg"]
duration = {duration}
pressure = "light"
motion = {{ pattern = "glide", direction = "up" }}
cue = "Light strokes"
instructions = "Glide up the leg."
{extra}"""


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    return folder


def test_without_a_user_folder_only_the_built_ins_load_sorted_by_title() -> None:
    library = load_library()
    assert [r.id for r in library.routines] == BUILT_IN
    assert [r.title for r in library.routines] == sorted(r.title for r in library.routines)
    assert all(r.builtin for r in library.routines) and library.problems == ()


def test_a_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    library = load_library(tmp_path / "never-created")
    assert [r.id for r in library.routines] == BUILT_IN and library.problems == ()


def test_a_bad_user_file_is_reported_and_skipped_while_the_rest_load(user_dir: Path) -> None:
    (user_dir / "b-good.toml").write_text(routine_text("mine", "Zebra stretch"), encoding="utf-8")
    (user_dir / "a-good.toml").write_text(routine_text("alpha", "Alpha"), encoding="utf-8")
    bad = user_dir / "broken.toml"
    bad.write_text(routine_text("broken", "Broken", duration="0"), encoding="utf-8")
    (user_dir / "notes.txt").write_text("not a routine", encoding="utf-8")

    library = load_library(user_dir)

    assert [r.id for r in library.routines] == [*BUILT_IN, "alpha", "mine"]
    mine = library.get("mine")
    assert mine is not None and not mine.builtin and mine.source == str(user_dir / "b-good.toml")
    (problem,) = library.problems
    assert (problem.file, problem.step, problem.field) == (str(bad), "step 1 'glide'", "duration")
    assert library.get("broken") is None


def test_a_user_routine_cannot_take_a_built_in_id(user_dir: Path) -> None:
    clash = user_dir / "standard.toml"
    clash.write_text(routine_text("standard", "My standard"), encoding="utf-8")
    library = load_library(user_dir)
    standard = library.get("standard")
    assert standard is not None and standard.builtin and standard.title == "Standard ankle massage"
    (problem,) = library.problems
    assert problem.file == str(clash) and "already used by a built-in routine" in problem.message


def test_two_user_files_with_one_id_keep_the_first_by_name(user_dir: Path) -> None:
    (user_dir / "a.toml").write_text(routine_text("mine", "First"), encoding="utf-8")
    (user_dir / "b.toml").write_text(routine_text("mine", "Second"), encoding="utf-8")
    library = load_library(user_dir)
    mine = library.get("mine")
    assert mine is not None and mine.title == "First"
    (problem,) = library.problems
    assert problem.file == str(user_dir / "b.toml") and str(user_dir / "a.toml") in problem.message


def test_user_routines_may_reuse_built_in_and_each_others_steps(user_dir: Path) -> None:
    (user_dir / "base.toml").write_text(routine_text("base", "Base"), encoding="utf-8")
    reuse = (
        '\n[[steps]]\nfrom = "tension-relief/hollow-press"\n\n[[steps]]\nfrom = "base/glide"\nid = "again"\n'
    )
    (user_dir / "combo.toml").write_text(routine_text("combo", "Combo", extra=reuse), encoding="utf-8")
    library = load_library(user_dir)
    assert library.problems == ()
    combo = library.get("combo")
    assert combo is not None and [s.id for s in combo.steps] == ["glide", "hollow-press", "again"]


def test_a_reference_to_a_skipped_routine_is_reported(user_dir: Path) -> None:
    (user_dir / "base.toml").write_text(routine_text("base", "Base", duration="true"), encoding="utf-8")
    reuse = '\n[[steps]]\nfrom = "base/glide"\nid = "again"\n'
    combo = user_dir / "combo.toml"
    combo.write_text(routine_text("combo", "Combo", extra=reuse), encoding="utf-8")
    library = load_library(user_dir)
    assert library.get("combo") is None and library.get("base") is None
    assert [(p.file, p.field) for p in library.problems] == [
        (str(user_dir / "base.toml"), "duration"),
        (str(combo), "from"),
    ]


def test_an_oversized_or_undecodable_user_file_is_skipped(user_dir: Path) -> None:
    (user_dir / "huge.toml").write_bytes(b"#" * (300 * 1024))
    (user_dir / "latin1.toml").write_bytes(routine_text("latin", "Caf\xe9").encode("latin-1"))
    library = load_library(user_dir)
    assert [r.id for r in library.routines] == BUILT_IN
    messages = sorted(p.message for p in library.problems)
    assert "KiB" in messages[0] and "UTF-8" in messages[1]


def test_a_user_folder_that_is_a_file_is_reported(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "routines"
    not_a_folder.write_text("oops", encoding="utf-8")
    library = load_library(not_a_folder)
    assert [r.id for r in library.routines] == BUILT_IN
    assert [p.file for p in library.problems] == [str(not_a_folder)]


def test_steps_for_zone_lists_every_routine_step_that_works_there() -> None:
    library = load_library()
    hollow = {(r.id, s.id) for r, s in library.steps_for_zone("inner_ankle_concavity")}
    assert hollow == {("tension-relief", "hollow-press"), ("full-session", "hollow-press")}
    shin = {(r.id, s.id) for r, s in library.steps_for_zone("tibialis_anterior_path")}
    assert shin == {("tension-relief", "shin-trace"), ("full-session", "shin-trace")}
    assert library.steps_for_zone("no_such_zone") == []


def test_get_finds_by_id_only() -> None:
    library = load_library()
    standard = library.get("standard")
    assert standard is not None and standard.id == "standard"
    assert library.get("Standard ankle massage") is None
