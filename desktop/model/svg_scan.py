"""The diagram guard's expat target: every check made as an element opens, in one streaming pass.

A module of its own so desktop.model.svg_guard reads as the guard's steps (size, encoding, a defused
parser fed in chunks, its errors turned into lines, the catalogue last) and this one as the per-element
rules. The target builds no tree: it keeps the open elements' stack, the ids, what the zones and guides
groups hold and counts against the limits below, so memory stays bounded by the size cap; it stops the
parse (ScanStopped) at the first limit passed or after MAX_PROBLEMS problems. Imported only with the guard,
never at start-up.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.problems import Problem
from desktop.model.svg_catalogue_check import REQUIRED_GROUPS, element_label
from desktop.model.svg_pathdata import check_path_data
from desktop.model.svg_rules import (
    href_problem,
    numbers_problem,
    style_problem,
    transform_problem,
    url_problem,
)

MAX_ELEMENTS = 20_000
MAX_DEPTH = 48
MAX_PATH_COMMANDS = 200_000
MAX_PROBLEMS = 25

SVG_NS = "{http://www.w3.org/2000/svg}"
SHAPE_TAGS = frozenset({"path", "rect", "circle", "ellipse", "polygon"})
_REFUSED_ELEMENTS = {  # translate("svg_guard", ...) where reported
    "use": QT_TRANSLATE_NOOP(
        "svg_guard",
        "<use> is not allowed in diagram files (it can expand exponentially); draw the shape itself",
    ),
    "script": QT_TRANSLATE_NOOP("svg_guard", "<script> is not allowed in diagram files"),
    "foreignObject": QT_TRANSLATE_NOOP("svg_guard", "<foreignObject> is not allowed in diagram files"),
    "style": QT_TRANSLATE_NOOP("svg_guard", "<style> is not allowed in diagram files: diagrams hold no CSS"),
}


class ScanStopped(Exception):
    """Raised from the parser target to abandon a file that exceeds a limit."""


def _hidden(attrib: dict[str, str]) -> bool:
    """Whether an element's own attributes make it invisible (QtSvg draws the whole file as artwork)."""
    style = {
        key.strip(): value.strip()
        for key, _, value in (item.partition(":") for item in attrib.get("style", "").split(";"))
    }
    opacity = style.get("opacity", attrib.get("opacity", "1"))
    try:
        if float(opacity) == 0:
            return True
    except ValueError:
        pass
    return (
        style.get("display", attrib.get("display")) == "none"
        or style.get("visibility", attrib.get("visibility")) == "hidden"
    )


def _local(tag: str) -> str:
    return tag[len(SVG_NS) :] if tag.startswith(SVG_NS) else ""


