"""Every command a person can give, once: its id, keys, menu label, help line and the windows it works in.

The main window's menus and shortcuts, the buttons' tooltips, Help → Keyboard shortcuts, follow-along's
key map and its key-hint strip are all built from COMMANDS, so a tooltip can never name a dead key and
a key can never be missing from the help. Keys are QKeySequence portable strings ("Ctrl+H", "Left").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.model.zones import VIEW_LABELS, VIEWS


class Window(StrEnum):
    MAIN = "main"
    FOLLOW = "follow"


BOTH = frozenset({Window.MAIN, Window.FOLLOW})
MAIN = frozenset({Window.MAIN})
FOLLOW = frozenset({Window.FOLLOW})

_GLYPHS = {"Left": "←", "Right": "→"}


@dataclass(frozen=True)
class Command:
    id: str
    label: str  # the menu entry, with its & mnemonic ("" when the command is in no menu)
    help: str  # what it does, for Help → Keyboard shortcuts and tooltips
    keys: tuple[str, ...] = ()
    windows: frozenset[Window] = BOTH
    shown_keys: str = ""  # how the help writes the keys, when not simply one after another

    @property
    def key_text(self) -> str:
        """The keys as the help and tooltips write them: "← ", "+ or =", "F or F11"."""
        if self.shown_keys:
            return self.shown_keys
        return " or ".join(_GLYPHS.get(k, k) for k in self.keys)

    @property
    def first_key_text(self) -> str:
        return self.shown_keys or (_GLYPHS.get(self.keys[0], self.keys[0]) if self.keys else "")


RATE_DIGITS = tuple(str(d) for d in range(10))
"""The follow-along summary's "rate" keys: a digit rates at once ("1" then "0" is 10, desktop.ui.rating)."""

def _views() -> tuple[Command, ...]:
    return tuple(
        Command(f"view_{view}", VIEW_LABELS[view], f"Diagram: {VIEW_LABELS[view].lower()}", (str(n),), MAIN)
        for n, view in enumerate(VIEWS, start=1)
    )


COMMANDS: tuple[Command, ...] = (
    # the session (the order of the Routine menu)
    Command("start_pause", "&Start / pause", "Start, pause or resume", ("Space",)),
    Command("previous", "&Previous step", "Previous step", ("Left",)),
    Command("next", "&Next step", "Next step", ("Right",)),
    Command("restart", "&Restart step", "Restart the current step", ("R",)),
    Command("add_time", "&Add 10 seconds", "Add 10 seconds to this step", ("+", "=")),
    Command("stop", "S&top session", "Stop the session; it is saved as stopped early", ("S",)),
    Command("hurts", "Stop — this &hurts", "Stop — this hurts", ("H",)),
    Command(
        "cycle_side", "Switch &foot (right → left → both)", "Switch foot: right → left → both", ("L",), MAIN
    ),
    Command("sound", "&Sound cues", "Sound cues on or off", (), MAIN),
    Command("speech", "Spoken &guidance", "Spoken guidance on or off", (), MAIN),
    Command("get_ready", "&Get-ready count-in (follow-along)", "A count-in before the first step", (), MAIN),
    # your own routines (desktop.ui.routine_actions)
    Command("new_routine", "Ne&w routine…", "Write a routine of your own", (), MAIN),
    Command("duplicate_routine", "&Duplicate routine…", "Copy this routine, to change the copy", (), MAIN),
    Command("edit_routine", "&Edit routine…", "Change this routine (a built-in is copied first)", (), MAIN),
    Command("import_routine", "&Import routine…", "Add a routine file (.toml), checked first", (), MAIN),
    Command("export_routine", "Export &routine…", "Save this routine as a file to share", (), MAIN),
    Command("print_routine", "&Print / save as PDF…", "A printed card of this routine", (), MAIN),
    Command("reminders", "Re&minders…", "Daily reminders: on or off, times and days", (), MAIN),
    # the windows
    *_views(),
    Command("labels", "Zone &labels", "Zone labels on the diagram", (), MAIN),
    Command("appearance", "&Appearance…", "Colours, text size and motion", (), MAIN),
    Command("follow_along", "&Follow-along (fullscreen)", "Follow-along: open it, or leave it", ("F", "F11")),
    Command("leave", "", "Leave follow-along (on its summary, skip the rating)", ("Esc",), FOLLOW),
    Command("rate", "", "Rate the tension after a session (1 then 0 is 10)", RATE_DIGITS, FOLLOW, "0–10"),
    Command("history", "&History", "Session history", ("Ctrl+H",), MAIN),
    Command("lunge_test", "&Knee-to-wall test…", "Measure ankle mobility: the knee-to-wall test", (), MAIN),
    Command(
        "pressure_scale",
        "Your own &pressure scale…",
        "Light, moderate and firm in kg for you, read off a kitchen or bathroom scale",
        (),
        MAIN,
    ),
    Command("export", "&Export history…", "Save your history as a CSV file", (), MAIN),
    Command("print_history", "Print history &report…", "A report of your sessions for a clinician", (), MAIN),
    Command("quit", "&Quit", "Quit (asks first during a session; it is saved as stopped)", ("Ctrl+Q",)),
    # help
    Command("shortcuts", "&Keyboard shortcuts", "This list of keys", ("F1",), MAIN),
    Command("safety_info", "&Safety information", "Read before you massage your ankle", (), MAIN),
    Command("problems", "Routine file &problems", "Problems found in routine files", (), MAIN),
    Command("about", "&About Ankle Guide", "About Ankle Guide", (), MAIN),
)

BY_ID: dict[str, Command] = {c.id: c for c in COMMANDS}
assert len(BY_ID) == len(COMMANDS), "command ids are unique"

FOLLOW_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("start_pause",), "pause"),
    (("previous", "next"), "step"),
    (("add_time",), " 10 s more"),
    (("restart",), "restart step"),
    (("stop",), "stop"),
    (("hurts",), "this hurts"),
    (("leave",), "leave"),
)
SUMMARY_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("rate",), "rate"),
    (("restart",), "start again"),
    (("leave",), "leave"),
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
    for ids, words in hints:
        keys = " ".join(BY_ID[i].first_key_text for i in ids)
        parts.append(f"{keys}{words}" if words.startswith(" ") else f"{keys} {words}")
    return "  ·  ".join(parts)


def help_rows(commands: Iterable[Command] = COMMANDS) -> tuple[tuple[str, str, str], ...]:
    """(keys, what it does, where) for every command that has a key: Help → Keyboard shortcuts."""
    where = {BOTH: "", MAIN: "main window", FOLLOW: "follow-along"}
    return tuple((c.key_text, c.help, where[c.windows]) for c in commands if c.key_text)
