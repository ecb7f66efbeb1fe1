"""A built-in routine's words in another language (routines/<lang>/<routine id>.toml), checked against
the English file and laid over its draft.

The file holds only words — title, summary, preparation notes and, per step id, the title, cue,
instructions, cautions and phase names and cues — never a duration, zone, pressure or motion, which stay
in the English file so the two cannot drift apart. Every text has the English field's limits (a German
cue still has at most eight words), every list the English list's length, every {placeholder} the
English text's. A routine whose words have any problem is shown in English; the problems are reported
with the other routine problems (desktop.model.routine_loader.builtin_drafts).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import resources
from desktop.model.problems import Problem, ValidationError
from desktop.model.routine import Phase, Step
from desktop.model.routine_draft import MAX_CUE_WORDS, RoutineDraft, StepRef
from desktop.model.table_reader import TableReader, describe, suggest
from desktop.model.words_file import (
    TRANSLATED,
    decode_words,
    keyed_tables,
    packaged,
    read_words,
    refuse_english_only,
    routine_words_path,
    same_placeholders,
)

ROUTINE_WORD_KEYS = ("title", "summary", "preparation", "steps")
STEP_WORD_KEYS = ("title", "cue", "instructions", "cautions", "phases")
PHASE_WORD_KEYS = ("name", "cue")
_ENGLISH_ONLY_ROUTINE = ("id", "sides", "tags", "programme")
_ENGLISH_ONLY_STEP = ("id", "from", "technique", "zones", "duration", "pressure", "motion")
_ENGLISH_ONLY_PHASE = ("seconds", "direction")
_NEEDS = "a title, a summary and a [steps.<step id>] table for each step written out in the English file"


@dataclass(frozen=True)
class StepWords:
    """A step's words in another language, keyed to the English step by its id."""

    title: str
    cue: str
    instructions: str
    cautions: tuple[str, ...]
    phases: tuple[tuple[str, str], ...]  # (name, cue) of each phase, in the English order


@dataclass(frozen=True)
class RoutineWords:
    """A routine's words in another language, laid over the English draft once checked."""

    title: str
    summary: str
    preparation: tuple[str, ...]
    steps: Mapping[str, StepWords]  # by step id: every step the English file writes out


def read_routine_words(
    data: bytes, file: str, english: RoutineDraft
) -> tuple[RoutineWords | None, list[Problem]]:
    """Check one translation file against its English draft: the words, or None and every problem."""
    try:
        doc = decode_words(data, file, _NEEDS)
    except ValidationError as exc:
        return None, list(exc.problems)
    problems: list[Problem] = []
    top = TableReader(file, problems)
    _fields_of(top, doc, ROUTINE_WORD_KEYS, _ENGLISH_ONLY_ROUTINE, english.source)
    title = _text(top, doc, "title", english.title, limit=80)
    summary = _text(top, doc, "summary", english.summary, limit=600, newlines=True)
    preparation = _texts(top, doc, "preparation", english.preparation, limit=300)
    written = [(n, e) for n, e in enumerate(english.entries, start=1) if isinstance(e, Step)]
    reused = {
        e.effective_id: f"reuses '{e.routine_id}/{e.step_id}', so its words come from the "
        f"translation of routine '{e.routine_id}'; remove this table"
        for e in english.entries
        if isinstance(e, StepRef)
    }
    example = f"[steps.{written[0][1].id}]" if written else "[steps.<step id>]"
    tables = keyed_tables(top, doc, "steps", [s.id for _, s in written], "step", example, reused)
    steps: dict[str, StepWords] = {}
    for position, step in written:
        label = f"step {position} '{step.id}'"
        table = tables.get(step.id)
        if table is None:
            if not _step_reported(problems, step.id):
                problems.append(
                    Problem(file, f"missing: add a [steps.{step.id}] table with its words", label)
                )
            continue
        words = _read_step(TableReader(file, problems, step=label), table, step, english.source)
        if words is not None:
            steps[step.id] = words
    if problems or title is None or summary is None:
        return None, problems
    return RoutineWords(title, summary, preparation, steps), problems


