"""Hostile routine files (written by these tests) are refused in one line each, at a cost bounded by
their size, and never stop the app, `--check` or `--list-routines` (issue 15, bullets 1 and 5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hostile_files import GOOD_ROUTINE, HOSTILE_ROUTINES, REPO, write_routines

from desktop.model.library import load_library
from desktop.model.problems import Problem, ValidationError
from desktop.model.routine_loader import parse_routine
from desktop.model.toml_guard import MAX_BARE_CHARS, MAX_DEPTH, MAX_KEY_PARTS, TomlTooComplex, prescan


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (
            "huge-integer",
            f"line 2: a number or name outside quotes is 5000 characters long; at most {MAX_BARE_CHARS}",
        ),
        ("dotted-key-40k", f"line 1: a dotted key has more than {MAX_KEY_PARTS} parts"),
        ("dotted-key-240k", f"line 1: a dotted key has more than {MAX_KEY_PARTS} parts"),
        ("quoted-dotted-key", "a dotted key has more than"),
        ("dotted-table-header", "a dotted key has more than"),
        ("deep-arrays", f"nested too deeply (more than {MAX_DEPTH} levels)"),
        ("long-quoted-key", "a key is 200000 characters long"),
        ("many-tables", "holds more than 10000 tables and lists"),
    ],
)
def test_a_file_that_would_crash_or_swamp_tomllib_is_refused_in_one_line(name: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_routine(HOSTILE_ROUTINES[name], f"{name}.toml")
    (problem,) = caught.value.problems
    assert str(problem).startswith(f"{name}.toml: is refused: ") and words in problem.message


@pytest.mark.parametrize(
    "text",
    [
        "# " + "[" * 100 + " a.b.c.d.e.f.g.h.i.j " + "9" * 100 + "\n",  # a comment holds anything
        'x = """\n[[[[[[[[[[[[[[[[[[[[ \\""" a.b.c.d.e.f.g.h.i.j\n"""\n',  # so does a multi-line string
        "x = " + "'" * 3 + "{" * 40 + "'" * 3 + "\n",
        "x = 'C:\\" + "[" * 40 + "'\n",  # a literal string ends at its quote, backslash or not
        "a.b.c.d.e.f.g.h = 1\n",  # 8 parts is the limit, not over it
        "x = " + "[" * 16 + "]" * 16 + "\n",  # 16 levels likewise
        "x = 1_000_000.5e-3\ny = 1979-05-27T07:32:00.999999-07:00\n",
    ],
)
def test_the_prescan_passes_what_is_within_its_limits(text: str) -> None:
    prescan(text)


def test_the_prescan_counts_lines_through_multi_line_strings() -> None:
    with pytest.raises(TomlTooComplex, match=r"^line 4: a dotted key"):
        prescan('x = """\none\ntwo"""\n' + "a." * 9 + "a = 1\n")


def test_a_string_that_only_looks_like_a_long_dotted_key_is_not_refused() -> None:
    dotted_prose = "see a.b.c.d.e.f.g.h.i.j.k and '''x''' " + "1" * 100
    data = GOOD_ROUTINE.replace("Stroke upwards", f"{dotted_prose} Stroke upwards").encode()
    assert parse_routine(data, "mine.toml").steps[0].instructions.startswith("see a.b.c")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("many-unknown-keys", "more unknown fields; not listed"),
        ("many-unknown-zones", "zones; there are only"),
    ],
)
def test_many_stray_keys_or_zones_give_a_bounded_number_of_lines(name: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_routine(HOSTILE_ROUTINES[name], f"{name}.toml")
    assert 0 < len(caught.value.problems) <= 20
    assert any(words in p.message for p in caught.value.problems)


def test_every_hostile_file_costs_little_memory_and_time_in_a_fresh_process(tmp_path: Path) -> None:
    """Peak memory (ru_maxrss, the process's real high-water mark) and CPU time, per file; CPU time,
    not wall time, so a busy shared machine does not make the bound flaky. Bounds are the issue's."""
    paths = write_routines(tmp_path)
    code = textwrap.dedent(
        """
        import json, resource, sys, time
        from pathlib import Path
        from desktop.model.problems import ValidationError
        from desktop.model.routine_loader import parse_routine
        from desktop.model.zones import load_catalogue
        catalogue = load_catalogue()
        parse_routine(Path(sys.argv[1]).read_bytes(), "warm-up.toml", catalogue=catalogue)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        out = {}
        for name in sys.argv[2:]:
            start = time.process_time()
            try:
                parse_routine(Path(name).read_bytes(), name, catalogue=catalogue)
                lines = []
            except ValidationError as exc:
                lines = [str(p) for p in exc.problems]
            out[name] = [time.process_time() - start, lines]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"grew_kib": peak - base, "files": out}))
        """
    )
    warm = tmp_path / "warm-up.toml"
    warm.write_text(GOOD_ROUTINE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", code, str(warm), *map(str, paths)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["grew_kib"] < 100 * 1024, report["grew_kib"]
    for name, (cpu_s, lines) in report["files"].items():
        assert cpu_s < 2.0, (name, cpu_s)
        assert lines and all(line.startswith(f"{name}: ") and "\n" not in line for line in lines), name


def test_check_over_every_hostile_file_prints_each_one_and_no_traceback(tmp_path: Path) -> None:
    paths = write_routines(tmp_path / "hostile")
    result = run("--check", str(tmp_path / "hostile"))
    assert result.returncode == 1 and result.stderr == ""
    named = {line.split(": ", 1)[0] for line in result.stdout.splitlines()}
    assert named == {str(p) for p in paths}


def _user_routines() -> Path:
    from desktop.paths import user_routines_dir

    return user_routines_dir()  # inside this test's own XDG_DATA_HOME (see conftest)


def test_list_routines_survives_a_folder_of_hostile_files_and_still_lists_the_good_one() -> None:
    folder = _user_routines()
    write_routines(folder)
    os.mkfifo(folder / "pipe.toml")  # opening it would wait for a writer for ever (run() has a timeout)
    (folder / "mine.toml").write_text(GOOD_ROUTINE, encoding="utf-8")
    result = run("--list-routines")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1] == "mine\tMy routine\t1 step\t0:30 per foot"
    skipped = {line.split(": ", 2)[1] for line in result.stderr.splitlines()}
    assert skipped == {str(folder / f"{name}.toml") for name in [*HOSTILE_ROUTINES, "pipe"]}
    assert f"skipped: {folder / 'pipe.toml'}: is a named pipe (FIFO), not a regular file" in result.stderr


def test_the_app_starts_with_hostile_user_routines_and_offers_the_good_ones(qtbot) -> None:
    from desktop.app import App
    from desktop.cli import build_parser

    write_routines(_user_routines())
    (_user_routines() / "mine.toml").write_text(GOOD_ROUTINE, encoding="utf-8")
    built = App(build_parser().parse_args(["--routine", "mine"]))
    qtbot.addWidget(built.window)
    try:
        assert built.controller.routine is not None and built.controller.routine.id == "mine"
        assert len(built.library.problems) >= len(HOSTILE_ROUTINES)
    finally:
        built.close()


# --- plain text out (bullet 5) ------------------------------------------------------------------------

FORGED = "Evil\x1b[2J\x1b[31m title\nforged\tline\u202e\x07"


def test_control_characters_never_reach_list_routines() -> None:
    folder = _user_routines()
    folder.mkdir(parents=True)
    text = GOOD_ROUTINE.replace('title = "My routine"', f"title = {json.dumps(FORGED)}")
    (folder / "mine.toml").write_text(text, encoding="utf-8")
    result = run("--list-routines")
    assert result.returncode == 0, result.stderr
    last = result.stdout.splitlines()[-1]
    assert last == "mine\tEvil[2J[31m title forged line\t1 step\t0:30 per foot"
    assert len(result.stdout.splitlines()) == 5  # four built-ins and this one: no forged line


def test_every_routine_text_is_plain_in_the_loaded_routine() -> None:
    text = (
        GOOD_ROUTINE.replace('"Two gentle steps."', json.dumps("Two\x1b[1m steps\r\nsecond line"))
        .replace('"Long light strokes"', json.dumps("Long\x00 light\u2028strokes"))
        .replace(
            '"Stroke upwards from the heel to the calf."', json.dumps("Up\x1b]0;owned\x07\nfrom the heel")
        )
    )
    routine = parse_routine(text.encode(), "mine.toml")
    step = routine.steps[0]
    assert routine.summary == "Two[1m steps\nsecond line"  # a paragraph break kept, the escape gone
    assert step.cue == "Long light strokes"
    assert step.instructions == "Up]0;owned\nfrom the heel"


def test_a_problem_line_naming_a_hostile_file_name_stays_one_line(tmp_path: Path) -> None:
    line = str(Problem("evil\nforged: OK\x1b[2J.toml", "is not valid TOML"))
    assert "\n" not in line and "\x1b" not in line
    assert line == "evil forged: OK[2J.toml: is not valid TOML"


def test_user_routines_with_hostile_names_are_listed_as_one_line_each(tmp_path: Path) -> None:
    folder = _user_routines()
    folder.mkdir(parents=True)
    (folder / "bad\nname\x1b[31m.toml").write_text('id = "x"\n', encoding="utf-8")
    library = load_library(user_dir=folder)
    problems = [str(p) for p in library.problems if "name" in p.file]
    assert problems and all("\n" not in p and "\x1b" not in p for p in problems)
    assert problems[0].startswith(f"{folder}/bad name[31m.toml: ")
