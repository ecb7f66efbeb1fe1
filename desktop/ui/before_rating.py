"""The before-session question: tension, as always one click, and pain apart from it, optional.

Pain is asked on the standard 0–10 numeric rating scale (desktop.model.pain_scale.PAIN_SCALE, cited
there) and only selects a value; the tension click closes the dialog as before, so the first session
takes no more actions than without pain (README "First session"). The stored pain before a session is
the baseline the next-morning check compares with (desktop.model.next_morning).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from desktop.model.pain_scale import PAIN_SCALE, Ratings
from desktop.model.session_presenter import shown
from desktop.model.session_questions import BEFORE_PAIN, pain_picked
from desktop.ui.dialogs import RatingDialog
from desktop.ui.rating import TensionRating

MIN_WIDTH = 620
CHECKED_QSS = " QPushButton:checked { border: 3px solid #1d1d1d; font-weight: 800; }"


class BeforeRatingDialog(RatingDialog):
    """RatingDialog with an optional pain row above the tension row. After exec(): `ratings()`."""

    def __init__(
        self, title: str, heading: str, parent: QWidget | None = None, *, clock=time.monotonic
    ) -> None:
        super().__init__(title, heading, parent, clock=clock)
        self.pain: int | None = None
        self.pain_rating = TensionRating(
            shown(BEFORE_PAIN), self, clock=clock, scale=PAIN_SCALE, skippable=False
        )
        self.pain_rating.setObjectName("painBefore")
        for value in range(11):
            button = self.pain_rating.button(value)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setStyleSheet(button.styleSheet() + CHECKED_QSS)
        self.pain_rating.rated.connect(self._pick_pain)
        self.pain_rating.skipped.connect(self.reject)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        layout = self.layout()
        layout.insertWidget(0, self.pain_rating)
        layout.insertWidget(1, rule)
        self.pain_note = QLabel("", self)
        self.pain_note.setObjectName("painChosen")
        layout.insertWidget(2, self.pain_note)
        self.pain_note.hide()
        self.setMinimumWidth(MIN_WIDTH)  # the two questions wrap onto few lines
        # digits rate tension, as before: focus starts on the tension row
        self.rating.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setTabOrder(self.rating.button(10), self.pain_rating.button(0))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.rating.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick_pain(self, value: int) -> None:
        self.pain = value
        self.pain_rating.button(value).setChecked(True)
        self.pain_note.setText(pain_picked(value))
        self.pain_note.show()
        self.adjustSize()  # room for the note: nothing below it is squeezed

    def ratings(self) -> Ratings | None:
        """Pain and tension as given (Skip keeps a pain number already picked); None when neither."""
        if self.pain is None and self.value is None:
            return None
        return Ratings(pain=self.pain, tension=self.value)
