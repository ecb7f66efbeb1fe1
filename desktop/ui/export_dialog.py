"""File → Export history: ask where, write the CSV (desktop.model.history_csv), say how it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.model.history_csv import lunge_csv_path, write_csv, write_lunge_csv
from desktop.model.history_record import SessionRecord


def export_history(
    parent: QWidget,
    sessions: Callable[[], Sequence[SessionRecord]],
    notify: Callable[[str], None],
    measures: Callable[[], dict] | None = None,
) -> None:
    """Ask for a file name and write every session to it; a failure is shown, never raised.
    `measures` (desktop.model.history_measures.read_measures): pain, pressure and next-morning columns,
    and the lunge tests in a second file beside it."""
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export history", str(Path.home() / "ankle-guide-history.csv"), "CSV (*.csv)"
    )
    if not path:
        return
    try:
        found = measures() if measures is not None else {}
        write_csv(sessions(), Path(path), extras=found.get("extras"), mornings=found.get("mornings"))
        if found.get("lunges"):
            write_lunge_csv(found["lunges"], lunge_csv_path(Path(path)))
    except OSError as exc:
        QMessageBox.warning(parent, "Export failed", f"Could not write {path}: {exc.strerror}")
        return
    notify(f"History exported to {path}")
