"""The diagram as a person uses it: clicks land on exact zone shapes, hover, keyboard, cues, views.

Runs against the fixture views (tests/data/svg) and every packaged view in assets/svg.
"""

from __future__ import annotations

from functools import cache

import pytest
from diagram_fixture import FIXTURE_VIEWS, fixture_catalogue, fixture_loader
from PySide6.QtCore import QAbstractAnimation, QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsScene, QPushButton, QToolTip, QVBoxLayout, QWidget

from desktop.model import anatomy
from desktop.model.anatomy import ViewGeometry, ZoneShape, packaged_views
from desktop.model.routine import Direction, MotionCue, MotionPattern
from desktop.model.zones import Zone, load_catalogue
from desktop.qt.shapes import zone_path
from desktop.ui.diagram_view import DiagramView
from desktop.ui.view_switcher import ViewSwitcher
from desktop.ui.zone_item import ZoneItem

CASES = [("fixture", v) for v in sorted(FIXTURE_VIEWS)] + [("assets", v) for v in packaged_views()]
SIZES = [(420, 540), (900, 460)]
SAFE = 3.0  # scene px a probe point keeps from any edge, so rounding to a pixel cannot cross it


def _make(qtbot, source: str, view: str, size=(420, 540), side: str = "right", sources=None) -> DiagramView:
    if source == "fixture":
        catalogue = fixture_catalogue()
        widget = DiagramView(catalogue=catalogue, loader=fixture_loader(catalogue, sources))
    else:
        widget = DiagramView()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.set_side(side)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.set_view(view)
    return widget


def _geometry(source: str, view: str) -> ViewGeometry:
    return fixture_loader()(view) if source == "fixture" else anatomy.load_view(view)


def _clear_of(shape: ZoneShape, x: float, y: float, inside: bool) -> bool:
    around = [(0, 0), (SAFE, 0), (-SAFE, 0), (0, SAFE), (0, -SAFE), (SAFE, SAFE), (-SAFE, -SAFE)]
    return all(shape.contains(x + dx, y + dy) == inside for dx, dy in around)


@cache
def _probes(source: str, view: str) -> dict[str, tuple[tuple[float, float], tuple[float, float] | None]]:
    """Per zone: a point inside its exact shape and under no smaller zone (which would win), and a point
    inside its bounding box but outside every zone (None when its box has no such point)."""
    zones = _geometry(source, view).zones
    probes = {}
    for zone_id, shape in zones.items():
        smaller = [z for z in zones.values() if z.area < shape.area]
        bx, by, bw, bh = shape.bbox
        grid = [(bx + bw * (i + 0.5) / 30, by + bh * (j + 0.5) / 30) for i in range(30) for j in range(30)]
        inside = next(
            (p for p in grid if _clear_of(shape, *p, True) and all(_clear_of(o, *p, False) for o in smaller)),
            None,
        )
        assert inside is not None, f"{zone_id} is covered entirely by smaller zones in {view}"
        outside = next((p for p in grid if all(_clear_of(o, *p, False) for o in zones.values())), None)
        probes[zone_id] = (inside, outside)
    return probes


def _click(qtbot, widget: DiagramView, point: tuple[float, float]) -> None:
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.mapFromScene(QPointF(*point)))


def _running(widget: DiagramView) -> list[QObject]:
    """Every animation running and every timer active under the widget: what wakes the process."""
    animations = widget.findChildren(QAbstractAnimation)
    return [a for a in animations if a.state() == QAbstractAnimation.State.Running] + [
        t for t in widget.findChildren(QTimer) if t.isActive()
    ]


