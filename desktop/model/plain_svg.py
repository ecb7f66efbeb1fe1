"""Zone and guide geometry read straight from a plain diagram, without svgelements.

The packaged diagrams are plain: the root's viewBox is its size in px, and zones and guides are
<path>s with no transform, arc, unit or style sheet anywhere near them. For such a file the geometry
is just the path data, read here in one pass over the guarded, artwork-free bytes, so start-up never
imports svgelements (~20 ms, ~3 MB) nor has it build shapes. Anything else makes `read_view` return
None and desktop.model.svgelements_reader reads the file instead; tests check that both readers agree
wherever this one answers.
"""

from __future__ import annotations

import re

from defusedxml.ElementTree import DefusedXMLParser

from desktop.model.segments import FillRule, RawPart, RawView, Subpath
from desktop.model.svg_pathdata import read_path_data

SVG_NS = "{http://www.w3.org/2000/svg}"
_QUIET = {"defs", "title", "desc", "metadata"}  # draw nothing themselves; their content is skipped
_ROOT_ATTRIBUTES = {"id", "version", "baseProfile", "width", "height", "viewBox", "preserveAspectRatio"}
_ATTRIBUTES = {  # on <g> and <path>: anything else (transform, style, display, clip-path, ...) is not plain
    "id",
    "d",
    "class",
    "opacity",
    "fill",
    "fill-rule",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
}
_PX = re.compile(r"\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*(?:px)?\s*", re.ASCII)


class _NotPlain(Exception):
    """Raised from the parser target as soon as the file needs svgelements."""


class _Reader:
    """The expat target: follows the open elements and keeps the paths of zones and guides."""

    def __init__(self) -> None:
        self.size: tuple[float, float] | None = None
        self.stack: list[tuple[str, FillRule, str | None]] = []  # (tag, fill rule, zone or guide id)
        self.quiet = 0  # depth inside <title>, <desc> or <metadata>
        self.zones: dict[str, list[RawPart]] = {}
        self.guides: dict[str, tuple[Subpath, ...]] = {}

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self.quiet:
            if attrib.get("id", "").startswith(("zone", "guide")):
                raise _NotPlain  # a zone kept in <defs>: let svgelements decide what that means
            self.quiet += 1
            return
        if not tag.startswith(SVG_NS):
            raise _NotPlain
        name = tag[len(SVG_NS) :]
        own = {k: v for k, v in attrib.items() if "}" not in k}  # other namespaces' notes (editors)
        if not self.stack:
            self._root(name, own)
            self.stack.append((name, "nonzero", None))
            return
        if name in _QUIET:
            self.quiet = 1
            return
        if name not in ("g", "path") or not own.keys() <= _ATTRIBUTES:
            raise _NotPlain
        parent_rule, owner = self.stack[-1][1], self.stack[-1][2]
        rule = own.get("fill-rule", parent_rule)
        if rule not in ("nonzero", "evenodd"):
            raise _NotPlain
        element_id = own.get("id", "")
        if element_id.startswith(("zone-", "guide-")):
            owner = element_id
            if owner.startswith("zone-"):
                self.zones[owner[5:]] = []
        if name == "path" and owner is not None:
            self._path(owner, own.get("d", ""), rule)
        self.stack.append((name, rule, owner))

    def _root(self, name: str, own: dict[str, str]) -> None:
        if name != "svg" or not own.keys() <= _ROOT_ATTRIBUTES:
            raise _NotPlain
        box = [float(p) for p in re.split(r"[\s,]+", own.get("viewBox", "").strip()) if p]
        width, height = (_PX.fullmatch(own.get(key, "")) for key in ("width", "height"))
        if len(box) != 4 or box[:2] != [0.0, 0.0] or width is None or height is None:
            raise _NotPlain  # a viewBox that moves or scales the drawing, or a size in other units
        if (float(width.group(1)), float(height.group(1))) != (box[2], box[3]):
            raise _NotPlain
        self.size = (box[2], box[3])

    def _path(self, owner: str, d: str, rule: FillRule) -> None:
        subpaths = read_path_data(d)
        if subpaths is None:
            raise _NotPlain
        if owner.startswith("guide-"):
            self.guides[owner[6:]] = subpaths
        elif subpaths:
            self.zones[owner[5:]].append(RawPart(subpaths, rule))

    def end(self, tag: str) -> None:
        if self.quiet:
            self.quiet -= 1
        else:
            self.stack.pop()

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def read_view(data: bytes) -> RawView | None:
    """The zones and guides of guarded SVG bytes, or None when the file is not plain (see the module)."""
    reader = _Reader()
    parser = DefusedXMLParser(target=reader, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        parser.close()
    except Exception:  # _NotPlain, or a surprise in bytes the guard passed: svgelements decides
        return None
    if reader.size is None:
        return None
    return RawView(reader.size[0], reader.size[1], reader.zones, reader.guides)
