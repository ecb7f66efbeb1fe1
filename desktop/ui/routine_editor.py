"""The routine editor window (Routine → New / Duplicate / Edit): forms, step list, diagram preview, Save.

Every change goes through the undo stack as a whole-routine snapshot; after each one the routine is
checked by the loader itself (desktop.model.routine_edit.check) and its messages are shown under the
fields they name. Save is refused while any remain, writes the file atomically (QSaveFile) and marks
the stack clean; closing with unsaved changes asks first. Built-in routines never reach this window:
the app opens a copy of them instead.

Signals:
    saved(str, str): the routine id and the file just written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.problems import Problem
from desktop.model.routine_edit import EditRoutine, check, grouped, new_step, to_toml
from desktop.model.routine_import import free_path
from desktop.model.zones import ZoneCatalogue
from desktop.qt.save_file import write_atomically
from desktop.ui import layouts
from desktop.ui.routine_editor_fields import RoutineForm, StepForm
from desktop.ui.routine_editor_programme import ProgrammeGroup
from desktop.ui.routine_editor_steps import StepListPanel
from desktop.ui.routine_editor_undo import EditCommand
from desktop.ui.routine_editor_zones import ZonePicker, motion_of

Ask = Callable[[QWidget], str]  # "save", "discard" or "cancel"
# A changed field as the Edit menu names it ("Undo Change step 2's title"); keys are the field ids.
FIELD_NAMES = {
    "id": QT_TRANSLATE_NOOP("routine_editor", "id"),
    "title": QT_TRANSLATE_NOOP("routine_editor", "title"),
    "summary": QT_TRANSLATE_NOOP("routine_editor", "summary"),
    "sides": QT_TRANSLATE_NOOP("routine_editor", "sides"),
    "preparation": QT_TRANSLATE_NOOP("routine_editor", "preparation"),
    "tags": QT_TRANSLATE_NOOP("routine_editor", "tags"),
    "programme": QT_TRANSLATE_NOOP("routine_editor", "programme"),
    "technique": QT_TRANSLATE_NOOP("routine_editor", "technique"),
    "duration": QT_TRANSLATE_NOOP("routine_editor", "duration"),
    "pressure": QT_TRANSLATE_NOOP("routine_editor", "pressure"),
    "pattern": QT_TRANSLATE_NOOP("routine_editor", "pattern"),
    "direction": QT_TRANSLATE_NOOP("routine_editor", "direction"),
    "cue": QT_TRANSLATE_NOOP("routine_editor", "cue"),
    "instructions": QT_TRANSLATE_NOOP("routine_editor", "instructions"),
    "cautions": QT_TRANSLATE_NOOP("routine_editor", "cautions"),
    "phases": QT_TRANSLATE_NOOP("routine_editor", "phases"),
    "zones": QT_TRANSLATE_NOOP("routine_editor", "zones"),
}


def field_name(field: str) -> str:
    """The field as the Edit menu names it, in the app's language (an unknown id as it is)."""
    name = FIELD_NAMES.get(field)
    return translate("routine_editor", name) if name else field


