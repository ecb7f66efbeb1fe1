"""History names built-in routines as they read today: a session done in English is listed by the
German title once the app speaks German (and the other way round); a person's own routine keeps the
title it was saved with, and what is stored or exported never changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.history import HistoryStore
from desktop.model.history_record import Outcome, SessionRecord
from desktop.model.history_report import history_report
from desktop.model.library import Library, load_library
from desktop.model.settings import AppSettings
from desktop.qt.settings_store import SettingsStore
from desktop.ui.history_table import COLUMNS, describe

NOW = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
ENGLISH_TITLE = "Standard ankle massage"  # routines/standard.toml
GERMAN_TITLE = "Standard-Massage für das Sprunggelenk"  # routines/de/standard.toml


def _record(routine_id: str, title: str) -> SessionRecord:
    start = NOW - timedelta(days=1)
    return SessionRecord(1, start, start + timedelta(minutes=7), routine_id, title, "right", 6, 6,
                         Outcome.FINISHED, 6, 3)  # fmt: skip


def test_a_built_in_routine_is_named_by_todays_title_and_an_own_routine_by_its_saved_one() -> None:
    titles = {"standard": "Today's title"}
    assert _record("standard", ENGLISH_TITLE).title_in(titles) == "Today's title"
    assert _record("my-evening", "My evening routine").title_in(titles) == "My evening routine"
    assert _record("standard", ENGLISH_TITLE).title_in({}) == ENGLISH_TITLE  # nothing known: as saved


def test_only_built_in_routines_give_titles() -> None:
    library = load_library()
    own = library.get("standard")._replace(id="my-evening", title="My evening routine", builtin=False)
    titles = Library(routines=(*library.routines, own)).builtin_titles()
    assert titles["standard"] == ENGLISH_TITLE
    assert "my-evening" not in titles  # the person's own routine keeps its saved title
    assert set(titles) == {r.id for r in library.routines}


def test_the_report_for_a_clinician_uses_todays_titles() -> None:
    records = [_record("standard", GERMAN_TITLE)]
    report = history_report(records, NOW, UTC, titles={"standard": ENGLISH_TITLE})
    assert report.rows[0][1] == ENGLISH_TITLE
    assert history_report(records, NOW, UTC).rows[0][1] == GERMAN_TITLE  # without titles: as saved


@pytest.fixture
def german_app(qtbot, tmp_path: Path):
    history = tmp_path / "history.sqlite3"
    with HistoryStore(history) as store:  # two sessions done while the app spoke English
        for routine_id, title in (("standard", ENGLISH_TITLE), ("my-evening", "My evening routine")):
            session = store.begin_session(routine_id, title, "right", 6, started_at=NOW - timedelta(days=1))
            store.finish_session(session, Outcome.FINISHED, 6, NOW - timedelta(days=1) + timedelta(minutes=7))
    settings = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.save(AppSettings(language="de", safety_checked_on=None))
    app = App(build_parser().parse_args([]), history_path=history, store=settings)
    qtbot.addWidget(app.window)
    app.window.show()
    yield app, history
    app.close()


def test_the_german_history_window_lists_an_english_session_by_the_german_title(german_app, qtbot) -> None:
    app, history = german_app
    app.open_history_window()  # View → History, as a person opens it
    qtbot.addWidget(app.history_window)  # closed after the test, like the main window
    table = app.history_window.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    column = COLUMNS.index("Routine")
    shown = {table.model().index(row, column).data() for row in range(table.model().rowCount())}
    assert shown == {GERMAN_TITLE, "My evening routine"}
    (standard,) = [r for r in app.history.sessions() if r.routine_id == "standard"]
    assert GERMAN_TITLE in describe(standard, app.history_window.plot.titles)  # the plot's hover line
    with HistoryStore(history) as store:  # stored as it was done
        assert {r.routine_title for r in store.sessions()} == {ENGLISH_TITLE, "My evening routine"}


def test_the_printed_report_in_german_uses_the_german_title(german_app) -> None:
    app, _history = german_app
    printed = []
    app.features.print_history(printer=lambda parent, report: printed.append(report))
    (report,) = printed
    assert {row[1] for row in report.rows} == {GERMAN_TITLE, "My evening routine"}
