"""The ankle-circle cue: the foot turning about the ankle, not circles rubbed on the heel and the toes.

A rotation step works on the whole foot, so it gets ONE cue per view: faint copies of the foot's
outline swung either way about the ankle joint (what the foot does), and the loop the toes draw, with
the hand-held "toe" travelling round it and an arrow showing which way.

"Clockwise" means as the person looks down along their own foot (from above and behind, as when
sitting with the foot in front of them): the toes go up, across, down and back. That plane faces the
viewer in the view from behind; the view from the front sees it from the other side (reversed); the
side views see it edge on, so the loop is drawn as a tilted ellipse whose near half is solid and whose
far half is dashed. On the inner-side view the toes rise on the near half when turning clockwise; on the
outer-side view they sink. The left foot is the mirrored right foot, turning the other way
anatomically; the DiagramView already hands this item the direction flipped for it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.model.anatomy import ViewGeometry
from desktop.model.routine import Direction, MotionCue
from desktop.ui import theme

CUE = theme.DIAGRAM_LIVE["cue"]  # live: desktop.ui.theme rewrites it when the theme changes
HALO = QColor(255, 255, 255, 230)
GHOST = QColor(10, 80, 150, 150)
SWING_DEGREES = 10.0  # how far the ghosted foot swings either way about the ankle
_ANKLE_ZONES = ("medial_malleolus", "lateral_malleolus")
# Views whose screen turns the opposite way to the person's own view of the foot (see the docstring).
_REVERSED_VIEWS = frozenset({"lateral", "anterior"})
_EDGE_ON_VIEWS = frozenset({"medial", "lateral"})


def ankle_pivot(geometry: ViewGeometry, zone_ids: Sequence[str]) -> QPointF:
    """The ankle joint in this view: between the ankle bones it shows, else the middle of the zones."""
    bones = [geometry.zones[z].bbox for z in _ANKLE_ZONES if z in geometry.zones]
    boxes = bones or [geometry.zones[z].bbox for z in zone_ids if z in geometry.zones]
    if not boxes:
        return QPointF(geometry.width / 2, geometry.height / 2)
    xs = [x + w / 2 for x, _, w, _ in boxes]
    ys = [y + h / 2 for _, y, _, h in boxes]
    return QPointF(sum(xs) / len(xs), sum(ys) / len(ys))


def convex_hull(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The outline round the target zones (heel to toes): a plain foot shape to swing about the ankle."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return unique

    def half(ordered: list[tuple[float, float]]) -> list[tuple[float, float]]:
        chain: list[tuple[float, float]] = []
        for p in ordered:
            while len(chain) >= 2:
                (ax, ay), (bx, by) = chain[-2], chain[-1]
                if (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax) > 0:
                    break
                chain.pop()
            chain.append(p)
        return chain[:-1]

    return half(unique) + half(unique[::-1])


def screen_turn(direction: Direction, view: str | None) -> float:
    """+1 when the loop turns clockwise on the (unmirrored) drawing, −1 when counter-clockwise."""
    spin = -1.0 if direction == Direction.COUNTERCLOCKWISE else 1.0
    return -spin if view in _REVERSED_VIEWS else spin


class AnkleTurnCue(QGraphicsItem):
    """The foot swinging about the ankle, and the loop its toes draw (one per rotation step)."""

    track = None  # no marks that stay still: all of it moves

    def __init__(
        self, geometry: ViewGeometry, zone_ids: Sequence[str], cue: MotionCue, view: str | None, unit: float
    ) -> None:
        super().__init__()
        shown = [z for z in zone_ids if z in geometry.zones]
        self.zone_id = shown[0] if shown else ""
        self.cue = cue
        self.direction = cue.direction
        self.view = view
        self.unit = unit
        self.progress = 0.0
        self.still = False
        self.hold_progress: float | None = None
        self.pivot = ankle_pivot(geometry, shown)
        self._foot = QPainterPath()
        outline = convex_hull(
            [p for z in shown for part in geometry.zones[z].parts for poly in part.polygons for p in poly]
        )
        if outline:
            self._foot.addPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
            self._foot.closeSubpath()
        self.centre, radius = self._loop_place(geometry, shown)
        edge_on = view in _EDGE_ON_VIEWS
        self.radii = (radius * 0.38, radius) if edge_on else (radius, radius)
        reach = math.hypot(self._foot.boundingRect().width(), self._foot.boundingRect().height())
        self._bounds = QRectF(self.pivot.x() - reach, self.pivot.y() - reach, 2 * reach, 2 * reach)
        self._bounds = self._bounds.united(self._loop_rect()).adjusted(
            -3 * unit, -3 * unit, 3 * unit, 3 * unit
        )
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def _loop_place(self, geometry: ViewGeometry, shown: Sequence[str]) -> tuple[QPointF, float]:
        """The loop sits on the part of the foot farthest from the ankle (the toes' end)."""
        if not shown:
            return QPointF(self.pivot), 4 * self.unit
        far = max(shown, key=lambda z: self._distance_to_pivot(geometry.zones[z].bbox))
        bx, by, bw, bh = geometry.zones[far].bbox
        centre = QPointF(bx + bw / 2, by + bh / 2)
        reach = math.hypot(centre.x() - self.pivot.x(), centre.y() - self.pivot.y())
        return centre, max(3 * self.unit, min(7 * self.unit, reach * 0.4))

    def _distance_to_pivot(self, bbox: tuple[float, float, float, float]) -> float:
        bx, by, bw, bh = bbox
        return math.hypot(bx + bw / 2 - self.pivot.x(), by + bh / 2 - self.pivot.y())

    def _loop_rect(self) -> QRectF:
        rx, ry = self.radii
        return QRectF(self.centre.x() - rx, self.centre.y() - ry, 2 * rx, 2 * ry)

    # -- the interface every cue item offers the DiagramView

    def set_progress(self, value: float) -> None:
        self.still = False
        self.progress = value % 1.0
        self.update()

    def set_still(self) -> None:
        self.still = True
        self.update()

    def set_direction(self, direction: Direction) -> None:
        if direction != self.direction:
            self.direction = direction
            self.update()

    def set_hold_progress(self, value: float | None) -> None:
        self.hold_progress = value  # a rotation has no sustained press

    def set_device_transform(self, transform: QTransform) -> None:
        """Nothing is snapped to pixels here: the item is drawn whole each frame."""

    def boundingRect(self) -> QRectF:
        return self._bounds

    # -- drawing

    @property
    def turn(self) -> float:
        return screen_turn(self.direction, self.view)

    def loop_point(self, t: float) -> tuple[QPointF, float]:
        """Where the toes are at fraction t of a turn, and their travel angle (screen radians)."""
        rx, ry = self.radii
        a = math.pi + self.turn * 2 * math.pi * t  # t = 0 at the near (left) side of the loop
        point = QPointF(self.centre.x() + rx * math.cos(a), self.centre.y() + ry * math.sin(a))
        tangent = math.atan2(self.turn * ry * math.cos(a), -self.turn * rx * math.sin(a))
        return point, tangent

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = 0.3 if self.still else self.progress
        swing = math.sin(2 * math.pi * t)
        for angle in (-SWING_DEGREES, SWING_DEGREES) if self.still else (SWING_DEGREES * swing,):
            self._ghost(painter, angle)
        self._loop(painter)
        marks = (0.12, 0.37, 0.62, 0.87) if self.still else (t,)
        for mark in marks:
            at, angle = self.loop_point(mark)
            self._arrow_head(painter, at, angle)
        pivot = QPainterPath()
        pivot.addEllipse(self.pivot, self.unit * 0.55, self.unit * 0.55)
        painter.fillPath(pivot, CUE)
        painter.strokePath(pivot, QPen(HALO, 2))

    def _ghost(self, painter: QPainter, degrees: float) -> None:
        turn = QTransform().translate(self.pivot.x(), self.pivot.y()).rotate(degrees)
        turn.translate(-self.pivot.x(), -self.pivot.y())
        outline = turn.map(self._foot)
        pen = QPen(GHOST, self.unit * 0.3, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        painter.strokePath(outline, QPen(HALO, self.unit * 0.3 + 3))
        painter.strokePath(outline, pen)

    def _loop(self, painter: QPainter) -> None:
        rx, ry = self.radii
        near, far = QPainterPath(), QPainterPath()
        for path, start in ((near, math.pi / 2), (far, -math.pi / 2)):
            for i in range(33):
                a = start + math.pi * i / 32
                point = QPointF(self.centre.x() + rx * math.cos(a), self.centre.y() + ry * math.sin(a))
                path.lineTo(point) if i else path.moveTo(point)
        width = self.unit * 0.55
        edge_on = rx < ry * 0.9
        for path, style in (
            (far, Qt.PenStyle.DashLine if edge_on else Qt.PenStyle.SolidLine),
            (near, Qt.PenStyle.SolidLine),
        ):
            painter.strokePath(path, QPen(HALO, width + 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.strokePath(path, QPen(CUE, width, style, Qt.PenCapStyle.RoundCap))

    def _arrow_head(self, painter: QPainter, tip: QPointF, angle: float) -> None:
        size = self.unit * 1.5
        back = angle + math.pi
        head = QPolygonF(
            [
                tip,
                QPointF(tip.x() + size * math.cos(back + 0.45), tip.y() + size * math.sin(back + 0.45)),
                QPointF(tip.x() + size * math.cos(back - 0.45), tip.y() + size * math.sin(back - 0.45)),
            ]
        )
        path = QPainterPath()
        path.addPolygon(head)
        path.closeSubpath()
        painter.strokePath(path, QPen(HALO, 4))
        painter.fillPath(path, CUE)