# -- clicking (invariant 3)


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("source", "view"), CASES)
def test_click_hits_the_exact_shape_of_every_zone(qtbot, source, view, size, side) -> None:
    widget = _make(qtbot, source, view, size, side)
    clicks: list[str | None] = []
    widget.zone_clicked.connect(clicks.append)
    widget.empty_clicked.connect(lambda: clicks.append(None))
    palpation = {z.id for z in load_catalogue() if z.palpation}  # injury-check points: not on this diagram
    probes = {z: p for z, p in _probes(source, view).items() if z not in palpation}
    assert set(probes) == set(widget.zone_items())
    for zone_id, (inside, outside) in probes.items():
        _click(qtbot, widget, inside)
        assert clicks[-1] == zone_id, f"click inside {zone_id} at {inside}"
        if outside is not None:
            _click(qtbot, widget, outside)
            assert clicks[-1] is None, f"click in {zone_id}'s box but off every zone, at {outside}"


def test_fixture_has_box_but_not_shape_cases() -> None:
    probes = _probes("fixture", "medial")
    assert {z for z, (_, outside) in probes.items() if outside} >= {"ell", "ring", "moved", "pair", "caution"}


def test_smallest_overlapping_zone_wins(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    with qtbot.waitSignal(widget.zone_clicked) as blocker:
        _click(qtbot, widget, (500, 250))  # the small circle inside the big square
    assert blocker.args == ["small"]
    with qtbot.waitSignal(widget.zone_clicked) as blocker:
        _click(qtbot, widget, (500, 775))  # where the two opposite-wound parts of "pair" overlap
    assert blocker.args == ["pair"]


def test_click_in_the_hole_of_a_ring_hits_nothing(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    with qtbot.assertNotEmitted(widget.zone_clicked), qtbot.waitSignal(widget.empty_clicked):
        _click(qtbot, widget, (200, 560))


# -- the artwork sits exactly under the zones


def _pixel(widget: DiagramView, point: tuple[float, float]) -> QColor:
    image = widget.viewport().grab().toImage()
    return image.pixelColor(widget.mapFromScene(QPointF(*point)))


def _near(color: QColor, rgb: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip((color.red(), color.green(), color.blue()), rgb, strict=True))


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("halved", [False, True])
def test_artwork_lines_up_with_the_zones(qtbot, side, halved) -> None:
    data = FIXTURE_VIEWS["medial"].read_bytes()
    if halved:  # width/height half the viewBox: the drawing and the zones must scale together
        data = data.replace(b'width="700" height="900"', b'width="350" height="450"')
    widget = _make(qtbot, "fixture", "medial", (520, 640), side, sources={"medial": data})
    f = 0.5 if halved else 1.0
    ell = widget.view_geometry().zones["ell"]
    for x, y in [(110, 110), (290, 190), (190, 390), (110, 390)]:  # just inside the L's corners
        assert ell.contains(x * f, y * f)
        assert _near(_pixel(widget, (x * f, y * f)), (0x33, 0x66, 0xCC))
    for x, y in [(310, 150), (210, 210), (290, 390)]:  # just outside, including the L's notch
        assert _near(_pixel(widget, (x * f, y * f)), (0xF4, 0xEF, 0xE8))


@pytest.mark.parametrize(("source", "view"), CASES)
def test_artwork_covers_the_zone_coordinate_space(qtbot, source, view) -> None:
    widget = _make(qtbot, source, view)
    geometry = widget.view_geometry()
    rect = widget._artwork.sceneBoundingRect()
    assert rect == QRectF(0, 0, geometry.width, geometry.height)


def test_views_share_one_renderer(qtbot) -> None:
    a = _make(qtbot, "fixture", "medial")
    b = _make(qtbot, "fixture", "medial")
    assert a._artwork.renderer() is b._artwork.renderer()


# -- hover


def test_hover_outlines_the_zone_and_shows_a_hand_and_its_name(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    item = widget.zone_items()["ell"]
    pos = widget.mapFromScene(QPointF(150, 300))
    QTest.mouseMove(widget.viewport(), pos)
    qtbot.waitUntil(lambda: item.hovered)
    assert widget.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    QApplication.sendEvent(
        widget.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, widget.viewport().mapToGlobal(pos))
    )
    assert "Ell" in QToolTip.text()
    QTest.mouseMove(widget.viewport(), widget.mapFromScene(QPointF(250, 300)))  # the L's notch
    qtbot.waitUntil(lambda: not item.hovered)
    assert widget.viewport().cursor().shape() != Qt.CursorShape.PointingHandCursor


# -- highlight, pulse and invariant 2


def test_pulse_and_cue_run_only_while_visible_and_not_paused(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    widget.set_animation_policy(None, 30)  # no end of its own: only pausing and hiding stop it
    assert _running(widget) == []
    widget.highlight(["ell"], motion=MotionCue(MotionPattern.GLIDE, Direction.UP))
    assert len(_running(widget)) == 1  # one frame timer for the pulse and the cue
    item = widget.zone_items()["ell"]
    assert item.highlighted
    start = item.pulse
    qtbot.waitUntil(lambda: item.pulse != start)
    widget.set_paused(True)
    assert _running(widget) == []
    assert item.pulse == 1.0  # paused: the full glow, not a dim moment of the pulse
    widget.set_paused(False)
    assert len(_running(widget)) == 1
    widget.hide()
    assert _running(widget) == []
    widget.show()
    qtbot.waitExposed(widget)
    assert len(_running(widget)) == 1
    widget.highlight([])
    assert _running(widget) == []
    assert not item.highlighted


def test_hiding_or_minimising_the_window_stops_animations(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    catalogue = fixture_catalogue()
    widget = DiagramView(catalogue=catalogue, loader=fixture_loader(catalogue))
    layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    widget.set_view("medial")
    widget.highlight(["small"], motion=MotionCue(MotionPattern.CIRCLES, Direction.CLOCKWISE))
    assert _running(widget)
    window.hide()
    assert _running(widget) == []
    window.show()
    qtbot.waitExposed(window)
    assert _running(widget)
    window.showMinimized()
    qtbot.waitUntil(lambda: _running(widget) == [])


def test_one_cue_clock_drives_every_highlighted_zone(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    widget.highlight(["ell", "ring", "pair"], motion=MotionCue(MotionPattern.TRACE, Direction.UP))
    cues = widget.cue_items()
    assert len(cues) == 3
    assert len(_running(widget)) == 1 and widget.findChildren(QAbstractAnimation) == []
    qtbot.waitUntil(lambda: cues[0].progress > 0)
    assert len({cue.progress for cue in cues}) == 1  # in step: one clock


def _render(item) -> QImage:
    scene = QGraphicsScene()
    scene.addItem(item)
    image = QImage(700, 900, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 700, 900), QRectF(0, 0, 700, 900))
    painter.end()
    scene.removeItem(item)
    return image


def test_caution_zone_is_hatched_not_just_coloured(qtbot) -> None:
    shape = fixture_loader()("medial").zones["caution"]
    looks = []
    for no_press in (False, True):
        zone = Zone("caution", "Caution", "plain", "d", ("medial",), no_press=no_press)
        item = ZoneItem(zone, zone_path(shape), shape.area)
        item.set_state(highlighted=True, pulse=1.0)
        image = _render(item)
        row = [image.pixelColor(x, 800).lightness() for x in range(322, 340)]
        looks.append(max(row) - min(row))
    plain, hatched = looks
    assert hatched > plain + 40  # stripes: light and dark pixels across the zone


# -- motion cues


@pytest.mark.parametrize("pattern", list(MotionPattern))
def test_every_motion_pattern_draws_and_moves(qtbot, pattern) -> None:
    widget = _make(qtbot, "fixture", "medial")
    direction = {MotionPattern.CIRCLES: Direction.CLOCKWISE, MotionPattern.ROTATE: Direction.CLOCKWISE}.get(
        pattern, Direction.ALTERNATE if pattern == MotionPattern.FLEX else Direction.UP
    )
    widget.highlight(["big"], motion=MotionCue(pattern, direction))
    (cue,) = widget.cue_items()
    widget.set_paused(True)
    blank = _render_cue_free(widget)
    assert widget.viewport().grab().toImage() != blank  # paused, the rest pose still shows the cue
    frames = []
    for progress in (0.1, 0.35):
        cue.set_progress(progress)
        if pattern == MotionPattern.HOLD:
            cue.set_hold_progress(progress)
        frames.append(widget.viewport().grab().toImage())
    assert frames[0] != blank
    assert frames[0] != frames[1]


def _render_cue_free(widget: DiagramView) -> QImage:
    for cue in widget.cue_items():
        cue.setVisible(False)
    image = widget.viewport().grab().toImage()
    for cue in widget.cue_items():
        cue.setVisible(True)
    return image


def test_glide_up_travels_from_the_toes_towards_the_knee(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    guide = widget.view_geometry().guides["ell"]  # runs from y=390 (distal) to y=120
    widget.highlight(["ell"], motion=MotionCue(MotionPattern.GLIDE, Direction.UP))
    (cue,) = widget.cue_items()
    start, _ = cue.position_at(0.0)
    later, angle = cue.position_at(0.5)
    assert start.y() == pytest.approx(guide.points[0][1]) and later.y() < start.y()
    assert angle == pytest.approx(-1.5708, abs=1e-3)  # arrows point up the screen
    widget.highlight(["ell"], motion=MotionCue(MotionPattern.GLIDE, Direction.DOWN))
    (cue,) = widget.cue_items()
    start, _ = cue.position_at(0.0)
    assert start.y() == pytest.approx(guide.points[-1][1])


def test_rotation_follows_the_phase_direction(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    widget.set_paused(True)
    cue_data = MotionCue(MotionPattern.ROTATE, Direction.CLOCKWISE)
    widget.highlight(["solidring"], motion=cue_data, phase_direction=Direction.COUNTERCLOCKWISE)
    (cue,) = widget.cue_items()
    assert cue.direction == Direction.COUNTERCLOCKWISE
    counter = widget.viewport().grab().toImage()
    widget.set_phase_direction(Direction.CLOCKWISE)
    assert cue.direction == Direction.CLOCKWISE
    assert widget.viewport().grab().toImage() != counter


# -- keyboard and accessibility


def test_the_diagram_is_one_tab_stop_and_arrows_move_between_zones(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    catalogue = fixture_catalogue()
    before = QPushButton("before")
    widget = DiagramView(catalogue=catalogue, loader=fixture_loader(catalogue))
    after = QPushButton("after")
    layout.addWidget(before)
    layout.addWidget(widget)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    widget.set_view("medial")
    window.activateWindow()
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(before.hasFocus)
    order = widget.focus_order()
    assert sorted(order) == sorted(widget.zone_items())
    QTest.keyClick(before, Qt.Key.Key_Tab)  # into the diagram: the ring is on the first zone
    assert widget.hasFocus() and widget.focused_zone == order[0]
    assert widget.zone_items()[order[0]].focused
    assert catalogue[order[0]].name in widget.accessibleName()
    with qtbot.waitSignal(widget.zone_clicked) as blocker:
        QTest.keyClick(widget, Qt.Key.Key_Return)
    assert blocker.args == [order[0]]
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert widget.focused_zone == order[1]
    with qtbot.assertNotEmitted(widget.zone_clicked):
        QTest.keyClick(widget, Qt.Key.Key_Space)  # Space is the window's (start/pause), not a click
    QTest.keyClick(widget, Qt.Key.Key_Left)
    QTest.keyClick(widget, Qt.Key.Key_Left)
    assert widget.focused_zone == order[-1]  # arrows wrap round
    QTest.keyClick(widget, Qt.Key.Key_Tab)  # one press leaves the diagram, whichever zone has the ring
    assert after.hasFocus()
    assert not any(item.focused for item in widget.zone_items().values())
    QTest.keyClick(after, Qt.Key.Key_Backtab)  # back in: on the zone it left
    assert widget.hasFocus() and widget.focused_zone == order[-1]
    QTest.keyClick(widget, Qt.Key.Key_Backtab)
    assert before.hasFocus()


def test_accessible_name_describes_view_and_side(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial", side="left")
    assert widget.accessibleName() == "Ankle diagram, inner side, left foot"
    assert "Arrow keys" in widget.accessibleDescription()


# -- views


def test_auto_view_switches_to_a_view_that_shows_the_zone(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    with qtbot.waitSignal(widget.view_changed) as blocker:
        widget.highlight(["only_lateral"], motion=MotionCue(MotionPattern.GLIDE, Direction.UP))
    assert blocker.args == ["lateral"]
    assert widget.view_name == "lateral"
    assert widget.zone_items()["only_lateral"].highlighted
    assert len(widget.cue_items()) == 1
    with qtbot.assertNotEmitted(widget.view_changed):
        widget.highlight(["big"])  # lateral shows it too: stay
    with qtbot.waitSignal(widget.view_changed) as blocker:
        widget.highlight(["big", "small"])  # only medial shows both
    assert blocker.args == ["medial"]


def test_auto_view_can_be_turned_off(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    widget.set_auto_view(False)
    with qtbot.assertNotEmitted(widget.view_changed):
        widget.highlight(["only_lateral"])
    assert widget.view_name == "medial"


def test_a_broken_view_shows_a_notice_and_reports_problems(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial", sources={"lateral": b"<svg"})
    with qtbot.waitSignal(widget.view_failed) as blocker:
        assert not widget.set_view("lateral")
    view, lines = blocker.args
    assert view == "lateral" and lines and "fixture-lateral.svg" in lines[0]
    assert widget.zone_items() == {}
    assert widget.set_view("medial")
    widget.highlight(["only_lateral"])  # the broken view is not chosen again
    assert widget.view_name == "medial"


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize(("source", "view"), CASES)
def test_labels_are_legible_and_do_not_overlap(qtbot, source, view, side) -> None:
    widget = _make(qtbot, source, view, (480, 620), side)
    widget.set_labels_visible(True)
    boxes = []
    for zone_id in widget.zone_items():
        label = widget._labels[zone_id]
        assert label.isVisible() and label.font.pointSizeF() >= 9
        anchor = QPointF(widget.mapFromScene(label.pos()))
        boxes.append(label.box().translated(anchor))
    screen = QRectF(widget.viewport().rect())
    assert all(screen.contains(box) for box in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    widget.set_labels_visible(False)
    assert not any(label.isVisible() for label in widget._labels.values())


def test_tints_shade_zones(qtbot) -> None:
    widget = _make(qtbot, "fixture", "medial")
    before = _pixel(widget, (200, 490))
    widget.set_zone_tints({"ring": 0.8, "unknown": 1.0})
    assert widget.zone_items()["ring"].tint == pytest.approx(0.8)
    assert widget.zone_items()["ell"].tint == 0
    assert _pixel(widget, (200, 490)) != before
    widget.set_zone_tints({})
    assert _pixel(widget, (200, 490)) == before


def test_left_foot_is_the_right_foot_mirrored(qtbot) -> None:
    right = _make(qtbot, "fixture", "medial", side="right")
    left = _make(qtbot, "fixture", "medial", side="left")
    a, b = right.mapFromScene(QPointF(150, 300)), left.mapFromScene(QPointF(150, 300))
    assert a.y() == b.y()
    assert abs(a.x() + b.x() - right.viewport().width()) <= 2


def test_view_switcher_emits_the_chosen_view(qtbot) -> None:
    switcher = ViewSwitcher()
    qtbot.addWidget(switcher)
    with qtbot.waitSignal(switcher.view_selected) as blocker:
        qtbot.mouseClick(switcher.button("posterior"), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert blocker.args == ["posterior"]
    with qtbot.assertNotEmitted(switcher.view_selected):
        switcher.set_current("lateral")
    assert switcher.current == "lateral"
    names = [switcher.button(v).accessibleName() for v in ("medial", "lateral", "posterior", "anterior")]
    assert names == ["Inner side view", "Outer side view", "From behind view", "From the front view"]
    assert all(switcher.button(v).focusPolicy() != Qt.FocusPolicy.NoFocus for v in ("medial", "anterior"))


def test_turning_cues_keep_their_sense_on_the_mirrored_left_foot(qtbot) -> None:
    """The words say "clockwise"; on the mirrored left-foot drawing the arrow must still turn clockwise."""
    from desktop.model.routine import Direction, MotionCue, MotionPattern
    from desktop.ui.diagram_view import DiagramView

    view = DiagramView()
    qtbot.addWidget(view)
    view.set_view("medial")
    view.highlight(["heel"], motion=MotionCue(MotionPattern.ROTATE, Direction.CLOCKWISE))
    (cue,) = view.cue_items()
    assert cue.direction is Direction.CLOCKWISE
    view.set_side("left")
    assert cue.direction is Direction.COUNTERCLOCKWISE  # drawn reversed, shown mirrored: clockwise
    view.set_phase_direction(Direction.COUNTERCLOCKWISE)
    assert cue.direction is Direction.CLOCKWISE
    view.set_side("right")
    assert cue.direction is Direction.COUNTERCLOCKWISE


def test_a_view_shown_before_is_reused_with_the_state_set_meanwhile(qtbot) -> None:
    """Coming back to a view (auto-view between steps) reuses its items instead of rebuilding them,
    and shows what changed while another view was up."""
    widget = _make(qtbot, "fixture", "medial")
    items = widget.zone_items()
    items["ring"].set_state(hovered=True)
    assert widget.set_view("lateral")
    widget.set_zone_tints({"ring": 0.5})
    widget.highlight(["ell"])
    assert widget.set_view("medial")
    again = widget.zone_items()
    assert all(again[z] is items[z] for z in items)
    assert again["ring"].tint == pytest.approx(0.5) and not again["ring"].hovered
    assert again["ell"].highlighted and not again["ring"].highlighted


def test_the_artwork_is_drawn_once_per_size_and_reused_mirrored_and_on_return(qtbot) -> None:
    widget = _make(qtbot, "assets", "medial", size=(500, 600))
    artwork = widget._artwork
    qtbot.waitUntil(lambda: artwork.renders == 1)
    before = widget.viewport().grab().toImage()
    widget.set_side("left")  # the same pixels, mirrored
    left = widget.viewport().grab().toImage()
    assert left != before and artwork.renders == 1
    widget.set_side("right")
    assert widget.set_view("lateral") and widget.set_view("medial")  # back to a view shown before
    widget.viewport().repaint()
    assert artwork.renders == 1
    assert widget.viewport().grab().toImage() == before
    widget.resize(700, 800)  # a new zoom level: drawn again, at the new size
    qtbot.waitUntil(lambda: artwork.renders == 2)


def test_a_lit_zone_is_drawn_once_and_each_pulse_frame_only_blends_it(qtbot) -> None:
    """Zones, cue marks and labels keep their own pixel caches (not QPixmapCache, whose clean-up
    timer would wake an idle app every 10-30 s); a pulse frame must not draw the zone again."""
    widget = _make(qtbot, "fixture", "medial")
    widget.highlight(["ell"])
    item = widget.zone_items()["ell"]
    for level in (1.0, 0.6, 0.2, 0.8):
        item.set_state(pulse=level)
        widget.viewport().grab()  # paints now, as the screen would
    assert item._pixels.renders == 1
    item.set_state(hovered=True)  # a new look: drawn again, once
    widget.viewport().grab()  # paints now, as the screen would
    widget.viewport().grab()  # paints now, as the screen would
    assert item._pixels.renders == 2


def test_the_app_leaves_qt_shared_pixmap_cache_empty(qapp) -> None:
    from PySide6.QtGui import QPixmapCache

    from desktop.startup import make_app

    limit = QPixmapCache.cacheLimit()
    try:
        make_app([])
        assert QPixmapCache.cacheLimit() == 0  # nothing kept there, so its clean-up timer never runs
    finally:
        QPixmapCache.setCacheLimit(limit)
