"""The right foot from behind: calf heads, Achilles tendon to the heel, both malleoli, the heel itself.

The inner side (medial malleolus) is on the viewer's LEFT. Units as in front_kit (m inward, v up, cm).
"""

from __future__ import annotations

from front_kit import FIBULA, HEEL, TIBIA, bone, line, malleoli
from pen import SKIN_LIGHT, SKIN_SHADE, Frame, Shape, band, ellipse, path_el, poly, smooth

# fmt: off
MEDIAL_HEAD = [(0.1, 38, 0), (0.15, 30), (0.45, 24.5), (0.9, 20.5), (1.6, 18.6), (2.7, 19.3), (3.9, 21.8),
               (4.9, 25.6), (5.6, 30), (6.5, 34), (6.5, 38, 0)]  # inner gastrocnemius head: the lower one
LATERAL_HEAD = [(-0.1, 38, 0), (-0.15, 30), (-0.45, 25), (-0.85, 22.2), (-1.5, 20.8), (-2.6, 21.5),
                (-3.7, 23.6),
                (-4.6, 26.8), (-5.2, 30), (-6.5, 34), (-6.5, 38, 0)]
SOLEUS = [[(1.6, 18.6), (2.7, 19.3), (3.55, 17.5), (3.1, 14), (2.5, 11.5), (1.3, 11.2), (1.1, 14.5)],
          [(-1.5, 20.8), (-2.6, 21.5), (-3.3, 17.5), (-2.95, 14), (-2.4, 11.3), (-1.2, 11.0), (-1.05, 15)]]
ARCH = [(2.6, 0.9), (3.4, 1.75), (4.2, 1.55), (4.6, 0.5)]
HEEL_PAD = [(3.0, -1, 0), (-3.4, -1, 0), (-2.6, 0.9), (-1.0, 0.5), (0.8, 0.45), (2.3, 0.85)]
ACHILLES = [(-0.1, 2.1), (-0.1, 3.6), (-0.05, 5.5), (0.0, 7.5), (0.05, 10), (0.1, 13), (0.15, 16),
            (0.15, 18.5),
            (0.1, 21.5)]
ACHILLES_WIDTHS = [2.3, 2.0, 1.7, 1.55, 1.6, 1.85, 2.4, 3.1, 3.4]
# Zones and guides
CALF = [(-8, 40, 0), (8, 40, 0), (8, 14.5, 0), (2.5, 15.0), (1.3, 16.6), (0, 17.6), (-1.3, 16.6),
        (-2.5, 15.0),
        (-8, 14.5, 0)]
TENDON_ZONE = [(-0.05, 4.6), (0.0, 7.5), (0.05, 10), (0.1, 13), (0.15, 16), (0.15, 18.6)]
GUIDES = {
    "calf_belly": [(0.0, 18.0), (0.2, 25), (0.2, 31.5)],
    "achilles_tendon": [(-0.05, 4.8), (0.05, 10), (0.15, 18.3)],
    "achilles_insertion": [(-0.1, 1.9), (-0.1, 3.0), (-0.1, 4.2)],
    "heel": [(1.6, 0.6), (2.4, 2.4), (2.3, 4.6)],
    "lower_leg": [(2.3, 11.0), (2.4, 14.0), (2.6, 17.5)],
}
# fmt: on


def art(f: Frame, skin: Shape) -> list[str]:
    out = [path_el(skin & smooth(f, sol), fill="url(#fadeMuscle)", fill_opacity=0.14) for sol in SOLEUS]
    for head in (MEDIAL_HEAD, LATERAL_HEAD):
        out.append(path_el(skin & smooth(f, head), fill="url(#fadeMuscle)", fill_opacity=0.2))
        out.append(line(smooth(f, head[2:9], closed=False), SKIN_SHADE, 1.4, 0.75))
    out.append(line(smooth(f, [(0.0, 35), (0.05, 29), (0.15, 23.5)], closed=False), SKIN_SHADE, 1.2, 0.5))
    # Tibia and fibula, ghosted, fading out where the calf covers them.
    for shaft in (TIBIA, FIBULA):
        out.append(bone(skin, smooth(f, shaft), 0.3, 0.5, "url(#boneLow)", "url(#boneLowLine)"))
    # The forefoot beyond the heel on both sides, further away and in the shade of the arch.
    beside = (skin & poly(f, [(-8, -1), (8, -1), (8, 6.6), (-8, 6.6)])) - smooth(f, HEEL)
    out.append(path_el(beside, fill="url(#besideFill)"))
    out.append(path_el(skin & smooth(f, [*ARCH, (4.5, 0.0), (2.6, 0.0)]), fill=SKIN_SHADE, fill_opacity=0.3))
    out.append(path_el(ellipse(f, -0.1, 2.9, 2.4, 2.3), fill=SKIN_LIGHT, fill_opacity=0.5))
    heel_line = {"fill": "none", "stroke": "url(#heelLine)", "stroke_width": 2.0, "stroke_linecap": "round"}
    out.append(path_el(smooth(f, HEEL, closed=False), **heel_line))
    out.append(path_el(skin & smooth(f, HEEL_PAD), fill=SKIN_SHADE, fill_opacity=0.35))
    # Hollows either side of the heel cord, between it and each malleolus.
    out.append(path_el(ellipse(f, 1.55, 8.0, 0.8, 2.6), fill="url(#soft)"))
    out.append(path_el(ellipse(f, -1.5, 7.6, 0.8, 2.6), fill="url(#soft)"))
    out += malleoli(f, skin)
    # Achilles tendon: narrowest a few cm above the heel, widening into the calf, flat at its insertion.
    pts = band(ACHILLES, ACHILLES_WIDTHS)
    pts = [(*p, 0.35 if i in (0, len(pts) - 1) else 1.0) for i, p in enumerate(pts)]
    out.append(path_el(smooth(f, pts), fill="url(#achillesBackFill)", fill_opacity=0.85,
                       stroke="url(#achillesBackLine)", stroke_width=1.2))  # fmt: skip
    out.append(
        line(smooth(f, [(0.25, 4.0), (0.3, 8), (0.4, 13), (0.5, 16.5)], closed=False), "#ffffff", 1.2, 0.45)
    )
    for v, half in ((5.4, 1.0), (5.9, 0.7)):  # skin creases over the back of the heel
        crease = [(-half - 0.1, v - 0.1), (-0.1, v + 0.05), (half - 0.1, v - 0.1)]
        out.append(line(smooth(f, crease, closed=False), SKIN_SHADE, 1.0, 0.5))
    return out


def zones(f: Frame, skin: Shape) -> tuple[dict[str, Shape], dict[str, Shape]]:
    pts = band(TENDON_ZONE, [2.5, 2.2, 2.3, 2.6, 3.2, 3.8])
    z = {
        "calf_belly": skin & smooth(f, CALF),
        "achilles_tendon": smooth(f, [(*p, 0.0 if i in (0, 5, 6, 11) else 1.0) for i, p in enumerate(pts)]),
        "achilles_insertion": ellipse(f, -0.1, 3.0, 1.75, 1.35, n=12),
        "heel": skin
        & smooth(f, [*HEEL[:5], (0.6, -0.5, 0), (-0.9, -0.5, 0), *HEEL[7:], (-1.0, 6.5), (1.0, 6.6)]),
    }
    g = {zid: smooth(f, guide, closed=False) for zid, guide in GUIDES.items()}
    return z, g
