"""The outer (lateral) side of the right foot: fibula and lateral malleolus, lateral ligaments, small toes.

Seen from the outer side the toes point to the viewer's RIGHT. Units as in side_kit (u forward, v up, cm).
"""

from __future__ import annotations

from pen import (
    LIGAMENT,
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
    arc,
    band,
    ellipse,
    lower_end,
    path_el,
    shine,
    smooth,
)
from side_kit import CALCANEUS_BACK, CALCANEUS_SOLE, SOFT, bone, line, tendon
from side_kit import SILHOUETTE as SHARED_SILHOUETTE

SILHOUETTE = SHARED_SILHOUETTE  # the outer edge of the foot rests on the floor along its length

# fmt: off
GASTROC = [(3.7, 38), (3.95, 31.5), (3.45, 27), (2.3, 23.4), (1.0, 21.2), (0.3, 21.3), (-4, 24), (-4, 38, 0)]
SOLEUS = [(4.1, 30), (4.35, 24), (4.1, 18.5), (3.5, 14.5), (3.0, 11.8), (2.7, 11.6), (2.6, 15), (2.5, 19),
          (2.3, 23.4), (3.45, 27), (3.95, 31.5)]
TIBIA_END = [(10.0, 8.9, 0.6), (9.7, 8.35, 0.3), (8.3, 8.3, 0.5), (5.3, 8.3, 0.4), (5.2, 9.5)]
FIBULA = [(3.05, 37.5), (3.35, 30), (3.7, 22), (3.95, 15), (3.98, 11.5), (3.85, 9.5), (3.85, 8.3),
          (4.15, 7.0),
          (4.65, 6.4), (5.1, 6.28), (5.65, 6.5), (6.15, 7.4), (6.2, 8.7), (5.95, 9.9), (5.3, 11.0),
          (4.95, 13),
          (4.85, 16), (4.7, 22), (4.45, 30), (4.25, 37.5)]
CALCANEUS = [*CALCANEUS_BACK, (5.2, 5.15), (6.3, 4.75), (7.6, 4.7), (8.7, 4.2), (9.1, 3.5), (8.9, 2.6),
             *CALCANEUS_SOLE]
TALUS = [(4.5, 7.3), (5.3, 8.2), (7.0, 8.45), (8.6, 8.2), (9.3, 7.4), (9.55, 6.4), (9.35, 5.3), (8.3, 5.2),
         (7.3, 5.6), (5.7, 5.7), (4.9, 5.95), (4.4, 6.5)]
CUBOID = [(9.0, 3.75, 0.4), (10.95, 4.1, 0.4), (11.2, 2.8, 0.4), (10.9, 1.75, 0.4), (9.6, 1.6, 0.4),
          (8.95, 2.5, 0.4)]
METATARSAL_4 = [(11.3, 4.1), (14.5, 3.1), (17.6, 2.15), (18.6, 2.0), (18.85, 1.5), (18.2, 1.25), (14.5, 2.3),
                (11.3, 3.0)]
METATARSAL_5 = [(11.0, 2.45), (13.5, 2.1), (16.5, 1.78), (17.6, 1.6), (17.95, 1.05), (17.4, 0.62),
                (16.2, 0.75),
                (13.5, 1.12), (11.8, 1.05), (10.95, 0.82), (10.65, 1.4), (10.75, 2.0)]
LITTLE_TOE_BONES = [(18.3, 1.6), (20.8, 1.32), (21.2, 0.92), (20.8, 0.55), (18.3, 0.75), (18.1, 1.15)]
PERONEUS_MUSCLE = [(3.85, 38), (4.25, 29), (4.35, 21), (4.15, 15.5), (3.95, 13)]
TA_MUSCLE = [(9.1, 38), (9.3, 30), (9.35, 24), (9.3, 19), (9.35, 15), (9.6, 12.5)]
TA_EDGE = [(8.2, 36), (8.3, 30), (8.45, 24), (8.6, 19), (8.95, 15)]
TA_TENDON = [(9.55, 14.0), (9.75, 11.5), (10.1, 9.8), (10.7, 8.6), (11.45, 7.95)]
# Peroneal tendons: down the back of the fibula, in the groove behind the lateral malleolus (brevis
# against the bone, longus behind it), round under its tip, then forward along the heel bone: brevis to
# the base of the fifth metatarsal, longus lower, toward the groove under the cuboid.
PERONEUS_BREVIS = [(3.95, 16), (3.72, 12), (3.56, 9.6), (3.58, 8.0), (3.9, 6.6), (4.55, 5.6), (5.6, 4.95),
                   (7.2, 4.15), (9.0, 3.05), (10.4, 1.95), (11.05, 1.5)]
