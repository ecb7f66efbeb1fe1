"""Whatever bytes a routine file holds, the parser returns a sound Routine or raises ValidationError.

Two generators: raw bytes, and TOML documents built from the schema's own keys and vocabulary (many of
them nearly valid, so the deep validation paths run), written out by a tiny serializer below.
"""

from __future__ import annotations

import copy
import math
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.model.problems import ValidationError
from desktop.model.routine import Direction, MotionPattern, Pressure, Routine, SidePlan, Technique
from desktop.model.routine_draft import (
    MAX_CUE_WORDS,
    MAX_STEP_SECONDS,
    MOTION_KEYS,
    PHASE_KEYS,
    REFERENCE_KEYS,
    ROUTINE_KEYS,
    STEP_KEYS,
)
from desktop.model.routine_loader import parse_routine
from desktop.model.zones import load_catalogue

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- a tiny TOML writer ------------------------------------------------------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"


def dump(doc: dict[str, Any]) -> str:
    return "".join(f"{toml_key(k)} = {toml_value(v)}\n" for k, v in doc.items())


def test_the_writer_round_trips_through_tomllib() -> None:
    import tomllib

    doc = {"a b": ['x"\\\n\x7f', 1.5, -math.inf, True], "t": {"k": [{"n": 2}]}, "e": ""}
    assert tomllib.loads(dump(doc)) == doc


# --- strategies ---------------------------------------------------------------------------------------

ALL_KEYS = sorted({*ROUTINE_KEYS, *STEP_KEYS, *REFERENCE_KEYS, *MOTION_KEYS, *PHASE_KEYS})
WORDS = sorted(
    {
        *(m.value for enum in (Technique, Pressure, MotionPattern, Direction, SidePlan) for m in enum),
        *load_catalogue().ids,
        "standard/warm-up-glide",
        "tension-relief/hollow-press",
        "full-session/hollow-press",
        "fuzz/a",
        "fuzz/b",
        "nope/nope",
        "fuzz",
    }
)

keys = st.one_of(st.sampled_from(ALL_KEYS), st.text(max_size=12))
scalars = st.one_of(
    st.sampled_from(WORDS),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.booleans(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=6,
)

VALID: dict[str, Any] = {
    "id": "fuzz",
    "title": "Fuzz",
    "summary": "Generated.",
    "sides": "both",
    "steps": [
        {
            "id": "a",
            "title": "A",
            "technique": "rotation",
            "zones": ["heel", "forefoot"],
            "duration": 40,
            "pressure": "light",
            "motion": {"pattern": "rotate", "direction": "clockwise"},
            "cue": "Circle the foot",
            "instructions": "Circle it.",
            "phases": [
                {"name": "one", "seconds": 20, "direction": "clockwise"},
                {"name": "two", "seconds": 20, "cue": "Other way", "direction": "counterclockwise"},
            ],
        },
        {"from": "standard/warm-up-glide", "id": "b", "duration": 45},
    ],
}


@st.composite
def near_valid(draw: st.DrawFn) -> dict[str, Any]:
    """The valid document with a few fields removed, replaced or added, anywhere in its tree."""
    doc = copy.deepcopy(VALID)
    step, ref = doc["steps"]
    tables = [doc, step, ref, step["motion"], *step["phases"]]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        table = draw(st.sampled_from(tables))
        key = draw(keys)
        if draw(st.booleans()):
            table.pop(key, None)
        else:
            table[key] = draw(values)
    return doc


def assert_sound(data: bytes) -> None:
    """The contract: a Routine that keeps the schema's promises, or ValidationError of one-line problems."""
    try:
        routine = parse_routine(data, "fuzz.toml")
    except ValidationError as exc:
        assert exc.problems
        assert all("\n" not in str(p) and p.file == "fuzz.toml" for p in exc.problems)
        return
    assert isinstance(routine, Routine) and routine.steps
    catalogue = load_catalogue()
    ids = [s.id for s in routine.steps]
    assert len(set(ids)) == len(ids)
    for step in routine.steps:
        assert 0 < step.duration_s <= MAX_STEP_SECONDS
        assert len(step.cue.split()) <= MAX_CUE_WORDS
        assert step.zones and all(z in catalogue for z in step.zones)
        if step.phases:
            assert math.isclose(sum(p.seconds for p in step.phases), step.duration_s, abs_tol=0.01)


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_never_escape_as_anything_but_validation_error(data: bytes) -> None:
    assert_sound(data)


@FUZZ
@given(st.dictionaries(keys, values, max_size=6))
def test_random_toml_documents_are_parsed_or_refused(doc: dict[str, Any]) -> None:
    assert_sound(dump(doc).encode("utf-8"))


@FUZZ
@given(near_valid())
def test_nearly_valid_routines_are_parsed_or_refused(doc: dict[str, Any]) -> None:
    assert_sound(dump(doc).encode("utf-8"))


def test_the_unmutated_document_is_valid() -> None:
    routine = parse_routine(dump(VALID).encode(), "fuzz.toml")
    assert [s.id for s in routine.steps] == ["a", "b"]
