"""`ankle-guide --export-history PATH`: write every recorded session to a CSV file, no window needed.

The export only reads: a damaged history file is reported, not moved aside (the app does that when it
starts), and a missing one is not created.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.model.history import HistoryCorrupt, HistoryStore, HistoryUnavailable, SessionRecord
from desktop.model.history_csv import lunge_csv_path, write_csv, write_lunge_csv
from desktop.model.history_measures import read_measures


def _fail(message: str) -> int:
    print(f"ankle-guide: {message}", file=sys.stderr)
    return 1


def export_history_cli(path: Path) -> int:
    """Write the history to `path`; print one line saying what happened; 0 on success, 1 on failure."""
    from desktop.paths import history_db_path

    db = history_db_path()
    records: list[SessionRecord] = []
    measures: dict = {}
    if db.exists():
        try:
            with HistoryStore(db) as store:
                records = store.sessions()
            measures = read_measures(db)
        except HistoryCorrupt as exc:
            return _fail(f"{exc} Nothing was exported.")
        except HistoryUnavailable as exc:
            return _fail(str(exc))
    target = Path(path).expanduser()
    try:
        count = write_csv(records, target, extras=measures.get("extras"), mornings=measures.get("mornings"))
        if measures.get("lunges"):
            write_lunge_csv(measures["lunges"], lunge_csv_path(target))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _fail(f"could not write {target}: {reason}")
    if count == 0:
        print(f"No sessions recorded yet; wrote an empty table (header only) to {target}")
    else:
        print(f"Wrote {count} session{'s' if count != 1 else ''} to {target}")
    return 0
