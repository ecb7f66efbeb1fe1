"""A history report for a clinician: every word and number of the printed page, composed without Qt
(desktop.ui.print_history lays it out and draws the tension plot).

It reads only what the history's public functions return (SessionRecord rows) and compute_stats; the
table is bounded (MAX_ROWS, newest first) so a years-long history still prints in a few pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from desktop.model.history_record import Outcome, SessionRecord
from desktop.model.history_stats import compute_stats, local_date
from desktop.model.i18n import QT_TRANSLATE_NOOP, local_decimal, translate

MAX_ROWS = 120
MAX_NOTES = 40
_SIDES = {  # how the "Foot" column names the stored sides value
    "right": QT_TRANSLATE_NOOP("history_report", "right"),
    "left": QT_TRANSLATE_NOOP("history_report", "left"),
    "both": QT_TRANSLATE_NOOP("history_report", "both"),
}


@dataclass(frozen=True)
class Rating:
    """One rated session's day and tension before and after, for the report's plot."""

    day: date
    before: int | None
    after: int | None


@dataclass(frozen=True)
class HistoryReport:
    """Every word and number of the printed history page, ready for desktop.ui.print_history."""

    title: str
    period: str
    totals: tuple[str, ...]
    ratings: tuple[Rating, ...]  # oldest first, rated sessions only
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # newest first
    more: str  # "… and 12 older sessions", or ""
    notes: tuple[str, ...]


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)


def history_report(
    records: Iterable[SessionRecord],
    now: datetime,
    tz: tzinfo | None = None,
    titles: Mapping[str, str] | None = None,
) -> HistoryReport:
    """`titles`: built-in routines' titles by id (Library.builtin_titles), shown instead of the saved ones."""
    records = sorted((r for r in records if r.started_at <= now), key=lambda r: r.started_at)
    stats = compute_stats(records, now, tz=tz)
    if records:
        first, last = local_date(records[0].started_at, tz), local_date(records[-1].started_at, tz)
        period = translate("history_report", "Sessions from {first} to {last}").format(
            first=first.isoformat(), last=last.isoformat()
        )
    else:
        period = translate("history_report", "No sessions recorded yet")
    finished = sum(1 for r in records if r.outcome is Outcome.FINISHED)
    pain = sum(1 for r in records if r.outcome is Outcome.STOPPED_PAIN)
    totals = [
        # Counts as {placeholders}, worded so one form fits every number: pyside6-lupdate gives
        # translate() no plural forms (it keeps them only for self.tr), so %n would gain nothing.
        translate(
            "history_report", "{count} sessions, {finished} finished, {pain} ended early for pain"
        ).format(count=len(records), finished=finished, pain=pain),
        translate("history_report", "{minutes} minutes of massage in all; {week} sessions this week").format(
            minutes=round(stats.minutes), week=stats.sessions_this_week
        ),
    ]
    if stats.average_drop is not None:
        totals.append(
            translate(
                "history_report",
                "Tension (0–10) eased by {points} points on average over {count} rated sessions",
            ).format(points=local_decimal(f"{stats.average_drop:.1f}"), count=stats.rated_sessions)
        )
    ratings = tuple(
        Rating(local_date(r.started_at, tz), r.tension_before, r.tension_after)
        for r in records
        if r.tension_before is not None or r.tension_after is not None
    )
    newest = records[::-1]
    rows = tuple(
        (
            r.started_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            r.title_in(titles or {}),
            translate("history_report", _SIDES[r.sides]) if r.sides in _SIDES else r.sides,
            r.outcome.label,
            translate("history_report", "{minutes} min").format(minutes=round((r.duration_s or 0) / 60)),
            f"{_rating(r.tension_before)} → {_rating(r.tension_after)}",
        )
        for r in newest[:MAX_ROWS]
    )
    more = (
        translate("history_report", "… and {count} older sessions").format(count=len(newest) - MAX_ROWS)
        if len(newest) > MAX_ROWS
        else ""
    )
    notes = tuple(
        f"{local_date(r.started_at, tz).isoformat()}: {r.note.strip()}" for r in newest if r.note.strip()
    )[:MAX_NOTES]
    return HistoryReport(
        title=translate("history_report", "Ankle massage: session history"),
        period=period,
        totals=tuple(totals),
        ratings=ratings,
        header=(
            translate("history_report", "When"),
            translate("history_report", "Routine"),
            translate("history_report", "Foot"),
            translate("history_report", "Outcome"),
            translate("history_report", "Time"),
            translate("history_report", "Tension"),
        ),
        rows=rows,
        more=more,
        notes=notes,
    )
