"""Session history as a CSV file, to open in a spreadsheet or hand to a physiotherapist.

Times are written in local time with their UTC offset (ISO 8601), so they read naturally and still
name the exact moment. The file is replaced atomically: a crash mid-export never leaves half a file.
Text that a spreadsheet would run as a formula (=, +, -, @ first) is quoted with a leading apostrophe;
`read_csv` undoes that, so export → import gives back the same records.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

from desktop.model.export_target import existing_target, keep_mode
from desktop.model.history_record import LungeRecord, MorningRecord, Outcome, SessionExtras, SessionRecord

FIELDS = (
    "id",
    "started_at",
    "ended_at",
    "minutes",
    "routine_id",
    "routine_title",
    "sides",
    "steps_completed",
    "steps_total",
    "outcome",
    "tension_before",
    "tension_after",
    "tension_drop",
    "tight_zones",
    "note",
    "active_seconds",
)
# Issue 18: pain kept apart from tension, the pressure used and the next-morning answer, per session.
MEASURE_FIELDS = ("pain_before", "pain_after", "pressure_kg", "morning_feel", "morning_pain")
# One row per knee-to-wall lunge test (desktop.model.mobility): best try per foot, cm.
LUNGE_FIELDS = ("measured_at", "timing", "session_id", "right_cm", "left_cm", "side_difference_cm")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _untext(value: str) -> str:
    return value[1:] if value.startswith("'") else value


def _opt(value: object) -> str:
    return "" if value is None else str(value)


def _row(record: SessionRecord) -> dict[str, str]:
    minutes = record.duration_s
    return {
        "id": str(record.id),
        "started_at": record.started_at.astimezone().isoformat(),
        "ended_at": record.ended_at.astimezone().isoformat() if record.ended_at else "",
        "minutes": "" if minutes is None else f"{minutes / 60:.1f}",
        "routine_id": _text(record.routine_id),
        "routine_title": _text(record.routine_title),
        "sides": record.sides,
        "steps_completed": str(record.steps_completed),
        "steps_total": str(record.steps_total),
        "outcome": record.outcome.value,
        "tension_before": _opt(record.tension_before),
        "tension_after": _opt(record.tension_after),
        "tension_drop": _opt(record.drop),
        "tight_zones": ";".join(record.tight_zones),
        "note": _text(record.note),
        "active_seconds": _opt(record.active_s),
    }


def _measures(extras: SessionExtras | None, morning: MorningRecord | None) -> dict[str, str]:
    extras = extras or SessionExtras()
    return {
        "pain_before": _opt(extras.pain_before),
        "pain_after": _opt(extras.pain_after),
        "pressure_kg": "" if extras.pressure_kg is None else f"{extras.pressure_kg:g}",
        "morning_feel": morning.feel if morning else "",
        "morning_pain": _opt(morning.pain) if morning else "",
    }


def write_csv(
    records: Iterable[SessionRecord],
    path: Path,
    *,
    extras: Mapping[int, SessionExtras] | None = None,
    mornings: Mapping[int, MorningRecord] | None = None,
) -> int:
    """Write `records` to `path` (UTF-8 with BOM, for spreadsheets); returns how many were written.

    With `extras`/`mornings` (by session id, desktop.model.history_measures) the MEASURE_FIELDS columns
    carry pain, pressure and the next-morning answer; without them those columns are left out.

    Written to a temporary file beside `path`, flushed to disk, then renamed over it. A new file is
    readable by its owner only (it is health data); a replaced one keeps its permissions. Raises
    OSError when the folder can't be written, ExportRefused (an OSError) when `path` is not a regular
    file (desktop.model.export_target).
    """
    path = Path(path)
    old = existing_target(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            measured = extras is not None or mornings is not None
            writer = csv.DictWriter(handle, fieldnames=FIELDS + MEASURE_FIELDS if measured else FIELDS)
            writer.writeheader()
            for record in records:
                row = _row(record)
                if measured:
                    row |= _measures((extras or {}).get(record.id), (mornings or {}).get(record.id))
                writer.writerow(row)
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        keep_mode(tmp, old)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return count


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _int_or_none(text: str) -> int | None:
    return int(text) if text.strip() else None


def read_csv(path: Path) -> list[SessionRecord]:
    """Read a file written by write_csv back into records (derived columns are ignored)."""
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(FIELDS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: not a session history export (missing {', '.join(sorted(missing))})")
        return [
            SessionRecord(
                id=int(row["id"]),
                started_at=datetime.fromisoformat(row["started_at"]),
                ended_at=datetime.fromisoformat(row["ended_at"]) if row["ended_at"] else None,
                routine_id=_untext(row["routine_id"]),
                routine_title=_untext(row["routine_title"]),
                sides=row["sides"],
                steps_completed=int(row["steps_completed"]),
                steps_total=int(row["steps_total"]),
                outcome=Outcome(row["outcome"]),
                tension_before=_int_or_none(row["tension_before"]),
                tension_after=_int_or_none(row["tension_after"]),
                tight_zones=tuple(z for z in row["tight_zones"].split(";") if z),
                note=_untext(row["note"]),
                active_s=_int_or_none(row["active_seconds"]),
            )
            for row in reader
        ]


def lunge_csv_path(sessions_path: Path) -> Path:
    """Where the lunge tests go beside a sessions export: `history.csv` → `history-lunge-tests.csv`."""
    path = Path(sessions_path)
    return path.with_name(f"{path.stem}-lunge-tests{path.suffix or '.csv'}")


def write_lunge_csv(tests: Iterable[LungeRecord], path: Path) -> int:
    """Write the lunge tests (one row each, oldest first) as write_csv writes sessions; returns how many."""
    path = Path(path)
    old = existing_target(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=LUNGE_FIELDS)
            writer.writeheader()
            for test in tests:
                both = test.right_cm is not None and test.left_cm is not None
                writer.writerow(
                    {
                        "measured_at": test.measured_at.astimezone().isoformat(),
                        "timing": test.timing,
                        "session_id": _opt(test.session_id),
                        "right_cm": _opt(test.right_cm),
                        "left_cm": _opt(test.left_cm),
                        "side_difference_cm": f"{test.right_cm - test.left_cm:.1f}" if both else "",
                    }
                )
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        keep_mode(tmp, old)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return count
