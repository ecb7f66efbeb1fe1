"""The diagram guard's stricter rules, each with a hostile file written here (issue 15, bullet 2).

Encodings off the allow-list, embedded data other than real PNG/JPEG pictures, any CSS that could
fetch something (`<style>`, `@import`, `url()` outside the file, CSS escapes), processing instructions,
and a file with no zone at all are each refused with one line; nothing raises.
"""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest
from hostile_files import svg

from desktop.cli import main
from desktop.model.svg_guard import check_svg_bytes


def problems(data: bytes | str, file: str = "x.svg") -> list[str]:
    raw = data.encode() if isinstance(data, str) else data
    return [str(p) for p in check_svg_bytes(raw, file)]


def tiny_png() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def data_uri(mime: str, payload: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(payload).decode()}"


def test_the_base_file_these_tests_spoil_is_clean() -> None:
    assert problems(svg()) == []


# --- encodings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (svg(declaration='<?xml version="1.0" encoding="Shift_JIS"?>').encode(), "encoding 'Shift_JIS'"),
        (svg(declaration="<?xml version='1.0' encoding='UTF-7'?>").encode(), "encoding 'UTF-7'"),
        (svg(declaration='<?xml version="1.0" encoding="x-made-up"?>').encode(), "encoding 'x-made-up'"),
        (svg(declaration='<?xml version="1.0" encoding="cp1252"?>').encode(), "encoding 'cp1252'"),
        (svg(declaration='<?xml version="1.0" encoding="UTF-32"?>').encode("utf-32"), "is UTF-32 text"),
        (svg().encode("utf-32-le"), "is UTF-32 text"),
        (svg(declaration='<?xml version="1.0" encoding="EUC-JP"?>').encode("utf-16"), "encoding 'EUC-JP'"),
    ],
)
def test_an_encoding_off_the_list_is_one_clear_line(data: bytes, words: str) -> None:
    (line,) = problems(data)
    assert line.startswith("x.svg: ") and words in line


@pytest.mark.parametrize(
    ("declaration", "codec"),
    [
        ('<?xml version="1.0" encoding="UTF-8"?>', "utf-8"),
        ('<?xml version="1.0" encoding="utf-16"?>', "utf-16"),
        ('<?xml version="1.0" encoding="ISO-8859-1"?>', "latin-1"),
        ("<?xml version='1.0' encoding='US-ASCII'?>", "ascii"),
    ],
)
def test_the_allowed_encodings_pass(declaration: str, codec: str) -> None:
    title = "<title>Cheville</title>" if codec == "ascii" else "<title>Cheville, talón</title>"
    assert problems(svg(title, declaration=declaration).encode(codec)) == []


