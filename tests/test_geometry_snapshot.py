"""The packaged views' geometry snapshots: up to date, the same shapes as reading the SVG, and never
trusted when they do not match (a stale, broken or hostile snapshot means the SVG is read instead)."""

from __future__ import annotations

import json

import pytest

from desktop import resources
from desktop.model import anatomy, geometry_snapshot, geometry_snapshot_writer
from desktop.model.anatomy import packaged_views, parse_view, view_file
from desktop.model.zones import load_catalogue


@pytest.fixture(autouse=True)
def _fresh_views():
    anatomy.load_view.cache_clear()
    yield
    anatomy.load_view.cache_clear()


def _svg(view: str) -> bytes:
    return resources.read_bytes(view_file(view))


def _snapshot(view: str) -> bytes:
    return resources.read_bytes(geometry_snapshot.snapshot_path(view))


def _wanted(view: str) -> list[str]:
    return [zone.id for zone in load_catalogue().in_view(view)]


def test_every_packaged_view_has_an_up_to_date_snapshot() -> None:
    stale = geometry_snapshot_writer.write_all(check_only=True)
    assert stale == [], f"run `python -m desktop.model.snapshots`: {stale}"


@pytest.mark.parametrize("view", packaged_views())
def test_a_view_from_its_snapshot_has_the_shapes_of_its_svg(view: str, monkeypatch) -> None:
    from desktop.model import svg_guard

    read = parse_view(_svg(view), view, file=view_file(view))

    def no_parsing(*args, **kwargs):
        raise AssertionError("the SVG was parsed although its snapshot matches")

    monkeypatch.setattr(svg_guard, "inspect_svg_bytes", no_parsing)
    loaded = anatomy.load_view(view)
    assert loaded == read
    assert list(loaded.zones) == list(read.zones)  # the same order: drawing and hit-testing follow it
    assert loaded.source == _svg(view)  # QtSvg still draws the artwork from the file itself
    for zone_id, shape in read.zones.items():
        assert loaded.zones[zone_id].area == pytest.approx(shape.area)
        x, y = shape.interior_point()
        assert loaded.zones[zone_id].contains(x, y)


def test_a_snapshot_of_other_bytes_is_not_used() -> None:
    svg = _svg("medial")
    edited = svg.replace(b"</svg>", b"<!-- edited --></svg>")
    assert geometry_snapshot.read_snapshot(_snapshot("medial"), svg, "medial", _wanted("medial")) is not None
    assert geometry_snapshot.read_snapshot(_snapshot("medial"), edited, "medial", _wanted("medial")) is None
    assert geometry_snapshot.read_snapshot(_snapshot("medial"), svg, "lateral", _wanted("medial")) is None


def test_a_snapshot_with_other_zones_than_the_catalogue_is_not_used() -> None:
    wanted = _wanted("medial")
    snap, svg = _snapshot("medial"), _svg("medial")
    assert geometry_snapshot.read_snapshot(snap, svg, "medial", wanted[:-1]) is None
    assert geometry_snapshot.read_snapshot(snap, svg, "medial", [*wanted, "new_zone"]) is None


def _edited(change) -> bytes:
    body = json.loads(_snapshot("medial"))
    change(body)
    return json.dumps(body).encode()


def _first_zone(body):
    return next(iter(body["zones"].values()))


def _first_subpath(body):
    return _first_zone(body)["parts"][0]["subpaths"][0]


def _first_guide(body):
    return next(iter(body["guides"].values()))


BROKEN = {
    "not JSON": lambda: b"{not json",
    "not UTF-8": lambda: b"\xff\xfe{}",
    "a list": lambda: b"[]",
    "another format": lambda: _edited(lambda b: b.update(format=99)),
    "NaN width": lambda: _snapshot("medial").replace(b'"width":700.0,', b'"width":NaN,', 1),
    "infinite coordinate": lambda: _edited(lambda b: _first_subpath(b)[0].__setitem__(1, 1e999)),
    "a bool for a number": lambda: _edited(lambda b: _first_zone(b)["bbox"].__setitem__(0, True)),
    "a string for a number": lambda: _edited(lambda b: _first_zone(b)["bbox"].__setitem__(0, "1")),
    "a segment of wrong length": lambda: _edited(lambda b: _first_subpath(b).append(["L", 1])),
    "an unknown segment": lambda: _edited(lambda b: _first_subpath(b).append(["A", 1, 2])),
    "a subpath not starting with a move": lambda: _edited(lambda b: _first_subpath(b).pop(0)),
    "no parts": lambda: _edited(lambda b: _first_zone(b).__setitem__("parts", [])),
    "an unknown fill rule": lambda: _edited(lambda b: _first_zone(b)["parts"][0].update(fill_rule="odd")),
    "a guide of one point": lambda: _edited(lambda b: _first_guide(b).__delitem__(slice(1, None))),
    "a guide point of three numbers": lambda: _edited(lambda b: _first_guide(b).__setitem__(0, [1, 2, 3])),
    "deep nesting": lambda: b"[" * 100_000 + b"]" * 100_000,
    "over the size limit": lambda: b" " * (geometry_snapshot.MAX_SNAPSHOT_BYTES + 1),
}


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_snapshot_is_not_used_and_the_svg_is_read_instead(name: str, monkeypatch) -> None:
    broken = BROKEN[name]()
    assert geometry_snapshot.read_snapshot(broken, _svg("medial"), "medial", _wanted("medial")) is None
    real_read = resources.read_bytes
    snapshot = geometry_snapshot.snapshot_path("medial")
    monkeypatch.setattr(
        resources, "read_bytes", lambda relative: broken if relative == snapshot else real_read(relative)
    )
    assert anatomy.load_view("medial") == parse_view(_svg("medial"), "medial", file=view_file("medial"))


def test_a_missing_snapshot_means_the_svg_is_read(monkeypatch) -> None:
    real_read = resources.read_bytes

    def without_snapshots(relative: str) -> bytes:
        if relative.endswith(".geometry.json"):
            raise FileNotFoundError(relative)
        return real_read(relative)

    monkeypatch.setattr(resources, "read_bytes", without_snapshots)
    assert anatomy.load_view("lateral") == parse_view(_svg("lateral"), "lateral", file=view_file("lateral"))
