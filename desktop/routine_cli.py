"""`--import-routine FILE`, `--print-routine ID OUT.pdf` and `--print-history OUT.pdf` on the command line."""

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


def print_routine_cli(routine_id: str, out: Path) -> int:
    """Write the printed card of one routine to a PDF, without a window (offscreen)."""
    import os

    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # nothing is shown; works without a display
    from desktop.model.library import load_library
    from desktop.model.zones import load_catalogue
    from desktop.paths import user_routines_dir

    catalogue = load_catalogue()
    library = load_library(user_dir=user_routines_dir(), catalogue=catalogue)
    routine = library.get(routine_id)
    if routine is None:
        known = ", ".join(r.id for r in library.routines)
        print(f"ankle-guide: no routine called '{routine_id}'; known routines: {known}", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from desktop.ui.print_card import write_card_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - fonts and widgets need it
    pages, error = write_card_pdf(out, routine, catalogue)
    if error:
        print(f"ankle-guide: {error}", file=sys.stderr)
        return 1
    print(f"wrote {pages} page(s) to {out}")
    return 0


def print_history_cli(out: Path) -> int:
    """Write the history report for a clinician to a PDF, without a window (offscreen)."""
    import os
    from datetime import UTC, datetime

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.model.history import HistoryStore
    from desktop.model.history_record import HistoryUnavailable, SessionRecord
    from desktop.model.history_report import history_report
    from desktop.paths import history_db_path

    db = history_db_path()
    records: list[SessionRecord] = []
    if db.exists():
        try:
            with HistoryStore(db) as store:
                records = store.sessions()
        except HistoryUnavailable as exc:
            print(f"ankle-guide: {exc} Nothing was written.", file=sys.stderr)
            return 1
    from PySide6.QtWidgets import QApplication

    from desktop.ui.print_history import write_report_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    from desktop.model.library import load_library

    titles = load_library().builtin_titles()  # the report names built-in routines as they read today
    pages, error = write_report_pdf(out, history_report(records, datetime.now(UTC), titles=titles))
    if error:
        print(f"ankle-guide: {error}", file=sys.stderr)
        return 1
    print(f"wrote {pages} page(s) about {len(records)} session(s) to {out}")
    return 0