PERONEUS_LONGUS = [(3.45, 16), (3.2, 12), (3.08, 9.6), (3.1, 7.9), (3.42, 6.25), (4.15, 5.05), (5.3, 4.3),
                   (6.9, 3.5), (8.6, 2.55), (9.7, 1.7), (10.2, 1.1)]
PERONEAL_WIDTHS = [0.34, 0.4, 0.42, 0.42, 0.42, 0.4, 0.4, 0.38, 0.36, 0.32, 0.26]
RETINACULUM = [(3.95, 8.6), (4.1, 7.9), (2.3, 6.4), (2.05, 7.0)]  # superior peroneal retinaculum
ATFL = [(5.95, 7.25), (7.1, 6.95), (8.3, 6.6)]  # anterior talofibular: forward into the talus
CFL = [(4.9, 6.6), (4.55, 5.0), (4.2, 3.5)]  # calcaneofibular: down and back to the heel bone
TOE_TIPS = [  # second, third and fourth toe tips peeking out beyond the little toe, with line opacity
    ([(23.6, 2.35), (24.3, 2.05), (24.6, 1.5), (24.35, 0.75)], 0.25),
    ([(22.8, 2.22), (23.5, 1.98), (23.85, 1.42), (23.6, 0.7)], 0.35),
    ([(21.3, 2.12), (22.4, 1.9), (22.9, 1.32), (22.7, 0.55), (22.1, 0.18)], 0.7),
]
LITTLE_TOE = [(19.0, 2.02), (20.4, 1.88), (21.3, 1.58), (21.68, 1.0), (21.4, 0.42), (20.6, 0.13)]
NAILS = [[(20.75, 1.8), (21.25, 1.6), (21.47, 1.3), (21.22, 1.36), (20.8, 1.56)],
         [(22.05, 1.98), (22.55, 1.8), (22.78, 1.5), (22.55, 1.52), (22.1, 1.72)]]
# Zones and guides
TA_PATH = [(9.15, 38), (9.3, 30), (9.35, 24), (9.3, 19), (9.35, 15), (9.6, 12.5), (10.0, 10.0), (10.65, 8.65),
           (11.5, 8.0)]
TA_PATH_WIDTHS = [2.1, 2.1, 1.9, 1.6, 1.3, 1.1, 1.0, 1.0, 0.7]
LIGAMENTS_FOOT = [(8.5, 7.3), (8.7, 6.6), (8.4, 5.95), (6.6, 6.1, 0.5), (5.95, 5.35, 0.5), (5.15, 4.3),
                  (4.9, 3.2),
                  (3.8, 3.25), (4.0, 4.6), (4.38, 5.95, 0.5)]
# The fibula's lower end that a hand finds as the outer ankle bone, a little beyond the bone; the ligament
# zone reaches up into it and is cut along its edge.
MALLEOLUS_ZONE = [(6.55, 9.9), (6.6, 8.4), (6.2, 7.0), (5.5, 6.05), (4.7, 5.85), (4.0, 6.3), (3.68, 7.3),
                  (3.62, 8.7), (3.72, 10.2), (4.1, 11.3), (4.9, 11.65), (5.8, 11.3)]
MALLEOLUS_CENTRE = (5.0, 8.7)
LIGAMENTS_TOP = [(4.6, 7.0), (5.6, 7.9), (6.9, 7.95)]
# fmt: on


def surface(f: Frame, skin: Shape) -> list[str]:
    return []


def bones(f: Frame) -> list[str]:
    ghosts = [(CALCANEUS, 0.65), (TALUS, 0.18), (CUBOID, 0.4), (METATARSAL_4, 0.3), (METATARSAL_5, 0.55),
              (LITTLE_TOE_BONES, 0.4)]  # fmt: skip
    out = [bone(smooth(f, FIBULA), 0.4, 0.6, fade=True)]
    return out + [bone(smooth(f, pts), op, min(1.0, op + 0.25)) for pts, op in ghosts]


