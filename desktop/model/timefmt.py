"""How seconds are written: m:ss for every clock in the app.

The rounding rule itself (show the ceiling of what is left) lives in desktop.model.session_plan, where
the engine also schedules its ticks by it; it is re-exported here so views need one import.
"""

from __future__ import annotations

from desktop.model.session_plan import display_seconds

__all__ = ["display_seconds", "format_mmss", "format_remaining"]


def format_mmss(seconds: int) -> str:
    """`seconds` as m:ss ("0:05", "12:30", "75:00"); negative values show as 0:00."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes}:{secs:02d}"


def format_remaining(remaining: float) -> str:
    """A countdown value as m:ss, rounded like the engine rounds it (89.2 s left → "1:30")."""
    return format_mmss(display_seconds(remaining))
