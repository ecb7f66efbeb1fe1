"""The "Before you start" card: the routine's preparation notes (how to sit, oil, its own warnings),
shown in place of the step list before the day's first session of that routine.

Widget only: whether the notes are due is the session gate's (desktop.model.session_gate), and
"Got it" is a plain signal.

Signals:
    read(): "Got it — hide for today".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.model.i18n import translate
from desktop.model.routine import Routine
from desktop.model.session_presenter import shown
from desktop.model.session_questions import PREPARATION_DONE, PREPARATION_TITLE, preparation_heading
from desktop.ui import layouts, style


class PreparationCard(QFrame):
    read = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparationCard")
        self.setStyleSheet(
            f"QFrame#preparationCard {{ border: 1px solid {style.ACCENT}; border-left: 5px solid"
            f" {style.ACCENT}; border-radius: 6px; }}"
        )
        self.setAccessibleName(shown(PREPARATION_TITLE))
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.SPACING, style.MARGIN, style.SPACING)
        root.setSpacing(style.TIGHT + 2)
        body = QWidget()
        self._notes_box = QVBoxLayout(body)
        self._notes_box.setContentsMargins(0, 0, style.TIGHT, 0)
        self._notes_box.setSpacing(style.TIGHT + 2)
        # the heading scrolls with the notes: with large text in a short card it is never cut off
        self.title = QLabel(shown(PREPARATION_TITLE))
        self.title.setFont(style.scaled_font(self.title.font(), style.CUE_SCALE, bold=True))
        self.title.setWordWrap(True)
        self._notes_box.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(translate("preparation_card", "Preparation notes"))
        scroll.verticalScrollBar().setAccessibleName(
            translate("preparation_card", "Scroll the preparation notes")
        )
        root.addWidget(scroll, 1)
        row = layouts.row(root)
        row.addStretch(1)
        self.done_button = QPushButton(shown(PREPARATION_DONE))
        self.done_button.setObjectName("preparationDone")
        self.done_button.setToolTip(
            translate("preparation_card", "These notes come back tomorrow; Start also hides them for today")
        )
        self.done_button.clicked.connect(self.read)
        row.addWidget(self.done_button)
        self.notes: list[QLabel] = []

    def sync(self, notes: Sequence[str], routine: Routine | None, step_list: QWidget) -> None:
        """Show `notes` of `routine` in `step_list`'s place, or hide and give the place back."""
        if notes and routine is not None:
            if self.isHidden() or self.property("routine") != routine.id:
                self.show_notes(routine.title, notes)
                self.setProperty("routine", routine.id)
            self.show()
            step_list.hide()
        elif not self.isHidden():
            self.hide()
            step_list.show()

    def show_notes(self, routine_title: str, notes: Sequence[str]) -> None:
        self.title.setText(preparation_heading(routine_title))
        for label in self.notes:
            self._notes_box.removeWidget(label)
            label.deleteLater()
        self.notes = []
        for note in notes:
            label = QLabel(f"•  {note}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(style.scaled_font(label.font(), style.BODY_SCALE))
            self._notes_box.addWidget(label)
            self.notes.append(label)
        self._notes_box.addStretch(0)
