"""The motion cues over the diagram's current view: one object owns them, the DiagramView asks it.

It knows the step's motion, the phase's direction, the hold progress and the foot, and keeps every cue
item in the scene agreeing with them: built per zone from the view's geometry (or one cue for the whole
foot turning about the ankle), removed when the view or step changes, turned for the mirrored left foot.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsScene

from desktop.model.anatomy import ViewGeometry
from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.ui.cue_shapes import FixedMarks
from desktop.ui.diagram_animation import loop_progress
from desktop.ui.motion_cues import LOOP_SECONDS, MotionCueItem
from desktop.ui.rotation_cue import AnkleTurnCue

CueItem = MotionCueItem | AnkleTurnCue
CUE_Z = 500  # above zones and labels
TRACK_Z = CUE_Z - 1  # every cue's fixed marks, beneath every cue's moving marks
_TURNS = {Direction.CLOCKWISE: Direction.COUNTERCLOCKWISE, Direction.COUNTERCLOCKWISE: Direction.CLOCKWISE}


class CueOverlay:
    """The cue items of one step over one view, and the state they are drawn from."""

    def __init__(self) -> None:
        self.motion: MotionCue | None = None
        self.phase_direction: Direction | None = None
        self.hold_progress: float | None = None
        self.side = "right"
        self._items: list[CueItem] = []
        self.tracks: list[FixedMarks] = []  # the cues' marks that never move, one item per cue

    @property
    def items(self) -> list[CueItem]:
        return list(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def set_step(self, motion: MotionCue | None, phase_direction: Direction | None) -> None:
        """A new step (or none): its motion and first phase; the hold restarts. Call `rebuild` next."""
        self.motion = motion
        self.phase_direction = phase_direction
        self.hold_progress = None

    def clear(self) -> None:
        for item in (*self._items, *self.tracks):
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items.clear()
        self.tracks.clear()

    def rebuild(
        self,
        scene: QGraphicsScene,
        geometry: ViewGeometry | None,
        zone_ids: Sequence[str],
        view: str | None,
        device: QTransform,
    ) -> None:
        """Replace the cues with those of the current step over these zones of this view."""
        self.clear()
        motion = self.motion
        if motion is None or geometry is None:
            return
        unit = min(geometry.width, geometry.height) / 50  # tied to the drawing, not to the zone
        if motion.pattern is MotionPattern.ROTATE and zone_ids:
            # the whole foot turns about the ankle: one cue, not circles rubbed on each zone
            self._add(scene, AnkleTurnCue(geometry, zone_ids, motion, view, unit), device)
            return
        for zone_id in zone_ids:
            if zone_id in geometry.zones and zone_id in geometry.guides:
                item = MotionCueItem(geometry.zones[zone_id], geometry.guides[zone_id], motion, unit=unit)
                self._add(scene, item, device)

    def _add(self, scene: QGraphicsScene, item: CueItem, device: QTransform) -> None:
        item.set_direction(self.screen_direction(self.phase_direction or item.cue.direction))
        item.set_hold_progress(self.hold_progress)
        item.setZValue(CUE_Z)
        item.set_device_transform(device)
        scene.addItem(item)
        self._items.append(item)
        if item.track is not None:
            item.track.setZValue(TRACK_Z)
            scene.addItem(item.track)
            self.tracks.append(item.track)

    def screen_direction(self, direction: Direction) -> Direction:
        """The left foot is the right-foot drawing mirrored, which would turn a clockwise arrow
        counter-clockwise; turning cues are drawn reversed so the arrow agrees with the words."""
        if self.side == "left" and direction in _TURNS:
            return _TURNS[direction]
        return direction

    def set_side(self, side: str) -> None:
        self.side = side
        for item in self._items:
            item.set_direction(self.screen_direction(self.phase_direction or item.cue.direction))

    def set_phase_direction(self, direction: Direction | None) -> bool:
        """A phase changed direction; True when a cue now turns the other way (worth showing moving)."""
        self.phase_direction = direction
        turned = False
        for item in self._items:
            wanted = self.screen_direction(direction or item.cue.direction)
            turned = turned or wanted != item.direction
            item.set_direction(wanted)
        return turned

    def set_hold_progress(self, fraction: float | None) -> None:
        self.hold_progress = fraction
        for item in self._items:
            item.set_hold_progress(fraction)

    def set_device_transform(self, device: QTransform) -> None:
        for item in self._items:
            item.set_device_transform(device)

    def show_frame(self, frame: int, fps: int) -> None:
        if self._items and self.motion is not None:
            progress = loop_progress(frame, fps, LOOP_SECONDS[self.motion.pattern])
            for item in self._items:
                item.set_progress(progress)

    def hold_still(self) -> None:
        for item in self._items:
            item.set_still()
