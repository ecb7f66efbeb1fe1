"""The history plot's before→after bars draw the same pixels as the 3-px lines they replaced."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from desktop.ui.history_bars import PairBars

XS = np.array([1.0, 2.5, 4.0, 6.0, 7.25])
BEFORE = np.array([7.0, 5.0, 3.0, 6.0, 2.0])
AFTER = np.array([3.0, 5.0, 1.0, 2.0, 4.0])  # one unchanged, one that rose


def _render(item, size: tuple[int, int] = (400, 300)) -> QImage:
    plot = pg.PlotWidget(background="w")
    plot.resize(*size)
    plot.getPlotItem().hideAxis("left")
    plot.getPlotItem().hideAxis("bottom")
    plot.addItem(item)
    plot.setXRange(0, 8, padding=0)
    plot.setYRange(0, 8, padding=0)
    plot.show()
    image = plot.grab().toImage()
    plot.close()
    return image


@pytest.mark.parametrize(("size", "seed"), [((400, 300), None), ((517, 333), 1), ((1021, 411), 2)])
def test_bars_draw_what_a_3px_pairs_line_drew(qtbot, size, seed) -> None:
    xs, before, after = XS, BEFORE, AFTER
    if seed is not None:  # positions that fall between pixels in every way
        rng = np.random.default_rng(seed)
        xs = np.sort(rng.uniform(0.2, 7.8, 40))
        before, after = rng.integers(0, 9, 40).astype(float), rng.integers(0, 9, 40).astype(float)
    line = pg.PlotDataItem(
        np.repeat(xs, 2),
        np.column_stack((before, after)).ravel(),
        pen=pg.mkPen("#8fbcc4", width=3),
        connect="pairs",
    )
    bars = PairBars("#8fbcc4", 3)
    bars.setData(xs, before, after)
    old, new = _render(line, size), _render(bars, size)
    different = sum(
        old.pixel(x, y) != new.pixel(x, y) for x in range(old.width()) for y in range(old.height())
    )
    coloured = sum(new.pixel(x, y) != 0xFFFFFFFF for x in range(new.width()) for y in range(new.height()))
    assert coloured > 5 * 3 * 20  # five bars, 3 px wide, tens of pixels tall
    assert different == 0


def test_bars_report_their_data_as_a_pairs_line_does() -> None:
    bars = PairBars("#c0392b")
    bars.setData(XS, BEFORE, AFTER)
    xs, ys = bars.getData()
    assert xs.tolist() == np.repeat(XS, 2).tolist()
    assert ys.tolist() == np.column_stack((BEFORE, AFTER)).ravel().tolist()
    assert bars.dataBounds(0) == (1.0, 7.25) and bars.dataBounds(1) == (1.0, 7.0)


def _dense_plot(qtbot, count: int = 20000):
    from desktop.ui.history_plot import TensionPlot

    rng = np.random.default_rng(5)
    xs = np.sort(rng.uniform(0, 3e8, count))  # ~10 years of seconds
    points = [
        (i, float(x), int(rng.integers(3, 9)), int(rng.integers(0, 6))) for i, x in enumerate(xs.tolist())
    ]
    plot = TensionPlot(lambda session_id: None)
    qtbot.addWidget(plot)
    plot.resize(700, 400)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_points(points)
    return plot, points


def _pixel_columns(plot, xs) -> np.ndarray:
    view_box = plot.plot.getPlotItem().getViewBox()
    (left, right), _ = view_box.viewRange()
    return np.floor(np.asarray(xs) / ((right - left) / view_box.width())).astype(np.int64)


def test_zoomed_out_every_pixel_and_rating_still_gets_its_dot(qtbot) -> None:
    plot, points = _dense_plot(qtbot)
    xs, ys = plot.before_item.getData()
    assert len(xs) < len(points) / 2  # one dot per pixel column and rating, not one per session
    wanted = set(
        zip(_pixel_columns(plot, [p[1] for p in points]).tolist(), [p[2] for p in points], strict=True)
    )
    drawn = set(zip(_pixel_columns(plot, xs).tolist(), np.asarray(ys, dtype=int).tolist(), strict=True))
    assert drawn == wanted
    lines_x, _ = plot.eased_item.getData()
    assert 0 < len(lines_x) // 2 < len(points)


def test_zooming_in_draws_one_dot_per_pixel_at_the_new_scale(qtbot) -> None:
    plot, points = _dense_plot(qtbot)
    view_box = plot.plot.getPlotItem().getViewBox()
    left, right = 1.0e8, 1.0e8 + 2e6  # three weeks: a pixel is now under an hour
    view_box.setXRange(left, right, padding=0)
    seen = [p for p in points if left <= p[1] <= right]
    xs, ys = (np.asarray(a) for a in plot.before_item.getData())
    shown = (xs >= left) & (xs <= right)
    wanted = set(zip(_pixel_columns(plot, [p[1] for p in seen]).tolist(), [p[2] for p in seen], strict=True))
    drawn = set(zip(_pixel_columns(plot, xs[shown]).tolist(), ys[shown].astype(int).tolist(), strict=True))
    assert len(seen) > 50 and drawn == wanted
