"""Diagram geometry: each view's zones and guide paths as plain shape data (no Qt, no numpy).

Each view's SVG is read once (after svg_guard has refused anything hostile) into absolute move/line/
quad/cubic/close segments with every transform applied, so the Qt layer only has to replay them. The
readers get the file without its artwork group (most of the shapes; QtSvg draws it from the full bytes),
so the zones and guides keep the root and every transform above them. A plain file (the packaged ones)
is read by desktop.model.plain_svg, anything else by svgelements (desktop.model.svgelements_reader).
Views load lazily and are cached: start-up never waits for a view nobody opened. A packaged view comes
from its snapshot (desktop.model.geometry_snapshot) when one was made from the same bytes: the same
shapes without reading the SVG at start-up.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from desktop import resources
from desktop.model.i18n import translate
from desktop.model.problems import Problem, ValidationError
from desktop.model.segments import (  # re-exported: the shape vocabulary callers import from here
    Close,
    CubicTo,
    FillRule,
    LineTo,
    MoveTo,
    QuadTo,
    RawPart,
    RawView,
    Segment,
    Subpath,
)
from desktop.model.zones import VIEWS, ZoneCatalogue, load_catalogue

__all__ = [
    "BBox",
    "Close",
    "CubicTo",
    "FillRule",
    "GuidePath",
    "LineTo",
    "MoveTo",
    "Point",
    "QuadTo",
    "Segment",
    "ShapePart",
    "Subpath",
    "ViewGeometry",
    "ZoneShape",
    "best_view",
    "flatten",
    "load_view",
    "packaged_views",
    "parse_view",
    "read_geometry",
    "view_file",
]

Point = tuple[float, float]
BBox = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True)
class ShapePart:
    """One SVG shape of a zone, with its own fill rule.

    A zone drawn as a `<g>` of several paths is the union of their fills; merging them into one
    nonzero path would cut holes where parts wound in opposite directions overlap.
    """

    subpaths: tuple[Subpath, ...]
    fill_rule: FillRule = "nonzero"

    @cached_property
    def polygons(self) -> tuple[tuple[Point, ...], ...]:
        """Each subpath flattened to a closed polygon (for areas and point tests)."""
        return tuple(tuple(flatten(sub)) for sub in self.subpaths)

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) is filled, by this part's fill rule."""
        crossings = winding = 0
        for poly in self.polygons:
            c, w = _crossings(poly, x, y)
            crossings += c
            winding += w
        return winding != 0 if self.fill_rule == "nonzero" else crossings % 2 == 1


@dataclass(frozen=True)
class ZoneShape:
    """A clickable zone: the union of its parts' fills, in view (px) coordinates."""

    zone_id: str
    parts: tuple[ShapePart, ...]
    bbox: BBox

    @property
    def subpaths(self) -> tuple[Subpath, ...]:
        return tuple(sub for part in self.parts for sub in part.subpaths)

    @property
    def fill_rule(self) -> FillRule:
        """The fill rule when all parts share one (they nearly always do), else nonzero."""
        rules = {part.fill_rule for part in self.parts}
        return rules.pop() if len(rules) == 1 else "nonzero"

    def contains(self, x: float, y: float) -> bool:
        bx, by, bw, bh = self.bbox
        if not (bx <= x <= bx + bw and by <= y <= by + bh):
            return False
        return any(part.contains(x, y) for part in self.parts)

    @cached_property
    def area(self) -> float:
        """Approximate filled area (shoelace per part), used to put small zones on top of big ones."""
        total = 0.0
        for part in self.parts:
            if part.fill_rule == "nonzero":
                total += abs(sum(_shoelace(poly) for poly in part.polygons if poly))
            else:
                total += _evenodd_area(part.polygons)
        return total

    def interior_point(self, preferred: Point | None = None) -> Point:
        """A point inside the zone: `preferred` if inside, else the inside grid point nearest the centre."""
        if preferred is not None and self.contains(*preferred):
            return preferred
        bx, by, bw, bh = self.bbox
        cx, cy = bx + bw / 2, by + bh / 2
        candidates = [
            (bx + bw * (i + 0.5) / 16, by + bh * (j + 0.5) / 16) for i in range(16) for j in range(16)
        ]
        candidates.sort(key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
        return next((p for p in candidates if self.contains(*p)), (cx, cy))


@dataclass(frozen=True)
class GuidePath:
    """The line a motion cue follows, sampled as a polyline from distal (toes) to proximal (knee)."""

    zone_id: str
    points: tuple[Point, ...]

    @cached_property
    def length(self) -> float:
        return sum(math.dist(a, b) for a, b in zip(self.points, self.points[1:], strict=False))

    def point_at(self, t: float) -> tuple[Point, float]:
        """(point, direction angle in radians) at fraction t of the length, 0 = distal end."""
        target = max(0.0, min(1.0, t)) * self.length
        for a, b in zip(self.points, self.points[1:], strict=False):
            step = math.dist(a, b)
            if step > 0 and target <= step:
                f = target / step
                return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f), math.atan2(
                    b[1] - a[1], b[0] - a[0]
                )
            target -= step
        a, b = self.points[-2], self.points[-1]
        return b, math.atan2(b[1] - a[1], b[0] - a[0])


