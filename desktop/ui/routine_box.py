"""The routine picker's entries: each routine with its length for the feet and pace chosen now
("7 min a foot · 14 min both", desktop.model.session_presenter.routine_choice), and, while a "Practise
this" session is current, an entry of its own at the end, so the box always names what will run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.model.i18n import translate
from desktop.model.library import Library
from desktop.model.routine import Routine, SidePlan
from desktop.model.session_questions import routine_choice

PRACTICE_ROLE = Qt.ItemDataRole.UserRole + 1  # marks the entry of a practice session


def fill(box: QComboBox, library: Library) -> None:
    box.clear()
    for routine in library.routines:
        box.addItem(routine.title, routine.id)


def label(box: QComboBox, library: Library, current: Routine | None, sides: SidePlan, pace: float) -> None:
    """Name every entry for `sides` and `pace`; add (or drop) the practice entry for `current`."""
    last = box.count() - 1
    if last >= 0 and box.itemData(last, PRACTICE_ROLE):
        box.removeItem(last)
    for n in range(box.count()):
        routine = library.get(box.itemData(n))
        if routine is not None:
            box.setItemText(n, routine_choice(routine, sides, pace))
    if current is not None and library.get(current.id) is None:
        box.addItem(routine_choice(current, sides, pace), current.id)
        box.setItemData(box.count() - 1, True, PRACTICE_ROLE)


def problems_notice(count: int) -> str:
    """The status-bar line when routine files were skipped."""
    # One sentence for one file, another for more (German counts the same way). Not a %n plural: this
    # pyside6-lupdate (6.11) marks translate(ctx, text, None, n) as plural only when n is a literal number.
    if count == 1:
        return translate(
            "routine_box",
            "1 routine file problem: the broken file was skipped. "
            "Help → Routine file problems shows the details.",
        )
    return translate(
        "routine_box",
        "{count} routine file problems: the broken files were skipped. "
        "Help → Routine file problems shows the details.",
    ).format(count=count)
