"""The main window's menu bar and keyboard shortcuts, built from the command table
(desktop.model.command_table, read through desktop.model.commands).

desktop.ui.dialogs is imported only when a help dialog is opened: the first paint does not need it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.model.command_types import Window
from desktop.model.commands import BY_ID
from desktop.model.i18n import translate
from desktop.model.zones import VIEWS


class MenuActions(NamedTuple):
    """The checkable actions the window keeps in step with its settings, and every command's action.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    labels: QAction
    sound: QAction
    speech: QAction
    get_ready: QAction
    start_pause: QAction
    follow_along: QAction
    history: QAction
    quit: QAction  # app-wide; windows that stand in for the main window add it too (follow-along)
    views: dict[str, QAction]
    by_id: dict[str, QAction]


ROUTINE_MENU = (
    "start_pause", "previous", "next", "restart", "add_time", "stop", "hurts", None,
    "cycle_side", "sound", "speech", "get_ready", None,
    "new_routine", "duplicate_routine", "edit_routine",
)  # fmt: skip
APP_COMMANDS = ("new_routine", "duplicate_routine", "edit_routine", "import_routine",
                "export_routine", "print_routine", "reminders", "print_history")  # fmt: skip
"""Commands the app carries out (desktop.ui.routine_actions, desktop.ui.reminders): the window only
emits their id."""
HELP_MENU = ("shortcuts", "safety_info", "problems", None, "about")
CHECKABLE = frozenset({"labels", "sound", "speech", "get_ready"})


def build_menus(
    window: QMainWindow, slots: dict[str, Callable[..., object]], routine_menu_opening=None
) -> MenuActions:
    """One action per main-window command of the table, each with its keys, in the menus below.

    `slots` maps a command id to what it does (for a checkable one, the slot gets the new state).
    Every action is also added to the window, so its keys work even where the menu bar is hidden.
    """
    actions: dict[str, QAction] = {}
    for cmd_id, cmd in BY_ID.items():
        if Window.MAIN not in cmd.windows or not cmd.label:
            continue
        # QAction(text, parent) would make PySide build QIcon's class (its 3-argument overload) before
        # the first paint; the window's own actions have no icon.
        action = QAction(window)
        action.setText(translate("commands", cmd.label))  # the table's words, marked there
        if cmd.keys:
            action.setShortcuts([QKeySequence(k) for k in cmd.keys])
        action.setStatusTip(translate("commands", cmd.help))
        slot = slots[cmd_id]
        if cmd_id in CHECKABLE:
            action.setCheckable(True)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _=False, s=slot: s())
        window.addAction(action)
        actions[cmd_id] = action
    actions["quit"].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from every window

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("menus", "&File"))
    _fill(file_menu, ("import_routine", "export_routine", "print_routine", None, "reminders", None), actions)
    file_menu.addAction(actions["export"])
    file_menu.addAction(actions["print_history"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    view_menu = bar.addMenu(translate("menus", "&View"))
    for view in VIEWS:
        view_menu.addAction(actions[f"view_{view}"])
    view_menu.addSeparator()
    view_menu.addAction(actions["labels"])
    view_menu.addAction(actions["appearance"])
    view_menu.addSeparator()
    view_menu.addAction(actions["follow_along"])
    view_menu.addAction(actions["history"])
    view_menu.addAction(actions["lunge_test"])
    view_menu.addAction(actions["pressure_scale"])
    routine_menu = bar.addMenu(translate("menus", "&Routine"))
    if routine_menu_opening is not None:
        routine_menu.aboutToShow.connect(routine_menu_opening)
    _fill(routine_menu, ROUTINE_MENU, actions)
    _fill(bar.addMenu(translate("menus", "&Help")), HELP_MENU, actions)
    return MenuActions(
        labels=actions["labels"],
        sound=actions["sound"],
        speech=actions["speech"],
        get_ready=actions["get_ready"],
        start_pause=actions["start_pause"],
        follow_along=actions["follow_along"],
        history=actions["history"],
        quit=actions["quit"],
        views={view: actions[f"view_{view}"] for view in VIEWS},
        by_id=actions,
    )


def _fill(menu, ids, actions: dict[str, QAction]) -> None:
    for cmd_id in ids:
        if cmd_id is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[cmd_id])


def quit_app() -> None:
    QApplication.closeAllWindows()
