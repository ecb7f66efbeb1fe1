"""Questions asked of the command table: one command by id, a window's commands, a tooltip, a key-hint
strip, the rows of Help → Keyboard shortcuts.

Every place that shows a key asks here, so what it shows is what the table (desktop.model.command_table)
binds; the table is data, this module the few functions over it. The hint strips' contents live here with
the function that writes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.model.command_table import COMMANDS
from desktop.model.command_types import BOTH, FOLLOW, HISTORY, MAIN, Command, Window
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate

BY_ID: dict[str, Command] = {c.id: c for c in COMMANDS}
assert len(BY_ID) == len(COMMANDS), "command ids are unique"

FOLLOW_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("start_pause",), QT_TRANSLATE_NOOP("commands", "pause")),
    (("previous", "next"), QT_TRANSLATE_NOOP("commands", "step")),
    (("add_time",), QT_TRANSLATE_NOOP("commands", " 10 s more")),
    (("restart",), QT_TRANSLATE_NOOP("commands", "restart step")),
    (("stop",), QT_TRANSLATE_NOOP("commands", "stop")),
    (("hurts",), QT_TRANSLATE_NOOP("commands", "this hurts")),
    (("leave",), QT_TRANSLATE_NOOP("commands", "leave")),
)
SUMMARY_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("rate",), QT_TRANSLATE_NOOP("commands", "rate")),
    (("restart",), QT_TRANSLATE_NOOP("commands", "start again")),
    (("leave",), QT_TRANSLATE_NOOP("commands", "leave")),
)


def command(command_id: str) -> Command:
    return BY_ID[command_id]


def for_window(window: Window) -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if window in c.windows)


def tooltip(command_id: str, text: str = "") -> str:
    """A button's tooltip: what it does and its key, "Stop the session (S)"; `text` replaces the help."""
    cmd = BY_ID[command_id]
    words = text or cmd.help
    return f"{words} ({cmd.key_text})" if cmd.key_text else words


def hint_strip(hints: Sequence[tuple[tuple[str, ...], str]]) -> str:
    """A one-line key reminder: "Space pause  ·  ← → step  ·  ..." (the keys named from the table)."""
    parts = []
    for ids, marked in hints:
        words = translate("commands", marked)
        keys = " ".join(BY_ID[i].first_key_text for i in ids)
        parts.append(f"{keys}{words}" if words.startswith(" ") else f"{keys} {words}")
    return "  ·  ".join(parts)


def help_rows(commands: Iterable[Command] = COMMANDS) -> tuple[tuple[str, str, str], ...]:
    """(keys, what it does, where) for every command that has a key: Help → Keyboard shortcuts."""
    where = {
        BOTH: "",
        MAIN: translate("commands", "main window"),
        FOLLOW: translate("commands", "follow-along"),
        HISTORY: translate("commands", "history window"),
    }
    return tuple((c.key_text, c.help, where[c.windows]) for c in commands if c.key_text)
