"""The history window (View → History): tension over time, totals, where it was tight, every session.

Importing this module is cheap: pyqtgraph and numpy load only when the first HistoryWindow is built
(through desktop.ui.history_plot), never at app start-up.

The window only reads and deletes through the store it is given; it holds no rules of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.model.command_types import Window
from desktop.model.commands import for_window
from desktop.model.history import History, HistoryUnavailable, NullHistoryStore, SessionRecord
from desktop.model.history_csv import write_csv
from desktop.model.history_stats import HistoryStats
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.qt.screens import resize_to_fit
from desktop.ui import layouts
from desktop.ui.export_dialog import ask_export_path
from desktop.ui.history_table import SessionTable
from desktop.ui.history_totals import show_totals, stat_card
from desktop.ui.history_zones import ZoneRanking, zone_tints

# (the chooser's label, the same period inside a sentence, days): translated where shown
PERIODS: tuple[tuple[str, str, int | None], ...] = (
    (
        QT_TRANSLATE_NOOP("history_window", "Last 4 weeks"),
        QT_TRANSLATE_NOOP("history_window", "last 4 weeks"),
        28,
    ),
    (
        QT_TRANSLATE_NOOP("history_window", "Last 3 months"),
        QT_TRANSLATE_NOOP("history_window", "last 3 months"),
        91,
    ),
    (QT_TRANSLATE_NOOP("history_window", "All time"), QT_TRANSLATE_NOOP("history_window", "all time"), None),
)


class BodyMap(Protocol):
    """Any widget that can tint zones 0..1 (the diagram's DiagramView will do)."""

    def set_zone_tints(self, tints: dict[str, float]) -> None: ...


class HistoryWindow(QWidget):
    """A top-level window over `store`; call refresh() after a session ends to show it."""

    def __init__(
        self,
        store: History,
        parent: QWidget | None = None,
        *,
        body_map_factory: Callable[[], QWidget] | None = None,
        now: Callable[[], datetime] | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """`titles`: each built-in routine's title in the app's language, by id (Library.builtin_titles):
        sessions done in another language are listed by today's titles."""
        super().__init__(parent)
        from desktop.ui.history_plot import TensionPlot  # pyqtgraph loads here, on first use

        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(translate("history_window", "Session history — Ankle Guide"))
        self.setObjectName("historyWindow")
        self._store = store
        self._now = now or (lambda: datetime.now(UTC))
        self._shown: tuple[int, int | None] = (-1, None)  # (period index, change mark) last shown

        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.unavailable.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px;"
        )
        self.unavailable.setVisible(not getattr(store, "available", True))
        self.unavailable.setText(
            getattr(store, "reason", "") or translate("history_window", "Session history is not available.")
        )

        self.period = QComboBox()
        for label, _phrase, days in PERIODS:
            self.period.addItem(translate("history_window", label), days)
        self.period.currentIndexChanged.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unavailable)
        top = layouts.row(layout)
        top.addStretch(1)
        top.addWidget(QLabel(translate("history_window", "Show:")))
        top.addWidget(self.period)

        cards = layouts.row(layout)
        self.totals: dict[str, tuple[QLabel, QLabel]] = {}  # name → (big value, caption)
        for name in ("week", "streak", "drop", "minutes"):
            frame, value, caption = stat_card()
            self.totals[name] = (value, caption)
            cards.addWidget(frame, 1)

        middle_box = QWidget()
        middle = QHBoxLayout(middle_box)
        middle.setContentsMargins(0, 0, 0, 0)
        self.plot = TensionPlot(self._lookup)
        self.plot.titles = titles or {}
        middle.addWidget(self.plot, 1)
        side_box = QWidget()
        side_box.setMinimumWidth(300)
        side_box.setMaximumWidth(380)
        side = QVBoxLayout(side_box)
        self.body_map: QWidget | None = body_map_factory() if body_map_factory else None
        self.zones = ZoneRanking(limit=5 if self.body_map is not None else 8)
        if self.body_map is not None:
            # A thumbnail here: it may shrink below the main diagram's minimum, so that the ranking
            # under it (whose wrapped names need their height) never lies over the foot.
            self.body_map.setMinimumSize(120, 90)
            side.addWidget(self.body_map, 2)
        side.addWidget(self.zones, 1)
        middle.addWidget(side_box)

        self.table = SessionTable()
        self.table.source.titles = titles or {}
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.plot.sessionClicked.connect(self.table.select_session)
        # The charts take turns in one place (tension; mobility once desktop.ui.progress_hooks adds it):
        # stacked, they did not fit a 1280x800 screen together with the table, and squeezed each other.
        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.charts.addTab(middle_box, translate("history_window", "Tension before and after each session"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.charts)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 240])
        layout.addWidget(split, 1)

        self.export_button = QPushButton(translate("history_window", "Export CSV…"))
        self.export_button.clicked.connect(self._on_export)
        self.export_button.setEnabled(getattr(store, "readable", True))  # a read-only history exports too
        self.delete_button = QPushButton(translate("history_window", "Delete selected…"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete_selected)
        self.delete_all_button = QPushButton(translate("history_window", "Delete all…"))
        self.delete_all_button.clicked.connect(self._on_delete_all)
        self.status = QLabel()
        close = QPushButton(translate("history_window", "Close"))
        close.clicked.connect(self.close)
        buttons = layouts.row(layout)
        for widget in (self.export_button, self.delete_button, self.delete_all_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        self._bind_keys()
        resize_to_fit(self, (1100, 760), parent)  # smaller on a smaller screen
        self.refresh()

    def add_chart(self, chart: QWidget, title: str) -> None:
        """Another chart beside the tension chart, shown when its tab is chosen."""
        self.charts.addTab(chart, title)

    def _bind_keys(self) -> None:
        """The window's keys, from the one command table (Help → Keyboard shortcuts lists them). The charts'
        keys work from anywhere in the window, as in a browser: QTabWidget's own Ctrl+Tab works only while
        the focus is inside it."""
        slots = {
            "next_chart": lambda: self._next_chart(1),
            "previous_chart": lambda: self._next_chart(-1),
            "delete_sessions": self._on_delete_selected,
            "close_history": self.close,
        }
        for cmd in for_window(Window.HISTORY):
            in_table = cmd.id == "delete_sessions"
            for key in cmd.keys:
                shortcut = QShortcut(QKeySequence(key), self.table if in_table else self, slots[cmd.id])
                if in_table:
                    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only in the table

    def _next_chart(self, step: int) -> None:
        count = self.charts.count()
        if count > 1:
            self.charts.setCurrentIndex((self.charts.currentIndex() + step) % count)

    # ---- state ---------------------------------------------------------------------------------

    def since(self, now: datetime | None = None) -> datetime | None:
        """Start of the chosen period (None for all time)."""
        days = self.period.currentData()
        return None if days is None else (now or self._now()) - timedelta(days=days)

    def refresh(self) -> None:
        """Show what the store holds now for the chosen period.

        After a session only the sessions written since the last refresh are read again (the store's
        change journal names them); a new period, a sliding period's new day, or more changes than the
        journal keeps read the period again from the start, a page of the table at a time.
        """
        now = self._now()
        since = self.since(now)
        x_range = (since.timestamp(), now.timestamp()) if since is not None else None
        try:
            changes = self._changes_since_shown()
            if changes is None:
                mark = self._store.change_mark()
                self.plot.set_points(self._store.tension_points(since), x_range)
                self.table.show_sessions(self._store, since)
            else:
                mark, ids = changes
                self._apply(ids, since, x_range)
            stats = self._store.stats(now, since=since)
            counts = self._store.zone_counts(since)
            any_session = self._store.has_sessions()
        except HistoryUnavailable as exc:
            mark, stats, counts, any_session = None, HistoryStats(), {}, False
            self.plot.set_points((), x_range)
            self.table.show_sessions(NullHistoryStore(), since)
            self.unavailable.setText(str(exc))
            self.unavailable.show()
        self._shown = (self.period.currentIndex(), mark)
        self._show_stats(stats)
        self.zones.set_counts(counts, stats.sessions)
        if self.body_map is not None and hasattr(self.body_map, "set_zone_tints"):
            self.body_map.set_zone_tints(zone_tints(counts))
        self.delete_all_button.setEnabled(any_session)
        self._on_selection_changed()

    def _changes_since_shown(self) -> tuple[int, list[int]] | None:
        """What changed since the last refresh, or None when the period must be read again."""
        period, mark = self._shown
        if mark is None or period != self.period.currentIndex():
            return None
        return self._store.changed_since(mark)

    def _apply(self, ids: list[int], since: datetime | None, x_range: tuple[float, float] | None) -> None:
        """Move only the sessions in `ids` in the plot and the table (and drop what left the period)."""
        records = self._store.records(ids)
        changed = {session_id: records.get(session_id) for session_id in ids}
        points = [
            (r.id, r.started_at.timestamp(), r.tension_before, r.tension_after)
            for r in records.values()
            if (since is None or r.started_at >= since)
            and (r.tension_before is not None or r.tension_after is not None)
        ]
        self.plot.apply(ids, points, None if since is None else since.timestamp(), x_range)
        self.table.source.apply(changed, since)

    def _lookup(self, session_id: int) -> SessionRecord | None:
        try:
            return self._store.session(session_id)
        except HistoryUnavailable:
            return None

    def _show_stats(self, stats: HistoryStats) -> None:
        period = translate("history_window", PERIODS[max(0, self.period.currentIndex())][1])
        show_totals(self.totals, stats, period)

    # ---- actions -------------------------------------------------------------------------------

    def _on_selection_changed(self, *_: object) -> None:
        count = len(self.table.selected_ids())
        self.delete_button.setEnabled(count > 0)
        self.delete_button.setText(
            translate("history_window", "Delete {count} selected…").format(count=count)
            if count > 1
            else translate("history_window", "Delete selected…")
        )

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        question = (
            translate(
                "history_window", "Delete these {count} sessions from your history? This can't be undone."
            )
            if len(ids) > 1
            else translate("history_window", "Delete this session from your history? This can't be undone.")
        )
        if not self._confirm(translate("history_window", "Delete sessions"), question.format(count=len(ids))):
            return
        if self._guard(lambda: [self._store.delete_session(i) for i in ids]):
            done = (
                translate("history_window", "Deleted {count} session.")
                if len(ids) == 1
                else translate("history_window", "Deleted {count} sessions.")
            )
            self.status.setText(done.format(count=len(ids)))
        self.refresh()

    def _on_delete_all(self) -> None:
        text = translate(
            "history_window",
            "Delete every recorded session, in all periods? This can't be undone.\n\n"
            "If you want to keep a copy (for example for your physiotherapist), choose No and "
            "use Export CSV first.",
        )
        if not self._confirm(translate("history_window", "Delete all history"), text):
            return
        if self._guard(self._store.delete_all):
            self.status.setText(translate("history_window", "All sessions deleted."))
        self.refresh()

    def _on_export(self) -> None:
        default = Path.home() / f"ankle-guide-history-{self._now().astimezone():%Y-%m-%d}.csv"
        name = ask_export_path(self, default)
        if name is None:
            return
        try:
            count = write_csv(self._store.iter_sessions(), name)
        except (OSError, HistoryUnavailable) as exc:
            QMessageBox.warning(
                self,
                translate("history_window", "Export history"),
                translate("history_window", "The history could not be exported:\n{reason}").format(
                    reason=exc
                ),
            )
            return
        wrote = (
            translate("history_window", "Wrote {count} session to {file}.")
            if count == 1
            else translate("history_window", "Wrote {count} sessions to {file}.")
        )
        self.status.setText(wrote.format(count=count, file=Path(name).name))

    def _guard(self, action: Callable[[], object]) -> bool:
        """Run a store write; on failure tell the person why. True when it worked."""
        try:
            action()
        except HistoryUnavailable as exc:
            QMessageBox.warning(self, translate("history_window", "Session history"), str(exc))
            return False
        return True
