"""Hostile routine and diagram files, written by the tests themselves (none comes from a corpus).

Each routine generator makes a file under the 256 KiB cap that, before the pre-scan, crashed the loader
or cost time or memory out of proportion to its size (issue 15).
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE_CAP = 256 * 1024

GOOD_ROUTINE = """\
id = "mine"
title = "My routine"
summary = "Two gentle steps."
sides = "both"

[[steps]]
id = "glide"
title = "Glide up the calf"
technique = "effleurage"
zones = ["calf_belly"]
duration = 30
pressure = "light"
motion = { pattern = "glide", direction = "up" }
cue = "Long light strokes"
instructions = "Stroke upwards from the heel to the calf."
"""


def _pad(head: str, unit: str, tail: str = "", budget: int = 240 * 1024) -> bytes:
    """`head` + as many `unit`s as fit in `budget` bytes + `tail`."""
    count = (budget - len(head) - len(tail)) // len(unit)
    return (head + unit * count + tail).encode()


HOSTILE_ROUTINES: dict[str, bytes] = {
    # Python's int-to-text limit: tomllib raised ValueError, which nothing caught.
    "huge-integer": b'id = "x"\nduration = ' + b"9" * 5000 + b"\n",
    "huge-float": b"x = 1." + b"5" * 100_000 + b"\n",
    # Memory grew with the square of the parts: 1.6 GB at 40 KB, 4 GB+ at 240 KB.
    "dotted-key-40k": _pad("", "a.", "a = 1\n", budget=40 * 1024),
    "dotted-key-240k": _pad("", "a.", "a = 1\n"),
    "quoted-dotted-key": _pad("", '"a".', '"a" = 1\n'),
    "dotted-table-header": _pad("[", "a.", "a]\n"),
    "dotted-key-in-inline-table": _pad("x = { ", "a.", "a = 1 }\n"),
    "deep-arrays": _pad("x = ", "[", "", budget=120 * 1024) + b"]" * 10,
    "deep-inline-tables": _pad("x = ", "{a=", "1}"),
    "long-quoted-key": b'"' + b"k" * 200_000 + b'" = 1\n',
    "many-tables": _pad("", "[[steps]]\n"),
    "many-empty-arrays": _pad("x = [", "[],", "]\n"),
    "many-unknown-keys": "\n".join(f"key{i} = 1" for i in range(20_000)).encode(),
    "many-unknown-zones": _pad('id = "x"\n[[steps]]\nzones = [', '"zz",', '"zz"]\n'),
    "many-escapes": _pad('x = "', "\\u0041", '"\n'),
}


def write_routines(folder: Path, names: list[str] | None = None) -> list[Path]:
    """Write the hostile routines (all, or those named) into `folder` as <name>.toml."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names or sorted(HOSTILE_ROUTINES):
        data = HOSTILE_ROUTINES[name]
        assert len(data) <= SIZE_CAP, name
        path = folder / f"{name}.toml"
        path.write_bytes(data)
        paths.append(path)
    return paths


def svg(body: str = "", *, root: str = "", declaration: str = "", zones: bool = True) -> str:
    """A small diagram that passes the guard, with `body` inside its artwork and `root` attributes."""
    zone = '<path id="zone-heel" d="M10 10 H 90 V 90 Z"/>' if zones else ""
    guide = "<path id='guide-heel' d='M10 10 L 90 90'/>" if zones else ""
    return (
        f"{declaration}<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
        f" viewBox='0 0 100 100' {root}>"
        f"<g id='artwork'>{body}</g>"
        f"<g id='zones' opacity='0'>{zone}</g>"
        f"<g id='guides' opacity='0'>{guide}</g>"
        "</svg>"
    )
