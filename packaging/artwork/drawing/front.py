"""The posterior (from behind) and anterior (from the front) views, assembled from front_kit and the
per-view modules."""

from __future__ import annotations

import front_anterior
import front_posterior
from front_kit import (
    LATERAL_CENTRE,
    LATERAL_ZONE,
    MEDIAL_CENTRE,
    MEDIAL_ZONE,
    SILHOUETTE,
    form_shading,
    outline,
)
from pen import Frame, Shape, arc, path_el, poly, smooth


def front_view(f: Frame, posterior: bool) -> tuple[list[str], dict[str, Shape], dict[str, Shape]]:
    """Artwork, zones and guides for the view from behind or from the front."""
    part = front_posterior if posterior else front_anterior
    skin = smooth(f, SILHOUETTE)
    art = [path_el(skin, id="skin", fill="url(#fadeSkin)"), *form_shading(f, skin), *part.art(f, skin)]
    art.append(outline(f))
    zones, guides = part.zones(f, skin)
    zones["lower_leg"] = skin & poly(f, [(-9, 40), (9, 40), (9, 10.8), (-9, 10.8)])
    for zone_id, outline_pts, (m, v) in (("medial_malleolus", MEDIAL_ZONE, MEDIAL_CENTRE),
                                         ("lateral_malleolus", LATERAL_ZONE, LATERAL_CENTRE)):  # fmt: skip
        zones[zone_id] = skin & smooth(f, outline_pts)
        guides[zone_id] = smooth(f, arc(m, v, 0.55, 1.6, -60, 240, 10), closed=False)
    return art, zones, guides
