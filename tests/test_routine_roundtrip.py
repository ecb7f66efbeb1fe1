"""Editor → TOML file → loader gives back the same routine, for generated routines (and the TOML writer
writes any text so tomllib reads it back unchanged)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.model.library import load_library
from desktop.model.plain_text import plain_text
from desktop.model.routine import (
    Direction,
    MotionCue,
    MotionPattern,
    Phase,
    Pressure,
    Programme,
    Routine,
    SidePlan,
    Step,
    Technique,
)
from desktop.model.routine_edit import check, from_routine, to_toml
from desktop.model.routine_loader import parse_routine
from desktop.model.toml_writer import dumps
from desktop.model.zones import load_catalogue

CATALOGUE = load_catalogue()
PRESSABLE = sorted(z.id for z in CATALOGUE if not z.no_press and not z.palpation)  # massage targets
IDS = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True)
# Any printable text, quotes and backslashes included; the loader trims ends, so generated text has none.
# What a person can type and the loader keeps: no controls, surrogates, private-use or unassigned code
# points, no bidirectional overrides (desktop.model.plain_text removes those from everything it reads).
CHARS = st.characters(
    blacklist_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp"), blacklist_characters="\x00"
).filter(lambda c: plain_text(c) == c)


def text(max_size: int) -> st.SearchStrategy[str]:
    return (
        st.text(CHARS, min_size=1, max_size=max_size)
        .map(str.strip)
        .filter(lambda s: s and plain_text(s) == s)
    )


def words(max_words: int) -> st.SearchStrategy[str]:
    word = st.text(CHARS.filter(lambda c: not c.isspace()), min_size=1, max_size=6)
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join).filter(lambda s: len(s) <= 60)


instructions = st.lists(text(80), min_size=1, max_size=3).map("\n".join)  # multi-line text too
seconds = st.floats(min_value=5, max_value=600, allow_nan=False).map(lambda s: round(s, 3))


@st.composite
def steps(draw, step_id: str) -> Step:
    phases: tuple[Phase, ...] = ()
    if draw(st.booleans()):
        parts = draw(st.lists(st.integers(1, 120), min_size=1, max_size=4))
        phases = tuple(
            Phase(
                name=draw(text(20)),
                seconds=float(p),
                cue=draw(st.one_of(st.just(""), words(8))),
                direction=draw(st.one_of(st.none(), st.sampled_from(Direction))),
            )
            for p in parts
        )
        duration = float(max(5, sum(parts)))
        if duration != sum(parts):
            phases = (*phases[:-1], phases[-1]._replace(seconds=phases[-1].seconds + duration - sum(parts)))
    else:
        duration = draw(seconds)
    return Step(
        id=step_id,
        title=draw(text(80)),
        technique=draw(st.sampled_from(Technique)),
        zones=tuple(draw(st.lists(st.sampled_from(PRESSABLE), min_size=1, max_size=3, unique=True))),
        duration_s=duration,
        pressure=draw(st.sampled_from(Pressure)),
        motion=MotionCue(draw(st.sampled_from(MotionPattern)), draw(st.sampled_from(Direction))),
        cue=draw(words(8)),
        instructions=draw(instructions),
        cautions=tuple(draw(st.lists(text(60), max_size=3))),
        phases=phases,
    )


programmes = st.builds(
    Programme,
    author=text(80),
    sessions_per_week=st.integers(1, 14),
    weeks=st.integers(1, 52),
    note=st.just("") | text(200),
    start=st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1)),
)


@st.composite
def routines(draw) -> Routine:
    step_ids = draw(st.lists(IDS, min_size=1, max_size=5, unique=True))
    return Routine(
        id=draw(IDS.filter(lambda i: i not in {"standard", "tension-relief", "full-session", "quick-break"})),
        title=draw(text(80)),
        summary=draw(text(200)),
        sides=draw(st.sampled_from(SidePlan)),
        steps=tuple(draw(steps(i)) for i in step_ids),
        preparation=tuple(draw(st.lists(text(60), max_size=3))),
        source="generated.toml",
        builtin=False,
        tags=tuple(draw(st.lists(text(20), max_size=3))),
        programme=draw(st.none() | programmes),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=routines())
def test_editor_to_file_to_loader_round_trips_unchanged(routine: Routine, tmp_path_factory) -> None:
    edit = from_routine(routine)
    path: Path = tmp_path_factory.mktemp("rt") / f"{routine.id}.toml"
    path.write_bytes(to_toml(edit))
    assert check(edit, str(path), catalogue=CATALOGUE) == []
    loaded = parse_routine(path.read_bytes(), "generated.toml", catalogue=CATALOGUE)
    assert loaded._replace(builtin=False) == routine
    assert from_routine(loaded) == edit


def test_the_shipped_routines_round_trip_through_the_editor() -> None:
    for routine in load_library().routines:
        loaded = parse_routine(to_toml(from_routine(routine)), routine.source)
        assert loaded._replace(builtin=routine.builtin) == routine


@given(st.dictionaries(st.text(max_size=8), st.one_of(st.text(CHARS), st.integers(), st.booleans())))
def test_any_keys_and_text_read_back_unchanged(table) -> None:
    assert tomllib.loads(dumps(table)) == table