def _step_reported(problems: list[Problem], step_id: str) -> bool:
    """Whether a problem already names this step's table (e.g. it is not a table), so "missing" would
    only repeat it."""
    return any(p.field == f"steps.{step_id}" for p in problems)


def _fields_of(
    reader: TableReader,
    table: Mapping[str, Any],
    allowed: tuple[str, ...],
    english_only: tuple[str, ...],
    source: str,
) -> None:
    """Unknown fields reported; fields that belong to the English file refused by name."""
    reader.unknown_keys({k: v for k, v in table.items() if k not in english_only}, allowed)
    refuse_english_only(reader, table, english_only, source)


def _text(
    reader: TableReader,
    table: Mapping[str, Any],
    key: str,
    original: str,
    *,
    limit: int,
    newlines: bool = False,
    max_words: int | None = None,
) -> str | None:
    """A translated text with the English field's limits and placeholders; required like the English."""
    value = reader.text(table, key, limit=limit, newlines=newlines, max_words=max_words)
    if value is None or not same_placeholders(reader, key, original, value):
        return None
    return value


def _texts(
    reader: TableReader, table: Mapping[str, Any], key: str, original: Sequence[str], *, limit: int
) -> tuple[str, ...]:
    """A translated list: as many entries as the English one, in its order; none when it has none."""
    if not original:
        if key in table:
            reader.problem("the English file has none; remove it here", key)
        return ()
    raw = table.get(key)
    if raw is None:
        reader.problem(
            f"missing: the English file has {len(original)}; translate each, in the same order", key
        )
        return ()
    values = reader.texts(table, key, limit=limit)
    if isinstance(raw, list) and len(raw) != len(original):
        reader.problem(
            f"has {len(raw)} entries; the English file has {len(original)}: "
            "translate each, in the same order",
            key,
        )
        return ()
    if len(values) != len(original):  # an entry was refused, and reported
        return ()
    for i, (english, words) in enumerate(zip(original, values, strict=True), start=1):
        same_placeholders(reader, f"{key}[{i}]", english, words)
    return values


def _read_step(reader: TableReader, table: Mapping[str, Any], step: Step, source: str) -> StepWords | None:
    before = len(reader.problems)
    _fields_of(reader, table, STEP_WORD_KEYS, _ENGLISH_ONLY_STEP, source)
    title = _text(reader, table, "title", step.title, limit=80)
    cue = _text(reader, table, "cue", step.cue, limit=60, max_words=MAX_CUE_WORDS)
    instructions = _text(reader, table, "instructions", step.instructions, limit=2000, newlines=True)
    cautions = _texts(reader, table, "cautions", step.cautions, limit=300)
    phases = _read_phases(reader, table, step.phases, source)
    if len(reader.problems) > before or title is None or cue is None or instructions is None:
        return None
    return StepWords(title, cue, instructions, cautions, phases)


def _read_phases(
    reader: TableReader, table: Mapping[str, Any], original: tuple[Phase, ...], source: str
) -> tuple[tuple[str, str], ...]:
    """Each English phase's name (and cue, when it has one), in the same order."""
    if not original:
        if "phases" in table:
            reader.problem("the English step has no phases; remove it here", "phases")
        return ()
    value = table.get("phases")
    example = '[{ name = "...", cue = "..." }, ...]'
    if value is None:
        reader.problem(f"missing: the English step has {len(original)} phases; give each a name", "phases")
        return ()
    if not isinstance(value, list):
        reader.problem(f"must be a list like {example}, not {describe(value)}", "phases")
        return ()
    if len(value) != len(original):
        reader.problem(f"has {len(value)} phases; the English step has {len(original)}", "phases")
        return ()
    words: list[tuple[str, str]] = []
    for i, (phase, item) in enumerate(zip(original, value, strict=True), start=1):
        p = reader.at(f"phases[{i}].")
        if not isinstance(item, dict):
            p.problem(f"must be a table like {{ name = ..., cue = ... }}, not {describe(item)}")
            continue
        _fields_of(p, item, PHASE_WORD_KEYS, _ENGLISH_ONLY_PHASE, source)
        name = _text(p, item, "name", phase.name, limit=40)
        cue = ""
        if phase.cue:
            cue = _text(p, item, "cue", phase.cue, limit=60, max_words=MAX_CUE_WORDS) or ""
        elif "cue" in item:
            p.problem("the English phase has no cue; remove it here", "cue")
        if name is not None:
            words.append((name, cue))
    return tuple(words)


