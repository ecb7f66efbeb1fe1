"""Fitted text takes few distinct pixel sizes: only its rungs (the countdown: a fixed ladder) and one
reference size are ever measured, the same across widgets, steps and resizes.

Each distinct size costs Qt a font engine in its process-wide cache; a binary search over every pixel
size filled that cache and kept its 10 s clean-up timer waking a paused follow-along.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from follow_kit import follow_window
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.model.clock import FakeClock
from desktop.model.library import load_library
from desktop.qt.session_controller import SessionController
from desktop.ui.follow_along import FollowAlongWindow
from desktop.ui.follow_along_parts import (
    PX_LADDER,
    REFERENCE_PX,
    RUNGS,
    TEXT_LABEL,
    TEXT_SMALL,
    FitText,
    css_px,
    rungs_px,
    unit_for,
)

CUE = "Glide your thumb slowly along the heel cord, from the heel up towards the calf, and back"
BOXES = [(300, 120), (420, 160), (520, 200), (640, 90), (380, 260), (700, 300), (260, 70), (560, 140)]


@pytest.fixture
def pairs(monkeypatch: pytest.MonkeyPatch) -> set[tuple[int, bool]]:
    """Every (pixel size, bold) FitText builds a font for (to measure or to draw)."""
    seen: set[tuple[int, bool]] = set()
    font_at = FitText.font_at

    def spy(self: FitText, px: int, bold: bool | None = None) -> QFont:
        seen.add((px, self._bold if bold is None else bold))
        return font_at(self, px, bold)

    monkeypatch.setattr(FitText, "font_at", spy)
    return seen


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


def _window(qtbot: QtBot, controller: SessionController) -> FollowAlongWindow:
    window = follow_window(qtbot, controller)
    window.show()
    return window


def _css_pairs(window: FollowAlongWindow) -> set[tuple[int, bool]]:
    """(px, bold) of every font-size in the window's style sheets."""
    pairs = set()
    for widget in [window, *window.findChildren(QWidget)]:
        for rule in re.findall(r"\{([^}]*)\}|^([^{}]*)$", widget.styleSheet()):
            body = rule[0] or rule[1]
            for px in re.findall(r"font-size:\s*(\d+)px", body):
                pairs.add((int(px), "font-weight: bold" in body))
    return pairs


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (3840, 2160)])
def test_every_routine_on_one_screen_takes_few_font_sizes(
    qtbot: QtBot, pairs: set[tuple[int, bool]], size: tuple[int, int]
) -> None:
    """Issue 19: past ~20 (size, weight) pairs in the whole app (the main window holds 10), Qt's font
    cache wakes the process every 10 s, paused or not. Every step of every built-in routine (more than
    any one session), on one screen: fitted text takes only rungs (the countdown at most two sizes), and
    all of follow-along's text together stays at nine pairs or fewer (six to eight in one session)."""
    library = load_library()
    controller = SessionController(library, clock=FakeClock())
    window = _window(qtbot, controller)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    unit = unit_for(*size)
    rungs = set(rungs_px(unit, RUNGS[0], RUNGS[-1]))
    column = window.hud.column
    countdown = set()
    for routine in library.routines:
        controller.select_routine(routine.id)
        for index in range(len(controller.plan)):
            controller.jump_to(index)
            countdown.add(column.countdown.font_px())
    fitted = {px for px, _bold in pairs}
    assert fitted - countdown <= rungs, sorted(fitted - countdown - rungs)
    assert len(countdown) <= 2, sorted(countdown)
    every = pairs | _css_pairs(window)
    assert len(every) <= 9, str(sorted(every))


def test_style_sheets_use_the_two_text_rungs(qtbot: QtBot) -> None:
    """Labels and buttons share two sizes, which are also rungs of the fitted text, so they add few font
    engines to what the fitted text already loaded (issue 19: paused wake-ups)."""
    window = _window(qtbot, SessionController(load_library(), clock=FakeClock()))
    for size in ((1280, 800), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)
        unit = unit_for(*size)
        css = {px for px, _bold in _css_pairs(window)}
        assert css == {css_px(unit, TEXT_SMALL), css_px(unit, TEXT_LABEL)}, sorted(css)
        assert css_px(unit, TEXT_LABEL) in rungs_px(unit, RUNGS[0], RUNGS[-1])


def test_sizes_off_the_rungs_are_refused() -> None:
    with pytest.raises(ValueError):
        css_px(10.0, 2.5)
    with pytest.raises(ValueError):
        rungs_px(10.0, 3.0, 1.7)
    assert rungs_px(10.0, 3.4, 2.4) == (34, 28, 24)
