"""The pulse composed over the backdrop, and the chevrons' turns kept (issue 19: follow-along at 4K).

A pulse frame used to copy the backdrop and blend the lit layer over it, ~0.7 Mpx at 4K, ten times a
second. The backdrop now keeps the layer blended at each level the pulse shows, so a frame is one copy.
These tests pin that the screen shows the same pixels as the blend did, at every level of a beat, for
either foot, one zone or several; that each level is blended once, not per frame; that a zone drawn
beneath the layer (a hover) stops the composition while it lasts; and that a paused pulse lets go of
the levels it does not show.
"""

from __future__ import annotations

import pytest
from diagram_fixture import shown_fixture_view
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.ui.diagram_animation import pulse_level
from desktop.ui.diagram_view import DiagramView

GLIDE = MotionCue(MotionPattern.GLIDE, Direction.UP)
FPS = 10  # follow-along's frame rate
BEAT = 16  # frames per pulse beat at FPS


def _make(qtbot, zones: list[str], side: str = "right") -> DiagramView:
    """Lit zones with a gliding cue, frames driven by hand (reduced motion stops the clock)."""
    widget = shown_fixture_view(qtbot)
    widget.set_side(side)
    widget.highlight(zones, motion=GLIDE)
    widget.set_reduced_motion(True)
    QApplication.processEvents()
    return widget


def _show(widget: DiagramView, frame: int) -> None:
    widget._show_frame(frame, FPS)
    QApplication.processEvents()  # Qt paints what the frame invalidated


def _screen(widget: DiagramView) -> QImage:
    return widget.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _blended_by_qt(widget: DiagramView) -> QImage:
    """The same frame with composition refused: the zones blend themselves, as before."""
    layer = widget._lit
    layer.composable = lambda: False
    try:
        return _screen(widget)
    finally:
        del layer.composable


