"""The general SVG reader: svgelements, with every transform applied and arcs turned into cubics.

Used for any diagram desktop.model.plain_svg does not take (transforms, units, rect/circle/ellipse/
polygon shapes, arcs, style sheets), and as the reference the plain reader is tested against. Imported
only when such a file is read: svgelements takes ~20 ms and ~3 MB to import.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

import svgelements as se

from desktop.model.i18n import translate
from desktop.model.problems import Problem, ValidationError
from desktop.model.segments import Close, CubicTo, LineTo, MoveTo, QuadTo, RawPart, RawView, Segment, Subpath
from desktop.model.svg_scan import SHAPE_TAGS

SVG_PPI = 90.0  # QtSvg's unit conversion; svgelements defaults to 96


def read_view(data: bytes, zone_ids: Iterable[str], file: str) -> RawView:
    """The zones and guides of guarded SVG bytes; ValidationError if svgelements cannot read them."""
    try:
        svg = se.SVG.parse(io.BytesIO(data), reify=True, ppi=SVG_PPI)
    except Exception as exc:  # svgelements raises assorted types on inputs the guard let through
        raise ValidationError(
            [
                Problem(
                    file,
                    translate("svgelements_reader", "could not be read as SVG: {error}").format(error=exc),
                )
            ]
        ) from None
    zones: dict[str, list[RawPart]] = {}
    guides: dict[str, tuple[Subpath, ...]] = {}
    for zone_id in zone_ids:
        element = svg.get_element_by_id(f"zone-{zone_id}")
        if element is not None:
            zones[zone_id] = _parts(element)
        guide = svg.get_element_by_id(f"guide-{zone_id}")
        if guide is not None:
            guides[zone_id] = _subpaths(guide) if isinstance(guide, se.Shape) else ()
    return RawView(float(svg.width), float(svg.height), zones, guides)


def _parts(element: se.SVGElement) -> list[RawPart]:
    shapes = (
        [element]
        if isinstance(element, se.Shape)
        else [e for e in element.select() if isinstance(e, se.Shape)]
    )
    parts = []
    for shape in shapes:
        if shape.values.get("tag", "") not in SHAPE_TAGS:
            continue
        subpaths = _subpaths(shape)
        if subpaths:
            parts.append(
                RawPart(subpaths, "evenodd" if shape.values.get("fill-rule") == "evenodd" else "nonzero")
            )
    return parts


def _subpaths(shape: se.Shape) -> tuple[Subpath, ...]:
    """The shape's outline as our segments: transforms already applied, arcs turned into cubics."""
    path = se.Path(shape)
    path.approximate_arcs_with_cubics()
    subpaths: list[list[Segment]] = []
    current: list[Segment] | None = None
    for seg in path.segments():
        if isinstance(seg, se.Move):
            current = [MoveTo(seg.end.x, seg.end.y)]
            subpaths.append(current)
            continue
        if isinstance(seg, se.Close):
            if current is not None:
                current.append(Close())
                current = None
            continue
        if current is None:  # drawing on after a Z starts a new subpath at the closing point
            current = [MoveTo(seg.start.x, seg.start.y)]
            subpaths.append(current)
        if isinstance(seg, se.Line):
            current.append(LineTo(seg.end.x, seg.end.y))
        elif isinstance(seg, se.QuadraticBezier):
            current.append(QuadTo(seg.control.x, seg.control.y, seg.end.x, seg.end.y))
        elif isinstance(seg, se.CubicBezier):
            c1, c2, end = seg.control1, seg.control2, seg.end
            current.append(CubicTo(c1.x, c1.y, c2.x, c2.y, end.x, end.y))
    return tuple(tuple(sub) for sub in subpaths if len(sub) > 1)
