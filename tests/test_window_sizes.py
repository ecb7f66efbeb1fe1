"""Every window the app opens at a size of its own fits the screen it opens on, frame included.

Each has a preferred size (the history window 1100×760, the safety check 560×720, …) that is taller or
wider than many screens (1366×768 less a panel, or the 800×480 touch screen of a small computer). The
screen here is made 800×480, smaller than every preferred size, so each window must have shrunk to fit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from desktop.model.history_null import NullHistoryStore
from desktop.qt import screens
from desktop.qt.screens import FRAME_ALLOWANCE


def _history() -> QWidget:
    from desktop.ui.history_window import HistoryWindow

    return HistoryWindow(NullHistoryStore())


def _safety() -> QWidget:
    from desktop.ui.safety_gate import SafetyGate

    return SafetyGate()


def _injury() -> QWidget:
    from desktop.ui.injury_check import InjuryCheck

    return InjuryCheck()


def _lunge() -> QWidget:
    from desktop.ui.lunge_test import LungeTestPage

    return LungeTestPage()


def _next_morning() -> QWidget:
    from desktop.ui.next_morning_dialog import NextMorningDialog

    return NextMorningDialog(1)


WINDOWS: dict[str, tuple[Callable[[], QWidget], tuple[int, int]]] = {
    "history": (_history, (1100, 760)),
    "safety check": (_safety, (560, 720)),
    "injury check": (_injury, (980, 720)),
    "knee-to-wall test": (_lunge, (940, 640)),
    "next morning": (_next_morning, (640, 460)),
}


SMALL_SCREEN = QRect(0, 0, 800, 480)


@pytest.mark.parametrize("name", WINDOWS)
def test_a_window_opens_within_the_screen(qtbot, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(screens, "available_geometry_at", lambda point=None: QRect(SMALL_SCREEN))
    make, preferred = WINDOWS[name]
    available = SMALL_SCREEN
    assert (
        available.width() < preferred[0] + FRAME_ALLOWANCE[0]
        or available.height() < preferred[1] + FRAME_ALLOWANCE[1]
    )
    window = make()
    qtbot.addWidget(window)
    assert window.width() <= available.width() - FRAME_ALLOWANCE[0], (name, window.size())
    assert window.height() <= available.height() - FRAME_ALLOWANCE[1], (name, window.size())


def test_the_morning_question_is_as_tall_as_what_it_shows(qtbot) -> None:
    """No empty half-window above the buttons; after Check, the reason and its buttons are all shown."""
    from desktop.ui.next_morning_dialog import NextMorningDialog

    dialog = NextMorningDialog(1, pain_before=2)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spare = dialog.height() - dialog.buttons.geometry().bottom()
    assert spare <= 2 * dialog.layout().contentsMargins().bottom(), spare
    above = dialog.buttons.geometry().top() - dialog.pain_buttons[0].geometry().bottom()
    assert above < 120, above  # the anchors and the (empty) reason line, not a blank half-window
    dialog.choose("worse", 6)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.lighter_button.isVisible())
    assert dialog.reason.text()
    reason, buttons = dialog.reason.geometry(), dialog.buttons.geometry()
    assert reason.height() >= dialog.reason.heightForWidth(reason.width())  # every line of it
    assert reason.bottom() < buttons.top() and buttons.bottom() <= dialog.height()
