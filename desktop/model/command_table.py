"""Every command a person can give, once: the table itself (desktop.model.command_types says what a row is).

The main window's menus and shortcuts, the buttons' tooltips, Help → Keyboard shortcuts, follow-along's
key map and its key-hint strip are all built from COMMANDS (through desktop.model.commands), so a tooltip
can never name a dead key and a key can never be missing from the help. Kept apart from those lookups so
the list of commands reads as one piece of data.
"""

from __future__ import annotations

from desktop.model.command_types import FOLLOW, HISTORY, MAIN, Command
from desktop.model.i18n import QT_TRANSLATE_NOOP
from desktop.model.zones import VIEW_LABELS, VIEWS

RATE_DIGITS = tuple(str(d) for d in range(10))
"""The follow-along summary's "rate" keys: a digit rates at once ("1" then "0" is 10, desktop.ui.rating)."""

_VIEW_HELP = {
    "medial": QT_TRANSLATE_NOOP("commands", "Diagram: inner side"),
    "lateral": QT_TRANSLATE_NOOP("commands", "Diagram: outer side"),
    "posterior": QT_TRANSLATE_NOOP("commands", "Diagram: from behind"),
    "anterior": QT_TRANSLATE_NOOP("commands", "Diagram: from the front"),
}
"""The help line of each view's command ("Diagram: " and the view's name, VIEW_LABELS, in lower case)."""


def _views() -> tuple[Command, ...]:
    return tuple(
        Command(f"view_{view}", VIEW_LABELS[view], _VIEW_HELP[view], (str(n),), MAIN, label_context="zones")
        for n, view in enumerate(VIEWS, start=1)
    )


