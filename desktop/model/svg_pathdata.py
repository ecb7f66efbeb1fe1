"""SVG path data (`d`) checked against the SVG 1.1 grammar, for svg_guard.

Our own scanner, because svgelements stops silently at the first bad token and draws the rest as if it
were not there, and QtSvg never complains. Every path of a diagram is checked, artwork included, so this
runs on ~20 KB of numbers per view while the window waits: one regular expression accepts well-formed
data without arcs in a single pass (atomic groups and possessive repeats, so it cannot backtrack
exponentially on hostile input); anything it does not accept goes through the token-by-token scanner,
which alone decides the verdict and words the error.
"""

from __future__ import annotations

import math
import re

_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)  # SVG digits are 0-9
_FLAG = re.compile(r"[01]")
_SEPARATOR = re.compile(r"[ \t\r\n]*,?[ \t\r\n]*")

# The fast path: the same tokens as the scanner (a number is what _NUMBER.match takes, each token is
# followed by one separator), with the numbers of each command in whole groups of its arity.
_SEP = r"[ \t\r\n]*+,?+[ \t\r\n]*+"
_NUM = r"(?>[+-]?+(?:\d++\.?+\d*+|\.\d++)(?:[eE][+-]?\d+)?)"


def _args(arity: int) -> str:
    return rf"(?:(?:{_NUM}{_SEP}){{{arity}}})++"


_WELL_FORMED = re.compile(
    rf"{_SEP}[Mm]{_SEP}{_args(2)}"
    rf"(?>[MmLlTt]{_SEP}{_args(2)}|[HhVv]{_SEP}{_args(1)}|[Cc]{_SEP}{_args(6)}"
    rf"|[SsQq]{_SEP}{_args(4)}|[Zz]{_SEP})*+",
    re.ASCII,
)
# Data the fast path leaves to the scanner: arcs (flags may be written without separators) and numbers
# that might not fit a float (an exponent, or hundreds of digits).
_SCANNER_ONLY = re.compile(r"[AaEe]|\d{300}", re.ASCII)
_SEGMENTS = {
    arity: re.compile(rf"[{letters}][^MmLlHhVvCcSsQqTtAaZz]*")
    for arity, letters in ((2, "MmLlTt"), (1, "HhVv"), (6, "Cc"), (4, "SsQq"))
}
_CLOSES = re.compile(r"[Zz]")


def check_path_data(d: str) -> tuple[str | None, int]:
    """(error or None, command count) for SVG path data; implicitly repeated commands count once each."""
    if _SCANNER_ONLY.search(d) is None and _WELL_FORMED.fullmatch(d) is not None:
        count = len(_CLOSES.findall(d))
        for arity, segments in _SEGMENTS.items():
            count += len(_NUMBER.findall("".join(segments.findall(d)))) // arity
        return None, count
    return scan_path_data(d)


def _incomplete(command: str, args: int) -> bool:
    arity = _ARITY[command]
    return arity > 0 and (args == 0 or args % arity != 0)


def scan_path_data(d: str) -> tuple[str | None, int]:
    """check_path_data token by token: the reference the fast path must agree with, and its error text."""
    pos, end = _SEPARATOR.match(d, 0).end(), len(d)
    command: str | None = None
    args = 0
    count = 0
    while pos < end:
        char = d[pos]
        if char.upper() in _ARITY:
            if command is None and char not in "Mm":
                return f"must start with a move (M), not {char!r}", count
            if command is not None and _incomplete(command, args):
                return f"command {command} at character {pos} needs {_ARITY[command]} numbers", count
            command, args = char.upper(), 0
            count += 1
            pos += 1
        elif command is None:
            return f"must start with a move (M), not {char!r}", count
        else:
            arity = _ARITY[command]
            if arity == 0:
                return f"unexpected {char!r} at character {pos} after Z", count
            is_flag = command == "A" and args % arity in (3, 4)
            match = (_FLAG if is_flag else _NUMBER).match(d, pos)
            if match is None:
                return f"unexpected {char!r} at character {pos}", count
            if not is_flag and not math.isfinite(float(match.group())):
                return f"number out of range at character {pos}", count
            args += 1
            if args > arity and (args - 1) % arity == 0:
                count += 1  # an implicitly repeated command
            pos = match.end()
        pos = _SEPARATOR.match(d, pos).end()
    if command is not None and _incomplete(command, args):
        return f"command {command} at the end needs {_ARITY[command]} numbers", count
    return None, count
