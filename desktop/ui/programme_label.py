"""The programme line in the main window's status bar: a physiotherapist's plan and this week's count.

Shown only while a routine with a `[programme]` table is open (desktop.model.programme); the words
come from the model, this label only shows them (the note to the patient in full in its tooltip).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.model.history_record import SessionRecord
from desktop.model.i18n import translate
from desktop.model.programme import plan_text, progress_text, weeks_done
from desktop.model.routine import Routine


class ProgrammeLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("programmeLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(translate("programme_label", "Programme"))
        self.setContentsMargins(16, 0, 4, 0)  # apart from the status bar's passing messages
        self.hide()

    def show_for(self, routine: Routine | None, records: Iterable[SessionRecord], today: date) -> None:
        programme = routine.programme if routine is not None else None
        if programme is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        weeks = weeks_done(programme, routine.id, records, today)
        progress = progress_text(programme, weeks, today)
        self.setText(
            translate("programme_label", "{author} · {progress}").format(
                author=programme.author, progress=progress
            )
        )
        self.setToolTip(plan_text(programme))
        self.setAccessibleDescription(plan_text(programme))
        self.show()
