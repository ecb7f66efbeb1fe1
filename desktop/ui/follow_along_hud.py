"""The running page of the follow-along screen: the diagram large on the left, the words on the right.

It only places the strings of a SessionText (desktop.model.session_presenter) and sizes them from one unit;
it knows nothing about sessions.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.model.commands import FOLLOW_HINTS, hint_strip
from desktop.model.i18n import translate
from desktop.model.session_text import HudMode, SessionText
from desktop.ui import layouts
from desktop.ui.follow_along_parts import (
    BANNER_BG,
    BG,
    BODY,
    CAUTION,
    DIAGRAM_BG,
    DIAGRAM_TEXT,
    MUTED,
    SIDE_BADGE,
    TEXT,
    TEXT_LABEL,
    TEXT_SMALL,
    TONES,
    FitText,
    css_px,
    rung_px,
    rungs_px,
)

COMFORTABLE_BODY = 2.4
"""Instruction size (a rung, in units) worth shrinking the countdown for: about 18 px on a 768-line screen."""


class HudColumn(QWidget):
    """Title, status (phase), the huge countdown, the cue, the instructions and the "Next" line.

    Laid out by hand in resizeEvent: fixed shares for the glanceable parts, and whatever is left for
    the instructions, which shrink their type to fit rather than being cut off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = FitText(bold=True, max_lines=2, parent=self)
        self.title.setAccessibleName(translate("follow_along_hud", "Step"))
        self.status = FitText(bold=True, max_lines=1, parent=self)
        self.status.setAccessibleName(translate("follow_along_hud", "Phase"))
        self.countdown = FitText(bold=True, max_lines=1, tabular_digits=True, template="00:00", parent=self)
        self.countdown.setAccessibleName(translate("follow_along_hud", "Time left in this step"))
        self.cue = FitText(bold=True, max_lines=3, parent=self)
        self.cue.setAccessibleName(translate("follow_along_hud", "Cue"))
        self.instructions = FitText(parent=self)
        self.instructions.setAccessibleName(translate("follow_along_hud", "Instructions"))
        self.next_line = FitText(bold=True, max_lines=2, parent=self)
        self.next_line.setAccessibleName(translate("follow_along_hud", "Up next"))
        self._banner = QFrame(self)  # behind the Next line in the last seconds of an item
        self._banner.lower()
        self._banner.hide()
        self._unit = 8.0
        self._transition = False
        self._emphasis = False  # the side switch: its headline is the biggest words on screen
        self._shown: tuple[object, ...] = ()

    def apply_unit(self, unit: float) -> None:
        self._unit = unit
        self.title.set_sizes(rungs_px(unit, 3.4, TEXT_LABEL))
        self.status.set_sizes(rungs_px(unit, 4.8, 2.8))
        self.countdown.set_px_range(unit * 26, unit * 8)
        self.cue.set_sizes(rungs_px(unit, 6.5 if self._emphasis else 4.8, 2.8))
        self.instructions.set_sizes(rungs_px(unit, TEXT_LABEL, 1.7))
        self.next_line.set_sizes(rungs_px(unit, 3.4, TEXT_LABEL))
        self._banner.setStyleSheet(f"background: {BANNER_BG}; border-radius: {round(unit * 1.2)}px;")
        self._layout()

    @property
    def transition_shown(self) -> bool:
        """True while the "Next" line stands out (the last seconds of an item)."""
        return self._transition

    def show_text(self, hud: SessionText) -> None:
        emphasis = hud.mode is HudMode.SWITCH
        if emphasis != self._emphasis:
            self._emphasis = emphasis
            self.apply_unit(self._unit)
        self.countdown.set_text(hud.countdown, TEXT)  # the only change of most seconds: no relayout
        words = (hud.title, hud.status, hud.tone, hud.cue, hud.instructions, hud.cautions, hud.next_line)
        if (words, hud.transition) == self._shown:
            return
        self._shown = (words, hud.transition)
        self.title.set_text(hud.title, TEXT)
        self.status.set_text(hud.status, TONES[hud.tone])
        self.cue.set_text(hud.cue, TEXT)
        paragraphs = [(hud.instructions, BODY, False)]
        paragraphs += [(f"⚠ {c}", CAUTION, False) for c in hud.cautions]
        self.instructions.set_paragraphs(paragraphs)
        self.next_line.set_text(hud.next_line, TEXT if hud.transition else MUTED)
        if hud.transition != self._transition:
            self._transition = hud.transition
            self._banner.setVisible(hud.transition)
        self._layout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        width, height, u = self.width(), self.height(), self._unit
        if width <= 0 or height <= 0:
            return
        gap = round(u * 1.2)
        pad = round(u * 1.2)  # inside the Next banner
        title_h = self.title.needed_height(width)
        status_h = self.status.needed_height(width)
        cue_h = self.cue.needed_height(width)
        next_h = self.next_line.needed_height(width - 2 * pad)
        others = title_h + status_h + cue_h + next_h + 2 * pad + 5 * gap
        # The countdown takes 27 % of the column's height, or 20 % when long instructions would
        # otherwise shrink below a comfortable reading size.
        # Only those two heights, so a session draws the countdown at two sizes at most (each size is a
        # font engine in Qt's cache, issue 19), not one per length of the steps' instructions.
        count_max = min(round(height * 0.27), self.countdown.needed_height(width))
        count_min = min(count_max, round(height * 0.2))
        wanted = self.instructions.height_at(rung_px(u, COMFORTABLE_BODY), width)
        count_h = count_max if height - others - wanted >= count_max else count_min
        rest = max(round(u * 6), height - others - count_h)
        y = 0
        for widget, h in (
            (self.title, title_h),
            (self.status, status_h),
            (self.countdown, count_h),
            (self.cue, cue_h),
            (self.instructions, rest),
        ):
            widget.setGeometry(0, y, width, h)
            y += h + gap
        self._banner.setGeometry(0, y, width, next_h + 2 * pad)
        self.next_line.setGeometry(pad, y + pad, width - 2 * pad, next_h)


