"""The right foot from the front: shin, tibialis anterior and its tendon, both malleoli, instep and toes.

The inner side (medial malleolus, big toe) is on the viewer's RIGHT. Units as in front_kit (m inward, v up).
"""

from __future__ import annotations

from front_kit import FIBULA, TIBIA, bone, line, malleoli
from pen import (
    LIGAMENT_LINE,
    NAIL,
    NAIL_LINE,
    SKIN,
    SKIN_LIGHT,
    SKIN_LINE,
    SKIN_SHADE,
    TENDON_LINE,
    Frame,
    Shape,
    band,
    ellipse,
    path_el,
    poly,
    smooth,
)

# fmt: off
CALF_PAST_SHIN = [(3.0, 38, 0), (8, 38, 0), (8, 14, 0), (3.0, 15), (3.4, 24), (3.3, 31)]
TIBIA_INNER_BORDER = [(3.2, 34), (3.35, 26), (3.1, 19), (2.8, 14.5)]
TA_MUSCLE = [(-0.85, 38), (-0.9, 30), (-0.75, 23), (-0.4, 17), (0.05, 14), (0.35, 12.5)]
SHIN_EDGE = [(0.7, 36), (0.75, 25), (0.85, 16), (1.05, 12), (1.5, 10.2)]
INSTEP_SIDES = [[(2.6, 7.0), (3.3, 5.0), (4.2, 2.6), (4.9, 1.0), (3.6, 2.2), (2.6, 4.3)],
                [(-2.6, 6.4), (-3.3, 4.6), (-4.2, 2.6), (-4.9, 0.8), (-3.6, 2.0), (-2.5, 4.2)]]
EXTENSORS = [((0.15, 10.5), (3.15, 2.75)), ((-0.45, 10.5), (0.95, 2.5)), ((-0.75, 10.5), (-0.6, 2.35)),
             ((-1.05, 10.5), (-2.1, 2.15)), ((-1.35, 10.5), (-3.65, 1.85))]
TA_TENDON = [(0.3, 13), (0.55, 11), (0.95, 9.0), (1.7, 7.3), (2.55, 5.7), (3.15, 4.7), (3.5, 4.0)]
KNUCKLES = [(-4.4, 2.0), (-2.2, 2.6), (0.9, 3.0), (3.2, 3.35), (4.4, 2.9)]
TOES = [(-4.4, -2.95, 1.6), (-2.85, -1.42, 1.9), (-1.33, 0.12, 2.1), (0.22, 1.66, 2.25), (1.82, 4.62, 2.6)]
# Zones and guides
TA_PATH = [(-0.85, 38), (-0.85, 30), (-0.7, 23), (-0.35, 17), (0.15, 13.5), (0.6, 11), (0.95, 9.0),
           (1.7, 7.3),
           (2.55, 5.7), (3.15, 4.7), (3.55, 3.8)]
TA_PATH_WIDTHS = [2.6, 2.6, 2.3, 1.8, 1.3, 1.1, 1.0, 1.0, 1.0, 0.95, 0.8]
FOREFOOT = [(-6, -1, 0), (6, -1, 0), (6, 3.9, 0), (3.75, 4.2), (3.0, 5.5), (2.0, 6.8), (0.4, 7.3),
            (-1.3, 7.0),
            (-2.6, 5.6), (-3.7, 3.8), (-6, 3.6, 0)]
# fmt: on


def _toe(f: Frame, a: float, b: float, h: float) -> list[str]:
    """One toe seen end-on: a rounded pad on the floor with its nail on top."""
    w, mid = b - a, (a + b) / 2
    body = [(b - 0.2 * w, 0.0, 0.6), (a + 0.2 * w, 0.0, 0.6), (a - 0.02, h * 0.45), (a + 0.13 * w, h * 0.88),
            (mid, h), (b - 0.13 * w, h * 0.88), (b + 0.02, h * 0.45)]  # fmt: skip
    shade = [(a + 0.15 * w, 0.12), (b - 0.15 * w, 0.12), (b - 0.04 * w, h * 0.38), (mid, h * 0.46),
             (a + 0.04 * w, h * 0.38)]  # fmt: skip
    nail = [(a + 0.26 * w, h * 0.8), (mid, h * 0.77), (b - 0.26 * w, h * 0.8), (b - 0.24 * w, h * 0.87),
            (mid, h * 0.95), (a + 0.24 * w, h * 0.87)]  # fmt: skip
    return [
        path_el(smooth(f, body), fill=SKIN, stroke=SKIN_LINE, stroke_width=1.4, stroke_opacity=0.85),
        path_el(smooth(f, shade), fill=SKIN_SHADE, fill_opacity=0.18),
        path_el(smooth(f, nail), fill=NAIL, stroke=NAIL_LINE, stroke_width=0.9),
    ]


