"""What a command is: its id, keys, menu label, help line and the windows it works in, and how keys are named.

A module of its own so the table (desktop.model.command_table) reads as data and the questions asked of it
(desktop.model.commands) as functions, both over one type. Keys are QKeySequence portable strings
("Ctrl+H", "Left"); labels and help lines are the English source, marked for the catalogue (context
"commands"); a command's `label` and `help` look them up in the app's language each time they are read,
and keys are written the way the language names them ("Space" is "Leertaste", "Ctrl" is "Strg" in
German). The keys themselves never change with the language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate


class Window(StrEnum):
    MAIN = "main"
    FOLLOW = "follow"
    HISTORY = "history"


BOTH = frozenset({Window.MAIN, Window.FOLLOW})
MAIN = frozenset({Window.MAIN})
FOLLOW = frozenset({Window.FOLLOW})
HISTORY = frozenset({Window.HISTORY})

_GLYPHS = {"Left": "←", "Right": "→"}


class Command(NamedTuple):
    """One command of the table: its keys, English menu label and help line, and the windows it works in.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    id: str
    source_label: str  # the menu entry in English, with its & mnemonic ("" when the command is in no menu)
    source_help: str  # what it does, in English, for Help → Keyboard shortcuts and tooltips
    keys: tuple[str, ...] = ()
    windows: frozenset[Window] = BOTH
    shown_keys: str = ""  # how the help writes the keys, when not simply one after another
    label_context: str = "commands"  # where the label is marked (the views' names are desktop.model.zones')

    @property
    def label(self) -> str:
        """The menu entry in the app's language ("" when the command is in no menu)."""
        return translate(self.label_context, self.source_label) if self.source_label else ""

    @property
    def help(self) -> str:
        """What it does, in the app's language."""
        return translate("commands", self.source_help)

    @property
    def key_text(self) -> str:
        """The keys as the help and tooltips write them: "← ", "+ or =", "F or F11"."""
        if self.shown_keys:
            return self.shown_keys
        names = [key_name(k) for k in self.keys]
        text = names[0] if names else ""
        for name in names[1:]:
            text = translate("commands", "{keys} or {key}").format(keys=text, key=name)
        return text

    @property
    def first_key_text(self) -> str:
        return self.shown_keys or (key_name(self.keys[0]) if self.keys else "")


_KEY_WORDS = {  # keys written as words, in the app's language
    "Space": QT_TRANSLATE_NOOP("commands", "Space"),
    "Esc": QT_TRANSLATE_NOOP("commands", "Esc"),
    "Del": QT_TRANSLATE_NOOP("commands", "Del"),
}


def key_name(key: str) -> str:
    """One key as a person reads it: "←", "Space" ("Leertaste"), "Ctrl+H" ("Strg+H"),
    "Ctrl+Shift+Tab" ("Strg+Umschalt+Tab")."""
    if key in _GLYPHS:
        return _GLYPHS[key]
    if key in _KEY_WORDS:
        return translate("commands", _KEY_WORDS[key])
    if key.startswith("Ctrl+"):
        return translate("commands", "Ctrl+{key}").format(key=key_name(key.removeprefix("Ctrl+")))
    if key.startswith("Shift+"):
        return translate("commands", "Shift+{key}").format(key=key_name(key.removeprefix("Shift+")))
    return key
