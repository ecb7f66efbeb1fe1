"""Issue 18's pages in the running app (pytest-qt): a knee-to-wall measurement recorded and plotted with
its MDC band; a "worse" next-morning answer makes the next session lighter and says why; steady changes
nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from scripted_dialogs import ScriptedDialogs

from desktop.app import App
from desktop.cli import build_parser
from desktop.model import mobility, next_morning
from desktop.model.history import HistoryStore, Outcome
from desktop.model.history_measures import MeasureStore
from desktop.model.mobility import Foot
from desktop.model.next_morning import Feel
from desktop.model.session_outcome import AfterSession
from desktop.ui import progress_hooks


@pytest.fixture
def built(qtbot, tmp_path: Path):
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    app = App(
        args, history_path=tmp_path / "history.sqlite3", dialogs=ScriptedDialogs(after=AfterSession(None))
    )
    qtbot.addWidget(app.window)
    app.window.show()
    yield app
    for window in (
        app.history_window,
        getattr(app, "lunge_page", None),
        getattr(app, "next_morning_dialog", None),
    ):
        if window is not None:
            window.close()
    app.history.close()


def test_before_any_test_the_mobility_tab_says_how_to_record_one(qtbot, built: App) -> None:
    built.open_history_window()
    charts = built.history_window.charts
    tab_bar = charts.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    plot = built.history_window.mobility_plot
    assert plot.isVisible() and not plot.plot.isVisible()  # no empty chart with a bare axis
    assert "Record a knee-to-wall test" in plot.text.text()


def test_a_lunge_measurement_is_recorded_and_plotted_with_the_mdc_band(qtbot, built: App) -> None:
    built.window.menu_actions.by_id["lunge_test"].trigger()  # View → Knee-to-wall test
    page = built.lunge_page
    assert page.isVisible()
    page.set_tries(Foot.RIGHT, [9.0, 10.5, 10.0])
    page.set_tries(Foot.LEFT, [7.0, 8.0])
    assert "best 10.5 cm" in page.best_labels[Foot.RIGHT].text()
    assert "+2.5 cm" in page.summary.text() and "more than" in page.summary.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with MeasureStore(built.history.path) as store:
        tests = store.lunge_tests()
    assert [(t.right_cm, t.left_cm, t.timing) for t in tests] == [(10.5, 8.0, "alone")]

    built.open_history_window()
    plot = built.history_window.mobility_plot
    charts = built.history_window.charts
    assert not plot.isVisible()  # the tension chart shows first; mobility has a tab of its own
    tab_bar = charts.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    assert charts.tabText(1) == "Ankle mobility" and plot.isVisible()
    _xs, ys = plot.curves[Foot.RIGHT].getData()
    assert list(ys) == [10.5]
    low, high = plot.bands[Foot.RIGHT].getRegion()
    assert (round(low, 1), round(high, 1)) == mobility.band(10.5)

    # A second test, 1 cm further: inside the band, and the page says so.
    built.window.menu_actions.by_id["lunge_test"].trigger()
    page = built.lunge_page
    page.set_tries(Foot.RIGHT, [11.5])
    assert "margin of error" in page.summary.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert list(plot.curves[Foot.RIGHT].getData()[1]) == [10.5, 11.5]
    assert "margin of error" in plot.text.text()


def _yesterday_session(path: Path, *, pain_before: int | None, stopped_at: int | None = None) -> int:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    with HistoryStore(path) as history:
        sid = history.begin_session("quick-break", "Quick break", "right", 5, yesterday)
        if stopped_at is not None:
            history.finish_session(sid, Outcome.STOPPED_PAIN, stopped_at, yesterday + timedelta(minutes=2))
        else:
            history.finish_session(sid, Outcome.FINISHED, 5, yesterday + timedelta(minutes=4))
    if pain_before is not None:
        with MeasureStore(path) as store:
            store.set_pain(sid, before=pain_before)
    return sid


def test_a_worse_morning_offers_a_lighter_session_and_says_why(qtbot, built: App) -> None:
    sid = _yesterday_session(built.history.path, pain_before=2, stopped_at=1)
    routine = built.controller.routine
    assert routine is not None and routine.id == "quick-break"
    hurt = routine.steps[1]
    dialog = progress_hooks.ask_next_morning(built)
    assert dialog is not None and dialog.isVisible()
    assert hurt.title in " ".join(label.text() for label in dialog.findChildren(type(dialog.reason)))
    dialog.choose(Feel.WORSE, pain=5)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "5/10" in dialog.reason.text() and "3 points" in dialog.reason.text()
    assert dialog.lighter_button.isVisible() and dialog.usual_button.isVisible()
    qtbot.mouseClick(dialog.lighter_button, Qt.MouseButton.LeftButton)

    lighter = built.controller.routine
    assert lighter is not None and "lighter" in lighter.title
    assert hurt.id not in [s.id for s in lighter.steps]
    for step in lighter.steps:
        usual = routine.step_by_id(step.id)
        assert usual is not None and step.pressure is next_morning.LIGHTER_PRESSURE[usual.pressure]
    assert built.controller.pace == next_morning.LIGHTER_PACE
    assert built.window.settings.pace == 1.0  # the remembered pace is the person's own
    assert "lighter" in built.window.notice_bar.whole_notice()  # the bar shows what fits
    with MeasureStore(built.history.path) as store:
        answer = store.morning(sid)
    assert answer is not None and (answer.feel, answer.pain, answer.hurt_step) == ("worse", 5, hurt.id)
    assert progress_hooks.ask_next_morning(built) is None  # asked once


def test_a_steady_morning_changes_nothing(qtbot, built: App) -> None:
    _yesterday_session(built.history.path, pain_before=3)
    before = built.controller.routine
    dialog = progress_hooks.ask_next_morning(built)
    assert dialog is not None
    dialog.choose(Feel.SAME, pain=3)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "no change" in dialog.reason.text() and not dialog.lighter_button.isVisible()
    qtbot.mouseClick(dialog.usual_button, Qt.MouseButton.LeftButton)
    assert built.controller.routine is before and built.controller.pace == 1.0


def test_nothing_is_asked_without_a_session_yesterday(built: App) -> None:
    assert progress_hooks.ask_next_morning(built) is None
    _yesterday_session(built.history.path, pain_before=None)
    assert progress_hooks.ask_next_morning(built, today=date.today() + timedelta(days=2)) is None


def test_file_export_writes_the_measurements_too(built: App, tmp_path: Path, monkeypatch) -> None:
    sid = _yesterday_session(built.history.path, pain_before=2)
    with MeasureStore(built.history.path) as store:
        store.add_lunge(mobility.measure([10.0], [9.0]), timing="after", session_id=sid)
        store.set_morning(next_morning.MorningAnswer(sid, Feel.SAME, pain=2))
    out = tmp_path / "out.csv"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    built.export_history()  # File → Export history…
    header, row = out.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.endswith("pain_before,pain_after,pressure_kg,morning_feel,morning_pain")
    assert row.endswith("2,,,same,2")
    lunges = (tmp_path / "out-lunge-tests.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lunges[1].split(",")[1:] == ["after", str(sid), "10.0", "9.0", "1.0"]


def test_a_test_before_a_session_is_offered_again_after_it(qtbot, built: App) -> None:
    from desktop.model.session_outcome import SessionSummary

    before = datetime.now(UTC) - timedelta(minutes=20)
    with MeasureStore(built.history.path) as store:
        store.add_lunge(mobility.measure([9.0]), timing="before", at=before)
    with HistoryStore(built.history.path) as history:
        sid = history.begin_session("quick-break", "Quick break", "right", 5, before + timedelta(minutes=5))
    summary = SessionSummary("Quick break", True, False, 240.0, 5, 5, sid)
    built.controller.session_ended.emit(summary)  # as the controller does when a session finishes
    page = built.lunge_page
    assert page.isVisible() and page.timing_box.currentData() == "after"
    page.set_tries(Foot.RIGHT, [10.0])
    assert "Right foot: +1.0 cm" in page.summary.text()  # compared with the test before the session
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with MeasureStore(built.history.path) as store:
        tests = store.lunge_tests()
    assert [(t.timing, t.session_id, t.right_cm) for t in tests] == [
        ("before", sid, 9.0),
        ("after", sid, 10.0),
    ]


def test_no_after_test_is_offered_without_one_before(built: App) -> None:
    from desktop.model.session_outcome import SessionSummary

    with HistoryStore(built.history.path) as history:
        sid = history.begin_session("quick-break", "Quick break", "right", 5)
    built.controller.session_ended.emit(SessionSummary("Quick break", True, False, 240.0, 5, 5, sid))
    assert getattr(built, "lunge_page", None) is None
