"""What each main-window command (desktop.model.commands) does, and the View and Help dialogs they open.

The dialogs are imported when first shown: the first paint needs none of them.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.model.zones import VIEWS
from desktop.ui import menus


def command_slots(window) -> dict[str, Callable[..., object]]:
    """Command id → what it does in `window` (a desktop.ui.main_window.MainWindow)."""
    c = window.controller
    slots: dict[str, Callable[..., object]] = {
        "start_pause": window.start_or_toggle,
        "previous": c.previous,
        "next": c.next,
        "restart": c.restart_item,
        "add_time": c.add_time,
        "stop": window.stop_session,
        "hurts": window.stop_for_pain,
        "cycle_side": window.cycle_side,
        "sound": window.set_sound,
        "speech": window.set_speech,
        "get_ready": window.set_get_ready,
        "labels": window.set_labels_visible,
        "appearance": lambda: show_appearance(window),
        "follow_along": window.follow_along_requested.emit,
        "history": window.history_requested.emit,
        "lunge_test": window.lunge_test_requested.emit,
        "pressure_scale": window.pressure_scale_requested.emit,
        "export": window.export_requested.emit,
        "quit": window.request_quit,
        "shortcuts": lambda: _dialogs().show_shortcuts(window),
        "safety_info": lambda: _dialogs().show_safety_info(window),
        "problems": lambda: _dialogs().show_routine_problems(window, window.controller.library.problems),
        "about": lambda: _dialogs().show_about(window),
    }
    for view in VIEWS:
        slots[f"view_{view}"] = lambda v=view: window.set_view(v)
    for command_id in menus.APP_COMMANDS:
        slots[command_id] = lambda c=command_id: window.app_command.emit(c)
    return slots


def _dialogs():
    from desktop.ui import dialogs

    return dialogs


def show_appearance(window) -> None:
    """View → Appearance: theme, text size and motion, applied as they are picked; the language, shown
    from the next start (the dialog offers to restart now)."""
    from desktop.model.i18n import choose_language
    from desktop.qt.translations import system_locale_name
    from desktop.ui.appearance_dialog import AppearanceDialog

    system = choose_language(None, system_locale_name())
    dialog = AppearanceDialog(window.settings, window, system_language=system)
    dialog.chosen.connect(
        lambda s: window.remember(
            theme=s.theme, text_scale=s.text_scale, motion=s.motion, language=s.language
        )
    )
    dialog.restart_requested.connect(lambda: window.restart_from(dialog))
    dialog.exec()
