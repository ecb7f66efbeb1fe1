"""Reading one translation file (the words of a built-in routine or of the zones in another language).

A translation file is read with the same guards as a routine file: a size limit checked before reading,
only regular files, UTF-8, the linear TOML pre-scan (desktop.model.toml_guard) and plain text through
TableReader. Its layout and its checks against the English original are in desktop.model.routine_words
and desktop.model.zone_words; this module holds what both share.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from desktop import resources
from desktop.model.i18n import ENGLISH, LANGUAGES
from desktop.model.problems import Problem, ValidationError
from desktop.model.safe_read import read_checked
from desktop.model.table_reader import MAX_UNKNOWN_KEYS, TableReader, clean, suggest
from desktop.model.toml_guard import TomlTooComplex, prescan
from desktop.model.toml_snapshot import packaged_table

MAX_WORDS_BYTES = 256 * 1024  # as for a routine file: a translation is about as long as its original
TRANSLATED: tuple[str, ...] = tuple(code for code in LANGUAGES if code != ENGLISH)
"""The languages whose routine and zone words ship in their own files."""

_PLACEHOLDER = re.compile(r"\{[^{}\n]{0,40}\}")
_MAX_LISTED = 3  # placeholders named in one message


def routine_words_path(language: str, routine_id: str) -> str:
    """Where the packaged words of a built-in routine in `language` live."""
    return f"routines/{language}/{routine_id}.toml"


def zone_words_path(language: str) -> str:
    """Where the packaged words of the zone catalogue in `language` live."""
    return f"assets/i18n/{language}/zones.toml"


def read_words(source: Path | Traversable, file: str) -> bytes:
    """At most MAX_WORDS_BYTES + 1 bytes of a translation file; ValidationError for a refused file."""
    return read_checked(source, file, MAX_WORDS_BYTES, _too_large)


def packaged(relative: str) -> Traversable | None:
    """The packaged file at `relative`, or None when it is not there."""
    try:
        node = resources.resource(relative)
        return node if node.is_file() else None
    except (OSError, ValueError):
        return None


def _too_large(size: int) -> str:
    return f"is {size // 1024} KiB; translation files are limited to {MAX_WORDS_BYTES // 1024} KiB"


def decode_words(data: bytes, file: str, needs: str) -> dict[str, Any]:
    """Bytes → TOML table, or ValidationError with one whole-file problem. `needs`: what an empty file
    should hold, for its message. A packaged file comes from desktop.model.toml_snapshot when it holds
    these very bytes."""
    packaged = packaged_table(file, data)
    if packaged is not None:
        return packaged
    import tomllib  # here: start-up reads only packaged files, from the snapshot

    if len(data) > MAX_WORDS_BYTES:
        raise ValidationError([Problem(file, _too_large(len(data)))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValidationError(
            [Problem(file, f"is not valid UTF-8 text (line {line}); save it as UTF-8")]
        ) from None
    if not text.strip():
        raise ValidationError([Problem(file, f"is empty; a translation needs {needs}")])
    try:
        prescan(text)
        return tomllib.loads(text)
    except TomlTooComplex as exc:
        raise ValidationError([Problem(file, f"is refused: {exc}")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError([Problem(file, f"is not valid TOML: {exc}")]) from None
    except (RecursionError, ValueError, MemoryError) as exc:
        raise ValidationError([Problem(file, f"could not be read as TOML ({type(exc).__name__})")]) from None


def keyed_tables(
    reader: TableReader,
    doc: Mapping[str, Any],
    key: str,
    known: list[str],
    noun: str,
    example: str,
    elsewhere: Mapping[str, str] | None = None,
) -> dict[str, dict[str, Any]]:
    """The `[key.<id>]` tables of `doc` whose id is one of `known`; an unknown id or a value that is not
    a table is reported (`noun` names the id's kind: "step", "zone"). `elsewhere`: ids that exist but
    take no words here, each with the reason."""
    elsewhere = elsewhere or {}
    value = doc.get(key, {})
    if not isinstance(value, dict):
        reader.problem(f"must be tables like {example}, not a single value", key)
        return {}
    found: dict[str, dict[str, Any]] = {}
    unknown = 0
    for item_id, table in value.items():
        if item_id in elsewhere:
            reader.problem(elsewhere[item_id], f"{key}.{item_id}")
        elif item_id not in known:
            unknown += 1
            if unknown > MAX_UNKNOWN_KEYS:  # a file of 60 000 stray ids gets 10 lines, not 60 000
                continue
            hint = suggest(item_id, known) or f" (the English file has: {', '.join(known) or 'none'})"
            reader.problem(f"unknown {noun} '{clean(item_id)}'{hint}", f"{key}.{clean(item_id)}")
        elif not isinstance(table, dict):
            reader.problem(f"must be a table like {example}", f"{key}.{item_id}")
        else:
            found[item_id] = table
    if unknown > MAX_UNKNOWN_KEYS:
        reader.problem(f"{unknown - MAX_UNKNOWN_KEYS} more unknown {noun} ids; not listed", key)
    return found


def refuse_english_only(
    reader: TableReader, table: Mapping[str, Any], keys: tuple[str, ...], english: str
) -> None:
    """Fields that only the English file may set (timing, zones, pressure...) are refused by name, so a
    translation can never change what the hands do."""
    for key in keys:
        if key in table:
            reader.problem(f"is set in the English file ({english}) only; remove it here", key)


def same_placeholders(reader: TableReader, key: str, original: str, translated: str) -> bool:
    """The translation keeps the original's {placeholders}, adding none and dropping none."""
    want, got = set(_PLACEHOLDER.findall(original)), set(_PLACEHOLDER.findall(translated))
    if want == got:
        return True
    if got - want:
        extra = ", ".join(clean(p) for p in sorted(got - want)[:_MAX_LISTED])
        reader.problem(f"holds {extra}, which the English text does not; write it out in words", key)
    if want - got:
        lost = ", ".join(clean(p) for p in sorted(want - got)[:_MAX_LISTED])
        reader.problem(f"lacks {lost}, which the English text has; keep it as it is", key)
    return False
