"""The shipped routines: they load, use real zones, are sensibly ordered and timed, and are our own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import resources
from desktop.model.library import Library, load_library
from desktop.model.routine import Direction, Pressure, Routine, SidePlan, Technique
from desktop.model.routine_loader import check_routine_file, parse_routine
from desktop.model.zones import VIEWS, load_catalogue

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO.parent / "shared" / "seed" / "ankle-massage-article.txt"
SHIPPED = ("full-session", "quick-break", "standard", "tension-relief")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def by_id(library: Library) -> dict[str, Routine]:
    return {r.id: r for r in library.routines}


def test_every_shipped_file_loads_without_a_problem(library: Library) -> None:
    assert library.problems == ()
    assert sorted(r.id for r in library.routines) == list(SHIPPED)
    names = [f.name for f in resources.listdir("routines", ".toml")]
    assert names == [f"{routine_id}.toml" for routine_id in SHIPPED]
    for name in names:
        assert check_routine_file(REPO / "routines" / name) == []


def test_every_zone_named_exists_and_is_drawn_in_some_view(library: Library) -> None:
    catalogue = load_catalogue()
    named = {z for r in library.routines for s in r.steps for z in s.zones}
    for zone_id in named:
        assert zone_id in catalogue
        assert set(catalogue[zone_id].views) & set(VIEWS), zone_id


def test_every_zone_a_person_can_click_has_at_least_one_step(library: Library) -> None:
    catalogue = load_catalogue()
    assert [z.id for z in catalogue if not z.palpation and not library.steps_for_zone(z.id)] == []


def test_quick_break_takes_three_to_five_minutes_for_both_feet(by_id: dict[str, Routine]) -> None:
    quick = by_id["quick-break"]
    session_seconds = quick.total_seconds * len(quick.sides.sides)
    assert 180 <= session_seconds <= 300


def test_full_session_uses_every_technique_and_opens_and_closes_with_strokes(
    by_id: dict[str, Routine],
) -> None:
    full = by_id["full-session"]
    assert {s.technique for s in full.steps} == set(Technique)
    assert full.steps[0].technique is Technique.EFFLEURAGE and full.steps[0].motion.direction is Direction.UP
    assert full.steps[-1].technique is Technique.EFFLEURAGE and "forefoot" in full.steps[-1].zones
    standard, relief = by_id["standard"], by_id["tension-relief"]
    parts = {s.id for s in standard.steps} | {s.id for s in relief.steps}
    assert {s.id for s in full.steps} == parts


def test_standard_covers_the_article_sequence_in_order(by_id: dict[str, Routine]) -> None:
    techniques = [s.technique for s in by_id["standard"].steps]
    assert techniques == [
        Technique.EFFLEURAGE,
        Technique.CIRCULAR_FRICTION,
        Technique.CIRCULAR_FRICTION,
        Technique.KNEADING,
        Technique.RANGE_OF_MOTION,
        Technique.EFFLEURAGE,
    ]
    circles = [s for s in by_id["standard"].steps if s.technique is Technique.CIRCULAR_FRICTION]
    assert {z for s in circles for z in s.zones} == {"medial_malleolus", "lateral_malleolus"}


def test_kneading_works_beside_the_achilles_never_on_it(library: Library) -> None:
    for routine, step in library.steps_for_zone("achilles_insertion"):
        assert "achilles_tendon" not in step.zones, (routine.id, step.id)
    for routine, step in library.steps_for_zone("achilles_tendon"):
        assert step.technique is Technique.EFFLEURAGE and step.pressure is Pressure.LIGHT, (
            routine.id,
            step.id,
        )
        assert any("never press" in c for c in step.cautions)


def test_the_hollow_press_holds_about_thirty_seconds_then_releases(by_id: dict[str, Routine]) -> None:
    press = by_id["tension-relief"].step_by_id("hollow-press")
    assert press is not None
    assert set(press.zones) == {"inner_ankle_concavity", "sole_heel_transition"}
    hold, release = press.phases
    assert (hold.name, release.name) == ("hold", "release")
    assert 25 <= hold.seconds <= 35 and release.seconds >= 10
    cautions = " ".join(press.cautions).lower()
    assert "never sharp" in cautions and "tingling" in cautions and "nerve" in cautions


def test_rotation_goes_clockwise_then_counterclockwise(by_id: dict[str, Routine]) -> None:
    rotation = by_id["tension-relief"].step_by_id("ankle-rotation")
    assert rotation is not None and rotation.technique is Technique.ROTATION
    assert [p.direction for p in rotation.phases] == [Direction.CLOCKWISE, Direction.COUNTERCLOCKWISE]
    assert rotation.phases[0].seconds == rotation.phases[1].seconds
    quick = by_id["quick-break"].step_by_id("ankle-rotation")
    assert quick is not None and [p.seconds for p in quick.phases] == [25, 25]


def test_ligament_friction_warns_off_a_recent_sprain(library: Library) -> None:
    for zone in ("lateral_ligaments", "medial_ligaments"):
        steps = library.steps_for_zone(zone)
        assert steps
        for _routine, step in steps:
            assert step.technique is Technique.CROSS_FIBRE_FRICTION
            assert any("sprain" in c for c in step.cautions)


def test_steps_last_a_realistic_time_and_every_routine_plays_both_feet(library: Library) -> None:
    for routine in library.routines:
        assert routine.sides is SidePlan.BOTH and routine.preparation
        for step in routine.steps:
            assert 45 <= step.duration_s <= 120, (routine.id, step.id)


def _prose(routine: Routine) -> list[str]:
    texts = [routine.title, routine.summary, *routine.preparation]
    for step in routine.steps:
        texts += [step.title, step.cue, step.instructions, *step.cautions, *(p.cue for p in step.phases)]
    return texts


def _runs(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_the_helper_finds_a_copied_run_of_eight_words() -> None:
    assert _runs("It said: Slowly and deliberately move the foot through its natural range!") & _runs(
        "slowly and deliberately move the foot through its natural range of motion"
    )


@pytest.mark.skipif(not ARTICLE.exists(), reason="the seed article (../shared) is not beside the repo")
def test_no_routine_copies_eight_words_in_a_row_from_the_article(library: Library) -> None:
    article = _runs(ARTICLE.read_text(encoding="utf-8"))
    for routine in library.routines:
        for text in _prose(routine):
            assert not (_runs(text) & article), (routine.id, text)


def test_the_readme_example_is_a_valid_routine() -> None:
    readme = (REPO / "routines" / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert example is not None
    routine = parse_routine(example.group(1).encode(), "README.md")
    assert [s.id for s in routine.steps] == ["hollow-hold", "closing-glide"]
    assert routine.steps[1].duration_s == 45
