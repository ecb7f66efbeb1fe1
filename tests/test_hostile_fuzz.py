"""Fuzzing the two readers of user files with hostile shapes (issue 15): whatever the bytes, the routine
loader and the diagram guard answer with clean one-line problems or success, within bounded CPU time
and memory.

Inputs are built from the pieces attacks are made of (dots, brackets, quotes, digit runs, escapes,
control characters, encodings, url(), data: URIs, CSS), repeated up to the size caps. Time is CPU time
(`time.process_time`), so a busy shared machine does not make it flaky; memory is the peak of Python's
allocations (tracemalloc), measured in a second run of the same input.
"""

from __future__ import annotations

import base64
import time
import tracemalloc

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.model.problems import ValidationError
from desktop.model.routine import Routine
from desktop.model.routine_draft import MAX_FILE_BYTES
from desktop.model.routine_loader import parse_routine
from desktop.model.svg_guard import MAX_BYTES, check_svg_bytes
from desktop.model.zones import load_catalogue

CPU_S = 2.0  # the bound, per input under the size cap
PEAK_BYTES = 100 * 2**20
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
CATALOGUE = load_catalogue()


def bounded(read) -> object:
    """`read()` run twice: timed, then under tracemalloc; asserts both bounds; returns the result."""
    start = time.process_time()
    result = read()
    spent = time.process_time() - start
    assert spent < CPU_S, f"{spent:.2f} s of CPU"
    tracemalloc.start()
    try:
        read()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK_BYTES, f"{peak / 2**20:.0f} MB"
    return result


def assert_clean_lines(lines: list[str], file: str) -> None:
    for line in lines:
        assert line.startswith(f"{file}: ")
        assert line.isprintable(), repr(line[:200])  # one line, no escape sequence