@dataclass
class Scan:
    """The expat target: checks each element as it opens, keeps only ids and a stack of open ones."""

    file: str
    problems: list[Problem] = field(default_factory=list)
    stack: list[tuple[str, str | None]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    groups: dict[str, str] = field(default_factory=dict)  # required group id -> tag
    zones: dict[str, int] = field(default_factory=dict)  # zone id -> shapes drawn in it
    guides: dict[str, str] = field(default_factory=dict)  # zone id -> tag of its guide
    refused: dict[str, tuple[str, int]] = field(default_factory=dict)  # tag -> (first step, count)
    elements: int = 0
    path_commands: int = 0
    line: object = None  # callable giving expat's current line, set once the parser exists
    byte: object = None  # callable giving expat's current byte offset
    artwork_depth: int | None = None  # where <g id="artwork"> sits in the stack while it is open
    artwork_start: int | None = None  # byte offsets of its start tag and of its end tag
    artwork_end: int | None = None

    def add(self, message: str, step: str | None = None, field_: str | None = None) -> None:
        self.problems.append(Problem(self.file, message, step=step, field=field_))
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems.append(
                Problem(self.file, translate("svg_guard", "too many problems; stopped checking"))
            )
            raise ScanStopped

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            self.add(
                translate("svg_guard", "has more than {limit} elements; a diagram needs far fewer").format(
                    limit=MAX_ELEMENTS
                )
            )
            raise ScanStopped
        if len(self.stack) >= MAX_DEPTH:
            self.add(translate("svg_guard", "nests elements more than {limit} deep").format(limit=MAX_DEPTH))
            raise ScanStopped
        name = _local(tag)
        element_id = attrib.get("id")
        step = (
            element_label(element_id)
            if element_id
            else translate("svg_guard", "<{tag}> on line {line}").format(tag=name or tag, line=self.line())
        )
        if not self.stack:
            self._check_root(name, attrib)
        if element_id:
            if element_id in self.ids:
                self.add(translate("svg_guard", "this id is used twice"), step, "id")
            self.ids.add(element_id)
        self._checkelement_label(name, attrib, step)
        self._record_structure(name, element_id, attrib, step)
        if element_id == "artwork" and self.artwork_start is None:
            self.artwork_depth, self.artwork_start = len(self.stack), self.byte()
        self.stack.append((name, element_id))

    def end(self, tag: str) -> None:
        self.stack.pop()
        if len(self.stack) == self.artwork_depth and self.artwork_end is None:
            self.artwork_end = self.byte()

    def artwork_span(self, data: bytes) -> tuple[int, int] | None:
        """The bytes from <g id="artwork"> to its </g>, when they can be left out of the geometry."""
        start, end = self.artwork_start, self.artwork_end
        if start is None or end is None or end <= start:
            return None  # absent or empty (<g/>); a <style> that could reach the zones is refused
        if data[start : start + 1] != b"<" or data[end : end + 2] != b"</":
            return None  # not an ASCII-compatible encoding: leave the bytes whole
        close = data.find(b">", end)  # an end tag has no attributes: its first '>' closes it
        return (start, close + 1) if close > 0 else None

    def data(self, text: str) -> None:
        pass

    def pi(self, target: str, text: str) -> None:
        """<?xml-stylesheet ...?> would link CSS; no diagram needs any processing instruction."""
        self.add(
            translate("svg_guard", "has a processing instruction <?{target}?>; diagrams need none").format(
                target=target[:20]
            ),
            translate("svg_guard", "line {line}").format(line=self.line()),
        )

    def close(self) -> None:
        self.report_refused()

    def report_refused(self) -> None:
        for name, (first, count) in self.refused.items():
            message = translate("svg_guard", _REFUSED_ELEMENTS[name])
            if count > 1:
                message = translate("svg_guard", "{problem} ({count} of them; the first is here)").format(
                    problem=message, count=count
                )
            self.problems.append(Problem(self.file, message, step=first))
        self.refused.clear()

    def _check_root(self, name: str, attrib: dict[str, str]) -> None:
        if name != "svg":
            self.add(
                translate(
                    "svg_guard", "is not an SVG file: the root element must be <svg> in the SVG namespace"
                )
            )
            raise ScanStopped
        box = attrib.get("viewBox", "")
        parts = [p for p in re.split(r"[\s,]+", box.strip()) if p]
        try:
            numbers = [float(p) for p in parts]
        except ValueError:
            numbers = []
        if len(numbers) != 4 or not all(map(math.isfinite, numbers)) or min(numbers[2:]) <= 0:
            self.add(
                translate(
                    "svg_guard", 'needs a viewBox of four numbers with positive size, e.g. "0 0 700 900"'
                ),
                field_="viewBox",
            )

    def _checkelement_label(self, name: str, attrib: dict[str, str], step: str) -> None:
        if name in _REFUSED_ELEMENTS:
            href = attrib.get("href") or attrib.get("{http://www.w3.org/1999/xlink}href") or ""
            open_ids = [i for _, i in self.stack if i]
            if name == "use" and href.startswith("#") and href[1:] in open_ids:
                self.add(
                    translate(
                        "svg_guard", "<use> refers to its own ancestor '{href}', which would repeat forever"
                    ).format(href=href),
                    step,
                )
            else:  # one line per kind of element, however many there are
                first, count = self.refused.get(name, (step, 0))
                self.refused[name] = (first, count + 1)
            return
        for key, value in attrib.items():
            if key.endswith("href"):
                error = href_problem(name, value)
            elif key == "style":
                error = style_problem(value)
            else:
                error = url_problem(value)
            if error:
                self.add(error, step, "href" if key.endswith("href") else key)
        if name == "path" and "d" in attrib:
            error, commands = check_path_data(attrib["d"])
            if error:
                self.add(
                    translate("svg_guard", "path data does not parse: {error}").format(error=error), step, "d"
                )
            self.path_commands += commands
            if self.path_commands > MAX_PATH_COMMANDS:
                self.add(
                    translate(
                        "svg_guard", "has more than {limit} path commands; simplify the drawing"
                    ).format(limit=MAX_PATH_COMMANDS)
                )
                raise ScanStopped
        if name in ("polygon", "polyline") and "points" in attrib:
            error = numbers_problem(attrib["points"], even=True)
            if error:
                self.add(
                    translate("svg_guard", "points do not parse: {error}").format(error=error), step, "points"
                )
        if "transform" in attrib:
            error = transform_problem(attrib["transform"])
            if error:
                self.add(translate("svg_guard", "transform {error}").format(error=error), step, "transform")

    def _record_structure(self, name: str, element_id: str | None, attrib: dict[str, str], step: str) -> None:
        open_ids = [i for _, i in self.stack if i]
        if element_id in REQUIRED_GROUPS:
            self.groups[element_id] = name
            if element_id != "artwork" and not _hidden(attrib):
                self.add(
                    translate(
                        "svg_guard", 'must be invisible (opacity="0"): the app draws zones and guides itself'
                    ),
                    step,
                )
            if set(open_ids) & set(REQUIRED_GROUPS):
                self.add(
                    translate("svg_guard", "must not sit inside another of the artwork/zones/guides groups"),
                    step,
                )
        zone_owner = next((i for i in reversed(open_ids) if i.startswith("zone-")), None)
        if zone_owner and name in SHAPE_TAGS:
            self.zones[zone_owner[5:]] = self.zones.get(zone_owner[5:], 0) + 1
        if element_id and element_id.startswith("zone-"):
            if "zones" not in open_ids:
                self.add(translate("svg_guard", 'must be inside <g id="zones">'), step)
            if zone_owner:
                self.add(
                    translate("svg_guard", "must not sit inside another zone ('{zone}')").format(
                        zone=zone_owner
                    ),
                    step,
                )
            if name not in SHAPE_TAGS and name != "g":
                self.add(
                    translate("svg_guard", "a zone must be a closed path or shape, or a <g> of them"), step
                )
            self.zones[element_id[5:]] = self.zones.get(element_id[5:], 0) + (name in SHAPE_TAGS)
        if element_id and element_id.startswith("guide-"):
            if "guides" not in open_ids:
                self.add(translate("svg_guard", 'must be inside <g id="guides">'), step)
            if name != "path":
                self.add(translate("svg_guard", "a guide must be a <path>"), step)
            self.guides[element_id[6:]] = name