def test_check_prints_every_files_result_when_one_has_an_odd_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "a-odd.svg"
    odd.write_bytes(svg(declaration='<?xml version="1.0" encoding="Shift_JIS"?>').encode())
    good = tmp_path / "b-good.svg"
    good.write_text(svg(), encoding="utf-8")
    assert main(["--check", str(odd), str(good)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{odd}: declares the text encoding 'Shift_JIS'")
    assert lines[1] == f"{good}: OK"


# --- embedded data and links -------------------------------------------------------------------------


def test_a_real_png_picture_may_be_embedded() -> None:
    assert problems(svg(f'<image width="1" height="1" href="{data_uri("image/png", tiny_png())}"/>')) == []


@pytest.mark.parametrize(
    ("element", "words"),
    [
        # an SVG inside, itself holding an <image> of a local file: QtSvg would open and draw that file
        (
            '<image href="{}"/>'.format(
                data_uri(
                    "image/svg+xml",
                    b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>',
                )
            ),
            "other than a base64 PNG or JPEG",
        ),
        # the same SVG labelled as a PNG: Qt sniffs the bytes and would read it as SVG anyway
        (
            '<image href="{}"/>'.format(data_uri("image/png", b'<svg xmlns="http://www.w3.org/2000/svg"/>')),
            "labelled PNG that is not a PNG picture",
        ),
        ('<image xlink:href="{}"/>'.format(data_uri("image/jpeg", b"GIF89a")), "not a JPEG picture"),
        ('<image href="data:image/png,%89PNG"/>', "other than a base64 PNG or JPEG"),
        ('<image href="data:text/html;base64,PGh0bWw+"/>', "other than a base64 PNG or JPEG"),
        ('<image href="data:image/png;base64,!!!!"/>', "other than a base64 PNG or JPEG"),
        ('<image href="file:///etc/passwd"/>', "refers to an outside resource"),
        (
            '<a href="{}"><path d="M0 0 H1"/></a>'.format(data_uri("image/png", tiny_png())),
            "outside resource",
        ),
        ('<linearGradient id="g" href="http://example.com/g.svg#x"/>', "outside resource"),
    ],
)
def test_embedded_data_other_than_a_real_picture_and_outside_links_are_refused(
    element: str, words: str
) -> None:
    (line,) = problems(svg(element))
    assert line.startswith("x.svg: ") and words in line and "field 'href'" in line


# --- CSS ---------------------------------------------------------------------------------------------


def test_a_local_url_reference_passes() -> None:
    gradient = '<linearGradient id="g"><stop offset="0"/></linearGradient>'
    body = f"{gradient}<path d='M0 0 H9 V9 Z' fill=\"url(#g)\" style=\"stroke: url( '#g' ); opacity: 0.5\"/>"
    assert problems(svg(body)) == []


@pytest.mark.parametrize(
    ("element", "field", "words"),
    [
        ("<style>path { fill: red; }</style>", None, "<style> is not allowed"),
        ("<style>@import url(http://example.com/a.css);</style>", None, "<style> is not allowed"),
        ('<path d="M0 0 H9" style="fill: url(file:///etc/passwd)"/>', "style", "only url(#id)"),
        ('<path d="M0 0 H9" style="fill:url(http://example.com/p.svg#a)"/>', "style", "only url(#id)"),
        ('<path d="M0 0 H9" style="@import \'x.css\'; fill: red"/>', "style", "@import"),
        ('<path d="M0 0 H9" style="fill: u\\72l(http://example.com/a)"/>', "style", "CSS escape"),
        ('<path d="M0 0 H9" fill="url(file:///etc/passwd)"/>', "fill", "only url(#id)"),
        ('<path d="M0 0 H9" mask="URL(http://example.com/m.svg#m)"/>', "mask", "only url(#id)"),
        ('<path d="M0 0 H9" filter="url(#ok) url(x.svg#bad)"/>', "filter", "only url(#id)"),
    ],
)
def test_css_that_could_fetch_anything_is_refused(element: str, field: str | None, words: str) -> None:
    (line,) = problems(svg(element))
    assert words in line and (field is None or f"field '{field}'" in line), line


def test_a_style_sheet_processing_instruction_is_refused() -> None:
    data = '<?xml-stylesheet type="text/css" href="http://example.com/a.css"?>' + svg()
    (line,) = problems(data)
    assert "processing instruction <?xml-stylesheet?>" in line


# --- zones -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["my-drawing.svg", "medial.svg"])
def test_a_file_with_no_zone_is_refused_whatever_its_name(name: str) -> None:
    lines = problems(svg(zones=False), name)
    assert any(line.startswith(f"{name}: draws no zone") for line in lines), lines


# --- cost ----------------------------------------------------------------------------------------------


def test_hostile_diagrams_near_the_size_cap_cost_little_memory_and_time(tmp_path: Path) -> None:
    """Peak memory (ru_maxrss: expat's C allocations too) and CPU time of the guard, in a fresh process."""
    import json
    import subprocess
    import sys

    from desktop.model.svg_guard import MAX_BYTES

    budget = MAX_BYTES - 4096
    png = data_uri("image/png", tiny_png() + b"\0" * (budget * 3 // 4 - 200))
    files = {
        "urls": svg('<path d="M0 0" fill="' + "url(#a) " * (budget // 8) + '"/>'),
        "picture": svg(f'<image href="{png}"/>'),
        "elements": svg('<path d="M0 0 L1 1" transform="rotate(1) scale(2)"/>' * (budget // 56)),
        "path-data": svg('<path d="M0 0' + " L1 1" * (budget // 5) + '"/>'),
        "deep": svg("<g>" * 40 + "</g>" * 40) + " " * budget,
        "style": svg('<path d="M0 0" style="' + "fill:red;" * (budget // 9) + '"/>'),
    }
    for name, text in files.items():
        (tmp_path / f"{name}.svg").write_text(text[:MAX_BYTES], encoding="utf-8")
    code = """
import json, resource, sys, time
from pathlib import Path
from desktop.model.svg_guard import check_svg_file
from desktop.model.zones import load_catalogue
catalogue = load_catalogue()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = {}
for name in sys.argv[1:]:
    start = time.process_time()
    lines = [str(p) for p in check_svg_file(Path(name), catalogue=catalogue)]
    out[Path(name).stem] = [time.process_time() - start, lines]
print(json.dumps({"grew_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base, "files": out}))
"""
    paths = sorted(str(p) for p in tmp_path.glob("*.svg"))
    result = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["grew_kib"] < 100 * 1024, report["grew_kib"]
    for name, (cpu_s, lines) in report["files"].items():
        assert cpu_s < 2.0, (name, cpu_s)
        assert all(line.isprintable() for line in lines), name
    assert report["files"]["picture"][1] == []  # a big real picture is allowed, and cheap
