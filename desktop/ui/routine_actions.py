"""What Routine → New / Duplicate / Edit and File → Import / Export / Print do: open editors, ask for files.

The main window only emits the command id (`routine_file_requested`); this object does the rest and
calls `reload(routine_id)` after a routine was saved or imported, so the app can re-read its library.
The file choosers and the message box are injectable, so tests answer them without a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.library import Library
from desktop.model.routine import Routine
from desktop.model.routine_edit import blank_routine, duplicate, from_routine
from desktop.model.routine_import import export_bytes, import_file, owners_of
from desktop.model.zones import ZoneCatalogue
from desktop.qt.save_file import write_atomically

if TYPE_CHECKING:  # the editor's modules load when an editor first opens, not at start-up (issue 19)
    from desktop.ui.routine_editor import RoutineEditor

TOML_FILTER = QT_TRANSLATE_NOOP("routine_actions", "Routine files (*.toml)")  # translated where shown


def _open_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("routine_actions", "Import a routine"),
        "",
        translate("routine_actions", TOML_FILTER),
    )
    return Path(name) if name else None


def _save_file(parent: QWidget, title: str, suggested: str, filter_: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_)
    return Path(name) if name else None


def _report(parent: QWidget, title: str, text: str, problem: bool) -> None:
    icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("routineReport")
    box.open()  # window-modal: the event loop keeps running


def _print_dialog(parent: QWidget, routine: Routine, catalogue: ZoneCatalogue) -> None:
    from desktop.ui.print_card import print_dialog  # QtPrintSupport, only when printing

    print_dialog(parent, routine, catalogue)


class RoutineActions(QObject):
    def __init__(
        self,
        window: QWidget,
        catalogue: ZoneCatalogue,
        folder: Path,
        library: Callable[[], Library],
        current: Callable[[], Routine | None],
        reload: Callable[[str | None], None],
        *,
        open_file: Callable[[QWidget], Path | None] = _open_file,
        save_file: Callable[[QWidget, str, str, str], Path | None] = _save_file,
        report: Callable[[QWidget, str, str, bool], None] = _report,
        ask_unsaved=None,
        print_card=None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._catalogue = catalogue
        self.folder = folder
        self._library = library
        self._current = current
        self._reload = reload
        self._open_file = open_file
        self._save_file = save_file
        self._report = report
        self._ask_unsaved = ask_unsaved
        self._print = print_card or _print_dialog
        self.editors: list[RoutineEditor] = []
        window.installEventFilter(self)  # closing the main window closes the editors first (and asks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The main window is closing: each editor with unsaved changes asks first; a "Cancel" keeps
        both open, so a routine is never lost with the app."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            for editor in list(self.editors):
                if editor.isVisible() and not editor.close():
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)

    def run(self, command_id: str) -> None:
        {
            "new_routine": self.new,
            "duplicate_routine": self.duplicate,
            "edit_routine": self.edit,
            "import_routine": self.import_routine,
            "export_routine": self.export_routine,
            "print_routine": self.print_routine,
        }[command_id]()

    # ---- the editor

    def new(self) -> RoutineEditor:
        return self._open(blank_routine(owners_of(self._library())), None, "")

    def duplicate(self) -> RoutineEditor | None:
        routine = self._current()
        if routine is None:
            return None
        note = translate(
            "routine_actions", "A copy of “{title}”: change it and save it as a routine of your own."
        ).format(title=routine.title)
        return self._open(duplicate(routine, owners_of(self._library())), None, note)

    def edit(self) -> RoutineEditor | None:
        """Edit the current routine; a built-in one is read-only, so a copy opens instead."""
        routine = self._current()
        if routine is None:
            return None
        if routine.builtin:
            note = translate(
                "routine_actions",
                "“{title}” is built into the app and cannot be changed. "
                "This is a copy: save it to keep your changes as a routine of your own.",
            ).format(title=routine.title)
            return self._open(duplicate(routine, owners_of(self._library())), None, note)
        note = translate(
            "routine_actions",
            "Steps that reused another routine's step are written out in full when you save.",
        )
        return self._open(from_routine(routine), Path(routine.source), note)

    def _open(self, edit, path: Path | None, note: str) -> RoutineEditor:
        library = self._library()
        kwargs = {"ask": self._ask_unsaved} if self._ask_unsaved else {}
        from desktop.ui.routine_editor import RoutineEditor

        editor = RoutineEditor(
            edit,
            self._catalogue,
            folder=self.folder,
            path=path,
            owners=owners_of(library, except_source=str(path) if path else ""),
            note=note,
            parent=self._window,
            **kwargs,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a closed editor is gone
        editor.saved.connect(lambda routine_id, _path: self._reload(routine_id))
        editor.destroyed.connect(lambda _=None, e=editor: self._forget(e))
        self.editors.append(editor)
        from desktop.qt.screens import resize_to_fit

        resize_to_fit(editor, (1320, 820), self._window)
        editor.show()
        return editor

    def _forget(self, editor: RoutineEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    # ---- files

    def import_routine(self) -> None:
        source = self._open_file(self._window)
        if source is None:
            return
        library = self._library()
        result = import_file(source, self.folder, library, write_atomically, catalogue=self._catalogue)
        if not result.ok:
            lines = "\n".join(str(p) for p in result.problems)
            self._report(
                self._window,
                translate("routine_actions", "Routine not imported"),
                translate("routine_actions", "Nothing was imported:\n\n{problems}").format(problems=lines),
                True,
            )
            return
        self._reload(result.routine.id)
        self._report(
            self._window,
            translate("routine_actions", "Routine imported"),
            translate("routine_actions", "“{title}” was added ({file}).").format(
                title=result.routine.title, file=result.path
            ),
            False,
        )

    def export_routine(self) -> None:
        routine = self._current()
        if routine is None:
            return
        target = self._save_file(
            self._window,
            translate("routine_actions", "Export the routine"),
            f"{routine.id}.toml",
            translate("routine_actions", TOML_FILTER),
        )
        if target is None:
            return
        error = write_atomically(target, export_bytes(routine))
        if error:
            self._report(self._window, translate("routine_actions", "Routine not exported"), error, True)
        else:
            self._report(
                self._window,
                translate("routine_actions", "Routine exported"),
                translate("routine_actions", "“{title}” was saved to {file}.").format(
                    title=routine.title, file=target
                ),
                False,
            )

    def print_routine(self) -> None:
        """File → Print / save as PDF…: Qt's print dialog (its "Print to file" writes the PDF)."""
        routine = self._current()
        if routine is not None:
            self._print(self._window, routine, self._catalogue)
