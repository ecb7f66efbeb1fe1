"""Shared look of the side panels: a few colours, font scales, spacing and small stylesheets.

Sizes scale from the application font, so a person who enlarged their desktop font gets larger panels
too. Meaning never rests on colour alone: every coloured box or button also carries a symbol and words.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette

# ---- colours (chosen to stay readable on light and dark palettes where text colour is set with them) ----
ACCENT = "#2f6f8f"  # calm blue-teal: the current step, the primary button
ACCENT_SOFT = "#dcebf2"  # background tint of the current row
ACCENT_TEXT = "#ffffff"
DONE = "#2e7d32"  # the ✓ of a finished step
CAUTION_BG = "#fff4d6"
CAUTION_BORDER = "#c98a00"
CAUTION_TEXT = "#3d2c00"
DANGER = "#b3261e"  # "Stop — this hurts", urgent medical advice
DANGER_BG = "#fdecea"
DANGER_TEXT = "#5c0f0a"

# ---- type scale, relative to the application font ----
TIMER_SCALE = 4.6  # the big m:ss countdown (follow-along has its own, bigger)
HEADING_SCALE = 1.4  # step title, zone name
CUE_SCALE = 1.25  # the short bold cue
# The phase line shares the cue's size: every (size, weight) drawn is a font engine Qt keeps, and past
# ~20 of them its font cache wakes the app every 10 s, paused or not (README Performance).
PHASE_SCALE = CUE_SCALE
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


def box_qss(name: str, kind: str = "caution") -> str:
    """Stylesheet for a framed notice box whose objectName is `name` ("caution" or "danger")."""
    bg, border, text = (
        (DANGER_BG, DANGER, DANGER_TEXT) if kind == "danger" else (CAUTION_BG, CAUTION_BORDER, CAUTION_TEXT)
    )
    return (
        f"QFrame#{name} {{ background: {bg}; border: 1px solid {border}; border-left: 5px solid {border};"
        f" border-radius: 6px; }}"
        f" QFrame#{name} QLabel {{ color: {text}; background: transparent; border: none; }}"
    )


PRIMARY_BUTTON_QSS = (
    f"QPushButton {{ color: {ACCENT_TEXT}; background: {ACCENT}; border: 1px solid {ACCENT};"
    f" border-radius: 6px; padding: 8px 16px; font-weight: bold; }}"
    f" QPushButton:hover {{ background: #285f7a; }}"
    f" QPushButton:pressed {{ background: #214f66; }}"
    f" QPushButton:focus {{ border: 2px solid #16384a; }}"
    f" QPushButton:disabled {{ background: #9db7c4; border-color: #9db7c4; }}"
)


# ---- the one look of every session dialog (rating, safety check, pain advice, summary, questions) ----
# Follow-along is dark and styles its labels light; a dialog it opens would inherit that light text
# on the system's light dialog background. Session dialogs set these colours themselves instead, in
# any window (tests/test_dialog_palette.py checks every pair against WCAG's 4.5:1).
DIALOG_BG = "#f6f7f8"
DIALOG_TEXT = "#1b1f23"
DIALOG_MUTED = "#4a545e"
DIALOG_BUTTON_BG = "#e4e8eb"
DIALOG_BORDER = "#7c8890"
DIALOG_PAIRS = (
    ("text", DIALOG_TEXT, DIALOG_BG),
    ("secondary text", DIALOG_MUTED, DIALOG_BG),
    ("button text", DIALOG_TEXT, DIALOG_BUTTON_BG),
    ("caution text", CAUTION_TEXT, CAUTION_BG),
    ("danger text", DANGER_TEXT, DANGER_BG),
    ("danger heading", DANGER, DIALOG_BG),
    ("primary button", ACCENT_TEXT, ACCENT),
)

DIALOG_QSS = (
    f"QDialog, QMessageBox {{ background: {DIALOG_BG}; color: {DIALOG_TEXT}; }}"
    f" QLabel {{ color: {DIALOG_TEXT}; background: transparent; }}"
    f" QLabel[role='muted'] {{ color: {DIALOG_MUTED}; }}"
    f" QScrollArea, QScrollArea > QWidget > QWidget {{ background: {DIALOG_BG}; }}"
    f" QLineEdit {{ color: {DIALOG_TEXT}; background: #ffffff; border: 1px solid {DIALOG_BORDER};"
    " border-radius: 4px; padding: 3px; }"
)


def dialog_palette() -> QPalette:
    """The light palette session dialogs use whatever window opened them (radio buttons and check
    boxes draw from it: a style sheet on them would replace their native indicators)."""
    from PySide6.QtWidgets import QApplication

    palette = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, DIALOG_BG),
        (QPalette.ColorRole.WindowText, DIALOG_TEXT),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Text, DIALOG_TEXT),
        (QPalette.ColorRole.Button, DIALOG_BUTTON_BG),
        (QPalette.ColorRole.ButtonText, DIALOG_TEXT),
        (QPalette.ColorRole.Mid, DIALOG_BORDER),
        (QPalette.ColorRole.PlaceholderText, DIALOG_MUTED),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, ACCENT_TEXT),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def dialog_look(dialog) -> None:
    """Give a session dialog the one dialog palette and sheet (its own sheet beats an inherited one)."""
    dialog.setPalette(dialog_palette())
    dialog.setStyleSheet(DIALOG_QSS + " " + dialog.styleSheet())
