"""The follow-along preparation page keeps its key hint clear of the controls bar at every screen size
(at 1920×1080 the bar, sized for the previous unit, used to cover the hint's lower half)."""

from __future__ import annotations

import pytest
from follow_kit import follow_window
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from desktop.model.clock import FakeClock
from desktop.model.library import load_library
from desktop.qt.session_controller import SessionController


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1366, 768)])
def test_the_preparation_hint_stays_above_the_controls(qtbot: QtBot, size: tuple[int, int]) -> None:
    library = load_library()
    routine = next(r for r in library.routines if r.preparation)
    controller = SessionController(library, clock=FakeClock())
    controller.select_routine(routine.id)
    window = follow_window(qtbot, controller, preparation_read=False)
    window.show()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    window._render()
    assert window.showing_preparation
    hint = window.preparation_page.hint
    hint_bottom = hint.mapTo(window, QPoint(0, hint.height())).y()
    dock = window.hud.dock_geometry()  # the strip the controls bar covers when it shows
    dock_top = window.hud.mapTo(window, dock.topLeft()).y()
    assert hint.text()
    assert dock.height() >= window.controls.sizeHint().height()
    assert hint_bottom <= dock_top, (hint_bottom, dock_top)
