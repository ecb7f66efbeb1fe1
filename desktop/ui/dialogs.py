"""Small dialogs of the main window: the before-session rating, the end-of-session summary, help texts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

import desktop
from desktop import APP_NAME
from desktop.model.timefmt import format_mmss
from desktop.ui.rating import TensionRating

# (keys, what they do) — the one list the Help panel shows and the shortcut tests walk through.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Space", "Start, pause or resume"),
    ("← / →", "Previous / next step"),
    ("R", "Restart the current step"),
    ("+ or =", "Add 10 seconds to this step"),
    ("F or F11", "Follow-along (fullscreen)"),
    ("Esc", "Leave follow-along"),
    ("1 2 3 4", "Diagram: inner side, outer side, from behind, from the front"),
    ("L", "Switch foot: right → left → both"),
    ("H", "Stop — this hurts"),
    ("Ctrl+H", "Session history"),
    ("Ctrl+Q", "Quit"),
)


class RatingDialog(QDialog):
    """A one-click 0–10 tension rating; `value` is None when skipped."""

    def __init__(self, title: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.value: int | None = None
        layout = QVBoxLayout(self)
        self.rating = TensionRating(heading, parent=self)
        layout.addWidget(self.rating)
        self.rating.rated.connect(self._on_rated)
        self.rating.skipped.connect(self.reject)

    def _on_rated(self, value: int) -> None:
        self.value = value
        self.accept()


def summary_text(summary) -> str:
    """Plain words for how a session ended (SessionSummary from desktop.qt.session_controller)."""
    minutes = format_mmss(round(summary.active_s))
    if summary.finished:
        head = f"Session complete — {summary.routine_title}"
    elif summary.stopped_for_pain:
        head = "Session stopped because it hurt"
    else:
        head = "Session stopped early"
    return (
        f"<h3>{html.escape(head)}</h3>"
        f"<p>{summary.steps_done} of {summary.steps_total} steps done in {minutes} of massage.</p>"
    )


class SummaryDialog(RatingDialog):
    """End of a session: what was done, then how tense the ankle feels now."""

    def __init__(self, summary, parent: QWidget | None = None) -> None:
        super().__init__("Session summary", "How tense does your ankle feel now?", parent)
        text = QLabel(summary_text(summary))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        self.layout().insertWidget(0, text)


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td style='padding-right:18px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
        for k, v in SHORTCUTS
    )
    return f"<table>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("Keyboard shortcuts")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(shortcuts_html())
    box.exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {desktop.__version__}</h3>"
        "<p>Guided self-massage for ankle pain and tension.</p>"
        "<p>Not medical advice. Stop if anything hurts sharply, and see a clinician about pain that "
        "persists.</p><p>No data leaves this computer.</p>",
    )
