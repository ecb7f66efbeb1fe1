"""Shared look of the side panels: a few colours, font scales, spacing and small stylesheets.

Sizes scale from the application font, so a person who enlarged their desktop font gets larger panels
too. Meaning never rests on colour alone: every coloured box or button also carries a symbol and words.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette

# ---- colours: the light theme's accent, kept for the few places that draw on their own fixed background
# (follow-along's banner). Everything themed reads desktop.ui.theme; its style sheet styles the named
# widgets (primary button, "this hurts", caution and danger boxes). ----
ACCENT = "#2f6f8f"  # calm blue-teal: the current step, the primary button

# ---- type scale, relative to the application font ----
TIMER_SCALE = 4.6  # the big m:ss countdown (follow-along has its own, bigger)
HEADING_SCALE = 1.4  # step title, zone name
CUE_SCALE = 1.25  # the short bold cue
PHASE_SCALE = 1.2
SMALL_SCALE = 0.92  # secondary lines (zones, technique, routine names)
BODY_SCALE = 1.08  # instructions: read at arm's length while both hands are busy

# ---- spacing (px) ----
MARGIN = 14
SPACING = 10
TIGHT = 4


def scaled_font(base: QFont, scale: float = 1.0, *, bold: bool = False, italic: bool = False) -> QFont:
    """A copy of `base` at `scale` times its size, optionally bold/italic."""
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    else:  # pixel-sized fonts
        font.setPixelSize(max(1, round(base.pixelSize() * scale)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour two thirds of the way from the background, in any palette."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(text.red() * 0.68 + base.red() * 0.32),
        round(text.green() * 0.68 + base.green() * 0.32),
        round(text.blue() * 0.68 + base.blue() * 0.32),
    )
