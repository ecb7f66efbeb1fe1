"""The ankle-circle step shows the foot turning about the ankle, one cue per view, turning the way the
words say as the person looks down at their own foot."""

from __future__ import annotations

import pytest

from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.ui.diagram_view import DiagramView
from desktop.ui.rotation_cue import AnkleTurnCue, screen_turn

ROTATE = MotionCue(MotionPattern.ROTATE, Direction.CLOCKWISE)


def _view(qtbot, view: str, side: str = "right") -> DiagramView:
    widget = DiagramView()
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.set_auto_view(False)
    widget.set_view(view)
    widget.set_side(side)
    widget.set_paused(True)
    return widget


def test_a_rotation_over_heel_and_forefoot_is_one_cue_about_the_ankle(qtbot) -> None:
    widget = _view(qtbot, "medial")
    widget.highlight(["heel", "forefoot"], motion=ROTATE)
    (cue,) = widget.cue_items()
    assert isinstance(cue, AnkleTurnCue)
    ankle = widget.view_geometry().zones["medial_malleolus"]
    assert ankle.contains(cue.pivot.x(), cue.pivot.y())  # it turns about the ankle bone
    forefoot = widget.view_geometry().zones["forefoot"].bbox
    assert forefoot[0] <= cue.centre.x() <= forefoot[0] + forefoot[2]  # the loop is at the toes' end


@pytest.mark.parametrize(
    ("view", "rises_on_near_side"),
    [("medial", True), ("lateral", False), ("posterior", True), ("anterior", False)],
)
def test_clockwise_as_the_person_sees_it_in_each_view(view: str, rises_on_near_side: bool) -> None:
    """From behind, the screen shows the foot as its owner looks down at it; from the front the other way.
    On the inner side of the right foot, clockwise toes rise on the near side; on the outer side they sink."""
    assert (screen_turn(Direction.CLOCKWISE, view) > 0) is rises_on_near_side
    assert screen_turn(Direction.COUNTERCLOCKWISE, view) == -screen_turn(Direction.CLOCKWISE, view)


def test_the_toes_rise_on_the_near_side_of_the_loop_turning_clockwise(qtbot) -> None:
    widget = _view(qtbot, "medial")
    widget.highlight(["heel", "forefoot"], motion=ROTATE)
    (cue,) = widget.cue_items()
    start, _ = cue.loop_point(0.0)
    soon, _ = cue.loop_point(0.05)
    assert start.x() < cue.centre.x()  # the near side of the loop
    assert soon.y() < start.y()  # moving up the screen
    widget.set_phase_direction(Direction.COUNTERCLOCKWISE)
    soon, _ = cue.loop_point(0.05)
    assert soon.y() > start.y()


def test_the_mirrored_left_foot_turns_the_other_way_on_the_drawing(qtbot) -> None:
    """The left foot is the right drawing mirrored; its clockwise is the right foot's anticlockwise."""
    widget = _view(qtbot, "medial", side="left")
    widget.highlight(["heel", "forefoot"], motion=ROTATE)
    (cue,) = widget.cue_items()
    start, _ = cue.loop_point(0.0)
    soon, _ = cue.loop_point(0.05)
    assert soon.y() > start.y()  # drawn turning anticlockwise, shown mirrored


def test_the_cue_moves_and_holds_still(qtbot) -> None:
    widget = _view(qtbot, "medial")
    widget.highlight(["heel", "forefoot"], motion=ROTATE)
    (cue,) = widget.cue_items()
    frames = []
    for progress in (0.1, 0.4):
        cue.set_progress(progress)
        frames.append(widget.viewport().grab().toImage())
    assert frames[0] != frames[1]
    cue.setVisible(False)
    assert widget.viewport().grab().toImage() != frames[0]
