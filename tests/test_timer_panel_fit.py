"""The timer panel's last line ("Next: …") is shown whole or not at all, never cut through the middle.

At 1280×800 with the preparation card open, the panel's scrolling part was a few pixels shorter than its
words, and the lower half of "Next: …" was missing behind a scroll bar a few pixels long. Checked on the
widgets' real geometry (where the label lies against the scroll area's viewport), not on a grab().
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

HEIGHTS = range(600, 801, 5)  # window heights, in a 1280-wide window: the laptop sizes and around them


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _next_line_on_screen(panel) -> QRect:
    """The part of "Next: …" inside the scroll area's viewport (empty when none of it is)."""
    label, viewport = panel.next_label, panel._scroll.viewport()
    if not label.isVisible():
        return QRect()
    top_left = label.mapTo(viewport, QPoint(0, 0))
    return QRect(top_left, label.size()).intersected(viewport.rect())


@pytest.mark.parametrize("width", [1280, 1366])
def test_the_next_line_is_whole_or_absent_with_the_preparation_card_open(built_apps, width: int) -> None:
    app = built_apps()
    window, panel = app.window, app.window.timer_panel
    window.show()
    _settle()
    assert window.ui.preparation_card.isVisible(), "the case of the report: the card takes the room"
    assert panel.next_label.text().startswith("Next:")
    cut = []
    for height in HEIGHTS:
        window.resize(width, height)
        _settle()
        panel._scroll.verticalScrollBar().setValue(0)  # as a new step shows it: from its heading
        shown = _next_line_on_screen(panel)
        whole = QRect(panel.next_label.mapTo(panel._scroll.viewport(), QPoint(0, 0)), panel.next_label.size())
        if not shown.isEmpty() and shown != whole:
            cut.append((height, shown.height(), whole.height()))
        if panel.next_label.isHidden():
            # hidden only when everything above it then fits: nothing else is cut, no scroll bar
            assert panel._scroll.verticalScrollBar().maximum() == 0, height
    assert cut == [], "window height, visible px, label px"


def test_the_next_line_comes_back_when_there_is_room(built_apps) -> None:
    app = built_apps()
    window, panel = app.window, app.window.timer_panel
    window.show()
    for height in (*HEIGHTS, 1000):
        window.resize(1280, height)
        _settle()
    assert panel.next_label.isVisible()
    assert _next_line_on_screen(panel).height() == panel.next_label.height() > 0
