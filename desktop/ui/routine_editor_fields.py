"""The editor's forms: the routine's fields and one step's, each with the loader's message under it.

The forms hold no rules. They show values and report each edit as `edited(field, value)` with plain
values (text, a number, a tuple of lines or of EditPhase); the editor turns edits into undoable changes
and hands back the loader's problems by field, which `show_problems` puts under the field they name.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.routine import Direction, MotionPattern, Pressure, SidePlan, Technique
from desktop.model.routine_edit import EditPhase, EditRoutine, EditStep, lines_of
from desktop.ui import layouts, style


class FieldBox(QWidget):
    """One editor widget with the loader's messages for its field underneath (hidden when there are none)."""

    def __init__(self, editor: QWidget, field: str) -> None:
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.problem = QLabel()
        self.problem.setObjectName(f"problem_{field}")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {style.DANGER};")
        self.problem.hide()
        layout.addWidget(self.problem)

    def show_messages(self, messages: Iterable[str]) -> None:
        text = "\n".join(f"⚠ {m}" for m in messages)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.editor.setAccessibleDescription(text)


def line_editor(max_length: int = 4000) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


def text_editor(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


# What the choosers show for each value a routine file holds (the values stay English in the file).
SIDE_LABELS = {
    "right": QT_TRANSLATE_NOOP("routine_editor_fields", "right"),
    "left": QT_TRANSLATE_NOOP("routine_editor_fields", "left"),
    "both": QT_TRANSLATE_NOOP("routine_editor_fields", "both (right, then left)"),
}
PRESSURE_LABELS = {
    "light": QT_TRANSLATE_NOOP("routine_editor_fields", "light"),
    "moderate": QT_TRANSLATE_NOOP("routine_editor_fields", "moderate"),
    "firm": QT_TRANSLATE_NOOP("routine_editor_fields", "firm"),
    "deep": QT_TRANSLATE_NOOP("routine_editor_fields", "deep"),
}
PATTERN_LABELS = {
    "glide": QT_TRANSLATE_NOOP("routine_editor_fields", "glide"),
    "circles": QT_TRANSLATE_NOOP("routine_editor_fields", "circles"),
    "knead": QT_TRANSLATE_NOOP("routine_editor_fields", "knead"),
    "flex": QT_TRANSLATE_NOOP("routine_editor_fields", "flex"),
    "friction": QT_TRANSLATE_NOOP("routine_editor_fields", "friction"),
    "hold": QT_TRANSLATE_NOOP("routine_editor_fields", "hold"),
    "rotate": QT_TRANSLATE_NOOP("routine_editor_fields", "rotate"),
    "trace": QT_TRANSLATE_NOOP("routine_editor_fields", "trace"),
}
DIRECTION_LABELS = {
    "up": QT_TRANSLATE_NOOP("routine_editor_fields", "up"),
    "down": QT_TRANSLATE_NOOP("routine_editor_fields", "down"),
    "clockwise": QT_TRANSLATE_NOOP("routine_editor_fields", "clockwise"),
    "counterclockwise": QT_TRANSLATE_NOOP("routine_editor_fields", "counterclockwise"),
    "across": QT_TRANSLATE_NOOP("routine_editor_fields", "across"),
    "alternate": QT_TRANSLATE_NOOP("routine_editor_fields", "alternate"),
    "still": QT_TRANSLATE_NOOP("routine_editor_fields", "still"),
}


def _combo(enum: type[StrEnum], labels: Mapping[str, str] | None = None) -> QComboBox:
    """One item per value: its label in the app's language (marked above), else the value itself."""
    box = QComboBox()
    for member in enum:
        label = (labels or {}).get(member.value)
        box.addItem(
            translate("routine_editor_fields", label) if label else member.value.replace("_", " "),
            member.value,
        )
    return box


def set_text(widget: QWidget, text: str) -> None:
    """Show `text` without disturbing the cursor when it is already there (a redraw after each key)."""
    if isinstance(widget, QLineEdit):
        if widget.text() != text:
            widget.setText(text)
    elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != text:
        was = widget.blockSignals(True)  # textChanged then means a person typed
        widget.setPlainText(text)
        widget.blockSignals(was)


def set_choice(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index < 0:  # a value outside the vocabulary: shown as it is, the loader says what is wrong
        box.addItem(value, value)
        index = box.count() - 1
    if box.currentIndex() != index:
        was = box.blockSignals(True)
        box.setCurrentIndex(index)
        box.blockSignals(was)


class Form(QWidget):
    """Shared plumbing: a form layout of FieldBoxes, each wired to `edited(field, value)`."""

    edited = Signal(str, object)

    def __init__(self) -> None:
        super().__init__()
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def _add(self, label: str, field: str, editor: QWidget, read=None) -> QWidget:
        box = FieldBox(editor, field)
        editor.setObjectName(f"field_{field}")
        editor.setAccessibleName(label.replace("&", ""))
        self.boxes[field] = box
        self.form.addRow(label, box)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda text: self.edited.emit(field, read(text) if read else text))
        elif isinstance(editor, QPlainTextEdit):

            def changed() -> None:
                text = editor.toPlainText()
                self.edited.emit(field, read(text) if read else text)

            editor.textChanged.connect(changed)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda i: self.edited.emit(field, editor.itemData(i)))
        elif isinstance(editor, QDoubleSpinBox):
            editor.valueChanged.connect(lambda v: self.edited.emit(field, float(v)))
        elif isinstance(editor, QSpinBox):
            editor.valueChanged.connect(lambda v: self.edited.emit(field, int(v)))
        return editor

    def show_problems(self, by_field: Mapping[str, list[str]]) -> None:
        for field, box in self.boxes.items():
            box.show_messages(by_field.get(field, ()))


