"""The history window shows exactly what is stored, and deleting from it really deletes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.model.history import HistoryStore, HistoryUnavailable, NullHistoryStore
from desktop.model.history_csv import read_csv
from desktop.model.history_sample import sample_sessions
from desktop.model.zones import load_catalogue
from desktop.ui.history_table import local_time_text
from desktop.ui.history_window import HistoryWindow

NOW = datetime(2024, 6, 20, 21, 30, tzinfo=UTC)
FOUR_WEEKS = NOW - timedelta(days=28)


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 20 rows, so the sample's 100 days span several and paging is exercised."""
    monkeypatch.setattr("desktop.ui.history_table.PAGE_ROWS", 20)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100 days of sample sessions, written once (each write is a synced transaction) and copied per test."""
    path = tmp_path_factory.mktemp("sample") / "history.sqlite3"
    with HistoryStore(path) as s:
        sample_sessions(s, days=100, seed=1, now=NOW)
    return path


@pytest.fixture
def store(tmp_path: Path, sample_db: Path):
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(sample_db, path)
    with HistoryStore(path) as s:
        yield s


@pytest.fixture
def window(qtbot, store: HistoryStore) -> HistoryWindow:
    w = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _points(item) -> list[tuple[float, float]]:
    xs, ys = item.getData()
    return [] if xs is None else list(zip(xs.tolist(), ys.tolist(), strict=True))


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_plot_shows_each_stored_rating_at_its_session_time(
    window: HistoryWindow, store: HistoryStore
) -> None:
    records = store.sessions(FOUR_WEEKS)
    before = [
        (r.started_at.timestamp(), float(r.tension_before)) for r in records if r.tension_before is not None
    ]
    after = [
        (r.started_at.timestamp(), float(r.tension_after)) for r in records if r.tension_after is not None
    ]
    assert len(before) > 15 and len(after) > 15
    assert _points(window.plot.before_item) == before
    assert _points(window.plot.after_item) == after
    # Each change line runs from that session's "before" to its "after".
    eased = _points(window.plot.eased_item) + _points(window.plot.rose_item)
    pairs = {(eased[i][0], eased[i][1], eased[i + 1][1]) for i in range(0, len(eased), 2)}
    assert pairs == {
        (r.started_at.timestamp(), r.tension_before, r.tension_after) for r in records if r.drop is not None
    }


def test_red_lines_mark_exactly_the_sessions_where_tension_rose(window: HistoryWindow, store) -> None:
    window.period.setCurrentIndex(window.period.findText("All time"))
    rose = _points(window.plot.rose_item)
    expected = [(r.started_at.timestamp(), r.tension_before, r.tension_after) for r in store.sessions()]
    expected = [e for e in expected if None not in e and e[2] > e[1]]
    assert expected  # the sample holds a session stopped because it hurt
    assert [(rose[i][0], rose[i][1], rose[i + 1][1]) for i in range(0, len(rose), 2)] == expected


def test_table_lists_the_periods_sessions_newest_first(window: HistoryWindow, store: HistoryStore) -> None:
    records = list(reversed(store.sessions(FOUR_WEEKS)))
    rows = window.table.row_texts()
    assert len(rows) == len(records)
    for row, r in zip(rows, records, strict=True):
        assert row[0] == local_time_text(r.started_at)
        assert row[1:5] == [
            r.routine_title,
            r.sides.capitalize(),
            f"{r.steps_completed} / {r.steps_total}",
            r.outcome.label,
        ]
        assert row[5] == ("–" if r.tension_before is None else str(r.tension_before))
        assert row[6] == ("–" if r.tension_after is None else str(r.tension_after))
        assert row[7] == r.note


def test_period_chooser_widens_plot_table_and_totals(window: HistoryWindow, store: HistoryStore) -> None:
    four_weeks = len(window.table.row_texts())
    window.period.setCurrentIndex(window.period.findText("All time"))
    everything = store.sessions()
    assert len(window.table.row_texts()) == len(everything) > four_weeks
    assert len(_points(window.plot.before_item)) == sum(r.tension_before is not None for r in everything)
    stats = store.stats(NOW)
    assert window.totals["minutes"][0].text() == str(round(stats.minutes))
    assert f"({stats.sessions} sessions)" in window.totals["minutes"][1].text()


def test_totals_match_the_store(window: HistoryWindow, store: HistoryStore) -> None:
    stats = store.stats(NOW, since=FOUR_WEEKS)
    assert window.totals["week"][0].text() == str(stats.sessions_this_week)
    assert window.totals["streak"][0].text() == str(stats.streak_days)
    assert stats.average_drop is not None and stats.average_drop > 0
    assert window.totals["drop"][0].text() == f"↓ {stats.average_drop:.1f}"
    assert f"{stats.rated_sessions} rated sessions" in window.totals["drop"][1].text()


def test_pointing_at_a_dot_tells_about_that_session(
    qtbot, window: HistoryWindow, store: HistoryStore
) -> None:
    record = next(r for r in reversed(store.sessions(FOUR_WEEKS)) if r.drop is not None)
    view = window.plot.plot
    spot = view.mapFromScene(window.plot.point_scene_pos(record.id, "after"))
    with qtbot.waitSignal(window.plot.sessionHovered) as hovered:
        QTest.mouseMove(view.viewport(), spot)
    assert hovered.args == [record.id]
    text = window.plot.details.text()
    assert record.routine_title in text and local_time_text(record.started_at) in text
    assert f"tension {record.tension_before} → {record.tension_after}" in text
    assert view.toolTip() == text

    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.table.selected_ids() == [record.id]


def test_delete_selected_asks_then_deletes(
    monkeypatch, qtbot, window: HistoryWindow, store: HistoryStore
) -> None:
    newest = store.sessions()[-1]
    window.table.selectRow(0)
    assert window.table.selected_ids() == [newest.id] and window.delete_button.isEnabled()

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert asked and store.session(newest.id) is not None  # "No" keeps it

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    rows = len(window.table.row_texts())
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert store.session(newest.id) is None
    assert len(window.table.row_texts()) == rows - 1
    assert newest.started_at.timestamp() not in [x for x, _ in _points(window.plot.before_item)]


def test_delete_key_in_the_table_deletes_the_selection(monkeypatch, qtbot, window, store) -> None:
    newest = store.sessions()[-1]
    window.table.setFocus()
    window.table.selectRow(0)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert asked and store.session(newest.id) is None


def test_a_failed_delete_says_why_and_claims_nothing(monkeypatch, qtbot, window, store) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))

    def broken() -> None:
        raise HistoryUnavailable("Session history can't be saved because the disk is full.")

    monkeypatch.setattr(store, "delete_all", broken)
    qtbot.mouseClick(window.delete_all_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Session history can't be saved because the disk is full."]
    assert "deleted" not in window.status.text().lower()
    assert len(window.table.row_texts()) == len(store.sessions(FOUR_WEEKS))


def test_delete_all_asks_then_empties_everything(monkeypatch, qtbot, window: HistoryWindow, store) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.delete_all_button, Qt.MouseButton.LeftButton)
    assert "can't be undone" in asked[0]
    assert store.sessions() == []
    assert window.table.row_texts() == []
    assert _points(window.plot.before_item) == [] and _points(window.plot.after_item) == []
    assert "No rated sessions" in window.plot._empty.textItem.toPlainText()
    assert window.totals["drop"][0].text() == "–"


def test_body_map_gets_tints_and_the_list_names_zones(qtbot, store: HistoryStore) -> None:
    class FakeMap(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.tints: dict[str, float] = {}

        def set_zone_tints(self, tints: dict[str, float]) -> None:
            self.tints = tints

    counts = store.zone_counts(FOUR_WEEKS)
    top = max(counts.values())
    w = HistoryWindow(store, body_map_factory=FakeMap, now=lambda: NOW)
    qtbot.addWidget(w)
    assert isinstance(w.body_map, FakeMap)
    assert w.body_map.tints == {zone: n / top for zone, n in counts.items()}
    assert [n for _, n in w.zones.rows()] == sorted(counts.values(), reverse=True)[:5]


def test_without_a_body_map_a_ranked_list_uses_catalogue_names(window: HistoryWindow, store) -> None:
    counts = store.zone_counts(FOUR_WEEKS)
    catalogue = load_catalogue()
    names = {catalogue[z].plain: n for z, n in counts.items()}
    assert window.body_map is None
    assert dict(window.zones.rows()) == dict(sorted(names.items(), key=lambda kv: -kv[1])[:8])


def test_export_button_writes_what_is_stored(monkeypatch, qtbot, window, store, tmp_path: Path) -> None:
    target = tmp_path / "for-my-physio.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)"))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert read_csv(target) == store.sessions()
    assert target.name in window.status.text()


def test_unavailable_history_says_why(qtbot) -> None:
    w = HistoryWindow(NullHistoryStore(reason="Session history can't be saved because the disk is full."))
    qtbot.addWidget(w)
    assert not w.unavailable.isHidden() and "disk is full" in w.unavailable.text()
    assert w.table.row_texts() == []


def test_pyqtgraph_loads_only_when_the_window_is_built() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import desktop.ui.history_window as hw\n"
        "from desktop.model.history import NullHistoryStore\n"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
        "w = hw.HistoryWindow(NullHistoryStore())\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True"]


def _shown(w: HistoryWindow) -> tuple:
    """Everything the window shows that comes from the store."""
    return (
        w.table.row_texts(),
        sorted(w.plot.drawn("before")),
        sorted(w.plot.drawn("after")),
        sorted(_points(w.plot.eased_item)),
        sorted(_points(w.plot.rose_item)),
        {name: (value.text(), detail.text()) for name, (value, detail) in w.totals.items()},
        w.zones.rows(),
    )


@pytest.mark.parametrize("period", ["Last 4 weeks", "All time"])
def test_a_refresh_after_sessions_shows_what_a_newly_opened_window_shows(
    qtbot, monkeypatch, store, period
) -> None:
    """After a session only the changed sessions are read again; the result must be the same."""
    window = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(window)
    window.period.setCurrentIndex(window.period.findText(period))
    window.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # by "After": a new rating moves its row
    rows_read = window.table.source.rowCount()
    # A new session as the app records it, then a late rating and note on an older one, then a deletion.
    new = store.begin_session("standard", "Standard ankle massage", "both", 12, NOW - timedelta(minutes=30))
    store.set_ratings(new, before=7)
    store.record_progress(new, 6)
    store.finish_session(new, "finished", 12, NOW - timedelta(minutes=15), active_s=840)
    store.set_ratings(new, after=2)
    store.set_tight_zones(new, ["calf_belly", "medial_malleolus"])
    older = store.sessions(FOUR_WEEKS)[3]
    store.set_ratings(older.id, before=10, after=9)
    store.set_note(older.id, "Rated later.")
    store.delete_session(store.sessions(FOUR_WEEKS)[5].id)
    read_again: list[object] = []
    monkeypatch.setattr(store, "tension_points", lambda *a: read_again.append(a) or [])
    monkeypatch.setattr(store, "page", lambda *a: read_again.append(a) or [])
    window.refresh()
    assert read_again == [] and window.table.source.rowCount() == rows_read  # +1 new, −1 deleted
    monkeypatch.undo()
    fresh = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(fresh)
    fresh.period.setCurrentIndex(fresh.period.findText(period))
    fresh.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    assert _shown(window) == _shown(fresh)
    assert (NOW - timedelta(minutes=30)).timestamp() in [x for x, _ in window.plot.drawn("after")]


def test_the_table_reads_a_page_at_a_time_and_finds_a_clicked_session_further_down(qtbot, store) -> None:
    window = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(window)
    window.period.setCurrentIndex(window.period.findText("All time"))
    everything = store.sessions()
    assert window.table.source.rowCount() < len(everything)  # not everything was read to open it
    oldest = everything[0]
    window.table.select_session(oldest.id)
    assert window.table.selected_ids() == [oldest.id]


def test_all_time_shows_sessions_from_years_ago(qtbot, store) -> None:
    """Choosing "All time" after "Last 4 weeks" once kept the 4 weeks' limits: only the last year showed."""
    old = store.begin_session("standard", "Standard ankle massage", "right", 6, NOW - timedelta(days=3 * 365))
    store.set_ratings(old, before=6, after=4)
    window = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(window)
    window.period.setCurrentIndex(window.period.findText("All time"))
    (left, right), _ = window.plot.plot.getPlotItem().viewRange()
    assert left <= (NOW - timedelta(days=3 * 365)).timestamp() and right >= NOW.timestamp() - 86400


