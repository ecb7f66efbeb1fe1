"""Reminder scheduling on a fake wall clock (desktop.model.reminders, rules R1–R5)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from desktop.model.reminders import (
    Fire,
    ReminderPlan,
    check,
    describe,
    next_moment,
    parse_times,
    snooze,
    start_state,
    wake_at,
)

PLAN = ReminderPlan(enabled=True, times=(time(8, 0), time(18, 0)), days=frozenset(range(5)))  # Mon–Fri
MONDAY = datetime(2026, 12, 7, 7, 0, tzinfo=UTC)  # a Monday, 07:00


class Clock:
    """A wall clock that moves (forward or back) only when told to, checked like the app's timer."""

    def __init__(self, now: datetime = MONDAY) -> None:
        self.now = now
        self.state = start_state(now)
        self.fired: list[tuple[Fire, datetime]] = []

    def to(self, moment: datetime, *, in_session: bool = False) -> Fire:
        self.now = moment
        fire, self.state = check(PLAN, self.state, moment, in_session=in_session)
        if fire is not Fire.NONE:
            self.fired.append((fire, moment))
        return fire

    def tick_until(self, end: datetime, step: timedelta = timedelta(seconds=30), **kw) -> None:
        while self.now + step <= end:
            self.to(self.now + step, **kw)


def at(hours: int, minutes: int = 0, day: int = 0) -> datetime:
    return MONDAY.replace(hour=hours, minute=minutes) + timedelta(days=day)


def test_r1_fires_once_at_each_time_on_chosen_days_only() -> None:
    c = Clock()
    c.tick_until(at(7, 0, day=7))  # a whole week, checked every 30 s
    assert [(f, m.strftime("%a %H:%M")) for f, m in c.fired] == [
        (Fire.ON_TIME, f"{day} {hh}")
        for day in ("Mon", "Tue", "Wed", "Thu", "Fri")
        for hh in ("08:00", "18:00")
    ]
    assert len(c.fired) == 10  # none on Saturday or Sunday


def test_r2_a_suspend_over_several_moments_gives_one_catch_up_not_a_burst() -> None:
    c = Clock()
    assert c.to(at(7, 59)) is Fire.NONE
    # asleep from 07:59 until 18:40: 08:00 and 18:00 both passed
    assert c.to(at(18, 40)) is Fire.CATCH_UP
    c.tick_until(at(20, 0))
    assert c.fired == [(Fire.CATCH_UP, at(18, 40))]


def test_r2_a_moment_missed_long_ago_is_not_caught_up() -> None:
    c = Clock()
    c.to(at(7, 59))
    assert c.to(at(23, 30)) is Fire.NONE  # 18:00 was five and a half hours ago
    assert c.to(at(8, 0, day=1)) is Fire.ON_TIME  # the next morning as usual


def test_r2_a_clock_set_forward_past_a_moment_catches_up_once() -> None:
    c = Clock()
    c.to(at(7, 50))
    assert c.to(at(8, 30)) is Fire.CATCH_UP  # the clock jumped 40 minutes
    assert c.to(at(8, 31)) is Fire.NONE


def test_r3_none_during_a_session_and_no_catch_up_after_it() -> None:
    c = Clock()
    c.tick_until(at(8, 20), in_session=True)
    assert c.fired == []
    c.tick_until(at(9, 0))
    assert c.fired == []  # the 08:00 moment was dropped, not saved for later


def test_r4_snooze_re_arms_once_ten_minutes_later() -> None:
    c = Clock()
    c.tick_until(at(8, 1))
    assert c.fired == [(Fire.ON_TIME, at(8, 0))]
    c.state = snooze(c.state, at(8, 1))
    assert wake_at(PLAN, c.state, at(8, 1)) == at(8, 11)
    c.tick_until(at(9, 0))
    assert c.fired == [(Fire.ON_TIME, at(8, 0)), (Fire.SNOOZED, at(8, 11))]


def test_r4_a_snooze_ending_in_a_session_is_dropped() -> None:
    c = Clock()
    c.tick_until(at(8, 1))
    c.state = snooze(c.state, at(8, 1))
    c.tick_until(at(8, 30), in_session=True)
    c.tick_until(at(9, 0))
    assert [f for f, _m in c.fired] == [Fire.ON_TIME]


def test_r5_a_clock_set_back_never_repeats_a_reminder() -> None:
    c = Clock()
    c.tick_until(at(8, 5))
    assert len(c.fired) == 1
    assert c.to(at(7, 30)) is Fire.NONE  # set back an hour
    c.tick_until(at(8, 10))
    assert len(c.fired) == 1  # 08:00 was given already
    c.tick_until(at(18, 1))
    assert c.fired[-1] == (Fire.ON_TIME, at(18, 0))


def test_off_by_default_and_off_means_never() -> None:
    assert ReminderPlan().enabled is False
    state = start_state(MONDAY)
    fire, _ = check(ReminderPlan(), state, at(18, 0), in_session=False)
    assert fire is Fire.NONE
    assert next_moment(ReminderPlan(), MONDAY) is None
    assert wake_at(ReminderPlan(), state, MONDAY) is None


def test_the_next_wake_is_the_next_chosen_moment_even_over_a_weekend() -> None:
    assert next_moment(PLAN, at(7, 0)) == at(8, 0)
    assert next_moment(PLAN, at(8, 0)) == at(18, 0)
    friday_evening = at(19, 0, day=4)
    assert next_moment(PLAN, friday_evening) == at(8, 0, day=7)  # Monday morning


def test_times_are_read_from_what_a_person_types() -> None:
    assert parse_times("18:30, 8:00") == ((time(8, 0), time(18, 30)), "")
    assert parse_times("25:00") == ((), "'25:00' is not a time of day (00:00 to 23:59)")
    assert parse_times("six") == ((), "'six' is not a time like 18:30")
    assert parse_times(" ") == ((), "give at least one time, like 18:30")
    assert describe(PLAN) == "Reminders at 08:00 and 18:00, Mon–Fri."
    assert describe(ReminderPlan()) == "Reminders are off."


def test_the_stored_plan_reads_back_and_a_damaged_one_falls_back_to_off() -> None:
    from desktop.model.reminders import plan_from_raw, plan_to_raw

    assert plan_from_raw(plan_to_raw(PLAN)) == PLAN
    assert plan_from_raw({"enabled": "true", "times": "noon", "days": "0"}) == ReminderPlan()
    assert plan_from_raw({"enabled": "true", "times": "12:00", "days": "9"}) == ReminderPlan()
    assert plan_from_raw({}) == ReminderPlan()
