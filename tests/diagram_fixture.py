"""Shared fixture geometry for the diagram tests: a tiny catalogue and two fixture views.

The fixture SVGs (tests/data/svg/) are not anatomy: each shape exists to give one case its test
(an L-shape whose bounding box is not its shape, overlapping zones, a transformed group, arcs,
quadratic curves, an even-odd ring, a zone of two opposite-wound parts, a no-press zone).
"""

from __future__ import annotations

from pathlib import Path

from desktop.model.anatomy import ViewGeometry, parse_view
from desktop.model.zones import Zone, ZoneCatalogue

SVG_DIR = Path(__file__).resolve().parent / "data" / "svg"
FIXTURE_VIEWS = {"medial": SVG_DIR / "fixture-medial.svg", "lateral": SVG_DIR / "fixture-lateral.svg"}

_ZONES = [
    ("ell", ("medial",)),
    ("big", ("medial", "lateral")),
    ("small", ("medial",)),
    ("ring", ("medial",)),
    ("solidring", ("medial",)),
    ("moved", ("medial",)),
    ("caution", ("medial",)),
    ("pair", ("medial",)),
    ("only_lateral", ("lateral",)),
]


def fixture_catalogue() -> ZoneCatalogue:
    return ZoneCatalogue(
        [
            Zone(
                id=zone_id,
                name=zone_id.replace("_", " ").title(),
                plain=f"plain {zone_id}",
                description=f"test zone {zone_id}",
                views=views,
                caution="glide only" if zone_id == "caution" else None,
                no_press=zone_id == "caution",
            )
            for zone_id, views in _ZONES
        ]
    )


def fixture_loader(catalogue: ZoneCatalogue | None = None, sources: dict[str, bytes] | None = None):
    """A DiagramView loader reading the fixture views (or the given bytes per view)."""
    catalogue = catalogue or fixture_catalogue()
    cache: dict[str, ViewGeometry] = {}

    def load(view: str) -> ViewGeometry:
        if view not in cache:
            if sources is not None and view in sources:
                data = sources[view]
            elif view in FIXTURE_VIEWS:
                data = FIXTURE_VIEWS[view].read_bytes()
            else:
                data = b"<svg/>"  # a view with no fixture file fails like a broken file
            cache[view] = parse_view(data, view, file=f"fixture-{view}.svg", catalogue=catalogue)
        return cache[view]

    return load


def shown_fixture_view(qtbot):
    """A DiagramView over the fixture views, 420×540, shown on screen at its medial view."""
    from desktop.ui.diagram_view import DiagramView

    catalogue = fixture_catalogue()
    widget = DiagramView(catalogue=catalogue, loader=fixture_loader(catalogue))
    qtbot.addWidget(widget)
    widget.resize(420, 540)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_view("medial")
    return widget
