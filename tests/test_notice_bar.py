"""A notice too long for the status bar ends in "…" where the bar ends, not mid-word, and is whole in the
tooltip; it is fitted again as the window is resized (desktop.ui.notice_bar)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop.model.library import load_library
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.ui.main_window import MainWindow

LONG = (
    "Your session history file was damaged and couldn't be read. It has been kept as "
    "history.sqlite3.corrupt-20261207-194159 (in /home/someone/.local/share/AnkleGuide/ankle-guide) "
    "and a new, empty history has been started."
)


@pytest.fixture
def window(qtbot):
    shown = MainWindow(SessionController(load_library()), load_catalogue(), AppSettings())
    qtbot.addWidget(shown)
    shown.apply_settings(shown.settings)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def fits(bar) -> bool:
    return bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= bar.message_width()


def test_a_long_notice_is_cut_with_an_ellipsis_and_whole_in_the_tooltip(window) -> None:
    window.show_notice(LONG)
    bar = window.notice_bar
    shown = bar.currentMessage()
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert len(shown) > 40  # most of the bar is used
    assert fits(bar)
    assert bar.toolTip() == LONG
    assert bar.whole_notice() == LONG
    assert bar.announced[-1] == LONG  # a screen reader is told it whole (tests/test_atspi_tree.py)


def test_a_short_notice_is_shown_whole_with_no_tooltip(window) -> None:
    window.show_notice("Saved.")
    assert window.notice_bar.currentMessage() == "Saved."
    assert window.notice_bar.toolTip() == ""


def test_resizing_fits_the_notice_again(window, qtbot) -> None:
    window.show_notice(LONG)
    bar = window.notice_bar
    narrow = bar.currentMessage()
    window.resize(2400, 700)
    qtbot.waitUntil(lambda: bar.currentMessage() != narrow)
    assert len(bar.currentMessage()) > len(narrow)
    assert fits(bar)
    window.resize(700, 700)
    qtbot.waitUntil(lambda: len(bar.currentMessage()) < len(narrow))
    assert fits(bar) and bar.currentMessage().endswith("…")


def test_a_permanent_widget_leaves_less_room(window, qtbot) -> None:
    window.show_notice(LONG)
    bar = window.notice_bar
    alone = bar.currentMessage()
    label = QLabel("Week 2 of 6: 3 of 4 sessions done")
    bar.addPermanentWidget(label)
    qtbot.waitUntil(lambda: label.isVisible() and label.x() > 0)
    window.show_notice(LONG)
    assert len(bar.currentMessage()) < len(alone)
    assert fits(bar)


def test_another_message_or_the_timeout_forgets_the_notice(window, qtbot) -> None:
    bar = window.notice_bar
    window.show_notice(LONG)
    bar.showMessage("Diagram: Inner side", 3000)  # as switching the view does
    assert bar.whole_notice() == "" and bar.toolTip() == ""
    bar.show_notice(LONG, 50)
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)
    assert bar.whole_notice() == "" and bar.toolTip() == ""


def test_a_notice_given_before_the_window_shows_is_fitted_when_it_does(qtbot) -> None:
    hidden = MainWindow(SessionController(load_library()), load_catalogue(), AppSettings())
    qtbot.addWidget(hidden)
    hidden.show_notice(LONG)
    assert hidden.notice_bar.currentMessage() == LONG  # no width to fit to yet
    hidden.resize(1000, 700)
    hidden.show()
    qtbot.waitExposed(hidden)
    qtbot.waitUntil(lambda: hidden.notice_bar.currentMessage().endswith("…"))
    assert fits(hidden.notice_bar)
