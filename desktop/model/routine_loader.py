"""Routine files (routines/*.toml) → validated Routine objects, reporting every problem at once (invariant 5).

Reading happens in two stages so one routine can reuse another's steps without copying prose:
`read_draft` (desktop.model.routine_draft) validates each file on its own, then `resolve_draft` here
replaces each `from = "<routine>/<step>"` reference with the step it names. A reference must name a step
written out in full, never another reference, so references cannot chain and therefore cannot loop.
The only exception that leaves this module is ValidationError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib.resources.abc import Traversable
from pathlib import Path

from desktop import resources
from desktop.model.i18n import ENGLISH, current_language
from desktop.model.problems import Problem, ValidationError
from desktop.model.routine import Phase, Routine, Step
from desktop.model.routine_draft import MAX_FILE_BYTES, RoutineDraft, StepRef, read_draft
from desktop.model.safe_read import read_checked
from desktop.model.table_reader import suggest
from desktop.model.zones import ZoneCatalogue, load_catalogue


def resolve_draft(draft: RoutineDraft, index: Mapping[str, RoutineDraft]) -> tuple[Routine, list[Problem]]:
    """Replace references by the steps they name, looked up in `index` (routine id → draft)."""
    problems: list[Problem] = []
    steps: list[Step] = []
    for entry in draft.entries:
        step = entry if isinstance(entry, Step) else _follow(entry, draft.source, index, problems)
        if step is not None:
            steps.append(step)
    routine = Routine(
        id=draft.id,
        title=draft.title,
        summary=draft.summary,
        sides=draft.sides,
        steps=tuple(steps),
        preparation=draft.preparation,
        source=draft.source,
        builtin=draft.builtin,
        tags=draft.tags,
        programme=draft.programme,
    )
    return routine, problems


def _follow(
    ref: StepRef, file: str, index: Mapping[str, RoutineDraft], problems: list[Problem]
) -> Step | None:
    def fail(message: str) -> None:
        problems.append(Problem(file, message, ref.label, "from"))

    target = index.get(ref.routine_id)
    if target is None:
        fail(f"unknown routine '{ref.routine_id}'{suggest(ref.routine_id, sorted(index))}")
        return None
    entry = target.entry(ref.step_id)
    if entry is None:
        ids = [e.id if isinstance(e, Step) else e.effective_id for e in target.entries]
        fail(f"routine '{ref.routine_id}' has no step '{ref.step_id}'{suggest(ref.step_id, ids)}")
        return None
    if isinstance(entry, StepRef):
        fail(
            f"'{ref.routine_id}/{ref.step_id}' is itself a reference to "
            f"'{entry.routine_id}/{entry.step_id}'; point at that step instead "
            "(references may not chain, so they can never loop)"
        )
        return None
    step = entry._replace(id=ref.effective_id)
    if ref.duration_s is not None and ref.duration_s != entry.duration_s:
        step = step._replace(duration_s=ref.duration_s, phases=_scaled(entry.phases, ref.duration_s))
    return step


def _scaled(phases: tuple[Phase, ...], duration: float) -> tuple[Phase, ...]:
    """Phases stretched to a new step duration, keeping their proportions and an exact total."""
    if not phases:
        return ()
    factor = duration / sum(p.seconds for p in phases)
    head = [p._replace(seconds=p.seconds * factor) for p in phases[:-1]]
    return (*head, phases[-1]._replace(seconds=duration - sum(p.seconds for p in head)))


def build_index(drafts: Iterable[RoutineDraft]) -> dict[str, RoutineDraft]:
    """Routine id → draft, the first of each id winning (built-ins come first)."""
    index: dict[str, RoutineDraft] = {}
    for draft in drafts:
        index.setdefault(draft.id, draft)
    return index


def read_limited(source: Path | Traversable, file: str) -> bytes:
    """A routine file's bytes, refusing a non-regular or oversized one unread; → ValidationError."""
    return read_checked(source, file, MAX_FILE_BYTES, _too_large)


def _too_large(size: int) -> str:
    return f"is {size // 1024} KiB; routine files are limited to {MAX_FILE_BYTES // 1024} KiB"


def builtin_drafts(
    catalogue: ZoneCatalogue | None = None, language: str | None = None
) -> tuple[list[RoutineDraft], list[Problem]]:
    """Every packaged routine that validates on its own, plus the problems of those that do not.

    With their words in `language` (default: the app's, desktop.model.i18n) where a translation ships;
    the problems of the packaged words in that language (routines and zones) come with the others, and a
    routine whose words have one stays English (desktop.model.routine_words).
    """
    language = language or current_language()
    drafts, problems = _english_builtins(catalogue)
    if language == ENGLISH:
        return drafts, problems
    from desktop.model.routine_words import localised_drafts  # here: only another language needs it

    drafts, more = localised_drafts(drafts, language)
    zone_problems = (catalogue if catalogue is not None else load_catalogue(language)).problems
    return drafts, [*problems, *zone_problems, *more]


