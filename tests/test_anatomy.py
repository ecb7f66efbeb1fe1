"""Diagram geometry: fill rules, arcs, transforms and units come out of the SVG as a person sees them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from diagram_fixture import FIXTURE_VIEWS, fixture_catalogue
from PySide6.QtCore import QPointF, Qt

from desktop.model import anatomy
from desktop.model.anatomy import Close, CubicTo, MoveTo, QuadTo, packaged_views, parse_view
from desktop.model.problems import ValidationError
from desktop.model.svg_guard import Inspection, inspect_svg_bytes
from desktop.model.zones import load_catalogue
from desktop.qt.shapes import guide_polygon, zone_path


@pytest.fixture(scope="module")
def medial() -> anatomy.ViewGeometry:
    return parse_view(FIXTURE_VIEWS["medial"].read_bytes(), "medial", catalogue=fixture_catalogue())


def test_evenodd_ring_has_a_hole_and_nonzero_ring_does_not(medial) -> None:
    ring, solid = medial.zones["ring"], medial.zones["solidring"]
    assert ring.fill_rule == "evenodd" and solid.fill_rule == "nonzero"
    assert not ring.contains(200, 560) and ring.contains(200, 490)
    assert solid.contains(500, 560)
    assert not zone_path(ring).contains(QPointF(200, 560))
    assert zone_path(solid).contains(QPointF(500, 560))
    assert zone_path(solid).fillRule() == Qt.FillRule.WindingFill
    assert zone_path(ring).fillRule() == Qt.FillRule.OddEvenFill


def test_arcs_become_cubics_on_the_circle(medial) -> None:
    ring = medial.zones["ring"]
    kinds = {type(seg) for sub in ring.subpaths for seg in sub}
    assert kinds <= {MoveTo, CubicTo, Close}
    x, y, w, h = ring.bbox
    assert (x, y, w, h) == pytest.approx((110, 470, 180, 180), abs=0.5)
    assert ring.area == pytest.approx(3.14159 * (90**2 - 45**2), rel=0.02)


def test_transforms_of_groups_and_paths_are_applied(medial) -> None:
    moved = medial.zones["moved"]
    # translate(60 700) on the group, scale(0.5) on the path: 0..400 x -50..200 -> 60..260 x 675..800
    assert moved.bbox == pytest.approx((60, 675, 200, 125), abs=0.5)
    assert any(isinstance(seg, QuadTo) for sub in moved.subpaths for seg in sub)
    assert moved.contains(100, 750) and not moved.contains(210, 705)  # under the reflected T curve


def test_zone_of_opposite_wound_parts_is_their_union(medial) -> None:
    pair = medial.zones["pair"]
    assert len(pair.parts) == 2
    assert pair.contains(500, 775)  # where the parts overlap
    assert zone_path(pair).contains(QPointF(500, 775))
    assert not zone_path(pair).contains(QPointF(560, 720))


def test_l_shape_bounding_box_is_not_its_shape(medial) -> None:
    ell = medial.zones["ell"]
    assert ell.bbox == pytest.approx((100, 100, 200, 300))
    assert not ell.contains(250, 300)
    assert not zone_path(ell).contains(QPointF(250, 300))


def test_guides_run_distal_to_proximal(medial) -> None:
    guide = medial.guides["ell"]
    assert guide.points[0] == (150, 390) and guide.points[-1] == (150, 120)
    (x, y), angle = guide.point_at(0.5)
    assert (x, y) == pytest.approx((150, 255))
    assert angle == pytest.approx(-1.5708, abs=1e-3)  # pointing up the screen
    assert guide_polygon(guide).size() == len(guide.points)


def test_physical_units_use_qtsvg_90_dpi() -> None:
    data = (
        FIXTURE_VIEWS["lateral"]
        .read_bytes()
        .replace(b'width="700" height="900"', b'width="7.7778in" height="10in"')
    )
    geometry = parse_view(data, "lateral", catalogue=fixture_catalogue())
    assert geometry.width == pytest.approx(700, abs=0.1) and geometry.height == pytest.approx(900, abs=0.1)
    assert geometry.zones["big"].bbox == pytest.approx((350, 100, 300, 300), abs=0.1)


def test_width_and_height_scale_the_drawing_like_a_viewer_would() -> None:
    data = (
        FIXTURE_VIEWS["lateral"]
        .read_bytes()
        .replace(b'width="700" height="900"', b'width="350" height="450"')
    )
    geometry = parse_view(data, "lateral", catalogue=fixture_catalogue())
    assert (geometry.width, geometry.height) == (350, 450)
    assert geometry.zones["big"].bbox == pytest.approx((175, 50, 150, 150), abs=0.1)


def test_a_refused_file_raises_with_problems() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_view(b"<svg", "medial", file="x.svg", catalogue=fixture_catalogue())
    assert "x.svg" in str(caught.value.problems[0])


def test_parsing_does_not_import_numpy() -> None:
    code = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from diagram_fixture import FIXTURE_VIEWS, fixture_catalogue\n"
        "from desktop.model.anatomy import parse_view\n"
        "g = parse_view(FIXTURE_VIEWS['medial'].read_bytes(), 'medial', catalogue=fixture_catalogue())\n"
        "[z.area for z in g.zones.values()]; [z.interior_point() for z in g.zones.values()]\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('numpy', 'PySide6')))\n"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"


def _by_svgelements(data: bytes, view: str, catalogue) -> anatomy.ViewGeometry:
    """parse_view as it was: svgelements reads every byte, artwork included."""
    from desktop.model import plain_svg, svg_guard

    def keep_artwork(*args, **kwargs):
        return Inspection(inspect_svg_bytes(*args, **kwargs).problems, None)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(svg_guard, "inspect_svg_bytes", keep_artwork)
        patch.setattr(plain_svg, "read_view", lambda data: None)
        return parse_view(data, view, catalogue=catalogue)


def _numbers(geometry: anatomy.ViewGeometry) -> tuple[list, list[float]]:
    """(structure, coordinates) of every zone and guide, so readers can be compared within float noise."""
    shape, numbers = [geometry.width, geometry.height], []
    for zone_id in sorted(geometry.zones):
        for part in geometry.zones[zone_id].parts:
            kinds = [[type(seg).__name__ for seg in sub] for sub in part.subpaths]
            shape.append((zone_id, part.fill_rule, kinds))
            numbers += [v for sub in part.subpaths for seg in sub for v in tuple(seg)]
    for zone_id in sorted(geometry.guides):
        shape.append((zone_id, len(geometry.guides[zone_id].points)))
        numbers += [v for point in geometry.guides[zone_id].points for v in point]
    return shape, numbers


def _sources() -> list[tuple[str, bytes, str, object]]:
    found = [(f"fixture-{v}", path.read_bytes(), v, fixture_catalogue()) for v, path in FIXTURE_VIEWS.items()]
    wrapped = (  # the whole drawing inside a transformed group: zones depend on a transform above them
        FIXTURE_VIEWS["medial"]
        .read_bytes()
        .replace(b'<g id="artwork">', b'<g transform="translate(20 10) scale(0.9)">\n  <g id="artwork">', 1)
        .replace(b"</svg>", b"</g>\n</svg>")
    )
    found.append(("fixture-wrapped", wrapped, "medial", fixture_catalogue()))
    found += [
        (v, anatomy.resources.read_bytes(anatomy.view_file(v)), v, load_catalogue()) for v in packaged_views()
    ]
    return found


SOURCES = _sources()


@pytest.mark.parametrize(("name", "data", "view", "catalogue"), SOURCES, ids=[s[0] for s in SOURCES])
def test_zones_and_guides_match_svgelements_reading_the_whole_file(name, data, view, catalogue) -> None:
    fast = parse_view(data, view, catalogue=catalogue)
    reference = _by_svgelements(data, view, catalogue)
    fast_shape, fast_numbers = _numbers(fast)
    ref_shape, ref_numbers = _numbers(reference)
    assert fast_shape == ref_shape
    assert fast_numbers == pytest.approx(ref_numbers, abs=1e-9)
    assert fast.source == data  # QtSvg still draws the artwork


@pytest.mark.parametrize("view", packaged_views())
def test_packaged_views_are_read_without_svgelements(view: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("svgelements was needed for a packaged diagram")

    from desktop.model import svgelements_reader

    monkeypatch.setattr(svgelements_reader, "read_view", refuse)
    assert parse_view(anatomy.resources.read_bytes(anatomy.view_file(view)), view).zones


def test_svgelements_gets_the_file_without_its_artwork(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.model import svgelements_reader

    handed: list[bytes] = []
    real = svgelements_reader.read_view
    monkeypatch.setattr(
        svgelements_reader, "read_view", lambda data, *a: handed.append(data) or real(data, *a)
    )
    data = FIXTURE_VIEWS["medial"].read_bytes()  # arcs, rects and transforms: not a plain file
    parse_view(data, "medial", catalogue=fixture_catalogue())
    assert b'id="artwork"' in data and len(handed) == 1 and b'id="artwork"' not in handed[0]


def test_artwork_holding_a_style_sheet_is_refused_so_no_rule_can_reach_the_zones() -> None:
    data = (
        FIXTURE_VIEWS["medial"]
        .read_bytes()
        .replace(b'<g id="artwork">', b'<g id="artwork"><style>#zone-ring { fill-rule: nonzero; }</style>', 1)
    )
    inspection = inspect_svg_bytes(data, "x.svg", view="medial", catalogue=fixture_catalogue())
    assert [p.message for p in inspection.problems] == [
        "<style> is not allowed in diagram files: diagrams hold no CSS"
    ]
    assert inspection.artwork is None


# -- the real diagrams, once the illustrator's files exist


@pytest.mark.parametrize("view", packaged_views())
def test_every_catalogue_zone_is_drawn_in_its_views(view: str) -> None:
    geometry = anatomy.load_view(view)
    expected = {zone.id for zone in load_catalogue().in_view(view)}
    assert set(geometry.zones) == expected
    assert set(geometry.guides) == expected
    assert geometry.width > 0 and geometry.height > 0
    for shape in geometry.zones.values():
        x, y, w, h = shape.bbox
        assert x >= 0 and y >= 0 and x + w <= geometry.width + 1 and y + h <= geometry.height + 1
        assert shape.area > 50, f"{shape.zone_id} is too small to click"


@pytest.mark.parametrize("view", packaged_views())
def test_leg_guides_point_towards_the_knee(view: str) -> None:
    geometry = anatomy.load_view(view)
    for zone_id in ("lower_leg", "calf_belly", "achilles_tendon", "tibialis_anterior_path"):
        guide = geometry.guides.get(zone_id)
        if guide is not None:
            assert guide.points[-1][1] < guide.points[0][1], (
                f"guide-{zone_id} should run up, towards the knee"
            )


def test_views_load_lazily_and_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    real = anatomy.resources.read_bytes

    def spy(path: str) -> bytes:
        reads.append(path)
        return real(path)

    anatomy.load_view.cache_clear()
    monkeypatch.setattr(anatomy.resources, "read_bytes", spy)
    try:
        views = packaged_views()
        if not views:
            pytest.skip("no packaged diagrams yet")
        first = anatomy.load_view(views[0])
        assert anatomy.load_view(views[0]) is first
        assert reads == [f"assets/svg/{views[0]}.svg", f"assets/svg/{views[0]}.geometry.json"]
    except ValidationError:
        assert reads[0] == f"assets/svg/{views[0]}.svg"
    finally:
        anatomy.load_view.cache_clear()


def test_best_view_shows_most_zones_and_keeps_the_current_view_on_a_tie() -> None:
    catalogue = fixture_catalogue()
    assert anatomy.best_view(["only_lateral"], catalogue, current="medial") == "lateral"
    assert anatomy.best_view(["big"], catalogue, current="lateral") == "lateral"
    assert anatomy.best_view(["big"], catalogue, current=None) == "medial"  # catalogue order
    assert anatomy.best_view(["big", "small"], catalogue, current="lateral") == "medial"
    assert (
        anatomy.best_view(["only_lateral"], catalogue, current="medial", unavailable={"lateral"}) == "medial"
    )
    assert anatomy.best_view(["no_such_zone"], catalogue, current="medial") == "medial"


def test_best_view_follows_the_real_catalogue_order() -> None:
    catalogue = load_catalogue()
    assert anatomy.best_view(["tibialis_anterior_path"], catalogue) == "anterior"
    assert anatomy.best_view(["inner_ankle_concavity"], catalogue, current="lateral") == "medial"
    assert anatomy.best_view(["achilles_tendon", "heel"], catalogue, current="posterior") == "posterior"
