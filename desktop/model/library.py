"""All routines the app offers: the built-in ones, then the user's own; bad files are reported and skipped.

A user routine whose id is already taken (by a built-in, or by an earlier user file) is skipped with a
problem line rather than renamed: a silently renamed copy would be hard to tell from the original.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from desktop.model.problems import Problem, ValidationError
from desktop.model.routine import Routine, Step
from desktop.model.routine_draft import RoutineDraft, read_draft
from desktop.model.routine_loader import (
    build_index,
    builtin_drafts,
    in_step_order,
    read_limited,
    resolve_draft,
)
from desktop.model.zones import ZoneCatalogue, load_catalogue


class Library(NamedTuple):
    """The loaded routines (built-ins first, each group sorted by title) and one line per skipped file.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    routines: tuple[Routine, ...] = ()
    problems: tuple[Problem, ...] = ()

    def get(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)

    def builtin_titles(self) -> dict[str, str]:
        """Each built-in routine's title in the app's language, by id: history shows past sessions by
        these, so a session done in another language reads like today's (SessionRecord.title_in)."""
        return {r.id: r.title for r in self.routines if r.builtin}

    def steps_for_zone(self, zone_id: str) -> list[tuple[Routine, Step]]:
        """Every step, in every routine, that works on `zone_id` (for the zone panel), in library order."""
        return [(r, s) for r in self.routines for s in r.steps if zone_id in s.zones]


def load_library(user_dir: Path | None = None, *, catalogue: ZoneCatalogue | None = None) -> Library:
    """Read the packaged routines and the *.toml files in `user_dir`, if given; never raises for bad files."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    builtins, problems = builtin_drafts(catalogue)
    owners: dict[str, str] = {}
    drafts: list[tuple[RoutineDraft, list[Problem]]] = []  # each with its own problems so far
    for draft in builtins:
        if _claim(draft, owners, problems):
            drafts.append((draft, []))
    for path in _user_files(user_dir, problems):
        try:
            data = read_limited(path, str(path))
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        try:
            draft, found = read_draft(data, str(path), catalogue=catalogue, builtin=False)
        except Exception as exc:  # a bug must not stop the app over one user file
            problems.append(Problem(str(path), f"could not be read ({type(exc).__name__}); skipped"))
            continue
        if draft is not None and _claim(draft, owners, found):
            drafts.append((draft, found))
        else:
            problems.extend(found)
    index = build_index(d for d, found in drafts if not found)
    loaded: list[Routine] = []
    for draft, found in drafts:
        routine, more = resolve_draft(draft, {**index, draft.id: draft})  # a file may reuse its own steps
        if found or more:
            problems.extend(in_step_order([*found, *more]))
        else:
            loaded.append(routine)
    ordered = sorted(loaded, key=lambda r: (not r.builtin, r.title.casefold(), r.id))
    return Library(routines=tuple(ordered), problems=tuple(problems))


def _claim(draft: RoutineDraft, owners: dict[str, str], problems: list[Problem]) -> bool:
    """Record `draft` as the owner of its id, or report the clash and return False (it is skipped)."""
    if draft.id in owners:
        message = f"id '{draft.id}' is already used by {owners[draft.id]}; skipped"
        problems.append(Problem(draft.source, message, field="id"))
        return False
    if draft.id:
        owners[draft.id] = "a built-in routine" if draft.builtin else draft.source
    return True


def _user_files(user_dir: Path | None, problems: list[Problem]) -> list[Path]:
    """The user's *.toml files, sorted; a missing folder simply means there are none."""
    if user_dir is None or not user_dir.exists():
        return []
    if not user_dir.is_dir():
        problems.append(Problem(str(user_dir), "is not a folder; no user routines were read"))
        return []
    try:  # not only regular files: read_limited refuses a pipe or device in one line, without opening it
        return sorted(p for p in user_dir.glob("*.toml") if not p.is_dir())
    except OSError as exc:
        problems.append(Problem(str(user_dir), f"cannot be read: {exc.strerror or exc}"))
        return []