def details(f: Frame, skin: Shape, tibia: Shape) -> list[str]:
    out = [
        path_el(
            skin & smooth(f, band(PERONEUS_MUSCLE, [1.7, 1.5, 1.0, 0.55, 0.2])), **SOFT, fill_opacity=0.22
        )
    ]
    ta = skin & smooth(f, band(TA_MUSCLE, [1.9, 2.0, 1.8, 1.4, 0.8, 0.3]))
    out.append(path_el(ta, **SOFT, fill_opacity=0.4))
    out.append(line(smooth(f, TA_EDGE, closed=False), SKIN_SHADE, 1.2, 0.55))
    # Hollows: behind the outer ankle bone, and the sinus tarsi in front of and below it.
    out.append(path_el(ellipse(f, 3.1, 8.4, 1.0, 2.3), fill="url(#soft)"))
    out.append(path_el(ellipse(f, 7.35, 5.85, 1.0, 0.7), fill="url(#soft)", fill_opacity=0.6))
    out.append(path_el(ellipse(f, 11.1, 1.25, 0.65, 0.45), fill=SKIN_LIGHT, fill_opacity=0.4))  # 5th MT base
    for end in ((20.2, 2.3), (19.6, 2.05), (19.0, 1.9)):  # long toe extensors over the top of the foot
        out.append(
            line(smooth(f, [(10.5, 9.0), (13.0, 7.0), (16.5, 4.6), end], closed=False), TENDON_LINE, 1.0, 0.4)
        )
    # Lateral malleolus: the fibula's lower end, lower and further back than the inner one.
    out.append(lower_end(skin & smooth(f, FIBULA), id_="fibula-lower-end"))
    out.append(shine(f, 5.15, 8.2, 0.8, 1.55))
    for centre, widths in ((ATFL, [1.0, 0.8, 0.9]), (CFL, [0.85, 0.65, 0.8])):
        strap = [(*p, 0.25 if i in (0, 2, 3, 5) else 1.0) for i, p in enumerate(band(centre, widths))]
        out.append(
            path_el(smooth(f, strap), fill=LIGAMENT, fill_opacity=0.5, stroke=LIGAMENT_LINE, stroke_width=1.0,
                    stroke_opacity=0.7)
        )  # fmt: skip
        fibres = band(centre, [0.44] * 3)
        for pts in (fibres[3:], centre, fibres[:3]):
            out.append(line(smooth(f, pts, closed=False), LIGAMENT_LINE, 0.7, 0.45))
    # The peroneal tendons lie over the calcaneofibular ligament, held in their groove by a retinaculum.
    for name, course in (("longus", PERONEUS_LONGUS), ("brevis", PERONEUS_BREVIS)):
        shape = smooth(f, band(course, PERONEAL_WIDTHS))
        out.append(tendon(shape, 0.9, fade="peroneal", id_=f"peroneus-{name}"))
    out.append(
        path_el(smooth(f, RETINACULUM), fill=LIGAMENT, fill_opacity=0.3, stroke=LIGAMENT_LINE,
                stroke_opacity=0.35, stroke_width=0.8)
    )  # fmt: skip
    out.append(tendon(skin & smooth(f, band(TA_TENDON, [0.3, 0.5, 0.55, 0.5, 0.3])), fade="ta"))
    return out


def toes(f: Frame) -> list[str]:
    """The little toe is nearest; the tips of the next toes step forward behind it."""
    out: list[str] = []
    for pts, opacity in TOE_TIPS:
        body = [*pts, (pts[-1][0] - 1.2, 0.4), (pts[0][0] - 1.2, pts[0][1] - 0.3)]
        out.append(path_el(smooth(f, body), fill=SKIN, fill_opacity=0.5))
        out.append(line(smooth(f, pts, closed=False), SKIN_LINE, 1.3, opacity))
    out.append(path_el(smooth(f, [*LITTLE_TOE, (19.2, 0.5), (18.4, 1.4)]), fill=SKIN, fill_opacity=0.9))
    out.append(line(smooth(f, LITTLE_TOE, closed=False), SKIN_LINE, 1.5, 0.9))
    out += [path_el(smooth(f, nail), fill=NAIL, stroke=NAIL_LINE, stroke_width=0.8) for nail in NAILS]
    return out


def zones(f: Frame, skin: Shape) -> tuple[dict[str, Shape], dict[str, Shape]]:
    """The zones only the outer view shows, and its course of the tibialis anterior."""
    z: dict[str, Shape] = {}
    g: dict[str, Shape] = {}
    z["tibialis_anterior_path"] = skin & smooth(f, band(TA_PATH, TA_PATH_WIDTHS))
    g["tibialis_anterior_path"] = smooth(f, list(reversed(TA_PATH[1:])), closed=False)
    malleolus = smooth(f, MALLEOLUS_ZONE)
    z["lateral_malleolus"] = malleolus
    a, v = MALLEOLUS_CENTRE
    g["lateral_malleolus"] = smooth(f, arc(a, v, 1.0, 1.75, -70, 235, 10), closed=False)
    z["lateral_ligaments"] = smooth(f, [*LIGAMENTS_FOOT, *LIGAMENTS_TOP]) - malleolus
    g["lateral_ligaments"] = smooth(f, [(8.3, 6.65), (7.2, 6.9), (6.35, 7.1)], closed=False)
    return z, g
