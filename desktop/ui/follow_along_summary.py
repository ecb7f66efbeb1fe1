"""The end page of the follow-along screen: how the session went, advice after a stop for pain, and the
after-session tension rating (desktop.ui.rating.TensionRating, when that widget is available), with
optional "felt tight here" zone toggles above it: tap the zones first, then a rating (click or digit key)
answers both at once. Nothing on the page takes keyboard focus, so digits rate and Esc skips.
"1" then "0" within a second rates 10: the 1 counts at once and the 0 corrects it.

Signals:
    rated(int): the tension rating 0..10 the person gave after the session (emitted again, with 10,
        when a "0" corrects the "1" that answered).
    recorded(object): right after `rated`, an AfterSession(rating, tight_zones, note="") with the toggled
        zone ids in the order shown. Not emitted on skip: skipping keeps nothing.
    rating_skipped(): the person chose not to rate.
    again_clicked(): "Start again".
    leave_clicked(): "Leave".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.model.commands import SUMMARY_HINTS, command, hint_strip, tooltip
from desktop.model.i18n import translate
from desktop.model.safety import PAIN_RECORDED
from desktop.model.session_outcome import AfterSession, grid_cell
from desktop.model.session_presenter import shown
from desktop.model.session_questions import TIGHT_TAP_TITLE, after_rating_question, rated_thanks
from desktop.model.session_text import SummaryText, Tone
from desktop.ui import layouts
from desktop.ui.follow_along_controls import hud_button
from desktop.ui.follow_along_parts import (
    HURTS,
    MUTED,
    PANEL,
    TEXT,
    TEXT_LABEL,
    TEXT_SMALL,
    TONES,
    FitText,
    css_px,
    rungs_px,
)

try:  # built by another part of the app; the summary works without it
    from desktop.ui.rating import DigitTypeAhead, TensionRating
except ImportError:  # pragma: no cover - only when the rating widget is missing
    DigitTypeAhead = TensionRating = None  # type: ignore[assignment,misc]

TIGHT_ON = TONES[Tone.WAITING]  # a toggled zone: dark text on amber, unmistakable from across the room


class SummaryPage(QWidget):
    rated = Signal(int)
    recorded = Signal(object)
    rating_skipped = Signal()
    again_clicked = Signal()
    leave_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._digits = DigitTypeAhead(clock) if DigitTypeAhead is not None else None
        self._answer: int | None = None
        self.headline = FitText(bold=True, max_lines=2, align=Qt.AlignmentFlag.AlignCenter)
        self.headline.setAccessibleName(translate("follow_along_summary", "Result"))
        self.stats = FitText(max_lines=3, align=Qt.AlignmentFlag.AlignCenter)
        self.stats.setAccessibleName(translate("follow_along_summary", "Summary"))
        self.headline.follow_layout_width()
        self.stats.follow_layout_width()

        self.advice_box = QFrame()
        self.advice_box.setObjectName("adviceBox")
        advice_layout = QVBoxLayout(self.advice_box)
        self.advice = FitText()
        self.advice.setAccessibleName(translate("follow_along_summary", "What to do about the pain"))
        self.advice.follow_layout_width()
        advice_layout.addWidget(self.advice)

        self.rating = TensionRating(after_rating_question()) if TensionRating is not None else None
        if self.rating is not None:
            self.rating.setObjectName("afterRating")
            for value in range(11):  # the window's digit keys rate; buttons must not steal Space/Esc
                self.rating.button(value).setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.rating.skip_button().setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.rating.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.rating.rated.connect(self._on_rated)
            self.rating.skipped.connect(self._on_skipped)
        self.tight_box = QWidget()
        self.tight_box.setObjectName("tightZones")
        tight_layout = QVBoxLayout(self.tight_box)
        if self.rating is not None:  # line up with the rating's title and buttons
            tight_layout.setContentsMargins(self.rating.layout().contentsMargins())
        self.tight_title = QLabel(shown(TIGHT_TAP_TITLE))
        self.tight_title.setWordWrap(True)
        tight_layout.addWidget(self.tight_title)
        self._tight_grid = layouts.grid(tight_layout)
        self.tight_box.hide()
        self.zone_buttons: dict[str, QPushButton] = {}
        self.thanks = QLabel()
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.hide()

        again_key, leave_key = command("restart").key_text, command("leave").key_text
        self.again_button = hud_button(
            translate("follow_along_summary", "↺ Start again ({key})").format(key=again_key),
            tooltip("restart", translate("follow_along_summary", "Start the routine again")),
        )
        self.leave_button = hud_button(
            translate("follow_along_summary", "✕ Leave ({key})").format(key=leave_key),
            tooltip("leave", translate("follow_along_summary", "Leave full screen")),
        )
        self.again_button.clicked.connect(self.again_clicked)
        self.leave_button.clicked.connect(self.leave_clicked)
        self.hints = QLabel(hint_strip(SUMMARY_HINTS))
        self.hints.setAlignment(Qt.AlignmentFlag.AlignCenter)

        root = QHBoxLayout(self)
        root.addStretch(1)
        inner = layouts.column(root, 8)
        root.addStretch(1)
        inner.addStretch(1)
        inner.addWidget(self.headline)
        inner.addWidget(self.stats)
        inner.addWidget(self.advice_box)
        if self.rating is not None:
            inner.addWidget(self.tight_box)
            inner.addWidget(self.rating)
        inner.addWidget(self.thanks)
        buttons = layouts.row(inner)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        inner.addStretch(1)
        inner.addWidget(self.hints)
        self._inner = inner
        self._root = root
        self._unit = 8.0
        self._rating_open = False

    @property
    def rating_open(self) -> bool:
        """True while the after-session rating waits for an answer."""
        return self._rating_open

    @property
    def tight_zones(self) -> tuple[str, ...]:
        """Zone ids toggled as tight, in the order shown."""
        return tuple(z for z, b in self.zone_buttons.items() if b.isChecked())

    def show_summary(
        self, text: SummaryText, zones: Sequence[tuple[str, str]] = (), *, rate: bool = True
    ) -> None:
        """Show how the session went; `zones` are (id, plain name) of the zones worked, offered as toggles.
        Without `rate` (after a stop for pain, once its advice was read): no rating, no zones, no advice."""
        self.headline.set_text(text.headline, HURTS if text.advice else TEXT)
        self.stats.set_text(text.stats, MUTED)
        self.advice_box.setVisible(bool(text.advice) and rate)
        self.advice.set_paragraphs(
            [(f"⚠ {text.advice_title}", HURTS, True)]
            + [(p, TEXT, False) for p in text.advice.split("\n\n") if p.strip()]
            if text.advice
            else []
        )
        self._rating_open = self.rating is not None
        self._answer = None
        if self._digits is not None:
            self._digits.reset()
        self._set_zones(zones if self.rating is not None else ())
        if self.rating is not None:
            self.rating.show()
        self.thanks.hide()
        if not rate:
            self._close_rating(translate("safety", PAIN_RECORDED))

    def _set_zones(self, zones: Sequence[tuple[str, str]]) -> None:
        for button in self.zone_buttons.values():
            self._tight_grid.removeWidget(button)
            button.deleteLater()
        self.zone_buttons = {}
        for n, (zone_id, name) in enumerate(zones):
            button = QPushButton(name)
            button.setObjectName(f"tight_{zone_id}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # digits must still rate, Esc still skip
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(translate("follow_along_summary", "Tight: {zone}").format(zone=name))
            self._tight_grid.addWidget(button, *grid_cell(n))
            self.zone_buttons[zone_id] = button
        self.tight_box.setVisible(bool(self.zone_buttons))

    def rate(self, value: int) -> None:
        """Answer the rating; ignored once answered."""
        if self._rating_open and 0 <= value <= 10:
            self._on_rated(value)

    def type_digit(self, digit: int) -> None:
        """A digit key (the window passes them on): rates at once while the rating is open; after that,
        only a "0" straight after the "1" that answered counts, correcting the answer to 10."""
        if self._digits is None:
            return
        if self._rating_open:
            self.rate(self._digits.feed(digit)[0])
        elif digit == 0 and self._answer == 1:
            if self._digits.feed(0)[1]:
                self._on_rated(10)
        else:
            self._digits.reset()

    def skip_rating(self) -> None:
        if self._rating_open:
            self._on_skipped()

    def _on_rated(self, value: int) -> None:
        tight = self.tight_zones
        names = [self.zone_buttons[z].text() for z in tight]
        self._answer = value
        self._close_rating(rated_thanks(value, names))
        self.rated.emit(value)
        self.recorded.emit(AfterSession(value, tight))

    def _on_skipped(self) -> None:
        self._close_rating("")
        self.rating_skipped.emit()

    def _close_rating(self, message: str) -> None:
        self._rating_open = False
        if self.rating is not None:
            self.rating.hide()
        self.tight_box.hide()
        self.thanks.setText(message)
        self.thanks.setVisible(bool(message))

    def apply_unit(self, unit: float) -> None:
        self._unit = unit
        self._inner.setSpacing(round(unit * 2.2))
        self.headline.set_sizes(rungs_px(unit, 6.5, 3.4))
        self.stats.set_sizes(rungs_px(unit, TEXT_LABEL, TEXT_SMALL))
        self.advice.set_sizes(rungs_px(unit, TEXT_LABEL, 1.7))
        body_px = css_px(unit, TEXT_LABEL)
        self.advice_box.setStyleSheet(
            f"QFrame#adviceBox {{ background: {PANEL}; border: 2px solid {HURTS};"
            f" border-left: {round(unit)}px solid {HURTS}; border-radius: {round(unit)}px; }}"
        )
        self.advice_box.layout().setContentsMargins(*(round(unit * 1.6),) * 4)
        if self.rating is not None:
            self.rating.setStyleSheet(
                f"#afterRating QLabel {{ color: {TEXT}; font-size: {body_px}px; }}"
                f" #afterRating QPushButton {{ font-size: {body_px}px; min-height: {round(unit * 6)}px;"
                f" padding: {round(unit * 0.5)}px {round(unit)}px; }}"
                f" #afterRating QPushButton#rateSkip {{ color: {TEXT}; background: #26343c;"
                f" border: 2px solid #4b5f69; border-radius: {round(unit * 0.9)}px; }}"
            )
        self.thanks.setStyleSheet(f"color: {TEXT}; font-size: {body_px}px;")
        zone_px = css_px(unit, TEXT_SMALL)
        self.tight_box.setStyleSheet(
            f"#tightZones QLabel {{ color: {TEXT}; font-size: {body_px}px; font-weight: bold; }}"
            f" #tightZones QPushButton {{ color: {TEXT}; background: #26343c; border: 2px solid #4b5f69;"
            f" border-radius: {round(unit * 0.9)}px; font-size: {zone_px}px;"
            f" min-height: {round(unit * 3.8)}px; padding: {round(unit * 0.3)}px {round(unit)}px; }}"
            f" #tightZones QPushButton:checked {{ color: #10181c; background: {TIGHT_ON};"
            f" border: 2px solid {TEXT}; font-weight: bold; }}"
        )
        self._tight_grid.setSpacing(round(unit * 0.7))
        self.tight_box.layout().setSpacing(round(unit * 0.7))
        button_qss = (
            f"QPushButton {{ color: {TEXT}; background: #26343c; border: 2px solid #4b5f69;"
            f" border-radius: {round(unit * 0.9)}px; padding: {round(unit * 0.9)}px {round(unit * 2)}px;"
            f" font-size: {body_px}px; font-weight: bold; }} QPushButton:hover {{ background: #31444e; }}"
        )
        self.again_button.setStyleSheet(button_qss)
        self.leave_button.setStyleSheet(button_qss)
        self.hints.setStyleSheet(f"color: {MUTED}; font-size: {css_px(unit, TEXT_SMALL)}px;")
