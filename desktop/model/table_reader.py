"""Typed reads from one parsed TOML table, recording a Problem for everything wrong instead of raising.

Routine files are written by hand, so every message says what was found, what was expected and,
for a typo, the nearest valid spelling. Values are described, never repr'd whole: a hostile file
can hold a huge or deeply nested value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from desktop.model.i18n import translate
from desktop.model.plain_text import plain_text
from desktop.model.problems import Problem

E = TypeVar("E", bound=StrEnum)

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,47}")
_PREVIEW = 40
MAX_UNKNOWN_KEYS = 10  # per table: a file of 60 000 stray keys gets 10 lines, not 60 000 (nor a minute)


def clean(text: str, limit: int = _PREVIEW) -> str:
    """`text` cut to `limit` characters with unprintable ones replaced, safe to print on one line."""
    shown = "".join(c if c.isprintable() else "?" for c in text[:limit])
    return shown + ("…" if len(text) > limit else "")


def kind(value: object) -> str:
    """What a TOML value is, in words a person editing the file knows (in the app's language)."""
    if isinstance(value, bool):
        return translate("table_reader", "true/false")
    if isinstance(value, int | float):
        return translate("table_reader", "a number")
    if isinstance(value, str):
        return translate("table_reader", "text")
    if isinstance(value, list):
        return translate("table_reader", "a list")
    if isinstance(value, dict):
        return translate("table_reader", "a table")
    return translate("table_reader", "a date/time")


def describe(value: object) -> str:
    """A short, printable description of a value for a message."""
    if isinstance(value, str):
        return translate("table_reader", "text '{text}'").format(text=clean(value))
    if isinstance(value, bool):
        return "true" if value else "false"  # TOML's own words
    if isinstance(value, int) and abs(value) > 10**12:
        return translate("table_reader", "a huge number")
    if isinstance(value, int | float):
        return translate("table_reader", "the number {value}").format(value=value)
    return kind(value)


def suggest(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean 'x'?" when `word` is a near miss of one of `choices`, else ""."""
    if len(word) > 64:
        return ""
    import difflib  # only a typo needs it; loading the built-in routines should not pay its import

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return translate("table_reader", "; did you mean '{word}'?").format(word=close[0]) if close else ""


class TableReader:
    """Reads fields of one table; problems go to a shared list, tagged with file, step and field path."""

    def __init__(self, file: str, problems: list[Problem], step: str | None = None, prefix: str = "") -> None:
        self.file = file
        self.problems = problems
        self.step = step
        self.prefix = prefix

    def at(self, prefix: str) -> TableReader:
        """A reader for a nested table (e.g. "motion." or "phases[2].") sharing the problem list."""
        return TableReader(self.file, self.problems, self.step, self.prefix + prefix)

    def problem(self, message: str, key: str | None = None) -> None:
        field = f"{self.prefix}{key}" if key is not None else (self.prefix.rstrip(".") or None)
        self.problems.append(Problem(self.file, message, step=self.step, field=field))

    def unknown_keys(self, table: Mapping[str, Any], allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        unknown = [key for key in table if key not in allowed]
        for key in unknown[:MAX_UNKNOWN_KEYS]:
            hint = suggest(key, allowed) or translate("table_reader", " (allowed: {names})").format(
                names=", ".join(allowed)
            )
            self.problem(
                translate("table_reader", "unknown field{hint}").format(hint=hint), clean(key) or '""'
            )
        if len(unknown) > MAX_UNKNOWN_KEYS:
            self.problem(
                translate("table_reader", "{count} more unknown fields; not listed").format(
                    count=len(unknown) - MAX_UNKNOWN_KEYS
                )
            )

    def _get(self, table: Mapping[str, Any], key: str, required: bool) -> Any:
        if key not in table:
            if required:
                self.problem(translate("table_reader", "missing required field"), key)
            return None
        return table[key]

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        *,
        limit: int,
        required: bool = True,
        max_words: int | None = None,
        newlines: bool = False,
    ) -> str | None:
        """A non-empty string of at most `limit` characters (and `max_words` words).

        Control characters are taken out here (desktop.model.plain_text), so no routine text can reach
        a terminal or a window with one; `newlines` keeps line breaks, for long text shown in a window.
        """
        value = self._get(table, key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(_not_text(value), key)
            return None
        value = plain_text(value, newlines=newlines).strip()
        if not value:
            self.problem(translate("table_reader", "must not be empty"), key)
            return None
        if len(value) > limit:
            self.problem(
                translate("table_reader", "is {length} characters long; keep it under {limit}").format(
                    length=len(value), limit=limit
                ),
                key,
            )
            return None
        if max_words is not None and len(value.split()) > max_words:
            self.problem(
                translate(
                    "table_reader", "has {words} words; keep it to {limit} so it reads across a room"
                ).format(words=len(value.split()), limit=max_words),
                key,
            )
            return None
        return value

    def texts(
        self, table: Mapping[str, Any], key: str, *, limit: int, max_items: int = 20
    ) -> tuple[str, ...]:
        """An optional list of short strings."""
        value = self._get(table, key, required=False)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(
                translate("table_reader", 'must be a list of texts, e.g. ["..."], not {value}').format(
                    value=describe(value)
                ),
                key,
            )
            return ()
        if len(value) > max_items:
            self.problem(
                translate("table_reader", "has {count} entries; at most {limit} are allowed").format(
                    count=len(value), limit=max_items
                ),
                key,
            )
            return ()
        got = [
            self.text({f"{key}[{i}]": item}, f"{key}[{i}]", limit=limit) for i, item in enumerate(value, 1)
        ]
        return tuple(t for t in got if t is not None)

    def ident(self, table: Mapping[str, Any], key: str) -> str | None:
        """An id: lower-case letters, digits, '-' and '_', starting with a letter or digit."""
        value = self._get(table, key, required=True)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(_not_text(value), key)
            return None
        if not ID_PATTERN.fullmatch(value):
            self.problem(
                translate(
                    "table_reader",
                    "'{id}' is not a valid id: use lower-case letters, digits, '-' and '_' (at most 48), "
                    "e.g. 'warm-up'",
                ).format(id=clean(value)),
                key,
            )
            return None
        return value

    def seconds(
        self, table: Mapping[str, Any], key: str, *, minimum: float, maximum: float, required: bool = True
    ) -> float | None:
        """A number of seconds in [minimum, maximum]; booleans, text and inf/nan are refused."""
        value = self._get(table, key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            message = (
                translate(
                    "table_reader", "must be a number of seconds, not {value} (write it without quotes)"
                )
                if isinstance(value, str) and _is_number(value)
                else translate("table_reader", "must be a number of seconds, not {value}")
            )
            self.problem(message.format(value=describe(value)), key)
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(
                translate("table_reader", "must be a finite number of seconds, not {value}").format(
                    value=value
                ),
                key,
            )
            return None
        if value <= 0:
            self.problem(
                translate("table_reader", "must be more than zero seconds, not {value}").format(
                    value=describe(value)
                ),
                key,
            )
            return None
        if value < minimum:
            self.problem(
                translate(
                    "table_reader", "{value} s is too short to follow; use at least {minimum} s"
                ).format(value=value, minimum=f"{minimum:g}"),
                key,
            )
            return None
        if value > maximum:
            message = (
                translate(
                    "table_reader",
                    "a huge number of seconds is too long; at most {maximum} s ({minutes} min)",
                )
                if value > 10**12
                else translate(
                    "table_reader", "{value} seconds is too long; at most {maximum} s ({minutes} min)"
                )
            )
            self.problem(
                message.format(value=f"{value:g}", maximum=f"{maximum:g}", minutes=f"{maximum / 60:g}"), key
            )
            return None
        return float(value)

    def choice(
        self, table: Mapping[str, Any], key: str, enum: type[E], *, required: bool = True, noun: str = ""
    ) -> E | None:
        """One value of a fixed vocabulary (an enum's values); `noun` names it in messages (default: key)."""
        value = self._get(table, key, required)
        if value is None:
            return None
        allowed = [m.value for m in enum]
        if not isinstance(value, str):
            self.problem(
                translate("table_reader", "must be one of {allowed} (in quotes), not {value}").format(
                    allowed=", ".join(allowed), value=describe(value)
                ),
                key,
            )
            return None
        if value not in allowed:
            self.problem(
                translate(
                    "table_reader", "unknown {noun} '{value}'{hint} (expected one of {allowed})"
                ).format(
                    noun=noun or key,
                    value=clean(value),
                    hint=suggest(value, allowed),
                    allowed=", ".join(allowed),
                ),
                key,
            )
            return None
        return enum(value)

    def table(self, table: Mapping[str, Any], key: str, example: str) -> dict[str, Any] | None:
        """A required nested table such as `motion = { pattern = "glide", direction = "up" }`."""
        value = self._get(table, key, required=True)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(
                translate("table_reader", "must be a table like {example}, not {value}").format(
                    example=example, value=describe(value)
                ),
                key,
            )
            return None
        return value


def _not_text(value: object) -> str:
    return translate("table_reader", "must be text in quotes, not {value}").format(value=describe(value))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
