"""Small dialogs of the main window: the before-session rating, the end-of-session summary, help texts."""

from __future__ import annotations

import html
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop import APP_NAME
from desktop.model.commands import help_rows
from desktop.model.i18n import translate
from desktop.model.safety import safety_info_text
from desktop.model.session_outcome import NOTE_MAX, SessionSummary, grid_cell
from desktop.model.session_presenter import shown, summary_text
from desktop.model.session_questions import TIGHT_TITLE, after_rating_question
from desktop.model.zones import ZoneCatalogue, load_catalogue
from desktop.ui import layouts, style
from desktop.ui.rating import TYPE_AHEAD_S, TensionRating

# a toggled zone must be obvious at a glance, not only a slightly darker grey
TOGGLE_QSS = (
    "QPushButton { padding: 5px 10px; border: 1px solid #8a949a; border-radius: 5px; background: #f4f5f6;"
    f" color: {style.DIALOG_TEXT}; }}"
    " QPushButton:hover { background: #e6eaed; }"
    " QPushButton:checked { background: #1f5fa8; color: white; font-weight: bold; border-color: #123a68; }"
    " QPushButton:focus { border: 2px solid #1f5fa8; }"
)


class RatingDialog(QDialog):
    """A one-click 0–10 tension rating; `value` is None when skipped."""

    def __init__(
        self, title: str, heading: str, parent: QWidget | None = None, *, clock=time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        style.dialog_look(self)
        self.value: int | None = None
        layout = QVBoxLayout(self)
        self.rating = TensionRating(heading, parent=self, clock=clock)
        layout.addWidget(self.rating)
        self.rating.rated.connect(self._on_rated)
        self.rating.skipped.connect(self.reject)
        self._close_soon = QTimer(self)
        self._close_soon.setSingleShot(True)
        self._close_soon.setInterval(round(TYPE_AHEAD_S * 1000))
        self._close_soon.timeout.connect(self.accept)

    def _on_rated(self, value: int) -> None:
        self.value = value
        if self.rating.may_become_ten():  # a typed "1": wait a moment for the "0" of a 10
            self._close_soon.start()
        else:
            self._close_soon.stop()
            self.accept()


def summary_html(summary: SessionSummary) -> str:
    """The presenter's end-of-session words, as the dialog's heading and one line of figures."""
    text = summary_text(summary)
    return f"<h3>{html.escape(text.headline)}</h3><p>{html.escape(text.stats)}</p>"


def zone_choices(zone_ids: Sequence[str], catalogue: ZoneCatalogue | None = None) -> list[tuple[str, str]]:
    """(id, plain name) for each zone id, in order; ids the catalogue does not know keep their id."""
    catalogue = catalogue or load_catalogue()
    return [(z, catalogue[z].plain if z in catalogue else z.replace("_", " ")) for z in zone_ids]


class SummaryDialog(QDialog):
    """End of a session: what was done, how tense the ankle feels now, where it felt tight, a note.

    A rating only selects a value; Save (the default button, Enter) closes and keeps everything,
    Skip (or Esc) closes and keeps nothing. After exec(): `value`, `tight_zones`, `note`.
    """

    def __init__(
        self,
        summary: SessionSummary,
        parent: QWidget | None = None,
        *,
        catalogue: ZoneCatalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "Session summary"))
        style.dialog_look(self)
        self.value: int | None = None
        self.tight_zones: tuple[str, ...] = ()
        self.note = ""
        layout = QVBoxLayout(self)
        text = QLabel(summary_html(summary))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        layout.addWidget(text)

        self.rating = TensionRating(after_rating_question(), parent=self)
        for value in range(11):
            button = self.rating.button(value)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setStyleSheet(
                button.styleSheet() + " QPushButton:checked { border: 3px solid #1d1d1d; font-weight: 800; }"
            )
            button.installEventFilter(self)  # installed last, so it sees Enter before the rating does
        self.rating.rated.connect(self._select)
        self.rating.skipped.connect(self.reject)
        self.rating.layout().setContentsMargins(0, 0, 0, 0)  # flush with the text and zones
        layout.addWidget(self.rating)

        self.zone_buttons: dict[str, QPushButton] = {}
        zones = zone_choices(summary.zones, catalogue)
        if zones:
            title = QLabel(shown(TIGHT_TITLE))
            layout.addWidget(title)
            grid = layouts.grid(layout)
            for n, (zone_id, name) in enumerate(zones):
                button = QPushButton(name)
                button.setObjectName(f"tight_{zone_id}")
                button.setCheckable(True)
                button.setAutoDefault(False)  # Enter saves; Space toggles the focused zone
                button.setAccessibleName(translate("dialogs", "Tight: {zone}").format(zone=name))
                button.setToolTip(translate("dialogs", "Felt tight here (Space toggles)"))
                button.setStyleSheet(TOGGLE_QSS)
                grid.addWidget(button, *grid_cell(n))
                self.zone_buttons[zone_id] = button

        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(translate("dialogs", "A note for next time (optional)"))
        self.note_edit.setAccessibleName(translate("dialogs", "Note"))
        note_label = QLabel(translate("dialogs", "&Note:"))
        note_label.setBuddy(self.note_edit)
        note_row = layouts.row(layout)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_edit, 1)

        self.chosen = QLabel(translate("dialogs", "Not rated yet"))
        self.save_button = QPushButton(translate("dialogs", "Save"))
        self.save_button.setObjectName("summarySave")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("dialogs", "Keep the rating, tight spots and note (Enter)"))
        self.save_button.clicked.connect(self._save)
        save_row = layouts.row(layout)
        save_row.addWidget(self.chosen)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)

    def _select(self, value: int) -> None:
        self.value = value
        self.rating.button(value).setChecked(True)
        self.rating.focus_value(value)
        chosen = translate("dialogs", "Your rating: <b>{value}</b> out of 10 — Enter to save")
        self.chosen.setText(chosen.format(value=value))

    def _save(self) -> None:
        self.tight_zones = tuple(z for z, b in self.zone_buttons.items() if b.isChecked())
        self.note = self.note_edit.text().strip()
        self.accept()

    def reject(self) -> None:
        """Skip keeps nothing, whatever was chosen before it."""
        self.value, self.tight_zones, self.note = None, (), ""
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits rate from anywhere but the note (a zone toggle with focus passes them up to here)."""
        text = event.text()
        if len(text) == 1 and text.isascii() and text.isdigit():
            self._select(int(text))
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a rating button picks that value and saves (the rating alone would only pick)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QPushButton)
        ):
            for value in range(11):
                if self.rating.button(value) is watched:
                    self._select(value)
            self._save()
            return True
        return super().eventFilter(watched, event)


def shortcuts_html() -> str:
    """Help → Keyboard shortcuts: every command of desktop.model.commands that has a key."""
    rows = "".join(
        f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td>"
        f"<td>{html.escape(translate('commands', what))}</td>"
        f"<td style='padding-left:18px'>{html.escape(translate('commands', where))}</td></tr>"
        for keys, what, where in help_rows()
    )
    return f"<table>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("dialogs", "Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setObjectName("keyboardShortcuts")
    box.setText(shortcuts_html())
    box.exec()


def show_about(parent: QWidget) -> None:
    """Help → About: desktop.ui.about_dialog, with the details a problem report needs."""
    from desktop.ui.about_dialog import AboutDialog

    AboutDialog(APP_NAME, desktop.__version__, parent).exec()


def show_safety_info(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("dialogs", "Safety information"))
    box.setText(translate("dialogs", "Read this before you massage your ankle."))
    box.setInformativeText(safety_info_text())
    box.exec()


def show_routine_problems(parent: QWidget, problems: Sequence[object]) -> None:
    none = translate("dialogs", "All routine files loaded without problems.")
    text = "\n".join(str(p) for p in problems) or none
    QMessageBox.information(parent, translate("dialogs", "Routine file problems"), text)