def apply_routine_words(draft: RoutineDraft, words: RoutineWords) -> RoutineDraft:
    """The draft with the translated words in place of the English ones; everything else unchanged."""
    entries = tuple(
        _apply_step(e, words.steps[e.id]) if isinstance(e, Step) and e.id in words.steps else e
        for e in draft.entries
    )
    return draft._replace(
        title=words.title, summary=words.summary, preparation=words.preparation, entries=entries
    )


def _apply_step(step: Step, words: StepWords) -> Step:
    phases = tuple(
        phase._replace(name=name, cue=cue)
        for phase, (name, cue) in zip(step.phases, words.phases, strict=True)
    )
    return step._replace(
        title=words.title,
        cue=words.cue,
        instructions=words.instructions,
        cautions=words.cautions,
        phases=phases,
    )


def localised_drafts(
    drafts: Sequence[RoutineDraft], language: str
) -> tuple[list[RoutineDraft], list[Problem]]:
    """The built-in drafts with their words in `language`; one left in English for each missing or
    broken translation, with its problems. English (or a language without files) changes nothing."""
    if language not in TRANSLATED:
        return list(drafts), []
    problems: list[Problem] = []
    out: list[RoutineDraft] = []
    for draft in drafts:
        file = routine_words_path(language, draft.id)
        words, found = _packaged_words(file, draft)
        problems.extend(found)
        out.append(apply_routine_words(draft, words) if words is not None else draft)
    problems.extend(stray_routine_words(language, [d.id for d in drafts]))
    return out, problems


def _packaged_words(file: str, draft: RoutineDraft) -> tuple[RoutineWords | None, list[Problem]]:
    source = packaged(file)
    if source is None:
        return None, [Problem(file, f"is missing; routine '{draft.id}' is shown in English")]
    try:
        words, problems = read_routine_words(read_words(source, file), file, draft)
    except ValidationError as exc:
        words, problems = None, list(exc.problems)
    except Exception as exc:  # a bug met in one translation must not cost the routine
        words, problems = None, [Problem(file, f"could not be read ({type(exc).__name__})")]
    if words is None:
        problems.append(Problem(file, f"routine '{draft.id}' is shown in English until this is fixed"))
    return words, problems


def stray_routine_words(language: str, routine_ids: Sequence[str]) -> list[Problem]:
    """A packaged translation file named after no built-in routine (a typo, or a routine removed)."""
    problems: list[Problem] = []
    for item in resources.listdir(f"routines/{language}", ".toml"):
        stem = item.name.removesuffix(".toml")
        if stem not in routine_ids:
            problems.append(unknown_routine(routine_words_path(language, stem), stem, routine_ids))
    return problems


def unknown_routine(file: str, routine_id: str, routine_ids: Sequence[str]) -> Problem:
    return Problem(
        file,
        f"unknown routine '{routine_id}'{suggest(routine_id, list(routine_ids))}: a translation file is "
        "named after the built-in routine it translates (routines/<id>.toml)",
    )


def check_routine_words_file(path: Path, english: Sequence[RoutineDraft]) -> list[Problem]:
    """Every problem of one translation file, checked against the built-in English draft of its name."""
    file = str(path)
    original = next((d for d in english if d.id == path.stem), None)
    if original is None:
        return [unknown_routine(file, path.stem, [d.id for d in english])]
    try:
        return read_routine_words(read_words(path, file), file, original)[1]
    except ValidationError as exc:
        return list(exc.problems)