@dataclass(frozen=True)
class ViewGeometry:
    """One diagram view: its size in px, its zones and guides, and the guarded SVG bytes to draw."""

    view: str
    width: float
    height: float
    zones: dict[str, ZoneShape]
    guides: dict[str, GuidePath]
    source: bytes = field(default=b"", repr=False, compare=False)
    file: str = ""


def flatten(subpath: Subpath, segments_per_curve: int = 12) -> list[Point]:
    """The subpath's corner points with each curve sampled, enough for hit tests and areas."""
    points: list[Point] = []
    x = y = 0.0
    for seg in subpath:
        if isinstance(seg, MoveTo | LineTo):
            x, y = seg.x, seg.y
            points.append((x, y))
        elif isinstance(seg, QuadTo):
            for i in range(1, segments_per_curve + 1):
                t = i / segments_per_curve
                u = 1 - t
                points.append(
                    (
                        u * u * x + 2 * u * t * seg.cx + t * t * seg.x,
                        u * u * y + 2 * u * t * seg.cy + t * t * seg.y,
                    )
                )
            x, y = seg.x, seg.y
        elif isinstance(seg, CubicTo):
            for i in range(1, segments_per_curve + 1):
                t = i / segments_per_curve
                u = 1 - t
                a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
                points.append(
                    (
                        a * x + b * seg.c1x + c * seg.c2x + d * seg.x,
                        a * y + b * seg.c1y + c * seg.c2y + d * seg.y,
                    )
                )
            x, y = seg.x, seg.y
    return points


def _shoelace(poly: tuple[Point, ...]) -> float:
    return 0.5 * sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True))


def _crossings(poly: tuple[Point, ...], x: float, y: float) -> tuple[int, int]:
    """(crossings, winding) of a ray from (x, y) towards +x with the closed polygon."""
    crossings = winding = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        if (y1 <= y) != (y2 <= y) and x1 + (y - y1) * (x2 - x1) / (y2 - y1) > x:
            crossings += 1
            winding += 1 if y2 > y1 else -1
    return crossings, winding


def _evenodd_area(polygons: tuple[tuple[Point, ...], ...]) -> float:
    """Even-odd: a subpath lying inside an odd number of others is a hole."""
    total = 0.0
    for i, poly in enumerate(polygons):
        if len(poly) < 3:
            continue
        px, py = poly[0]
        depth = sum(_crossings(other, px, py)[0] % 2 for j, other in enumerate(polygons) if j != i and other)
        total += abs(_shoelace(poly)) * (-1 if depth % 2 else 1)
    return abs(total)


def _zone_shape(zone_id: str, raw: list[RawPart]) -> ZoneShape | None:
    parts = tuple(ShapePart(part.subpaths, part.fill_rule) for part in raw if part.subpaths)
    points = [p for part in parts for poly in part.polygons for p in poly]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return ZoneShape(zone_id, parts, (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))


def _guide(zone_id: str, subpaths: tuple[Subpath, ...]) -> GuidePath | None:
    points = flatten(subpaths[0], segments_per_curve=24) if subpaths else []
    deduped = [p for i, p in enumerate(points) if i == 0 or math.dist(p, points[i - 1]) > 1e-6]
    return GuidePath(zone_id, tuple(deduped)) if len(deduped) >= 2 else None


def read_geometry(data: bytes, zone_ids: Sequence[str], file: str) -> RawView:
    """Zones and guides of guarded, artwork-free bytes: plain files without svgelements, others with it."""
    from desktop.model import plain_svg

    raw = plain_svg.read_view(data)
    if raw is None:
        from desktop.model import svgelements_reader

        raw = svgelements_reader.read_view(data, zone_ids, file)
    return raw


