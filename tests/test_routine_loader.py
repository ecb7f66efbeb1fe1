"""Routine files: what a person editing one sees when it is right, and when it is wrong (invariant 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.model.problems import Problem, ValidationError
from desktop.model.routine import Direction, MotionPattern, Pressure, Routine, SidePlan, Technique
from desktop.model.routine_loader import check_routine_file, parse_routine

GOOD = """\
id = "evening"
title = "Evening wind-down"
summary = "Two gentle steps."
sides = "right"
preparation = ["Sit down."]
tags = ["gentle"]

[[steps]]
id = "glide"
title = "Glide"
technique = "effleurage"
zones = ["achilles_tendon", "lower_leg"]
duration = 60
pressure = "light"
motion = { pattern = "glide", direction = "up" }
cue = "Long light strokes up the leg"
instructions = "Slide both palms up the back of the leg."

[[steps]]
id = "circles"
title = "Circles"
technique = "rotation"
zones = ["heel", "forefoot"]
duration = 40
pressure = "light"
motion = { pattern = "rotate", direction = "clockwise" }
cue = "Circle the foot"
instructions = "Hold the leg still and circle the foot."
cautions = ["Never force it."]
phases = [
    { name = "clockwise", seconds = 20, cue = "Clockwise", direction = "clockwise" },
    { name = "back", seconds = 20, cue = "Now the other way", direction = "counterclockwise" },
]
"""


def parse(text: str, file: str = "evening.toml") -> Routine:
    return parse_routine(text.encode("utf-8"), file)


def problems_of(text: str | bytes, file: str = "evening.toml") -> list[Problem]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(ValidationError) as info:
        parse_routine(data, file)
    return list(info.value.problems)


def test_a_good_file_becomes_a_routine_with_every_field() -> None:
    routine = parse(GOOD)
    assert (routine.id, routine.title, routine.sides) == ("evening", "Evening wind-down", SidePlan.RIGHT)
    assert routine.preparation == ("Sit down.",) and routine.tags == ("gentle",)
    assert routine.source == "evening.toml"
    glide, circles = routine.steps
    assert glide.technique is Technique.EFFLEURAGE and glide.pressure is Pressure.LIGHT
    assert glide.zones == ("achilles_tendon", "lower_leg")
    assert glide.motion.pattern is MotionPattern.GLIDE and glide.motion.direction is Direction.UP
    assert circles.cautions == ("Never force it.",)
    assert [p.direction for p in circles.phases] == [Direction.CLOCKWISE, Direction.COUNTERCLOCKWISE]
    assert routine.total_seconds == 100


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert parse_routine(b"\xef\xbb\xbf" + GOOD.encode(), "bom.toml").id == "evening"


def edit(old: str, new: str, text: str = GOOD) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


S1, S2 = "step 1 'glide'", "step 2 'circles'"
MOTION = 'motion = { pattern = "glide", direction = "up" }'


@pytest.mark.parametrize(
    ("old", "new", "step", "field", "fragment"),
    [
        ('"achilles_tendon", ', '"achilles_tendn", ', S1, "zones[1]", "did you mean 'achilles_tendon'?"),
        ('technique = "effleurage"', 'technique = "efleurage"', S1, "technique", "mean 'effleurage'"),
        ('technique = "effleurage"', 'technique = "kneading"', S1, "technique", "never pressed"),
        ('pressure = "light"', 'pressure = "hard"', S1, "pressure", "unknown pressure 'hard'"),
        ('pattern = "glide"', 'pattern = "slide"', S1, "motion.pattern", "mean 'glide'"),
        ('direction = "up"', 'direction = "dwon"', S1, "motion.direction", "mean 'down'"),
        (MOTION, 'motion = "glide"', S1, "motion", "must be a table"),
        (MOTION, MOTION.replace(" }", ", speed = 2 }"), S1, "motion.speed", "unknown field"),
        ("duration = 60", "duration = 0", S1, "duration", "more than zero"),
        ("duration = 60", "duration = -5", S1, "duration", "more than zero"),
        ("duration = 60", "duration = 7200", S1, "duration", "too long"),
        ("duration = 60", "duration = 10_000_000_000_000_000_000_000", S1, "duration", "huge"),
        ("duration = 60", "duration = 2", S1, "duration", "too short"),
        ("duration = 60", 'duration = "60"', S1, "duration", "without quotes"),
        ("duration = 60", "duration = true", S1, "duration", "not true"),
        ("duration = 60", "duration = -inf", S1, "duration", "finite"),
        ("duration = 60", "duraton = 60", S1, "duraton", "did you mean 'duration'"),
        ("duration = 60\n", "", S1, "duration", "missing"),
        ('id = "circles"', 'id = "glide"', "step 2 'glide'", "id", "already used by step 1"),
        ('id = "circles"', 'id = "Circles 2"', "step 2 'Circles 2'", "id", "not a valid id"),
        ('"Slide both palms up the back of the leg."', '"   "', S1, "instructions", "empty"),
        ('zones = ["heel", "forefoot"]', 'zones = "heel"', S2, "zones", "list of zone ids"),
        (
            'cue = "Circle the foot"',
            'cue = "Circle the foot slowly and smoothly in a big ring"',
            S2,
            "cue",
            "words",
        ),
        ('cautions = ["Never force it."]', "cautions = [1]", S2, "cautions[1]", "text"),
        ("seconds = 20, cue", "seconds = 25, cue", S2, "phases", "add up to 45"),
        ("seconds = 20, cue", 'seconds = "20", cue', S2, "phases[1].seconds", "number"),
        ('name = "back", ', "", S2, "phases[2].name", "missing"),
        (
            '"Clockwise", direction = "clockwise"',
            '"Clockwise", direction = "cw"',
            S2,
            "phases[1].direction",
            "unknown direction",
        ),
    ],
)
def test_each_mistake_is_one_line_naming_file_step_and_field(
    old: str, new: str, step: str, field: str, fragment: str
) -> None:
    found = problems_of(edit(old, new))
    matching = [p for p in found if p.step == step and p.field == field]
    assert matching, "\n".join(map(str, found))
    assert fragment in matching[0].message
    assert str(matching[0]).startswith(f"evening.toml: {step}: field '{field}': ")


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        (edit('id = "evening"', 'id = "Evening!"'), "id", "not a valid id"),
        (edit('sides = "right"', 'sides = "middle"'), "sides", "unknown side 'middle'"),
        (edit('title = "Evening wind-down"', "title = 3"), "title", "not the number 3"),
        (edit('summary = "Two gentle steps."', 'sumary = "Two gentle steps."'), "sumary", "'summary'"),
        (edit('preparation = ["Sit down."]', 'preparation = "Sit down."'), "preparation", "list"),
        (GOOD.split("[[steps]]")[0], "steps", "missing"),
        (GOOD.split("[[steps]]")[0] + "steps = []\n", "steps", "one or more"),
        (GOOD.split("[[steps]]")[0] + "[steps]\nid = 'x'\n", "steps", "one or more"),
    ],
)
def test_routine_level_mistakes_name_the_field(text: str, field: str, fragment: str) -> None:
    found = problems_of(text)
    matching = [p for p in found if p.step is None and p.field == field]
    assert matching and fragment in matching[0].message, "\n".join(map(str, found))


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = edit('technique = "effleurage"', 'technique = "tapping"')
    text = edit('pressure = "light"', 'pressure = "soft"', text)
    text = edit("duration = 40", "duration = true", text)
    text = edit('sides = "right"', 'sides = "up"', text)
    found = problems_of(text)
    assert {(p.step, p.field) for p in found} == {
        (None, "sides"),
        ("step 1 'glide'", "technique"),
        ("step 1 'glide'", "pressure"),
        ("step 2 'circles'", "duration"),
    }


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b'id = "x\n', "not valid TOML"),
        (b'id = "caf\xe9"\n', "not valid UTF-8 text (line 1)"),
        (b"a = " + b"[" * 3000 + b"]" * 3000, "nested too deeply"),
        (b"#" * (256 * 1024 + 1), "256 KiB"),
    ],
)
def test_whole_file_problems_are_one_line_without_step_or_field(data: bytes, fragment: str) -> None:
    (problem,) = problems_of(data)
    assert fragment in problem.message and problem.step is None and problem.field is None
    assert "\n" not in str(problem)


def test_a_cue_of_exactly_eight_words_is_fine() -> None:
    routine = parse(edit('cue = "Circle the foot"', 'cue = "one two three four five six seven eight"'))
    assert routine.steps[1].cue == "one two three four five six seven eight"


def test_phases_that_sum_to_the_duration_in_decimals_are_accepted() -> None:
    text = edit("duration = 40", "duration = 0.3e2").replace("seconds = 20,", "seconds = 15.1,", 1)
    text = text.replace("seconds = 20,", "seconds = 14.9,", 1)
    assert [p.seconds for p in parse(text).steps[1].phases] == [15.1, 14.9]


def test_unprintable_text_in_a_value_stays_on_one_line() -> None:
    (problem,) = problems_of(edit('id = "evening"', 'id = "a\\nb\\u0007"'))
    assert "\n" not in str(problem) and "a?b?" in problem.message


# --- references to other routines' steps -------------------------------------------------------------

REF_HEAD = 'id = "mine"\ntitle = "Mine"\nsummary = "Reuses steps."\nsides = "both"\n'


def test_a_reference_copies_a_built_in_step_and_may_retime_it() -> None:
    text = REF_HEAD + '[[steps]]\nfrom = "tension-relief/hollow-press"\nduration = 90\nid = "press"\n'
    (step,) = parse(text).steps
    assert step.id == "press" and step.technique is Technique.SUSTAINED_PRESSURE
    assert step.duration_s == 90
    assert [(p.name, p.seconds) for p in step.phases] == [("hold", 60), ("release", 30)]


def test_a_reference_may_reuse_a_step_of_its_own_file() -> None:
    text = (
        edit('id = "evening"', 'id = "evening"') + '\n[[steps]]\nfrom = "evening/glide"\nid = "glide-again"\n'
    )
    routine = parse(text)
    assert [s.id for s in routine.steps] == ["glide", "circles", "glide-again"]
    assert routine.steps[2].instructions == routine.steps[0].instructions


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        ("standart/warm-up-glide", "unknown routine 'standart'; did you mean 'standard'?"),
        ("standard/warmup-glide", "has no step 'warmup-glide'; did you mean 'warm-up-glide'?"),
        ("full-session/hollow-press", "is itself a reference"),
        ("standard", "'<routine id>/<step id>'"),
    ],
)
def test_bad_references_are_named(target: str, fragment: str) -> None:
    found = problems_of(REF_HEAD + f'[[steps]]\nfrom = "{target}"\n')
    assert [(p.step, p.field) for p in found] == [(f"step 1 (from '{target}')", "from")]
    assert fragment in found[0].message


def test_references_that_point_at_each_other_are_refused_not_followed() -> None:
    text = REF_HEAD + ('[[steps]]\nfrom = "mine/b"\nid = "a"\n\n[[steps]]\nfrom = "mine/a"\nid = "b"\n')
    found = problems_of(text)
    assert [p.step for p in found] == ["step 1 'a'", "step 2 'b'"]
    assert all("itself a reference" in p.message for p in found)


def test_a_reference_accepts_only_from_id_and_duration() -> None:
    found = problems_of(REF_HEAD + '[[steps]]\nfrom = "standard/closing-glide"\ncue = "Other words"\n')
    assert [(p.field, p.message) for p in found] == [("cue", "unknown field (allowed: from, id, duration)")]


# --- files on disk -----------------------------------------------------------------------------------


def test_check_reports_a_missing_file_as_a_line(tmp_path: Path) -> None:
    (problem,) = check_routine_file(tmp_path / "nope.toml")
    assert "cannot be read" in problem.message


def test_check_refuses_a_huge_file_by_its_size(tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as handle:
        handle.truncate(4 * 1024**3)  # sparse: 4 GiB on paper, nothing on disk
    (problem,) = check_routine_file(huge)
    assert "4194304 KiB" in problem.message and "256 KiB" in problem.message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_check_refuses_a_device_that_never_ends_without_reading_it() -> None:
    (problem,) = check_routine_file(Path("/dev/zero"))
    assert problem.message == "is a character device, not a regular file; not opened"


def test_check_resolves_references_to_files_beside_it(tmp_path: Path) -> None:
    (tmp_path / "evening.toml").write_text(GOOD, encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text(REF_HEAD + '[[steps]]\nfrom = "evening/circles"\n', encoding="utf-8")
    assert check_routine_file(mine) == []
    (tmp_path / "evening.toml").write_text(edit("duration = 40", "duration = 0"), encoding="utf-8")
    (problem,) = check_routine_file(mine)
    assert "unknown routine 'evening'" in problem.message