def _english_builtins(catalogue: ZoneCatalogue | None) -> tuple[list[RoutineDraft], list[Problem]]:
    drafts: list[RoutineDraft] = []
    problems: list[Problem] = []
    for item in resources.listdir("routines", ".toml"):
        file = f"routines/{item.name}"
        try:
            data = read_limited(item, file)
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        draft, found = read_draft(data, file, catalogue=catalogue, builtin=True)
        problems.extend(found)
        if draft is not None and not found:
            drafts.append(draft)
    return drafts, problems


def in_step_order(problems: Iterable[Problem]) -> list[Problem]:
    """Whole-file problems first, then by step number, keeping the order found within each step."""

    def position(problem: Problem) -> int:
        words = (problem.step or "").split()
        return int(words[1]) if len(words) > 1 and words[1].isdigit() else 0  # "step 3", "Schritt 3"

    return sorted(problems, key=position)


def _finish(
    draft: RoutineDraft | None, problems: list[Problem], others: Callable[[], list[RoutineDraft]]
) -> tuple[Routine | None, list[Problem]]:
    """Resolve a draft's references (reading `others` only if it has any) and gather every problem."""
    if draft is None:
        return None, problems
    index = build_index([draft, *others()]) if draft.has_references else {}
    routine, more = resolve_draft(draft, index)
    problems = in_step_order([*problems, *more])
    return (None if problems else routine), problems


def parse_routine(data: bytes, file: str, *, catalogue: ZoneCatalogue | None = None) -> Routine:
    """One routine file's bytes → Routine; references may name its own steps or a built-in routine's.

    Raises ValidationError listing every problem; nothing else escapes.
    """
    draft, problems = read_draft(data, file, catalogue=catalogue)
    routine, problems = _finish(draft, problems, lambda: builtin_drafts(catalogue)[0])
    if routine is None:
        raise ValidationError(problems)
    return routine


def check_routine_file(path: Path, *, folder: Sequence[RoutineDraft] | None = None) -> list[Problem]:
    """Every problem in one routine file (empty when it is good), as `ankle-guide --check` prints them.

    References resolve against the file itself, the built-in routines and the other .toml files beside
    it, as the app's library does for the user's routine folder; an id the app would refuse because a
    built-in routine or an earlier file in that folder has it is reported too. `folder`: the valid
    drafts of that folder (folder_drafts), when checking many of its files reads each only once.
    """
    file = str(path)
    try:
        draft, problems = read_draft(read_limited(path, file), file)
    except ValidationError as exc:
        return list(exc.problems)
    builtins = builtin_drafts()[0]
    everyone = folder_drafts(path.parent) if folder is None else folder
    siblings = [d for d in everyone if Path(d.source).name != path.name]
    if draft is not None and draft.id:
        problems = [*problems, *_id_clash(path, draft, builtins, siblings)]
    return _finish(draft, problems, lambda: builtins + siblings)[1]


def _id_clash(
    path: Path, draft: RoutineDraft, builtins: list[RoutineDraft], siblings: list[RoutineDraft]
) -> list[Problem]:
    """The line the app's library would give when it skips this file for its id (desktop.model.library)."""
    if not _is_packaged(path) and any(b.id == draft.id for b in builtins):
        owner = "a built-in routine"
    else:  # the library reads a folder's files in sorted order; the first of an id wins
        earlier = (s.source for s in siblings if s.id == draft.id and Path(s.source).name < path.name)
        owner = next(earlier, None)
    if owner is None:
        return []
    return [
        Problem(
            str(path), f"id '{draft.id}' is already used by {owner}; the app would skip this file", field="id"
        )
    ]


def _is_packaged(path: Path) -> bool:
    """Whether `path` is one of the app's own routine files (checking it must not clash with itself)."""
    try:
        real = path.resolve()
        return any(
            isinstance(i, Path) and i.resolve() == real for i in resources.listdir("routines", ".toml")
        )
    except OSError:
        return False


def folder_drafts(folder: Path) -> list[RoutineDraft]:
    """The valid drafts of the .toml files in `folder`, in the order the library reads them."""
    drafts: list[RoutineDraft] = []
    try:
        files = sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        return drafts
    for file in files:
        try:
            draft, problems = read_draft(read_limited(file, str(file)), str(file), builtin=False)
        except ValidationError:
            continue
        if draft is not None and not problems:
            drafts.append(draft)
    return drafts
