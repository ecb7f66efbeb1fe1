"""The zone catalogue's words in another language (assets/i18n/<lang>/zones.toml), checked against
the English words of assets/zones.toml.

Per zone id: name, plain, description and caution (only when the English zone has one). Views, no_press
and palpation stay in the English file, so a translation cannot change what the diagram draws or what a
routine may press. A zone whose words have a problem keeps its English words (the others are still
translated); desktop.model.zones.load_catalogue lays the words over the zones and keeps the problems
on the catalogue (ZoneCatalogue.problems), to be reported with the routine problems. This module works
on plain words by zone id, so it needs nothing of desktop.model.zones (no import circle).
"""

from __future__ import annotations

from collections.abc import Mapping
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

ZONE_WORD_KEYS = ("name", "plain", "description", "caution")
_ENGLISH_ONLY = ("views", "no_press", "palpation")
_LIMITS = {"name": 80, "plain": 80, "description": 600, "caution": 300}
_NEEDS = "a [zones.<zone id>] table with name, plain and description for each zone"
ENGLISH_FILE = "assets/zones.toml"

ZoneWords = dict[str, str]  # field → text: name, plain, description and, when there is one, caution
EnglishWords = Mapping[str, Mapping[str, "str | None"]]  # zone id → field → text (caution None: none)


def read_zone_words(
    data: bytes, file: str, english: EnglishWords
) -> tuple[dict[str, ZoneWords], list[Problem]]:
    """The words of every zone translated without a problem, and every problem found. `english`: each
    zone's English words by zone id, in file order (ZoneCatalogue.words())."""
    try:
        doc = decode_words(data, file, _NEEDS)
    except ValidationError as exc:
        return {}, list(exc.problems)
    problems: list[Problem] = []
    top = TableReader(file, problems)
    top.unknown_keys(doc, ("zones",))
    ids = list(english)
    tables = keyed_tables(top, doc, "zones", ids, "zone", f"[zones.{ids[0] if ids else 'heel'}]")
    words: dict[str, ZoneWords] = {}
    for zone_id, originals in english.items():
        where = f"zone '{zone_id}'"
        table = tables.get(zone_id)
        if table is None:
            if not any(p.field == f"zones.{zone_id}" for p in problems):  # not already said otherwise
                problems.append(
                    Problem(file, f"missing: add a [zones.{zone_id}] table with its words", where)
                )
            continue
        found = _read_zone(TableReader(file, problems, step=where), table, originals)
        if found is not None:
            words[zone_id] = found
    return words, problems


def _read_zone(
    reader: TableReader, table: Mapping[str, Any], originals: Mapping[str, str | None]
) -> ZoneWords | None:
    before = len(reader.problems)
    reader.unknown_keys({k: v for k, v in table.items() if k not in _ENGLISH_ONLY}, ZONE_WORD_KEYS)
    refuse_english_only(reader, table, _ENGLISH_ONLY, ENGLISH_FILE)
    found: ZoneWords = {}
    for key in ZONE_WORD_KEYS:
        original = originals.get(key)
        if original is None:  # no caution in English: none here either, so a warning cannot appear or vanish
            if key in table:
                reader.problem("the English zone has none; remove it here", key)
            continue
        value = reader.text(table, key, limit=_LIMITS[key], newlines=key == "description")
        if value is not None and same_placeholders(reader, key, original, value):
            found[key] = value
    return found if len(reader.problems) == before else None


def packaged_zone_words(language: str, english: EnglishWords) -> tuple[dict[str, ZoneWords], list[Problem]]:
    """The packaged zone words in `language` that passed every check, and every problem, ending with
    the zones left in English. English (or a language without files) gives nothing."""
    if language not in TRANSLATED:
        return {}, []
    file = zone_words_path(language)
    source = packaged(file)
    if source is None:
        return {}, [Problem(file, "is missing; the zones are shown in English")]
    try:
        words, problems = read_zone_words(read_words(source, file), file, english)
    except ValidationError as exc:
        words, problems = {}, list(exc.problems)
    except Exception as exc:  # a bug met in the translation must not stop the app
        words, problems = {}, [Problem(file, f"could not be read ({type(exc).__name__})")]
    left = [zone_id for zone_id in english if zone_id not in words]
    if left:
        problems.append(Problem(file, f"shown in English until this is fixed: zone {', '.join(left)}"))
    return words, problems


def check_zone_words_file(path: Path, english: EnglishWords) -> list[Problem]:
    """Every problem of one zone translation file, for `ankle-guide --check`."""
    file = str(path)
    try:
        return read_zone_words(read_words(path, file), file, english)[1]
    except ValidationError as exc:
        return list(exc.problems)
