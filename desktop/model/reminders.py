"""Daily reminders: when one is due, and what to do after a suspend, a clock jump or a snooze. Pure.

Reminders run on the wall clock (a reminder "at 18:00" means 18:00 on the kitchen clock), so unlike a
session they must cope with time jumping: the machine sleeping through 18:00, the clock being set
forward or back. The rules (numbered, tests cite them):

R1. A reminder fires once at each chosen time on each chosen day, if the check comes within
    ON_TIME of it.
R2. Moments missed (suspend, a clock set forward, the app busy) give ONE catch-up reminder, never a
    burst, and only if the latest missed moment is within CATCH_UP_WINDOW: a reminder from last
    night is no use this morning.
R3. Never during a session: a moment that passes while one runs is dropped, not saved for later.
R4. Snooze re-arms one reminder SNOOZE later; a new due moment replaces a pending snooze.
R5. A clock set back never repeats a reminder already given: nothing fires until the wall clock is
    past the last moment already handled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from enum import StrEnum

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate

ON_TIME = timedelta(minutes=2)
CATCH_UP_WINDOW = timedelta(hours=3)
SNOOZE = timedelta(minutes=10)
DAY_NAMES = (  # shown through day_name(): the language is chosen after import
    QT_TRANSLATE_NOOP("reminders", "Mon"),
    QT_TRANSLATE_NOOP("reminders", "Tue"),
    QT_TRANSLATE_NOOP("reminders", "Wed"),
    QT_TRANSLATE_NOOP("reminders", "Thu"),
    QT_TRANSLATE_NOOP("reminders", "Fri"),
    QT_TRANSLATE_NOOP("reminders", "Sat"),
    QT_TRANSLATE_NOOP("reminders", "Sun"),
)
MAX_TIMES = 6


@dataclass(frozen=True)
class ReminderPlan:
    """What the person chose: off by default; times of day, and weekdays (0 = Monday)."""

    enabled: bool = False
    times: tuple[time, ...] = (time(18, 0),)
    days: frozenset[int] = frozenset(range(7))


class Fire(StrEnum):
    NONE = "none"
    ON_TIME = "on_time"
    CATCH_UP = "catch_up"
    SNOOZED = "snoozed"


def moments(plan: ReminderPlan, start: datetime, end: datetime) -> list[datetime]:
    """Every chosen moment in (start, end], in order; at most the last 8 days of it (older never matter)."""
    if not plan.enabled or not plan.times or not plan.days or end <= start:
        return []
    first_day = max(start.date(), (end - timedelta(days=8)).date())  # older ones never matter (R2)
    found = []
    day = first_day
    while day <= end.date():
        if day.weekday() in plan.days:
            for t in plan.times:
                moment = datetime.combine(day, t, tzinfo=end.tzinfo)
                if start < moment <= end:
                    found.append(moment)
        day += timedelta(days=1)
    return sorted(found)


def next_moment(plan: ReminderPlan, after: datetime) -> datetime | None:
    """The first chosen moment after `after` (within the next 8 days), or None when reminders are off."""
    ahead = moments(plan, after, after + timedelta(days=8))
    return ahead[0] if ahead else None


@dataclass(frozen=True)
class ReminderState:
    """What the scheduler remembers between checks."""

    handled_until: datetime  # every moment up to here has been given or dropped (R5)
    snoozed_until: datetime | None = None
    given: tuple[datetime, ...] = field(default=())  # the moments reminded, latest last (for tests)


def start_state(now: datetime) -> ReminderState:
    """Turning reminders on (or starting the app) reminds of nothing already past."""
    return ReminderState(handled_until=now)


def check(
    plan: ReminderPlan, state: ReminderState, now: datetime, *, in_session: bool
) -> tuple[Fire, ReminderState]:
    """One look at the clock: whether to remind now, and the new state."""
    if now < state.handled_until:  # R5: the clock went back; wait until it passes that point again
        return Fire.NONE, state
    due = moments(plan, state.handled_until, now)
    state = replace(state, handled_until=now)
    if due:
        state = replace(state, snoozed_until=None)  # R4: the new moment replaces a pending snooze
    elif state.snoozed_until is not None and now >= state.snoozed_until:
        if in_session:
            return Fire.NONE, replace(state, snoozed_until=None)  # R3
        return Fire.SNOOZED, replace(state, snoozed_until=None, given=(*state.given, now))
    if not due or in_session:  # R3
        return Fire.NONE, state
    latest = due[-1]
    if now - latest <= ON_TIME:  # R1 (earlier missed moments fold into this one: R2)
        return Fire.ON_TIME, replace(state, given=(*state.given, latest))
    if now - latest <= CATCH_UP_WINDOW:  # R2
        return Fire.CATCH_UP, replace(state, given=(*state.given, latest))
    return Fire.NONE, state


def snooze(state: ReminderState, now: datetime) -> ReminderState:
    """R4: remind again SNOOZE from now."""
    return replace(state, snoozed_until=now + SNOOZE)


def wake_at(plan: ReminderPlan, state: ReminderState, now: datetime) -> datetime | None:
    """When the next check should happen: the next moment or the snooze, whichever is first."""
    candidates = [m for m in (next_moment(plan, max(now, state.handled_until)), state.snoozed_until) if m]
    return min(candidates) if candidates else None


def parse_times(text: str) -> tuple[tuple[time, ...], str]:
    """ "8:00, 18:30" → the times, sorted, and "" — or () and a one-line message saying what is wrong."""
    found: list[time] = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        hours, sep, minutes = part.partition(":")
        if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
            return (), translate("reminders", "'{text}' is not a time like 18:30").format(text=part[:12])
        if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
            return (), translate("reminders", "'{text}' is not a time of day (00:00 to 23:59)").format(
                text=part[:12]
            )
        found.append(time(int(hours), int(minutes)))
    if not found:
        return (), translate("reminders", "give at least one time, like 18:30")
    if len(set(found)) > MAX_TIMES:
        return (), translate("reminders", "at most {count} times a day").format(count=MAX_TIMES)
    return tuple(sorted(set(found))), ""


def describe(plan: ReminderPlan) -> str:
    """ "Reminders at 08:00 and 18:30, Mon–Fri" for the settings and the tray tooltip."""
    if not plan.enabled:
        return translate("reminders", "Reminders are off.")
    shown = [t.strftime("%H:%M") for t in plan.times]
    times = shown[0]
    for later in shown[1:]:
        times = translate("reminders", "{first} and {second}").format(first=times, second=later)
    return translate("reminders", "Reminders at {times}, {days}.").format(
        times=times, days=days_text(plan.days)
    )


def day_name(day: int) -> str:
    """A weekday's short name (0 = Monday) in the app's language."""
    return translate("reminders", DAY_NAMES[day])


def days_text(days: Iterable[int]) -> str:
    chosen = sorted(set(days))
    if chosen == list(range(7)):
        return translate("reminders", "every day")
    if chosen == list(range(5)):
        return translate("reminders", "Mon–Fri")
    return ", ".join(day_name(d) for d in chosen)


def plan_to_raw(plan: ReminderPlan) -> dict[str, str]:
    """The plan as text values for the settings file."""
    return {
        "enabled": "true" if plan.enabled else "false",
        "times": ", ".join(t.strftime("%H:%M") for t in plan.times),
        "days": ",".join(str(d) for d in sorted(plan.days)),
    }


def plan_from_raw(raw: dict[str, object]) -> ReminderPlan:
    """A stored plan; anything unreadable falls back to the default (off), never an error."""
    times, problem = parse_times(str(raw.get("times", "")))
    try:
        days = frozenset(int(d) for d in str(raw.get("days", "")).split(",") if d.strip())
    except ValueError:
        days = frozenset()
    if problem or not days or not days <= set(range(7)):
        return ReminderPlan()
    return ReminderPlan(enabled=str(raw.get("enabled", "")).lower() == "true", times=times, days=days)
