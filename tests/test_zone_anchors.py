"""Each zone's anchor — the dot its name label hangs from and where keyboard focus sits — lies on that zone.

A person who clicks the dot under "Heel" must get the heel, not the smaller "Achilles insertion" drawn
over it: the app picks the smallest zone under a click. The anchor is the middle of the zone's guide when
that lies inside the zone (`ZoneShape.interior_point`, as `diagram_scene` places the label).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from desktop.model import anatomy
from desktop.model.anatomy import ViewGeometry, packaged_views
from desktop.ui.diagram_view import DiagramView

SAFE = 3.0  # scene px the anchor keeps from every edge, so rounding to a screen pixel cannot cross one
AROUND = [(0, 0), (SAFE, 0), (-SAFE, 0), (0, SAFE), (0, -SAFE), (SAFE, SAFE), (-SAFE, -SAFE), (SAFE, -SAFE),
          (-SAFE, SAFE)]  # fmt: skip


def _anchor(geometry: ViewGeometry, zone_id: str) -> tuple[float, float]:
    guide = geometry.guides[zone_id]
    return geometry.zones[zone_id].interior_point(guide.point_at(0.5)[0])


@pytest.mark.parametrize("view", packaged_views())
def test_every_anchor_lies_inside_its_own_zone_and_under_no_smaller_one(view: str) -> None:
    geometry = anatomy.load_view(view)
    problems = []
    for zone_id, shape in geometry.zones.items():
        x, y = _anchor(geometry, zone_id)
        if not all(shape.contains(x + dx, y + dy) for dx, dy in AROUND):
            problems.append(f"{zone_id}: anchor ({x:.0f}, {y:.0f}) is not well inside its zone")
        for other_id, other in geometry.zones.items():
            if other.area < shape.area and any(other.contains(x + dx, y + dy) for dx, dy in AROUND):
                problems.append(f"{zone_id}: anchor ({x:.0f}, {y:.0f}) lies on the smaller zone {other_id}")
    assert not problems, f"{view}: " + "; ".join(problems)


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("view", packaged_views())
def test_a_click_on_each_label_anchor_selects_that_zone(qtbot, view: str, side: str) -> None:
    widget = DiagramView()
    qtbot.addWidget(widget)
    widget.resize(420, 540)
    widget.set_side(side)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.set_view(view)
    clicks: list[str | None] = []
    widget.zone_clicked.connect(clicks.append)
    widget.empty_clicked.connect(lambda: clicks.append(None))
    for zone_id in widget.zone_items():
        anchor = widget.mapFromScene(QPointF(widget.zone_anchor(zone_id)))
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=anchor)
        assert clicks[-1] == zone_id, f"{view}, {side}: a click on {zone_id}'s label dot chose {clicks[-1]}"
