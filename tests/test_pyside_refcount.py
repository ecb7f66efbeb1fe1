"""Regression guard: PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call.

After a few thousand calls the process aborts (`Fatal Python error: none_dealloc`). If an upgrade
brings the bug back, this fails instead of the app dying in a user's hands.
"""

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QPainterPath


def test_void_calls_keep_none_refcount() -> None:
    path = QPainterPath()
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(5000):
        path.lineTo(i, i + 1)
        path.moveTo(i + 1, i)
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before < 10  # a leak would be ~15000


def test_pyside_is_below_612() -> None:
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), "PySide6 6.12 aborts on Python 3.11; keep the pin (see pyproject)"
