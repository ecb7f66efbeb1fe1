"""One routine file on its own: bytes → RoutineDraft, with a Problem for everything wrong (invariant 5).

A draft's steps may still be references (`from = "standard/warm-up-glide"`) to other routines' steps;
desktop.model.routine_loader resolves them once every file has been read.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from desktop.model.i18n import translate
from desktop.model.problems import Problem, ValidationError
from desktop.model.routine import (
    Pressure,
    Programme,
    SidePlan,
    Step,
    Technique,
)
from desktop.model.routine_fields import (  # the step schema's limits and keys, re-exported as before
    MAX_CUE_WORDS,
    MAX_STEP_SECONDS,
    read_motion,
    read_phases,
    read_zones,
)
from desktop.model.routine_fields import MAX_PHASES as MAX_PHASES
from desktop.model.routine_fields import MIN_PHASE_SECONDS as MIN_PHASE_SECONDS
from desktop.model.routine_fields import MOTION_KEYS as MOTION_KEYS
from desktop.model.routine_fields import PHASE_KEYS as PHASE_KEYS
from desktop.model.table_reader import ID_PATTERN, TableReader, clean, describe
from desktop.model.toml_guard import TomlTooComplex, prescan
from desktop.model.toml_snapshot import packaged_table
from desktop.model.zones import ZoneCatalogue, load_catalogue

MAX_FILE_BYTES = 256 * 1024
MIN_STEP_SECONDS = 5.0
MAX_STEPS = 100

ROUTINE_KEYS = ("id", "title", "summary", "sides", "preparation", "tags", "steps", "programme")
STEP_KEYS = (
    "id",
    "title",
    "technique",
    "zones",
    "duration",
    "pressure",
    "motion",
    "cue",
    "instructions",
    "cautions",
    "phases",
)
REFERENCE_KEYS = ("from", "id", "duration")
# A zone marked `no_press` in the catalogue (the Achilles tendon) may only be stroked or moved, gently.
_NO_PRESS_TECHNIQUES = frozenset({Technique.EFFLEURAGE, Technique.RANGE_OF_MOTION, Technique.ROTATION})
_NO_PRESS_PRESSURES = frozenset({Pressure.LIGHT, Pressure.MODERATE})


class StepRef(NamedTuple):
    """A step reusing another routine's step, `from = "<routine>/<step>"`, optionally renamed or retimed.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    label: str  # "step 3 'x'" for messages
    routine_id: str
    step_id: str
    new_id: str | None = None
    duration_s: float | None = None

    @property
    def effective_id(self) -> str:
        return self.new_id or self.step_id


