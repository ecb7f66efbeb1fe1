"""Nested layouts built top-down: the one order in which PySide6 leaves their items alone.

Adding a layout that already holds widgets to another layout makes PySide6 (6.11) give each of its
items a Python wrapper parented to the outer layout, and the garbage collector can later delete those
items while their layout still holds them: a segfault, in whichever widget happens to be built next.
A layout added while still empty, and filled afterwards, never gets item wrappers. These helpers make
that order the easy one; tests/test_widget_lifetimes.py checks every window keeps to it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QVBoxLayout


def row(parent: QBoxLayout, stretch: int = 0) -> QHBoxLayout:
    """A new, empty horizontal layout already placed in `parent`: fill it after."""
    layout = QHBoxLayout()
    parent.addLayout(layout, stretch)
    return layout


def column(parent: QBoxLayout, stretch: int = 0) -> QVBoxLayout:
    """A new, empty vertical layout already placed in `parent`: fill it after."""
    layout = QVBoxLayout()
    parent.addLayout(layout, stretch)
    return layout


def grid(parent: QBoxLayout, stretch: int = 0) -> QGridLayout:
    """A new, empty grid already placed in `parent`: fill it after."""
    layout = QGridLayout()
    parent.addLayout(layout, stretch)
    return layout
