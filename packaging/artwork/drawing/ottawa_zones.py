"""The Ottawa ankle and midfoot rules' palpation points as zones (desktop.model.ottawa; Stiell et al. 1993):
the posterior edge and tip of each malleolus over its lowest 6 cm, the base of the fifth metatarsal and the
navicular. They are used only by the injury check, never as massage targets (zones.toml: palpation = true).

Design units as in side_kit (u forward from the back of the heel, v up, cm) and front_kit (m toward the
inner side, v up). The side views show both edges in profile, as the rules' own drawings do, so only
they carry these zones. Each zone is a band or a spot on the bone, clipped to the skin; each guide runs from
the distal end up (or, for a spot, across it), and its middle lies inside the zone.
"""

from __future__ import annotations

from pen import Frame, Shape, band, ellipse, smooth

SIX_CM = 6.0  # Stiell 1993: the lowest 6 cm of each malleolus

# fmt: off
# Lateral view: the fibula's back edge from the tip (v 6.28) up 6 cm, and round the tip.
LATERAL_EDGE = [(5.75, 6.7), (5.15, 6.55), (4.6, 6.8), (4.2, 7.6), (4.05, 9.0), (4.1, 10.5), (4.25, 12.2)]
# Medial view: the tibia's back border from the malleolus tip (v 7.38) up 6 cm, and round the tip.
MEDIAL_EDGE = [(7.35, 7.6), (6.6, 7.65), (5.9, 7.9), (5.45, 8.5), (5.3, 9.5), (5.4, 10.7), (5.65, 12.0),
               (5.85, 13.3)]
FIFTH_METATARSAL_BASE = (11.1, 1.45)  # lateral view: the tuberosity at the back end of the fifth metatarsal
NAVICULAR_TUBEROSITY = (10.1, 4.05)  # medial view: the arch peak (assets/svg/README.md landmarks)
# fmt: on


def _edge(f: Frame, skin: Shape, centre: list[tuple[float, float]], width: float) -> tuple[Shape, Shape]:
    zone = skin & smooth(f, band(centre, [width] * len(centre)))
    guide = smooth(f, centre[1:-1], closed=False)
    return zone, guide


def _spot(f: Frame, skin: Shape, at: tuple[float, float], ra: float, rv: float) -> tuple[Shape, Shape]:
    a, v = at
    zone = skin & ellipse(f, a, v, ra, rv, n=12)
    guide = smooth(f, [(a + ra * 0.5, v + rv * 0.1), (a, v), (a - ra * 0.5, v - rv * 0.1)], closed=False)
    return zone, guide


def side(f: Frame, skin: Shape, medial: bool) -> tuple[dict[str, Shape], dict[str, Shape]]:
    """The palpation zones an inner or outer view shows."""
    if medial:
        parts = {
            "ottawa_medial_malleolus": _edge(f, skin, MEDIAL_EDGE, 0.8),
            "ottawa_navicular": _spot(f, skin, NAVICULAR_TUBEROSITY, 0.85, 0.75),
        }
    else:
        parts = {
            "ottawa_lateral_malleolus": _edge(f, skin, LATERAL_EDGE, 0.8),
            "ottawa_fifth_metatarsal": _spot(f, skin, FIFTH_METATARSAL_BASE, 0.85, 0.7),
        }
    return {k: z for k, (z, _) in parts.items()}, {k: g for k, (_, g) in parts.items()}
