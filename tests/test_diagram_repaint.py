"""What an animation frame repaints, and what it draws again (issue 19: follow-along at 4K).

Every frame repaints the area the pulse and the cues cover, and all that lies beneath them is painted
again there. These tests pin the cheap parts: the background and artwork are one opaque pixmap drawn
once per zoom (a frame only copies it), a frame whose pulse level did not change repaints only the
cues, and the pulse rests at its ends instead of changing by a few per cent.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from diagram_fixture import shown_fixture_view
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QApplication

from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.ui.diagram_animation import PULSE_HOLD, pulse_level
from desktop.ui.diagram_view import DiagramView

GLIDE = MotionCue(MotionPattern.GLIDE, Direction.UP)
FPS = 10  # follow-along's frame rate


class PaintRegions(QObject):
    """Records the region of every paint event the viewport receives (what the screen repaints)."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.region = QRegion()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())
            self.count += 1
        return False

    def take(self) -> QRegion:
        region, self.region, self.count = self.region, QRegion(), 0
        return region


def _area(region: QRegion) -> int:
    return sum(rect.width() * rect.height() for rect in region)


def _make(qtbot) -> DiagramView:
    """A lit zone with a gliding cue, its frames driven by hand (reduced motion stops the clock)."""
    widget = shown_fixture_view(qtbot)
    widget.highlight(["big"], motion=GLIDE)
    widget.set_reduced_motion(True)  # no timer: the test shows each frame itself
    QApplication.processEvents()
    return widget


def _frame(widget: DiagramView, regions: PaintRegions, frame: int) -> QRegion:
    regions.take()
    widget._show_frame(frame, FPS)
    QApplication.processEvents()  # Qt paints what the frame invalidated, as on the screen
    return regions.take()


def _device_rect(widget: DiagramView, item) -> QRect:
    return widget.mapFromScene(item.sceneBoundingRect()).boundingRect()


def test_pulse_level_rests_at_its_ends_and_still_beats() -> None:
    for fps in (FPS, 12):
        beat = round(1600 * fps / 1000)
        levels = [pulse_level(frame, fps) for frame in range(beat + 1)]
        assert levels[0] == levels[-1] == 1.0
        assert min(levels) == 0.0
        between = [level for level in levels if 0 < level < 1]
        assert len(between) >= beat // 2  # most frames still move: the glow breathes, not blinks
        assert all(PULSE_HOLD <= level <= 1 - PULSE_HOLD for level in between)
        resting = [a == b for a, b in pairwise(levels)]
        assert any(resting)  # at least one frame at each end repaints nothing of the zone


def test_a_frame_at_a_resting_pulse_repaints_only_the_cue(qtbot) -> None:
    widget = _make(qtbot)
    zone = widget.zone_items()["big"]
    regions = PaintRegions(widget.viewport())
    _frame(widget, regions, 0)
    zone_rect = _device_rect(widget, zone)
    cue_area = QRegion()
    for cue in widget.cue_items():
        cue_area = cue_area.united(_device_rect(widget, cue))

    resting = _frame(widget, regions, 1)  # level 1.0 again: the zone is not repainted
    assert not resting.isEmpty()  # the cue moved
    assert _area(resting.subtracted(cue_area)) == 0
    assert _area(resting.intersected(QRegion(zone_rect))) < zone_rect.width() * zone_rect.height()

    moving = _frame(widget, regions, 3)  # the glow changes: its whole area is repainted
    assert _area(moving.intersected(QRegion(zone_rect))) == zone_rect.width() * zone_rect.height()


def test_the_backdrop_is_drawn_once_per_zoom_and_only_copied_by_frames(qtbot) -> None:
    widget = _make(qtbot)
    backdrop = widget._backdrop
    regions = PaintRegions(widget.viewport())
    for frame in range(2, 8):
        assert not _frame(widget, regions, frame).isEmpty()
    assert backdrop.renders == 1
    assert not widget._artwork.isVisible()  # drawn by the view's background, never twice
    widget.set_side("left")  # mirrored: drawn again, once
    for frame in range(2, 5):
        _frame(widget, regions, frame)
    assert backdrop.renders == 2
    widget.resize(500, 600)  # a new zoom: drawn again, once
    qtbot.waitUntil(lambda: backdrop.renders == 3)
    for frame in range(2, 5):
        _frame(widget, regions, frame)
    assert backdrop.renders == 3