@pytest.mark.parametrize(("zones", "side"), [(["big", "small", "ell"], "right"), (["big"], "left")])
def test_every_level_of_a_beat_shows_the_pixels_the_blend_showed(qtbot, zones, side) -> None:
    widget = _make(qtbot, zones, side)
    items = widget.zone_items()
    levels = set()
    for frame in range(BEAT // 2 + 1):  # full glow to faintest: every level of the beat
        _show(widget, frame)
        composed = _screen(widget)
        assert all(items[zone].composed for zone in zones)  # the zones left it to the backdrop
        assert widget._cues.tracks and all(track.composed for track in widget._cues.tracks)
        assert composed == _blended_by_qt(widget), f"frame {frame}"
        assert not items[zones[0]].composed  # (and drew themselves when it was refused)
        levels.add(pulse_level(frame, FPS))
    assert len(levels) >= 5  # the test saw the glow breathe, not one level


def test_each_level_is_blended_once_and_later_beats_only_copy(qtbot) -> None:
    widget = _make(qtbot, ["big", "small", "ell"])
    backdrop = widget._backdrop
    _show(widget, 0)
    start = backdrop.composed
    for frame in range(1, BEAT + 1):
        _show(widget, frame)
    levels = {pulse_level(frame, FPS) for frame in range(BEAT + 1)}
    first_beat = backdrop.composed - start
    assert first_beat == len(levels) - 1  # the full glow of frame 0 was composed before `start`
    for frame in range(BEAT + 1, 3 * BEAT + 1):
        _show(widget, frame)
    assert backdrop.composed - start == first_beat  # two more beats: nothing blended again


def test_a_zone_drawn_beneath_the_layer_stops_the_composition_while_it_shows(qtbot) -> None:
    """Zone "small" lies on "big" and is lit alone; hovering "big" draws its outline under the glow, which a
    frame composed over the backdrop would cover: while it shows, the zones blend themselves."""
    widget = _make(qtbot, ["small"])
    items = widget.zone_items()
    _show(widget, 3)
    assert items["small"].composed
    items["big"].set_state(hovered=True)
    _show(widget, 4)
    assert not items["small"].composed
    hovered = _screen(widget)
    assert not items["small"].composed
    items["big"].set_state(hovered=False)
    _show(widget, 5)
    assert items["small"].composed
    assert _screen(widget) == _blended_by_qt(widget)
    items["big"].set_state(hovered=True)
    _show(widget, 4)
    assert _screen(widget) == hovered  # the outline is back, exactly as drawn before


def test_a_change_of_look_composes_the_frames_again(qtbot) -> None:
    """Hovering a lit zone changes the layer: the frames of the old look are not shown again."""
    widget = _make(qtbot, ["big", "small"])
    items = widget.zone_items()
    _show(widget, 3)
    before = _screen(widget)
    items["small"].set_state(hovered=True)
    _show(widget, 3)
    hovered = _screen(widget)
    assert hovered != before
    assert hovered == _blended_by_qt(widget)


def test_a_still_pulse_keeps_only_the_frame_it_shows(qtbot) -> None:
    widget = _make(qtbot, ["big", "small", "ell"])
    for frame in range(BEAT):
        _show(widget, frame)
    assert len(widget._backdrop._frames) > 3
    widget._hold_still()  # paused, or the burst ended: the full glow only
    QApplication.processEvents()
    widget.viewport().grab()
    assert len(widget._backdrop._frames) <= 1


def test_a_chevron_turn_is_drawn_once_however_often_it_comes_back(qtbot) -> None:
    """A chevron gliding along a guide swaps to the mark turned its way; each turn keeps its pixels,
    shared by every chevron of the cue, so the next loops draw nothing again."""
    widget = shown_fixture_view(qtbot)
    widget.set_view("medial")
    widget.highlight(["ring"], motion=GLIDE)  # a curved guide: the chevrons turn as they go
    widget.set_reduced_motion(True)
    loop = round(2.4 * FPS)  # the glide's loop in frames
    turns = None
    for frame in range(loop):
        _show(widget, frame)
    cue = widget.cue_items()[0]
    caches = cue._chevrons._pixels
    turns = len(caches)
    assert turns >= 2  # the chevrons did turn on this guide
    drawn = sum(cache.renders for cache in caches.values())
    assert drawn == turns  # once each, for all the chevrons showing it
    for frame in range(loop, 3 * loop):
        _show(widget, frame)
    assert sum(cache.renders for cache in caches.values()) == drawn


def test_hidden_lit_zones_are_not_composed(qtbot) -> None:
    """The backdrop composes the layer only while its zones are shown: hidden, they leave the artwork."""
    widget = _make(qtbot, ["big"])
    plain = _make(qtbot, [])
    _show(widget, 3)
    for item in (widget.zone_items()["big"], *widget.cue_items(), *widget._cues.tracks):
        item.setVisible(False)
    QApplication.processEvents()
    assert _screen(widget) == _screen(plain)


def test_a_zone_drawn_above_the_layer_keeps_the_tracks_over_it(qtbot) -> None:
    """Lit "big" alone; hovering "small" (above it) draws an outline between the glow and the cue's
    dashed track: the glow stays composed, the track draws itself over that outline, as before."""
    widget = _make(qtbot, ["big"])
    items = widget.zone_items()
    track = widget._cues.tracks[0]
    _show(widget, 3)
    assert items["big"].composed and track.composed
    items["small"].set_state(hovered=True)
    _show(widget, 4)
    assert items["big"].composed and not track.composed
    assert _screen(widget) == _blended_by_qt(widget)


def test_every_cue_track_lies_under_every_cue_s_moving_marks(qtbot) -> None:
    """The tracks are composed with the pulse, under all moving marks: so they are drawn there too
    when nothing is composed (a chevron crossing another cue's track passes over it, either way)."""
    widget = _make(qtbot, ["big", "small", "ell"])
    tracks, cues = widget._cues.tracks, widget.cue_items()
    assert len(tracks) == len(cues) == 3
    for track in tracks:
        assert track.parentItem() is None and track.scene() is widget.scene()
        assert all(track.zValue() < cue.zValue() for cue in cues)
    widget.highlight(["big"], motion=None)  # the step's cues go, and their tracks with them
    assert not widget._cues.tracks and not any(item in widget.scene().items() for item in tracks)
