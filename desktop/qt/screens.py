"""Which screen a window should use, found without tying a QScreen's Python wrapper to a widget.

`QWidget.screen()` is unsafe to call from Python here: shiboken's return-value heuristic makes the
widget the Python "parent" of the QScreen wrapper it creates. When the garbage collector later frees
that widget's wrapper, the QScreen wrapper is handed back to Python and freed with it, and Qt's own
screen object is deleted. The next widget constructed then crashes in `QScreen::virtualSiblings()`
(seen in CI as a segfault in `QGraphicsView.__init__`). QGuiApplication's static lookups have no
`self` to attach to, so their wrappers stay plain borrowed references.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication


def screen_geometry_at(point: QPoint | None = None) -> QRect:
    """The geometry of the screen showing `point` (global coordinates), else of the primary screen."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return QRect(screen.geometry()) if screen is not None else QRect(0, 0, 1280, 720)