def parse_view(
    data: bytes, view: str, *, file: str | None = None, catalogue: ZoneCatalogue | None = None
) -> ViewGeometry:
    """Guard, then parse one view's SVG; raises ValidationError (one Problem per line) when it is unusable."""
    from desktop.model.svg_guard import inspect_svg_bytes  # not needed when a snapshot is (load_view)

    file = file or f"assets/svg/{view}.svg"
    catalogue = catalogue or load_catalogue()
    inspection = inspect_svg_bytes(data, file, view=view, catalogue=catalogue)
    problems = inspection.problems
    if problems:
        raise ValidationError(problems)
    geometry = data
    if inspection.artwork is not None:
        start, end = inspection.artwork
        geometry = data[:start] + data[end:]
    wanted = [zone.id for zone in catalogue.in_view(view)]
    raw = read_geometry(geometry, wanted, file)
    zones: dict[str, ZoneShape] = {}
    guides: dict[str, GuidePath] = {}
    for zone_id in wanted:
        shape = _zone_shape(zone_id, raw.zones[zone_id]) if zone_id in raw.zones else None
        if shape is None:
            problems.append(
                Problem(
                    file,
                    translate("anatomy", "this zone has no area"),
                    step=translate("anatomy", "element '{id}'").format(id=f"zone-{zone_id}"),
                )
            )
            continue
        zones[zone_id] = shape
        guide = _guide(zone_id, raw.guides[zone_id]) if zone_id in raw.guides else None
        if guide is None:
            problems.append(
                Problem(
                    file,
                    translate("anatomy", "guide path has no length"),
                    step=translate("anatomy", "element '{id}'").format(id=f"guide-{zone_id}"),
                )
            )
            continue
        guides[zone_id] = guide
    if problems:
        raise ValidationError(problems)
    return ViewGeometry(view, raw.width, raw.height, zones, guides, source=data, file=file)


def best_view(
    zone_ids: Sequence[str],
    catalogue: ZoneCatalogue,
    *,
    current: str | None = None,
    unavailable: Collection[str] = (),
) -> str | None:
    """The view to show for these zones: the one showing most of them; the current view wins a tie,
    then the catalogue's order of views for the first zone. None or `current` when no view shows any."""
    zones = [catalogue[z] for z in zone_ids if z in catalogue]
    if not zones:
        return current
    preference = list(zones[0].views) + [v for v in VIEWS if v not in zones[0].views]

    def score(view: str) -> tuple[int, bool, int]:
        return (sum(view in zone.views for zone in zones), view == current, -preference.index(view))

    best = max((v for v in VIEWS if v not in unavailable), key=score, default=None)
    return best if best is not None and score(best)[0] > 0 else current


def view_file(view: str) -> str:
    """The packaged resource path of a view's diagram."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    return f"assets/svg/{view}.svg"


def packaged_views() -> tuple[str, ...]:
    """Views whose diagram file is packaged (a directory listing; nothing is parsed)."""
    names = {f.name for f in resources.listdir("assets/svg", ".svg")}
    return tuple(v for v in VIEWS if f"{v}.svg" in names)


@lru_cache(maxsize=len(VIEWS))
def load_view(view: str) -> ViewGeometry:
    """The packaged view, parsed on first use and then shared; raises ValidationError if it is bad."""
    file = view_file(view)
    try:
        data = resources.read_bytes(file)
    except OSError as exc:
        raise ValidationError(
            [
                Problem(
                    file, translate("anatomy", "cannot be read: {reason}").format(reason=exc.strerror or exc)
                )
            ]
        ) from None
    return _from_snapshot(data, view, file) or parse_view(data, view, file=file)


def _from_snapshot(data: bytes, view: str, file: str) -> ViewGeometry | None:
    """The view as its packaged snapshot has it (desktop.model.geometry_snapshot), if that was made from
    these very bytes; None to read the SVG instead."""
    from desktop.model import geometry_snapshot

    try:
        text = resources.read_bytes(geometry_snapshot.snapshot_path(view))
    except OSError:
        return None
    wanted = [zone.id for zone in load_catalogue().in_view(view)]
    found = geometry_snapshot.read_snapshot(text, data, view, wanted)
    if found is None:
        return None
    zones = {
        zone_id: ZoneShape(zone_id, tuple(ShapePart(subpaths, rule) for subpaths, rule in parts), bbox)
        for zone_id, (bbox, parts) in found["zones"].items()
    }
    guides = {zone_id: GuidePath(zone_id, points) for zone_id, points in found["guides"].items()}
    return ViewGeometry(view, found["width"], found["height"], zones, guides, source=data, file=file)
