"""SVG path data (`d`): checked against the SVG 1.1 grammar for svg_guard, and read into segments.

Our own scanner, because svgelements stops silently at the first bad token and draws the rest as if it
were not there, and QtSvg never complains. Every path of a diagram is checked, artwork included, so this
runs on ~20 KB of numbers per view while the window waits: one regular expression accepts well-formed
data without arcs in a single pass (atomic groups and possessive repeats, so it cannot backtrack
exponentially on hostile input); anything it does not accept goes through the token-by-token scanner,
which alone decides the verdict and words the error.

`read_path_data` turns checked data into segments for desktop.model.plain_svg, matching svgelements.
"""

from __future__ import annotations

import math
import re

from desktop.model.segments import Close, CubicTo, LineTo, MoveTo, QuadTo, Segment, Subpath

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


# ---- reading (for desktop.model.plain_svg) ----------------------------------------------------------

_COMMANDS = re.compile(r"([MmLlHhVvCcSsQqTtZz])([^MmLlHhVvCcSsQqTtZzAa]*)")
_NOT_READ_HERE = re.compile(r"[Aa]|\.(?![0-9])")  # arcs; "1." (svgelements reads it differently)


def read_path_data(d: str) -> tuple[Subpath, ...] | None:
    """Checked path data as absolute subpaths, the way desktop.model.svgelements_reader turns it out.

    None for data this reader leaves to svgelements: arcs (their cubic approximation is svgelements'
    own), and anything it cannot split into whole commands. Follows svgelements where it differs from
    the SVG text: S after a quadratic curve (and T after a cubic) reflects that curve's last control
    point. Subpaths of a single point are dropped; drawing on after Z starts a subpath at the Z point.
    """
    if _NOT_READ_HERE.search(d):
        return None
    subpaths: list[list[Segment]] = []
    current: list[Segment] | None = None
    x = y = zx = zy = 0.0
    started = False
    control: tuple[float, float] | None = None  # the last curve's last control point, for S and T
    for letter, text in _COMMANDS.findall(d):
        command, relative = letter.upper(), letter.islower()
        numbers = [float(n) for n in _NUMBER.findall(text)]
        arity = _ARITY[command]
        if (arity == 0) != (not numbers) or (arity and len(numbers) % arity):
            return None
        if command == "Z":
            if current is not None:
                current.append(Close())
                current = None
            x, y, control = zx, zy, None
            continue
        for i in range(0, len(numbers), arity):
            args = numbers[i : i + arity]
            if command == "H":
                args = [args[0] + x if relative else args[0], y]
            elif command == "V":
                args = [x, args[0] + y if relative else args[0]]
            elif relative and started:  # the first m of a path is absolute
                args = [a + (y if k % 2 else x) for k, a in enumerate(args)]
            if command == "M" and i == 0:
                current = [MoveTo(args[0], args[1])]
                subpaths.append(current)
                x, y = zx, zy = args[0], args[1]
                started, control = True, None
                continue
            if current is None:  # drawing on after a Z starts a new subpath at the Z point
                current = [MoveTo(x, y)]
                subpaths.append(current)
            if command in "ST":
                reflected = (x + (x - control[0]), y + (y - control[1])) if control else (x, y)
                args = [*reflected, *args]
            if command in "MLHV":
                current.append(LineTo(args[0], args[1]))
                control = None
            elif command in "CS":
                current.append(CubicTo(*args))
                control = (args[2], args[3])
            else:  # Q, T
                current.append(QuadTo(*args))
                control = (args[0], args[1])
            x, y = args[-2], args[-1]
    return tuple(tuple(sub) for sub in subpaths if len(sub) > 1)
