"""A quick 0–10 rating on the numeric rating scale, one click or one key press, always skippable.

Tension by default; the same widget asks pain (desktop.model.pain_scale.PAIN_SCALE). Its anchors,
tooltips and accessible names come from the scale, whose words and source live in pain_scale.

Signals:
    rated(int): the person chose a value from 0 (no tension) to 10 (the worst). Typing "1" then "0"
        emits it twice, 1 then 10: the later value replaces the earlier.
    skipped(): the person chose not to rate (Skip button or Esc).

Keys: 0–9 rate at once, and "1" then "0" within a second rates 10 (like type-ahead in a list);
Left/Right/Home/End move along the scale and Enter picks; Esc skips.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.model.i18n import translate
from desktop.model.pain_scale import NRS_MAX, NRS_MIN, TENSION_SCALE, Measure, Scale
from desktop.model.session_questions import BEFORE_RATING
from desktop.ui import layouts

DEFAULT_TITLE = BEFORE_RATING[1]  # TENSION_SCALE.question, in English: translated where shown
SCALE_WORDS = "pain_scale"  # the context of desktop.model.pain_scale's own words (anchors, tooltips)
SCALE = range(NRS_MIN, NRS_MAX + 1)
TYPE_AHEAD_S = 1.0
"""How soon a "0" must follow a "1" to make 10."""


class DigitTypeAhead:
    """Digit keys to ratings: each digit rates at once (no waiting to see whether more follow), and a "0"
    within TYPE_AHEAD_S of a "1" corrects that 1 to 10, so the whole scale is on the keyboard.

    `clock` gives monotonic seconds (injectable, so tests need not sleep).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, window_s: float = TYPE_AHEAD_S) -> None:
        self.clock = clock
        self.window_s = window_s
        self._one_at: float | None = None  # when a "1" that a "0" may still turn into 10 was typed

    def feed(self, digit: int) -> tuple[int, bool]:
        """The rating `digit` gives, and whether it corrects the one just given (1 → 10)."""
        now = self.clock()
        pending, self._one_at = self._one_at, (now if digit == 1 else None)
        if digit == 0 and pending is not None and now - pending <= self.window_s:
            return 10, True
        return digit, False

    def reset(self) -> None:
        """Forget a pending "1" (another way of rating came in between)."""
        self._one_at = None

    @property
    def pending(self) -> bool:
        """A "1" was just typed and a "0" could still make it 10."""
        return self._one_at is not None and self.clock() - self._one_at <= self.window_s


def _tint(value: int) -> QColor:
    """Calm green at 0 through amber to a warm red at 10: light enough for dark digits to stay readable."""
    hue = round(140 - 130 * value / 10)
    return QColor.fromHsl(hue, 150, 215)


class TensionRating(QWidget):
    """Title, eleven buttons 0..10 with the scale's anchors under the ends, and (`skippable`) Skip."""

    rated = Signal(int)
    skipped = Signal()

    def __init__(
        self,
        title: str | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        scale: Scale = TENSION_SCALE,
        skippable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.scale = scale
        self._digits = DigitTypeAhead(clock)
        self._title = QLabel(translate(SCALE_WORDS, DEFAULT_TITLE) if title is None else title)
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self._title.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        self._buttons: list[QPushButton] = []
        scale_row = layouts.row(layout)
        scale_row.setSpacing(6)
        for value in SCALE:
            button = QPushButton(str(value))
            button.setObjectName(f"rate{value}")
            button.setMinimumSize(40, 40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self._value_name(value))
            button.setToolTip(translate(SCALE_WORDS, scale.describe(value)))
            button.setStyleSheet(self._style(value))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, v=value: self._rate(v))
            button.installEventFilter(self)
            scale_row.addWidget(button)
            self._buttons.append(button)

        anchors = layouts.row(layout)
        none = QLabel(translate(SCALE_WORDS, scale.low_anchor))
        worst = QLabel(translate(SCALE_WORDS, scale.high_anchor))
        none.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        worst.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        anchors.addWidget(none)
        anchors.addStretch(1)
        anchors.addWidget(worst)

        self._skip = QPushButton(translate("rating", "Skip"), self)
        self._skip.setObjectName("rateSkip")
        self._skip.setToolTip(translate("rating", "Don't rate this time (Esc)"))
        self._skip.setAutoDefault(False)
        self._skip.clicked.connect(self._skip_now)
        self._skip.installEventFilter(self)
        if skippable:
            skip_row = layouts.row(layout)
            skip_row.addWidget(
                QLabel(translate("rating", "Press a number key (1 then 0 for 10), or Esc to skip."))
            )
            skip_row.addStretch(1)
            skip_row.addWidget(self._skip)
        else:
            self._skip.hide()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._buttons[0])

    def _value_name(self, value: int) -> str:
        """A button's accessible name: the measure and the value, as a sentence of its own."""
        if self.scale.measure is Measure.PAIN:
            return translate("rating", "Pain {value} out of {max}").format(value=value, max=NRS_MAX)
        return translate("rating", "Tension {value} out of {max}").format(value=value, max=NRS_MAX)

    # ---- public --------------------------------------------------------------------------------

    def title(self) -> str:
        return self._title.text()

    def set_title(self, text: str) -> None:
        self._title.setText(text)

    def button(self, value: int) -> QPushButton:
        """The button for `value` (0..10); for tests and for focusing a suggested value."""
        return self._buttons[value]

    def skip_button(self) -> QPushButton:
        return self._skip

    def focus_value(self, value: int) -> None:
        """Put keyboard focus on `value`, e.g. the "before" rating when asking for "after"."""
        self._buttons[max(0, min(10, value))].setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._key(event):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        """Handle one key press; True when it was ours."""
        key = event.key()
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.rated.emit(self._digits.feed(int(text))[0])
            return True
        if key == Qt.Key.Key_Escape:
            self._skip_now()
            return True
        focused = self._focused_value()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            current = 0 if focused is None else focused
            target = {
                Qt.Key.Key_Left: current - 1,
                Qt.Key.Key_Right: current + 1,
                Qt.Key.Key_Home: 0,
                Qt.Key.Key_End: 10,
            }[Qt.Key(key)]
            self.focus_value(target)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if focused is not None:
                self._rate(focused)
                return True
            if self._skip.hasFocus():
                self._skip_now()
                return True
        return False

    def may_become_ten(self) -> bool:
        """The rating just given is a typed "1" that a "0" within TYPE_AHEAD_S turns into 10: a dialog
        that closes on a rating waits that long before closing."""
        return self._digits.pending

    def _skip_now(self) -> None:
        self._digits.reset()
        self.skipped.emit()

    def _rate(self, value: int) -> None:
        """A click or Enter: a "0" typed next is a 0, not a correction to 10."""
        self._digits.reset()
        self.rated.emit(value)

    def _focused_value(self) -> int | None:
        for value, button in enumerate(self._buttons):
            if button.hasFocus():
                return value
        return None

    # ---- looks ---------------------------------------------------------------------------------

    @staticmethod
    def _style(value: int) -> str:
        fill = _tint(value)
        return (
            f"QPushButton {{ background: {fill.name()}; color: #1d1d1d; font-weight: bold;"
            f" border: 1px solid {fill.darker(135).name()}; border-radius: 6px; }}"
            f" QPushButton:hover {{ background: {fill.darker(112).name()}; }}"
            f" QPushButton:pressed {{ background: {fill.darker(130).name()}; }}"
            " QPushButton:focus { border: 3px solid #1f5fa8; }"
        )
