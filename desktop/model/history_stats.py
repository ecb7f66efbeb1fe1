"""Figures people track their progress by: sessions this week, minutes, streak, average tension drop.

Pure functions over records, so the rules ("a week starts on Monday, local time"; "a day counts
towards the streak when at least one step was done") are tested without a database. They are the
specification: the store answers the same questions with SQL aggregates (history_reads.figures), and a
test holds the two to the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.model.history_record import SessionRecord


@dataclass(frozen=True)
class HistoryStats:
    """Totals for the history window. `average_drop` is before − after (positive = eased); None unrated."""

    sessions_this_week: int = 0
    minutes_this_week: float = 0.0
    sessions: int = 0  # in the chosen period
    minutes: float = 0.0  # in the chosen period
    streak_days: int = 0
    average_drop: float | None = None
    rated_sessions: int = 0  # sessions in the period with both ratings


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar day the person lived `moment` on (system time zone unless `tz` is given)."""
    return moment.astimezone(tz).date()


def week_start(now: datetime, tz: tzinfo | None = None) -> datetime:
    """Monday 00:00 local time of the week containing `now`, as an aware datetime."""
    local_now = now.astimezone(tz)
    monday = local_now.date() - timedelta(days=local_now.weekday())
    return datetime.combine(monday, time(0), tzinfo=local_now.tzinfo)


def streak_days(days: set[date], today: date) -> int:
    """Consecutive practice days ending today, or ending yesterday if today has no session yet."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def compute_stats(
    records: Iterable[SessionRecord],
    now: datetime,
    *,
    since: datetime | None = None,
    tz: tzinfo | None = None,
) -> HistoryStats:
    """Totals over all `records`; the period figures count only sessions started at or after `since`."""
    start_of_week = week_start(now, tz)
    practice_days: set[date] = set()
    week_count = 0
    week_seconds = 0.0  # summed in seconds, divided once: the same figure as the SQL totals
    count = 0
    seconds = 0.0
    drops: list[int] = []
    for record in records:
        if record.started_at > now:
            continue
        practised = record.steps_completed > 0
        if practised:
            practice_days.add(local_date(record.started_at, tz))
        record_seconds = record.duration_s or 0.0
        if record.started_at >= start_of_week:
            week_count += 1
            week_seconds += record_seconds
        if since is None or record.started_at >= since:
            count += 1
            seconds += record_seconds
            if record.drop is not None:
                drops.append(record.drop)
    return HistoryStats(
        sessions_this_week=week_count,
        minutes_this_week=week_seconds / 60.0,
        sessions=count,
        minutes=seconds / 60.0,
        streak_days=streak_days(practice_days, local_date(now, tz)),
        average_drop=sum(drops) / len(drops) if drops else None,
        rated_sessions=len(drops),
    )
