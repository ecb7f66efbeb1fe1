"""One view's scene: the artwork, a zone item per zone (smallest on top) and the zones' labels.

Built once per view and kept by the DiagramView, which only changes the items' state afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from desktop.model.anatomy import ViewGeometry
from desktop.model.zones import ZoneCatalogue
from desktop.qt.shapes import zone_path
from desktop.ui.artwork import ArtworkItem, artwork_item
from desktop.ui.zone_item import ZoneItem
from desktop.ui.zone_labels import ZoneLabel

MARGIN = 16.0  # scene px around the drawing, so the glow is never cut off


class BuiltView:
    """One view's scene and the items the DiagramView drives in it (empty when the view failed)."""

    def __init__(self, scene: QGraphicsScene, geometry: ViewGeometry | None) -> None:
        self.scene = scene
        self.geometry = geometry
        self.artwork: ArtworkItem | None = None
        self.items: dict[str, ZoneItem] = {}
        self.labels: dict[str, ZoneLabel] = {}


def build_view_scene(
    geometry: ViewGeometry | None,
    catalogue: ZoneCatalogue,
    *,
    parent: QObject | None = None,
    palpation: bool = False,
) -> BuiltView:
    """The view's massage zones, or with `palpation` only the injury check's points (never both)."""
    scene = QGraphicsScene(parent)
    # Cue marks move and change shape every frame: keeping Qt's BSP index of ~50 items up to date cost
    # more than it saves (a linear walk finds what to paint or hit-test just as fast; issue 19).
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    built = BuiltView(scene, geometry)
    if geometry is None:
        return built
    built.artwork = artwork_item(geometry)
    scene.addItem(built.artwork)
    for zone_id in sorted(geometry.zones, key=lambda z: -geometry.zones[z].area):
        shape = geometry.zones[zone_id]
        zone = catalogue[zone_id]
        if zone.palpation != palpation:
            continue
        item = ZoneItem(zone, zone_path(shape), shape.area)
        item.setZValue(len(built.items))  # larger zones first, so the smallest is on top
        scene.addItem(item)
        built.items[zone_id] = item
        guide = geometry.guides.get(zone_id)
        mid = guide.point_at(0.5)[0] if guide else None
        label = ZoneLabel(zone, caution=zone.no_press)
        label.setPos(QPointF(*shape.interior_point(mid)))
        label.setZValue(1000)
        scene.addItem(label)
        built.labels[zone_id] = label
    scene.setSceneRect(QRectF(-MARGIN, -MARGIN, geometry.width + 2 * MARGIN, geometry.height + 2 * MARGIN))
    return built