@pytest.mark.parametrize("side", ["right", "left"])
def test_the_backdrop_shows_the_artwork_in_place(qtbot, side: str) -> None:
    """The artwork item is hidden and drawn by the view's background: with nothing lit, the viewport is
    exactly the background colour with the artwork drawn at the view's transform (mirrored for the left
    foot), as the item itself drew it."""
    widget = _make(qtbot)
    widget.set_side(side)
    widget.highlight([])
    QApplication.processEvents()
    shown = widget.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    expected = QImage(shown.size(), QImage.Format.Format_RGB32)
    expected.fill(widget.backgroundBrush().color())
    painter = QPainter(expected)
    painter.setRenderHints(widget.renderHints())
    painter.setWorldTransform(widget.viewportTransform())
    widget._artwork.paint(painter, None, None)
    painter.end()
    assert shown == expected
    assert shown.pixelColor(2, 2) == widget.backgroundBrush().color()
    art = widget.mapFromScene(widget._artwork.sceneBoundingRect()).boundingRect()
    xs, ys = range(art.left(), art.right(), 7), range(art.top(), art.bottom(), 7)
    colours = {shown.pixel(x, y) for x in xs for y in ys}
    assert len(colours) > 2  # the artwork is really there, not a blank fill


def _max_difference(a: QImage, b: QImage) -> int:
    a, b = a.convertToFormat(QImage.Format.Format_RGB32), b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    worst = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            channels = ((pa.red(), pb.red()), (pa.green(), pb.green()), (pa.blue(), pb.blue()))
            worst = max(worst, *(abs(u - v) for u, v in channels))
    return worst


def test_zones_lit_together_are_one_layer_that_looks_as_they_did(qtbot) -> None:
    """Overlapping lit zones blend as one layer (one pixmap a frame, not one per zone); at the full glow
    of the still frame, and with one of them hovered, the screen looks as when each drew itself."""
    widget = _make(qtbot)
    widget.highlight(["big", "small", "ell"], motion=None)
    items = widget.zone_items()
    group = items["big"].group
    assert group is not None and all(items[z].group is group for z in ("big", "small", "ell"))
    assert group.leader.boundingRect() == group.bounds
    joint = items["big"]._bounds.united(items["small"]._bounds).united(items["ell"]._bounds)
    assert group.bounds == joint  # the leader repaints the whole layer when any member changes
    items["small"].set_state(hovered=True)
    QApplication.processEvents()
    grouped = widget.viewport().grab().toImage()
    assert group._pixels.renders >= 1
    for zone_id in ("big", "small", "ell"):
        items[zone_id].set_group(None)
    QApplication.processEvents()
    separate = widget.viewport().grab().toImage()
    assert _max_difference(grouped, separate) <= 2  # rounding of 8-bit blending only
    widget.highlight(["big"], motion=GLIDE)  # one zone: no group
    assert items["big"].group is None and items["small"].group is None


def test_a_change_to_one_lit_zone_draws_only_that_zone_again(qtbot) -> None:
    """A hover or a click changes one zone of the lit layer: the layer is composed again, but only the
    changed zone strokes its glow again; the others are copied from their own pixel caches."""
    widget = _make(qtbot)
    widget.highlight(["big", "small", "ell"], motion=None)
    items = widget.zone_items()
    group = items["big"].group
    QApplication.processEvents()
    widget.viewport().grab()  # painted once: every zone drawn into its cache
    before = {zone_id: items[zone_id]._pixels.renders for zone_id in ("big", "small", "ell")}
    layers = group._pixels.renders
    items["small"].set_state(hovered=True)
    QApplication.processEvents()
    widget.viewport().grab()
    after = {zone_id: items[zone_id]._pixels.renders for zone_id in ("big", "small", "ell")}
    assert group._pixels.renders == layers + 1  # the layer is composed again
    assert after == {**before, "small": before["small"] + 1}  # only the hovered zone is drawn again
