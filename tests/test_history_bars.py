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
