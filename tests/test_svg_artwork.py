"""The four diagram views (assets/svg/*.svg): safe to load, layered as the app expects, placed on the anatomy.

A person with a hand on their ankle looks at these to find where their thumb goes, so besides the file
contract (layers, ids, QtSvg-safe elements) the tests probe real landmarks: a click on the inner ankle bone
must land in `medial_malleolus`, the toes of the inner view must point left, and so on.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree as SafeET
from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtSvg import QSvgRenderer
from svgelements import Arc, Close, CubicBezier, Line, Move, Path, QuadraticBezier

from desktop import resources
from desktop.model.zones import VIEWS, load_catalogue

NS = "{http://www.w3.org/2000/svg}"
PX_PER_CM = 22.0
GROUND_Y = 840.0
LEG_TOP_Y = 48.0
FORBIDDEN = {"use", "script", "text", "tspan", "foreignObject", "image", "style", "filter", "mask", "pattern"}
ALLOWED = {
    "svg",
    "defs",
    "g",
    "path",
    "linearGradient",
    "radialGradient",
    "stop",
    "ellipse",
    "circle",
    "rect",
    "polygon",
    "polyline",
    "line",
}


def _text(view: str) -> str:
    return resources.read_text(f"assets/svg/{view}.svg")


def _root(view: str) -> Element:
    return SafeET.fromstring(_text(view))


def _tag(el: Element) -> str:
    return el.tag.removeprefix(NS)


def _layer(view: str, layer_id: str) -> Element:
    for child in _root(view):
        if child.get("id") == layer_id:
            return child
    raise AssertionError(f"{view}: no <g id={layer_id!r}>")


def _by_id(layer: Element) -> dict[str, Element]:
    return {el.get("id"): el for el in layer.iter() if el.get("id")}


def _qpath(d: str) -> QPainterPath:
    """Path data → QPainterPath with the SVG default (nonzero) fill rule, as the app builds zone items."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for seg in Path(d):
        if isinstance(seg, Move):
            path.moveTo(seg.end.x, seg.end.y)
        elif isinstance(seg, Close):
            path.closeSubpath()
        elif isinstance(seg, Line):
            path.lineTo(seg.end.x, seg.end.y)
        elif isinstance(seg, CubicBezier):
            path.cubicTo(seg.control1.x, seg.control1.y, seg.control2.x, seg.control2.y, seg.end.x, seg.end.y)
        elif isinstance(seg, QuadraticBezier):
            path.quadTo(seg.control.x, seg.control.y, seg.end.x, seg.end.y)
        elif isinstance(seg, Arc):
            for cubic in seg.as_cubic_curves():
                path.cubicTo(
                    cubic.control1.x,
                    cubic.control1.y,
                    cubic.control2.x,
                    cubic.control2.y,
                    cubic.end.x,
                    cubic.end.y,
                )
    return path


def _zone_shapes(view: str) -> dict[str, QPainterPath]:
    shapes = {}
    for el_id, el in _by_id(_layer(view, "zones")).items():
        if el_id.startswith("zone-"):
            paths = [el] if _tag(el) == "path" else [p for p in el.iter() if _tag(p) == "path"]
            combined = QPainterPath()
            combined.setFillRule(Qt.FillRule.WindingFill)
            for p in paths:
                combined.addPath(_qpath(p.get("d")))
            shapes[el_id.removeprefix("zone-")] = combined
    return shapes


def _guide(view: str, zone_id: str) -> QPainterPath:
    return _qpath(_by_id(_layer(view, "guides"))[f"guide-{zone_id}"].get("d"))


def _skin(view: str) -> QPainterPath:
    return _qpath(_by_id(_layer(view, "artwork"))["skin"].get("d"))


def _smallest_at(view: str, point: QPointF) -> str | None:
    """The zone the app selects on a click: the smallest one whose exact shape contains the point."""
    hits = [(_area(shape), zid) for zid, shape in _zone_shapes(view).items() if shape.contains(point)]
    return min(hits)[1] if hits else None


def _area(shape: QPainterPath) -> float:
    total = 0.0
    for poly in shape.toFillPolygons():
        pts = [poly.at(i) for i in range(poly.size())]
        total += (
            abs(sum(a.x() * b.y() - b.x() * a.y() for a, b in zip(pts, pts[1:] + pts[:1], strict=True))) / 2
        )
    return total


def _side(view: str, u: float, v: float) -> QPointF:
    """Design cm (u forward from the back of the heel, v up) → px in a side view."""
    x = 605 - PX_PER_CM * u if view == "medial" else 95 + PX_PER_CM * u
    return QPointF(x, GROUND_Y - PX_PER_CM * v)


def _front(view: str, m: float, v: float) -> QPointF:
    """Design cm (m toward the inner side, v up) → px in the posterior or anterior view."""
    x = 350 - PX_PER_CM * m if view == "posterior" else 350 + PX_PER_CM * m
    return QPointF(x, GROUND_Y - PX_PER_CM * v)


