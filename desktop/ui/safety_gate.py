"""The safety check before the first session of a day (the advice after "Stop — this hurts" is
desktop.ui.pain_advice).

Questions, advice and the pass rule come from desktop.model.safety; this module only lays them out.
Every question needs an explicit "No" or "Yes": nobody gets through by not reading. "None of these
apply to me" sits under the questions and ticks "No" on each (the answers stay visible and changeable),
and Continue still has to be pressed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.safety import (
    BLOCKED_HEADLINE,
    SAFETY_QUESTIONS,
    URGENT_HEADLINE,
    SafetyQuestion,
    SafetyResult,
    assess,
)
from desktop.qt.screens import resize_to_fit
from desktop.ui import layouts, style
from desktop.ui.caution_box import CautionBox

RULES = "safety"  # the context of desktop.model.safety's own words (questions, advice, headlines)
NONE_APPLY = QT_TRANSLATE_NOOP("safety_gate", "None of these apply to me")


class QuestionRow(QFrame):
    """A question, an explicit No / Yes pair, and its advice (shown on "Yes")."""

    def __init__(self, question: SafetyQuestion, number: int) -> None:
        super().__init__()
        self.question = question
        self.setObjectName("questionRow")
        self.setStyleSheet("QFrame#questionRow { border: 1px solid palette(mid); border-radius: 6px; }")
        words = translate(RULES, question.question)
        self.setAccessibleName(words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.SPACING, style.MARGIN, style.SPACING)
        layout.setSpacing(style.TIGHT + 2)
        self.label = QLabel(f"{number}. {words}")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        buttons = layouts.row(layout)
        buttons.setSpacing(style.MARGIN * 2)
        self.no = QRadioButton(translate("safety_gate", "No"))
        self.yes = QRadioButton(translate("safety_gate", "Yes, this applies"))
        self.group = QButtonGroup(self)  # exclusive: one answer, and none until the person picks
        for button in (self.no, self.yes):
            button.setAccessibleDescription(words)
            self.group.addButton(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        heading = translate("safety", URGENT_HEADLINE if question.urgent else BLOCKED_HEADLINE)
        self.advice = CautionBox(heading, "danger" if question.urgent else "caution")
        layout.addWidget(self.advice)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def show_advice(self, shown: bool) -> None:
        # Urgent advice sits below the questions, always in sight; here it would only repeat it.
        if self.question.urgent:
            text = translate("safety_gate", "See the advice below the questions.")
        else:
            text = translate(RULES, self.question.advice)
        self.advice.set_lines([text] if shown else [])


class SafetyGate(QDialog):
    """Modal check before a session: Continue (accept) only when every answer is "No".

    After exec(), `assessment()` tells the caller what was answered; accepted means the check passed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("safety_gate", "Before you start"))
        self.setModal(True)
        style.dialog_look(self)
        resize_to_fit(self, (560, 720), parent)  # smaller on a smaller screen
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        root.setSpacing(style.SPACING)
        title = QLabel(translate("safety_gate", "A quick safety check"))
        title.setFont(style.scaled_font(title.font(), style.HEADING_SCALE, bold=True))
        intro = QLabel(
            translate(
                "safety_gate",
                "Before today's first session, read each question. If any of them applies, massage could "
                "do harm: skip it today and follow the advice instead. When you have read them all and none "
                "applies, one button answers “No” to every one.",
            )
        )
        intro.setWordWrap(True)
        root.addWidget(title)
        root.addWidget(intro)

        body = QWidget()
        questions = QVBoxLayout(body)
        questions.setContentsMargins(0, 0, style.TIGHT, 0)
        questions.setSpacing(style.SPACING)
        self._rows: dict[str, QuestionRow] = {}
        for number, question in enumerate(SAFETY_QUESTIONS, start=1):
            question_row = QuestionRow(question, number)
            question_row.group.buttonToggled.connect(self._on_answer)
            questions.addWidget(question_row)
            self._rows[question.id] = question_row
        questions.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidget(body)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        root.addWidget(self._scroll, 1)

        none_row = layouts.row(root)
        self.none_apply_button = QPushButton("✓ " + translate("safety_gate", NONE_APPLY))
        self.none_apply_button.setObjectName("noneApply")
        self.none_apply_button.setAutoDefault(False)
        self.none_apply_button.setToolTip(
            translate("safety_gate", "Answer “No” to all five questions at once")
        )
        self.none_apply_button.setAccessibleDescription(
            translate(
                "safety_gate",
                "Answers No to every question above; change any answer afterwards if one does apply.",
            )
        )
        self.none_apply_button.clicked.connect(self.none_apply)
        none_row.addWidget(self.none_apply_button)
        none_row.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setFont(style.scaled_font(self.status_label.font(), bold=True))
        self.status_label.setAccessibleName(translate("safety_gate", "Check result"))
        root.addWidget(self.status_label)
        self.urgent_box = CautionBox(translate("safety", URGENT_HEADLINE), "danger")
        root.addWidget(self.urgent_box)

        box = QDialogButtonBox()
        self.continue_button = QPushButton(translate("safety_gate", "Continue"))
        self.cancel_button = QPushButton(translate("safety_gate", "Not today"))
        box.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        root.addWidget(box)
        self._refresh()

    def question_ids(self) -> list[str]:
        return list(self._rows)

    def question_row(self, question_id: str) -> QuestionRow:
        """The row of one question (its label, No/Yes radio buttons and advice box)."""
        return self._rows[question_id]

    def answer(self, question_id: str, yes: bool) -> None:
        """Tick one answer, as a click on its radio button would."""
        row = self._rows[question_id]
        (row.yes if yes else row.no).setChecked(True)

    def none_apply(self) -> None:
        """ "None of these apply to me": every question answered "No" (each stays changeable)."""
        for row in self._rows.values():
            row.no.setChecked(True)
        self.continue_button.setFocus()

    def answers(self) -> Mapping[str, bool]:
        """Answers given so far (unanswered questions are absent)."""
        return {qid: a for qid, row in self._rows.items() if (a := row.answer()) is not None}

    def assessment(self) -> SafetyResult:
        return assess(self.answers())

    def accept(self) -> None:
        """Continue only when the check passes, whatever triggered it (button, Enter key)."""
        if self.assessment().ok:
            super().accept()

    def _on_answer(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        self._refresh()
        row = next(r for r in self._rows.values() if button in (r.yes, r.no))
        if row.answer():
            body = self._scroll.widget()
            body.layout().activate()  # place the advice box now, so scrolling reaches all of it
            body.resize(body.width(), body.layout().totalHeightForWidth(body.width()))
            self._scroll.ensureWidgetVisible(row, 0, style.MARGIN)

    def _refresh(self) -> None:
        result = self.assessment()
        for row in self._rows.values():
            row.show_advice(row.answer() is True)
        self.continue_button.setEnabled(result.ok)
        self.continue_button.setDefault(result.ok)
        if result.blocking:
            text = f"{translate('safety', BLOCKED_HEADLINE)} Follow the advice shown for each “Yes” answer."
        elif result.unanswered:
            text = translate(
                "safety_gate", "Answer every question to continue ({left} still to answer)."
            ).format(left=len(result.unanswered))
        else:
            text = translate("safety_gate", "✓ None of these applies. You can start.")
        self.status_label.setText(text)
        urgent = [translate(RULES, q.advice) for q in result.blocking if q.urgent]
        self.urgent_box.set_lines(urgent)
