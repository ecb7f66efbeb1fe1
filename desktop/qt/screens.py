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


def available_geometry_at(point: QPoint | None = None) -> QRect:
    """The part of that screen windows may use (panels and docks left out)."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return QRect(screen.availableGeometry()) if screen is not None else QRect(0, 0, 1280, 720)


FRAME_ALLOWANCE = (16, 48)
"""Width and height a window manager's frame may add round a window (title bar, borders): the
first size leaves room for them, as the frame is not known before the window is shown."""


def first_size(preferred: tuple[int, int], available: QRect) -> tuple[int, int]:
    """The first window size: `preferred`, made smaller where the screen is smaller (frame included)."""
    width = min(preferred[0], max(320, available.width() - FRAME_ALLOWANCE[0]))
    height = min(preferred[1], max(240, available.height() - FRAME_ALLOWANCE[1]))
    return width, height


def resize_to_fit(window, preferred: tuple[int, int], near=None) -> None:
    """Give a window about to open its preferred size, made smaller where the screen it opens on (the
    one showing `near`'s window, else the primary) is smaller: a window must never be larger than it."""
    point = near.window().frameGeometry().center() if near is not None else None
    window.resize(*first_size(preferred, available_geometry_at(point)))


def clamp_to(rect: QRect, available: QRect) -> QRect:
    """`rect` (a window's frame) shrunk and moved so all of it lies on `available`."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = min(max(rect.x(), available.x()), available.x() + available.width() - width)
    y = min(max(rect.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def inside_frame(available: QRect) -> QRect:
    """Where a window's inside may go on `available` so that a window manager's frame fits too."""
    side = FRAME_ALLOWANCE[0] // 2
    return available.adjusted(side, FRAME_ALLOWANCE[1] - side, -side, -side)


def fit_on_screen(window) -> None:
    """Shrink and move a restored window so all of it, frame included, is on the screen it is on now."""
    rect = window.geometry()
    available = available_geometry_at(rect.center())
    inner = inside_frame(available)
    if available.contains(rect) and rect.width() <= inner.width() and rect.height() <= inner.height():
        return
    window.setGeometry(clamp_to(rect, inner))
