"""The app's three looks (light, dark, high contrast): colour roles, the Qt palette and one style sheet.

Why one module: every colour a person reads or relies on is named here once, so a test can compute the
contrast of every text pair and every focus ring (tests/test_theme_contrast.py, WCAG 2.1 via
desktop.model.contrast). Widgets never hard-code a colour for the windows' chrome; they read `current()`
or rely on the application palette and style sheet this module builds.

The diagram's colours (zone highlight, caution hatching, keyboard focus, selected outline, motion cue)
are LIVE QColor objects: desktop.ui.zone_item, cue_patterns and rotation_cue bind them once, and
`apply_diagram` rewrites them in place when the theme changes, so no drawing module keeps a stale copy.
The diagram keeps its own light "paper" in every theme: the artwork is drawn for it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QPalette

from desktop import resources
from desktop.model.contrast import blend

LIGHT, DARK, HIGH_CONTRAST = "light", "dark", "high_contrast"
NAMES = (LIGHT, DARK, HIGH_CONTRAST)
LABELS = {LIGHT: "Light", DARK: "Dark", HIGH_CONTRAST: "High contrast"}
FOCUS_WIDTH = 3  # px, the focus ring of every control (WCAG 2.2 SC 2.4.13 asks for at least 2 px)
BORDER_WIDTH = 1  # px, an unfocused control's border: taking focus triples it, a change seen without colour
MUTED_MIX = 0.68  # secondary text: this much text colour over the background (desktop.ui.style.muted_color)


@dataclass(frozen=True)
class DiagramColours:
    """Colours drawn on the diagram's paper; hex "#rrggbb", alpha added where they are drawn."""

    paper: str = "#faf9f6"
    highlight: str = "#ff8c1a"  # warm orange: the zone being worked
    caution: str = "#c81e2d"  # no-press zones, always with hatching
    tint: str = "#d63c1e"
    outline: str = "#1e1e1e"  # hover
    focus: str = "#005ac8"  # keyboard focus (dashed)
    selected: str = "#4b238c"  # the zone whose panel is open
    cue: str = "#0a5096"  # motion arrows


@dataclass(frozen=True)
class Theme:
    """One look. Text colours are chosen for ≥ 4.5:1 on the backgrounds they are drawn on, focus ≥ 3:1."""

    name: str
    window: str
    window_text: str
    base: str
    alt_base: str
    text: str
    button: str
    button_text: str
    button_border: str
    highlight: str  # selected list rows, checked buttons
    highlighted_text: str
    disabled_text: str
    link: str
    tooltip_base: str
    tooltip_text: str
    focus: str  # the keyboard focus ring
    accent: str  # the primary button's fill
    accent_text: str  # text on the accent
    accent_on_window: str  # accent-coloured text (phase, side badge) on the window
    row_bg: str  # the current step's row
    row_text: str
    row_muted: str
    row_bar: str
    done: str  # ✓ of a finished step, on base
    caution_bg: str
    caution_border: str
    caution_text: str
    danger: str  # "Stop — this hurts" text and border, on base
    danger_bg: str
    danger_text: str
    danger_hover: str
    danger_pressed: str
    diagram: DiagramColours = DiagramColours()

    @property
    def muted(self) -> str:
        """Secondary text (next-up, a routine's name under a step): text mixed towards the base."""
        return blend(self.text, self.base, MUTED_MIX)

    @property
    def dark(self) -> bool:
        return self.name != LIGHT


THEMES: dict[str, Theme] = {
    LIGHT: Theme(
        name=LIGHT, window="#f3f3f1", window_text="#1b1f22", base="#ffffff", alt_base="#eef1f2",
        text="#1b1f22", button="#e6e9eb", button_text="#1b1f22", button_border="#5f686e",
        highlight="#2f6f8f", highlighted_text="#ffffff", disabled_text="#8a9095", link="#1f5a8a",
        tooltip_base="#fffbe0", tooltip_text="#1b1f22", focus="#0b57d0",
        accent="#2f6f8f", accent_text="#ffffff", accent_on_window="#2a6583",
        row_bg="#dcebf2", row_text="#10232d", row_muted="#3b5563", row_bar="#2f6f8f", done="#2e7d32",
        caution_bg="#fff4d6", caution_border="#c98a00", caution_text="#3d2c00",
        danger="#b3261e", danger_bg="#fdecea", danger_text="#5c0f0a",
        danger_hover="#fdecea", danger_pressed="#f6c9c5",
    ),
    DARK: Theme(
        name=DARK, window="#1e2326", window_text="#eceff1", base="#15191b", alt_base="#22292c",
        text="#eceff1", button="#2c3439", button_text="#eceff1", button_border="#9aa7ae",
        highlight="#8cc3dd", highlighted_text="#10181c", disabled_text="#7b868c", link="#8cc3dd",
        tooltip_base="#2c3439", tooltip_text="#eceff1", focus="#7cc4ff",
        accent="#8cc3dd", accent_text="#10181c", accent_on_window="#8cc3dd",
        row_bg="#23404d", row_text="#f1f6f8", row_muted="#c2d6df", row_bar="#8cc3dd", done="#7ed67e",
        caution_bg="#3a2f12", caution_border="#e0a82e", caution_text="#ffe7b0",
        danger="#ff8a80", danger_bg="#3d1d1b", danger_text="#ffd9d5",
        danger_hover="#4a2523", danger_pressed="#5c2b28",
    ),
    HIGH_CONTRAST: Theme(
        name=HIGH_CONTRAST, window="#000000", window_text="#ffffff", base="#000000", alt_base="#101010",
        text="#ffffff", button="#000000", button_text="#ffffff", button_border="#ffffff",
        highlight="#ffff00", highlighted_text="#000000", disabled_text="#a0a0a0", link="#ffff00",
        tooltip_base="#000000", tooltip_text="#ffffff", focus="#ffff00",
        accent="#ffffff", accent_text="#000000", accent_on_window="#ffff00",
        row_bg="#000000", row_text="#ffff00", row_muted="#ffffff", row_bar="#ffff00", done="#7fff7f",
        caution_bg="#000000", caution_border="#ffd200", caution_text="#ffd200",
        danger="#ff7070", danger_bg="#000000", danger_text="#ffffff",
        danger_hover="#300000", danger_pressed="#500000",
        diagram=DiagramColours(
            highlight="#ff7a00", caution="#c00018", outline="#000000", focus="#0030c0",
            selected="#3a0090", cue="#002f7a",
        ),
    ),
}  # fmt: skip

