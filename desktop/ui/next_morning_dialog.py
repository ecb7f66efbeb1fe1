"""The next-morning question, and the lighter session it may offer (the rule: desktop.model.next_morning).

One question, better / same / worse, plus the 0–10 pain rating with the standard scale's anchors
(desktop.model.pain_scale). After "Check", the dialog shows what the answer means for today's session
and why; when it is lighter, the person chooses between the lighter and the usual session.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model import next_morning
from desktop.model.i18n import translate
from desktop.model.next_morning import DoseOffer, Feel, MorningAnswer
from desktop.model.pain_scale import NRS_MAX, NRS_MIN, PAIN_SCALE
from desktop.qt.screens import resize_to_fit
from desktop.ui import layouts, style

RULES = "next_morning"  # the context of desktop.model.next_morning's own words
SCALE_WORDS = "pain_scale"  # and of desktop.model.pain_scale's


class NextMorningDialog(QDialog):
    """`answer` and `offer` once checked; `use_lighter` True when the person took the lighter session."""

    WIDTH = 640  # the eleven pain buttons and their anchors in one row, at the default text size

    def __init__(
        self,
        session_id: int,
        parent: QWidget | None = None,
        *,
        pain_before: int | None = None,
        hurt_step_id: str | None = None,
        hurt_step_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("next_morning_dialog", "This morning"))
        self._session_id = session_id
        self._pain_before = pain_before
        self._hurt_step_id = hurt_step_id
        self.answer: MorningAnswer | None = None
        self.offer: DoseOffer | None = None
        self.use_lighter = False
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        root.setSpacing(style.SPACING)
        question = QLabel(next_morning.question())
        question.setWordWrap(True)
        question.setFont(style.scaled_font(question.font(), style.HEADING_SCALE, bold=True))
        root.addWidget(question)
        feel_row = layouts.row(root)
        self.feel_group = QButtonGroup(self)
        self.feel_buttons: dict[Feel, QRadioButton] = {}
        for feel in Feel:
            button = QRadioButton(next_morning.feel_label(feel))
            self.feel_group.addButton(button)
            feel_row.addWidget(button)
            self.feel_buttons[feel] = button
        feel_row.addStretch(1)
        pain = QLabel(translate(SCALE_WORDS, PAIN_SCALE.question))
        pain.setWordWrap(True)
        root.addWidget(pain)
        scale = layouts.row(root)
        self.pain_group = QButtonGroup(self)
        self.pain_buttons: list[QPushButton] = []
        for value in range(NRS_MIN, NRS_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFixedWidth(40)
            button.setAccessibleName(
                translate("next_morning_dialog", "Pain {value} of {max}").format(value=value, max=NRS_MAX)
            )
            self.pain_group.addButton(button, value)
            scale.addWidget(button)
            self.pain_buttons.append(button)
        scale.addStretch(1)
        anchors = layouts.row(root)
        anchors.addWidget(QLabel(translate(SCALE_WORDS, PAIN_SCALE.low_anchor)))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(translate(SCALE_WORDS, PAIN_SCALE.high_anchor)))
        if hurt_step_title:
            note = QLabel(
                translate(
                    "next_morning_dialog", "Yesterday's session was stopped at “{step}” because it hurt."
                ).format(step=hurt_step_title)
            )
            note.setWordWrap(True)
            root.addWidget(note)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(translate("next_morning_dialog", "What this means for today"))
        root.addWidget(self.reason)
        root.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.check_button = QPushButton(translate("next_morning_dialog", "Check"))
        self.lighter_button = QPushButton(translate("next_morning_dialog", "Use the lighter session"))
        self.usual_button = QPushButton(translate("next_morning_dialog", "Keep the usual session"))
        self.skip_button = QPushButton(translate("next_morning_dialog", "Skip"))
        for button in (self.check_button, self.lighter_button, self.usual_button, self.skip_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.lighter_button.hide()
        self.usual_button.hide()
        self.check_button.clicked.connect(self._check)
        self.lighter_button.clicked.connect(lambda: self._finish(True))
        self.usual_button.clicked.connect(lambda: self._finish(False))
        self.skip_button.clicked.connect(self.reject)
        self.feel_group.buttonToggled.connect(lambda *_: self._enable())
        root.addWidget(self.buttons)
        self._enable()
        self._fit_content()

    def _fit_content(self) -> None:
        """As tall as what it shows (the answer's reason comes after Check), as wide as WIDTH, and never
        larger than the screen: a fixed height left an empty half-window above the buttons."""
        root = self.layout()
        height = (
            root.totalHeightForWidth(self.WIDTH) if root.hasHeightForWidth() else root.sizeHint().height()
        )
        resize_to_fit(self, (self.WIDTH, max(height, root.totalMinimumSize().height())), self.parentWidget())

    def choose(self, feel: Feel | str, pain: int | None = None) -> None:
        """Answer as a person would: tick a feeling and press a pain number."""
        self.feel_buttons[Feel(feel)].setChecked(True)
        if pain is not None:
            self.pain_buttons[pain].setChecked(True)

    def _enable(self) -> None:
        self.check_button.setEnabled(self.feel_group.checkedButton() is not None)

    def _check(self) -> None:
        feel = next((f for f, b in self.feel_buttons.items() if b.isChecked()), None)
        if feel is None:
            return
        pain = self.pain_group.checkedId()
        self.answer = MorningAnswer(self._session_id, feel, pain if pain >= 0 else None)
        self.offer = next_morning.offer(self.answer, self._pain_before, self._hurt_step_id)
        self.reason.setText(translate(RULES, self.offer.reason))
        self.check_button.hide()
        self.skip_button.hide()
        if self.offer.lighter:
            self.lighter_button.show()
            self.usual_button.show()
            self.lighter_button.setDefault(True)
        else:
            self.usual_button.setText(translate("next_morning_dialog", "OK"))
            self.usual_button.show()
        self._fit_content()

    def _finish(self, lighter: bool) -> None:
        self.use_lighter = lighter and self.offer is not None and self.offer.lighter
        self.accept()