class RoutineForm(Form):
    """The routine's own fields: id, title, summary, sides, preparation notes and tags."""

    def __init__(self) -> None:
        super().__init__()
        self.id_edit = self._add(translate("routine_editor_fields", "&Id"), "id", line_editor(48))
        self.title_edit = self._add(translate("routine_editor_fields", "&Title"), "title", line_editor(200))
        self.summary_edit = self._add(
            translate("routine_editor_fields", "S&ummary"), "summary", text_editor(3)
        )
        self.sides_box = self._add(
            translate("routine_editor_fields", "&Sides"), "sides", _combo(SidePlan, SIDE_LABELS)
        )
        self.preparation_edit = self._add(
            translate("routine_editor_fields", "&Preparation\n(one per line)"),
            "preparation",
            text_editor(3),
            lines_of,
        )
        self.tags_edit = self._add(
            translate("routine_editor_fields", "Ta&gs"),
            "tags",
            line_editor(400),
            lambda t: tuple(w.strip() for w in t.split(",") if w.strip()),
        )

    def show_routine(self, edit: EditRoutine) -> None:
        set_text(self.id_edit, edit.id)
        set_text(self.title_edit, edit.title)
        set_text(self.summary_edit, edit.summary)
        set_choice(self.sides_box, edit.sides)
        if lines_of(self.preparation_edit.toPlainText()) != edit.preparation:
            set_text(self.preparation_edit, "\n".join(edit.preparation))
        if tuple(w.strip() for w in self.tags_edit.text().split(",") if w.strip()) != edit.tags:
            set_text(self.tags_edit, ", ".join(edit.tags))