def ask_unsaved(parent: QWidget) -> str:
    answer = QMessageBox.question(
        parent,
        translate("routine_editor", "Unsaved changes"),
        translate("routine_editor", "This routine has changes that are not saved. Save them before closing?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
        answer, "cancel"
    )


class RoutineEditor(QMainWindow):
    saved = Signal(str, str)

    def __init__(
        self,
        edit: EditRoutine,
        catalogue: ZoneCatalogue,
        *,
        folder: Path,
        path: Path | None = None,
        owners: Mapping[str, str] | None = None,
        note: str = "",
        ask: Ask = ask_unsaved,
        parent: QWidget | None = None,
    ) -> None:
        """`path` is the file being edited (None for a new routine: saved in `folder`); `owners` maps
        the other routines' ids to who uses them, so a clash is reported before saving."""
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self._catalogue = catalogue
        self._folder = folder
        self.path = path
        self._owners = dict(owners or {})
        self._ask = ask
        self.edit = edit
        self.current = 0
        self.problems: list[Problem] = []
        self.undo_stack = QUndoStack(self)
        self._build(note)
        self._show(edit, 0, new_step=True)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # ---- building

    def _build(self, note: str) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        self.setCentralWidget(central)
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        outer.addWidget(self.note_label)
        splitter = QSplitter()
        outer.addWidget(splitter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        routine_group = QGroupBox(translate("routine_editor", "Routine"))
        left_layout.addWidget(routine_group)
        group_layout = QVBoxLayout(routine_group)
        self.routine_form = RoutineForm()
        group_layout.addWidget(self.routine_form)
        left.setMinimumWidth(self.routine_form.minimumSizeHint().width() + 40)
        self.programme_group = ProgrammeGroup()
        left_layout.addWidget(self.programme_group)
        steps_group = QGroupBox(translate("routine_editor", "Steps"))
        left_layout.addWidget(steps_group, 1)
        steps_layout = QVBoxLayout(steps_group)
        self.step_list = StepListPanel()
        steps_layout.addWidget(self.step_list)
        splitter.addWidget(_scrolled(left))
        self.step_group = QGroupBox(translate("routine_editor", "Step"))
        step_layout = QVBoxLayout(self.step_group)
        self.step_form = StepForm()
        step_layout.addWidget(self.step_form)
        step_layout.addStretch(1)  # the fields keep their height; the space goes below them
        splitter.addWidget(_scrolled(self.step_group))
        self.zone_picker = ZonePicker(self._catalogue)
        splitter.addWidget(self.zone_picker)
        splitter.setSizes([380, 520, 420])
        bottom = layouts.row(outer)
        self.status_label = QLabel()
        self.status_label.setObjectName("editorStatus")
        self.status_label.setWordWrap(True)
        bottom.addWidget(self.status_label, 1)
        self.save_button = QPushButton(translate("routine_editor", "&Save"))
        bottom.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        self._build_menus()

        self.routine_form.edited.connect(self._on_routine_field)
        self.programme_group.edited.connect(self._on_programme)
        self.step_form.edited.connect(self._on_step_field)
        self.zone_picker.zones_changed.connect(lambda zones: self._on_step_field("zones", zones))
        self.step_list.selected.connect(self._on_selected)
        self.step_list.add_requested.connect(self.add_step)
        self.step_list.remove_requested.connect(self.remove_step)
        self.step_list.moved.connect(self.move_step)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("routine_editor", "&File"))
        self.save_action = QAction(translate("routine_editor", "&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        file_menu.addAction(self.save_action)
        close_action = QAction(translate("routine_editor", "&Close"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        file_menu.addAction(close_action)
        edit_menu = self.menuBar().addMenu(translate("routine_editor", "&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, translate("routine_editor", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, translate("routine_editor", "&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

    # ---- changes (each one undoable)

    def change(
        self, after: EditRoutine, text: str, *, current: int | None = None, merge_key: str = ""
    ) -> None:
        """Push one change: the routine as it becomes, and the step to show after it."""
        index = self.current if current is None else current
        self.undo_stack.push(
            EditCommand(self._show, (self.edit, self.current), (after, index), text, merge_key)
        )

    def _on_routine_field(self, field: str, value: object, *, merge: bool = True) -> None:
        text = translate("routine_editor", "Change the routine's {field}").format(field=field_name(field))
        self.change(replace(self.edit, **{field: value}), text, merge_key=field if merge else "")

    def _on_programme(self, plan) -> None:
        """Typing in the plan is one change; ticking or unticking it is a change of its own."""
        toggled = (plan is None) != (self.edit.programme is None)
        self._on_routine_field("programme", plan, merge=not toggled)

    def _on_step_field(self, field: str, value: object) -> None:
        if not self.edit.steps:
            return
        i = self.current
        if getattr(self.edit.steps[i], field) == value:
            return
        merge = field if field in ("id", "title", "cue", "instructions", "cautions", "duration") else ""
        text = translate("routine_editor", "Change step {number}'s {field}").format(
            number=i + 1, field=field_name(field)
        )
        self.change(
            self.edit.with_step(i, **{field: value}), text, merge_key=f"step{i}.{merge}" if merge else ""
        )

    def add_step(self) -> None:
        steps = list(self.edit.steps)
        at = self.current + 1 if steps else 0
        steps.insert(at, new_step(steps))
        self.change(
            replace(self.edit, steps=tuple(steps)), translate("routine_editor", "Add a step"), current=at
        )

    def remove_step(self, index: int) -> None:
        steps = list(self.edit.steps)
        if not 0 <= index < len(steps):
            return
        steps.pop(index)
        current = min(index, len(steps) - 1) if steps else 0
        text = translate("routine_editor", "Remove step {number}").format(number=index + 1)
        self.change(replace(self.edit, steps=tuple(steps)), text, current=current)

    def move_step(self, start: int, to: int) -> None:
        steps = list(self.edit.steps)
        if not (0 <= start < len(steps) and 0 <= to < len(steps)) or start == to:
            return
        steps.insert(to, steps.pop(start))
        text = translate("routine_editor", "Move step {number}").format(number=start + 1)
        self.change(replace(self.edit, steps=tuple(steps)), text, current=to)

    def _on_selected(self, index: int) -> None:
        if index != self.current and 0 <= index < len(self.edit.steps):
            self._show(self.edit, index, new_step=True)

    # ---- showing

    def _show(self, edit: EditRoutine, current: int, *, new_step: bool | None = None) -> None:
        """Show `edit` with step `current` in the forms, check it, and refresh the preview."""
        new_step = new_step if new_step is not None else current != self.current
        self.edit = edit
        self.current = max(0, min(current, len(edit.steps) - 1))
        self.problems = check(edit, str(self.path or free_path(self._folder, edit.id)),
                              owners=self._owners, catalogue=self._catalogue)  # fmt: skip
        by_place = grouped(self.problems)
        self.routine_form.show_routine(edit)
        routine_level = {f: m for (i, f), m in by_place.items() if i is None}
        self.routine_form.show_problems(routine_level)
        self.programme_group.show_programme(edit.programme)
        self.programme_group.show_problems(routine_level)
        flagged = {i for (i, _f) in by_place if i is not None}
        self.step_list.show_steps(edit.steps, self.current, flagged)
        self.step_list.box.show_messages(by_place.get((None, "steps"), ()))
        has_step = bool(edit.steps)
        self.step_group.setEnabled(has_step)
        self.zone_picker.setEnabled(has_step)
        if has_step:
            step = edit.steps[self.current]
            self.step_group.setTitle(
                translate("routine_editor", "Step {current} of {total}").format(
                    current=self.current + 1, total=len(edit.steps)
                )
            )
            self.step_form.show_step(step)
            here = {f: m for (i, f), m in by_place.items() if i == self.current}
            self.step_form.show_problems(here)
            self.zone_picker.box.show_messages(here.get("zones", ()))
            self.zone_picker.show_step(step.zones, motion_of(step.pattern, step.direction), new_step=new_step)
        count = len(self.problems)
        self.save_action.setEnabled(count == 0)
        self.save_button.setEnabled(count == 0)
        if count == 1:  # singular and plural are two whole texts (lupdate marks no Python plural)
            status = translate(
                "routine_editor",
                "1 problem to fix before this routine can be saved (shown under each field).",
            )
        elif count:
            status = translate(
                "routine_editor",
                "{count} problems to fix before this routine can be saved (shown under each field).",
            ).format(count=count)
        else:
            status = translate("routine_editor", "Ready to save.")
        self.status_label.setText(status)
        self._update_title()

    def _on_clean_changed(self, _clean: bool) -> None:
        if isValid(self) and isValid(self.undo_stack):  # the stack also says so while being destroyed
            self._update_title()

    def _update_title(self) -> None:
        name = self.edit.title or self.edit.id or translate("routine_editor", "New routine")
        title = translate("routine_editor", "{name} – Routine editor").format(name=name)
        self.setWindowTitle(title if self.undo_stack.isClean() else f"{title} *")

    # ---- saving and closing

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def save(self) -> bool:
        """Write the routine if the loader finds nothing wrong; True when it is on disk."""
        if self.problems:
            self.status_label.setText(
                translate("routine_editor", "Not saved: {reason}").format(reason=self.problems[0])
            )
            return False
        path = self.path or free_path(self._folder, self.edit.id)

        error = write_atomically(path, to_toml(self.edit))
        if error:
            self.status_label.setText(translate("routine_editor", "Not saved: {reason}").format(reason=error))
            return False
        self.path = path
        self.undo_stack.setClean()
        self.status_label.setText(translate("routine_editor", "Saved to {file}").format(file=path))
        self.saved.emit(self.edit.id, str(path))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.modified:
            answer = self._ask(self)
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        event.accept()


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
