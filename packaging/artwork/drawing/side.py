"""The medial (inner) and lateral (outer) side views, assembled from side_kit and the per-side modules."""

from __future__ import annotations

import ottawa_zones
import side_lateral
import side_medial
from pen import Frame, Shape, path_el, poly, smooth
from side_kit import TIBIA_BACK, TIBIA_FRONT, achilles, bone, creases, outline, soft_shading

# fmt: off
CALF = [(-6, 40, 0), (4.6, 40, 0), (4.9, 31), (4.5, 25), (3.4, 20.5), (2.4, 17.5), (1.9, 16.3, 0),
        (-6, 16.3, 0)]
ACHILLES_ZONE = [(-4, 4.6, 0), (2.2, 4.6, 0.5), (3.0, 6.5), (3.35, 8.5), (3.35, 11), (3.1, 14), (2.6, 17.5),
                 (2.2, 18.6, 0.5), (-4, 18.6, 0)]
INSERTION = [(-4, 1.7, 0), (1.5, 1.7), (2.05, 2.7), (2.0, 3.95), (1.55, 4.9), (-4, 4.9, 0)]
HEEL = [(-4, -1, 0), (5.3, -1, 0), (5.35, 1.5), (4.8, 3.2), (3.6, 4.6), (2.3, 5.5), (1.0, 6.2), (-4, 6.2, 0)]
GUIDES = {
    "lower_leg": [(5.9, 11.2), (5.4, 20), (4.7, 27), (4.3, 31.5)],
    "calf_belly": [(1.7, 17.0), (1.9, 22), (1.6, 27), (1.3, 31.5)],
    "achilles_tendon": [(1.45, 5.0), (2.45, 7.5), (2.55, 11), (2.15, 15), (1.6, 18.2)],
    "achilles_insertion": [(0.9, 2.0), (1.1, 3.3), (1.05, 4.6)],
    "heel": [(4.3, 0.7), (3.5, 2.1), (3.0, 3.5), (2.6, 4.7)],
    "forefoot": [(24.0, 1.35), (20.5, 1.8), (16.5, 2.8), (13.3, 4.0)],
}
# fmt: on


def side_view(f: Frame, medial: bool) -> tuple[list[str], dict[str, Shape], dict[str, Shape]]:
    """Artwork, zones and guides for one side view, back to front: skin, shading, bones, soft tissue."""
    part = side_medial if medial else side_lateral
    skin = smooth(f, part.SILHOUETTE)
    art = [path_el(skin, id="skin", fill="url(#fadeSkin)")]
    art += soft_shading(f, skin, part.GASTROC, part.SOLEUS)
    art += part.surface(f, skin)
    # The tibia's outline runs down its front, round its lower end (in the inner view the medial
    # malleolus) and back up; the views part where the front border reaches the ankle (10.2 cm up).
    tibia = smooth(f, [*TIBIA_FRONT[:6], *part.TIBIA_END, *TIBIA_BACK])
    art.append(bone(tibia, 0.3 if medial else 0.2, 0.6 if medial else 0.4, fade=True))
    art += part.bones(f)
    art += part.details(f, skin, tibia)
    art += achilles(f, skin)
    art += creases(f)
    art += part.toes(f)
    art.append(outline(f, part.SILHOUETTE))
    zones, guides = part.zones(f, skin)
    zones.update(
        lower_leg=skin & poly(f, [(-6, 40), (16, 40), (16, 10.8), (-6, 10.8)]),
        calf_belly=skin & smooth(f, CALF),
        achilles_tendon=skin & smooth(f, ACHILLES_ZONE),
        achilles_insertion=skin & smooth(f, INSERTION),
        heel=skin & smooth(f, HEEL),
        forefoot=skin & poly(f, [(12.8, -1), (30, -1), (30, 12), (12.3, 12)]),
    )
    guides.update({zid: smooth(f, pts, closed=False) for zid, pts in GUIDES.items()})
    palpation, palpation_guides = ottawa_zones.side(f, skin, medial)
    zones.update(palpation)
    guides.update(palpation_guides)
    return art, zones, guides