class StepForm(Form):
    """One step's fields (its zones are picked beside the diagram, desktop.ui.routine_editor_zones)."""

    def __init__(self) -> None:
        super().__init__()
        self.id_edit = self._add(translate("routine_editor_fields", "I&d"), "id", line_editor(48))
        self.title_edit = self._add(translate("routine_editor_fields", "T&itle"), "title", line_editor(200))
        self.technique_box = self._add(
            translate("routine_editor_fields", "&Technique"), "technique", _technique_combo()
        )
        self.duration_box = QDoubleSpinBox()
        self.duration_box.setRange(0, 99999)
        self.duration_box.setDecimals(1)
        self.duration_box.setSuffix(translate("routine_editor_fields", " s", "seconds, after the duration"))
        self._add(translate("routine_editor_fields", "D&uration"), "duration", self.duration_box)
        self.pressure_box = self._add(
            translate("routine_editor_fields", "&Pressure"), "pressure", _combo(Pressure, PRESSURE_LABELS)
        )
        motion = QWidget()
        row = QHBoxLayout(motion)
        row.setContentsMargins(0, 0, 0, 0)
        self.pattern_box = _combo(MotionPattern, PATTERN_LABELS)
        self.direction_box = _combo(Direction, DIRECTION_LABELS)
        self.pattern_box.setObjectName("field_pattern")
        self.direction_box.setObjectName("field_direction")
        self.pattern_box.setAccessibleName(translate("routine_editor_fields", "Motion pattern"))
        self.direction_box.setAccessibleName(translate("routine_editor_fields", "Motion direction"))
        row.addWidget(self.pattern_box)
        row.addWidget(self.direction_box)
        self.pattern_box.activated.connect(
            lambda i: self.edited.emit("pattern", self.pattern_box.itemData(i))
        )
        self.direction_box.activated.connect(
            lambda i: self.edited.emit("direction", self.direction_box.itemData(i))
        )
        box = FieldBox(motion, "motion")
        self.boxes["motion"] = box
        self.form.addRow(translate("routine_editor_fields", "&Motion cue"), box)
        self.cue_edit = self._add(translate("routine_editor_fields", "&Cue line"), "cue", line_editor(400))
        self.instructions_edit = self._add(
            translate("routine_editor_fields", "I&nstructions"), "instructions", text_editor(4)
        )
        self.cautions_edit = self._add(
            translate("routine_editor_fields", "C&autions\n(one per line)"),
            "cautions",
            text_editor(2),
            lines_of,
        )
        self.phases = PhaseTable()
        box = FieldBox(self.phases, "phases")
        self.boxes["phases"] = box
        self.form.addRow(translate("routine_editor_fields", "P&hases"), box)
        self.phases.edited.connect(lambda phases: self.edited.emit("phases", phases))

    def show_step(self, step: EditStep) -> None:
        set_text(self.id_edit, step.id)
        set_text(self.title_edit, step.title)
        set_choice(self.technique_box, step.technique)
        if self.duration_box.value() != step.duration:
            was = self.duration_box.blockSignals(True)
            self.duration_box.setValue(step.duration)
            self.duration_box.blockSignals(was)
        set_choice(self.pressure_box, step.pressure)
        set_choice(self.pattern_box, step.pattern)
        set_choice(self.direction_box, step.direction)
        set_text(self.cue_edit, step.cue)
        set_text(self.instructions_edit, step.instructions)
        if lines_of(self.cautions_edit.toPlainText()) != step.cautions:
            set_text(self.cautions_edit, "\n".join(step.cautions))
        self.phases.show_phases(step.phases)


def _technique_combo() -> QComboBox:
    """Each technique by its name (the model's, in the app's language) and its value in the file."""
    box = QComboBox()
    for technique in Technique:
        box.addItem(f"{technique.label} ({technique.value})", technique.value)
    return box


class PhaseTable(QWidget):
    """A step's phases as rows (name, seconds, cue, direction), with Add and Remove.

    Signals:
        edited(tuple): the phases after a change, as EditPhase values.
    """

    edited = Signal(object)
    COLUMNS = (  # the headers, translated where shown
        QT_TRANSLATE_NOOP("routine_editor_fields", "Name"),
        QT_TRANSLATE_NOOP("routine_editor_fields", "Seconds"),
        QT_TRANSLATE_NOOP("routine_editor_fields", "Cue (optional)"),
        QT_TRANSLATE_NOOP("routine_editor_fields", "Direction (optional)"),
    )

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("phaseTable")
        self.table.setHorizontalHeaderLabels([translate("routine_editor_fields", c) for c in self.COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()  # each header readable whole, in any language
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(self.table.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.table)
        buttons = layouts.row(layout)
        self.add_button = QPushButton(translate("routine_editor_fields", "Add phase"))
        self.remove_button = QPushButton(translate("routine_editor_fields", "Remove phase"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(lambda _item: self.edited.emit(self.phases()))
        self._shown: tuple[EditPhase, ...] = ()

    def phases(self) -> tuple[EditPhase, ...]:
        rows = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text() if self.table.item(r, c) else "") for c in range(4)]
            rows.append(EditPhase(cells[0], _seconds(cells[1]), cells[2], cells[3].strip()))
        return tuple(rows)

    def show_phases(self, phases: tuple[EditPhase, ...]) -> None:
        if phases == self.phases():
            return
        was = self.table.blockSignals(True)
        self.table.setRowCount(len(phases))
        for r, p in enumerate(phases):
            seconds = "" if math.isnan(p.seconds) else f"{p.seconds:g}"
            for c, text in enumerate((p.name, seconds, p.cue, p.direction)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.blockSignals(was)

    def _add(self) -> None:
        name = translate("routine_editor_fields", "phase {number}").format(number=self.table.rowCount() + 1)
        self.edited.emit((*self.phases(), EditPhase(name=name, seconds=10)))

    def _remove(self) -> None:
        row = self.table.currentRow()
        phases = list(self.phases())
        if phases:
            phases.pop(row if 0 <= row < len(phases) else len(phases) - 1)
            self.edited.emit(tuple(phases))


def _seconds(text: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        return math.nan  # written as nan: the loader then says it must be a finite number of seconds
