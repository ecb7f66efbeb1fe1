"""A small TOML writer for the tables this app writes (routine files): tomllib reads, nothing here writes.

Only what routine files need: text, whole and decimal numbers, true/false, lists of those, inline
tables, and one level of arrays of tables (`[[steps]]`). Text is always a basic string with escapes, so
any character a person types (quotes, backslashes, new lines, control characters) reads back unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}

Value = str | int | float | bool | date | Sequence["Value"] | Mapping[str, "Value"]


def key(name: str) -> str:
    """A key as TOML writes it: bare when it can be, else quoted."""
    return name if _BARE_KEY.fullmatch(name) else string(name)


def string(text: str) -> str:
    """A basic string: quotes, backslashes and every control character escaped."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def number(value: int | float) -> str:
    """A number that reads back equal: whole floats as integers (5.0 → 5), others by repr."""
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return repr(value)
    return str(value)


def value(v: Value) -> str:
    """Any supported value, inline."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return number(v)
    if isinstance(v, str):
        return string(v)
    if isinstance(v, date) and not isinstance(v, datetime):
        return v.isoformat()  # a TOML local date
    if isinstance(v, Mapping):
        inner = ", ".join(f"{key(k)} = {value(x)}" for k, x in v.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(v, Sequence):
        return "[" + ", ".join(value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def _is_table_array(v: object) -> bool:
    return isinstance(v, list | tuple) and bool(v) and all(isinstance(x, Mapping) for x in v)


def dumps(table: Mapping[str, Value], *, header: str = "") -> str:
    """A document: plain keys first, then each table as `[name]`, then each list of tables as `[[name]]`.

    A list of tables nested inside a section is written inline (phases = [{ ... }, { ... }]), one
    per line, so a step stays readable.
    """
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    if lines:
        lines.append("")
    sections: list[tuple[str, Sequence[Mapping[str, Value]]]] = []
    tables: list[tuple[str, Mapping[str, Value]]] = []
    for k, v in table.items():
        if _is_table_array(v):
            sections.append((k, v))  # type: ignore[arg-type]
        elif isinstance(v, Mapping):
            tables.append((k, v))
        else:
            lines.append(f"{key(k)} = {value(v)}")
    for name, sub in tables:
        lines.append("")
        lines.append(f"[{key(name)}]")
        lines.extend(f"{key(k)} = {value(v)}" for k, v in sub.items())
    for name, items in sections:
        for item in items:
            lines.append("")
            lines.append(f"[[{key(name)}]]")
            for k, v in item.items():
                if _is_table_array(v):
                    rows = "".join(f"    {value(x)},\n" for x in v)  # type: ignore[union-attr]
                    lines.append(f"{key(k)} = [\n{rows}]")
                else:
                    lines.append(f"{key(k)} = {value(v)}")
    return "\n".join(lines) + "\n"
