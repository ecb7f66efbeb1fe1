"""The outline vocabulary of diagram geometry: absolute move/line/quad/cubic/close segments in view px.

Both SVG readers (desktop.model.plain_svg for plain files, desktop.model.svgelements_reader for the
rest) produce these, and the Qt layer replays them; desktop.model.anatomy re-exports them.

They are NamedTuples, not dataclasses: a frozen dataclass costs ~0.5 ms to create at start-up on Python
3.11 (issue 19) and ~0.8 µs per instance, and the first paint makes ~1,200 segments from the geometry
snapshot. A segment equals only a segment of its own kind (MoveTo(0, 0) is not LineTo(0, 0), as with the
dataclasses they replace), and every segment is true, Close() included.
"""

from __future__ import annotations

from typing import Literal, NamedTuple


def _same_kind(self: tuple, other: object) -> bool:
    return type(self) is type(other) and tuple.__eq__(self, other)


def _other_kind(self: tuple, other: object) -> bool:
    return not _same_kind(self, other)


def _kind_hash(self: tuple) -> int:
    return hash((type(self).__name__, *self))


class MoveTo(NamedTuple):
    """Start a subpath at (x, y)."""

    x: float
    y: float
    __eq__ = _same_kind
    __ne__ = _other_kind
    __hash__ = _kind_hash


class LineTo(NamedTuple):
    """A straight line to (x, y)."""

    x: float
    y: float
    __eq__ = _same_kind
    __ne__ = _other_kind
    __hash__ = _kind_hash


class QuadTo(NamedTuple):
    """A quadratic Bézier curve to (x, y) through the control point (cx, cy)."""

    cx: float
    cy: float
    x: float
    y: float
    __eq__ = _same_kind
    __ne__ = _other_kind
    __hash__ = _kind_hash


class CubicTo(NamedTuple):
    """A cubic Bézier curve to (x, y) through the control points (c1x, c1y) and (c2x, c2y)."""

    c1x: float
    c1y: float
    c2x: float
    c2y: float
    x: float
    y: float
    __eq__ = _same_kind
    __ne__ = _other_kind
    __hash__ = _kind_hash


class Close(NamedTuple):
    """Close the subpath back to its start."""

    __eq__ = _same_kind
    __ne__ = _other_kind
    __hash__ = _kind_hash

    def __bool__(self) -> bool:
        return True  # an empty tuple is false; a segment never is


Segment = MoveTo | LineTo | QuadTo | CubicTo | Close
Subpath = tuple[Segment, ...]  # always starts with MoveTo
FillRule = Literal["nonzero", "evenodd"]


class RawPart(NamedTuple):
    """One SVG shape of a zone as read from the file: its subpaths and fill rule."""

    subpaths: tuple[Subpath, ...]
    fill_rule: FillRule = "nonzero"


class RawView(NamedTuple):
    """What a reader found: the view's size in px, each zone's shapes and each guide's subpaths by zone id.

    A zone or guide element the file lacks is simply absent; desktop.model.anatomy reports it.
    """

    width: float
    height: float
    zones: dict[str, list[RawPart]]
    guides: dict[str, tuple[Subpath, ...]]
