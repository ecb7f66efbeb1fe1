"""Asking where to export the history: a file dialog, then our own question before replacing a file.

QFileDialog's own overwrite question is switched off so that there is one rule, ours: only a regular
file may be replaced (desktop.model.export_target), and only after the person says yes to a question
that names it; a named pipe, device or link is refused with a message instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.model.export_target import existing_target
from desktop.model.history_csv import lunge_csv_path, write_csv, write_lunge_csv
from desktop.model.history_record import SessionRecord
from desktop.model.i18n import translate


def ask_export_path(parent: QWidget, default: Path) -> Path | None:
    """The file to write the CSV to, or None when the person cancels or the target can't be used."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("export_dialog", "Export history"),
        str(default),
        translate("export_dialog", "CSV files (*.csv)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    try:
        existing = existing_target(path)
    except OSError as exc:  # ExportRefused among them: a pipe, a device, a link, a folder
        QMessageBox.warning(
            parent,
            translate("export_dialog", "Export history"),
            translate("export_dialog", "The history could not be exported:\n{reason}").format(
                reason=exc.strerror or exc
            ),
        )
        return None
    if existing is None:
        return path
    answer = QMessageBox.question(
        parent,
        translate("export_dialog", "Replace file?"),
        translate(
            "export_dialog", "“{file}” already exists in {folder}.\n\nReplace it with the exported history?"
        ).format(file=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return path if answer == QMessageBox.StandardButton.Yes else None


def export_history(
    parent: QWidget,
    sessions: Callable[[], Iterable[SessionRecord]],
    notify: Callable[[str], None],
    measures: Callable[[], dict] | None = None,
) -> None:
    """File → Export history: ask where, write every session (desktop.model.history_csv), say how it
    went; a failure is shown, never raised. `measures` (desktop.model.history_measures.read_measures):
    pain, pressure and next-morning columns, and the lunge tests in a second file beside it."""
    path = ask_export_path(parent, Path.home() / "ankle-guide-history.csv")
    if path is None:
        return
    try:
        found = measures() if measures is not None else {}
        write_csv(sessions(), path, extras=found.get("extras"), mornings=found.get("mornings"))
        if found.get("lunges"):
            write_lunge_csv(found["lunges"], lunge_csv_path(path))
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("export_dialog", "Export failed"),
            translate("export_dialog", "Could not write {file}: {reason}").format(
                file=path, reason=exc.strerror or exc
            ),
        )
        return
    notify(translate("export_dialog", "History exported to {file}").format(file=path))
