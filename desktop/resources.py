"""One place that reads the app's packaged files (invariant 8).

In a wheel the top-level `assets/` and `routines/` folders are shipped as
`desktop/_data/...`; in a checkout they sit beside the package. Either way they
are found relative to the package, never the current directory.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

_TOP_FOLDERS = ("assets", "routines")


@cache  # where the package lies does not change while it runs: found once (~0.1 ms a look-up)
def _root() -> Traversable:
    bundled = files("desktop") / "_data"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent


def resource(relative: str) -> Traversable:
    """The packaged file at `relative` (e.g. "assets/zones.toml"); refuses `..` and absolute paths."""
    parts = PurePosixPath(relative).parts
    if not parts or parts[0] not in _TOP_FOLDERS or ".." in parts or relative.startswith("/"):
        raise ValueError(f"not a packaged resource path: {relative!r}")
    node = _root()
    for part in parts:
        node = node / part
    return node


def read_bytes(relative: str) -> bytes:
    return resource(relative).read_bytes()


def read_text(relative: str) -> str:
    return resource(relative).read_text(encoding="utf-8")


def listdir(relative: str, suffix: str = "") -> list[Traversable]:
    """Files directly under a packaged folder, sorted by name, optionally filtered by suffix."""
    folder = resource(relative)
    if not folder.is_dir():
        return []
    return sorted(
        (f for f in folder.iterdir() if f.is_file() and f.name.endswith(suffix)),
        key=lambda f: f.name,
    )
