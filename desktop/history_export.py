"""`ankle-guide --export-history PATH [--force]`: every recorded session to a CSV file, no window needed.

The export only reads: a damaged history file is reported, not moved aside (the app does that when it
starts), a missing one is not created, and one that cannot be written (a read-only folder, a full
disk) is read read-only. An existing file at PATH is replaced only with --force, and only if it is a
regular file (desktop.model.export_target); it keeps its permissions.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.model.export_target import ExportRefused, existing_target
from desktop.model.history import HistoryCorrupt, HistoryStore, HistoryUnavailable, SessionRecord
from desktop.model.history_csv import lunge_csv_path, write_csv, write_lunge_csv
from desktop.model.history_measures import read_measures


def _fail(message: str) -> int:
    print(f"ankle-guide: {message}", file=sys.stderr)
    return 1


def _read_sessions(db: Path) -> list[SessionRecord]:
    """Every session in the history at `db`; raises HistoryUnavailable (HistoryCorrupt) if it can't."""
    if not db.exists() or db.stat().st_size == 0:
        return []
    try:
        store = HistoryStore(db)
    except HistoryCorrupt:
        raise
    except HistoryUnavailable:  # can't be written (read-only folder or file, full disk): just read it
        store = HistoryStore(db, read_only=True)
    with store:
        return store.sessions()


def _read_measures(db: Path) -> dict:
    """Issue 18's measurements (desktop.model.history_measures), or none when they can't be read: the
    sessions are exported whatever happens to them."""
    try:
        return read_measures(db)
    except (HistoryUnavailable, OSError):
        return {}


def export_history_cli(path: Path, *, force: bool = False) -> int:
    """Write the history to `path`; print one line saying what happened; 0 on success, 1 on failure."""
    from desktop.paths import history_db_path

    target = Path(path).expanduser()
    try:
        if existing_target(target) is not None and not force:
            return _fail(f"{target} already exists; nothing was written (add --force to replace it)")
    except ExportRefused as exc:
        return _fail(f"{exc}. Nothing was written.")
    except OSError as exc:
        return _fail(f"could not write {target}: {exc.strerror or exc}")
    try:
        records = _read_sessions(history_db_path())
    except HistoryCorrupt as exc:
        return _fail(f"{exc} Nothing was exported.")
    except (HistoryUnavailable, OSError) as exc:
        return _fail(str(exc))
    measures = _read_measures(history_db_path()) if records else {}
    try:
        count = write_csv(records, target, extras=measures.get("extras"), mornings=measures.get("mornings"))
        if measures.get("lunges"):
            write_lunge_csv(measures["lunges"], lunge_csv_path(target))
    except ExportRefused as exc:
        return _fail(f"{exc}. Nothing was written.")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _fail(f"could not write {target}: {reason}")
    if count == 0:
        print(f"No sessions recorded yet; wrote an empty table (header only) to {target}")
    else:
        print(f"Wrote {count} session{'s' if count != 1 else ''} to {target}")
    return 0
