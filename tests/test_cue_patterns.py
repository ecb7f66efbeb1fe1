"""Each motion cue pattern is a pure function of its frame: same frame, same marks; the rest pose and
the direction come from the frame, never from state swapped in and out of an item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from desktop.model.anatomy import GuidePath
from desktop.model.routine import Direction, MotionPattern
from desktop.ui import cue_patterns
from desktop.ui.cue_patterns import CueFrame
from desktop.ui.cue_shapes import GuideWalk

GUIDE = GuidePath("zone", ((100.0, 400.0), (110.0, 250.0), (120.0, 100.0)))  # distal (bottom) → proximal


def _frame(pattern: MotionPattern, direction: Direction, **changes) -> CueFrame:
    track = QPainterPath()
    track.addPolygon(QPolygonF([QPointF(x, y) for x, y in GUIDE.points]))
    base = CueFrame(pattern, GUIDE, GuideWalk(GUIDE), track, QPointF(110, 250), 120.0, 14.0, direction)
    return base._replace(**changes)


def _marks(frame: CueFrame) -> tuple:
    shapes = cue_patterns.draw(frame)
    paths = tuple((path.boundingRect().getRect(), brush.color().rgba()) for path, brush in shapes.ops)
    return paths, tuple(tuple(round(v, 6) for v in sprite) for sprite in shapes.sprites)


DIRECTIONS = {
    MotionPattern.CIRCLES: Direction.CLOCKWISE,
    MotionPattern.ROTATE: Direction.CLOCKWISE,
    MotionPattern.FLEX: Direction.ALTERNATE,
    MotionPattern.FRICTION: Direction.ACROSS,
}


@pytest.mark.parametrize("pattern", list(MotionPattern))
def test_a_frame_draws_the_same_marks_every_time_and_moves_with_progress(pattern: MotionPattern) -> None:
    direction = DIRECTIONS.get(pattern, Direction.UP)
    frame = _frame(
        pattern, direction, progress=0.1, hold_progress=0.1 if pattern is MotionPattern.HOLD else None
    )
    assert _marks(frame) == _marks(frame)
    later = frame._replace(progress=0.35, hold_progress=0.35 if pattern is MotionPattern.HOLD else None)
    assert _marks(frame) != _marks(later)


def test_the_rest_pose_ignores_progress() -> None:
    still = _frame(MotionPattern.KNEAD, Direction.UP, still=True, progress=0.8)
    assert _marks(still) == _marks(still._replace(progress=0.1))


def test_glide_direction_comes_from_the_frame() -> None:
    up = _frame(MotionPattern.GLIDE, Direction.UP)
    down = up._replace(direction=Direction.DOWN)
    assert up.position_at(0.0)[0].y() == pytest.approx(400.0)
    assert down.position_at(0.0)[0].y() == pytest.approx(100.0)
    assert _marks(up) != _marks(down)
