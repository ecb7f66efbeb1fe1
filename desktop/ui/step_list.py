"""The list of plan items beside the diagram: where you are, what is done, what comes next.

A QListView over a small QAbstractListModel, drawn by a delegate: every plan item is one row (the
switch between feet too), the current row is bold with an accent bar, finished rows carry a ✓.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.session_presenter import switch_to
from desktop.model.session_snapshot import ItemKind, PlanItem
from desktop.model.timefmt import format_remaining
from desktop.model.zones import ZoneCatalogue
from desktop.ui import style, theme

_ModelIndex = QModelIndex | QPersistentModelIndex

RowRole = Qt.ItemDataRole.UserRole + 1  # the _Row of an index
CurrentRole = Qt.ItemDataRole.UserRole + 2  # bool
DoneRole = Qt.ItemDataRole.UserRole + 3  # bool
PlanIndexRole = Qt.ItemDataRole.UserRole + 4  # int: PlanItem.index


class _Row(NamedTuple):
    """What one row shows, worked out once when the plan is set.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    plan_index: int
    is_switch: bool
    number: str  # "3", or "" for the switch row
    title: str
    zones: str  # plain words: "The heel cord and the calf"
    anatomy: str  # the same by anatomical names, for the tooltip: "Achilles tendon, Calf muscles"
    meta: str  # "Thumb circles · 1:30"
    side: str  # "Right" / "Left" when the plan covers both feet, else ""
    spoken: str  # accessible text, without the done/current state


_SIDE_TAGS = {
    "right": QT_TRANSLATE_NOOP("step_list", "Right"),
    "left": QT_TRANSLATE_NOOP("step_list", "Left"),
}
_SIDE_SPOKEN = {
    "right": QT_TRANSLATE_NOOP("step_list", "Right foot."),
    "left": QT_TRANSLATE_NOOP("step_list", "Left foot."),
}  # whole phrases: German inflects the adjective


def _side_word(item: PlanItem) -> str:
    return translate("step_list", _SIDE_TAGS[item.side.value])


def _rows(items: Sequence[PlanItem], catalogue: ZoneCatalogue) -> list[_Row]:
    both = len({item.side for item in items}) > 1
    rows: list[_Row] = []
    for pos, item in enumerate(items):
        duration = format_remaining(item.duration_s)
        if item.kind is ItemKind.SWITCH_SIDES or item.step is None:
            # The switch sits before the first item of the new side; name that side.
            to_side = items[pos + 1].side if pos + 1 < len(items) else item.side
            title = switch_to(to_side)
            meta = translate("step_list", "Short pause · {duration}").format(duration=duration)
            spoken = translate("step_list", "{title}. {meta}.").format(title=title, meta=meta)
            rows.append(_Row(item.index, True, "", title, "", "", meta, "", spoken))
            continue
        step = item.step
        zones = catalogue.plain_names(step.zones)
        anatomy = ", ".join(z.name if (z := catalogue.get(zid)) else zid for zid in step.zones)
        meta = f"{step.technique.label} · {duration}"
        side = _side_word(item) if both else ""
        spoken = translate("step_list", "Step {number}: {title}. {zones}. {meta}.").format(
            number=item.step_number, title=step.title, zones=zones, meta=meta
        )
        if side:
            spoken += " " + translate("step_list", _SIDE_SPOKEN[item.side.value])
        rows.append(
            _Row(item.index, False, str(item.step_number), step.title, zones, anatomy, meta, side, spoken)
        )
    return rows


