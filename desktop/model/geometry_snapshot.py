"""The packaged views' geometry, already read: a JSON file beside each SVG, so start-up need not parse it.

Reading a view's SVG (guard, XML, path data; desktop.model.anatomy.parse_view) costs ~12 ms and its
modules ~9 ms more, before the first paint. `assets/svg/<view>.geometry.json` holds what that reading
produces, written by `python -m desktop.model.snapshots` after an SVG is edited, and compared
with a fresh reading by the tests. It names the SVG it was made from by length and CRC-32: an edited
SVG whose snapshot was not written again is simply read the slow way. That check catches a forgotten
step, not an attack; the snapshot is trusted exactly as far as the SVG shipped beside it.

Anything unexpected in a snapshot (a wrong shape, a missing zone, a number that is not finite, a file
over MAX_SNAPSHOT_BYTES) makes `read_snapshot` return None, and the SVG is read instead.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from typing import Any

from desktop.model.segments import Close, CubicTo, LineTo, MoveTo, QuadTo, Segment, Subpath

FORMAT = 1
MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024  # the four views' snapshots are ~30-60 KB each
_ARITY = {"M": 2, "L": 2, "Q": 4, "C": 6, "Z": 0}
_FILL_RULES = ("nonzero", "evenodd")
_NUMBER_TYPES = (int, float)


class _Unusable(Exception):
    """The snapshot does not hold what a view needs: read the SVG instead."""


def snapshot_path(view: str) -> str:
    """The packaged resource path of a view's snapshot."""
    return f"assets/svg/{view}.geometry.json"


def fingerprint(svg: bytes) -> dict[str, int]:
    """What names the SVG a snapshot was made from (a stale-file check, not a security one)."""
    return {"svg_bytes": len(svg), "svg_crc32": zlib.crc32(svg)}


def dump(geometry: Any, svg: bytes) -> str:
    """The snapshot text of a parsed view (desktop.model.anatomy.ViewGeometry) read from `svg`."""
    zones = {
        zone_id: {
            "bbox": list(shape.bbox),
            "parts": [
                {"fill_rule": part.fill_rule, "subpaths": [_dump_subpath(sub) for sub in part.subpaths]}
                for part in shape.parts
            ],
        }
        for zone_id, shape in geometry.zones.items()
    }
    guides = {zone_id: [list(point) for point in guide.points] for zone_id, guide in geometry.guides.items()}
    body = {
        "format": FORMAT,
        **fingerprint(svg),
        "view": geometry.view,
        "width": geometry.width,
        "height": geometry.height,
        "zones": zones,
        "guides": guides,
    }
    return json.dumps(body, separators=(",", ":")) + "\n"  # generated: compact, not for reading


def _dump_subpath(subpath: Subpath) -> list[list[Any]]:
    out: list[list[Any]] = []
    for segment in subpath:
        if isinstance(segment, MoveTo):
            out.append(["M", segment.x, segment.y])
        elif isinstance(segment, LineTo):
            out.append(["L", segment.x, segment.y])
        elif isinstance(segment, QuadTo):
            out.append(["Q", segment.cx, segment.cy, segment.x, segment.y])
        elif isinstance(segment, CubicTo):
            out.append(["C", segment.c1x, segment.c1y, segment.c2x, segment.c2y, segment.x, segment.y])
        else:
            out.append(["Z"])
    return out


def read_snapshot(text: bytes, svg: bytes, view: str, zone_ids: Sequence[str]) -> dict[str, Any] | None:
    """The view's parts from a snapshot made from exactly these `svg` bytes with exactly these zones, as
    plain values for desktop.model.anatomy to build its shapes from; None when it cannot be used."""
    if len(text) > MAX_SNAPSHOT_BYTES:
        return None
    try:
        body = json.loads(text, parse_constant=_refuse)  # NaN and Infinity: every number left is finite
        return _check(body, svg, view, list(zone_ids))
    except (_Unusable, ValueError, TypeError, RecursionError):  # JSON errors are ValueErrors
        return None


def _refuse(constant: str) -> None:
    raise _Unusable(constant)


def _check(body: Any, svg: bytes, view: str, zone_ids: list[str]) -> dict[str, Any]:
    _expect(type(body) is dict and body.get("format") == FORMAT and body.get("view") == view)
    _expect(all(body.get(key) == value for key, value in fingerprint(svg).items()))
    zones, guides = body.get("zones"), body.get("guides")
    _expect(type(zones) is dict and list(zones) == zone_ids)
    _expect(type(guides) is dict and list(guides) == zone_ids)
    return {
        "width": _number(body.get("width")),
        "height": _number(body.get("height")),
        "zones": {zone_id: _zone(zones[zone_id]) for zone_id in zone_ids},
        "guides": {zone_id: _points(guides[zone_id]) for zone_id in zone_ids},
    }


def _zone(raw: Any) -> tuple[tuple[float, ...], list[tuple[tuple[Subpath, ...], str]]]:
    _expect(type(raw) is dict and type(raw.get("parts")) is list and raw["parts"])
    bbox = raw.get("bbox")
    _expect(type(bbox) is list and len(bbox) == 4 and _numbers(bbox))
    parts = []
    for part in raw["parts"]:
        _expect(type(part) is dict and part.get("fill_rule") in _FILL_RULES)
        subpaths = part.get("subpaths")
        _expect(type(subpaths) is list and subpaths)
        parts.append((tuple(_subpath(sub) for sub in subpaths), part["fill_rule"]))
    return tuple(bbox), parts


def _subpath(raw: Any) -> Subpath:
    _expect(type(raw) is list and raw and type(raw[0]) is list and raw[0][:1] == ["M"])
    segments: list[Segment] = []
    for item in raw:
        _expect(type(item) is list and item and _ARITY.get(item[0]) == len(item) - 1 and _numbers(item, 1))
        tag = item[0]
        if tag == "L":
            segments.append(LineTo(item[1], item[2]))
        elif tag == "C":
            segments.append(CubicTo(*item[1:]))
        elif tag == "M":
            segments.append(MoveTo(item[1], item[2]))
        elif tag == "Q":
            segments.append(QuadTo(*item[1:]))
        else:
            segments.append(Close())
    return tuple(segments)


def _points(raw: Any) -> tuple[tuple[float, float], ...]:
    _expect(type(raw) is list and len(raw) >= 2)
    _expect(all(type(point) is list and len(point) == 2 and _numbers(point) for point in raw))
    return tuple((x, y) for x, y in raw)


def _numbers(values: list[Any], start: int = 0) -> bool:
    """Whether every value from `start` on is an int or float (bool is neither; NaN and infinities were
    refused when the JSON was read)."""
    return all(type(value) in _NUMBER_TYPES for value in values[start:])


def _number(value: Any) -> float:
    _expect(type(value) in _NUMBER_TYPES)
    return value


def _expect(condition: bool) -> None:
    if not condition:
        raise _Unusable