def repeated(pieces: st.SearchStrategy[str], cap: int) -> st.SearchStrategy[str]:
    """Pieces, some repeated many times (how size attacks look), cut to `cap` characters."""
    counts = st.sampled_from([200_000, 30_000, 1000, 10, 2, 1, 1])
    run = st.tuples(pieces, counts).map(lambda p: p[0] * min(p[1], cap // max(len(p[0]), 1) + 1))
    return st.lists(run, max_size=12).map(lambda parts: "".join(parts)[:cap])


TOML_PIECES = st.one_of(
    st.sampled_from(
        [
            "a",
            ".",
            "=",
            " ",
            "\n",
            "[",
            "]",
            "[[",
            "]]",
            "{",
            "}",
            ",",
            '"',
            "'",
            '"""',
            "'''",
            "#",
            "\\",
            "\\u0041",
            "a.",
            '"k".',
            "x = ",
            "[[steps]]\n",
            'id = "x"\n',
            "1e308",
            "9" * 5000,
            "-0x",
            "true",
            "1979-05-27T07:32:00Z",
            "\x1b[2J",
            "\x00",
            "\u202e",
            "\r\n",
            "title = ",
        ]
    ),
    st.text(max_size=8),
)
VALID_HEAD = 'id = "fuzz"\ntitle = "Fuzz"\nsummary = "s"\nsides = "both"\n'
# (before, repeated unit, after): well-formed shapes whose cost grows with the repeats
ATTACKS = st.tuples(
    st.sampled_from(
        [
            ("", "a.", "a = 1\n"),
            ("", '"a".', '"a" = 1\n'),
            ("[", "a.", "a]\n"),
            ("x = { ", "a.", "a = 1 }\n"),
            ("x = ", "[", ""),
            ("x = ", "{a=", "1"),
            ("x = ", "9", "\n"),
            ("x = 1.", "5", "\n"),
            ('"', "k", '" = 1\n'),
            ("x = [", "{},", "]\n"),
            ("", "[[steps]]\n", ""),
            ("", "k{} = 1\n", ""),
            ("[[steps]]\nzones = [", '"zz",', '"zz"]\n'),
            ('x = "', "\\u0041", '"\n'),
        ]
    ),
    st.sampled_from([100_000, 10_000, 1000, 100, 10, 1]),  # the first is drawn most: big
).map(lambda a: a[0][0] + a[0][1] * min(a[1], MAX_FILE_BYTES // len(a[0][1])) + a[0][2])


@FUZZ
@given(attack=st.one_of(ATTACKS, st.just("")), body=repeated(TOML_PIECES, MAX_FILE_BYTES), head=st.booleans())
def test_the_routine_loader_answers_every_hostile_text_cleanly_and_cheaply(
    attack: str, body: str, head: bool
) -> None:
    text = (VALID_HEAD if head else "") + attack + body
    event(f"attack {attack[:6]!r} {len(attack) // 1000}k")
    data = text.encode("utf-8", "surrogatepass")[:MAX_FILE_BYTES]

    def read() -> Routine | list[str]:
        try:
            return parse_routine(data, "fuzz.toml", catalogue=CATALOGUE)
        except ValidationError as exc:
            return [str(p) for p in exc.problems]

    event(f"routine of {len(data) // 10_000 * 10} kB or so")
    result = bounded(read)
    if not isinstance(result, Routine):
        assert result, "a refusal names at least one problem"
        assert_clean_lines(result, "fuzz.toml")


def _data_uri(mime: str, payload: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(payload).decode()}"


SVG_PIECES = st.one_of(
    st.sampled_from(
        [
            '<path d="M0 0 H9 V9 Z"/>',
            '<path d="M0 0" fill="url(#g)"/>',
            '<path d="M0 0" fill="url(file:///etc/passwd)"/>',
            '<path d="M0 0" style="fill:url(http://example.com/x)"/>',
            '<path d="M0 0" style="@import \'a.css\'"/>',
            '<path d="M0 0" style="fill:u\\72l(x)"/>',
            "<style>@import url(x.css);</style>",
            '<image href="{}"/>'.format(
                _data_uri("image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
            ),
            '<image href="{}"/>'.format(_data_uri("image/png", b"\x89PNG\r\n\x1a\n0000")),
            '<image href="{}"/>'.format(_data_uri("image/png", b"<svg/>")),
            '<image href="/etc/passwd"/>',
            '<use href="#artwork"/>',
            "<g>",
            "</g>",
            "<?xml-stylesheet href='a.css'?>",
            "&amp;",
            "<!-- x -->",
            '<g id="zone-heel"><path d="M0 0 L 1 1 Z"/></g>',
            '<path transform="rotate(1e999)" d="M0 0"/>',
            "\x00",
            "\u202e",
        ]
    ),
    st.text(max_size=6),
)
DECLARATIONS = st.one_of(
    st.sampled_from(["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-8"?>']),
    st.from_regex(r"[A-Za-z0-9_.:-]{0,20}", fullmatch=True).map(
        lambda e: f'<?xml version="1.0" encoding="{e}"?>'
    ),
)
CODECS = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "latin-1", "shift_jis", "cp500"])


@FUZZ
@given(declaration=DECLARATIONS, body=repeated(SVG_PIECES, MAX_BYTES // 4), codec=CODECS)
def test_the_svg_guard_answers_every_hostile_file_cleanly_and_cheaply(
    declaration: str, body: str, codec: str
) -> None:
    root = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'>"
    tail = "<g id='zones' opacity='0'/><g id='guides' opacity='0'/></svg>"
    text = f"{declaration}{root}<g id='artwork'>{body}</g>{tail}"
    data = text.encode(codec, errors="replace")[:MAX_BYTES]
    event(f"diagram of {len(data) // 100_000 * 100} kB or so")
    lines = bounded(lambda: [str(p) for p in check_svg_bytes(data, "fuzz.svg", catalogue=CATALOGUE)])
    assert lines, "every one of these files lacks a zone, so none may pass"
    assert_clean_lines(lines, "fuzz.svg")


@FUZZ
@given(data=st.binary(max_size=4096))
def test_the_svg_guard_answers_raw_bytes_cleanly(data: bytes) -> None:
    lines = [str(p) for p in check_svg_bytes(data, "raw.svg", catalogue=CATALOGUE)]
    assert lines
    assert_clean_lines(lines, "raw.svg")
