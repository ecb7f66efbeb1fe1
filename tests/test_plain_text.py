"""desktop.model.plain_text: what user-supplied text may carry to a terminal or a window (issue 15)."""

from __future__ import annotations

import pytest

from desktop.model.plain_text import plain_line, plain_text

JOINERS = "family 👩\u200d👩\u200d👧 and ZWNJ می\u200cخواهم"  # zero-width joiners some text needs


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Warm-up strokes", "Warm-up strokes"),
        ("\x1b[2J\x1b[31mRed", "[2J[31mRed"),  # ESC gone: nothing left for a terminal to obey
        ("bell\x07 and nul\x00 and del\x7f", "bell and nul and del"),
        ("C1 \x9b31m", "C1 31m"),  # the one-byte CSI
        ("one\ntwo\r\nthree\rfour", "one two three four"),
        ("tab\there\u2028there\u2029", "tab here there "),
        ("abc\u202edcba\u2066x\u2069", "abcdcbax"),  # bidirectional overrides and isolates
        ("\ufeffBOM", "BOM"),
        ("private \ue000 use", "private  use"),
        ("café, talón, Fuß, 足首", "café, talón, Fuß, 足首"),
        ("non\u00a0breaking and soft\u00adhyphen", "non\u00a0breaking and soft\u00adhyphen"),
        (JOINERS, JOINERS),
    ],
)
def test_plain_text_keeps_letters_and_drops_controls(raw: str, clean: str) -> None:
    assert plain_text(raw) == clean


def test_newlines_may_be_kept_for_long_text_shown_in_a_window() -> None:
    assert plain_text("para one\r\npara\x1b two\n", newlines=True) == "para one\npara two\n"


def test_plain_line_is_one_printable_line() -> None:
    line = plain_line("file\nname\x1b[2J.toml: is not valid")
    assert line == "file name[2J.toml: is not valid" and line.isprintable()


def test_a_long_text_is_cleaned_whole() -> None:
    text = "\x1b" * 1_000_000 + "a\u202e" * 500_000
    assert plain_text(text) == "a" * 500_000
