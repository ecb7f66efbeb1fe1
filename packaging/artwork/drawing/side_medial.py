"""The inner (medial) side of the right foot: arch, medial malleolus, deltoid fan, tarsal-tunnel hollow.

Seen from the inner side the toes point to the viewer's LEFT. Units as in side_kit (u forward, v up, cm).
"""

from __future__ import annotations

from pen import (
    LIGAMENT,
    LIGAMENT_LINE,
    NAIL,
    NAIL_LINE,
    SKIN_LIGHT,
    SKIN_LINE,
    SKIN_SHADE,
    Frame,
    Shape,
    arc,
    band,
    ellipse,
    path_el,
    smooth,
)
from side_kit import CALCANEUS_BACK, CALCANEUS_SOLE, SOFT, bone, line, tendon

# fmt: off
GASTROC = [(4.3, 38), (4.55, 31), (4.15, 26.5), (3.0, 22.6), (1.5, 19.6), (0.75, 19.45), (-4, 22),
           (-4, 38, 0)]
SOLEUS = [(5.75, 31), (5.85, 24), (5.5, 18.5), (4.55, 14.5), (3.45, 11.8), (2.7, 11.6), (2.6, 15), (2.7, 19),
          (3.0, 22.6), (4.15, 26.5), (4.55, 31)]
TIBIA_END = [(7.8, 8.4, 0.5), (7.75, 7.9), (7.2, 7.55), (6.5, 7.45), (5.8, 7.7), (5.4, 8.4), (5.15, 9.5)]
ARCH = [(4.2, 0.0, 0.6), (6.0, 0.42), (8.3, 1.42), (10.6, 1.85), (12.8, 1.55), (15.0, 0.8), (17.6, 0.0, 0.6)]
CALCANEUS = [*CALCANEUS_BACK, (4.8, 5.3), (5.8, 5.15), (6.6, 4.95), (7.6, 4.65), (8.5, 4.3), (9.0, 3.7),
             (8.85, 2.9), *CALCANEUS_SOLE]
TALUS = [(4.4, 7.3), (5.3, 8.2), (7.0, 8.45), (8.6, 8.2), (9.3, 7.4), (9.55, 6.4), (9.35, 5.2), (8.5, 5.0),
         (7.2, 5.3), (6.0, 5.35), (4.9, 5.7), (4.3, 6.4)]
NAVICULAR = [(9.4, 6.1), (10.6, 6.3), (11.3, 5.9), (11.4, 4.6), (10.6, 3.75), (9.8, 3.7), (9.4, 4.4),
             (9.25, 5.3)]
CUNEIFORM = [(11.45, 5.9), (13.2, 5.4), (13.4, 3.2), (12.6, 2.5), (11.5, 3.0), (11.4, 4.4)]
METATARSAL_2 = [(12.6, 6.3), (15.5, 5.15), (18.5, 3.6), (19.25, 3.3), (19.4, 2.8), (18.8, 2.6), (15.5, 4.3),
                (12.9, 5.3)]
METATARSAL_1 = [(13.4, 4.7), (15.5, 3.75), (17.6, 3.05), (18.7, 3.0), (19.5, 2.2), (18.9, 1.1), (17.8, 1.05),
                (16.0, 1.8), (14.2, 2.45), (13.4, 2.6)]
PHALANX_1 = [(19.75, 2.75), (21.9, 2.5), (22.3, 2.2), (22.2, 1.4), (21.8, 1.2), (19.9, 1.3), (19.7, 2.0)]
PHALANX_2 = [(22.5, 2.25), (24.1, 1.95), (24.5, 1.55), (24.1, 1.05), (22.5, 1.25), (22.4, 1.8)]
TA_MUSCLE = [(9.55, 38), (9.75, 28), (9.7, 20), (9.55, 15.5), (9.6, 12.8)]
TA_TENDON = [(9.65, 14.0), (9.75, 11.5), (10.05, 9.85), (10.5, 8.5), (11.05, 6.95), (11.5, 5.3), (11.9, 3.8),
             (12.1, 3.05)]
FLEXORS = [[(4.95, 14), (4.95, 10.5), (5.05, 8.0), (5.8, 6.6), (7.4, 5.6), (9.6, 4.2)],
           [(4.45, 14), (4.45, 10.5), (4.5, 7.6), (5.3, 5.7), (6.9, 4.6), (9.0, 3.4)]]
