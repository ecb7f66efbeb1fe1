"""`--check` never blocks and never lies (issue 15, bullet 3): only regular files are opened, every
file's result is printed, and a routine id the app would skip is reported."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_files import GOOD_ROUTINE, HOSTILE_ROUTINES, REPO, svg

from desktop.checks import check_file
from desktop.model.library import load_library


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Under a timeout: a check that blocks on a named pipe fails the test instead of hanging it."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("suffix", [".toml", ".svg"])
def test_a_named_pipe_is_refused_without_being_opened(tmp_path: Path, suffix: str) -> None:
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    result = run("--check", str(fifo))
    assert result.returncode == 1 and result.stderr == ""
    assert result.stdout == f"{fifo}: is a named pipe (FIFO), not a regular file; not opened\n"


def test_a_socket_and_a_device_are_refused_by_kind(tmp_path: Path) -> None:
    sock_path = tmp_path / "s.toml"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        assert check_file(sock_path) == [f"{sock_path}: is a socket, not a regular file; not opened"]
    finally:
        server.close()
    if Path("/dev/null").exists():
        assert check_file(Path("/dev/null")) == [
            "/dev/null: not a routine (.toml) or diagram (.svg) file"
        ]  # by name first; named like a routine it is refused by kind:
        link = tmp_path / "null.svg"
        link.symlink_to("/dev/null")
        assert check_file(link) == [f"{link}: is a character device, not a regular file; not opened"]


def test_a_routine_whose_id_is_a_built_ins_is_reported(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(GOOD_ROUTINE.replace('id = "mine"', 'id = "standard"'), encoding="utf-8")
    (line,) = check_file(mine)
    clash = "id 'standard' is already used by a built-in routine; the app would skip this file"
    assert line == f"{mine}: field 'id': {clash}"
    library = load_library(user_dir=tmp_path)  # the app agrees: it skips the file
    assert [r.source for r in library.routines if r.id == "standard"] == ["routines/standard.toml"]
    assert any(p.file == str(mine) and "already used" in p.message for p in library.problems)


def test_of_two_user_routines_with_one_id_the_later_is_reported_as_the_app_skips_it(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(GOOD_ROUTINE, encoding="utf-8")
    assert check_file(tmp_path / "a.toml") == []
    (line,) = check_file(tmp_path / "b.toml")
    assert line.endswith(f"id 'mine' is already used by {tmp_path / 'a.toml'}; the app would skip this file")
    library = load_library(user_dir=tmp_path)
    assert [r.source for r in library.routines if r.id == "mine"] == [str(tmp_path / "a.toml")]


def test_the_shipped_routines_do_not_clash_with_themselves() -> None:
    files = sorted((REPO / "routines").glob("*.toml"))
    assert all(check_file(path) == [] for path in files)


def test_check_over_a_mixed_folder_prints_one_line_per_file_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-good.toml").write_text(GOOD_ROUTINE, encoding="utf-8")
    shutil.copy(REPO / "assets" / "svg" / "medial.svg", folder / "medial.svg")
    (folder / "b-huge-integer.toml").write_bytes(HOSTILE_ROUTINES["huge-integer"])
    (folder / "c-dotted.toml").write_bytes(HOSTILE_ROUTINES["dotted-key-240k"])
    (folder / "d-builtin-id.toml").write_text(GOOD_ROUTINE.replace('"mine"', '"standard"'), encoding="utf-8")
    (folder / "e-same-id.toml").write_text(GOOD_ROUTINE, encoding="utf-8")
    (folder / "f-shift-jis.svg").write_bytes(
        svg(declaration='<?xml version="1.0" encoding="Shift_JIS"?>').encode()
    )
    (folder / "g-no-zone.svg").write_text(svg(zones=False), encoding="utf-8")
    (folder / "h-css.svg").write_text(
        svg('<path d="M0 0" fill="url(http://example.com/a)"/>'), encoding="utf-8"
    )
    os.mkfifo(folder / "i-pipe.toml")
    (folder / "notes.txt").write_text("not checked: neither a routine nor a diagram", encoding="utf-8")
    result = run("--check", str(folder))
    assert result.returncode == 1 and result.stderr == "" and "Traceback" not in result.stdout
    lines = result.stdout.splitlines()
    expected = {
        "a-good.toml": "OK",
        "b-huge-integer.toml": "is refused: line 2: a number or name outside quotes is 5000 characters",
        "c-dotted.toml": "is refused: line 1: a dotted key has more than 8 parts",
        "d-builtin-id.toml": "field 'id': id 'standard' is already used by a built-in routine",
        "e-same-id.toml": "field 'id': id 'mine' is already used by",
        "f-shift-jis.svg": "declares the text encoding 'Shift_JIS'",
        "g-no-zone.svg": "draws no zone",
        "h-css.svg": "only url(#id) is allowed",
        "i-pipe.toml": "is a named pipe (FIFO), not a regular file; not opened",
        "medial.svg": "OK",
    }
    assert len(lines) == len(expected), "\n".join(lines)
    for line, (name, words) in zip(lines, expected.items(), strict=True):
        assert line.startswith(f"{folder / name}: ") and words in line, line


def test_an_empty_folder_is_a_problem_not_a_silent_pass(tmp_path: Path) -> None:
    result = run("--check", str(tmp_path))
    assert result.returncode == 1
    assert result.stdout == f"{tmp_path}: is a folder with no routine (.toml) or diagram (.svg) files\n"


def test_a_bug_met_in_one_file_costs_only_that_files_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.model.svg_guard as guard

    def broken(*args, **kwargs):
        raise RuntimeError("surprise")

    monkeypatch.setattr(guard, "check_svg_file", broken)
    good = tmp_path / "a.toml"
    good.write_text(GOOD_ROUTINE, encoding="utf-8")
    picture = tmp_path / "b.svg"
    picture.write_text(svg(), encoding="utf-8")
    assert check_file(picture) == [f"{picture}: could not be checked: RuntimeError: surprise"]
    assert check_file(good) == []
