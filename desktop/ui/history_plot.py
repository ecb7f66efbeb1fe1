"""Tension before and after each session over time, with each session's change drawn as a vertical line.

Imports pyqtgraph and numpy at module level: only history_window imports this module, and only when
the window is first built, so neither library is loaded at app start-up.

Signals:
    sessionClicked(int): the id of the session whose point was clicked.
    sessionHovered(int): the id of the session under the mouse, -1 when none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.model.history import SessionRecord
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui import plot_look, theme
from desktop.ui.history_axis import LocalDateAxis
from desktop.ui.history_bars import PairBars
from desktop.ui.history_table import describe

HOVER_RADIUS_PX = 14
DENSE_PER_PIXEL = 1.0  # more sessions than pixels across: draw one dot per pixel and rating
RECENT_MAX = 50  # sessions added to the small items before everything is drawn afresh
_HINT = QT_TRANSLATE_NOOP(
    "history_plot", "Point at a dot to see that session; click it to find it in the table."
)


Point = tuple[int, float, "int | None", "int | None"]
"""(session id, started_at epoch seconds, tension before, tension after): HistoryStore.tension_points."""


def _arrays(points: Sequence[Point]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Ids, times, before and after ratings as arrays (NaN where a rating was skipped)."""
    ids = np.fromiter((p[0] for p in points), dtype=np.int64, count=len(points))
    xs = np.fromiter((p[1] for p in points), dtype=float, count=len(points))
    before = np.fromiter((np.nan if p[2] is None else p[2] for p in points), dtype=float, count=len(points))
    after = np.fromiter((np.nan if p[3] is None else p[3] for p in points), dtype=float, count=len(points))
    return ids, xs, before, after


def _one_per_pixel(
    xs: np.ndarray, first: np.ndarray, second: np.ndarray | None, bin_width: float | None
) -> np.ndarray:
    """Indices of the points to draw: all of them, or with `bin_width` (data units per pixel) the
    last of each group that would be drawn on the same pixel column with the same rating(s): the
    same picture, at a cost bounded by the plot's width rather than by the years of history."""
    if bin_width is None or not len(xs):
        return np.arange(len(xs))
    key = np.floor(xs / bin_width).astype(np.int64) * 11 + first.astype(np.int64)
    if second is not None:
        key = key * 11 + second.astype(np.int64)
    _, last = np.unique(key[::-1], return_index=True)  # the last of each: the one drawn on top
    return np.sort(len(key) - 1 - last)