def test_refreshing_after_each_session_makes_no_new_widgets(qtbot, store) -> None:
    """A window left open for months refreshes after every session: its widget count must not grow."""
    window = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    before = len(window.findChildren(QWidget))
    for n in range(5):
        sid = store.begin_session("standard", "Standard ankle massage", "right", 6, NOW - timedelta(hours=n))
        store.finish_session(sid, "finished", 6, NOW - timedelta(hours=n) + timedelta(minutes=7))
        store.set_tight_zones(sid, ["calf_belly", "heel" if n % 2 else "forefoot"])
        window.refresh()
    assert len(window.findChildren(QWidget)) == before


def test_a_new_session_with_a_long_title_widens_its_column_as_reopening_would(qtbot, window, store) -> None:
    header = window.table.horizontalHeader()
    column = 1  # Routine
    narrow = header.sectionSize(column)
    store.begin_session("mine", "My own very long routine title for the evenings", "right", 6, NOW)
    window.refresh()
    qtbot.waitUntil(lambda: header.sectionSize(column) > narrow)
    fresh = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(fresh)
    fresh.resize(1280, 800)
    fresh.show()
    qtbot.waitExposed(fresh)
    assert header.sectionSize(column) == fresh.table.horizontalHeader().sectionSize(column)


def test_scrolling_to_the_end_of_the_table_reads_the_next_page(qtbot, window) -> None:
    window.period.setCurrentIndex(window.period.findText("All time"))
    model = window.table.source
    first = model.rowCount()
    assert model.canFetchMore()
    bar = window.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # as dragging the scroll bar to the bottom does
    qtbot.waitUntil(lambda: model.rowCount() > first)