def _render(svg: str, size: tuple[int, int] = (175, 225)) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, *size))
    painter.end()
    return image


@pytest.mark.parametrize("view", VIEWS)
def test_file_is_plain_safe_svg_in_the_shared_frame(view: str) -> None:
    text = _text(view)
    assert len(text.encode()) < 60 * 1024
    assert "<!DOCTYPE" not in text and "<!ENTITY" not in text
    root = _root(view)
    assert _tag(root) == "svg"
    assert root.get("viewBox") == "0 0 700 900"
    assert (root.get("width"), root.get("height")) == ("700", "900")


@pytest.mark.parametrize("view", VIEWS)
def test_only_elements_qtsvg_draws_and_no_references_out(view: str) -> None:
    text = _text(view)
    ids = set(re.findall(r'\bid="([^"]+)"', text))
    for el in _root(view).iter():
        tag = _tag(el)
        assert tag not in FORBIDDEN, f"{view}: <{tag}> is not allowed"
        assert tag in ALLOWED, f"{view}: unexpected <{tag}>"
        assert not any(key.endswith("href") for key in el.attrib), f"{view}: external reference on <{tag}>"
        assert "style" not in el.attrib or "url(" not in el.get("style", "")
    for ref in re.findall(r"url\(#([^)]+)\)", text):
        assert ref in ids, f"{view}: url(#{ref}) points nowhere"


@pytest.mark.parametrize("view", VIEWS)
def test_three_layers_in_order_with_zones_and_guides_hidden(view: str) -> None:
    groups = [child for child in _root(view) if _tag(child) == "g"]
    assert [g.get("id") for g in groups] == ["artwork", "zones", "guides"]
    assert groups[1].get("opacity") == "0"
    assert groups[2].get("opacity") == "0"
    for layer in groups[1:]:
        for el in layer.iter():
            assert "transform" not in el.attrib, f"{view}: transforms are not allowed in {layer.get('id')}"


@pytest.mark.parametrize("view", VIEWS)
def test_every_catalogue_zone_for_the_view_is_a_closed_shape_with_a_guide(view: str) -> None:
    wanted = {z.id for z in load_catalogue().in_view(view)}
    zones = _by_id(_layer(view, "zones"))
    drawn = {k.removeprefix("zone-") for k in zones if k.startswith("zone-")}
    assert drawn == wanted, (
        f"{view}: missing {wanted - drawn}, not in catalogue for this view {drawn - wanted}"
    )
    guides = _by_id(_layer(view, "guides"))
    for zone_id in wanted:
        el = zones[f"zone-{zone_id}"]
        paths = [el] if _tag(el) == "path" else [p for p in el.iter() if _tag(p) == "path"]
        assert paths, f"{view}: zone-{zone_id} has no path"
        for p in paths:
            assert p.get("fill-rule") in ("nonzero", "evenodd"), f"{view}: zone-{zone_id} needs fill-rule"
            subpaths = re.split(r"(?=[Mm])", p.get("d").strip())
            assert all(s.rstrip().endswith(("Z", "z")) for s in subpaths if s), (
                f"zone-{zone_id} is not closed"
            )
        guide = guides.get(f"guide-{zone_id}")
        assert guide is not None and _tag(guide) == "path", f"{view}: no guide-{zone_id}"
        assert "z" not in guide.get("d").lower(), f"{view}: guide-{zone_id} must be an open line"


