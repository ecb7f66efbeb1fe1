"""Building blocks of the follow-along screen: its colours, its size unit and text that shrinks to fit.

Every size derives from one unit (a hundredth of the usable screen height, see `unit_for`), so the same
screen reads the same from two metres on a 1366×768 laptop and on a 4K television.

Fitted text takes its size from a few rungs shared by every part (`RUNGS`; the countdown from a fine
ladder, `PX_LADDER`), estimated from one reference size and measured only at the size it draws, and only
while shown. Each distinct pixel size and weight loads a font engine into Qt's process-wide font cache,
and past the cache's 4 MB floor (~20 of them in the whole app) a 10 s clean-up timer wakes the process,
paused session or not; a search over every pixel size loaded ~100 of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.model.i18n import translate
from desktop.model.session_text import Tone
from desktop.ui import style

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


def _ladder(start: float, stop: float, ratio: float) -> tuple[int, ...]:
    sizes: list[int] = []
    value = start
    while value <= stop:
        if not sizes or round(value) > sizes[-1]:
            sizes.append(round(value))
        value *= ratio
    return tuple(sizes)


PX_LADDER = _ladder(6, 3000, 1.1)
"""Pixel sizes 10 % apart: the countdown's fitted sizes (it fits its box on this fine ladder; the box
takes one of two heights, see follow_along_hud), the same for every widget and window size."""
RUNGS = (6.5, 4.8, 3.4, 2.8, 2.4, 2.0, 1.7)
"""Every other text size of follow-along, in screen units (px = unit × rung), largest first. Each part
takes the largest of its rungs that fits, so parts share sizes: each distinct (size, weight) loads a
font engine into Qt's process-wide cache, and past ~20 of them in the whole app (the main window
holds 10) its clean-up timer wakes the process every 10 s, paused or not (issue 19). A fine ladder
let each part drift to sizes of its own as the steps' words changed length; these rungs keep a whole
session to about eight pairs. Rungs are 17–30 % apart, so a part that does not fit at its largest
size drops one rung: never below the smallest size its range allowed before (1.7 units)."""
TEXT_SMALL, TEXT_LABEL = 2.0, 2.8
"""The style sheets' text sizes, in screen units (rungs): key hints; every other label and button (top
bar, diagram caption, controls, page buttons and hints). Body text shares TEXT_LABEL at its largest."""


def ladder_px(px: float) -> int:
    """The ladder size nearest to `px` (by ratio, so never more than ~5 % off)."""
    return min(PX_LADDER, key=lambda rung: abs(math.log(rung / max(px, 1.0))))


def rung_px(unit: float, rung: float) -> int:
    """The pixel size of `rung` screen units."""
    return max(1, round(unit * rung))


def rungs_px(unit: float, top: float, bottom: float) -> tuple[int, ...]:
    """The pixel sizes of the rungs from `top` down to `bottom` (screen units, both rungs), largest first."""
    if top not in RUNGS or bottom not in RUNGS:
        raise ValueError(f"{top} and {bottom} must be rungs: {RUNGS}")
    return tuple(dict.fromkeys(rung_px(unit, rung) for rung in RUNGS if bottom <= rung <= top))


def css_px(unit: float, size: float) -> int:
    """A style sheet's font-size in px for `size` screen units (a rung): the size fitted text uses too."""
    if size not in RUNGS:
        raise ValueError(f"{size} is not a rung: {RUNGS}")
    return rung_px(unit, size)


REFERENCE_PX = 100
"""Fitted text is laid out at this one size and scaled to estimate the others (advances scale ~linearly);
only the chosen size is then measured for real."""
ESTIMATE_SPARE = 1.03  # estimated heights given to the layout: hinting makes real text a little taller
HELD_FONTS = 32
_held: dict[tuple[str, int, bool, bool], QFont] = {}
"""The fonts fitted text has used (up to HELD_FONTS, oldest dropped first), kept so their engines stay
loaded: Qt drops unused engines while its cache is over its limit, and the next step would load them
again, restarting the clean-up timer."""


def unit_for(width: int, height: int) -> float:
    """One hundredth of the screen height, or of the height a 16:9 screen of this width would have
    (whichever is smaller), so a narrow window never gets text wider than itself."""
    return max(3.0, min(height, width * 9 / 16) / 100)


def tabular(font: QFont) -> QFont:
    """Digits of equal width, so a ticking countdown never shifts sideways."""
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


