"""The main window's menu bar and keyboard shortcuts (listed for users in desktop.ui.dialogs.SHORTCUTS).

desktop.ui.dialogs is imported only when a help dialog is opened: the first paint does not need it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.model.zones import VIEW_LABELS, VIEWS

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


@dataclass
class MenuActions:
    """The checkable actions the window keeps in step with its settings, and the named commands."""

    labels: QAction
    sound: QAction
    speech: QAction
    get_ready: QAction
    start_pause: QAction
    follow_along: QAction
    history: QAction
    quit: QAction  # app-wide; windows that stand in for the main window add it too (follow-along)
    views: dict[str, QAction]


def _action(window: MainWindow, text: str, keys: tuple[str, ...] = (), slot=None) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even where the menu bar is hidden
    return action


def _show_shortcuts(window: MainWindow) -> None:
    from desktop.ui.dialogs import show_shortcuts

    show_shortcuts(window)


def _show_about(window: MainWindow) -> None:
    from desktop.ui.dialogs import show_about

    show_about(window)


def build_menus(window: MainWindow) -> MenuActions:
    bar = window.menuBar()
    c = window.controller

    file_menu = bar.addMenu("&File")
    export = _action(window, "&Export history…", (), window.export_requested.emit)
    file_menu.addAction(export)
    file_menu.addSeparator()
    quit_action = _action(window, "&Quit", ("Ctrl+Q",), QApplication.closeAllWindows)
    quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from history, follow-along too
    file_menu.addAction(quit_action)

    view_menu = bar.addMenu("&View")
    views: dict[str, QAction] = {}
    for number, view in enumerate(VIEWS, start=1):
        action = _action(
            window, f"{VIEW_LABELS[view]}", (str(number),), lambda _=False, v=view: window.set_view(v)
        )
        view_menu.addAction(action)
        views[view] = action
    view_menu.addSeparator()
    labels = _action(window, "Zone &labels")
    labels.setCheckable(True)
    labels.toggled.connect(window.set_labels_visible)
    view_menu.addAction(labels)
    view_menu.addSeparator()
    follow = _action(window, "&Follow-along (fullscreen)", ("F", "F11"), window.follow_along_requested.emit)
    view_menu.addAction(follow)
    history = _action(window, "&History", ("Ctrl+H",), window.history_requested.emit)
    view_menu.addAction(history)

    routine_menu = bar.addMenu("&Routine")
    routine_menu.aboutToShow.connect(window.routine_menu_opening)
    start_pause = _action(window, "&Start / pause", ("Space",), lambda: window.start_or_toggle())
    routine_menu.addAction(start_pause)
    routine_menu.addAction(_action(window, "&Previous step", ("Left",), lambda: c.previous()))
    routine_menu.addAction(_action(window, "&Next step", ("Right",), lambda: c.next()))
    routine_menu.addAction(_action(window, "&Restart step", ("R",), lambda: c.restart_item()))
    routine_menu.addAction(_action(window, "&Add 10 seconds", ("+", "="), lambda: c.add_time()))
    routine_menu.addAction(_action(window, "S&top session", (), lambda: window.stop_session()))
    routine_menu.addAction(_action(window, "Stop — this &hurts", ("H",), lambda: window.stop_for_pain()))
    routine_menu.addSeparator()
    routine_menu.addAction(
        _action(window, "Switch &foot (right → left → both)", ("L",), lambda: window.cycle_side())
    )
    sound = _action(window, "&Sound cues")
    sound.setCheckable(True)
    sound.toggled.connect(window.set_sound)
    routine_menu.addAction(sound)
    speech = _action(window, "Spoken &guidance")
    speech.setCheckable(True)
    speech.toggled.connect(window.set_speech)
    routine_menu.addAction(speech)
    get_ready = _action(window, "&Get-ready count-in (follow-along)")
    get_ready.setCheckable(True)
    get_ready.toggled.connect(window.set_get_ready)
    routine_menu.addAction(get_ready)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(_action(window, "&Keyboard shortcuts", ("F1",), lambda: _show_shortcuts(window)))
    help_menu.addAction(_action(window, "&Safety information", (), lambda: window.show_safety_info()))
    help_menu.addAction(_action(window, "Routine file &problems", (), lambda: window.show_routine_problems()))
    help_menu.addSeparator()
    help_menu.addAction(_action(window, "&About Ankle Guide", (), lambda: _show_about(window)))

    return MenuActions(
        labels=labels,
        sound=sound,
        speech=speech,
        get_ready=get_ready,
        start_pause=start_pause,
        follow_along=follow,
        history=history,
        quit=quit_action,
        views=views,
    )