@pytest.mark.parametrize("view", VIEWS)
def test_renderer_accepts_the_file_and_hidden_layers_change_nothing(view: str, qapp) -> None:
    text = _text(view)
    renderer = QSvgRenderer(QByteArray(text.encode()))
    assert renderer.isValid()
    for zone in load_catalogue().in_view(view):
        assert renderer.elementExists(f"zone-{zone.id}")
    drawn = _render(text)
    bare = re.sub(r'<g id="zones".*?</g>\s*<g id="guides".*?</g>', "", text, flags=re.S)
    assert drawn == _render(bare), f"{view}: the invisible zones/guides layers leak into the picture"
    inked = sum(
        1
        for y in range(0, drawn.height(), 3)
        for x in range(0, drawn.width(), 3)
        if drawn.pixelColor(x, y).value() < 245
    )
    assert inked > 0.08 * (drawn.width() // 3) * (drawn.height() // 3), f"{view}: the artwork looks empty"


@pytest.mark.parametrize("view", VIEWS)
def test_zones_sit_on_the_leg_and_guides_run_through_them(view: str) -> None:
    skin = _skin(view)
    for zone_id, shape in _zone_shapes(view).items():
        box = shape.boundingRect()
        inside = outside = 0
        for i in range(1, 30):
            for j in range(1, 30):
                p = QPointF(box.left() + box.width() * i / 30, box.top() + box.height() * j / 30)
                if shape.contains(p):
                    inside += 1
                    outside += not skin.contains(p)
        assert inside > 20, f"{view}: zone-{zone_id} is degenerate"
        assert outside <= 0.01 * inside, f"{view}: zone-{zone_id} spills off the leg"
        guide = _guide(view, zone_id)
        points = [guide.pointAtPercent(t / 40) for t in range(41)]
        assert sum(shape.contains(p) for p in points) >= 0.9 * len(points), (
            f"{view}: guide-{zone_id} leaves its zone"
        )


PROBES = {
    "medial": [
        ((6.6, 9.0), "medial_malleolus"),
        ((3.6, 6.8), "inner_ankle_concavity"),
        ((8.0, 5.6), "medial_ligaments"),
        ((1.0, 3.0), "achilles_insertion"),
        ((2.4, 10.0), "achilles_tendon"),
        ((0.5, 28.0), "calf_belly"),
        ((9.6, 20.0), "tibialis_anterior_path"),
        ((11.6, 4.5), "tibialis_anterior_path"),
        ((6.0, 14.0), "lower_leg"),
        ((2.5, 2.5), "heel"),
        ((6.3, 0.8), "sole_heel_transition"),
        ((20.0, 1.5), "forefoot"),
    ],
    "lateral": [
        ((5.0, 8.4), "lateral_malleolus"),
        ((7.4, 6.85), "lateral_ligaments"),
        ((4.5, 4.4), "lateral_ligaments"),
        ((9.3, 25.0), "tibialis_anterior_path"),
        ((1.0, 3.0), "achilles_insertion"),
        ((2.4, 10.0), "achilles_tendon"),
        ((0.5, 28.0), "calf_belly"),
        ((6.0, 14.0), "lower_leg"),
        ((2.5, 2.5), "heel"),
        ((20.0, 1.5), "forefoot"),
    ],
    "posterior": [
        ((2.6, 9.0), "medial_malleolus"),
        ((-2.75, 8.0), "lateral_malleolus"),
        ((0.0, 8.0), "achilles_tendon"),
        ((0.0, 3.0), "achilles_insertion"),
        ((2.2, 2.0), "heel"),
        ((3.0, 25.0), "calf_belly"),
        ((2.0, 12.5), "lower_leg"),
    ],
    "anterior": [
        ((2.6, 9.0), "medial_malleolus"),
        ((-2.75, 8.0), "lateral_malleolus"),
        ((-0.9, 28.0), "tibialis_anterior_path"),
        ((0.95, 9.0), "tibialis_anterior_path"),
        ((0.5, 2.0), "forefoot"),
        ((2.2, 14.0), "lower_leg"),
    ],
}


@pytest.mark.parametrize("view", VIEWS)
def test_a_click_on_each_landmark_selects_the_zone_named_for_it(view: str) -> None:
    to_px = _side if view in ("medial", "lateral") else _front
    for (a, v), expected in PROBES[view]:
        assert _smallest_at(view, to_px(view, a, v)) == expected, f"{view}: ({a}, {v}) cm"


def test_orientation_inner_view_toes_left_outer_view_toes_right() -> None:
    for view, toes_left in (("medial", True), ("lateral", False)):
        zones = _zone_shapes(view)
        toes_x = zones["forefoot"].boundingRect().center().x()
        heel_x = zones["heel"].boundingRect().center().x()
        assert (toes_x < heel_x) == toes_left, view


def test_orientation_inner_ankle_left_from_behind_right_from_the_front() -> None:
    for view, inner_left in (("posterior", True), ("anterior", False)):
        zones = _zone_shapes(view)
        inner = zones["medial_malleolus"].boundingRect().center().x()
        outer = zones["lateral_malleolus"].boundingRect().center().x()
        assert (inner < outer) == inner_left, view


def test_landmarks_agree_across_views() -> None:
    for view in VIEWS:
        box = _skin(view).boundingRect()
        assert box.bottom() == pytest.approx(GROUND_Y, abs=1.0), f"{view}: the floor line moved"
        assert box.top() == pytest.approx(LEG_TOP_Y, abs=1.0), f"{view}: the leg top moved"
    medial_y = [
        _zone_shapes(v)["medial_malleolus"].boundingRect().center().y()
        for v in ("medial", "posterior", "anterior")
    ]
    lateral_y = [
        _zone_shapes(v)["lateral_malleolus"].boundingRect().center().y()
        for v in ("lateral", "posterior", "anterior")
    ]
    assert max(medial_y) - min(medial_y) < 12
    assert max(lateral_y) - min(lateral_y) < 20
    # The outer ankle bone sits lower (larger y) than the inner one, by roughly 1–1.5 cm.
    assert 8 < sum(lateral_y) / 3 - sum(medial_y) / 3 < 45
    # ...and further back: nearer the heel in its side view than the inner one is in its own.
    medial_from_heel = 605 - _zone_shapes("medial")["medial_malleolus"].boundingRect().center().x()
    lateral_from_heel = _zone_shapes("lateral")["lateral_malleolus"].boundingRect().center().x() - 95
    assert lateral_from_heel < medial_from_heel
