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
    """What a TOML value is, in words a person editing the file knows."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date/time"


def describe(value: object) -> str:
    """A short, printable description of a value for a message."""
    if isinstance(value, str):
        return f"text '{clean(value)}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and abs(value) > 10**12:
        return "a huge number"
    if isinstance(value, int | float):
        return f"the number {value}"
    return kind(value)


def suggest(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean 'x'?" when `word` is a near miss of one of `choices`, else ""."""
    if len(word) > 64:
        return ""
    import difflib  # only a typo needs it; loading the built-in routines should not pay its import

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


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
            hint = suggest(key, allowed) or f" (allowed: {', '.join(allowed)})"
            self.problem(f"unknown field{hint}", clean(key) or '""')
        if len(unknown) > MAX_UNKNOWN_KEYS:
            self.problem(f"{len(unknown) - MAX_UNKNOWN_KEYS} more unknown fields; not listed")

    def _get(self, table: Mapping[str, Any], key: str, required: bool) -> Any:
        if key not in table:
            if required:
                self.problem("missing required field", key)
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
            self.problem(f"must be text in quotes, not {describe(value)}", key)
            return None
        value = plain_text(value, newlines=newlines).strip()
        if not value:
            self.problem("must not be empty", key)
            return None
        if len(value) > limit:
            self.problem(f"is {len(value)} characters long; keep it under {limit}", key)
            return None
        if max_words is not None and len(value.split()) > max_words:
            self.problem(
                f"has {len(value.split())} words; keep it to {max_words} so it reads across a room", key
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
            self.problem(f'must be a list of texts, e.g. ["..."], not {describe(value)}', key)
            return ()
        if len(value) > max_items:
            self.problem(f"has {len(value)} entries; at most {max_items} are allowed", key)
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
            self.problem(f"must be text in quotes, not {describe(value)}", key)
            return None
        if not ID_PATTERN.fullmatch(value):
            self.problem(
                f"'{clean(value)}' is not a valid id: use lower-case letters, digits, '-' and '_' "
                "(at most 48), e.g. 'warm-up'",
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
            hint = " (write it without quotes)" if isinstance(value, str) and _is_number(value) else ""
            self.problem(f"must be a number of seconds, not {describe(value)}{hint}", key)
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(f"must be a finite number of seconds, not {value}", key)
            return None
        if value <= 0:
            self.problem(f"must be more than zero seconds, not {describe(value)}", key)
            return None
        if value < minimum:
            self.problem(f"{value} s is too short to follow; use at least {minimum:g} s", key)
            return None
        if value > maximum:
            shown = "a huge number of" if value > 10**12 else f"{value:g}"
            self.problem(f"{shown} seconds is too long; at most {maximum:g} s ({maximum / 60:g} min)", key)
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
            self.problem(f"must be one of {', '.join(allowed)} (in quotes), not {describe(value)}", key)
            return None
        if value not in allowed:
            self.problem(
                f"unknown {noun or key} '{clean(value)}'{suggest(value, allowed)} "
                f"(expected one of {', '.join(allowed)})",
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
            self.problem(f"must be a table like {example}, not {describe(value)}", key)
            return None
        return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