RETINACULUM = [(5.5, 9.6), (6.0, 8.7), (3.2, 4.8), (2.5, 5.6)]
MALLEOLUS = [(7.85, 9.2), (7.75, 8.2), (7.25, 7.6), (6.55, 7.45), (5.85, 7.7), (5.4, 8.4), (5.3, 9.4),
             (5.6, 10.2),
             (6.4, 10.55), (7.3, 10.3)]
DELTOID = [(5.45, 8.05), (7.75, 8.25), (9.0, 7.0), (10.15, 5.6), (9.6, 4.95), (8.2, 4.65), (6.6, 4.55),
           (5.4, 5.0),
           (4.95, 5.9), (5.1, 7.2)]
DELTOID_FIBRES = [((7.6, 8.05), (9.9, 5.65)), ((7.2, 7.75), (8.9, 5.0)), ((6.7, 7.62), (7.5, 4.8)),
                  ((6.2, 7.68), (6.2, 4.78)), ((5.75, 7.9), (5.3, 5.5))]
NAIL_BIG_TOE = [(22.55, 2.74), (23.7, 2.57), (24.5, 2.2), (24.62, 1.95), (24.35, 1.82), (23.6, 2.05),
                (22.6, 2.3)]
TOE_CREASES = [([(19.9, 0.35), (19.75, 1.1), (19.95, 1.8)], 1.2, 0.7), ([(21.3, 2.95),
               (21.45, 2.6)], 1.0, 0.6),
               ([(19.7, 3.6), (19.9, 3.1)], 1.0, 0.45)]
# Zones and guides
TA_PATH = [(9.25, 38), (9.5, 28), (9.6, 20), (9.4, 15), (9.45, 12), (9.9, 9.8), (10.5, 8.2), (11.1, 6.5),
           (11.55, 4.9), (11.95, 3.3), (12.1, 2.6)]
TA_PATH_WIDTHS = [1.2, 1.25, 1.2, 1.05, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.8]
HOLLOW = [(5.3, 11.0), (3.9, 10.3), (2.9, 8.6), (2.7, 6.8), (3.2, 5.1), (4.3, 3.9), (5.8, 3.45),
          (6.55, 3.8, 0.5),
          (5.0, 4.95), (4.75, 6.5), (4.85, 8.3), (5.3, 10.0)]
HOLLOW_GUIDE = [(6.2, 4.0), (4.4, 4.8), (3.7, 6.8), (4.0, 8.9), (4.8, 10.3)]
DELTOID_FAN_FOOT = [(5.05, 6.6), (5.15, 5.0), (6.7, 4.25), (8.4, 4.4), (9.9, 4.75), (10.4, 5.6), (9.3, 7.0)]
SOLE_HEEL = [(3.8, -1, 0), (8.6, -1, 0), (8.8, 1.2), (8.3, 2.7), (6.4, 2.6), (4.6, 1.9), (3.8, 1.2)]
# fmt: on
MALLEOLUS_ZONE = (6.58, 9.0, 1.5, 1.75)  # centre u, centre v, radius u, radius v


def surface(f: Frame) -> list[str]:
    """The inner arch lifts: its underside shows as a shaded lens above the floor; bony bumps catch light."""
    return [
        path_el(smooth(f, ARCH), fill=SKIN_SHADE, fill_opacity=0.42),
        line(smooth(f, ARCH, closed=False), SKIN_LINE, 1.5, 0.7),
        path_el(ellipse(f, 10.1, 4.0, 0.8, 0.55), fill=SKIN_LIGHT, fill_opacity=0.35),  # navicular
        path_el(ellipse(f, 18.6, 2.1, 1.0, 0.8), fill=SKIN_LIGHT, fill_opacity=0.6),  # big-toe joint
    ]


def bones(f: Frame) -> list[str]:
    ghosts = [(CALCANEUS, 0.65), (TALUS, 0.18), (NAVICULAR, 0.6), (CUNEIFORM, 0.55), (METATARSAL_2, 0.3),
              (METATARSAL_1, 0.55), (PHALANX_1, 0.5), (PHALANX_2, 0.5)]  # fmt: skip
    return [bone(smooth(f, pts), op, min(1.0, op + 0.25)) for pts, op in ghosts]


