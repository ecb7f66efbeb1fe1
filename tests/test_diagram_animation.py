"""The diagram's animation policy as a person meets it, and the pre-drawn cue pieces behind it.

Main window: the glow pulses and the cue moves for a short burst after each change (new step, a phase
turning the other way, resuming, the pointer coming onto the drawing), then a still frame stays: full
glow, arrows in place, nothing waking the process. Follow-along: motion for as long as the session
runs. Either way nothing runs while paused or hidden (invariant 2). Bursts are made short here.
"""

from __future__ import annotations

import math

import pytest
from diagram_fixture import shown_fixture_view
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractAnimation, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from desktop.model import anatomy
from desktop.model.anatomy import GuidePath, packaged_views
from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.ui.cue_shapes import GuideWalk
from desktop.ui.diagram_animation import BURST_S, MAIN_FPS, loop_progress, pulse_level
from desktop.ui.diagram_view import DiagramView
from desktop.ui.motion_cues import LOOP_SECONDS

GLIDE = MotionCue(MotionPattern.GLIDE, Direction.UP)
SHORT_S = 0.25


def _make(qtbot, burst_s: float | None = SHORT_S, fps: int = 30) -> DiagramView:
    widget = shown_fixture_view(qtbot)
    widget.set_animation_policy(burst_s, fps)
    return widget


def _running(widget: DiagramView) -> list[QObject]:
    animations = widget.findChildren(QAbstractAnimation)
    return [a for a in animations if a.state() == QAbstractAnimation.State.Running] + [
        t for t in widget.findChildren(QTimer) if t.isActive()
    ]


def _image(widget: DiagramView) -> QImage:
    return widget.viewport().grab().toImage()


def _settle(qtbot, widget: DiagramView) -> None:
    qtbot.waitUntil(lambda: not widget.animating, timeout=5000)
    assert _running(widget) == []


def test_the_main_window_default_is_a_short_burst_at_a_low_frame_rate() -> None:
    assert 3.0 <= BURST_S <= 6.0 and 8 <= MAIN_FPS <= 15
    assert all(loop <= BURST_S for loop in LOOP_SECONDS.values())  # every pattern shows a whole loop


def test_a_burst_ends_on_the_still_frame_and_nothing_keeps_running(qtbot) -> None:
    widget = _make(qtbot)
    widget.highlight(["ell"], motion=GLIDE)
    item = widget.zone_items()["ell"]
    (cue,) = widget.cue_items()
    assert widget.animating and len(_running(widget)) == 1
    qtbot.waitUntil(lambda: item.pulse < 1.0 and cue.progress > 0)  # it really pulses and moves
    _settle(qtbot, widget)
    assert item.pulse == 1.0 and item.opacity() == 1.0 and cue.still
    settled = _image(widget)

    # exactly what a diagram shows that never moved at all (paused before the highlight)
    still = _make(qtbot)
    still.set_paused(True)
    still.highlight(["ell"], motion=GLIDE)
    assert _image(still) == settled


@pytest.mark.parametrize("change", ["new step", "phase turns", "resume", "pointer enters", "shown again"])
def test_a_change_replays_the_burst(qtbot, change) -> None:
    widget = _make(qtbot)
    widget.highlight(["solidring"], motion=MotionCue(MotionPattern.ROTATE, Direction.CLOCKWISE))
    _settle(qtbot, widget)
    if change == "new step":
        widget.highlight(["ell"], motion=GLIDE)
    elif change == "phase turns":
        widget.set_phase_direction(Direction.CLOCKWISE)  # the way it already turns: nothing to show
        assert not widget.animating
        widget.set_phase_direction(Direction.COUNTERCLOCKWISE)
    elif change == "resume":
        widget.set_paused(True)
        widget.set_paused(False)
    elif change == "pointer enters":
        QTest.mouseMove(widget.viewport(), widget.viewport().rect().center())
        qtbot.waitUntil(lambda: widget.animating)
    else:
        widget.hide()
        widget.show()
        qtbot.waitExposed(widget)
    assert widget.animating
    _settle(qtbot, widget)


def test_being_told_again_that_it_runs_does_not_replay(qtbot) -> None:
    """The main window reports the session state every second: that alone must not restart motion."""
    widget = _make(qtbot)
    widget.highlight(["ell"], motion=GLIDE)
    _settle(qtbot, widget)
    for _ in range(3):
        widget.set_paused(False)
        widget.set_hold_progress(None)
    assert not widget.animating and _running(widget) == []


def test_follow_along_policy_moves_until_paused(qtbot) -> None:
    widget = _make(qtbot, burst_s=None, fps=50)
    widget.highlight(["ell"], motion=GLIDE)
    (cue,) = widget.cue_items()
    loops = []
    cue_progress = cue.set_progress

    def counting(value: float) -> None:
        loops.append(value)
        cue_progress(value)

    cue.set_progress = counting
    qtbot.waitUntil(lambda: len(loops) > 3 * SHORT_S * 50, timeout=5000)  # well past a short burst
    assert widget.animating
    widget.set_paused(True)
    assert _running(widget) == [] and cue.still


def test_nothing_runs_for_a_view_with_nothing_highlighted(qtbot) -> None:
    widget = _make(qtbot, burst_s=None)
    widget.highlight([])
    widget.replay()
    assert _running(widget) == []


