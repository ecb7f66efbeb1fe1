"""The table of past sessions under the history plot: newest first, sortable, multi-select for deleting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.model.history import SessionRecord

COLUMNS = ("Date", "Routine", "Sides", "Steps", "Outcome", "Before", "After", "Note")
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMERIC = {"Steps", "Before", "After"}
_Index = QModelIndex | QPersistentModelIndex


def local_time_text(moment: datetime) -> str:
    """`Tue 12 Nov 2024, 19:31` in the computer's time zone (records hold UTC)."""
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")


def rating_text(value: int | None) -> str:
    return "–" if value is None else str(value)


class SessionTableModel(QAbstractTableModel):
    """Read-only rows of SessionRecord, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[SessionRecord] = []

    def set_records(self, records: list[SessionRecord]) -> None:
        self.beginResetModel()
        self._records = sorted(records, key=lambda r: (r.started_at, r.id), reverse=True)
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "Note" and record.note:
            return record.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(record: SessionRecord, column: str) -> str:
        match column:
            case "Date":
                return local_time_text(record.started_at)
            case "Routine":
                return record.routine_title
            case "Sides":
                return record.sides.capitalize()
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

    @staticmethod
    def _sort_key(record: SessionRecord, column: str) -> object:
        match column:
            case "Date":
                return record.started_at.timestamp()
            case "Steps":
                return record.steps_completed
            case "Before":
                return -1 if record.tension_before is None else record.tension_before
            case "After":
                return -1 if record.tension_after is None else record.tension_after
            case _:
                return SessionTableModel._text(record, column).lower()


class SessionTable(QTableView):
    """Sessions, sortable by any column; rows select whole, several at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = SessionTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.source)
        self._proxy.setSortRole(SORT_ROLE)
        self.setModel(self._proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Note"), QHeaderView.ResizeMode.Stretch)

    def set_records(self, records: list[SessionRecord]) -> None:
        self.source.set_records(records)

    def row_texts(self) -> list[list[str]]:
        """What the person sees, top to bottom (for tests and screenshots)."""
        model = self.model()
        return [
            [str(model.data(model.index(row, col))) for col in range(model.columnCount())]
            for row in range(model.rowCount())
        ]

    def selected_ids(self) -> list[int]:
        rows = self.selectionModel().selectedRows()
        return sorted({int(index.data(ID_ROLE)) for index in rows})

    def select_session(self, session_id: int) -> None:
        """Select and show the row of `session_id` (clicked on the plot); does nothing if not listed."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == session_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.selectionModel().select(index, flags)
                self.scrollTo(index)
                return
