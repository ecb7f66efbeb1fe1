"""Which routines' preparation notes were read today, so they show before the day's first session of a
routine and can be skipped after that.

Kept as one short settings string, "2026-12-07 standard quick-break" (the date, then routine ids),
so a new day forgets it by itself. Pure Python, tested without a display.
"""

from __future__ import annotations

from datetime import date

MAX_REMEMBERED = 20  # routine ids kept per day; bounds the settings value whatever is stored


def _parse(value: str | None) -> tuple[str, tuple[str, ...]]:
    words = (value or "").split()
    return (words[0], tuple(words[1 : 1 + MAX_REMEMBERED])) if words else ("", ())


def read_today(value: str | None, routine_id: str, today: date) -> bool:
    """True when `routine_id`'s notes were read (or a session of it started) on `today`."""
    day, ids = _parse(value)
    return day == today.isoformat() and routine_id in ids


def mark_read(value: str | None, routine_id: str, today: date) -> str:
    """The settings value once `routine_id`'s notes are read today (other days are dropped)."""
    day, ids = _parse(value)
    kept = ids if day == today.isoformat() else ()
    if routine_id in kept or not routine_id or any(c.isspace() for c in routine_id):
        return f"{today.isoformat()} {' '.join(kept)}".strip()
    return f"{today.isoformat()} {' '.join((*kept, routine_id)[-MAX_REMEMBERED:])}"


def needs_preparation(notes: tuple[str, ...], value: str | None, routine_id: str, today: date) -> bool:
    """Show the notes before the first step: the routine has some, and they were not read today."""
    return bool(notes) and not read_today(value, routine_id, today)
