"""The history window's charts in the app's theme: paper, axes, words, and each series' colour.

Why not in desktop.ui.theme: that module is imported before the first paint, and these colours are wanted
only when the history window opens. The chart's paper is the theme's `base` (the table under it is drawn
on the same), its words the theme's `text` (≥ 4.5:1 there, tests/test_theme_contrast.py); the series
colours are chosen per theme for ≥ 3:1 against that paper (WCAG 2.1 SC 1.4.11, non-text contrast:
desktop.model.contrast.NON_TEXT), which tests/test_plot_look.py checks for every theme.

A chart follows a theme change while it is open: desktop.ui.appearance sets the new theme, then the
application palette and style sheet, and every widget gets a PaletteChange/StyleChange event. A chart
calls `stale(drawn)` from its changeEvent and repaints itself when the theme's generation moved on.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent

from desktop.ui import theme


class PlotLook(NamedTuple):
    """Hex "#rrggbb" colours of one theme's charts."""

    background: str  # the plot's paper; also the fill of the hollow "Before" dots
    text: str  # tick labels, axis title, legend
    muted: str  # the "no sessions yet" sentence
    axis: str  # axis lines, ticks and (faint) grid
    ring: str  # the ring around the session under the pointer
    before: str  # amber: how it felt going in
    after: str  # teal: how it felt afterwards
    eased: str  # the before→after bar of a session that eased
    rose: str  # … and of one that got worse
    right_foot: str  # the mobility chart's feet
    left_foot: str


SERIES_NAMES = ("before", "after", "eased", "rose", "right_foot", "left_foot")

# Per theme: the light theme's amber and pale teal were below 3:1 on white, the dark theme's teal and
# rose only just above it on its near-black; high contrast takes brighter versions of every hue.
SERIES: dict[str, tuple[str, str, str, str, str, str]] = {
    theme.LIGHT: ("#c47418", "#1f7a8c", "#5a95a0", "#c0392b", "#146ebe", "#c86414"),
    theme.DARK: ("#e0873a", "#5cc4d6", "#3f8f9d", "#e5675a", "#5aa9e6", "#e0873a"),
    theme.HIGH_CONTRAST: ("#ffb04a", "#4fd1e0", "#2fa8b8", "#ff7070", "#6cb8ff", "#ffa040"),
}

THEME_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.StyleChange,
)


def look(of: theme.Theme | None = None) -> PlotLook:
    """The charts' colours in `of` (the theme in use when None)."""
    t = of or theme.current()
    before, after, eased, rose, right, left = SERIES.get(t.name, SERIES[theme.LIGHT])
    return PlotLook(
        background=t.base,
        text=t.text,
        muted=t.muted,
        axis=t.button_border,
        ring=t.text,
        before=before,
        after=after,
        eased=eased,
        rose=rose,
        right_foot=right,
        left_foot=left,
    )


def colour_legend(legend, colour: str) -> None:
    """Write a pyqtgraph LegendItem's names in `colour`. Its setLabelTextColor alone only stores the
    colour for names added later: each name already shown is written again to take it."""
    legend.setLabelTextColor(colour)
    for _sample, label in legend.items:
        label.setText(label.text)


def stale(drawn: int, event: QEvent) -> bool:
    """True when `event` may carry a theme change and the theme moved on since generation `drawn`."""
    return event.type() in THEME_EVENTS and drawn != theme.generation()
