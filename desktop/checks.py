"""`ankle-guide --check`: validate routine and diagram files, one line per problem (invariant 5).

Each file is checked on its own and its result is given as soon as it is known, so one bad file (or a
bug its bytes find) never hides the others' results. A folder stands for the .toml and .svg files in it,
and those of its language folders (routines/de/): a .toml file in a folder named after a translated
language holds a built-in routine's words (or, as zones.toml, the zones' words) and is checked against
its English original (desktop.model.routine_words, desktop.model.zone_words).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.model.i18n import ENGLISH
from desktop.model.problems import Problem
from desktop.model.words_file import TRANSLATED

SUFFIXES = (".toml", ".svg")


def expand(paths: Iterable[Path]) -> list[Path]:
    """The files to check: each path given, a folder replaced by its .toml and .svg entries (sorted).

    A folder's entries are listed whatever they are (a named pipe called x.toml is refused by name when
    checked, without being opened); a folder with none of them stays, to be reported.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = _entries(path)
            if not is_words_folder(path):
                for language in TRANSLATED:
                    if (path / language).is_dir():
                        found += _entries(path / language)
            files.extend(found or [path])
        else:
            files.append(path)
    return files


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and not p.is_dir())
    except OSError:
        return []


def is_words_folder(folder: Path) -> bool:
    """Whether `folder` holds translation files: it is named after a translated language ("de")."""
    return folder.name in TRANSLATED


def check_file(path: Path, folders: dict[Path, list] | None = None) -> list[str]:
    """Every problem with one file, as printable lines; empty when it is good. Never raises."""
    folders = {} if folders is None else folders
    try:
        return [str(p) for p in _problems(path, folders)]
    except Exception as exc:  # a bug must not cost the other files their results
        return [str(Problem(str(path), f"could not be checked: {type(exc).__name__}: {exc}"))]


def _problems(path: Path, folders: dict[Path, list]) -> list[Problem]:
    if path.is_dir():
        return [Problem(str(path), "is a folder with no routine (.toml) or diagram (.svg) files")]
    suffix = path.suffix.lower()
    if suffix == ".toml" and is_words_folder(path.parent):
        return _words_problems(path)
    if suffix == ".toml":
        from desktop.model.routine_loader import check_routine_file, folder_drafts

        if path.parent not in folders:
            folders[path.parent] = folder_drafts(path.parent)
        return check_routine_file(path, folder=folders[path.parent])
    if suffix == ".svg":
        from desktop.model.svg_guard import check_svg_file

        return check_svg_file(path)
    return [Problem(str(path), "not a routine (.toml) or diagram (.svg) file")]


def _words_problems(path: Path) -> list[Problem]:
    """A translation file checked against its English original: the zones' words or a routine's."""
    if path.name == "zones.toml":
        from desktop.model.zone_words import check_zone_words_file
        from desktop.model.zones import load_catalogue

        return check_zone_words_file(path, load_catalogue(ENGLISH).words())
    from desktop.model.routine_loader import builtin_drafts
    from desktop.model.routine_words import check_routine_words_file

    return check_routine_words_file(path, builtin_drafts(language=ENGLISH)[0])


def check_each(paths: Iterable[Path]) -> Iterator[tuple[Path, list[str]]]:
    """(file, its problem lines) for every file `expand` finds, one at a time."""
    folders: dict[Path, list] = {}  # each folder's routines, read once for all its files
    for path in expand(paths):
        yield path, check_file(path, folders)


def check_paths(paths: Iterable[Path]) -> list[str]:
    """Every problem in every file, as printable lines; an empty list means all are good."""
    return [line for _, lines in check_each(paths) for line in lines]
