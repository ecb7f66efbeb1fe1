"""Ankle mobility over time (knee-to-wall lunge test, cm) per foot, with the test's MDC band.

The band is drawn around each foot's first measurement: a later point inside it is not a change the test
can tell apart from day-to-day variation (desktop.model.mobility: MDC 1.9 cm, Powden, Hoch & Hoch 2015).
Imports pyqtgraph at module level: only the history window's hook imports this module, when it opens.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.model import mobility
from desktop.model.history_record import LungeRecord
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.mobility import Foot
from desktop.ui import plot_look, theme
from desktop.ui.history_axis import LocalDateAxis
from desktop.ui.history_table import number_text


def colours() -> dict[Foot, QColor]:
    """Each foot's colour in the current theme (desktop.ui.plot_look: ≥ 3:1 on the chart's paper)."""
    look = plot_look.look()
    return {Foot.RIGHT: QColor(look.right_foot), Foot.LEFT: QColor(look.left_foot)}


FEET = {  # the legend's names (translated where shown)
    Foot.RIGHT: QT_TRANSLATE_NOOP("mobility_plot", "Right foot"),
    Foot.LEFT: QT_TRANSLATE_NOOP("mobility_plot", "Left foot"),
}


def series(tests: list[LungeRecord]) -> dict[Foot, list[tuple[float, float]]]:
    """(epoch seconds, cm) per foot, oldest first; a test that skipped a foot adds nothing to it."""
    out: dict[Foot, list[tuple[float, float]]] = {Foot.RIGHT: [], Foot.LEFT: []}
    for test in sorted(tests, key=lambda t: t.measured_at):
        for foot, value in ((Foot.RIGHT, test.right_cm), (Foot.LEFT, test.left_cm)):
            if value is not None:
                out[foot].append((test.measured_at.timestamp(), value))
    return out


def since_first(foot: Foot, first_cm: float, last_cm: float) -> str:
    """The model's sentence about a change (desktop.model.mobility.change_words), said of the first test."""
    words = mobility.change_words(foot, first_cm, last_cm)
    marked = words.replace(" foot:", " foot since the first test:", 1)
    if marked != words:
        return marked
    # The sentence came in another language: the first test is named in a sentence of its own.
    return translate("mobility_plot", "Since the first test: {change}").format(change=words)


def summary(tests: list[LungeRecord]) -> str:
    """The latest change per foot against the first, judged by the MDC, and the latest side difference."""
    lines = []
    for foot, points in series(tests).items():
        if len(points) >= 2:
            lines.append(mobility.change_words(foot, points[0][1], points[-1][1], since_first=True))
    both = [t for t in tests if t.right_cm is not None and t.left_cm is not None]
    if both:
        latest = max(both, key=lambda t: t.measured_at)
        diff = round(latest.right_cm - latest.left_cm, 1)
        if abs(diff) > mobility.SIDE_DIFF_MDC_CM:
            text = translate(
                "mobility_plot", "Latest right minus left: {difference} cm (beyond the test's {mdc} cm)."
            )
        else:
            text = translate(
                "mobility_plot", "Latest right minus left: {difference} cm (within the test's {mdc} cm)."
            )
        lines.append(
            text.format(
                difference=number_text(f"{diff:+.1f}"), mdc=number_text(f"{mobility.SIDE_DIFF_MDC_CM:g}")
            )
        )
    return "\n".join(lines) or translate(
        "mobility_plot", "Record a knee-to-wall test (View → Knee-to-wall test) to see your mobility here."
    )


class MobilityPlot(QWidget):
    """Best distance per foot over time; a shaded band of ± MDC around each foot's first measurement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(translate("mobility_plot", "<b>Ankle mobility: knee-to-wall distance (cm)</b>"))
        )
        self.plot = pg.PlotWidget(axisItems={"bottom": LocalDateAxis(orientation="bottom")})
        self.plot.setMinimumHeight(180)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(10, 10), colCount=2)  # as the tension chart
        self.plot.setLabel("left", translate("mobility_plot", "cm"))
        layout.addWidget(self.plot, 1)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.curves: dict[Foot, pg.PlotDataItem] = {}
        self.bands: dict[Foot, pg.LinearRegionItem] = {}
        self._tests: list[LungeRecord] = []
        self._look_generation = -1
        self._apply_look()

    def _apply_look(self) -> None:
        """Paper, axes and words in the current theme's colours; the feet are drawn again in theirs."""
        look = plot_look.look()
        self._look_generation = theme.generation()
        self.plot.setBackground(look.background)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(look.axis))
            axis.setTextPen(pg.mkPen(look.text))
        plot_look.colour_legend(self.legend, look.text)
        if self.curves:
            self.set_tests(self._tests)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if plot_look.stale(self._look_generation, event):
            self._apply_look()

    @staticmethod
    def tab_title() -> str:
        return translate("mobility_plot", "Ankle mobility")

    def set_tests(self, tests: list[LungeRecord]) -> None:
        self._tests = list(tests)
        self.plot.clear()
        self.curves, self.bands = {}, {}
        palette = colours()
        for foot, points in series(tests).items():
            if not points:
                continue
            colour = palette[foot]
            low, high = mobility.band(points[0][1])
            fill = QColor(colour)
            fill.setAlpha(40)
            band = pg.LinearRegionItem(
                values=(low, high), orientation="horizontal", movable=False, brush=fill
            )
            for line in band.lines:
                line.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine))
            self.plot.addItem(band)
            self.bands[foot] = band
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            curve = self.plot.plot(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolBrush=colour,
                name=translate("mobility_plot", FEET[foot]),
            )
            self.curves[foot] = curve
        # no test yet: only the sentence saying how to record one, not an empty chart with a bare axis
        self.plot.setVisible(bool(self.curves))
        self.text.setText(summary(tests))