_current: Theme = THEMES[LIGHT]
_generation = 0  # bumped at every change, so cached drawings (desktop.ui.pixel_cache) are redrawn

# The diagram's live colours (see the module docstring): bound once by the drawing modules.
DIAGRAM_LIVE: dict[str, QColor] = {
    f.name: QColor(getattr(DiagramColours(), f.name)) for f in fields(DiagramColours)
}
HALO = QColor(255, 255, 255, 220)  # the white under every diagram outline, on any paper


def current() -> Theme:
    """The look in use (light until the app applies another)."""
    return _current


def generation() -> int:
    return _generation


def set_current(theme: Theme) -> None:
    global _current, _generation
    _current = theme
    _generation += 1
    apply_diagram(theme.diagram)


def apply_diagram(colours: DiagramColours) -> None:
    """Rewrite the live diagram colours in place (alpha kept), so every item that bound them follows."""
    for name, live in DIAGRAM_LIVE.items():
        alpha = live.alpha()
        fresh = QColor(getattr(colours, name))
        live.setRgb(fresh.red(), fresh.green(), fresh.blue(), alpha)


def palette(theme: Theme) -> QPalette:
    """The Qt palette of a theme: every role a widget draws text or a surface with."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pal = QPalette()
    mid = blend(theme.button_border, theme.window, 0.6)
    for r, colour in (
        (role.Window, theme.window), (role.WindowText, theme.window_text), (role.Base, theme.base),
        (role.AlternateBase, theme.alt_base), (role.Text, theme.text), (role.Button, theme.button),
        (role.ButtonText, theme.button_text), (role.BrightText, theme.danger),
        (role.Highlight, theme.highlight), (role.HighlightedText, theme.highlighted_text),
        (role.ToolTipBase, theme.tooltip_base), (role.ToolTipText, theme.tooltip_text),
        (role.PlaceholderText, theme.muted), (role.Link, theme.link), (role.LinkVisited, theme.link),
        (role.Light, blend("#ffffff", theme.button, 0.5)), (role.Midlight, mid),
        (role.Mid, theme.button_border), (role.Dark, blend("#000000", theme.button, 0.5)),
        (role.Shadow, "#000000"), (role.Accent, theme.accent),
    ):  # fmt: skip
        pal.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(theme.disabled_text))
    return pal


# The palette roles that carry text, with the role they are drawn on (checked for 4.5:1).
TEXT_ROLE_PAIRS = (
    ("window_text", "window"), ("text", "base"), ("text", "alt_base"), ("button_text", "button"),
    ("highlighted_text", "highlight"), ("tooltip_text", "tooltip_base"), ("muted", "base"),
    ("muted", "window"), ("link", "base"), ("window_text", "button"),
    ("button_border", "window"),  # the Mid role: main_window_layout's hint is "color: palette(mid)"
)  # fmt: skip
# Every other text colour the style sheets below (and desktop.ui.style, step_list, timer_panel) use.
SHEET_TEXT_PAIRS = (
    ("accent_text", "accent"), ("accent_on_window", "window"), ("row_text", "row_bg"),
    ("row_muted", "row_bg"), ("caution_text", "caution_bg"), ("danger_text", "danger_bg"),
    ("danger", "base"), ("danger", "danger_hover"), ("accent_on_window", "base"), ("done", "base"),
)  # fmt: skip
# Focus rings and state outlines, against what surrounds them (checked for 3:1).
RING_PAIRS = (
    ("focus", "window"), ("focus", "base"), ("focus", "button"), ("focus", "alt_base"),
    ("row_bar", "row_bg"),
)  # fmt: skip


def spin_arrow(direction: str, theme: Theme) -> str:
    """The arrow image for a spin box's up or down button in `theme`'s button text colour. A style sheet
    that draws a spin box's border draws its buttons without arrows unless it names their images."""
    return str(resources.resource(f"assets/icons/spin-{direction}-{theme.name}.svg")).replace("\\", "/")


