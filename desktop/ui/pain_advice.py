"""The advice after "Stop — this hurts" (or the same button pressed with no session running).

The advice is the whole first screen, one short paragraph per label, with nothing to rate and no way
to start again on it. Going on is a deliberate second step: "I'm OK — record this session" (the
session was saved as stopped for pain the moment it stopped, so closing this loses nothing).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.model.i18n import translate
from desktop.model.safety import (
    PAIN_CLOSE_BUTTON,
    PAIN_RECORD_BUTTON,
    PAIN_STOP_TITLE,
    pain_stop_paragraphs,
)
from desktop.ui import style

RULES = "safety"  # the context of desktop.model.safety's own words (this advice is all theirs)


class PainAdviceDialog(QDialog):
    """`recording`: a session was stopped (the button records it); else the advice alone."""

    def __init__(self, parent: QWidget | None = None, *, recording: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("painAdvice")
        self.setWindowTitle(translate("safety", PAIN_STOP_TITLE))
        self.setModal(True)
        style.dialog_look(self)
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN * 2, style.MARGIN * 2, style.MARGIN * 2, style.MARGIN)
        root.setSpacing(style.SPACING + 4)
        self.title = QLabel(f"⚠  {translate('safety', PAIN_STOP_TITLE)}")
        self.title.setObjectName("painTitle")
        self.title.setFont(style.scaled_font(self.title.font(), style.HEADING_SCALE, bold=True))
        self.title.setStyleSheet(f"QLabel#painTitle {{ color: {style.DANGER}; }}")
        root.addWidget(self.title)
        box = QFrame()
        box.setObjectName("painBox")
        box.setStyleSheet(style.box_qss("painBox", "danger"))
        paragraphs = QVBoxLayout(box)
        paragraphs.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        paragraphs.setSpacing(style.SPACING + 2)
        self.paragraphs: list[QLabel] = []
        for n, text in enumerate(pain_stop_paragraphs()):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            scale = style.BODY_SCALE * (1.1 if n == 0 else 1.0)
            label.setFont(style.scaled_font(label.font(), scale, bold=n == 0))
            paragraphs.addWidget(label)
            self.paragraphs.append(label)
        root.addWidget(box)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(
            translate("safety", PAIN_RECORD_BUTTON if recording else PAIN_CLOSE_BUTTON)
        )
        self.ok_button.setObjectName("painOk")
        self.ok_button.setStyleSheet(style.PRIMARY_BUTTON_QSS)
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        root.addWidget(buttons)
        self.setMinimumWidth(480)
        self.setMaximumWidth(640)

    def advice_text(self) -> str:
        return "\n\n".join(label.text() for label in self.paragraphs)