COMMANDS: tuple[Command, ...] = (
    # the session (the order of the Routine menu)
    Command(
        "start_pause",
        QT_TRANSLATE_NOOP("commands", "&Start / pause"),
        QT_TRANSLATE_NOOP("commands", "Start, pause or resume"),
        ("Space",),
    ),
    Command(
        "previous",
        QT_TRANSLATE_NOOP("commands", "&Previous step"),
        QT_TRANSLATE_NOOP("commands", "Previous step"),
        ("Left",),
    ),
    Command(
        "next",
        QT_TRANSLATE_NOOP("commands", "&Next step"),
        QT_TRANSLATE_NOOP("commands", "Next step"),
        ("Right",),
    ),
    Command(
        "restart",
        QT_TRANSLATE_NOOP("commands", "&Restart step"),
        QT_TRANSLATE_NOOP("commands", "Restart the current step"),
        ("R",),
    ),
    Command(
        "add_time",
        QT_TRANSLATE_NOOP("commands", "&Add 10 seconds"),
        QT_TRANSLATE_NOOP("commands", "Add 10 seconds to this step"),
        ("+", "="),
    ),
    Command(
        "stop",
        QT_TRANSLATE_NOOP("commands", "S&top session"),
        QT_TRANSLATE_NOOP("commands", "Stop the session; it is saved as stopped early"),
        ("S",),
    ),
    Command(
        "hurts",
        QT_TRANSLATE_NOOP("commands", "Stop — this &hurts"),
        QT_TRANSLATE_NOOP("commands", "Stop — this hurts"),
        ("H",),
    ),
    Command(
        "cycle_side",
        QT_TRANSLATE_NOOP("commands", "Switch &foot (right → left → both)"),
        QT_TRANSLATE_NOOP("commands", "Switch foot: right → left → both"),
        ("L",),
        MAIN,
    ),
    Command(
        "sound",
        QT_TRANSLATE_NOOP("commands", "&Sound cues"),
        QT_TRANSLATE_NOOP("commands", "Sound cues on or off"),
        (),
        MAIN,
    ),
    Command(
        "speech",
        QT_TRANSLATE_NOOP("commands", "Spoken &guidance"),
        QT_TRANSLATE_NOOP("commands", "Spoken guidance on or off"),
        (),
        MAIN,
    ),
    Command(
        "get_ready",
        QT_TRANSLATE_NOOP("commands", "&Get-ready count-in (follow-along)"),
        QT_TRANSLATE_NOOP("commands", "A count-in before the first step"),
        (),
        MAIN,
    ),
    # your own routines (desktop.ui.routine_actions)
    Command(
        "new_routine",
        QT_TRANSLATE_NOOP("commands", "Ne&w routine…"),
        QT_TRANSLATE_NOOP("commands", "Write a routine of your own"),
        (),
        MAIN,
    ),
    Command(
        "duplicate_routine",
        QT_TRANSLATE_NOOP("commands", "&Duplicate routine…"),
        QT_TRANSLATE_NOOP("commands", "Copy this routine, to change the copy"),
        (),
        MAIN,
    ),
    Command(
        "edit_routine",
        QT_TRANSLATE_NOOP("commands", "&Edit routine…"),
        QT_TRANSLATE_NOOP("commands", "Change this routine (a built-in is copied first)"),
        (),
        MAIN,
    ),
    Command(
        "import_routine",
        QT_TRANSLATE_NOOP("commands", "&Import routine…"),
        QT_TRANSLATE_NOOP("commands", "Add a routine file (.toml), checked first"),
        (),
        MAIN,
    ),
    Command(
        "export_routine",
        QT_TRANSLATE_NOOP("commands", "Export &routine…"),
        QT_TRANSLATE_NOOP("commands", "Save this routine as a file to share"),
        (),
        MAIN,
    ),
    Command(
        "print_routine",
        QT_TRANSLATE_NOOP("commands", "&Print / save as PDF…"),
        QT_TRANSLATE_NOOP("commands", "A printed card of this routine"),
        (),
        MAIN,
    ),
    Command(
        "reminders",
        QT_TRANSLATE_NOOP("commands", "Re&minders…"),
        QT_TRANSLATE_NOOP("commands", "Daily reminders: on or off, times and days"),
        (),
        MAIN,
    ),
    # the windows
    *_views(),
    Command(
        "labels",
        QT_TRANSLATE_NOOP("commands", "Zone &labels"),
        QT_TRANSLATE_NOOP("commands", "Zone labels on the diagram"),
        (),
        MAIN,
    ),
    Command(
        "appearance",
        QT_TRANSLATE_NOOP("commands", "&Appearance…"),
        QT_TRANSLATE_NOOP("commands", "Colours, text size and motion"),
        (),
        MAIN,
    ),
    Command(
        "follow_along",
        QT_TRANSLATE_NOOP("commands", "&Follow-along (fullscreen)"),
        QT_TRANSLATE_NOOP("commands", "Follow-along: open it, or leave it"),
        ("F", "F11"),
    ),
    Command(
        "leave",
        "",
        QT_TRANSLATE_NOOP("commands", "Leave follow-along (on its summary, skip the rating)"),
        ("Esc",),
        FOLLOW,
    ),
    Command(
        "rate",
        "",
        QT_TRANSLATE_NOOP("commands", "Rate the tension after a session (1 then 0 is 10)"),
        RATE_DIGITS,
        FOLLOW,
        "0–10",
    ),
    Command(
        "history",
        QT_TRANSLATE_NOOP("commands", "&History"),
        QT_TRANSLATE_NOOP("commands", "Session history"),
        ("Ctrl+H",),
        MAIN,
    ),
    Command(
        "next_chart",
        "",
        QT_TRANSLATE_NOOP("commands", "Show the next chart"),
        ("Ctrl+Tab",),
        HISTORY,
    ),
    Command(
        "previous_chart",
        "",
        QT_TRANSLATE_NOOP("commands", "Show the previous chart"),
        ("Ctrl+Shift+Tab",),
        HISTORY,
    ),
    Command(
        "delete_sessions",
        "",
        QT_TRANSLATE_NOOP("commands", "Delete the sessions chosen in the table (asks first)"),
        ("Del",),
        HISTORY,
    ),
    Command(
        "close_history",
        "",
        QT_TRANSLATE_NOOP("commands", "Close the history window"),
        ("Esc", "Ctrl+W"),
        HISTORY,
    ),
    Command(
        "lunge_test",
        QT_TRANSLATE_NOOP("commands", "&Knee-to-wall test…"),
        QT_TRANSLATE_NOOP("commands", "Measure ankle mobility: the knee-to-wall test"),
        (),
        MAIN,
    ),
    Command(
        "pressure_scale",
        QT_TRANSLATE_NOOP("commands", "Your own &pressure scale…"),
        QT_TRANSLATE_NOOP(
            "commands", "Light, moderate and firm in kg for you, read off a kitchen or bathroom scale"
        ),
        (),
        MAIN,
    ),
    Command(
        "export",
        QT_TRANSLATE_NOOP("commands", "&Export history…"),
        QT_TRANSLATE_NOOP("commands", "Save your history as a CSV file"),
        (),
        MAIN,
    ),
    Command(
        "print_history",
        QT_TRANSLATE_NOOP("commands", "Print history &report…"),
        QT_TRANSLATE_NOOP("commands", "A report of your sessions for a clinician"),
        (),
        MAIN,
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("commands", "&Quit"),
        QT_TRANSLATE_NOOP("commands", "Quit (asks first during a session; it is saved as stopped)"),
        ("Ctrl+Q",),
    ),
    # help
    Command(
        "shortcuts",
        QT_TRANSLATE_NOOP("commands", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("commands", "This list of keys"),
        ("F1",),
        MAIN,
    ),
    Command(
        "safety_info",
        QT_TRANSLATE_NOOP("commands", "&Safety information"),
        QT_TRANSLATE_NOOP("commands", "Read before you massage your ankle"),
        (),
        MAIN,
    ),
    Command(
        "problems",
        QT_TRANSLATE_NOOP("commands", "Routine file &problems"),
        QT_TRANSLATE_NOOP("commands", "Problems found in routine files"),
        (),
        MAIN,
    ),
    Command(
        "about",
        QT_TRANSLATE_NOOP("commands", "&About Ankle Guide"),
        QT_TRANSLATE_NOOP("commands", "About Ankle Guide"),
        (),
        MAIN,
    ),
)
