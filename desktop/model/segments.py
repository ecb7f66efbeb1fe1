"""The outline vocabulary of diagram geometry: absolute move/line/quad/cubic/close segments in view px.

Both SVG readers (desktop.model.plain_svg for plain files, desktop.model.svgelements_reader for the
rest) produce these, and the Qt layer replays them; desktop.model.anatomy re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class MoveTo:
    """Start a subpath at (x, y)."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class LineTo:
    """A straight line to (x, y)."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class QuadTo:
    """A quadratic Bézier curve to (x, y) through the control point (cx, cy)."""

    cx: float
    cy: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class CubicTo:
    """A cubic Bézier curve to (x, y) through the control points (c1x, c1y) and (c2x, c2y)."""

    c1x: float
    c1y: float
    c2x: float
    c2y: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Close:
    """Close the subpath back to its start."""


Segment = MoveTo | LineTo | QuadTo | CubicTo | Close
Subpath = tuple[Segment, ...]  # always starts with MoveTo
FillRule = Literal["nonzero", "evenodd"]


@dataclass(frozen=True)
class RawPart:
    """One SVG shape of a zone as read from the file: its subpaths and fill rule."""

    subpaths: tuple[Subpath, ...]
    fill_rule: FillRule = "nonzero"


@dataclass(frozen=True)
class RawView:
    """What a reader found: the view's size in px, each zone's shapes and each guide's subpaths by zone id.

    A zone or guide element the file lacks is simply absent; desktop.model.anatomy reports it.
    """

    width: float
    height: float
    zones: dict[str, list[RawPart]]
    guides: dict[str, tuple[Subpath, ...]]
