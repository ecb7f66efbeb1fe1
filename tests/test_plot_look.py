"""The history window's charts take the theme's colours, and follow a theme change while they are open.

The theme is applied as the app applies it (desktop.ui.appearance.Appearance, as View → Appearance does);
what is checked is what the chart paints (the pixels of its paper) and the pens its items draw with.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.model.contrast import NON_TEXT, TEXT_AA, contrast_ratio
from desktop.model.history import HistoryStore
from desktop.model.history_record import LungeRecord
from desktop.model.history_sample import sample_sessions
from desktop.model.mobility import Foot
from desktop.model.settings import AppSettings
from desktop.ui import plot_look, theme
from desktop.ui.appearance import Appearance
from desktop.ui.history_window import HistoryWindow

NOW = datetime(2024, 6, 20, 21, 30, tzinfo=UTC)
NAMES = list(theme.THEMES)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plot_look") / "history.sqlite3"
    with HistoryStore(path) as store:
        sample_sessions(store, days=40, seed=3, now=NOW)
    return path


@pytest.fixture
def window(qtbot, sample_db: Path):
    """The history window over the sample, shown (its period: the last 3 months)."""

    def make() -> HistoryWindow:
        store = HistoryStore(sample_db)
        shown = HistoryWindow(store, now=lambda: NOW)
        qtbot.addWidget(shown)
        shown.period.setCurrentIndex(1)
        shown.show()
        qtbot.waitExposed(shown)
        return shown

    return make


def _paper_pixel(widget) -> str:
    """The colour painted at the chart's top-left corner (axis margin: no data is drawn there)."""
    QApplication.processEvents()
    image = widget.plot.viewport().grab().toImage()
    return image.pixelColor(3, 3).name()


def _legend_colours(legend) -> set[str]:
    """The colours the legend's names are written in (as its text items hold them)."""
    colours = set()
    for _sample, label in legend.items:
        colours.update(re.findall(r"color:(#[0-9a-f]{6})", label.item.toHtml()))
    return colours


def _axis_text(widget, name: str) -> str:
    return widget.plot.getPlotItem().getAxis(name).textPen().color().name()


@pytest.mark.parametrize("name", NAMES)
def test_the_tension_chart_is_drawn_in_the_theme(qapp, window, name: str) -> None:
    Appearance(qapp, AppSettings(theme=name))
    plot = window().plot
    look = theme.THEMES[name]
    assert _paper_pixel(plot) == look.base
    assert plot.plot.backgroundBrush().color().name() == look.base
    for axis in ("left", "bottom"):
        assert contrast_ratio(_axis_text(plot, axis), look.base) >= TEXT_AA, axis
    assert _legend_colours(plot.legend) == {look.text}  # the theme's text: >= 4.5:1 on its base
    # the hollow "Before" dots are filled with the paper, not with white
    assert plot.before_item.opts["brush"].color().name() == look.base
    for series, pen_of in (
        ("before", plot.before_item.opts["pen"]),
        ("after", plot.after_item.opts["pen"]),
        ("eased", plot.eased_item.opts["pen"]),
        ("rose", plot.rose_item.opts["pen"]),
    ):
        assert contrast_ratio(pen_of.color().name(), look.base) >= NON_TEXT, series
    assert contrast_ratio(plot._ring.opts["pen"].color().name(), look.base) >= NON_TEXT
    assert contrast_ratio(plot._empty.color.name(), look.base) >= TEXT_AA


def test_the_tension_chart_follows_a_theme_change_while_open(qapp, window) -> None:
    appearance = Appearance(qapp, AppSettings(theme="light"))
    plot = window().plot
    light, dark = theme.THEMES["light"], theme.THEMES["dark"]
    assert _paper_pixel(plot) == light.base

    appearance.apply(AppSettings(theme="dark"))  # View → Appearance → Dark, the window still open

    assert _paper_pixel(plot) == dark.base
    assert contrast_ratio(_axis_text(plot, "left"), dark.base) >= TEXT_AA
    assert plot.before_item.opts["brush"].color().name() == dark.base
    assert plot.after_item.opts["pen"].color().name() == plot_look.look(dark).after
    assert _legend_colours(plot.legend) == {dark.text}

    appearance.apply(AppSettings(theme="high_contrast"))
    assert _paper_pixel(plot) == theme.THEMES["high_contrast"].base
    assert _axis_text(plot, "bottom") == theme.THEMES["high_contrast"].text


def test_the_mobility_chart_follows_a_theme_change_while_open(qapp, qtbot) -> None:
    from desktop.ui.mobility_plot import MobilityPlot

    appearance = Appearance(qapp, AppSettings(theme="light"))
    chart = MobilityPlot()
    qtbot.addWidget(chart)
    tests = [
        LungeRecord(1, NOW - timedelta(days=9), "alone", 9.0, 8.0),
        LungeRecord(2, NOW - timedelta(days=2), "alone", 11.5, 9.0),
    ]
    chart.set_tests(tests)
    chart.show()
    qtbot.waitExposed(chart)
    assert _paper_pixel(chart) == theme.THEMES["light"].base

    appearance.apply(AppSettings(theme="dark"))

    dark = theme.THEMES["dark"]
    assert _paper_pixel(chart) == dark.base
    assert contrast_ratio(_axis_text(chart, "left"), dark.base) >= TEXT_AA
    assert _legend_colours(chart.legend) == {dark.text}
    for foot in (Foot.RIGHT, Foot.LEFT):
        pen = chart.curves[foot].opts["pen"]
        assert pen.color().name() == getattr(plot_look.look(dark), f"{foot.value}_foot")
        assert contrast_ratio(pen.color().name(), dark.base) >= NON_TEXT


@pytest.mark.parametrize("name", NAMES)
def test_every_series_colour_reads_against_the_charts_paper(name: str) -> None:
    look = plot_look.look(theme.THEMES[name])
    for series in plot_look.SERIES_NAMES:
        ratio = contrast_ratio(getattr(look, series), look.background)
        assert ratio >= NON_TEXT, f"{name}: {series} is {ratio:.2f}:1 on the chart"
    for words in ("text", "muted"):
        assert contrast_ratio(getattr(look, words), look.background) >= TEXT_AA, words
    assert contrast_ratio(look.axis, look.background) >= NON_TEXT
    assert contrast_ratio(look.ring, look.background) >= NON_TEXT


def test_both_charts_name_each_tick_day_and_month_together(qtbot) -> None:
    """Over two months the mobility chart wrote "Nov" beside "03" (pyqtgraph's month+day level); both
    charts now write one "03 Nov" per tick, as the tension chart already did."""
    from desktop.ui.mobility_plot import MobilityPlot

    chart = MobilityPlot()
    qtbot.addWidget(chart)
    chart.set_tests(
        [
            LungeRecord(1, NOW - timedelta(days=60), "alone", 9.0, 8.0),
            LungeRecord(2, NOW, "alone", 11.5, 9.0),
        ]
    )
    chart.resize(800, 400)
    chart.show()
    qtbot.waitExposed(chart)
    _paper_pixel(chart)  # painted once: the axis has measured its font
    axis = chart.plot.getPlotItem().getAxis("bottom")
    start, end = (NOW - timedelta(days=60)).timestamp(), NOW.timestamp()
    levels = axis.tickValues(start, end, 700)  # 700 px wide, as in the window
    labels = [text for spacing, values in levels for text in axis.tickStrings(values, 1, spacing)]
    assert labels and all(re.fullmatch(r"\d\d [A-Z][a-z]{2}", text) for text in labels), labels
