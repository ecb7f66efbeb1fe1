"""The printed card (`--print-routine`, File → Print / save as PDF…): one or two A4 pages holding every
step's title, cue and duration, and the safety questions. Read back with poppler's pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.model.library import load_library
from desktop.model.safety import SAFETY_QUESTIONS
from desktop.model.timefmt import format_mmss
from desktop.model.zones import load_catalogue
from desktop.ui.print_card import write_card_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (Debian: poppler-utils, a test tool)"
)


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, with line breaks and hyphen-free wrapping folded into single spaces."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    pages = out.stdout.decode("utf-8").split("\f")
    return [" ".join(page.split()) for page in pages if page.strip()]


@pytest.mark.parametrize(("routine_id", "pages"), [("standard", 1), ("quick-break", 1), ("full-session", 2)])
def test_cli_writes_a_card_with_every_step_and_the_safety_questions(
    tmp_path: Path, capsys, routine_id: str, pages: int
) -> None:
    out = tmp_path / "card.pdf"
    assert main(["--print-routine", routine_id, str(out)]) == 0
    assert f"wrote {pages} page(s)" in capsys.readouterr().out
    text = pdf_pages(out)
    assert len(text) == pages
    whole = " ".join(text)
    routine = load_library().get(routine_id)
    assert whole.startswith(routine.title)
    for n, step in enumerate(routine.steps, start=1):
        assert f"{n}. {step.title}" in whole
        assert step.cue in whole
        assert format_mmss(round(step.duration_s)) in whole
    for question in SAFETY_QUESTIONS:
        assert question.question in whole
    assert SAFETY_QUESTIONS[-1].question in text[-1]  # the questions close the card


def test_an_unknown_routine_writes_nothing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "card.pdf"
    assert main(["--print-routine", "nope", str(out)]) == 2
    assert "no routine called 'nope'; known routines: " in capsys.readouterr().err
    assert not out.exists()


def test_the_menu_prints_the_routine_shown(qtbot, tmp_path: Path) -> None:
    from scripted_dialogs import ScriptedDialogs

    from desktop.app import App
    from desktop.cli import build_parser

    app = App(build_parser().parse_args(["--routine", "tension-relief"]), history_path=tmp_path / "h.sqlite3",
              dialogs=ScriptedDialogs())  # fmt: skip
    qtbot.addWidget(app.window)
    printed: list[int] = []
    out = tmp_path / "menu.pdf"
    app.features.routine_actions._print = lambda _w, routine, catalogue: printed.append(
        write_card_pdf(out, routine, catalogue)[0]
    )
    app.window.menu_actions.by_id["print_routine"].trigger()
    assert printed == [2]
    assert "1. " + load_library().get("tension-relief").steps[0].title in pdf_pages(out)[0]
    app.close()


def test_a_card_cannot_be_written_into_a_missing_place(tmp_path: Path, qapp) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    pages, error = write_card_pdf(blocker / "card.pdf", load_library().get("standard"), load_catalogue())
    assert pages == 0 and error and "cannot create the folder" in error


def word_positions(path: Path) -> list[tuple[str, float]]:
    """Every word of the first page with its top edge in points (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout  # fmt: skip
    return [
        (m.group(2), float(m.group(1))) for m in re.finditer(r'yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def test_the_card_is_laid_out_the_same_at_any_printer_resolution(tmp_path: Path, qapp) -> None:
    """A printer works at 600 or 1200 dpi, the PDF at 150: the words must land in the same places."""
    routine, catalogue = load_library().get("standard"), load_catalogue()
    low, high = tmp_path / "low.pdf", tmp_path / "high.pdf"
    assert (
        write_card_pdf(low, routine, catalogue)[0]
        == write_card_pdf(high, routine, catalogue, resolution=1200)[0]
    )
    a, b = word_positions(low), word_positions(high)
    assert [w for w, _y in a] == [w for w, _y in b] and len(a) > 100
    # font hinting differs a little by resolution; a block measured in pixels was 13 pt off
    assert max(abs(ya - yb) for (_w, ya), (_v, yb) in zip(a, b, strict=True)) < 6  # points
