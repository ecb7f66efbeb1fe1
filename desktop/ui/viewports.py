"""Scroll areas whose viewport PySide already knows, so reading it costs nothing before the first paint.

Qt makes a scroll area's viewport itself. The first time Python reads a widget that Qt made, PySide
has to find its Python class, and with its lazy class loading it builds a Python class for every Qt
widget class it walks past (~70 of them, ~14 ms) — before the window's first paint, if a widget
touches its viewport while it is built. A viewport made in Python is known from the start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give `area` a viewport made here and return it (call before anything reads `area.viewport()`)."""
    viewport = QWidget()
    area.setViewport(viewport)
    return viewport
