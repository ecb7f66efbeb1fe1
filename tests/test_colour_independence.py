"""The current zone stands out without colour: in greyscale and as people with protanopia or
deuteranopia see it, its outline differs from the plain drawing by at least 3:1 (WCAG 2.1 SC 1.4.11,
non-text contrast), on every zone of every view.

Colour vision deficiency is simulated with the matrices of Machado, Oliveira and Fernandes, "A
Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009 (severity
1.0), applied to linear RGB; luminance and contrast ratio are WCAG 2.1's definitions.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from desktop.model.zones import VIEWS, load_catalogue
from desktop.ui.diagram_view import DiagramView

PROTANOPIA = np.array(
    [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
)
DEUTERANOPIA = np.array(
    [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
)
VISIONS = {"greyscale": None, "protanopia": PROTANOPIA, "deuteranopia": DEUTERANOPIA}
NEEDED_RATIO = 3.0
NEEDED_SHARE = 0.9  # of the points along the zone's outline


def _linear(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    rows = data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
    srgb = rows.reshape(image.height(), image.width(), 4)[:, :, 2::-1] / 255.0
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _luminance(linear: np.ndarray, matrix: np.ndarray | None) -> np.ndarray:
    seen = linear if matrix is None else np.clip(linear @ matrix.T, 0.0, 1.0)
    return seen @ np.array([0.2126, 0.7152, 0.0722])


def _contrast(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)


def _outline_share(view: DiagramView, zone_id: str, plain: np.ndarray, marked: np.ndarray) -> float:
    """Share of the points along the zone's outline where the highlight stands out without colour.

    Where the outline is new to the drawing, a pixel nearby must differ from the plain drawing by
    ≥ 3:1. Where it runs along a line the drawing already has (the limb's own edge, ≥ 3:1 within 2 px
    in the plain drawing), the marked edge must keep ≥ 3:1 itself and something nearby must visibly
    change (≥ 1.5:1 against the plain drawing: the halo)."""
    against_plain = _contrast(plain, marked)
    height, width = plain.shape
    path = view.viewportTransform().map(view.zone_items()[zone_id].path())
    good = samples = 0
    for i in range(160):
        point = path.pointAtPercent(i / 160)
        x, y = round(point.x()), round(point.y())
        if not (4 <= x < width - 4 and 4 <= y < height - 4):
            continue
        samples += 1
        near_plain = plain[y - 2 : y + 3, x - 2 : x + 3]
        changed = against_plain[y - 4 : y + 5, x - 4 : x + 5].max()
        if _contrast(near_plain.max(), near_plain.min()) >= NEEDED_RATIO:
            near_marked = marked[y - 4 : y + 5, x - 4 : x + 5]
            good += _contrast(near_marked.max(), near_marked.min()) >= NEEDED_RATIO and changed >= 1.5
        else:
            good += changed >= NEEDED_RATIO
    return good / max(1, samples)


@pytest.mark.parametrize("view_name", VIEWS)
def test_the_current_zone_stands_out_without_colour(qtbot, view_name: str) -> None:
    view = DiagramView(load_catalogue())
    qtbot.addWidget(view)
    view.resize(700, 860)
    view.set_auto_view(False)
    view.set_view(view_name)
    view.set_paused(True)  # the still frame: full glow
    view.show()
    qtbot.waitExposed(view)
    view.highlight([])
    plain = _linear(view.viewport().grab().toImage())
    weak = []
    for zone_id in view.zone_items():
        view.highlight([zone_id])
        marked = _linear(view.viewport().grab().toImage())
        for vision, matrix in VISIONS.items():
            share = _outline_share(view, zone_id, _luminance(plain, matrix), _luminance(marked, matrix))
            if share < NEEDED_SHARE:
                weak.append(f"{zone_id} ({vision}): {share:.0%} of its outline stands out")
    assert not weak, "; ".join(weak)