class HudPage(QWidget):
    """Top bar (side, position, time left), a thin progress bar, diagram + column, and the key hints."""

    def __init__(self, diagram: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side_label = QLabel()
        self.side_label.setAccessibleName(translate("follow_along_hud", "Foot"))
        self.position_label = QLabel()
        self.total_label = QLabel()
        self.total_label.setAccessibleName(translate("follow_along_hud", "Time left in the routine"))
        for label in (self.side_label, self.position_label, self.total_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # a long routine title is cut at the right rather than pushing the time left off the screen
        self.position_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        root = QVBoxLayout(self)
        self._root = root
        top = layouts.row(root)
        top.addWidget(self.side_label)
        top.addWidget(self.position_label, 1)
        top.addWidget(self.total_label)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("follow_along_hud", "Routine progress"))
        root.addWidget(self.progress)

        self.diagram_frame = QFrame()
        self.diagram_frame.setObjectName("diagramFrame")
        frame_layout = QVBoxLayout(self.diagram_frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        self.zone_caption = QLabel()  # the zones being worked, named on the drawing itself
        self.zone_caption.setAccessibleName(translate("follow_along_hud", "Zone"))
        self.zone_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_caption.setWordWrap(True)
        frame_layout.addWidget(self.zone_caption)
        frame_layout.addWidget(diagram, 1)
        self._frame_layout = frame_layout
        self.column = HudColumn()
        body = layouts.row(root, 1)
        body.addWidget(self.diagram_frame, 1)  # the drawing is tall and narrow: half the width is plenty
        body.addWidget(self.column, 1)
        self._body = body

        self.hints = QLabel(hint_strip(FOLLOW_HINTS))  # the dock: the controls bar covers it when it appears
        self.hints.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hints.setAccessibleName(translate("follow_along_hud", "Keys"))
        self.hints.setWordWrap(True)
        root.addWidget(self.hints)
        # Sized by the window's apply_unit for its screen, before it is first shown: a stand-in unit here
        # would load font engines of sizes never drawn (issue 19).

    def apply_unit(self, unit: float) -> None:
        margin = round(unit * 2.2)
        self._root.setContentsMargins(margin, round(unit * 1.4), margin, round(unit * 1.0))
        self._root.setSpacing(round(unit * 1.2))
        self._body.setSpacing(round(unit * 3))
        top_px = css_px(unit, TEXT_LABEL)
        self.side_label.setStyleSheet(
            f"color: {BG}; background: {SIDE_BADGE}; border-radius: {round(unit * 1.6)}px;"
            f" padding: {round(unit * 0.4)}px {round(unit * 1.4)}px;"
            f" font-size: {top_px}px; font-weight: bold;"
        )
        self.position_label.setStyleSheet(
            f"color: {MUTED}; font-size: {top_px}px; padding-left: {round(unit * 1.5)}px;"
        )
        self.total_label.setStyleSheet(f"color: {MUTED}; font-size: {top_px}px;")
        self.progress.setFixedHeight(max(4, round(unit * 0.9)))
        self.progress.setStyleSheet(
            f"QProgressBar {{ background: #2a363d; border: none; border-radius: {round(unit * 0.45)}px; }}"
            f" QProgressBar::chunk {{ background: {SIDE_BADGE}; border-radius: {round(unit * 0.45)}px; }}"
        )
        self.diagram_frame.setStyleSheet(
            f"QFrame#diagramFrame {{ background: {DIAGRAM_BG}; border-radius: {round(unit * 1.5)}px; }}"
        )
        self._frame_layout.setContentsMargins(round(unit * 1.5), round(unit * 1.2), round(unit * 1.5), 0)
        self.zone_caption.setStyleSheet(
            f"color: {DIAGRAM_TEXT}; background: transparent; font-size: {top_px}px; font-weight: bold;"
        )
        self.hints.setStyleSheet(f"color: {MUTED}; font-size: {css_px(unit, TEXT_SMALL)}px;")
        self.column.apply_unit(unit)

    def set_dock_height(self, height: int, *, reserved_right: int = 0) -> None:
        """Reserve the bottom strip the controls bar appears in, so it never covers the words; the key
        hints keep clear of the `reserved_right` pixels that "Stop — this hurts" stands in."""
        self.hints.setFixedHeight(height)
        self.hints.setContentsMargins(reserved_right, 0, reserved_right, 0)  # still centred

    def set_hints_covered(self, covered: bool) -> None:
        """The controls bar is up over the hints: blank them rather than let their ends peek out."""
        self.hints.setText("" if covered else hint_strip(FOLLOW_HINTS))

    def dock_geometry(self) -> QRect:
        """Where the controls bar goes, in this page's coordinates."""
        return self.hints.geometry()

    def show_text(self, hud: SessionText) -> None:
        self.zone_caption.setText(hud.zone_caption)
        self.side_label.setText(hud.side)
        self.position_label.setText(hud.position)
        self.total_label.setText(hud.total_left)
        self.progress.setValue(round(1000 * hud.progress))
        self.progress.setAccessibleDescription(hud.total_left)
        self.column.show_text(hud)
