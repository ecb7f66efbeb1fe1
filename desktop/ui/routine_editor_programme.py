"""A physiotherapist's programme in the routine editor: a box to tick, and the plan's fields under it.

Unticked, the routine has no `[programme]` and the fields are hidden, their frame too (a checkable
QGroupBox kept an empty frame under its title, which looked like a blank field); ticked, they show, and
every change is reported as the whole plan (`edited(EditProgramme)`, or `edited(None)` when unticked),
which the editor turns into one undoable change. The loader's messages appear under the field they name
(desktop.model.routine_edit.where keeps "programme.weeks" apart from "programme.author").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from desktop.model.i18n import translate
from desktop.model.programme import MAX_SESSIONS_PER_WEEK, MAX_WEEKS
from desktop.model.routine_edit import EditProgramme
from desktop.ui.routine_editor_fields import Form, line_editor, set_text, text_editor


def _count(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, maximum)
    return box


class ProgrammeFields(Form):
    """Who wrote the plan, how often and for how long, a note, and the day it starts (optional)."""

    def __init__(self) -> None:
        super().__init__()
        self.author_edit = self._add(
            translate("routine_editor_programme", "Written &by"), "programme.author", line_editor(80)
        )
        self.per_week_box = self._add(
            translate("routine_editor_programme", "Sessions a &week"),
            "programme.sessions_per_week",
            _count(MAX_SESSIONS_PER_WEEK),
        )
        self.weeks_box = self._add(
            translate("routine_editor_programme", "For how many wee&ks"), "programme.weeks", _count(MAX_WEEKS)
        )
        self.note_edit = self._add(
            translate("routine_editor_programme", "Note"), "programme.note", text_editor(2)
        )
        self.start_edit = self._add(
            translate("routine_editor_programme", "Start da&y"), "programme.start", line_editor(10)
        )
        self.start_edit.setPlaceholderText(translate("routine_editor_programme", "YYYY-MM-DD, optional"))
        self.start_edit.setToolTip(
            translate("routine_editor_programme", "Empty: the plan starts the week of the first session.")
        )
        self.show_programme(EditProgramme())  # what ticking the group starts from

    def values(self) -> EditProgramme:
        return EditProgramme(
            author=self.author_edit.text(),
            sessions_per_week=self.per_week_box.value(),
            weeks=self.weeks_box.value(),
            note=self.note_edit.toPlainText(),
            start=self.start_edit.text(),
        )

    def show_programme(self, programme: EditProgramme) -> None:
        set_text(self.author_edit, programme.author)
        counts = ((self.per_week_box, programme.sessions_per_week), (self.weeks_box, programme.weeks))
        for box, value in counts:
            if box.value() != value:
                was = box.blockSignals(True)  # showing a value is not an edit
                box.setValue(value)
                box.blockSignals(was)
        set_text(self.note_edit, programme.note)
        set_text(self.start_edit, programme.start)


class ProgrammeGroup(QWidget):
    """The tick box "Programme from a physiotherapist" and, when ticked, its fields in a frame."""

    edited = Signal(object)  # an EditProgramme, or None: the routine has no programme

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("programmeGroup")
        self.tick_box = QCheckBox(translate("routine_editor_programme", "Pr&ogramme from a physiotherapist"))
        self.fields = ProgrammeFields()
        self._frame = QGroupBox()
        QVBoxLayout(self._frame).addWidget(self.fields)
        self._frame.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tick_box)
        layout.addWidget(self._frame)
        self.setFocusProxy(self.tick_box)
        self.tick_box.toggled.connect(self._on_toggled)
        self.fields.edited.connect(lambda _field, _value: self.edited.emit(self.fields.values()))

    def isChecked(self) -> bool:
        return self.tick_box.isChecked()

    def setChecked(self, on: bool) -> None:
        self.tick_box.setChecked(on)

    def _on_toggled(self, on: bool) -> None:
        self._frame.setVisible(on)
        self.edited.emit(self.fields.values() if on else None)

    def show_programme(self, programme: EditProgramme | None) -> None:
        was = self.tick_box.blockSignals(True)
        self.tick_box.setChecked(programme is not None)
        self.tick_box.blockSignals(was)
        self._frame.setVisible(programme is not None)
        if programme is not None:
            self.fields.show_programme(programme)

    def show_problems(self, by_field: Mapping[str, list[str]]) -> None:
        """The loader's messages by field; one about the table as a whole goes under the author."""
        on_author = [*by_field.get("programme", ()), *by_field.get("programme.author", ())]
        merged = {**by_field, "programme.author": on_author}
        self.fields.show_problems(merged)
