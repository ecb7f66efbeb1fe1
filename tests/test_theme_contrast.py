"""Every text colour of every theme reads at WCAG AA (4.5:1), every focus ring and zone outline at 3:1.

Three sources of colour are checked: the palette roles that carry text (taken from the QPalette the
app installs, not from the table it was built from), the theme's own style-sheet colours, and every
fixed colour a widget's style sheet sets (follow-along's dark screen, the rating buttons, ...). A last
test greps desktop/ui for `color:` so a new text colour cannot slip past these lists.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop.model.contrast import NON_TEXT, TEXT_AA, contrast_ratio
from desktop.ui import dialogs, follow_along_parts, rating, style, theme

UI = Path(__file__).resolve().parent.parent / "desktop" / "ui"
THEMES = list(theme.THEMES.values())
ROLE = {
    "window": QPalette.ColorRole.Window, "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base, "alt_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text, "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText, "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText, "tooltip_base": QPalette.ColorRole.ToolTipBase,
    "tooltip_text": QPalette.ColorRole.ToolTipText, "muted": QPalette.ColorRole.PlaceholderText,
    "link": QPalette.ColorRole.Link, "button_border": QPalette.ColorRole.Mid,
}  # fmt: skip


def _hex(colour: QColor) -> str:
    return colour.name()


@pytest.mark.parametrize("look", THEMES, ids=lambda t: t.name)
def test_palette_text_roles_reach_aa(qapp, look: theme.Theme) -> None:
    pal = theme.palette(look)
    for fg, bg in theme.TEXT_ROLE_PAIRS:
        ratio = contrast_ratio(_hex(pal.color(ROLE[fg])), _hex(pal.color(ROLE[bg])))
        assert ratio >= TEXT_AA, f"{look.name}: {fg} on {bg} is {ratio:.2f}:1"
    # style.muted_color (zone panel, step list) mixes Text into Base itself: the same colour.
    assert _hex(style.muted_color(pal)) == look.muted


@pytest.mark.parametrize("look", THEMES, ids=lambda t: t.name)
def test_style_sheet_text_colours_reach_aa(look: theme.Theme) -> None:
    for fg, bg in theme.SHEET_TEXT_PAIRS:
        ratio = contrast_ratio(getattr(look, fg), getattr(look, bg))
        assert ratio >= TEXT_AA, f"{look.name}: {fg} on {bg} is {ratio:.2f}:1"
    sheet = theme.style_sheet(look)
    # the focused primary button turns to text on base: checked by ("text", "base") above
    assert f"color: {look.text}; background: {look.base}" in sheet


@pytest.mark.parametrize("look", THEMES, ids=lambda t: t.name)
def test_focus_rings_and_outlines_reach_three_to_one(look: theme.Theme) -> None:
    for ring, around in theme.RING_PAIRS:
        ratio = contrast_ratio(getattr(look, ring), getattr(look, around))
        assert ratio >= NON_TEXT, f"{look.name}: {ring} against {around} is {ratio:.2f}:1"
    sheet = theme.style_sheet(look)
    # focus triples an unfocused border: seen without colour too (the ring and the button fill differ 3:1)
    assert f":focus {{ border: {theme.FOCUS_WIDTH}px solid {look.focus};" in sheet
    assert theme.FOCUS_WIDTH >= 2 and theme.FOCUS_WIDTH >= 2 * theme.BORDER_WIDTH
    d = look.diagram
    edge = QColor(d.highlight).darker(220).name()  # zone_item draws the current zone's edge this way
    for name, colour in (("focus", d.focus), ("selected", d.selected), ("hover", d.outline), ("edge", edge)):
        ratio = contrast_ratio(colour, d.paper)
        assert ratio >= NON_TEXT, f"{look.name}: diagram {name} outline on paper is {ratio:.2f}:1"


def test_diagram_colours_follow_the_theme_in_place(qapp) -> None:
    from desktop.ui import zone_item

    theme.set_current(theme.THEMES[theme.HIGH_CONTRAST])
    try:
        assert zone_item.FOCUS.name() == theme.THEMES[theme.HIGH_CONTRAST].diagram.focus
    finally:
        theme.set_current(theme.THEMES[theme.LIGHT])
    assert zone_item.FOCUS.name() == theme.DiagramColours().focus


# Fixed colours set by widgets' own style sheets, whatever the theme: (where, text, background).
F = follow_along_parts
FIXED_TEXT = [
    *[(f"follow-along {n}", c, bg) for n, c in (("TEXT", F.TEXT), ("BODY", F.BODY), ("MUTED", F.MUTED),
      ("CAUTION", F.CAUTION), ("HURTS", F.HURTS)) for bg in (F.BG, F.PANEL)],
    *[(f"follow-along tone {t}", c, F.BG) for t, c in F.TONES.items()],
    ("follow-along side badge", F.BG, F.SIDE_BADGE),
    ("follow-along diagram caption", F.DIAGRAM_TEXT, F.DIAGRAM_BG),
    ("follow-along buttons", F.TEXT, "#26343c"),
    ("follow-along hurts button", F.HURTS, "#2a1f22"),
    ("follow-along tight zone on", "#10181c", F.TONES[F.Tone.WAITING]),
    ("history unavailable note", "#5c4400", "#fff3cd"),
    ("summary toggles", "#1b1f22", "#f4f5f6"),
    ("summary toggles checked", "#ffffff", "#1f5fa8"),
    *[(f"rating {v}", "#1d1d1d", rating._tint(v).name()) for v in range(11)],
    ("caution box (style.box_qss)", style.CAUTION_TEXT, style.CAUTION_BG),
    ("danger box (style.box_qss), pressure problem", style.DANGER_TEXT, style.DANGER_BG),
    ("primary button (style.PRIMARY_BUTTON_QSS)", style.ACCENT_TEXT, style.ACCENT),
    *[(f"session dialogs: {name}", fg, bg) for name, fg, bg in style.DIALOG_PAIRS],
]  # fmt: skip


@pytest.mark.parametrize(("where", "fg", "bg"), FIXED_TEXT, ids=[w for w, _, _ in FIXED_TEXT])
def test_fixed_style_sheet_text_reaches_aa(where: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= TEXT_AA, f"{where}: {contrast_ratio(fg, bg):.2f}:1"


def test_fixed_focus_rings_reach_three_to_one() -> None:
    assert "QPushButton:focus { border: 2px solid #1f5fa8; }" in dialogs.TOGGLE_QSS
    assert contrast_ratio("#1f5fa8", "#f4f5f6") >= NON_TEXT  # the summary's zone toggles
    for value in range(11):  # the rating buttons' 3 px focus border on their own tint
        assert contrast_ratio("#1f5fa8", rating._tint(value).name()) >= NON_TEXT, value


# Every `color:` value a style sheet in desktop/ui sets, and why it is covered.
COVERED = {
    "{TEXT}": "FIXED_TEXT follow-along", "{MUTED}": "FIXED_TEXT follow-along",
    "{BG}": "FIXED_TEXT side badge", "{DIAGRAM_TEXT}": "FIXED_TEXT caption", "{HURTS}": "FIXED_TEXT",
    "#10181c": "FIXED_TEXT tight zone", "#1d1d1d": "FIXED_TEXT rating", "#5c4400": "FIXED_TEXT history",
    "#1b1f22": "FIXED_TEXT toggles", "white": "FIXED_TEXT toggles checked",
    "#6f7f87": "disabled follow-along button: exempt (WCAG 1.4.3 inactive controls)",
    "{muted}": "style.muted_color: theme muted pair", "palette(mid)": "theme button_border pair",
    "{text}": "FIXED_TEXT caution/danger box", "{DANGER_TEXT}": "FIXED_TEXT danger box",
    "{ACCENT_TEXT}": "FIXED_TEXT primary button", "{DIALOG_TEXT}": "FIXED_TEXT session dialogs",
    "{DIALOG_MUTED}": "FIXED_TEXT session dialogs",
}  # fmt: skip


COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6}|\{\w+\}|[a-z]+\([a-z-]+\)|[a-z]+)")


def test_every_style_sheet_text_colour_is_checked() -> None:
    unknown = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for value in COLOUR.findall(line):
                if value not in COVERED and value != "QColor":
                    unknown.append(f"{path.name}:{number}: color: {value}")
    assert not unknown, "text colours no contrast test covers:\n" + "\n".join(unknown)
