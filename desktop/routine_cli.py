"""`ankle-guide --import-routine FILE` (and, later, --print-routine): the routine commands of the CLI."""

from __future__ import annotations

import sys
from pathlib import Path


def import_routine_cli(source: Path) -> int:
    """Check `source` and copy it into the user's routines; every problem printed and nothing written."""
    from desktop.model.library import load_library
    from desktop.model.routine_import import import_file
    from desktop.paths import user_routines_dir
    from desktop.qt.save_file import write_atomically

    folder = user_routines_dir()
    result = import_file(source, folder, load_library(user_dir=folder), write_atomically)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"ankle-guide: {source} was not imported; nothing was written", file=sys.stderr)
        return 1
    print(f"imported '{result.routine.id}' ({result.routine.title}) to {result.path}")
    return 0
