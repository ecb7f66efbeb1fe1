"""`ankle-guide --check`: validate routine and diagram files, one line per problem (invariant 5)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def check_paths(paths: Iterable[Path]) -> list[str]:
    """Every problem in every file, as printable lines; an empty list means all are good."""
    lines: list[str] = []
    for path in paths:
        suffix = path.suffix.lower()
        if suffix == ".toml":
            from desktop.model.routine_loader import check_routine_file

            lines.extend(str(p) for p in check_routine_file(path))
        elif suffix == ".svg":
            from desktop.model.svg_guard import check_svg_file

            lines.extend(str(p) for p in check_svg_file(path))
        else:
            lines.append(f"{path}: not a routine (.toml) or diagram (.svg) file")
    return lines