def style_sheet(theme: Theme) -> str:
    """The application style sheet: a visible focus ring on every control and the named widgets' looks.

    Focus is FOCUS_WIDTH px of `theme.focus` where the unfocused control has BORDER_WIDTH px of a quieter
    colour (or none); the padding shrinks by the difference, so taking focus never moves anything.
    """
    t, w, b = theme, FOCUS_WIDTH, BORDER_WIDTH
    d = w - b
    return f"""
QPushButton, QToolButton {{ color: {t.button_text}; background: {t.button};
    border: {b}px solid {t.button_border}; border-radius: 6px; padding: {4 + d}px {10 + d}px; }}
QPushButton:hover, QToolButton:hover {{ background: {blend(t.button_text, t.button, 0.1)}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {blend(t.button_text, t.button, 0.2)}; }}
QPushButton:checked, QToolButton:checked {{ color: {t.highlighted_text}; background: {t.highlight};
    border-color: {t.highlight}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {t.disabled_text}; }}
QPushButton:focus, QToolButton:focus {{ border: {w}px solid {t.focus}; padding: 4px 10px; }}
QCheckBox, QRadioButton {{ border: {w}px solid transparent; border-radius: 4px; padding: 1px 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border: {w}px solid {t.focus}; }}
QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit {{ border: {b}px solid {t.button_border};
    border-radius: 4px; padding: {1 + d}px {3 + d}px; }}
QComboBox:focus, QAbstractSpinBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: {w}px solid {t.focus}; padding: 1px 3px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 16px; }}
QAbstractSpinBox::up-arrow {{ image: url("{spin_arrow("up", t)}"); width: 8px; height: 5px; }}
QAbstractSpinBox::down-arrow {{ image: url("{spin_arrow("down", t)}"); width: 8px; height: 5px; }}
QTabBar::tab {{ color: {t.button_text}; background: {t.button}; border: {b}px solid {t.button_border};
    border-top-left-radius: 6px; border-top-right-radius: 6px; padding: {4 + d}px {10 + d}px;
    margin-right: 2px; }}
QTabBar::tab:selected {{ color: {t.text}; background: {t.base}; border-bottom-color: {t.base}; }}
QTabBar::tab:!selected:hover {{ background: {blend(t.button_text, t.button, 0.1)}; }}
QTabBar {{ outline: 0; }}
QTabBar::tab:focus {{ border: {w}px solid {t.focus}; padding: 4px 10px; }}
QAbstractItemView, QGraphicsView {{ border: {w}px solid transparent; }}
QHeaderView {{ border: 0; }}
QAbstractItemView:focus, QGraphicsView:focus, QSlider:focus, QScrollArea:focus {{
    border: {w}px solid {t.focus}; }}
QPushButton#startPause {{ color: {t.accent_text}; background: {t.accent}; border-color: {t.accent};
    font-weight: bold; }}
QPushButton#startPause:focus {{ color: {t.text}; background: {t.base}; border: {w}px solid {t.focus}; }}
QPushButton#startPause:disabled {{ color: {t.disabled_text}; background: {t.button}; }}
QPushButton#hurts {{ color: {t.danger}; background: {t.base}; border: {w}px solid {t.danger};
    font-weight: bold; padding: 4px 10px; }}
QPushButton#hurts:hover {{ background: {t.danger_hover}; }}
QPushButton#hurts:pressed {{ background: {t.danger_pressed}; }}
QPushButton#hurts:focus {{ border: {w}px solid {t.focus}; }}
QLabel#sideLabel {{ color: {t.accent_on_window}; border: 1px solid {t.accent_on_window};
    border-radius: 10px; padding: 2px 10px; }}
QLabel#phaseLabel {{ color: {t.accent_on_window}; }}
QLabel#nextLabel {{ color: {t.muted}; }}
QFrame#cautionBox {{ background: {t.caution_bg}; border: 1px solid {t.caution_border};
    border-left: 5px solid {t.caution_border}; border-radius: 6px; }}
QFrame#cautionBox QLabel {{ color: {t.caution_text}; background: transparent; border: none; }}
QFrame#dangerBox {{ background: {t.danger_bg}; border: 1px solid {t.danger};
    border-left: 5px solid {t.danger}; border-radius: 6px; }}
QFrame#dangerBox QLabel {{ color: {t.danger_text}; background: transparent; border: none; }}
QProgressBar {{ border: 1px solid {t.button_border}; border-radius: 3px; background: {t.base}; }}
QProgressBar::chunk {{ background: {t.highlight}; }}
QToolTip {{ color: {t.tooltip_text}; background: {t.tooltip_base}; border: 1px solid {t.button_border}; }}
"""
