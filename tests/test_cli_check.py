"""`ankle-guide --check` and `--list-routines`, as a person at a terminal sees them (invariant 5)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.model.library import load_library

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "data" / "routines"
S1 = "step 1 'warm-up'"

# Each broken file, named after what is wrong with it → (step, field, words the message must contain).
# Whole-file problems name neither step nor field.
EXPECTED: dict[str, tuple[str | None, str | None, str]] = {
    "unknown-zone": (S1, "zones[2]", "unknown zone 'ankle_bone'"),
    "unknown-technique": (S1, "technique", "unknown technique 'tapping'"),
    "unknown-pressure": (S1, "pressure", "unknown pressure 'gentle'"),
    "unknown-pattern": (S1, "motion.pattern", "unknown pattern 'zigzag'"),
    "unknown-direction": (S1, "motion.direction", "unknown direction 'sideways'"),
    "zero-duration": (S1, "duration", "more than zero"),
    "negative-duration": (S1, "duration", "more than zero"),
    "absurd-duration": (S1, "duration", "too long"),
    "text-duration": (S1, "duration", "without quotes"),
    "bool-duration": (S1, "duration", "not true"),
    "nan-duration": (S1, "duration", "finite"),
    "duplicate-step-id": ("step 2 'warm-up'", "id", "already used by step 1"),
    "missing-field": (S1, "instructions", "missing"),
    "wrong-type": (S1, "zones", "must be a list"),
    "unknown-key": (S1, "duraton", "did you mean 'duration'?"),
    "phases-sum": (S1, "phases", "add up to 50 but the step lasts 60 s"),
    "long-cue": (S1, "cue", "12 words"),
    "bad-id": ("step 1 'Warm Up!'", "id", "not a valid id"),
    "pressed-tendon": (S1, "technique", "never pressed"),
    "unknown-reference": ("step 2 (from 'standard/no-such-step')", "from", "no step 'no-such-step'"),
    "reference-cycle": ("step 2 'first'", "from", "itself a reference"),
    "invalid-toml": (None, None, "is not valid TOML"),
    "invalid-utf8": (None, None, "is not valid UTF-8 text (line 9)"),
    "empty": (None, None, "is empty"),
    "deep-nesting": (None, None, "nested too deeply"),
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=REPO, capture_output=True, text=True, timeout=60
    )


def test_the_shipped_routines_pass_the_check() -> None:
    files = sorted(str(p.relative_to(REPO)) for p in (REPO / "routines").glob("*.toml"))
    result = run("--check", *files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [f"{name}: OK" for name in files] + [f"{len(files)} file(s) OK"]


def test_the_corpus_has_one_file_per_kind_of_mistake() -> None:
    assert sorted(p.stem for p in CORPUS.glob("*.toml")) == sorted(EXPECTED)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_each_broken_file_fails_with_a_line_naming_file_step_and_field(
    kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = CORPUS / f"{kind}.toml"
    assert main(["--check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith(f"{path}: ") for line in lines)
    step, field, words = EXPECTED[kind]
    where = f"{path}: " + (f"{step}: " if step else "") + (f"field '{field}': " if field else "")
    assert any(line.startswith(where) and words in line for line in lines), "\n".join(lines)


def test_an_oversized_file_is_refused_by_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "oversized.toml"
    huge.write_bytes(b"# padding\n" * 30_000)  # ~293 KiB of comments: valid TOML, but too big
    assert main(["--check", str(huge)]) == 1
    assert capsys.readouterr().out.strip() == f"{huge}: is 292 KiB; routine files are limited to 256 KiB"


def test_the_whole_corpus_in_one_run_fails_cleanly_without_a_traceback() -> None:
    files = sorted(str(p) for p in CORPUS.glob("*.toml"))
    result = run("--check", *files, "routines/standard.toml")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr and result.stderr == ""
    lines = result.stdout.splitlines()
    assert {line.split(": ", 1)[0] for line in lines if not line.endswith(": OK")} == set(files)
    assert lines[-1] == "routines/standard.toml: OK"  # every broken file reported, the good one too


def test_list_routines_prints_one_line_per_routine() -> None:
    result = run("--list-routines")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    library = load_library()
    assert len(lines) == len(library.routines) == 4
    for line, routine in zip(lines, library.routines, strict=True):
        minutes, seconds = divmod(round(routine.total_seconds), 60)
        assert line.split("\t") == [
            routine.id,
            routine.title,
            f"{len(routine.steps)} steps",
            f"{minutes}:{seconds:02d} per foot",
        ]
    assert "standard\tStandard ankle massage\t6 steps\t7:00 per foot" in lines


def test_list_routines_includes_the_users_own_and_skips_a_bad_one() -> None:
    from desktop.paths import user_routines_dir

    folder = user_routines_dir()  # inside this test's own XDG_DATA_HOME (see conftest)
    folder.mkdir(parents=True)
    good = (CORPUS / "unknown-zone.toml").read_text(encoding="utf-8")
    good = good.replace('"ankle_bone"', '"heel"').replace('id = "unknown-zone"', 'id = "my-own"')
    (folder / "my-own.toml").write_text(good, encoding="utf-8")
    (folder / "bad.toml").write_text('id = "bad"\n', encoding="utf-8")
    result = run("--list-routines")
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == "my-own\tBroken example\t2 steps\t2:00 per foot"
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"skipped: {folder / 'bad.toml'}: field 'title': missing required field")