class TensionPlot(QWidget):
    sessionClicked = Signal(int)
    sessionHovered = Signal(int)

    def __init__(self, lookup: Callable[[int], SessionRecord | None], parent: QWidget | None = None) -> None:
        """`lookup(id)` reads one session when the pointer rests on its dot (None if it is gone)."""
        super().__init__(parent)
        self._lookup = lookup
        self.titles: Mapping[str, str] = {}  # built-in routines' titles today (SessionRecord.title_in)
        self._hovered: int | None = None
        self._recent = 0  # sessions at the end of the arrays drawn by the *_recent items
        self._bin: float | None = None  # pixel width the big items are thinned at (None: not thinned)
        self._redrawing = False
        self._pid, self._px, self._pb, self._pa = _arrays(())
        self._xs = np.empty(0)
        self._ys = np.empty(0)
        self._ids = np.empty(0, dtype=np.int64)

        self.axis = LocalDateAxis(orientation="bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot.setMinimumHeight(220)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        item.setLabel("left", translate("history_plot", "Tension (0 none – 10 worst)"))
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        item.setMouseEnabled(x=True, y=False)
        item.setYRange(-0.5, 12.2, padding=0)  # headroom above 10 keeps the legend off the points

        self.legend = legend = item.addLegend(offset=(8, 4), colCount=4)
        # "After" is drawn smaller and on top, so an unchanged session shows a dot inside a ring.
        # Colours come from the theme (_apply_look, below), at once and at every theme change.
        before, after = translate("history_plot", "Before"), translate("history_plot", "After")
        self.before_item = self._series(before, 12)
        self.after_item = self._series(after, 8)
        self.eased_item = PairBars("#000000", 3)
        self.rose_item = PairBars("#000000", 3)
        # Sessions added since the last full drawing go into small items of the same look: adding one to
        # the big item would copy every dot it holds (pyqtgraph keeps a record per dot).
        self.before_recent = self._series(before, 12)
        self.after_recent = self._series(after, 8)
        for data_item in (
            self.eased_item,
            self.rose_item,
            self.before_item,
            self.before_recent,
            self.after_item,
            self.after_recent,
        ):
            item.addItem(data_item)  # lines first, so the dots sit on top
        legend.clear()
        for data_item, label in (
            (self.before_item, before),
            (self.after_item, after),
            (self.eased_item, translate("history_plot", "Eased")),
            (self.rose_item, translate("history_plot", "Rose")),
        ):
            legend.addItem(data_item, label)
        self._ring = pg.ScatterPlotItem(size=22, brush=None)
        item.addItem(self._ring)
        self._empty = pg.TextItem("", anchor=(0.5, 0.5))
        item.addItem(self._empty, ignoreBounds=True)
        self._look_generation = -1
        self._apply_look()

        self.details = QLabel(translate("history_plot", _HINT))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.details)

        view_box = item.getViewBox()
        view_box.sigXRangeChanged.connect(self._on_view_changed)
        view_box.sigResized.connect(self._on_view_changed)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    @staticmethod
    def _series(name: str, size: int) -> pg.ScatterPlotItem:
        """One scatter item for the whole series: years of sessions are one item, and a new session is
        added to it (addPoints) without redrawing the others."""
        return pg.ScatterPlotItem(name=name, symbol="o", size=size)

    # ---- look ----------------------------------------------------------------------------------

    def _apply_look(self) -> None:
        """Paper, axes, words and series in the current theme's colours (desktop.ui.plot_look)."""
        look = plot_look.look()
        self._look_generation = theme.generation()
        self.plot.setBackground(look.background)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(look.axis))  # the line, ticks and grid
            axis.setTextPen(pg.mkPen(look.text))  # the tick labels and the axis title
        plot_look.colour_legend(self.legend, look.text)
        for series in (self.before_item, self.before_recent):
            series.setPen(pg.mkPen(look.before, width=2))
            series.setBrush(pg.mkBrush(look.background))  # hollow: a ring filled with the paper
        for series in (self.after_item, self.after_recent):
            series.setPen(pg.mkPen(look.after, width=1))
            series.setBrush(pg.mkBrush(look.after))
        self.eased_item.set_colour(look.eased)
        self.rose_item.set_colour(look.rose)
        self._ring.setPen(pg.mkPen(look.ring, width=1.5))
        self._empty.setColor(look.muted)
        self.legend.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if plot_look.stale(self._look_generation, event):
            self._apply_look()

    # ---- data ----------------------------------------------------------------------------------

    def set_points(self, points: Sequence[Point], x_range: tuple[float, float] | None = None) -> None:
        """Show these sessions, (id, started_at epoch s, before, after) each, oldest first; `x_range`
        (epoch seconds) fixes the visible period."""
        self._pid, self._px, self._pb, self._pa = _arrays(points)
        self._redraw(x_range)

    def apply(
        self,
        changed: Iterable[int],
        points: Sequence[Point],
        since_s: float | None,
        x_range: tuple[float, float] | None = None,
    ) -> None:
        """Redraw after a few sessions changed: drop `changed` ids (and points older than `since_s`),
        add `points` (their current values, for those still rated), keep everything else as it is."""
        keep = ~np.isin(self._pid, np.fromiter(changed, dtype=np.int64))
        if since_s is not None:
            keep &= self._px >= since_s
        new = _arrays(points)
        newest = self._px.max() if len(self._px) else -np.inf
        appendable = self._recent + len(new[0]) <= RECENT_MAX
        if keep.all() and appendable and (not len(new[1]) or new[1].min() > newest):
            self._append(new, x_range)  # the usual case: a session was added after the others
            return
        arrays = [np.concatenate((old[keep], add)) for old, add in zip(self._arrays(), new, strict=True)]
        order = np.lexsort((arrays[0], arrays[1]))  # oldest first, then by id, as the store lists them
        self._pid, self._px, self._pb, self._pa = (a[order] for a in arrays)
        self._redraw(x_range)

    def _append(self, new: tuple[np.ndarray, ...], x_range: tuple[float, float] | None) -> None:
        """Add sessions newer than every one shown: only their dots and lines are made."""
        ids = new[0]
        if len(ids):
            self._pid, self._px, self._pb, self._pa = (
                np.concatenate((old, add)) for old, add in zip(self._arrays(), new, strict=True)
            )
            self._recent += len(ids)
            for item, values in ((self.before_recent, self._pb), (self.after_recent, self._pa)):
                tail = slice(len(self._pid) - self._recent, None)
                rated = ~np.isnan(values[tail])
                item.setData(x=self._px[tail][rated], y=values[tail][rated])
            self._draw_lines()
            self._index_points()
        self._frame(x_range)

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        return self._pid, self._px, self._pb, self._pa

    def _redraw(self, x_range: tuple[float, float] | None) -> None:
        self._recent = 0
        for item in (self.before_recent, self.after_recent):
            item.setData(x=[], y=[])
        self._index_points()
        self._redrawing = True  # the range set below must not draw the old thinning first
        try:
            self._frame(x_range)
        finally:
            self._redrawing = False
        self._bin = self._wanted_bin()
        self._draw_dots()
        self._draw_lines()

    def _draw_dots(self) -> None:
        """The big items: every session but those added since (drawn by the *_recent items)."""
        end = len(self._pid) - self._recent
        xs = self._px[:end]
        for item, values in ((self.before_item, self._pb[:end]), (self.after_item, self._pa[:end])):
            rated = np.flatnonzero(~np.isnan(values))
            shown = rated[_one_per_pixel(xs[rated], values[rated], None, self._bin)]
            item.setData(x=xs[shown], y=values[shown])

    def _draw_lines(self) -> None:
        """One item per colour for every session's before→after line."""
        xs, before, after = self._px, self._pb, self._pa
        both = ~np.isnan(before) & ~np.isnan(after)
        for item, pairs in (
            (self.eased_item, np.flatnonzero(both & (before >= after))),
            (self.rose_item, np.flatnonzero(both & (before < after))),
        ):
            shown = pairs[_one_per_pixel(xs[pairs], before[pairs], after[pairs], self._bin)]
            item.setData(xs[shown], before[shown], after[shown])

    def _wanted_bin(self) -> float | None:
        """Data units per screen pixel when the period holds more sessions than the plot is wide (then
        dots and lines that would land on the same pixel are drawn once); None: draw every session."""
        view_box = self.plot.getPlotItem().getViewBox()
        width = view_box.width()
        (left, right), _ = view_box.viewRange()
        if width <= 0 or right <= left or len(self._pid) <= DENSE_PER_PIXEL * width:
            return None
        return (right - left) / width

    def _on_view_changed(self, *_: object) -> None:
        """Zoomed or resized: draw at the new pixel size when it differs enough from the one drawn."""
        if self._redrawing:
            return
        wanted, drawn = self._wanted_bin(), self._bin
        if wanted == drawn:
            return
        if wanted is not None and drawn is not None and 0.75 <= wanted / drawn <= 4:
            return  # close enough: each drawn pixel still stands for at most a few
        self._bin = wanted
        self._draw_dots()
        self._draw_lines()

    def _index_points(self) -> None:
        """Every dot's position and session, for finding the one under the pointer."""
        has_before, has_after = ~np.isnan(self._pb), ~np.isnan(self._pa)
        self._xs = np.concatenate((self._px[has_before], self._px[has_after]))
        self._ys = np.concatenate((self._pb[has_before], self._pa[has_after]))
        self._ids = np.concatenate((self._pid[has_before], self._pid[has_after]))

    def _frame(self, x_range: tuple[float, float] | None) -> None:
        """Forget the hovered dot and show `x_range` (the data's span when None)."""
        self._hovered = None
        self._ring.setData([], [])
        self.details.setText(translate("history_plot", _HINT))
        self.plot.setToolTip("")
        item = self.plot.getPlotItem()
        if x_range is None and len(self._xs):
            pad = max(86400.0, (self._xs.max() - self._xs.min()) * 0.03)
            x_range = (float(self._xs.min()) - pad, float(self._xs.max()) + pad)
        if x_range is not None:
            # Limits first: the previous period's limits would otherwise clamp the new range (choosing
            # "All time" after "Last 4 weeks" showed only the last year).
            item.setLimits(xMin=x_range[0] - 86400 * 365, xMax=x_range[1] + 86400 * 30)
            item.setXRange(*x_range, padding=0.02)
        if len(self._pid):
            self._empty.setText("")
        else:
            self._empty.setText(
                translate(
                    "history_plot",
                    "No rated sessions in this period yet.\n"
                    "Rate your tension before and after a routine to see it here.",
                )
            )
            left, right = x_range or item.viewRange()[0]
            self._empty.setPos((left + right) / 2, 5)

    def drawn(self, which: str) -> list[tuple[float, float]]:
        """The (time, rating) dots drawn for "before" or "after", oldest first (for tests)."""
        items = (
            (self.before_item, self.before_recent)
            if which == "before"
            else (self.after_item, self.after_recent)
        )
        dots: list[tuple[float, float]] = []
        for item in items:
            xs, ys = item.getData()
            dots += list(zip(np.asarray(xs).tolist(), np.asarray(ys).tolist(), strict=True))
        return dots

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
        return int(self._ids[nearest]) if dist[nearest] <= HOVER_RADIUS_PX else None

    def point_scene_pos(self, session_id: int, which: str = "after") -> QPointF:
        """Where a session's before/after point is drawn, in scene coordinates (for tests)."""
        row = int(np.flatnonzero(self._pid == session_id)[0])
        value = (self._pa if which == "after" else self._pb)[row]
        view_box = self.plot.getPlotItem().getViewBox()
        return view_box.mapViewToScene(
            QPointF(float(self._px[row]), 0.0 if np.isnan(value) else float(value))
        )

    # ---- mouse ---------------------------------------------------------------------------------

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        session_id = self.session_at(scene_pos)
        if session_id is not None and session_id == self._hovered:
            return  # still over the same session: nothing to read or redraw
        self._hovered = session_id
        record = self._lookup(session_id) if session_id is not None else None
        if record is None:
            self._ring.setData([], [])
            self.details.setText(translate("history_plot", _HINT))
            self.plot.setToolTip("")
            self.sessionHovered.emit(-1)
            return
        values = [v for v in (record.tension_before, record.tension_after) if v is not None]
        self._ring.setData([record.started_at.timestamp()] * len(values), values)
        text = describe(record, self.titles)
        self.details.setText(text)
        self.plot.setToolTip(text)
        self.sessionHovered.emit(record.id)

    def _on_mouse_clicked(self, event: object) -> None:
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        session_id = self.session_at(scene_pos)
        if session_id is not None:
            self.sessionClicked.emit(session_id)