class PlanListModel(QAbstractListModel):
    """Rows for the plan items, with the current/done state as item data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._current = -1
        self._done: frozenset[int] = frozenset()

    def set_plan(self, items: Sequence[PlanItem], catalogue: ZoneCatalogue) -> None:
        self.beginResetModel()
        self._rows = _rows(items, catalogue)
        self._current = -1
        self._done = frozenset()
        self.endResetModel()

    def set_current(self, index: int, done: int | Collection[int]) -> None:
        done = frozenset(range(done) if isinstance(done, int) else done)
        if (index, done) == (self._current, self._done):
            return
        self._current, self._done = index, done
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def current_row(self) -> int:
        return next((r for r, row in enumerate(self._rows) if row.plan_index == self._current), -1)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        current = row.plan_index == self._current
        done = row.plan_index in self._done
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == RowRole:
            return row
        if role == CurrentRole:
            return current
        if role == DoneRole:
            return done
        if role == PlanIndexRole:
            return row.plan_index
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = " " + translate("step_list", "Current step.") if current else ""
            return row.spoken + state + (" " + translate("step_list", "Done.") if done else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            anatomy = (
                translate("step_list", "Anatomy: {names}").format(names=row.anatomy) if row.anatomy else ""
            )
            return "\n".join(part for part in (row.title, row.zones, anatomy, row.meta) if part)
        return None


class _RowDelegate(QStyledItemDelegate):
    """Paints a row: ✓ or number, title (bold when current) with a side tag, zones, technique and time."""

    PAD = 8
    LEAD = 34  # width of the ✓ / number column
    BAR = 5  # accent bar of the current row

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, QFontMetrics]:
        title = QFontMetrics(style.scaled_font(option.font, 1.08, bold=True))
        small = QFontMetrics(style.scaled_font(option.font, style.SMALL_SCALE))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        row: _Row = index.data(RowRole)
        title, small = self._metrics(option)
        lines = 1 if row.is_switch else 2
        height = 2 * self.PAD + title.height() + lines * (small.height() + 2)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        row: _Row = index.data(RowRole)
        current: bool = index.data(CurrentRole)
        done: bool = index.data(DoneRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        rect = opt.rect
        selected, focused = _row_state(opt, index)
        palette = opt.palette
        text = palette.color(QPalette.ColorRole.Text)
        muted = style.muted_color(palette)
        look = theme.current()
        if current:
            painter.fillRect(rect, QColor(look.row_bg))
            painter.fillRect(QRect(rect.left(), rect.top(), self.BAR, rect.height()), QColor(look.row_bar))
            text, muted = QColor(look.row_text), QColor(look.row_muted)
        elif selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            text = muted = palette.color(QPalette.ColorRole.HighlightedText)
        if focused:
            pen = QPen(QColor(look.focus), theme.FOCUS_WIDTH)  # the focus ring of every control
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        title_font = style.scaled_font(opt.font, 1.08, bold=current)
        small_font = style.scaled_font(opt.font, style.SMALL_SCALE)
        title_fm, small_fm = self._metrics(opt)
        left = rect.left() + self.BAR + self.PAD
        text_left = left + self.LEAD
        right = rect.right() - self.PAD
        y = rect.top() + self.PAD

        # Lead column: ✓ when done, otherwise the step number (⇄ for the switch).
        lead_rect = QRect(left, y, self.LEAD - 6, title_fm.height())
        if done:
            painter.setFont(style.scaled_font(opt.font, 1.2, bold=True))
            painter.setPen(text if selected and not current else QColor(look.done))
            painter.drawText(lead_rect, Qt.AlignmentFlag.AlignCenter, "✓")
        else:
            painter.setFont(small_font)
            painter.setPen(muted)
            painter.drawText(lead_rect, Qt.AlignmentFlag.AlignCenter, "⇄" if row.is_switch else row.number)

        # Title line, with the side tag at the right.
        title_right = right
        if row.side:
            painter.setFont(small_font)
            painter.setPen(muted)
            tag_w = small_fm.horizontalAdvance(row.side) + 4
            painter.drawText(
                QRect(right - tag_w, y, tag_w, title_fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                row.side,
            )
            title_right = right - tag_w - self.PAD
        painter.setFont(title_font)
        painter.setPen(text)
        title_rect = QRect(text_left, y, max(0, title_right - text_left), title_fm.height())
        elided = QFontMetrics(title_font).elidedText(
            row.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        y += title_fm.height() + 2

        painter.setFont(small_font)
        painter.setPen(muted)
        for line in (row.meta,) if row.is_switch else (row.zones, row.meta):
            line_rect = QRect(text_left, y, max(0, right - text_left), small_fm.height())
            elided = small_fm.elidedText(line, Qt.TextElideMode.ElideRight, line_rect.width())
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            y += small_fm.height() + 2
        painter.restore()


def _row_state(option: QStyleOptionViewItem, index: _ModelIndex) -> tuple[bool, bool]:
    """(selected, has the focus) for a row, as QListView works them out for the option's state flags.

    Read from the view, not from `option.state`: that value is a QStyle flag, and the first one Python
    sees makes PySide build the whole QStyle class with its 17 enums (~6 ms before the first paint)."""
    view = option.widget
    if not isinstance(view, QAbstractItemView):
        return False, False
    selection = view.selectionModel()
    selected = selection is not None and selection.isSelected(index)
    focus = view.hasFocus() or view.viewport().hasFocus()
    return selected, focus and index.isValid() and view.currentIndex() == index


class _PlanView(QListView):
    """A list view that reports Enter/Return on a row (clicks come from `clicked`)."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class StepList(QWidget):
    """Every item of the session plan, with the current one marked and done ones ticked.

    Signals:
        step_activated(int): the person clicked a row or pressed Enter on it; carries PlanItem.index.
    """

    step_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = PlanListModel(self)
        self._view = _PlanView(self)
        self._view.setModel(self._model)
        self._view.setItemDelegate(_RowDelegate(self._view))
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view.setUniformItemSizes(False)
        self._view.setAccessibleName(translate("step_list", "Steps"))
        self._view.setAccessibleDescription(
            translate("step_list", "The steps of this session. Press Enter to jump to a step.")
        )
        self._view.clicked.connect(self._on_activated)
        self._view.enter_pressed.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)

    def set_plan(self, items: Sequence[PlanItem], catalogue: ZoneCatalogue) -> None:
        """Show a new plan; nothing is current or done until set_current."""
        self._model.set_plan(items, catalogue)

    def set_current(self, index: int, done: int | Collection[int]) -> None:
        """Mark plan item `index` current and tick the `done` plan indices (an int: every one before
        it); scroll it into view."""
        self._model.set_current(index, done)
        row = self._model.current_row()
        if row < 0:
            return
        model_index = self._model.index(row)
        if self._view.currentIndex() != model_index:
            self._view.setCurrentIndex(model_index)
        self._view.scrollTo(model_index, QAbstractItemView.ScrollHint.EnsureVisible)

    def view(self) -> QListView:
        """The list view (for the lead's layout and for tests)."""
        return self._view

    def model(self) -> PlanListModel:
        return self._model

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.step_activated.emit(int(index.data(PlanIndexRole)))
