"""Tension before and after each session over time, with each session's change drawn as a vertical line.

Imports pyqtgraph and numpy at module level: only history_window imports this module, and only when
the window is first built, so neither library is loaded at app start-up.

Signals:
    sessionClicked(int): the id of the session whose point was clicked.
    sessionHovered(int): the id of the session under the mouse, -1 when none.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    MONTH_DAY_ZOOM_LEVEL,
    TickSpec,
    ZoomLevel,
    makeSStepper,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.model.history import SessionRecord
from desktop.ui.history_table import local_time_text, rating_text

BEFORE_COLOUR = "#d9822b"  # amber: how it felt going in
AFTER_COLOUR = "#1f7a8c"  # teal: how it felt afterwards
EASED_COLOUR = "#8fbcc4"
ROSE_COLOUR = "#c0392b"
HOVER_RADIUS_PX = 14
# pyqtgraph's month+day level draws "Nov" beside "30" and "03"; one "03 Nov" label per tick reads better,
# and stays in use up to a few months so the weeks stay visible.
DAY_MONTH_SPACING = 14 * 86400
DAY_MONTH_ZOOM = ZoomLevel(
    [TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%d %b", autoSkip=[1, 2, 7, 14])], "00 MMM"
)
_HINT = "Point at a dot to see that session; click it to find it in the table."


def describe(record: SessionRecord) -> str:
    """One line about a session, for the hover label and tooltip."""
    ratings = f"tension {rating_text(record.tension_before)} → {rating_text(record.tension_after)}"
    if record.drop:
        ratings += f" ({'eased by' if record.drop > 0 else 'rose by'} {abs(record.drop)})"
    elif record.drop == 0:
        ratings += " (no change)"
    steps = f"{record.steps_completed}/{record.steps_total} steps"
    text = f"{local_time_text(record.started_at)} — {record.routine_title}, {record.sides} side"
    text += f"{'s' if record.sides == 'both' else ''}: {ratings}. {record.outcome.label}, {steps}."
    return text + (f" Note: {record.note}" if record.note else "")


class TensionPlot(QWidget):
    sessionClicked = Signal(int)
    sessionHovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[SessionRecord] = []
        self._xs = np.empty(0)
        self._ys = np.empty(0)
        self._ids: list[int] = []

        self.axis = pg.DateAxisItem(orientation="bottom")
        self.axis.zoomLevels = OrderedDict(
            (DAY_MONTH_SPACING, DAY_MONTH_ZOOM) if level is MONTH_DAY_ZOOM_LEVEL else (spacing, level)
            for spacing, level in self.axis.zoomLevels.items()
        )
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": self.axis})
        self.plot.setMinimumHeight(220)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        item.setLabel("left", "Tension (0 none – 10 worst)")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen("#8a8a8a"))
            axis.setTextPen(pg.mkPen("#333333"))
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        item.setMouseEnabled(x=True, y=False)
        item.setYRange(-0.5, 12.2, padding=0)  # headroom above 10 keeps the legend off the points

        legend = item.addLegend(offset=(8, 4), colCount=4, labelTextColor="#333333")
        # "After" is drawn smaller and on top, so an unchanged session shows a dot inside a ring.
        self.before_item = self._series("Before", 12, pg.mkPen(BEFORE_COLOUR, width=2), pg.mkBrush("#ffffff"))
        self.after_item = self._series("After", 8, pg.mkPen(AFTER_COLOUR, width=1), pg.mkBrush(AFTER_COLOUR))
        self.eased_item = pg.PlotDataItem(pen=pg.mkPen(EASED_COLOUR, width=3), connect="pairs")
        self.rose_item = pg.PlotDataItem(pen=pg.mkPen(ROSE_COLOUR, width=3), connect="pairs")
        for data_item in (self.eased_item, self.rose_item, self.before_item, self.after_item):
            item.addItem(data_item)  # lines first, so the dots sit on top
        legend.clear()
        for data_item, label in (
            (self.before_item, "Before"),
            (self.after_item, "After"),
            (self.eased_item, "Eased"),
            (self.rose_item, "Rose"),
        ):
            legend.addItem(data_item, label)
        self._ring = pg.ScatterPlotItem(size=22, pen=pg.mkPen("#222222", width=1.5), brush=None)
        item.addItem(self._ring)
        self._empty = pg.TextItem("", color="#555555", anchor=(0.5, 0.5))
        item.addItem(self._empty, ignoreBounds=True)

        self.details = QLabel(_HINT)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.details)

        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    @staticmethod
    def _series(name: str, size: int, pen: object, brush: object) -> pg.PlotDataItem:
        item = pg.PlotDataItem(
            name=name, pen=None, symbol="o", symbolSize=size, symbolPen=pen, symbolBrush=brush
        )
        # The legend draws from the scatter's own options, which stay at defaults until data arrives.
        item.scatter.setPen(pen)
        item.scatter.setBrush(brush)
        item.scatter.setSize(size)
        return item

    # ---- data ----------------------------------------------------------------------------------

    def set_records(
        self, records: Sequence[SessionRecord], x_range: tuple[float, float] | None = None
    ) -> None:
        """Show these sessions; `x_range` (epoch seconds) fixes the visible period."""
        self._records = [r for r in records if r.tension_before is not None or r.tension_after is not None]
        before = [r for r in self._records if r.tension_before is not None]
        after = [r for r in self._records if r.tension_after is not None]
        self.before_item.setData(
            [r.started_at.timestamp() for r in before], [r.tension_before for r in before]
        )
        self.after_item.setData([r.started_at.timestamp() for r in after], [r.tension_after for r in after])
        for data_item, keep in ((self.eased_item, lambda d: d >= 0), (self.rose_item, lambda d: d < 0)):
            pairs = [r for r in self._records if r.drop is not None and keep(r.drop)]
            xs = [r.started_at.timestamp() for r in pairs for _ in (0, 1)]
            ys = [v for r in pairs for v in (r.tension_before, r.tension_after)]
            data_item.setData(xs, ys)
        points = [(r.started_at.timestamp(), r.tension_before, r.id) for r in before]
        points += [(r.started_at.timestamp(), r.tension_after, r.id) for r in after]
        self._xs = np.array([p[0] for p in points], dtype=float)
        self._ys = np.array([p[1] for p in points], dtype=float)
        self._ids = [p[2] for p in points]
        self._ring.setData([], [])
        self.details.setText(_HINT)
        self.plot.setToolTip("")

        item = self.plot.getPlotItem()
        if x_range is None and len(self._xs):
            pad = max(86400.0, (self._xs.max() - self._xs.min()) * 0.03)
            x_range = (float(self._xs.min()) - pad, float(self._xs.max()) + pad)
        if x_range is not None:
            item.setXRange(*x_range, padding=0.02)
            item.setLimits(xMin=x_range[0] - 86400 * 365, xMax=x_range[1] + 86400 * 30)
        if self._records:
            self._empty.setText("")
        else:
            self._empty.setText(
                "No rated sessions in this period yet.\n"
                "Rate your tension before and after a routine to see it here."
            )
            left, right = x_range or item.viewRange()[0]
            self._empty.setPos((left + right) / 2, 5)

    def session_at(self, scene_pos: QPointF) -> int | None:
        """The session whose point is within a few pixels of `scene_pos`, nearest first."""
        if not len(self._xs):
            return None
        view_box = self.plot.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return None
        here = view_box.mapSceneToView(scene_pos)
        px_w, px_h = view_box.viewPixelSize()
        dist = np.hypot((self._xs - here.x()) / px_w, (self._ys - here.y()) / px_h)
        nearest = int(np.argmin(dist))
        return self._ids[nearest] if dist[nearest] <= HOVER_RADIUS_PX else None

    def point_scene_pos(self, session_id: int, which: str = "after") -> QPointF:
        """Where a session's before/after point is drawn, in scene coordinates (for tests)."""
        record = next(r for r in self._records if r.id == session_id)
        value = record.tension_after if which == "after" else record.tension_before
        view_box = self.plot.getPlotItem().getViewBox()
        return view_box.mapViewToScene(QPointF(record.started_at.timestamp(), float(value or 0)))

    # ---- mouse ---------------------------------------------------------------------------------

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        session_id = self.session_at(scene_pos)
        record = next((r for r in self._records if r.id == session_id), None)
        if record is None:
            self._ring.setData([], [])
            self.details.setText(_HINT)
            self.plot.setToolTip("")
            self.sessionHovered.emit(-1)
            return
        values = [v for v in (record.tension_before, record.tension_after) if v is not None]
        self._ring.setData([record.started_at.timestamp()] * len(values), values)
        text = describe(record)
        self.details.setText(text)
        self.plot.setToolTip(text)
        self.sessionHovered.emit(record.id)

    def _on_mouse_clicked(self, event: object) -> None:
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        session_id = self.session_at(scene_pos)
        if session_id is not None:
            self.sessionClicked.emit(session_id)
