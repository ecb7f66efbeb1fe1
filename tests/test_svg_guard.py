"""The SVG guard refuses hostile and broken diagrams quickly, with one clear line each (invariants 5, 7).

Each refusal must also come within a safety bound of 2 s: svgelements alone takes minutes and
gigabytes on some of these files, so the bound shows the guard ran first and stopped early.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import svgelements
from diagram_fixture import FIXTURE_VIEWS, fixture_catalogue
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.checks import check_paths
from desktop.model import svg_guard, svg_scan
from desktop.model.anatomy import packaged_views, parse_view, view_file
from desktop.model.problems import ValidationError
from desktop.model.svg_guard import check_svg_bytes, check_svg_file
from desktop.model.svg_pathdata import check_path_data, scan_path_data

HOSTILE = Path(__file__).resolve().parent / "data" / "svg_hostile"
SAFETY_BOUND_S = 2.0
REPO = Path(__file__).resolve().parent.parent

# file -> words the (first) problem line must contain, so a person knows what to fix
CORPUS = {
    "billion_laughs.svg": "DOCTYPE",
    "external_entity.svg": "DOCTYPE",
    "doctype_only.svg": "DOCTYPE",
    "use_chain.svg": "<use>",
    "use_ancestor.svg": "ancestor",
    "malformed.svg": "not well-formed XML",
    "not_svg.svg": "root element must be <svg>",
    "script.svg": "<script>",
    "bad_path.svg": "path data does not parse",
    "missing_zone.svg": "does not draw it",
    "bad_transform.svg": "transform",
    "visible_zones.svg": "invisible",
}


def _checked(path: Path) -> tuple[list, float]:
    start = time.monotonic()
    problems = check_svg_file(path, view="medial", catalogue=fixture_catalogue())
    return problems, time.monotonic() - start


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_is_refused_quickly_with_a_clear_line(name: str) -> None:
    problems, elapsed = _checked(HOSTILE / name)
    assert elapsed < SAFETY_BOUND_S
    assert problems, f"{name} was accepted"
    lines = [str(p) for p in problems]
    assert all("\n" not in line and line.startswith(str(HOSTILE / name)) for line in lines)
    assert any(CORPUS[name] in line for line in lines), lines


def test_corpus_covers_every_file_in_the_folder() -> None:
    assert {p.name for p in HOSTILE.glob("*.svg")} == set(CORPUS)


def test_bad_path_names_the_element_and_field() -> None:
    (problem,) = _checked(HOSTILE / "bad_path.svg")[0]
    assert problem.step == "element 'zone-ell'"
    assert problem.field == "d"
    assert "'X'" in problem.message


def test_missing_zone_names_the_zone() -> None:
    problems = _checked(HOSTILE / "missing_zone.svg")[0]
    assert [p.step for p in problems] == ["element 'zone-small'"]


def test_use_refusal_explains_itself() -> None:
    problems = _checked(HOSTILE / "use_chain.svg")[0]
    assert "expand" in problems[0].message


def test_external_image_is_refused() -> None:
    lines = [str(p) for p in _checked(HOSTILE / "script.svg")[0]]
    assert any("outside resource" in line for line in lines)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "medial.svg"
    with big.open("wb") as handle:
        handle.write(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 700 900">')
        handle.write(b"<!--" + b"x" * (svg_guard.MAX_BYTES + 10) + b"-->")
        handle.write(b"</svg>")
    start = time.monotonic()
    problems = check_svg_file(big)
    assert time.monotonic() - start < SAFETY_BOUND_S
    assert len(problems) == 1 and "MiB" in problems[0].message
    assert check_svg_bytes(big.read_bytes(), "big.svg")[0].message == problems[0].message


def test_element_flood_is_cut_short(tmp_path: Path) -> None:
    flood = tmp_path / "flood.svg"
    body = "<g/>" * (svg_scan.MAX_ELEMENTS + 50)
    flood.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 9">{body}</svg>')
    start = time.monotonic()
    problems = check_svg_file(flood)
    assert time.monotonic() - start < SAFETY_BOUND_S
    assert [p.message for p in problems] == [
        f"has more than {svg_scan.MAX_ELEMENTS} elements; a diagram needs far fewer"
    ]


def test_deep_nesting_is_cut_short(tmp_path: Path) -> None:
    deep = tmp_path / "deep.svg"
    depth = svg_scan.MAX_DEPTH + 5
    deep.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 9">{"<g>" * depth}{"</g>" * depth}</svg>'
    )
    problems = check_svg_file(deep)
    assert "deep" in problems[0].message


def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    problems = check_svg_file(tmp_path / "absent.svg")
    assert len(problems) == 1 and "cannot be read" in str(problems[0])


def test_view_is_inferred_from_the_file_stem(tmp_path: Path) -> None:
    copy = tmp_path / "lateral.svg"
    copy.write_bytes(FIXTURE_VIEWS["medial"].read_bytes())
    problems = check_svg_file(copy, catalogue=fixture_catalogue())
    # the medial fixture drawn as the lateral view: zones not listed for lateral, only_lateral missing
    assert any("does not list the lateral view" in p.message for p in problems)
    assert any(p.step == "element 'zone-only_lateral'" for p in problems)


@pytest.mark.parametrize("view", sorted(FIXTURE_VIEWS))
def test_fixture_views_pass(view: str) -> None:
    assert check_svg_file(FIXTURE_VIEWS[view], view=view, catalogue=fixture_catalogue()) == []


@pytest.mark.parametrize("view", packaged_views())
def test_packaged_views_pass_the_guard(view: str) -> None:
    problems = check_svg_file(REPO / view_file(view))
    assert problems == [], "\n".join(map(str, problems))


def test_check_cli_path_prints_one_line_per_problem() -> None:
    lines = check_paths([HOSTILE / "malformed.svg", HOSTILE / "billion_laughs.svg"])
    assert len(lines) == 2
    assert "malformed.svg" in lines[0] and "billion_laughs.svg" in lines[1]


def test_svgelements_never_sees_refused_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args, **kwargs):
        raise AssertionError("svgelements was handed a refused file")

    monkeypatch.setattr(svgelements.SVG, "parse", explode)
    for name in CORPUS:
        with pytest.raises(ValidationError):
            parse_view((HOSTILE / name).read_bytes(), "medial", file=name, catalogue=fixture_catalogue())


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ("M 0 0 L 10", "needs 2 numbers"),
        ("M 0 0 X 5", "unexpected 'X' at character 6"),
        ("L 0 0", "must start with a move"),
        ("M 0 0 A 5 5 0 2 1 10 10", "unexpected '2'"),
        ("M 0 0 Z 5", "after Z"),
        ("M 0 0 L 1e999 0", "out of range"),
        ("M 0 0 L 1 1,,2 2", "unexpected ','"),
    ],
)
def test_path_data_errors_are_found(data: str, complaint: str) -> None:
    error, _ = check_path_data(data)
    assert error is not None and complaint in error


@pytest.mark.parametrize(
    "data", ["M0 0 l1-2", "M.5.5L1,1z", "M0 0 a1 1 0 0110 10", "M 0 0 H 1 2 3 Z", "m1 1 2 2zm3 3z", ""]
)
def test_valid_path_data_passes(data: str) -> None:
    assert check_path_data(data)[0] is None


# The fast path (one regular expression) must give the scanner's verdict and command count on any input.
_PATH_TOKENS = st.sampled_from(
    [
        "M",
        "m",
        "L",
        "l",
        "H",
        "v",
        "C",
        "c",
        "S",
        "q",
        "T",
        "Z",
        "z",
        "A",
        "0",
        "1",
        "7",
        "25",
        ".",
        "-",
        "+",
        "e",
        " ",
        ",",
        "\n",
        "x",
        "٣",
        "1e999",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PATH_TOKENS, max_size=40).map("".join))
def test_fast_path_data_check_agrees_with_the_scanner(data: str) -> None:
    assert check_path_data(data) == scan_path_data(data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("MLHVCSQTZmlhvcsqtz"),
            st.lists(st.floats(-999, 999, allow_nan=False).map(lambda f: f"{f:.3g}"), max_size=14),
            st.sampled_from([" ", ",", "", " , ", "\n"]),
        ),
        max_size=12,
    ).map(lambda cmds: "M0 0 " + "".join(c + sep + sep.join(nums) for c, nums, sep in cmds))
)
def test_fast_path_data_check_agrees_on_plausible_paths(data: str) -> None:
    assert check_path_data(data) == scan_path_data(data)


def test_packaged_paths_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.model import svg_pathdata

    def refuse(d: str) -> tuple[str | None, int]:
        raise AssertionError(f"well-formed path data went to the slow scanner: {d[:40]!r}")

    monkeypatch.setattr(svg_pathdata, "scan_path_data", refuse)
    for view in packaged_views():
        assert check_svg_file(REPO / view_file(view)) == []
