"""Importing a routine file into the user's folder, and exporting one: checked by the loader, all or nothing.

An import is refused with every problem (file, step and field, the loader's own lines) and nothing is
written; an accepted one is copied byte for byte, so comments and layout survive. Its references
(`from = "standard/..."`) may name a built-in routine or one already in the user's folder. Writing is
injected (`write(path, data) -> error or None`): the app and the command line pass QSaveFile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.model.library import Library, _claim
from desktop.model.problems import Problem, ValidationError
from desktop.model.routine import Routine
from desktop.model.routine_draft import RoutineDraft, read_draft
from desktop.model.routine_edit import from_routine, to_toml
from desktop.model.routine_loader import (
    build_index,
    builtin_drafts,
    in_step_order,
    read_limited,
    resolve_draft,
)
from desktop.model.zones import ZoneCatalogue

Write = Callable[[Path, bytes], "str | None"]


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the routine and where it was written, or every problem that refused it."""

    routine: Routine | None
    path: Path | None  # where it was written (None when refused)
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.routine is not None and self.path is not None and not self.problems


def free_path(folder: Path, routine_id: str) -> Path:
    """<folder>/<id>.toml, or <id>-2.toml… when that file exists already (never overwrite)."""
    stem = routine_id or "routine"
    path = folder / f"{stem}.toml"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.toml"
        n += 1
    return path


def owners_of(library: Library, *, except_source: str = "") -> dict[str, str]:
    """Every loaded routine's id → who has it, as the library words a clash (leaving one file out)."""
    return {
        r.id: "a built-in routine" if r.builtin else r.source
        for r in library.routines
        if not (except_source and r.source == except_source)
    }


def check_import(
    data: bytes, file: str, library: Library, *, catalogue: ZoneCatalogue | None = None
) -> tuple[Routine | None, list[Problem]]:
    """The routine in `data`, or every problem with it, as it would load beside the user's routines."""
    draft, problems = read_draft(data, file, catalogue=catalogue, builtin=False)
    if draft is None:
        return None, problems
    _claim(draft, owners_of(library), problems)
    routine, more = resolve_draft(draft, _reference_index(draft, library, catalogue))
    problems = in_step_order([*problems, *more])
    return (None if problems else routine), problems


def _reference_index(
    draft: RoutineDraft, library: Library, catalogue: ZoneCatalogue | None
) -> dict[str, RoutineDraft]:
    """What a reference may name: the file itself, a built-in routine, or a routine already loaded."""
    if not draft.has_references:
        return {}
    users = [
        RoutineDraft(r.id, r.title, r.summary, r.sides, r.steps, r.preparation, r.tags, r.source, False)
        for r in library.routines
        if not r.builtin
    ]
    return build_index([draft, *builtin_drafts(catalogue)[0], *users])


def import_file(
    source: Path, folder: Path, library: Library, write: Write, *, catalogue: ZoneCatalogue | None = None
) -> ImportResult:
    """Check `source` and copy it into `folder`; on any problem nothing is written."""
    file = str(source)
    try:
        data = read_limited(source, file)
    except ValidationError as exc:
        return ImportResult(None, None, exc.problems)
    routine, problems = check_import(data, file, library, catalogue=catalogue)
    if routine is None:
        return ImportResult(None, None, tuple(problems))
    target = free_path(folder, routine.id)
    error = write(target, data)
    if error:
        return ImportResult(None, None, (Problem(str(target), error),))
    return ImportResult(routine, target, ())


def export_bytes(routine: Routine) -> bytes:
    """A routine as one self-contained file: its steps written in full, so it loads on any machine."""
    return to_toml(from_routine(routine))
