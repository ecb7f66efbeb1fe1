"""Spin boxes keep their up and down arrows under the app's style sheet (which draws their border for the
focus ring, and then draws their buttons without arrows unless it names arrow images)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QSpinBox, QStyle, QStyleOptionSpinBox

from desktop.ui import theme


@pytest.fixture
def styled(qapp: QApplication):
    was = qapp.styleSheet(), qapp.palette()
    yield qapp
    qapp.setStyleSheet(was[0])
    qapp.setPalette(was[1])


@pytest.mark.parametrize("look", sorted(theme.THEMES))
def test_the_style_sheet_names_arrow_images_that_exist(look: str) -> None:
    for direction in ("up", "down"):
        path = Path(theme.spin_arrow(direction, theme.THEMES[look]))
        assert path.is_file() and path.name == f"spin-{direction}-{look}.svg"
        assert f'url("{path.as_posix()}")' in theme.style_sheet(theme.THEMES[look])


def _ink_in_up_button(box, qtbot, ink: str) -> int:
    """Pixels inside the up button (its edges left out) that stand out from the button's face towards
    the arrow's colour `ink`: an arrow, or nothing (a button drawn without one has none)."""
    box.resize(160, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    up: QRect = box.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, box
    )
    inside = up.adjusted(2, 2, -2, -2)
    image = box.grab().toImage()
    shades = sorted(
        image.pixelColor(x, y).lightness()
        for x in range(inside.left(), inside.right() + 1)
        for y in range(inside.top(), inside.bottom() + 1)
    )
    face = shades[len(shades) // 2]
    arrow = QColor(ink).lightness()
    return sum(1 for shade in shades if abs(shade - face) > 60 and abs(shade - arrow) < abs(shade - face))


@pytest.mark.parametrize("look", sorted(theme.THEMES))
@pytest.mark.parametrize("kind", [QSpinBox, QDoubleSpinBox])
def test_spin_boxes_show_their_arrows_in_every_theme(styled, qtbot, look: str, kind) -> None:
    chosen = theme.THEMES[look]
    styled.setPalette(theme.palette(chosen))
    styled.setStyleSheet(theme.style_sheet(chosen))
    box = kind()
    qtbot.addWidget(box)
    assert _ink_in_up_button(box, qtbot, chosen.button_text) >= 6  # a 7×4 triangle drawn with its colour
