"""A physiotherapist's `[programme]`: validated by the loader with one line per problem, kept through the
editor, shown when the routine is opened, and history counts finished sessions against it per week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from scripted_dialogs import ScriptedDialogs

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.history import HistoryStore
from desktop.model.history_record import Outcome, SessionRecord
from desktop.model.problems import ValidationError
from desktop.model.programme import plan_text, progress_text, weeks_done
from desktop.model.routine import Programme
from desktop.model.routine_edit import from_routine, to_toml
from desktop.model.routine_loader import parse_routine
from desktop.model.session_outcome import AfterSession
from desktop.paths import user_routines_dir

BODY = """\
id = "physio-plan"
title = "Physio plan"
summary = "Reused steps, on a plan."
sides = "right"

[[steps]]
from = "standard/warm-up-glide"
"""


def routine_text(programme: str) -> bytes:
    return f"{BODY}\n[programme]\n{programme}\n".encode()


def problems(programme: str) -> list[str]:
    with pytest.raises(ValidationError) as err:
        parse_routine(routine_text(programme), "plan.toml")
    return [str(p) for p in err.value.problems]


def test_a_programme_is_read_and_survives_the_editor() -> None:
    text = (
        'author = "Sam Rivera, physio"\nsessions_per_week = 3\nweeks = 6\nnote = "Go easy."\n'
        "start = 2026-11-02"
    )
    routine = parse_routine(routine_text(text), "plan.toml")
    assert routine.programme == Programme("Sam Rivera, physio", 3, 6, "Go easy.", date(2026, 11, 2))
    again = parse_routine(to_toml(from_routine(routine)), "plan.toml")
    assert again.programme == routine.programme


@pytest.mark.parametrize(
    ("table", "line"),
    [
        ("sessions_per_week = 3\nweeks = 6", "plan.toml: field 'programme.author': missing required field"),
        (
            'author = "A"\nsessions_per_week = 30\nweeks = 6',
            "plan.toml: field 'programme.sessions_per_week': must be from 1 to 14, not 30",
        ),
        (
            'author = "A"\nsessions_per_week = 3\nweeks = "six"',
            "plan.toml: field 'programme.weeks': must be a whole number from 1 to 52, not text 'six'",
        ),
        (
            'author = "A"\nsessions_per_week = 3\nweeks = 6\nstart = "2026-11-02"',
            "plan.toml: field 'programme.start': must be a date without quotes, like 2026-12-07, "
            "not text '2026-11-02'",
        ),
        (
            'author = "A"\nsessions_per_week = 3\nweeks = 6\nauthour = "B"',
            "plan.toml: field 'programme.authour': unknown field; did you mean 'author'?",
        ),
    ],
)
def test_each_programme_problem_is_one_line_naming_its_field(table: str, line: str) -> None:
    assert problems(table) == [line]


def record(day: date, outcome: Outcome = Outcome.FINISHED, routine_id: str = "physio-plan") -> SessionRecord:
    started = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return SessionRecord(1, started, started, routine_id, "Physio plan", "right", 1, 1, outcome)


def test_weeks_count_finished_sessions_of_that_routine_against_the_plan() -> None:
    plan = Programme("Sam", 3, 4, start=date(2026, 11, 2))
    rows = [
        record(date(2026, 11, 2)),
        record(date(2026, 11, 4)),
        record(date(2026, 11, 8)),  # still week 1 (days 0-6)
        record(date(2026, 11, 9)),  # week 2
        record(date(2026, 11, 10), Outcome.STOPPED),  # stopped early: not counted
        record(date(2026, 11, 11), routine_id="standard"),  # another routine: not counted
    ]
    weeks = weeks_done(plan, "physio-plan", rows, date(2026, 11, 12), UTC)
    assert [(w.number, w.done, w.planned) for w in weeks] == [(1, 3, 3), (2, 1, 3)]
    assert (
        progress_text(plan, weeks, date(2026, 11, 12))
        == "Week 2 of 4: 1 of 3 sessions done. Last week: 3 of 3."
    )
    done = weeks_done(plan, "physio-plan", rows, date(2026, 12, 30), UTC)
    assert len(done) == 4
    assert progress_text(plan, done, date(2026, 12, 30)) == "Programme finished: 4 of 12 sessions done."
    assert weeks_done(plan, "physio-plan", rows, date(2026, 10, 30), UTC) == ()


def test_without_a_start_the_plan_starts_with_the_first_session() -> None:
    plan = Programme("Sam", 2, 3)
    assert weeks_done(plan, "physio-plan", [], date(2026, 11, 12), UTC)[0].done == 0
    weeks = weeks_done(plan, "physio-plan", [record(date(2026, 11, 5))], date(2026, 11, 12), UTC)
    assert [(w.first_day, w.done) for w in weeks] == [(date(2026, 11, 5), 1), (date(2026, 11, 12), 0)]
    assert plan_text(Programme("Sam", 1, 1, "Daily walks too.")) == (
        "Programme from Sam: once a week for 1 week. “Daily walks too.”"
    )


def test_the_app_shows_the_plan_and_this_weeks_count_when_the_routine_opens(qtbot, tmp_path) -> None:
    today = date.today()
    start = today - timedelta(days=8)  # week 2 began yesterday
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "plan.toml").write_bytes(
        routine_text(f'author = "Sam Rivera"\nsessions_per_week = 3\nweeks = 6\nstart = {start.isoformat()}')
    )
    history = HistoryStore(tmp_path / "history.sqlite3")
    for day in (start, start + timedelta(days=2), today):
        sid = history.begin_session(
            "physio-plan",
            "Physio plan",
            "right",
            1,
            datetime.combine(day, datetime.min.time()).astimezone(UTC) + timedelta(hours=12),
        )
        history.finish_session(sid, Outcome.FINISHED, 1)
    history.close()
    args = build_parser().parse_args(["--routine", "physio-plan"])
    app = App(
        args, history_path=tmp_path / "history.sqlite3", dialogs=ScriptedDialogs(after=AfterSession(None))
    )
    qtbot.addWidget(app.window)
    label = app.features.programme_label
    assert label is not None and not label.isHidden()
    assert label.text() == "Sam Rivera · Week 2 of 6: 1 of 3 sessions done. Last week: 2 of 3."
    assert label.toolTip() == "Programme from Sam Rivera: 3 times a week for 6 weeks."
    assert app.window.statusBar().currentMessage() == label.toolTip()
    app.controller.select_routine("standard")  # no programme: the line goes
    assert label.isHidden()
    app.close()