def details(f: Frame, skin: Shape) -> list[str]:
    out = [path_el(skin & smooth(f, band(TA_MUSCLE, [0.9, 1.0, 0.9, 0.6, 0.3])), **SOFT, fill_opacity=0.42)]
    # The tarsal-tunnel hollow behind and below the inner ankle bone, the flexor tendons passing through it
    # and the flexor retinaculum roofing it.
    out.append(path_el(ellipse(f, 3.95, 7.9, 1.35, 2.9), fill="url(#soft)"))
    out.append(path_el(ellipse(f, 4.9, 4.9, 1.9, 1.2), fill="url(#soft)"))
    for centre in FLEXORS:
        out.append(tendon(smooth(f, band(centre, [0.4] * len(centre))), fade="deep"))
    out.append(
        path_el(smooth(f, RETINACULUM), fill=LIGAMENT, fill_opacity=0.25, stroke=LIGAMENT_LINE,
                stroke_opacity=0.3, stroke_width=0.8)
    )  # fmt: skip
    # Medial malleolus: the bony knob at the lower end of the tibia, fading up into the shaft.
    out.append(path_el(smooth(f, MALLEOLUS), fill="url(#malFill)", stroke="url(#malLine)", stroke_width=1.3))
    out.append(path_el(ellipse(f, 6.85, 8.9, 0.45, 0.5), fill="#ffffff", fill_opacity=0.35))
    # Deltoid ligament: a fan from the bone's lower edge into the navicular, talus and heel bone.
    out.append(
        path_el(smooth(f, DELTOID), fill=LIGAMENT, fill_opacity=0.65, stroke=LIGAMENT_LINE, stroke_width=1.0,
                stroke_opacity=0.8)
    )  # fmt: skip
    for start, end in DELTOID_FIBRES:
        mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        out.append(line(smooth(f, [start, mid, end], closed=False), LIGAMENT_LINE, 0.8, 0.5))
    widths = [0.3, 0.5, 0.55, 0.55, 0.55, 0.5, 0.5, 0.4]
    out.append(tendon(skin & smooth(f, band(TA_TENDON, widths)), fade="ta"))
    return out


def toes(f: Frame) -> list[str]:
    """The big toe is all one sees of the toes from the inner side; its nail sits on top near the tip."""
    out = [line(smooth(f, TOE_CREASES[0][0], closed=False), SKIN_SHADE, *TOE_CREASES[0][1:])]
    out.append(path_el(smooth(f, NAIL_BIG_TOE), fill=NAIL, stroke=NAIL_LINE, stroke_width=1.0))
    out += [line(smooth(f, pts, closed=False), SKIN_SHADE, w, op) for pts, w, op in TOE_CREASES[1:]]
    return out


def zones(f: Frame, skin: Shape) -> tuple[dict[str, Shape], dict[str, Shape]]:
    """The zones only the inner view shows, and its course of the tibialis anterior."""
    z: dict[str, Shape] = {}
    g: dict[str, Shape] = {}
    z["tibialis_anterior_path"] = skin & smooth(f, band(TA_PATH, TA_PATH_WIDTHS))
    g["tibialis_anterior_path"] = smooth(f, list(reversed(TA_PATH[1:-1])), closed=False)
    a, v, ra, rv = MALLEOLUS_ZONE
    z["medial_malleolus"] = ellipse(f, a, v, ra, rv, n=12)
    g["medial_malleolus"] = smooth(f, arc(a, v, 1.1, 1.3, -70, 235, 10), closed=False)
    z["inner_ankle_concavity"] = smooth(f, HOLLOW)
    g["inner_ankle_concavity"] = smooth(f, HOLLOW_GUIDE, closed=False)
    top = [(pa, pv, 0.6) for pa, pv in arc(a, v, ra + 0.02, rv + 0.02, 338, 202, 7)]
    z["medial_ligaments"] = smooth(f, [*top, *DELTOID_FAN_FOOT])
    g["medial_ligaments"] = smooth(f, [(8.9, 5.0), (7.6, 6.1), (6.6, 7.0)], closed=False)
    z["sole_heel_transition"] = skin & smooth(f, SOLE_HEEL)
    g["sole_heel_transition"] = smooth(f, [(8.3, 1.3), (6.4, 1.1), (4.6, 0.7)], closed=False)
    return z, g
