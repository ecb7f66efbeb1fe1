"""The anatomy the diagrams show, checked against the reference anatomy cited in assets/svg/README.md.

Each test reads the shipped SVG files and probes the drawn shapes where a person would look: the inner
ankle bone is the broad end of the tibia, the inner arch lifts off the floor, the deltoid ligament is a
fan of see-through bands, the peroneal tendons pass behind the outer ankle bone, and no highlighted zone
ends in a flat edge where the leg fades out at the top.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath
from test_svg_artwork import GROUND_Y, LEG_TOP_Y, PX_PER_CM, _by_id, _front, _layer, _qpath, _side, _skin
from test_svg_artwork import _zone_shapes as zone_shapes

from desktop.model.zones import VIEWS


def _art(view: str, element_id: str) -> QPainterPath:
    el = _by_id(_layer(view, "artwork")).get(element_id)
    assert el is not None, f"{view}: no artwork element {element_id!r}"
    return _qpath(el.get("d"))


def _x_span(shape: QPainterPath, y: float) -> tuple[float, float] | None:
    """The leftmost and rightmost x the shape fills on the line y (None if it misses the line)."""
    strip = QPainterPath()
    box = shape.boundingRect()
    strip.addRect(QRectF(box.left() - 1, y - 0.5, box.width() + 2, 1.0))
    hit = shape.intersected(strip).boundingRect()
    return None if hit.isEmpty() else (hit.left(), hit.right())


@pytest.mark.parametrize("view", VIEWS)
def test_no_zone_ends_in_a_flat_edge_where_the_leg_fades_out(view: str) -> None:
    """The leg fades out over its top 95 px; a zone reaching up there must end in a rounded cap."""
    for zone_id, shape in zone_shapes(view).items():
        box = shape.boundingRect()
        if box.top() > LEG_TOP_Y + 95:
            continue
        assert box.top() > LEG_TOP_Y + 15, f"{view}: {zone_id} runs up to the cut at the top of the leg"
        columns = [box.left() + box.width() * (i + 0.5) / 40 for i in range(40)]
        tops = []
        for x in columns:
            ys = [box.top() + k for k in range(int(box.height()))]
            top = next((y for y in ys if shape.contains(QPointF(x, y))), None)
            if top is not None:
                tops.append(top)
        near_top = sum(1 for t in tops if t - box.top() < 1.5)
        assert near_top < 0.6 * len(tops), f"{view}: {zone_id} has a flat top ({near_top}/{len(tops)})"


def test_inner_arch_lifts_off_the_floor_and_the_outer_edge_stays_on_it() -> None:
    medial, lateral = _skin("medial"), _skin("lateral")
    under_arch = [(u, 0.5) for u in (8.5, 10.4, 12.5)]
    assert not any(medial.contains(_side("medial", u, v)) for u, v in under_arch)
    assert all(medial.contains(_side("medial", u, 2.4)) for u, _ in under_arch)
    assert all(lateral.contains(_side("lateral", u, v)) for u, v in under_arch)
    for u in (2.5, 19.0):  # heel pad and ball of the foot rest on the floor in both views
        assert medial.contains(_side("medial", u, 0.3)) and lateral.contains(_side("lateral", u, 0.3))
    # What is seen under the arch is the far sole, down on the floor, not a shaded lens on the skin.
    far = _art("medial", "far-sole")
    assert far.contains(_side("medial", 10.4, 0.3))
    assert not any(far.contains(_side("medial", u, 2.2)) for u, _ in under_arch)


def test_medial_malleolus_is_the_broad_lower_end_of_the_tibia() -> None:
    tibia = _art("medial", "tibia-lower-end")
    zone = zone_shapes("medial")["medial_malleolus"].boundingRect()
    # One outline from the shaft down round the malleolus: the bone 5 cm above the tip is the same shape.
    assert tibia.contains(_side("medial", 6.7, 8.5)) and tibia.contains(_side("medial", 7.5, 13.0))
    assert tibia.boundingRect().bottom() == pytest.approx(GROUND_Y - 7.4 * PX_PER_CM, abs=4)
    assert zone.height() >= 4.0 * PX_PER_CM and zone.width() >= 3.5 * PX_PER_CM, "the zone is a small knob"
    for view in ("posterior", "anterior"):
        tibia = _art(view, "tibia-lower-end")
        assert tibia.contains(_front(view, 2.6, 9.0)) and tibia.contains(_front(view, 1.0, 13.0)), view
        assert zone_shapes(view)["medial_malleolus"].boundingRect().height() >= 3.5 * PX_PER_CM, view


@pytest.mark.parametrize("view", ["posterior", "anterior"])
def test_lateral_malleolus_reaches_lower_than_the_medial_one(view: str) -> None:
    tibia_tip = _art(view, "tibia-lower-end").boundingRect().bottom()
    fibula_tip = _art(view, "fibula-lower-end").boundingRect().bottom()
    assert 0.8 * PX_PER_CM < fibula_tip - tibia_tip < 1.6 * PX_PER_CM


def test_deltoid_ligament_is_a_fan_of_see_through_bands_to_three_bones() -> None:
    art = _by_id(_layer("medial", "artwork"))
    bands = {key: el for key, el in art.items() if key.startswith("deltoid-")}
    assert set(bands) >= {"deltoid-tibionavicular", "deltoid-tibiocalcaneal", "deltoid-posterior-tibiotalar"}
    tibia = _art("medial", "tibia-lower-end")
    malleolus = zone_shapes("medial")["medial_malleolus"]
    feet = []
    for key, el in bands.items():
        assert float(el.get("fill-opacity", "1")) <= 0.5, f"{key} is opaque"
        shape = _qpath(el.get("d"))
        box = shape.boundingRect()
        outline = shape.toFillPolygon()
        top = min((outline.at(i) for i in range(outline.size())), key=lambda p: p.y())
        assert malleolus.contains(top) and shape.intersects(tibia), f"{key} does not start at the malleolus"
        feet.append(_x_span(shape, box.bottom() - 3))
    # The bands fan out: their lower ends spread over 4 cm, from the talus behind to the navicular in front.
    assert max(f[1] for f in feet) - min(f[0] for f in feet) > 4.0 * PX_PER_CM
    navicular = _side("medial", 10.0, 4.75)
    assert _qpath(bands["deltoid-tibionavicular"].get("d")).contains(navicular)


def test_peroneal_tendons_curve_behind_the_lateral_malleolus_then_run_forward() -> None:
    fibula = _art("lateral", "fibula-lower-end")
    tip_y = fibula.boundingRect().bottom()
    for name in ("peroneus-longus", "peroneus-brevis"):
        tendon = _art("lateral", name)
        # Behind the bone (toward the heel, smaller x in the outer view) all the way down to its tip...
        for v in (10.0, 9.0, 8.0, 7.0):
            y = GROUND_Y - v * PX_PER_CM
            bone, cord = _x_span(fibula, y), _x_span(tendon, y)
            assert bone and cord and cord[1] <= bone[0] + 1, f"{name} is not behind the malleolus at {v} cm"
        # ...round under the tip...
        tip_x = _x_span(fibula, tip_y - 1)
        assert tip_x is not None
        below = [y for y in range(int(tip_y), int(GROUND_Y)) if tendon.contains(QPointF(sum(tip_x) / 2, y))]
        assert below and min(below) > tip_y, f"{name} does not pass under the tip"
        # ...and forward along the outer foot, low down.
        assert tendon.boundingRect().right() > _side("lateral", 10.0, 0).x()
        assert tendon.boundingRect().bottom() > GROUND_Y - 2.0 * PX_PER_CM
