"""The table of past sessions under the history plot: newest first, sortable, multi-select for deleting.

The model reads the store a page at a time as the table scrolls (canFetchMore/fetchMore), sorted by
the store (keyset pages, history_reads), so opening years of history costs one page. After a session
the window hands it the changed sessions and it moves only those rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.model.history import History, HistoryUnavailable, NullHistoryStore, SessionRecord
from desktop.model.history_reads import Cursor, TableOrder, comes_before
from desktop.model.i18n import QT_TRANSLATE_NOOP, current_language, translate

COLUMNS = (  # identifiers of the columns; their headers are these words translated
    QT_TRANSLATE_NOOP("history_table", "Date"),
    QT_TRANSLATE_NOOP("history_table", "Routine"),
    QT_TRANSLATE_NOOP("history_table", "Sides"),
    QT_TRANSLATE_NOOP("history_table", "Steps"),
    QT_TRANSLATE_NOOP("history_table", "Outcome"),
    QT_TRANSLATE_NOOP("history_table", "Before"),
    QT_TRANSLATE_NOOP("history_table", "After"),
    QT_TRANSLATE_NOOP("history_table", "Note"),
)
SORT_KEYS = ("date", "routine", "sides", "steps", "outcome", "before", "after", "note")  # history_reads
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ROWS = 100  # rows read at a time: a few screens' worth
_NUMERIC = {"Steps", "Before", "After"}
_Index = QModelIndex | QPersistentModelIndex
SIDES = {  # a record's sides (stored in English) → the word the table shows
    "right": QT_TRANSLATE_NOOP("history_table", "Right"),
    "left": QT_TRANSLATE_NOOP("history_table", "Left"),
    "both": QT_TRANSLATE_NOOP("history_table", "Both"),
}
SIDE_PHRASES = {  # a record's sides (stored in English) → the words the hover line says
    "right": QT_TRANSLATE_NOOP("history_table", "right side"),
    "left": QT_TRANSLATE_NOOP("history_table", "left side"),
    "both": QT_TRANSLATE_NOOP("history_table", "both sides"),
}


def display_locale() -> QLocale:
    """The locale of the app's language, for day and month names. Not QLocale(): that is the system's
    while the app speaks English on a German desktop, and it outlives a switch back to English."""
    return QLocale(current_language())


def local_time_text(moment: datetime) -> str:
    """`Tue 12 Nov 2024, 19:31` in the computer's time zone (records hold UTC), in the app's language."""
    local = moment.astimezone()
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    pattern = translate(
        "history_table",
        "ddd dd MMM yyyy, HH:mm",
        "Qt date format of a session's start (ddd = short day name, MMM = short month name)",
    )
    return display_locale().toString(shown, pattern)


def number_text(text: str) -> str:
    """A number already written with a "." (f"{x:.1f}") with the decimal sign of the app's language."""
    return text.replace(".", display_locale().decimalPoint())


def rating_text(value: int | None) -> str:
    return "–" if value is None else str(value)


def _ratings(record: SessionRecord) -> str:
    before, after = rating_text(record.tension_before), rating_text(record.tension_after)
    if record.drop and record.drop > 0:
        text = translate("history_table", "tension {before} → {after} (eased by {change})")
    elif record.drop:
        text = translate("history_table", "tension {before} → {after} (rose by {change})")
    elif record.drop == 0:
        text = translate("history_table", "tension {before} → {after} (no change)")
    else:
        text = translate("history_table", "tension {before} → {after}")
    return text.format(before=before, after=after, change=abs(record.drop or 0))


def describe(record: SessionRecord, titles: Mapping[str, str] | None = None) -> str:
    """One line about a session, for the plot's hover label and tooltip (titles: SessionRecord.title_in)."""
    side = SIDE_PHRASES.get(record.sides)
    text = translate("history_table", "{when} — {routine}, {sides}: {ratings}. {outcome}, {steps}.").format(
        when=local_time_text(record.started_at),
        routine=record.title_in(titles or {}),
        sides=translate("history_table", side) if side else record.sides,
        ratings=_ratings(record),
        outcome=record.outcome.label,
        steps=translate("history_table", "{done}/{total} steps").format(
            done=record.steps_completed, total=record.steps_total
        ),
    )
    if record.note:
        text += " " + translate("history_table", "Note: {note}").format(note=record.note)
    return text


