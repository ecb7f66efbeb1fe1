"""The fields of one routine step that hold more than a value: its zones, its motion cue, its phases.

Split from desktop.model.routine_draft (which reads the file and each step's plain fields) so each module
stays small; the limits and keys of the step schema live here with the readers that apply them.
"""

from __future__ import annotations

from typing import Any

from desktop.model.i18n import translate
from desktop.model.routine import Direction, MotionCue, MotionPattern, Phase
from desktop.model.table_reader import TableReader, clean, describe, suggest
from desktop.model.zones import ZoneCatalogue

MIN_PHASE_SECONDS = 1.0
MAX_STEP_SECONDS = 30 * 60.0
MAX_CUE_WORDS = 8
MAX_PHASES = 12
MOTION_KEYS = ("pattern", "direction")
PHASE_KEYS = ("name", "seconds", "cue", "direction")


def read_zones(raw: dict[str, Any], r: TableReader, catalogue: ZoneCatalogue) -> tuple[str, ...]:
    value = raw.get("zones")
    if value is None:
        r.problem(translate("routine_fields", "missing required field"), "zones")
        return ()
    if not isinstance(value, list) or not value:
        r.problem(
            translate("routine_fields", 'must be a list of zone ids, e.g. ["heel"], not {value}').format(
                value=describe(value)
            ),
            "zones",
        )
        return ()
    if len(value) > len(catalogue.ids):
        r.problem(
            translate("routine_fields", "lists {count} zones; there are only {known}").format(
                count=len(value), known=len(catalogue.ids)
            ),
            "zones",
        )
        return ()
    zones: list[str] = []
    for i, zone_id in enumerate(value, start=1):
        where = f"zones[{i}]"
        if not isinstance(zone_id, str):
            r.problem(
                translate("routine_fields", "must be a zone id in quotes, not {value}").format(
                    value=describe(zone_id)
                ),
                where,
            )
        elif zone_id not in catalogue:
            hint = suggest(zone_id, sorted(catalogue.ids)) or translate(
                "routine_fields", " (known zones: {zones})"
            ).format(zones=", ".join(sorted(catalogue.ids)))
            r.problem(
                translate("routine_fields", "unknown zone '{zone}'{hint}").format(
                    zone=clean(zone_id), hint=hint
                ),
                where,
            )
        elif catalogue[zone_id].palpation:  # an injury-check point (desktop.model.ottawa): never massaged
            r.problem(
                translate(
                    "routine_fields", "zone '{zone}' is an injury-check point, not a massage target"
                ).format(zone=zone_id),
                where,
            )
        elif zone_id in zones:
            r.problem(
                translate("routine_fields", "zone '{zone}' is listed twice").format(zone=zone_id), where
            )
        else:
            zones.append(zone_id)
    return tuple(zones)


def read_motion(raw: dict[str, Any], r: TableReader) -> MotionCue | None:
    table = r.table(raw, "motion", '{ pattern = "glide", direction = "up" }')
    if table is None:
        return None
    m = r.at("motion.")
    m.unknown_keys(table, MOTION_KEYS)
    pattern = m.choice(table, "pattern", MotionPattern)
    direction = m.choice(table, "direction", Direction)
    return MotionCue(pattern, direction) if pattern and direction else None


def read_phases(raw: dict[str, Any], r: TableReader, duration: float | None) -> tuple[Phase, ...]:
    value = raw.get("phases")
    if value is None:
        return ()
    if not isinstance(value, list):
        r.problem(
            translate(
                "routine_fields",
                'must be a list of tables like [{{ name = "hold", seconds = 30 }}], not {value}',
            ).format(value=describe(value)),
            "phases",
        )
        return ()
    if len(value) > MAX_PHASES:
        r.problem(
            translate("routine_fields", "has {count} phases; at most {limit} are allowed").format(
                count=len(value), limit=MAX_PHASES
            ),
            "phases",
        )
        return ()
    before = len(r.problems)
    phases: list[Phase] = []
    for i, item in enumerate(value, start=1):
        p = r.at(f"phases[{i}].")
        if not isinstance(item, dict):
            p.problem(
                translate(
                    "routine_fields", 'must be a table like {{ name = "hold", seconds = 30 }}, not {value}'
                ).format(value=describe(item))
            )
            continue
        p.unknown_keys(item, PHASE_KEYS)
        name = p.text(item, "name", limit=40)
        seconds = p.seconds(item, "seconds", minimum=MIN_PHASE_SECONDS, maximum=MAX_STEP_SECONDS)
        cue = p.text(item, "cue", limit=60, max_words=MAX_CUE_WORDS, required=False)
        direction = p.choice(item, "direction", Direction, required=False)
        if name is not None and seconds is not None:
            phases.append(Phase(name=name, seconds=seconds, cue=cue or "", direction=direction))
    total = sum(ph.seconds for ph in phases)
    # Only compare sums when every phase was read: a bad phase has already been reported.
    if len(r.problems) == before and duration is not None and phases and abs(total - duration) > 0.01:
        r.problem(
            translate(
                "routine_fields", "phase seconds add up to {total} but the step lasts {duration} s"
            ).format(total=f"{total:g}", duration=f"{duration:g}"),
            "phases",
        )
    return tuple(phases)
