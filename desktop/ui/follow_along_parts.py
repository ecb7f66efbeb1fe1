"""Building blocks of the follow-along screen: its colours, its size unit and text that shrinks to fit.

Every size derives from one unit (a hundredth of the usable screen height, see `unit_for`), so the same
screen reads the same from two metres on a 1366×768 laptop and on a 4K television.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui import style
from desktop.ui.follow_along_text import Tone

# ---- colours: light text on a near-black background (contrast ≥ 7:1 for every text colour) ----
BG = "#0e1316"
PANEL = "#182126"
TEXT = "#f4f4f2"
BODY = "#dde3e6"  # instructions: a step below the white of what must be read from afar
MUTED = "#b4c0c6"
CAUTION = "#ffd27a"
TONES = {Tone.ACTIVE: "#8cc3dd", Tone.WAITING: "#ffd27a", Tone.READY: "#a5e6a5", Tone.SWITCH: "#ffb38f"}
SIDE_BADGE = TONES[Tone.ACTIVE]  # the foot in play, on a light badge with dark text
BANNER_BG = style.ACCENT
DIAGRAM_BG = "#faf9f6"  # the drawing keeps its own light paper; its caption is dark on it
DIAGRAM_TEXT = "#1d2a30"
HURTS = "#ff8a80"

Paragraph = tuple[str, str, bool]  # text, colour, bold


def unit_for(width: int, height: int) -> float:
    """One hundredth of the screen height, or of the height a 16:9 screen of this width would have
    (whichever is smaller), so a narrow window never gets text wider than itself."""
    return max(3.0, min(height, width * 9 / 16) / 100)


def tabular(font: QFont) -> QFont:
    """Digits of equal width, so a ticking countdown never shifts sideways."""
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


class FitText(QWidget):
    """Word-wrapped paragraphs drawn at the largest pixel size (within a range) that fits the widget.

    Never clipped while the smallest size fits; `fits()` says whether it does (tests and screenshots
    check it). `needed_height(width)` is the height at the largest size, for the column layout.
    """

    def __init__(
        self,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        max_lines: int = 0,
        tabular_digits: bool = False,
        template: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paragraphs: list[Paragraph] = []
        self._bold = bold
        self._align = align
        self._max_lines = max_lines
        self._tabular = tabular_digits
        self._template = template  # measured instead of a shorter text, so the size never jumps
        self._max_px = 24
        self._min_px = 10
        self._colour = TEXT
        self._px = self._max_px
        self._fits = True
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    # ---- content ---------------------------------------------------------------------------------

    def set_text(self, text: str, colour: str | None = None) -> None:
        if colour is not None:
            self._colour = colour
        self.set_paragraphs([(text, self._colour, self._bold)] if text else [])

    def set_paragraphs(self, paragraphs: Sequence[Paragraph]) -> None:
        paragraphs = [p for p in paragraphs if p[0]]
        if paragraphs != self._paragraphs:
            self._paragraphs = list(paragraphs)
            self.setAccessibleDescription(self.text())
            self._refit()
            self.updateGeometry()

    def text(self) -> str:
        return "\n".join(p[0] for p in self._paragraphs)

    def set_px_range(self, max_px: float, min_px: float) -> None:
        max_px, min_px = max(1, round(max_px)), max(1, round(min_px))
        if (max_px, min_px) != (self._max_px, self._min_px):
            self._max_px, self._min_px = max_px, min(min_px, max_px)
            self._refit()
            self.updateGeometry()

    def font_px(self) -> int:
        return self._px

    def fits(self) -> bool:
        return self._fits

    # ---- measuring -------------------------------------------------------------------------------

    def font_at(self, px: int, bold: bool | None = None) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(self._bold if bold is None else bold)
        return tabular(font) if self._tabular else font

    def _measure(self, px: int, width: float) -> tuple[float, bool]:
        """Height of the text at `px` in `width`, and whether every line fits the width and line limit."""
        flags = int(self._align) | int(Qt.TextFlag.TextWordWrap)
        total, ok = 0.0, True
        lines = 0
        texts = self._paragraphs or []
        if self._template and len(texts) == 1 and len(self._template) >= len(texts[0][0]):
            texts = [(self._template, texts[0][1], texts[0][2])]
        for number, (text, _colour, bold) in enumerate(texts):
            metrics = QFontMetricsF(self.font_at(px, bold))
            rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
            ok = ok and rect.width() <= width + 0.5
            lines += round(rect.height() / metrics.lineSpacing())
            total += rect.height() + (metrics.lineSpacing() * 0.45 if number else 0.0)
        if self._max_lines and lines > self._max_lines:
            ok = False
        return total, ok

    def needed_height(self, width: float) -> int:
        """The height this text wants at `width`: at the largest size that respects the line limit."""
        if not self._paragraphs:
            return 0
        px = self._largest(width, 1e9)
        return int(self._measure(px, width)[0]) + 2

    def height_at(self, px: int, width: float) -> int:
        """The height the text needs at `px` (0 when empty)."""
        return int(self._measure(px, width)[0]) + 2 if self._paragraphs else 0

    def _largest(self, width: float, height: float) -> int:
        """The largest pixel size in range whose text fits `width`×`height` (the smallest if none does)."""
        lo, hi = self._min_px, self._max_px
        if self._fits_at(hi, width, height):
            return hi
        while lo < hi:  # invariant: sizes above hi do not fit
            mid = (lo + hi + 1) // 2
            if self._fits_at(mid, width, height):
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _fits_at(self, px: int, width: float, height: float) -> bool:
        needed, ok = self._measure(px, width)
        return ok and needed <= height + 0.5

    def _refit(self) -> None:
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0 or not self._paragraphs:
            self._px, self._fits = self._max_px, True
        else:
            self._px = self._largest(width, height)
            self._fits = self._fits_at(self._px, width, height)
        self.update()

    # ---- Qt --------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def sizeHint(self) -> QSize:
        return QSize(200, self.needed_height(200) or 10)

    def hasHeightForWidth(self) -> bool:
        return self.sizePolicy().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.needed_height(width)

    def follow_layout_width(self) -> None:
        """In a box layout: take the width given and ask for the height the words need at that width."""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        flags = int(self._align) | int(Qt.TextFlag.TextWordWrap)
        y = 0.0
        for number, (text, colour, bold) in enumerate(self._paragraphs):
            font = self.font_at(self._px, bold)
            metrics = QFontMetricsF(font)
            if number:
                y += metrics.lineSpacing() * 0.45
            rect = metrics.boundingRect(QRectF(0, 0, self.width(), 1e6), flags, text)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(0, y, self.width(), rect.height() + 1), flags, text)
            y += rect.height()
        painter.end()


def speech_option_state(speech: object) -> tuple[bool, str]:
    """(enabled, tooltip) for a "Read cues aloud" option: greyed out, saying why, when no engine works.

    Takes a desktop.qt.speech.SpeechCues (anything with `available` and `unavailable_reason`).
    """
    available = bool(getattr(speech, "available", False))
    if available:
        return True, "Read each step's cue aloud"
    reason = str(getattr(speech, "unavailable_reason", "") or "Speech is not available on this system")
    return False, reason
