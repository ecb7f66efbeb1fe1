"""The plain reader gives svgelements' geometry wherever it answers, and leaves every other file to it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.model import plain_svg, svgelements_reader
from desktop.model.segments import RawView
from desktop.model.svg_guard import inspect_svg_bytes
from desktop.model.svg_pathdata import read_path_data
from desktop.model.zones import Zone, ZoneCatalogue

CATALOGUE = ZoneCatalogue(
    [
        Zone(id=z, name=z.title(), plain=z, description=z, views=("medial",), caution=None, no_press=False)
        for z in ("one", "two")
    ]
)


def _svg(
    zone_one: str = '<path id="zone-one" d="M10 10 H 90 V 90 Z"/>',
    *,
    root: str = 'width="700" height="900" viewBox="0 0 700 900"',
    zones: str = 'opacity="0"',
    extra: str = "",
    guide_d: str = "M50 80 C 60 60 40 40 50 20",
) -> bytes:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" {root}>{extra}'
        '<g id="artwork"><rect width="700" height="900" fill="#eee"/></g>'
        f'<g id="zones" {zones}>{zone_one}<path id="zone-two" d="M200 200 L 300 200 L 250 300 Z"/></g>'
        f'<g id="guides" opacity="0"><path id="guide-one" d="{guide_d}"/>'
        '<path id="guide-two" d="M250 290 L 250 210"/></g></svg>'
    ).encode()


def _flat(raw: RawView) -> tuple[list, list[float]]:
    shape, numbers = [raw.width, raw.height], []
    for zone_id in sorted(raw.zones):
        for part in raw.zones[zone_id]:
            shape.append(
                (zone_id, part.fill_rule, [[type(s).__name__ for s in sub] for sub in part.subpaths])
            )
            numbers += [v for sub in part.subpaths for seg in sub for v in tuple(seg)]
    for zone_id in sorted(raw.guides):
        subpaths = raw.guides[zone_id]
        shape.append((zone_id, [[type(s).__name__ for s in sub] for sub in subpaths]))
        numbers += [v for sub in subpaths for seg in sub for v in tuple(seg)]
    return shape, numbers


def _without_artwork(data: bytes) -> bytes:
    """The bytes desktop.model.anatomy hands a reader: guarded, the artwork group cut out."""
    inspection = inspect_svg_bytes(data, "x.svg", view="medial", catalogue=CATALOGUE)
    assert inspection.problems == [] and inspection.artwork is not None
    start, end = inspection.artwork
    return data[:start] + data[end:]


def _assert_same_as_svgelements(data: bytes) -> None:
    plain = plain_svg.read_view(_without_artwork(data))
    assert plain is not None, "the plain reader declined a plain file"
    reference = svgelements_reader.read_view(data, ["one", "two"], "x.svg")  # the whole file
    plain_shape, plain_numbers = _flat(plain)
    ref_shape, ref_numbers = _flat(reference)
    assert plain_shape == ref_shape
    assert plain_numbers == pytest.approx(ref_numbers, abs=1e-9)


_NUMBER = st.integers(-400, 400).map(str) | st.floats(-400, 400, allow_nan=False).map(lambda f: f"{f:.2f}")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


@st.composite
def _path_data(draw) -> str:
    """Well-formed path data without arcs: every command, relative and absolute, with implicit repeats."""
    parts = [f"M {draw(_NUMBER)} {draw(_NUMBER)}"]
    for _ in range(draw(st.integers(1, 10))):
        letter = draw(st.sampled_from("MLHVCSQTZmlhvcsqtz"))
        arity = _ARITY[letter.upper()]
        repeats = 1 if arity == 0 else draw(st.integers(1, 3))
        numbers = [draw(_NUMBER) for _ in range(arity * repeats)]
        parts.append(
            letter + draw(st.sampled_from([" ", ""])) + draw(st.sampled_from([" ", ","])).join(numbers)
        )
    return " ".join(parts)


@settings(max_examples=150, deadline=None)
@given(_path_data(), _path_data(), st.sampled_from(["nonzero", "evenodd"]))
def test_plain_reader_agrees_with_svgelements_on_any_plain_path(zone_d: str, guide_d: str, rule: str) -> None:
    _assert_same_as_svgelements(
        _svg(
            f'<path id="zone-one" fill-rule="{rule}" d="{zone_d}"/>',
            guide_d=guide_d.replace("z", "").replace("Z", ""),
        )
    )


def test_plain_reader_agrees_on_grouped_zones_and_inherited_fill_rules() -> None:
    group = (
        '<g id="zone-one" fill-rule="evenodd"><path d="M0 0 H 100 V 100 H 0 Z M 25 25 H 75 V 75 H 25 Z"/>'
        '<g><path fill-rule="nonzero" d="M 400 400 h 50 v 50 h -50 z"/></g></g>'
    )
    _assert_same_as_svgelements(_svg(group, zones='opacity="0" fill-rule="nonzero"'))
    _assert_same_as_svgelements(_svg(extra="<title>t</title><defs><linearGradient id='g'/></defs>"))
    _assert_same_as_svgelements(_svg(root='width="700px" height="900" viewBox="0,0,700,900"'))


@pytest.mark.parametrize(
    ("why", "data"),
    [
        ("a transform", _svg(zones='opacity="0" transform="translate(5 5)"')),
        ("a rect zone", _svg('<rect id="zone-one" x="1" y="1" width="5" height="5"/>')),
        ("an arc", _svg('<path id="zone-one" d="M 10 10 A 5 5 0 1 0 20 20 Z"/>')),
        ("units", _svg(root='width="7in" height="9in" viewBox="0 0 700 900"')),
        ("a scaled viewBox", _svg(root='width="350" height="450" viewBox="0 0 700 900"')),
        ("a moved viewBox", _svg(root='width="700" height="900" viewBox="10 0 700 900"')),
        ("a style attribute", _svg('<path id="zone-one" style="fill-rule:evenodd" d="M10 10 H 90 V 90 Z"/>')),
        ("a zone kept in defs", _svg(extra='<defs><g id="zones-spare"/></defs>')),
    ],
)
def test_plain_reader_leaves_other_files_to_svgelements(why: str, data: bytes) -> None:
    assert plain_svg.read_view(_without_artwork(data)) is None, why


@pytest.mark.parametrize("d", ["M0 0 A 1 1 0 0 1 5 5", "M1. 2 L3 4"])
def test_path_data_svgelements_reads_its_own_way_is_not_read_here(d: str) -> None:
    assert read_path_data(d) is None
