"""One clickable zone over the artwork.

A ZoneItem is hit-tested by its exact path (invariant 3): `shape()` returns the path itself, never
the path widened by a pen or its bounding box. Its look is state only (highlighted, pulse, hovered,
keyboard focus, tint); the DiagramView decides the state.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from desktop.model.zones import Zone
from desktop.ui import theme
from desktop.ui.pixel_cache import PixelCache


def escape(text: str) -> str:
    """html.escape without importing `html` (its entity table, ~3 ms) at start-up (issue 19)."""
    for plain, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;")):
        text = text.replace(plain, entity)
    return text


# Live colours of the current theme (desktop.ui.theme rewrites them in place when the theme changes).
HIGHLIGHT = theme.DIAGRAM_LIVE["highlight"]  # warm orange: stands out on skin tones and on grey
CAUTION = theme.DIAGRAM_LIVE["caution"]  # red, always with hatching so colour is not the only signal
TINT = theme.DIAGRAM_LIVE["tint"]
OUTLINE = theme.DIAGRAM_LIVE["outline"]
FOCUS = theme.DIAGRAM_LIVE["focus"]
SELECTED = theme.DIAGRAM_LIVE["selected"]  # deep violet: unlike orange glow, red hatching, blue focus
HALO = theme.HALO
_GLOW_MARGIN = 14.0  # scene units painted outside the path by the glow


class ZoneItem(QGraphicsPathItem):
    """A zone's exact area; draws highlight, caution hatching, hover outline, focus ring and tint."""

    def __init__(self, zone: Zone, path: QPainterPath, area: float) -> None:
        super().__init__(path)
        self._bounds = path.boundingRect().adjusted(-_GLOW_MARGIN, -_GLOW_MARGIN, _GLOW_MARGIN, _GLOW_MARGIN)
        self.zone = zone
        self.area = area
        self.highlighted = False
        self.pulse = 1.0  # 0..1, driven by the view's pulse animation
        self.hovered = False
        self.focused = False
        self.selected = False  # its panel is open: a solid outline until the panel closes
        self.tint = 0.0
        self.group: LitGroup | None = None  # lit with others: the group's first zone draws them all
        self.composed = False  # lit, and drawn by the view's backdrop (desktop.ui.pixel_cache.Backdrop)
        self.looks = 0  # counts changes of look (not of pulse): a composed frame of an older look is stale
        self._pixels = PixelCache()
        self.setPen(QPen(Qt.PenStyle.NoPen))  # the brush is already QBrush()'s NoBrush
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tip = f"<b>{escape(zone.name)}</b><br>{escape(zone.plain)}"
        if zone.caution:
            tip += f"<br><i>{escape(zone.caution)}</i>"
        self.setToolTip(tip)

    @property
    def zone_id(self) -> str:
        return self.zone.id

    @property
    def caution(self) -> bool:
        return self.zone.no_press

    def shape(self) -> QPainterPath:
        return self.path()

    def contains(self, point: QPointF) -> bool:
        return self.path().contains(point)

    def boundingRect(self) -> QRectF:
        group = self.group
        return group.bounds if group is not None and group.leader is self else self._bounds

    def set_group(self, group: LitGroup | None) -> None:
        """Join the zones lit with this one (None: leave); the first of them paints the group's layer."""
        if group is not self.group:
            self.prepareGeometryChange()  # a leader's bounds are the whole group's
            self.group = group
            self.update()

    def set_state(self, **changes: float | bool) -> None:
        """Change any of highlighted/pulse/hovered/focused/selected/tint, repainting only on a real change.

        The pulse only changes the item's opacity: a highlighted zone is drawn once into a pixel
        cache (desktop.ui.pixel_cache: crisp at any zoom and pixel ratio) and each pulse frame blends it,
        instead of re-stroking wide glow pens over a large path at 60 frames a second.
        """
        dirty = False
        for name, value in changes.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                dirty = dirty or name != "pulse"
        self.setOpacity(0.45 + 0.55 * self.pulse if self.highlighted else 1.0)
        if not dirty:
            return
        self.looks += 1
        if not self.highlighted:
            self.composed = False
        self._pixels.clear()
        if self.group is not None:
            self.group.changed()
        # update() marks the whole bounding rect (glow included) for repainting, so the old look is
        # painted over on the screen too. The item never switches to ItemHasNoContents when it goes
        # blank: Qt skips the repaint of an item with that flag, and its old pixels would stay on
        # screen (a stale highlight, focus ring or hover outline that widget.grab() never shows).
        self.update()

    def hoverEnterEvent(self, event) -> None:
        self.set_state(hovered=True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.set_state(hovered=False)
        super().hoverLeaveEvent(event)

    @property
    def blank(self) -> bool:
        """Nothing to draw: the zone is still there to hit-test, hover and focus by its exact shape."""
        return not (self.highlighted or self.hovered or self.focused or self.selected or self.tint > 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.blank or self.composed:
            return
        if self.group is not None and self.highlighted:
            if self.group.leader is self:
                self.group.paint(painter)
            return
        if self.highlighted or self.tint > 0:  # drawn once, then blended at each pulse frame's opacity
            self._pixels.paint(painter, self._bounds, self._draw)
        else:
            self._draw(painter)

    def _draw(self, painter: QPainter) -> None:
        path = self.path()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.tint > 0:
            color = QColor(TINT)
            color.setAlphaF(0.12 + 0.5 * min(1.0, self.tint))
            painter.fillPath(path, color)
        if self.highlighted:
            self._paint_highlight(painter, path)
        elif self.caution and (self.hovered or self.tint > 0):
            self._paint_hatch(painter, path, 0.6)
        if self.selected:  # a wide solid line on a white halo: visible on skin, orange and hatching
            _stroke_on_halo(painter, path, SELECTED, 4.0)
        if self.hovered:
            pen = QPen(OUTLINE, 2.0)
            pen.setCosmetic(True)
            painter.strokePath(path, pen)
        if self.focused:
            pen = QPen(FOCUS, 3.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.strokePath(path, pen)

    def _paint_highlight(self, painter: QPainter, path: QPainterPath) -> None:
        base = CAUTION if self.caution else HIGHLIGHT
        for width, alpha in ((_GLOW_MARGIN * 2, 0.10), (_GLOW_MARGIN * 1.2, 0.18), (_GLOW_MARGIN * 0.5, 0.3)):
            # the faint outer bands are wide and soft: anti-aliasing them costs more than it shows
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, alpha > 0.2)
            glow = QColor(base)
            glow.setAlphaF(alpha)
            pen = QPen(glow, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(path, pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(base)
        fill.setAlphaF(0.4)
        painter.fillPath(path, fill)
        if self.caution:
            self._paint_hatch(painter, path, 0.9)
        # The edge carries the highlight without colour: a dark line on a white halo stands out at
        # 3:1 or more in greyscale and for red-green colour blindness (tests/test_colour_independence.py).
        _stroke_on_halo(painter, path, QColor(base).darker(220), 3.0)

    def _paint_hatch(self, painter: QPainter, path: QPainterPath, alpha: float) -> None:
        color = QColor(CAUTION).darker(140)
        color.setAlphaF(alpha)
        painter.fillPath(path, QBrush(color, Qt.BrushStyle.BDiagPattern))
        pen = QPen(color, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.strokePath(path, pen)


class LitGroup:
    """Zones lit together (a step on the calf, the heel cord and the whole lower leg), drawn as one layer.

    Each animation frame blends the lit zones at the pulse's opacity over everything beneath them. As
    separate items that is one blend per zone where they overlap; as one layer, painted from one pixel
    cache by the first (largest, lowest) of them, it is one blend of their joint area (issue 19: the
    pulse at 4K). The zones keep their own shapes for hovering and clicking; all share one opacity.

    It is also the layer the view's backdrop composes over itself (desktop.ui.pixel_cache.Backdrop),
    one zone lit alone included (then it paints from that zone's own pixel cache): while every zone
    `beneath` it is blank, nothing lies between the backdrop and the layer, so the backdrop can hold
    each pulse level's frame ready and the zones paint nothing (`set_composed`).
    """

    def __init__(self, members: list[ZoneItem], others: Iterable[ZoneItem] = ()) -> None:
        self.members = sorted(members, key=lambda item: item.zValue())
        self.leader = self.members[0]
        bounds = QRectF()
        for item in self.members:
            bounds = bounds.united(item._bounds)
        self.bounds = bounds
        self._pixels = PixelCache()
        floor = self.leader.zValue()
        self.others = [item for item in others if item not in self.members]
        self.beneath = [  # zones drawn under the layer where they overlap it
            item for item in self.others if item.zValue() < floor and item._bounds.intersects(bounds)
        ]

    def changed(self) -> None:
        """A member's look changed: draw the layer again."""
        self._pixels.clear()
        self.leader.update()

    def paint(self, painter: QPainter) -> None:
        if len(self.members) == 1:
            item = self.leader
            item._pixels.paint(painter, item._bounds, item._draw)
        else:
            self._pixels.paint(painter, self.bounds, self._draw)

    def opacity(self) -> float:
        return self.leader.opacity()

    def look(self) -> tuple[int, ...]:
        return tuple(item.looks for item in self.members)

    def composable(self) -> bool:
        """The zones are shown lit, and nothing is drawn between the backdrop and them (a hovered zone
        beneath them would be)."""
        shown = all(item.highlighted and item.isVisible() for item in self.members)
        return shown and all(item.blank or not item.isVisible() for item in self.beneath)

    def alone(self) -> bool:
        """No other zone draws anything: nothing lies between this layer and the cues' fixed marks."""
        return all(item.blank or not item.isVisible() for item in self.others)

    def set_composed(self, composed: bool) -> None:
        for item in self.members:
            item.composed = composed

    def _draw(self, painter: QPainter) -> None:
        # In stacking order, each from its own pixel cache: a click or a hover changes one zone, and
        # only that one strokes its glow again (the glow's wide strokes are most of a zone's cost).
        for item in self.members:
            painter.save()
            item._pixels.paint(painter, item._bounds, item._draw)
            painter.restore()


def _stroke_on_halo(painter: QPainter, path: QPainterPath, color: QColor, width: float) -> None:
    """A solid line of `width` device pixels over a white one 3 px wider: readable on any background."""
    for pen_color, pen_width in ((HALO, width + 3.0), (color, width)):
        pen = QPen(
            pen_color, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        pen.setCosmetic(True)
        painter.strokePath(path, pen)
