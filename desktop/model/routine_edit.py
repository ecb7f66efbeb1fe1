"""A routine as the editor holds it, and its way to and from a routine file.

The editor keeps every field as the person typed it (an empty title, a 12-word cue) so the file it
would write can be checked by the loader itself: `check` writes the TOML, reads it back with
desktop.model.routine_draft.read_draft and returns the loader's own Problems. There is no second set
of rules here to drift from the first. Values are immutable: the undo stack keeps whole snapshots.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop.model.i18n import translate
from desktop.model.library import _claim as claim_id
from desktop.model.problems import Problem
from desktop.model.routine import (
    Direction,
    MotionPattern,
    Pressure,
    Programme,
    Routine,
    SidePlan,
    Step,
    Technique,
)
from desktop.model.routine_draft import read_draft
from desktop.model.routine_loader import in_step_order, resolve_draft
from desktop.model.toml_writer import dumps
from desktop.model.zones import ZoneCatalogue

HEADER = "A routine written by Ankle Guide's editor. Schema: routines/README.md in the app's source."


@dataclass(frozen=True)
class EditPhase:
    """A phase as the editor holds it, each field as typed (checked only by the loader)."""

    name: str = ""
    seconds: float = 0.0
    cue: str = ""
    direction: str = ""  # "" for the step's own direction


@dataclass(frozen=True)
class EditStep:
    """A step as the editor holds it, each field as typed (checked only by the loader)."""

    id: str = ""
    title: str = ""
    technique: str = Technique.EFFLEURAGE.value
    zones: tuple[str, ...] = ()
    duration: float = 60.0
    pressure: str = Pressure.LIGHT.value
    pattern: str = MotionPattern.GLIDE.value
    direction: str = Direction.UP.value
    cue: str = ""
    instructions: str = ""
    cautions: tuple[str, ...] = ()
    phases: tuple[EditPhase, ...] = ()


@dataclass(frozen=True)
class EditProgramme:
    """A physiotherapist's plan as the editor holds it (desktop.model.programme); `start` as typed,
    "" for none (then the plan starts the week of the first session)."""

    author: str = ""
    sessions_per_week: int = 3
    weeks: int = 6
    note: str = ""
    start: str = ""


@dataclass(frozen=True)
class EditRoutine:
    """A whole routine as the editor holds it: one immutable snapshot for the undo stack."""

    id: str = ""
    title: str = ""
    summary: str = ""
    sides: str = SidePlan.BOTH.value
    preparation: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    steps: tuple[EditStep, ...] = ()
    programme: EditProgramme | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # tables the editor does not edit, kept as read

    def with_step(self, index: int, **changes: Any) -> EditRoutine:
        steps = list(self.steps)
        steps[index] = replace(steps[index], **changes)
        return replace(self, steps=tuple(steps))


def from_step(step: Step) -> EditStep:
    return EditStep(
        id=step.id,
        title=step.title,
        technique=step.technique.value,
        zones=step.zones,
        duration=step.duration_s,
        pressure=step.pressure.value,
        pattern=step.motion.pattern.value,
        direction=step.motion.direction.value,
        cue=step.cue,
        instructions=step.instructions,
        cautions=step.cautions,
        phases=tuple(
            EditPhase(p.name, p.seconds, p.cue, p.direction.value if p.direction else "") for p in step.phases
        ),
    )


def from_routine(routine: Routine) -> EditRoutine:
    """A loaded routine as the editor shows it (references already resolved: saved in full)."""
    return EditRoutine(
        id=routine.id,
        title=routine.title,
        summary=routine.summary,
        sides=routine.sides.value,
        preparation=routine.preparation,
        tags=routine.tags,
        steps=tuple(from_step(s) for s in routine.steps),
        programme=from_programme(routine.programme) if routine.programme else None,
    )


def from_programme(programme: Programme) -> EditProgramme:
    start = programme.start.isoformat() if programme.start else ""
    return EditProgramme(
        programme.author, programme.sessions_per_week, programme.weeks, programme.note, start
    )


def programme_table(programme: EditProgramme) -> dict[str, Any]:
    """The `[programme]` table the editor writes. A start that is not a date is written as the text typed,
    so the loader reports it in its own words."""
    table: dict[str, Any] = {
        "author": programme.author,
        "sessions_per_week": programme.sessions_per_week,
        "weeks": programme.weeks,
    }
    if programme.note:
        table["note"] = programme.note
    typed = programme.start.strip()
    if typed:
        try:
            table["start"] = date.fromisoformat(typed)
        except ValueError:
            table["start"] = typed
    return table


def duplicate(routine: Routine, taken: Iterable[str]) -> EditRoutine:
    """A copy to change: a free id ("standard-copy", "standard-copy-2") and "(copy)" in the title."""
    edit = from_routine(routine)
    return replace(
        edit,
        id=free_id(f"{routine.id}-copy", taken),
        title=translate("routine_edit", "{title} (copy)").format(title=routine.title)[:80],
    )


def blank_routine(taken: Iterable[str]) -> EditRoutine:
    """A new routine with one empty step, ready to fill in."""
    return EditRoutine(id=free_id("my-routine", taken), steps=(EditStep(id="step-1"),))


def new_step(existing: Iterable[EditStep]) -> EditStep:
    return EditStep(id=free_id("step", {s.id for s in existing}, always_number=True))


def free_id(base: str, taken: Iterable[str], *, always_number: bool = False) -> str:
    """`base`, or `base-2`, `base-3`… — the first not in `taken` (cut to the id length limit)."""
    used = set(taken)
    base = re.sub(r"[^a-z0-9_-]+", "-", base.lower()).strip("-")[:40] or "routine"
    if not always_number and base not in used:
        return base
    n = 1 if always_number else 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def lines_of(text: str) -> tuple[str, ...]:
    """A multi-line box → list entries: one per non-blank line, trimmed."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def step_table(step: EditStep) -> dict[str, Any]:
    table: dict[str, Any] = {
        "id": step.id,
        "title": step.title,
        "technique": step.technique,
        "zones": list(step.zones),
        "duration": step.duration,
        "pressure": step.pressure,
        "motion": {"pattern": step.pattern, "direction": step.direction},
        "cue": step.cue,
        "instructions": step.instructions,
    }
    if step.cautions:
        table["cautions"] = list(step.cautions)
    if step.phases:
        phases = []
        for p in step.phases:
            row: dict[str, Any] = {"name": p.name, "seconds": p.seconds}
            if p.cue:
                row["cue"] = p.cue
            if p.direction:
                row["direction"] = p.direction
            phases.append(row)
        table["phases"] = phases
    return table