class SessionTableModel(QAbstractTableModel):
    """Read-only rows of the store's sessions since a moment, in the chosen order (newest first at first).

    Holds only the rows read so far; the view asks for more as it scrolls.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: History = NullHistoryStore()
        self._since: datetime | None = None
        self._order = TableOrder()
        self._records: list[SessionRecord] = []
        self._cursors: list[Cursor] = []
        self._complete = True
        self.titles: Mapping[str, str] = {}  # built-in routines' titles today (SessionRecord.title_in)

    def show_sessions(self, store: History, since: datetime | None) -> None:
        """List `store`'s sessions started at or after `since`, from the top (reads the first page)."""
        self._store, self._since = store, since
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._records, self._cursors, self._complete = [], [], False
        self.endResetModel()
        self.fetchMore()

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def listed(self, session_id: int) -> bool:
        """Whether the session belongs in this table (stored, and in the period), read or not yet."""
        try:
            cursor = self._store.cursor(self._order, session_id)
        except HistoryUnavailable:
            return False
        return cursor is not None and (self._since is None or cursor[1] >= self._since.timestamp())

    def row_of(self, session_id: int) -> int | None:
        return next((row for row, r in enumerate(self._records) if r.id == session_id), None)

    # ---- reading on demand ---------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        after = self._cursors[-1] if self._cursors else None
        try:
            page = self._store.page(self._since, self._order, after, PAGE_ROWS)
        except HistoryUnavailable:
            page = []  # the window says why when it next refreshes; keep what is shown
        self._complete = len(page) < PAGE_ROWS
        if not page:
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._records += [record for record, _ in page]
        self._cursors += [cursor for _, cursor in page]
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the store: ties stay newest first, whichever way the column is sorted."""
        wanted = TableOrder(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._order:
            self._order = wanted
            self._reload()

    # ---- changes after a session -----------------------------------------------------------------

    def apply(self, changed: Mapping[int, SessionRecord | None], since: datetime | None) -> None:
        """Move just these sessions (None: deleted) and drop rows now older than `since`."""
        self._since = since
        for row in reversed(range(len(self._records))):
            record = self._records[row]
            if record.id in changed or (since is not None and record.started_at < since):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row], self._cursors[row]
                self.endRemoveRows()
        for session_id, record in changed.items():
            if record is None or (since is not None and record.started_at < since):
                continue
            try:
                cursor = self._store.cursor(self._order, session_id)
            except HistoryUnavailable:
                cursor = None
            if cursor is None:
                continue
            row = next(
                (i for i, other in enumerate(self._cursors) if comes_before(cursor, other, self._order)),
                len(self._records),
            )
            if row == len(self._records) and not self._complete:
                continue  # beyond what is read so far: the next page brings it
            self.beginInsertRows(QModelIndex(), row, row)
            self._records.insert(row, record)
            self._cursors.insert(row, cursor)
            self.endInsertRows()

    # ---- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("history_table", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "Note" and record.note:
            return record.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, record: SessionRecord, column: str) -> str:
        match column:
            case "Date":
                return local_time_text(record.started_at)
            case "Routine":
                return record.title_in(self.titles)
            case "Sides":
                label = SIDES.get(record.sides)
                return translate("history_table", label) if label else record.sides.capitalize()
            case "Steps":
                return f"{record.steps_completed} / {record.steps_total}"
            case "Outcome":
                return record.outcome.label
            case "Before":
                return rating_text(record.tension_before)
            case "After":
                return rating_text(record.tension_after)
            case _:
                return record.note.replace("\n", " ")


class SessionTable(QTableView):
    """Sessions, sortable by any column; rows select whole, several at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = SessionTableModel(self)
        self.setModel(self.source)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrows move between rows
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Note"), QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(PAGE_ROWS)  # size columns by a page of rows, not all read so far
        self.source.rowsInserted.connect(self._widen_for)

    def _widen_for(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows added after a reset (a new session, the next page) do not resize "fit to contents"
        columns by themselves: widen a column whose new text would not fit, as a full re-read would."""
        header = self.horizontalHeader()
        for column in range(len(COLUMNS)):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.ResizeToContents:
                continue
            width = header.sectionSize(column)
            if any(
                self.sizeHintForIndex(self.source.index(row, column)).width() > width
                for row in range(first, last + 1)
            ):
                self.source.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def show_sessions(self, store: History, since: datetime | None) -> None:
        self.source.show_sessions(store, since)

    def row_texts(self) -> list[list[str]]:
        """What the person sees, top to bottom, scrolling to the end (reads every page; for tests)."""
        model = self.source
        model.fetch_all()
        return [
            [str(model.data(model.index(row, col))) for col in range(model.columnCount())]
            for row in range(model.rowCount())
        ]

    def selected_ids(self) -> list[int]:
        rows = self.selectionModel().selectedRows()
        return sorted({int(index.data(ID_ROLE)) for index in rows})

    def select_session(self, session_id: int) -> None:
        """Select and show the row of `session_id` (clicked on the plot), reading pages until it is
        listed; does nothing if it is not in the table."""
        model = self.source
        row = model.row_of(session_id)
        if row is None and not model.listed(session_id):
            return
        while row is None and model.canFetchMore():
            model.fetchMore()
            row = model.row_of(session_id)
        if row is None:
            return
        index = model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(index, flags)
        self.scrollTo(index)
