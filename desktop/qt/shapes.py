"""Model shapes to Qt paths: a ZoneShape becomes a QPainterPath with the SVG's fill rule (invariant 3)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from desktop.model.anatomy import Close, CubicTo, GuidePath, LineTo, MoveTo, QuadTo, ShapePart, ZoneShape

_FILL = {"nonzero": Qt.FillRule.WindingFill, "evenodd": Qt.FillRule.OddEvenFill}


def part_path(part: ShapePart) -> QPainterPath:
    """One shape of a zone, curves kept as curves."""
    path = QPainterPath()
    path.setFillRule(_FILL[part.fill_rule])
    for subpath in part.subpaths:
        for seg in subpath:
            if isinstance(seg, MoveTo):
                path.moveTo(seg.x, seg.y)
            elif isinstance(seg, LineTo):
                path.lineTo(seg.x, seg.y)
            elif isinstance(seg, QuadTo):
                path.quadTo(seg.cx, seg.cy, seg.x, seg.y)
            elif isinstance(seg, CubicTo):
                path.cubicTo(seg.c1x, seg.c1y, seg.c2x, seg.c2y, seg.x, seg.y)
            elif isinstance(seg, Close):
                path.closeSubpath()
    return path


def zone_path(shape: ZoneShape) -> QPainterPath:
    """The zone's exact filled area.

    A single part keeps its curves and fill rule. Several parts are united with Qt's path boolean,
    because simply appending them under WindingFill would cancel out where parts wound in opposite
    directions overlap.
    """
    paths = [part_path(part) for part in shape.parts]
    if len(paths) == 1:
        return paths[0]
    result = paths[0]
    for path in paths[1:]:
        result = result.united(path)
    result.setFillRule(Qt.FillRule.WindingFill)
    return result


def guide_polygon(guide: GuidePath) -> QPolygonF:
    """The guide as an open polyline, distal end first."""
    return QPolygonF([QPointF(x, y) for x, y in guide.points])


def guide_path(guide: GuidePath) -> QPainterPath:
    """The guide as an open path, for drawing a dotted track under a motion cue."""
    path = QPainterPath()
    path.addPolygon(guide_polygon(guide))
    return path
