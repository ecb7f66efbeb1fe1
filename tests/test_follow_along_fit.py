"""Fitted text takes few distinct pixel sizes: only rungs of a fixed ladder (and one reference size) are
ever measured, the same across widgets and resizes.

Each distinct size costs Qt a font engine in its process-wide cache; a binary search over every pixel
size filled that cache and kept its 10 s clean-up timer waking a paused follow-along.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from fake_inhibitor import FakeInhibitor
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot
from scripted_dialogs import gate_for

from desktop.model.clock import FakeClock
from desktop.model.library import load_library
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.ui.follow_along import FollowAlongWindow
from desktop.ui.follow_along_parts import PX_LADDER, REFERENCE_PX, FitText

CUE = "Glide your thumb slowly along the heel cord, from the heel up towards the calf, and back"
BOXES = [(300, 120), (420, 160), (520, 200), (640, 90), (380, 260), (700, 300), (260, 70), (560, 140)]


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> set[int]:
    """Every pixel size FitText builds a font for (to measure or to draw)."""
    sizes: set[int] = set()
    font_at = FitText.font_at

    def spy(self: FitText, px: int, bold: bool | None = None) -> QFont:
        sizes.add(px)
        return font_at(self, px, bold)

    monkeypatch.setattr(FitText, "font_at", spy)
    return sizes


def fits(widget: FitText, px: int, width: int, height: int) -> bool:
    """Measured here, independently of FitText: the cue at `px` within the box and its 3-line limit."""
    font = QFont(widget.font())
    font.setPixelSize(px)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), CUE)
    lines = round(rect.height() / metrics.lineSpacing())
    return rect.width() <= width + 0.5 and rect.height() <= height + 0.5 and lines <= 3


def test_the_ladder_steps_about_ten_percent() -> None:
    big = [px for px in PX_LADDER if px >= 30]
    assert all(1.06 <= b / a <= 1.14 for a, b in pairwise(big))  # rounded to whole px


def test_fitting_measures_only_ladder_sizes_and_still_picks_the_largest_that_fits(
    qtbot: QtBot, measured: set[int]
) -> None:
    text = FitText(bold=True, max_lines=3)
    qtbot.addWidget(text)
    text.set_px_range(60, 14)
    text.set_text(CUE)
    text.show()  # a hidden widget gets its resize events only when shown
    chosen = []
    for width, height in BOXES:
        text.resize(width, height)
        px = text.font_px()
        chosen.append(px)
        rungs = [r for r in PX_LADDER if 14 <= r <= 60]
        assert px in rungs and text.fits(), f"{px} px in {width}×{height}"
        assert fits(text, px, width, height)
        larger = [r for r in rungs if r > px]
        assert not larger or not fits(text, larger[0], width, height), f"{larger[0]} px fits {width}×{height}"
    assert len(set(chosen)) > 3  # the boxes really do call for different sizes
    assert measured <= set(PX_LADDER) | {REFERENCE_PX}, sorted(measured - set(PX_LADDER))
    assert len(measured) <= len(set(chosen)) + 2  # the reference, the sizes drawn, and rarely one more


def test_the_follow_along_screen_needs_few_sizes_across_steps_and_resizes(
    qtbot: QtBot, measured: set[int]
) -> None:
    library = load_library()
    controller = SessionController(library, clock=FakeClock())
    window = FollowAlongWindow(
        controller,
        load_catalogue(),
        settings=AppSettings(get_ready=False),
        inhibitor=FakeInhibitor(),
        gate=gate_for(controller),
    )
    qtbot.addWidget(window)
    window.show()
    column = window.hud.column
    parts = (column.title, column.status, column.countdown, column.cue, column.instructions, column.next_line)
    cue_sizes, floors = set(), set()  # a range's floor is the one size off the ladder: the last resort
    for size in ((1366, 768), (1280, 800), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)
        floors |= {part.px_range()[1] for part in parts}
        for routine in library.routines[:2]:
            controller.select_routine(routine.id)
            for index in range(len(controller.plan)):
                controller.jump_to(index)
                cue_sizes.add(column.cue.font_px())
    assert len(cue_sizes) > 3  # steps and screens really do call for different sizes
    assert measured <= set(PX_LADDER) | {REFERENCE_PX} | floors, sorted(measured - set(PX_LADDER))
    assert len(measured) <= 40, len(measured)  # ~26; a binary search over every pixel size measured ~105


def test_style_sheets_and_range_ends_use_a_few_ladder_sizes(qtbot: QtBot) -> None:
    """Labels and buttons share two ladder sizes, and every fitted range starts and ends on the ladder,
    so they add few font engines to what the fitted text already loaded (issue 19: paused wake-ups)."""
    import re

    from PySide6.QtWidgets import QWidget

    library = load_library()
    controller = SessionController(library, clock=FakeClock())
    window = FollowAlongWindow(
        controller,
        load_catalogue(),
        settings=AppSettings(get_ready=False),
        inhibitor=FakeInhibitor(),
        gate=gate_for(controller),
    )
    qtbot.addWidget(window)
    window.show()
    for size in ((1280, 800), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)
        css = {
            int(px)
            for widget in window.findChildren(QWidget)
            for px in re.findall(r"font-size:\s*(\d+)px", widget.styleSheet())
        }
        assert css and css <= set(PX_LADDER), sorted(css)
        assert len(css) <= 2, sorted(css)
        ends = {end for text in window.findChildren(FitText) for end in text.px_range()}
        assert ends <= set(PX_LADDER), sorted(ends - set(PX_LADDER))