def test_the_frame_timer_runs_at_the_policy_rate(qtbot) -> None:
    widget = _make(qtbot, burst_s=None, fps=10)
    widget.highlight(["ell"], motion=GLIDE)
    (timer,) = [t for t in widget.findChildren(QTimer) if t.isActive()]
    assert timer.interval() == 100
    with pytest.raises(ValueError):
        widget.set_animation_policy(0, 10)
    with pytest.raises(ValueError):
        widget.set_animation_policy(None, 0)


def test_pulse_and_loops_come_in_whole_frames() -> None:
    fps = 12
    assert pulse_level(0, fps) == 1.0  # a burst starts on the full glow...
    beat = round(1.6 * fps)
    assert pulse_level(beat, fps) == pytest.approx(1.0)  # ...and every whole beat returns to it
    assert min(pulse_level(f, fps) for f in range(beat)) < 0.1  # and it visibly dims in between
    frames = {loop_progress(f, fps, 2.4) for f in range(1000)}
    assert len(frames) == round(2.4 * fps)  # the same frames every loop: each cue keeps what it drew


# -- the cue pieces


def test_a_kept_frame_looks_like_one_drawn_afresh(qtbot) -> None:
    looks = []
    for visits in ([0.1], [0.1, 0.55, 0.8, 0.1]):
        widget = _make(qtbot)
        widget.set_paused(True)
        widget.highlight(["ell", "ring"], motion=MotionCue(MotionPattern.KNEAD, Direction.UP))
        for progress in visits:
            for cue in widget.cue_items():
                cue.set_progress(progress)
        looks.append(_image(widget))
    assert looks[0] == looks[1]


def test_chevrons_point_along_the_guide_and_sit_on_whole_pixels(qtbot) -> None:
    widget = _make(qtbot)
    widget.set_paused(True)
    widget.highlight(["ell"], motion=GLIDE)
    (cue,) = widget.cue_items()
    cue.set_progress(0.3)
    sprites = [s for s in cue._sprites if s.root.isVisible()]
    assert len(sprites) == 3
    for sprite in sprites:
        at = widget.mapFromScene(sprite.root.scenePos())
        exact = widget.viewportTransform().map(sprite.root.scenePos())
        assert abs(exact.x() - at.x()) < 1e-6 and abs(exact.y() - at.y()) < 1e-6
        assert abs(((sprite._turn - math.degrees(-math.pi / 2)) + 180) % 360 - 180) <= 3  # up the screen


def _guides() -> list[GuidePath]:
    guides = [g for view in packaged_views() for g in anatomy.load_view(view).guides.values()]
    guides.append(GuidePath("dup", ((0, 0), (0, 0), (3, 4), (3, 4), (3, 10))))  # zero-length segments
    return guides


_GUIDES = _guides()


@given(st.floats(min_value=-0.5, max_value=1.5, allow_nan=False))
def test_the_guide_walk_finds_the_same_points_as_the_guide(t: float) -> None:
    for guide in _GUIDES:
        (x, y), angle = GuideWalk(guide).point_at(t)
        (ex, ey), expected = guide.point_at(t)
        assert x == pytest.approx(ex, abs=1e-6) and y == pytest.approx(ey, abs=1e-6)
        turn = abs((angle - expected + math.pi) % (2 * math.pi) - math.pi)
        on_vertex = any(math.dist((x, y), p) < 1e-6 for p in guide.points)  # either segment is right
        assert turn < 1e-9 or on_vertex


def test_cue_rest_poses_show_which_way(qtbot) -> None:
    """The still glide shows three chevrons growing stronger the way the hands go."""
    widget = _make(qtbot)
    widget.set_paused(True)
    widget.highlight(["ell"], motion=GLIDE)
    (cue,) = widget.cue_items()
    placed = [(s.root.scenePos(), s.root.opacity()) for s in cue._sprites if s.root.isVisible()]
    assert len(placed) == 3
    ys = [p.y() for p, _ in placed]
    assert ys == sorted(ys, reverse=True)  # from the toes up
    assert [o for _, o in placed] == sorted(o for _, o in placed)  # strongest nearest the knee
    start, _ = cue.position_at(0.0)
    assert all(p.y() < start.y() for p, _ in placed)


def test_reduced_motion_leaves_no_running_animation_and_shows_the_still_cue(qtbot) -> None:
    """Reduced motion: no frame timer at all (no pulse, no moving cue), the rest pose shown instead."""
    from desktop.model.routine import Direction, MotionCue, MotionPattern
    from desktop.ui.diagram_view import DiagramView

    widget = DiagramView()
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_view("medial")
    widget.set_animation_policy(None, 10)  # follow-along's: moving for as long as the session runs
    widget.highlight(["achilles_tendon"], motion=MotionCue(MotionPattern.GLIDE, Direction.UP))
    assert widget.animating
    widget.set_reduced_motion(True)
    assert not widget.animating
    (cue,) = widget.cue_items()
    assert cue.still  # static arrows in place
    assert all(item.pulse == 1.0 for item in widget.zone_items().values())  # full glow, no pulse
    widget.highlight(["heel"], motion=MotionCue(MotionPattern.CIRCLES, Direction.CLOCKWISE))
    widget.set_paused(False)
    widget.replay()
    assert not widget.animating
    assert not [t for t in widget.findChildren(QTimer) if t.isActive()]
    widget.set_reduced_motion(False)
    assert widget.animating
