"""What a person can read in a window: every visible widget's text, title, items, tooltips and
accessible names, the diagram's text items, the plots' axis labels and the menus' entries.

Used to prove a language complete (tests/test_german.py): the same windows are read in English and in
German, and a piece of text that reads the same in both is a string that never went through the
catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

MAX_ROWS = 60  # of a list or table: enough to see every kind of row, bounded for a long history

_SEPARATORS = re.compile(r"\s*(?:·|—|–|:|\n|\(|\)|\||/|,|;|\.(?:\s|$)|!|\?|•|…|\"|“|”|„|→|←|\+)\s*")
_LETTERS = re.compile(r"[^\W\d_]")


def plain(text: str) -> str:
    """Rich text as the words it shows; mnemonic ampersands dropped."""
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def pieces(text: str) -> set[str]:
    """A text cut at punctuation into the phrases a reader takes in one go, each with three or more
    letters (numbers, times and lone symbols are the same in every language)."""
    out = set()
    for piece in _SEPARATORS.split(plain(text)):
        piece = " ".join(piece.split())
        if len(_LETTERS.findall(piece)) >= 3:
            out.add(piece)
    return out


def _widget_texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
        yield from (widget.tabToolTip(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
        yield from _scene_texts(widget)
    elif isinstance(widget, QMenuBar):
        for action in widget.actions():
            yield from _menu_texts(action.menu(), action.text())
    yield from _plot_texts(widget)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    rows = min(model.rowCount(root), MAX_ROWS)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _scene_texts(view: QGraphicsView) -> Iterator[str]:
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsSimpleTextItem):
            yield item.text()
        elif isinstance(item, QGraphicsTextItem):
            yield item.toPlainText()
        yield item.toolTip()


def _menu_texts(menu: QMenu | None, title: str) -> Iterator[str]:
    yield title
    if menu is None:
        return
    for action in menu.actions():
        yield action.text()
        yield action.statusTip()
        if action.menu() is not None and action.menu() is not menu:
            yield from _menu_texts(action.menu(), action.text())


def _plot_texts(widget: QWidget) -> Iterator[str]:
    """pyqtgraph's PlotWidget: the title and the axes' labels (drawn, so no widget carries them)."""
    plot_item = getattr(widget, "getPlotItem", None)
    if plot_item is None:
        return
    item = plot_item()
    yield item.titleLabel.text or ""
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        if axis.isVisible():
            yield axis.labelText or ""


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every phrase shown by `root` and its visible children → the class of the widget that shows it."""
    found: dict[str, str] = {}
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for text in _widget_texts(widget):
            for piece in pieces(text or ""):
                found.setdefault(piece, f"{type(widget).__name__} {widget.objectName()}".strip())
    return found