def art(f: Frame, skin: Shape) -> list[str]:
    # The calf seen past the shin on the inner side; a soft line marks the tibia's inner border.
    out = [path_el(skin & smooth(f, CALF_PAST_SHIN), fill="url(#fadeMuscle)", fill_opacity=0.14)]
    out.append(line(smooth(f, TIBIA_INNER_BORDER, closed=False), SKIN_SHADE, 1.3, 0.6))
    out.append(bone(skin, smooth(f, TIBIA), 0.25, 0.4, "url(#fadeBone)", "url(#fadeBoneLine)"))
    out.append(bone(skin, smooth(f, FIBULA), 0.25, 0.4, "url(#fadeBone)", "url(#fadeBoneLine)"))
    # Tibialis anterior: muscle just outside the shin's sharp front edge, tendon to the inner midfoot.
    muscle = skin & smooth(f, band(TA_MUSCLE, [2.4, 2.5, 2.2, 1.5, 0.8, 0.3]))
    out.append(path_el(muscle, fill="url(#fadeMuscle)", fill_opacity=0.38))
    out.append(line(smooth(f, SHIN_EDGE, closed=False), SKIN_SHADE, 1.4, 0.7))
    out.append(path_el(ellipse(f, 1.9, 22, 0.8, 9), fill=SKIN_LIGHT, fill_opacity=0.35))  # the bare shin
    # Instep: lit on top, falling into shade toward both edges of the foot.
    out.append(path_el(ellipse(f, 0.3, 5.2, 3.0, 2.6), fill=SKIN_LIGHT, fill_opacity=0.35))
    out += [path_el(skin & smooth(f, side), fill=SKIN_SHADE, fill_opacity=0.22) for side in INSTEP_SIDES]
    out += malleoli(f, skin)
    out.append(line(smooth(f, [(-2.2, 8.5), (0.2, 8.95), (2.0, 8.7)], closed=False), SKIN_SHADE, 1.2, 0.6))
    for start, end in EXTENSORS:  # long toe extensors fanning to the toes
        bend = [(start[0] + 0.05 * (end[0] - start[0]), 9.0), (start[0] + 0.25 * (end[0] - start[0]), 7.6)]
        out.append(line(smooth(f, [start, *bend, end], closed=False), TENDON_LINE, 1.0, 0.35))
    tendon = skin & smooth(f, band(TA_TENDON, [0.35, 0.5, 0.55, 0.55, 0.5, 0.45, 0.35]))
    style = {"fill": "url(#taFill)", "fill_opacity": 0.85, "stroke": "url(#taLine)", "stroke_width": 1.0}
    out.append(path_el(tendon, **style, stroke_opacity=0.7))
    out.append(path_el(ellipse(f, 4.25, 2.2, 0.45, 0.7), fill=SKIN_LIGHT, fill_opacity=0.5))  # big-toe joint
    # Toes, nearest to the viewer, big toe on the inner (right) side, behind a soft row of knuckles.
    out.append(line(smooth(f, KNUCKLES, closed=False), SKIN_SHADE, 1.1, 0.45))
    for a, b, h in TOES:
        out += _toe(f, a, b, h)
    out.append(line(poly(f, [(-4.5, 0.02), (4.5, 0.02)], closed=False), LIGAMENT_LINE, 1.0, 0.3))
    return out


def zones(f: Frame, skin: Shape) -> tuple[dict[str, Shape], dict[str, Shape]]:
    z = {
        "tibialis_anterior_path": skin & smooth(f, band(TA_PATH, TA_PATH_WIDTHS)),
        "forefoot": skin & smooth(f, FOREFOOT),
    }
    g = {
        "tibialis_anterior_path": smooth(f, list(reversed(TA_PATH[1:])), closed=False),
        "forefoot": smooth(f, [(0.6, 1.0), (0.5, 3.5), (0.4, 6.5)], closed=False),
        "lower_leg": smooth(f, [(1.9, 11.6), (2.0, 20), (1.8, 31.5)], closed=False),
    }
    return z, g
