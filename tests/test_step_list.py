"""The step list: every plan item as a row, the current one marked, done ones ticked, clicks forwarded."""

from __future__ import annotations

import panel_samples as S
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.ui import style, theme
from desktop.ui.step_list import CurrentRole, DoneRole, StepList

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def make(qtbot: QtBot, routine=S.ROUTINE, size=(420, 600)) -> StepList:
    widget = StepList()
    qtbot.addWidget(widget)
    widget.set_plan(S.plan(routine), S.CATALOGUE)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def texts(widget: StepList, role=ACCESSIBLE) -> list[str]:
    model = widget.model()
    return [model.index(r).data(role) for r in range(model.rowCount())]


def test_every_plan_item_is_a_row_with_zones_technique_time_and_side(qtbot: QtBot) -> None:
    widget = make(qtbot)
    rows = texts(widget)
    assert len(rows) == 7  # 3 right, the switch, 3 left
    assert rows[0] == (
        "Step 1: Warm-up strokes up the calf. The heel cord and the calf. Gliding strokes · 1:00. Right foot."
    )
    assert rows[3] == "Switch to your left foot. Short pause · 0:10."
    assert rows[6].startswith("Step 3: Press the hollow") and rows[6].endswith("Left foot.")
    tip = texts(widget, Qt.ItemDataRole.ToolTipRole)[2]  # plain words first, anatomy for the curious
    assert "Hollow below the inner ankle bone\nAnatomy: Tarsal tunnel hollow" in tip


def test_a_one_sided_plan_does_not_repeat_the_side(qtbot: QtBot) -> None:
    widget = make(qtbot, S.OTHER)
    assert texts(widget) == [
        "Step 1: Press the hollow below the inner ankle bone. Hollow below the inner ankle bone."
        " Sustained press · 0:40."
    ]


def test_current_row_is_marked_and_earlier_rows_are_ticked(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_current(4, 4)
    model = widget.model()
    assert [model.index(r).data(CurrentRole) for r in range(7)] == [False] * 4 + [True] + [False] * 2
    assert [model.index(r).data(DoneRole) for r in range(7)] == [True] * 4 + [False] * 3
    assert texts(widget)[4].endswith("Current step.")
    assert texts(widget)[0].endswith("Done.")
    assert widget.view().currentIndex().row() == 4


def test_the_current_row_is_drawn_with_the_accent_bar(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_current(1, 1)
    view = widget.view()
    image = view.viewport().grab().toImage()
    current = view.visualRect(widget.model().index(1)).center().y()
    other = view.visualRect(widget.model().index(2)).center().y()
    assert QColor(image.pixel(2, current)) == QColor(style.ACCENT)
    assert QColor(image.pixel(2, other)) != QColor(style.ACCENT)


def test_set_current_scrolls_the_row_into_view(qtbot: QtBot) -> None:
    widget = make(qtbot, size=(420, 160))
    view = widget.view()
    last = widget.model().index(6)
    assert not view.viewport().rect().contains(view.visualRect(last))
    widget.set_current(6, 6)
    assert view.viewport().rect().contains(view.visualRect(last))


def test_clicking_a_row_asks_to_jump_there(qtbot: QtBot) -> None:
    widget = make(qtbot)
    view = widget.view()
    point = view.visualRect(widget.model().index(5)).center()
    with qtbot.waitSignal(widget.step_activated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [5]


def test_double_click_asks_only_once(qtbot: QtBot) -> None:
    widget = make(qtbot)
    view = widget.view()
    point = view.visualRect(widget.model().index(2)).center()
    seen: list[int] = []
    widget.step_activated.connect(seen.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert seen == [2]


def test_enter_on_a_row_asks_to_jump_there(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_current(0, 0)
    view = widget.view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.step_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [2]


def test_a_new_plan_clears_the_marks(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_current(5, 5)
    widget.set_plan(S.plan(S.OTHER), S.CATALOGUE)
    model = widget.model()
    assert model.rowCount() == 1
    assert not model.index(0).data(CurrentRole) and not model.index(0).data(DoneRole)


def test_the_row_with_keyboard_focus_has_the_ring_and_a_selected_row_the_highlight(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_current(0, 0)
    view = widget.view()
    widget.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # row 1: the keyboard's row, selected, not the session's
    model = widget.model()
    assert view.currentIndex().row() == 1 and view.selectionModel().isSelected(model.index(1))
    image = view.viewport().grab().toImage()
    ring, highlight = QColor(theme.current().focus), view.palette().color(view.palette().ColorRole.Highlight)
    focused, other = view.visualRect(model.index(1)), view.visualRect(model.index(2))
    assert QColor(image.pixel(focused.left() + 2, focused.center().y())) == ring
    assert QColor(image.pixel(other.left() + 2, other.center().y())) != ring
    assert QColor(image.pixel(focused.right() - 12, focused.top() + 5)) == highlight
    assert QColor(image.pixel(other.right() - 12, other.top() + 5)) != highlight
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    image = view.viewport().grab().toImage()
    assert QColor(image.pixel(focused.left() + 2, focused.center().y())) != ring  # no focus, no ring