class FitText(QWidget):
    """Word-wrapped paragraphs drawn at the largest ladder size (within a range) that fits the widget.

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
        self._max_px = 25
        self._min_px = 10
        self._rungs: tuple[int, ...] = ()  # explicit sizes (set_sizes), else the ladder within the range
        self._colour = TEXT
        self._px = self._max_px
        self._fits = True
        self._stale = False  # text or geometry changed while hidden: fit again when shown
        self._reference_px = REFERENCE_PX
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
        """Both ends are snapped to the ladder (the largest size ≤ `max_px`, the nearest to `min_px`), so
        even the last-resort floor is a size other text may share."""
        max_px = max([rung for rung in PX_LADDER if rung <= max_px] or PX_LADDER[:1])
        min_px = ladder_px(min_px)
        if (max_px, min_px) != (self._max_px, self._min_px) or self._rungs:
            self._rungs = ()
            self._max_px, self._min_px = max_px, min(min_px, max_px)
            self._refit()
            self.updateGeometry()

    def set_sizes(self, sizes: Sequence[int]) -> None:
        """Take only these pixel sizes (largest that fits; the smallest as the last resort): follow-along
        passes rungs (`rungs_px`), so its parts share a few sizes instead of each drifting on the ladder."""
        rungs = tuple(sorted(set(sizes), reverse=True))
        if not rungs:
            raise ValueError("at least one size")
        if rungs != self._rungs:
            self._rungs = rungs
            self._max_px, self._min_px = rungs[0], rungs[-1]
            self._refit()
            self.updateGeometry()

    def set_reference_px(self, px: int) -> None:
        """Estimate at `px` instead of REFERENCE_PX: follow-along passes the size its labels already use,
        so estimating loads no font engines of its own (issue 19: each size counts in Qt's font cache)."""
        if px != self._reference_px:
            self._reference_px = px
            self._refit()
            self.updateGeometry()

    def px_range(self) -> tuple[int, int]:
        """(largest, smallest) pixel size allowed, as set by `set_px_range` or `set_sizes`."""
        return self._max_px, self._min_px

    def font_px(self) -> int:
        return self._px

    def fits(self) -> bool:
        return self._fits

    # ---- measuring -------------------------------------------------------------------------------

    def font_at(self, px: int, bold: bool | None = None) -> QFont:
        bold = self._bold if bold is None else bold
        key = (self.font().key(), px, bold, self._tabular)
        font = _held.get(key)
        if font is None:
            font = QFont(self.font())
            font.setPixelSize(px)
            font.setBold(bold)
            font = tabular(font) if self._tabular else font
            if len(_held) >= HELD_FONTS:
                del _held[next(iter(_held))]
            _held[key] = font
        return font

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

    def _estimate(self, px: int, width: float) -> tuple[float, bool]:
        """`_measure` at `px` without a font engine of that size: laid out at the reference size in a
        width scaled to match, then scaled back (close, not exact: hinting rounds advances)."""
        scale = px / self._reference_px
        needed, ok = self._measure(self._reference_px, width / scale)
        return needed * scale, ok

    def needed_height(self, width: float) -> int:
        """The height this text wants at `width`, at the largest size that respects the line limit.

        Estimated, with a little to spare, for the layout: only the size finally drawn is measured.
        """
        if not self._paragraphs:
            return 0
        sizes = self._sizes()
        px = sizes[self._first_fitting(sizes, width, 1e9)]
        return math.ceil(self._estimate(px, width)[0] * ESTIMATE_SPARE) + 2

    def height_at(self, px: int, width: float) -> int:
        """About the height the text needs at `px` (0 when empty): estimated, for sharing out space."""
        return int(self._estimate(px, width)[0]) + 2 if self._paragraphs else 0

    def _sizes(self) -> list[int]:
        """The sizes the text may take, largest first: its rungs, or the ladder's within range, then the
        range's floor."""
        if self._rungs:
            return list(self._rungs)
        sizes = [px for px in reversed(PX_LADDER) if self._min_px <= px <= self._max_px]
        if not sizes or sizes[-1] != self._min_px:
            sizes.append(self._min_px)
        return sizes

    def _first_fitting(self, sizes: list[int], width: float, height: float) -> int:
        """Index of the first (largest) of `sizes` the estimate says fits, else the last; fit is monotone."""
        if self._estimate_fits(sizes[0], width, height):
            return 0
        lo, hi = 0, len(sizes) - 1  # invariant: sizes[lo] does not fit; sizes[hi] fits or is the last
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._estimate_fits(sizes[mid], width, height):
                hi = mid
            else:
                lo = mid
        return hi

    def _estimate_fits(self, px: int, width: float, height: float) -> bool:
        needed, ok = self._estimate(px, width)
        return ok and needed <= height + 0.5

    def _fit(self, width: float, height: float) -> tuple[int, bool]:
        """The largest allowed size whose text fits `width`×`height` (the smallest if none does), and
        whether it fits: chosen by estimate, then checked for real one size down at a time while it
        overflows (rarely more than one check), so the sizes measured are the sizes drawn."""
        sizes = self._sizes()
        for px in sizes[self._first_fitting(sizes, width, height) :]:
            needed, ok = self._measure(px, width)
            if ok and needed <= height + 0.5:
                return px, True
        return sizes[-1], False

    def _refit(self) -> None:
        """Choose the size for the current text and geometry; while hidden, at the next show instead.

        A hidden widget's geometry is often a stand-in (a page not yet laid out is 640×480): measuring
        there would load font engines of sizes never drawn (issue 19), so only a shown widget measures."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0 or not self._paragraphs:
            self._px, self._fits, self._stale = self._max_px, True, False
        elif not self.isVisible():
            self._stale = True
            return
        else:
            self._px, self._fits = self._fit(width, height)
            self._stale = False
        self.update()

    # ---- Qt --------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
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
        return True, translate("follow_along_parts", "Read each step's cue aloud")
    missing = translate("follow_along_parts", "Speech is not available on this system")
    reason = str(getattr(speech, "unavailable_reason", "") or missing)
    return False, reason
