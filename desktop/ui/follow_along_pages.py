"""Two full pages of follow-along besides the running page and the summary.

PainPage: the advice after "Stop — this hurts", as short paragraphs that are the whole screen, and one
deliberate way on ("I'm OK — record this session", or "I've read this" when no session ran). No rating
and no "Start again" there. PreparationPage: the routine's preparation notes ("Before you start")
before its first step; Space starts, as on the running page.

Signals:
    PainPage.done(): the person pressed the one button (or Enter).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.model.commands import command, hint_strip
from desktop.model.i18n import translate
from desktop.model.safety import PAIN_CLOSE_BUTTON, PAIN_RECORD_BUTTON, PAIN_STOP_TITLE, pain_stop_paragraphs
from desktop.model.session_presenter import shown
from desktop.model.session_questions import PREPARATION_TITLE, preparation_heading
from desktop.ui import layouts
from desktop.ui.follow_along_controls import hud_button
from desktop.ui.follow_along_parts import (
    HURTS,
    MUTED,
    PANEL,
    TEXT,
    TEXT_LABEL,
    TEXT_SMALL,
    FitText,
    css_px,
    rungs_px,
)


def with_enter(action: str) -> str:
    """A button's words and its key, "I've read this (Enter)", the key named as the language names it."""
    return translate("follow_along_pages", "{action} (Enter)").format(action=action)


def _column(page: QWidget) -> QVBoxLayout:
    root = QHBoxLayout(page)
    root.addStretch(1)
    inner = layouts.column(root, 8)
    root.addStretch(1)
    root.setStretch(1, 6)
    return inner


class PainPage(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painPage")
        self.recording = True
        self.headline = FitText(bold=True, max_lines=2, align=Qt.AlignmentFlag.AlignCenter)
        self.headline.follow_layout_width()
        self.headline.setAccessibleName(translate("follow_along_pages", "Stopped"))
        self.box = QFrame()
        self.box.setObjectName("painAdviceBox")
        box_layout = QVBoxLayout(self.box)
        self.advice = FitText()
        self.advice.follow_layout_width()
        self.advice.setAccessibleName(translate("follow_along_pages", "What to do about the pain"))
        box_layout.addWidget(self.advice)
        record = translate("safety", PAIN_RECORD_BUTTON)
        self.ok_button = hud_button(record, with_enter(record))
        self.ok_button.setObjectName("painOk")
        self.ok_button.clicked.connect(self.done)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = _column(self)
        inner.addStretch(1)
        inner.addWidget(self.headline)
        inner.addWidget(self.box, 3)
        row = layouts.row(inner)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addStretch(1)
        inner.addStretch(1)
        inner.addWidget(self.hint)
        self._inner = inner

    def show_advice(self, *, recording: bool) -> None:
        """The advice; `recording`: a session stopped (the button records it), else the advice alone."""
        self.recording = recording
        self.headline.set_text(f"⚠ {translate('safety', PAIN_STOP_TITLE)}", HURTS)
        self.advice.set_paragraphs([(p, TEXT, n == 0) for n, p in enumerate(pain_stop_paragraphs())])
        words = translate("safety", PAIN_RECORD_BUTTON if recording else PAIN_CLOSE_BUTTON)
        self.ok_button.setText(with_enter(words))
        self.ok_button.setAccessibleName(words)
        self.hint.setText(
            translate("follow_along_pages", "Enter: {action}  ·  {key} leave").format(
                action=words, key=command("leave").key_text
            )
        )

    def apply_unit(self, unit: float) -> None:
        self._inner.setSpacing(round(unit * 2.2))
        self.headline.set_sizes(rungs_px(unit, 4.8, 3.4))
        self.advice.set_sizes(rungs_px(unit, TEXT_LABEL, 1.7))
        self.box.setStyleSheet(
            f"QFrame#painAdviceBox {{ background: {PANEL}; border: 2px solid {HURTS};"
            f" border-left: {round(unit)}px solid {HURTS}; border-radius: {round(unit)}px; }}"
        )
        self.box.layout().setContentsMargins(*(round(unit * 2),) * 4)
        self.ok_button.setStyleSheet(
            f"QPushButton {{ color: #10181c; background: {TEXT}; border: 2px solid {TEXT};"
            f" border-radius: {round(unit * 0.9)}px; padding: {round(unit * 1.1)}px {round(unit * 2.5)}px;"
            f" font-size: {css_px(unit, TEXT_LABEL)}px; font-weight: bold; }}"
            " QPushButton:hover { background: #dfe6e9; }"
        )
        self.hint.setStyleSheet(f"color: {MUTED}; font-size: {css_px(unit, TEXT_SMALL)}px;")


class PreparationPage(QWidget):
    """ "Before you start": the routine's own preparation notes, before its first step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparationPage")
        self.headline = FitText(bold=True, max_lines=2, align=Qt.AlignmentFlag.AlignCenter)
        self.headline.follow_layout_width()
        self.notes = FitText()
        self.notes.follow_layout_width()
        self.notes.setAccessibleName(shown(PREPARATION_TITLE))
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = _column(self)
        inner.addStretch(1)
        inner.addWidget(self.headline)
        inner.addWidget(self.notes, 3)
        inner.addStretch(1)
        inner.addWidget(self.hint)
        self._inner = inner

    def show_notes(self, routine_title: str, notes: Sequence[str]) -> None:
        self.headline.set_text(preparation_heading(routine_title), TEXT)
        self.notes.set_paragraphs([(f"•  {note}", TEXT, False) for note in notes])
        start, leave = translate("follow_along_pages", "start"), translate("follow_along_pages", "leave")
        self.hint.setText(hint_strip(((("start_pause",), start), (("leave",), leave))))

    def apply_unit(self, unit: float) -> None:
        self._inner.setSpacing(round(unit * 2.2))
        self.headline.set_sizes(rungs_px(unit, 4.8, 3.4))
        self.notes.set_sizes(rungs_px(unit, TEXT_LABEL, 1.7))
        self.hint.setStyleSheet(f"color: {MUTED}; font-size: {css_px(unit, TEXT_LABEL)}px;")