def test_the_keyboard_reaches_every_chart_and_leaves_the_table(qtbot, window: HistoryWindow) -> None:
    from PySide6.QtWidgets import QLabel

    window.add_chart(QLabel("mobility"), "Ankle mobility")
    window.activateWindow()
    window.period.setFocus()
    qtbot.waitUntil(window.period.hasFocus)
    qtbot.keyClick(window.period, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.charts.currentIndex() == 1
    qtbot.keyClick(window.period, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.charts.currentIndex() == 0  # round again
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    assert window.charts.currentIndex() == 1  # backwards, round from the first
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)  # on to the buttons, not the next cell
    assert window.export_button.hasFocus()


@pytest.mark.parametrize("size", [(784, 752), (1280, 720), (1280, 1000)])
def test_the_ranking_never_lies_over_the_body_map(qtbot, store: HistoryStore, size) -> None:
    """The map's wrapped zone names need their height; the map gives way (once it kept a 200 px minimum
    and the heading "Where it felt tight most often" was drawn over the foot's sole)."""
    from desktop.ui.diagram_view import DiagramView

    def body_map() -> DiagramView:
        view = DiagramView(load_catalogue())
        view.set_view("medial")
        return view

    w = HistoryWindow(store, body_map_factory=body_map, now=lambda: NOW)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert len(w.zones.rows()) == 5
    map_box = w.body_map.geometry()
    ranking = w.zones.geometry()
    assert w.body_map.parentWidget() is w.zones.parentWidget()
    assert map_box.bottom() < ranking.top(), (map_box, ranking)
    assert map_box.height() >= 90


@pytest.mark.parametrize("look", ["light", "dark", "high_contrast"])
def test_the_table_headers_are_not_cut_by_the_focus_ring_border(qtbot, store: HistoryStore, look) -> None:
    """The app's style sheet gives item views a transparent border for their focus ring; a header is
    an item view too, and that border cut the top off its titles ("Datum", "Ergebnis")."""
    from PySide6.QtWidgets import QApplication, QHeaderView

    from desktop.ui import theme

    app = QApplication.instance()
    was = app.styleSheet()
    app.setStyleSheet(theme.style_sheet(theme.THEMES[look]))
    try:
        w = HistoryWindow(store, now=lambda: NOW)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        header = w.table.horizontalHeader()
        assert isinstance(header, QHeaderView) and header.isVisible()
        assert header.contentsRect() == header.rect()  # no border inside the header
        assert header.height() >= header.fontMetrics().height() + 4
    finally:
        app.setStyleSheet(was)
