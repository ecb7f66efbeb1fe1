"""The zone catalogue's words in another language (assets/i18n/<lang>/zones.toml), checked against
assets/zones.toml and laid over it.

Per zone id: name, plain, description and caution (only when the English zone has one). Views, no_press
and palpation stay in the English file, so a translation cannot change what the diagram draws or what a
routine may press. A zone whose words have a problem keeps its English words (the others are still
translated); the problems travel on the catalogue (ZoneCatalogue.problems) and are reported with the
routine problems.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.model.problems import Problem, ValidationError
from desktop.model.table_reader import TableReader
from desktop.model.words_file import (
    TRANSLATED,
    decode_words,
    keyed_tables,
    packaged,
    read_words,
    refuse_english_only,
    same_placeholders,
    zone_words_path,
)
from desktop.model.zones import Zone, ZoneCatalogue

ZONE_WORD_KEYS = ("name", "plain", "description", "caution")
_ENGLISH_ONLY = ("views", "no_press", "palpation")
_LIMITS = {"name": 80, "plain": 80, "description": 600, "caution": 300}
_NEEDS = "a [zones.<zone id>] table with name, plain and description for each zone"

ZoneWords = dict[str, str]  # field → translated text


def read_zone_words(
    data: bytes, file: str, english: ZoneCatalogue, english_file: str = "assets/zones.toml"
) -> tuple[dict[str, ZoneWords], list[Problem]]:
    """The words of every zone translated without a problem, and every problem found."""
    try:
        doc = decode_words(data, file, _NEEDS)
    except ValidationError as exc:
        return {}, list(exc.problems)
    problems: list[Problem] = []
    top = TableReader(file, problems)
    top.unknown_keys(doc, ("zones",))
    ids = [z.id for z in english]
    tables = keyed_tables(top, doc, "zones", ids, "zone", f"[zones.{ids[0] if ids else 'heel'}]")
    words: dict[str, ZoneWords] = {}
    for zone in english:
        where = f"zone '{zone.id}'"
        table = tables.get(zone.id)
        if table is None:
            if not any(p.field == f"zones.{zone.id}" for p in problems):
                problems.append(
                    Problem(file, f"missing: add a [zones.{zone.id}] table with its words", where)
                )
            continue
        found = _read_zone(TableReader(file, problems, step=where), table, zone, english_file)
        if found is not None:
            words[zone.id] = found
    return words, problems


def _read_zone(
    reader: TableReader, table: Mapping[str, Any], zone: Zone, english_file: str
) -> ZoneWords | None:
    before = len(reader.problems)
    reader.unknown_keys({k: v for k, v in table.items() if k not in _ENGLISH_ONLY}, ZONE_WORD_KEYS)
    refuse_english_only(reader, table, _ENGLISH_ONLY, english_file)
    originals = {
        "name": zone.name,
        "plain": zone.plain,
        "description": zone.description,
        "caution": zone.caution,
    }
    found: ZoneWords = {}
    for key in ZONE_WORD_KEYS:
        original = originals[key]
        if original is None:  # no caution in English: none here either, so a warning cannot appear or vanish
            if key in table:
                reader.problem("the English zone has none; remove it here", key)
            continue
        value = reader.text(table, key, limit=_LIMITS[key], newlines=key == "description")
        if value is not None and same_placeholders(reader, key, original, value):
            found[key] = value
    return found if len(reader.problems) == before else None


def apply_zone_words(zone: Zone, words: ZoneWords) -> Zone:
    return replace(
        zone,
        name=words["name"],
        plain=words["plain"],
        description=words["description"],
        caution=words.get("caution", zone.caution),
    )


def localised_catalogue(english: ZoneCatalogue, language: str) -> ZoneCatalogue:
    """The catalogue with its words in `language`; a zone with a problem stays English, and every
    problem is kept in the result's `problems`."""
    if language not in TRANSLATED:
        return english
    file = zone_words_path(language)
    source = packaged(file)
    if source is None:
        return ZoneCatalogue(
            list(english), problems=[Problem(file, "is missing; the zones are shown in English")]
        )
    try:
        words, problems = read_zone_words(read_words(source, file), file, english)
    except ValidationError as exc:
        words, problems = {}, list(exc.problems)
    except Exception as exc:  # a bug met in the translation must not stop the app
        words, problems = {}, [Problem(file, f"could not be read ({type(exc).__name__})")]
    english_ids = [z.id for z in english if z.id not in words]
    if english_ids:
        shown = ", ".join(english_ids)
        problems.append(Problem(file, f"shown in English until this is fixed: zone {shown}"))
    zones = [apply_zone_words(z, words[z.id]) if z.id in words else z for z in english]
    return ZoneCatalogue(zones, problems=problems)


def check_zone_words_file(path: Path, english: ZoneCatalogue) -> list[Problem]:
    """Every problem of one zone translation file, for `ankle-guide --check`."""
    file = str(path)
    try:
        return read_zone_words(read_words(path, file), file, english)[1]
    except ValidationError as exc:
        return list(exc.problems)