class RoutineDraft(NamedTuple):
    """One file's routine before references are resolved. `entries` hold only the steps that parsed.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    id: str
    title: str
    summary: str
    sides: SidePlan
    entries: tuple[Step | StepRef, ...]
    preparation: tuple[str, ...]
    tags: tuple[str, ...]
    source: str
    builtin: bool
    programme: Programme | None = None  # the optional [programme] table (desktop.model.programme)

    @property
    def has_references(self) -> bool:
        return any(isinstance(e, StepRef) for e in self.entries)

    def entry(self, step_id: str) -> Step | StepRef | None:
        for e in self.entries:
            if (e.id if isinstance(e, Step) else e.effective_id) == step_id:
                return e
        return None


def decode_document(data: bytes, file: str) -> dict[str, Any]:
    """Bytes → TOML table, or a ValidationError with one whole-file problem. A packaged file comes from
    desktop.model.toml_snapshot when it holds these very bytes."""
    packaged = packaged_table(file, data)
    if packaged is not None:
        return packaged
    import tomllib  # here: start-up reads only packaged files, from the snapshot

    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            [
                Problem(
                    file,
                    translate("routine_draft", "is larger than {size} KiB; not a routine file").format(
                        size=MAX_FILE_BYTES // 1024
                    ),
                )
            ]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValidationError(
            [
                Problem(
                    file,
                    translate(
                        "routine_draft", "is not valid UTF-8 text (line {line}); save it as UTF-8"
                    ).format(line=line),
                )
            ]
        ) from None
    if not text.strip():
        raise ValidationError(
            [
                Problem(
                    file, translate("routine_draft", "is empty; a routine needs an id, a title and [[steps]]")
                )
            ]
        )
    try:
        prescan(text)  # linear: refuses what would make tomllib slow, huge or raise something odd
        return tomllib.loads(text)
    except TomlTooComplex as exc:
        raise ValidationError(
            [Problem(file, translate("routine_draft", "is refused: {reason}").format(reason=exc))]
        ) from None
    except tomllib.TOMLDecodeError as exc:  # Python's own words for where the syntax breaks (English)
        raise ValidationError(
            [Problem(file, translate("routine_draft", "is not valid TOML: {reason}").format(reason=exc))]
        ) from None
    except RecursionError:
        raise ValidationError(
            [Problem(file, translate("routine_draft", "is not valid TOML: values are nested too deeply"))]
        ) from None
    except (ValueError, MemoryError) as exc:  # e.g. Python's limit on digits in an int; never a traceback
        raise ValidationError(
            [
                Problem(
                    file,
                    translate("routine_draft", "could not be read as TOML ({error})").format(
                        error=type(exc).__name__
                    ),
                )
            ]
        ) from None


def read_draft(
    data: bytes, file: str, *, catalogue: ZoneCatalogue | None = None, builtin: bool = True
) -> tuple[RoutineDraft | None, list[Problem]]:
    """Validate one file on its own. The draft is None only when the file is unreadable as a whole."""
    try:
        doc = decode_document(data, file)
    except ValidationError as exc:
        return None, list(exc.problems)
    catalogue = catalogue if catalogue is not None else load_catalogue()
    problems: list[Problem] = []
    top = TableReader(file, problems)
    top.unknown_keys(doc, ROUTINE_KEYS)
    routine_id = top.ident(doc, "id")
    title = top.text(doc, "title", limit=80)
    summary = top.text(doc, "summary", limit=600, newlines=True)
    sides = top.choice(doc, "sides", SidePlan, noun="side")
    preparation = top.texts(doc, "preparation", limit=300)
    tags = top.texts(doc, "tags", limit=30)
    programme = None
    if "programme" in doc:  # few files have one
        from desktop.model.programme import read_programme  # (imported on first use: start-up, issue 19)

        programme = read_programme(doc, top)
    entries: list[Step | StepRef] = []
    raw_steps = doc.get("steps")
    if raw_steps is None:
        top.problem(translate("routine_draft", "missing: add at least one [[steps]] table"), "steps")
    elif not isinstance(raw_steps, list) or not raw_steps:
        top.problem(
            translate("routine_draft", "must be one or more [[steps]] tables, not {value}").format(
                value=describe(raw_steps)
            ),
            "steps",
        )
    elif len(raw_steps) > MAX_STEPS:
        top.problem(
            translate("routine_draft", "has {count} steps; at most {limit} are allowed").format(
                count=len(raw_steps), limit=MAX_STEPS
            ),
            "steps",
        )
    else:
        first_use: dict[str, int] = {}
        for position, raw in enumerate(raw_steps, start=1):
            entry = _read_step(raw, position, file, problems, catalogue)
            if entry is not None:
                entries.append(entry)
            step_id = _raw_step_id(raw)
            if step_id in first_use:
                message = (
                    translate(
                        "routine_draft",
                        "step id '{id}' is already used by step {first}; give each step its own id with "
                        "'id = ...'",
                    )
                    if "from" in raw
                    else translate(
                        "routine_draft",
                        "step id '{id}' is already used by step {first}; give each step its own id",
                    )
                ).format(id=clean(step_id), first=first_use[step_id])
                problems.append(Problem(file, message, _step_label(position, raw), "id"))
            elif step_id is not None:
                first_use[step_id] = position
    draft = RoutineDraft(
        id=routine_id or "",
        title=title or "",
        summary=summary or "",
        sides=sides or SidePlan.BOTH,
        entries=tuple(entries),
        preparation=preparation,
        tags=tags,
        source=file,
        builtin=builtin,
        programme=programme,
    )
    return draft, problems


def _step_label(position: int, raw: object) -> str:
    step_id = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(step_id, str) and step_id.strip():
        return translate("routine_draft", "step {position} '{id}'").format(
            position=position, id=clean(step_id)
        )
    if isinstance(raw, dict) and isinstance(raw.get("from"), str):
        return translate("routine_draft", "step {position} (from '{target}')").format(
            position=position, target=clean(raw["from"])
        )
    return translate("routine_draft", "step {position}").format(position=position)


def _raw_step_id(raw: object) -> str | None:
    """The id a step will have: its own `id`, else the step part of its `from` reference."""
    if not isinstance(raw, dict):
        return None
    if isinstance(raw.get("id"), str):
        return raw["id"]
    target = raw.get("from")
    return (target.partition("/")[2] or None) if isinstance(target, str) else None


def _read_step(
    raw: object, position: int, file: str, problems: list[Problem], catalogue: ZoneCatalogue
) -> Step | StepRef | None:
    label = _step_label(position, raw)
    r = TableReader(file, problems, step=label)
    if not isinstance(raw, dict):
        r.problem(
            translate("routine_draft", "must be a [[steps]] table, not {value}").format(value=describe(raw))
        )
        return None
    if "from" in raw:
        return _read_reference(raw, label, r)
    before = len(problems)
    r.unknown_keys(raw, STEP_KEYS)
    step_id = r.ident(raw, "id")
    title = r.text(raw, "title", limit=80)
    technique = r.choice(raw, "technique", Technique)
    zones = read_zones(raw, r, catalogue)
    duration = r.seconds(raw, "duration", minimum=MIN_STEP_SECONDS, maximum=MAX_STEP_SECONDS)
    pressure = r.choice(raw, "pressure", Pressure)
    motion = read_motion(raw, r)
    cue = r.text(raw, "cue", limit=60, max_words=MAX_CUE_WORDS)
    instructions = r.text(raw, "instructions", limit=2000, newlines=True)
    cautions = r.texts(raw, "cautions", limit=300)
    phases = read_phases(raw, r, duration)
    if technique is not None and pressure is not None:
        for zone_id in zones:
            zone = catalogue.get(zone_id)
            if (
                zone is not None
                and zone.no_press
                and (technique not in _NO_PRESS_TECHNIQUES or pressure not in _NO_PRESS_PRESSURES)
            ):
                r.problem(
                    translate(
                        "routine_draft",
                        "zone '{zone}' is glided over, never pressed: use effleurage with light or moderate "
                        "pressure there, not {technique} at {pressure} pressure",
                    ).format(zone=zone_id, technique=technique.value, pressure=pressure.value),
                    "technique",
                )
    fields = (step_id, title, technique, duration, pressure, motion, cue, instructions)
    if len(problems) > before or any(f is None for f in fields):
        return None
    return Step(
        id=step_id,
        title=title,
        technique=technique,
        zones=zones,
        duration_s=duration,
        pressure=pressure,
        motion=motion,
        cue=cue,
        instructions=instructions,
        cautions=cautions,
        phases=phases,
    )


def _read_reference(raw: dict[str, Any], label: str, r: TableReader) -> StepRef | None:
    before = len(r.problems)
    r.unknown_keys(raw, REFERENCE_KEYS)
    target = raw["from"]
    routine_id = step_id = ""
    if not isinstance(target, str):
        r.problem(
            translate("routine_draft", "must be text like 'standard/warm-up-glide', not {value}").format(
                value=describe(target)
            ),
            "from",
        )
    else:
        routine_id, _, step_id = target.partition("/")
        if not (ID_PATTERN.fullmatch(routine_id) and ID_PATTERN.fullmatch(step_id)):
            r.problem(
                translate(
                    "routine_draft",
                    "'{target}' must name '<routine id>/<step id>', e.g. 'standard/warm-up-glide'",
                ).format(target=clean(target)),
                "from",
            )
    new_id = r.ident(raw, "id") if "id" in raw else None
    duration = r.seconds(raw, "duration", minimum=MIN_STEP_SECONDS, maximum=MAX_STEP_SECONDS, required=False)
    if len(r.problems) > before:
        return None
    return StepRef(label, routine_id, step_id, new_id, duration)
