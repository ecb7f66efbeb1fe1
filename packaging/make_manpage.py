"""Writes the ankle-guide(1) man page from the command line parser, so the two never disagree.

    python3 packaging/make_manpage.py OUT.1 [VERSION]

The options come from desktop.cli.build_parser() (argparse), read from this checkout; nothing is
hand-written here except the sections argparse knows nothing about (files, the single instance).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FILES = [
    (
        "~/.local/share/AnkleGuide/ankle-guide/",
        "session history (history.sqlite3) and your own routines "
        "(routines/*.toml); under $XDG_DATA_HOME when that is set",
    ),
    ("~/.config/AnkleGuide/", "settings; under $XDG_CONFIG_HOME when that is set"),
    (
        "~/.local/state/ankle-guide/ankle-guide.log",
        "warnings and errors, kept small (a few hundred kB); "
        "under $XDG_STATE_HOME when that is set. The About box (Help menu) shows its path",
    ),
    ("$XDG_RUNTIME_DIR/ankle-guide/", "the socket a second launch uses to reach the running window"),
]


def roff(text: str) -> str:
    """Escape text for roff: backslashes, hyphens (as minus signs in options) and leading dots."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def _option_line(action: argparse.Action) -> str:
    names = ", ".join(f"\\fB{roff(name)}\\fR" for name in action.option_strings)
    if action.nargs == 0:
        return names
    if action.choices:
        value = "{" + ",".join(str(c) for c in action.choices) + "}"
    else:
        value = action.metavar or action.dest.upper()
    if isinstance(value, tuple):  # nargs=N with one name per value, e.g. --print-routine ID OUT.pdf
        return f"{names} " + " ".join(f"\\fI{roff(part)}\\fR" for part in value)
    if action.nargs == "+":
        value = f"{value} ..."
    return f"{names} \\fI{roff(value)}\\fR"


def manpage(parser: argparse.ArgumentParser, version: str, date: str) -> str:
    lines = [
        f'.TH ANKLE\\-GUIDE 1 "{date}" "ankle\\-guide {roff(version)}" "User Commands"',
        ".SH NAME",
        f"ankle\\-guide \\- {roff((parser.description or '').rstrip('.').lower())}",
        ".SH SYNOPSIS",
        ".B ankle\\-guide",
        "[\\fIOPTION\\fR]...",
        ".SH DESCRIPTION",
        "Ankle Guide walks you through massaging your own ankle, one timed step at a time, with a diagram",
        "of the foot and lower leg that shows where your hands go. Without options it opens its window.",
        "It is not medical advice.",
        ".PP",
        "Only one window runs per user: a second",
        ".B ankle\\-guide",
        "hands its options (such as \\fB\\-\\-routine\\fR or \\fB\\-\\-follow\\-along\\fR) to the running",
        "one, which comes to the front, and exits. \\fB\\-\\-version\\fR, \\fB\\-\\-check\\fR,",
        "\\fB\\-\\-list\\-routines\\fR, \\fB\\-\\-screenshot\\fR and",
        "\\fB\\-\\-export\\-history\\fR always run on their own.",
        ".SH OPTIONS",
    ]
    for action in parser._actions:
        if not action.option_strings:
            continue
        lines += [".TP", _option_line(action), roff(action.help or "")]
    lines.append(".SH FILES")
    for path, what in FILES:
        lines += [".TP", f"\\fI{roff(path)}\\fR", roff(what)]
    lines += [
        ".SH EXIT STATUS",
        "0 on success; 1 when \\fB\\-\\-check\\fR finds a problem or a file cannot be written;",
        "2 for a wrong option.",
        ".SH SEE ALSO",
        "\\fI/usr/share/doc/ankle\\-guide/README.md\\fR (with the Debian package), or README.md in the",
        "source: how to use the app, the routine file format and the keyboard shortcuts.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print("usage: make_manpage.py OUT.1 [VERSION]", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    from desktop.cli import build_parser

    if len(argv) == 2:
        version = argv[1]
    else:
        import tomllib

        version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    # A reproducible date when the build sets one (SOURCE_DATE_EPOCH), else today.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    date = when.date().isoformat()
    Path(argv[0]).write_text(manpage(build_parser(), version, date), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