def routine_table(edit: EditRoutine) -> dict[str, Any]:
    """The TOML table of a routine file: every required field written, even empty, so the loader
    reports "must not be empty" for it rather than a missing field."""
    table: dict[str, Any] = {"id": edit.id, "title": edit.title, "summary": edit.summary, "sides": edit.sides}
    if edit.preparation:
        table["preparation"] = list(edit.preparation)
    if edit.tags:
        table["tags"] = list(edit.tags)
    table.update(edit.extra)
    if edit.programme is not None:
        table["programme"] = programme_table(edit.programme)
    table["steps"] = [step_table(s) for s in edit.steps]
    return table


def to_toml(edit: EditRoutine) -> bytes:
    return dumps(routine_table(edit), header=HEADER).encode("utf-8")


def check(
    edit: EditRoutine,
    file: str,
    *,
    owners: Mapping[str, str] | None = None,
    catalogue: ZoneCatalogue | None = None,
) -> list[Problem]:
    """Every problem the loader would report for the file `edit` writes, in step order.

    `owners` maps the ids the *other* routines use to who uses them ("a built-in routine" or a file),
    so a clash reads as the library would report it when loading.
    """
    draft, problems = read_draft(to_toml(edit), file, catalogue=catalogue, builtin=False)
    if draft is None:
        return problems
    if not problems:
        problems = resolve_draft(draft, {draft.id: draft})[1]
    claim_id(draft, dict(owners or {}), problems)
    return in_step_order(problems)


_STEP_LABEL = re.compile(r"\S+ (\d+)")  # "step 3 'x'", "Schritt 3 'x'": the step label's number


def where(problem: Problem) -> tuple[int | None, str]:
    """Which field a problem belongs beside: (step index from 0, or None for the routine; field name).

    "phases[2].seconds" → "phases", "motion.pattern" → "motion", "zones[1]" → "zones";
    "programme.weeks" stays "programme.weeks".
    """
    match = _STEP_LABEL.match(problem.step or "")
    index = int(match.group(1)) - 1 if match else None
    parts = re.split(r"[.\[]", problem.field or "")
    if parts[0] == "programme" and len(parts) > 1:
        return index, f"programme.{parts[1]}"  # the programme's fields each have a box of their own
    return index, parts[0]


def grouped(problems: Iterable[Problem]) -> dict[tuple[int | None, str], list[str]]:
    """Problems by (step index, field): each field's messages, the loader's words unchanged."""
    out: dict[tuple[int | None, str], list[str]] = {}
    for p in problems:
        out.setdefault(where(p), []).append(p.message)
    return out
