"""A programme from a physiotherapist: the optional `[programme]` table of a routine file, and how the
history measures up to it (finished sessions against the plan, week by week).

```toml
[programme]
author = "Sam Rivera, physiotherapist"   # who wrote it
sessions_per_week = 3                     # 1 to 14
weeks = 6                                 # 1 to 52
note = "Gentle on the outer ankle for the first fortnight."   # optional
start = 2026-12-07                        # optional; else the week of the first session with the routine
```

Weeks are 7-day blocks from the start date. Only finished sessions count: a session stopped early was
not the session the plan asked for. Everything here is pure (dates in, numbers out). The lines for the
window are in the app's language (context "programme"); the file's error messages stay English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from desktop.model.i18n import translate
from desktop.model.routine import Programme
from desktop.model.table_reader import TableReader, describe

if TYPE_CHECKING:  # the history's records are read only when a plan is shown, not at start-up
    from desktop.model.history_record import SessionRecord

PROGRAMME_KEYS = ("author", "sessions_per_week", "weeks", "note", "start")
MAX_SESSIONS_PER_WEEK = 14
MAX_WEEKS = 52


def read_programme(doc: Mapping[str, Any], top: TableReader) -> Programme | None:
    """The routine file's `[programme]` table, if any; each problem one line naming `programme.<field>`."""
    if "programme" not in doc:
        return None
    table = top.table(doc, "programme", "[programme] with author, sessions_per_week and weeks")
    if table is None:
        return None
    r = top.at("programme.")
    before = len(r.problems)
    r.unknown_keys(table, PROGRAMME_KEYS)
    author = r.text(table, "author", limit=80)
    per_week = _count(table, "sessions_per_week", MAX_SESSIONS_PER_WEEK, r)
    weeks = _count(table, "weeks", MAX_WEEKS, r)
    note = r.text(table, "note", limit=600, required=False) or ""
    start = table.get("start")
    if start is not None and (not isinstance(start, date) or hasattr(start, "hour")):
        r.problem(f"must be a date without quotes, like 2026-12-07, not {describe(start)}", "start")
    if len(r.problems) > before or author is None or per_week is None or weeks is None:
        return None
    return Programme(author, per_week, weeks, note, start)


def _count(table: Mapping[str, Any], key: str, maximum: int, r: TableReader) -> int | None:
    value = table.get(key)
    if value is None:
        r.problem("missing required field", key)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        r.problem(f"must be a whole number from 1 to {maximum}, not {describe(value)}", key)
        return None
    if not 1 <= value <= maximum:
        r.problem(f"must be from 1 to {maximum}, not {value}", key)
        return None
    return value


@dataclass(frozen=True)
class Week:
    """One 7-day week of a programme: finished sessions against the plan, for the progress line."""

    number: int  # from 1
    first_day: date
    done: int  # finished sessions of the routine in this week
    planned: int


def weeks_done(
    programme: Programme,
    routine_id: str,
    records: Iterable[SessionRecord],
    today: date,
    tz: tzinfo | None = None,
) -> tuple[Week, ...]:
    """Each week of the programme up to today's (or all, once it is over), with its finished sessions.

    `tz` is the zone whose calendar days count (None: the computer's); records are stored in UTC.
    """
    from desktop.model.history_record import Outcome

    days = sorted(
        r.started_at.astimezone(tz).date()
        for r in records
        if r.routine_id == routine_id and r.outcome is Outcome.FINISHED
    )
    start = programme.start or (days[0] if days else today)
    if today < start:
        return ()
    current = min((today - start).days // 7 + 1, programme.weeks)
    weeks = []
    for n in range(1, current + 1):
        first = start + timedelta(days=7 * (n - 1))
        done = sum(1 for d in days if first <= d < first + timedelta(days=7))
        weeks.append(Week(n, first, done, programme.sessions_per_week))
    return tuple(weeks)


def plan_text(p: Programme) -> str:
    """One line for the window: who planned what."""
    # whole sentences, one per singular/plural pair (German inflects them differently)
    if p.sessions_per_week == 1 and p.weeks == 1:
        line = translate("programme", "Programme from {author}: once a week for 1 week.")
    elif p.sessions_per_week == 1:
        line = translate("programme", "Programme from {author}: once a week for {weeks} weeks.")
    elif p.weeks == 1:
        line = translate("programme", "Programme from {author}: {times} times a week for 1 week.")
    else:
        line = translate("programme", "Programme from {author}: {times} times a week for {weeks} weeks.")
    line = line.format(author=p.author, times=p.sessions_per_week, weeks=p.weeks)
    return translate("programme", "{plan} “{note}”").format(plan=line, note=p.note) if p.note else line


def progress_text(p: Programme, weeks: tuple[Week, ...], today: date) -> str:
    """Where the person stands: this week's count against the plan, and last week's."""
    if not weeks:
        if p.start is None:
            return translate("programme", "It starts with your first session.")
        return translate("programme", "It starts {date}.").format(date=p.start.isoformat())
    now = weeks[-1]
    over = (p.start is not None and today >= p.start + timedelta(days=7 * p.weeks)) or (
        p.start is None and (today - weeks[0].first_day).days >= 7 * p.weeks
    )
    if over:
        total = sum(w.done for w in weeks)
        return translate("programme", "Programme finished: {done} of {planned} sessions done.").format(
            done=total, planned=p.sessions_per_week * p.weeks
        )
    this_week = {"number": now.number, "weeks": p.weeks, "done": now.done, "planned": now.planned}
    if len(weeks) == 1:
        return translate("programme", "Week {number} of {weeks}: {done} of {planned} sessions done.").format(
            **this_week
        )
    last = weeks[-2]
    return translate(
        "programme",
        "Week {number} of {weeks}: {done} of {planned} sessions done. "
        "Last week: {last_done} of {last_planned}.",
    ).format(**this_week, last_done=last.done, last_planned=last.planned)
