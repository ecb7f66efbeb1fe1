"""Text from files the user supplies, made safe to print on a terminal or show in a window.

A routine title holding an escape sequence could recolour or clear the terminal `--list-routines`
prints to, a newline could forge a line of its output, and bidirectional overrides can make text read
differently from what it holds. Every routine string passes through `plain_text` once, where the routine
reader takes it (desktop.model.table_reader.TableReader.text), and every problem line through
`plain_line` as it is printed (desktop.model.problems.Problem.__str__): those are the only two ways such
text leaves the model.
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional embeddings, overrides and isolates (Unicode TR9), and the byte-order mark: format
# characters that change how the rest of a line reads. Other format characters (soft hyphen, the
# zero-width joiners some scripts and emoji need) are kept.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_SPACES = frozenset("\t\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029")  # separators: become one space
_RUN_OF_SPACES = re.compile(r" {2,}")


def _unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("Cc", "Cs", "Co", "Cn") or char in _BIDI


def plain_text(text: str, *, newlines: bool = False) -> str:
    """`text` without control, bidi-override, surrogate, private-use or unassigned characters.

    Line and field separators (tab, CR, U+2028 ...) become spaces; with `newlines`, "\\n" is kept (a
    paragraph break in long instructions shown in a window), otherwise it becomes a space too. Other
    controls, escape sequences' ESC among them, are dropped. Linear in the length of `text`.
    """
    if text.isprintable() and not _BIDI.intersection(text):
        return text  # the common case: nothing to do
    out: list[str] = []
    for char in text.replace("\r\n", "\n"):
        if char == "\n":
            out.append("\n" if newlines else " ")
        elif char in _SPACES:
            out.append(" ")
        elif char == " " or not _unsafe(char):
            out.append(char)
    return "".join(out)


def plain_line(text: str) -> str:
    """One printable line: `plain_text` with runs of spaces (from removed line breaks) squeezed."""
    cleaned = plain_text(text)
    return _RUN_OF_SPACES.sub(" ", cleaned) if cleaned is not text else cleaned
