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
    lower_end,
    path_el,
    shine,
    smooth,
)
from side_kit import CALCANEUS_BACK, CALCANEUS_SOLE, SOFT, bone, line, tendon
from side_kit import SILHOUETTE as SHARED_SILHOUETTE

# The inner arch: the sole's inner edge lifts off the floor between the heel pad and the ball of the foot
# (highest under the navicular), while the outer edge, seen beyond it, stays on the floor.
ARCH_EDGE = [(4.4, 0.03), (6.2, 0.42), (8.3, 1.22), (10.4, 1.68), (12.5, 1.46), (14.7, 0.74), (16.6, 0.14)]
_FLAT = SHARED_SILHOUETTE.index((3.2, 0.0))
SILHOUETTE = [*SHARED_SILHOUETTE[: _FLAT + 1], *ARCH_EDGE, *SHARED_SILHOUETTE[_FLAT + 1 :]]

# fmt: off
GASTROC = [(4.3, 38), (4.55, 31), (4.15, 26.5), (3.0, 22.6), (1.5, 19.6), (0.75, 19.45), (-4, 22),
           (-4, 38, 0)]
SOLEUS = [(5.75, 31), (5.85, 24), (5.5, 18.5), (4.55, 14.5), (3.45, 11.8), (2.7, 11.6), (2.6, 15), (2.7, 19),
          (3.0, 22.6), (4.15, 26.5), (4.55, 31)]
# The tibia's lower end: from the front lip of the ankle joint round the medial malleolus (a broad,
# blunt process, its tip a little in front of its middle) and up its back border, which carries the groove
# for the tibialis posterior tendon.
TIBIA_END = [(9.55, 9.25), (9.05, 8.45), (8.35, 7.8), (7.55, 7.45), (6.7, 7.38), (5.85, 7.6), (5.3, 8.15),
             (5.05, 9.0), (5.05, 10.0)]
FAR_SOLE = [(3.6, 0.0, 0.0), (17.6, 0.0, 0.0), (16.6, 0.4), (14.7, 1.0), (12.5, 1.7), (10.4, 1.95),
            (8.3, 1.5), (6.2, 0.7), (4.4, 0.2)]
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
# Tibialis posterior (to the navicular tuberosity) and flexor digitorum longus, in the groove behind the
# malleolus and on under it; they lie over the deltoid ligament.
FLEXORS = [[(4.8, 14), (4.75, 10.5), (4.8, 8.6), (5.25, 7.0), (6.3, 6.0), (8.0, 5.0), (9.7, 4.3)],
           [(4.3, 14), (4.25, 10.5), (4.3, 8.2), (4.85, 6.3), (6.0, 5.0), (7.5, 4.2), (9.0, 3.4)]]
RETINACULUM = [(5.2, 9.6), (5.5, 8.7), (3.2, 4.8), (2.5, 5.6)]
SUSTENTACULUM = [(5.3, 4.95), (6.4, 5.15), (7.6, 4.95), (7.9, 4.5), (6.6, 4.3), (5.4, 4.45)]
# Deltoid ligament, superficial bands fanning from the malleolus's tip and borders (origin, insertion,
# width at each end, cm): tibionavicular to the navicular tuberosity, tibiospring to the spring ligament,
# tibiocalcaneal to the sustentaculum tali, posterior tibiotalar to the talus behind.
DELTOID_BANDS = {
    "tibionavicular": ([(7.9, 7.75), (9.0, 6.2), (10.0, 4.75)], (0.55, 0.8)),
    "tibiospring": ([(7.3, 7.5), (8.0, 6.0), (8.7, 4.45)], (0.6, 0.85)),
    "tibiocalcaneal": ([(6.6, 7.42), (6.65, 6.0), (6.7, 4.75)], (0.7, 1.0)),
    "posterior-tibiotalar": ([(5.75, 7.65), (5.1, 6.6), (4.7, 5.7)], (0.6, 0.85)),
}
NAIL_BIG_TOE = [(22.55, 2.74), (23.7, 2.57), (24.5, 2.2), (24.62, 1.95), (24.35, 1.82), (23.6, 2.05),
                (22.6, 2.3)]
TOE_CREASES = [([(19.9, 0.35), (19.75, 1.1), (19.95, 1.8)], 1.2, 0.7), ([(21.3, 2.95),
               (21.45, 2.6)], 1.0, 0.6),
               ([(19.7, 3.6), (19.9, 3.1)], 1.0, 0.45)]
# Zones and guides
TA_PATH = [(9.25, 38), (9.5, 28), (9.6, 20), (9.4, 15), (9.45, 12), (9.9, 9.8), (10.5, 8.2), (11.1, 6.5),
           (11.55, 4.9), (11.95, 3.3), (12.1, 2.6)]
TA_PATH_WIDTHS = [1.2, 1.25, 1.2, 1.05, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.8]
HOLLOW = [(5.0, 11.4), (3.9, 10.5), (2.9, 8.6), (2.75, 6.8), (3.2, 5.1), (4.3, 3.9), (5.8, 3.35),
          (6.9, 3.55, 0.5), (5.5, 5.2), (5.2, 8.0)]
HOLLOW_GUIDE = [(5.9, 3.75), (4.3, 4.5), (3.6, 6.5), (3.7, 8.7), (4.3, 10.4)]
# The broad lower end of the tibia that a hand finds as the inner ankle bone, a little beyond the bone.
# Its sides follow the bone's borders up to where the malleolus merges into the shaft.
MALLEOLUS_ZONE = [(8.9, 11.0), (8.95, 9.6), (8.8, 8.4), (8.3, 7.4), (7.4, 7.0), (6.5, 6.95), (5.6, 7.2),
                  (4.95, 7.85), (4.75, 9.0), (4.85, 10.3), (5.2, 11.4), (6.0, 12.0), (7.2, 12.1), (8.4, 11.8)]
MALLEOLUS_CENTRE = (6.75, 9.4)
DELTOID_FAN = [(4.6, 8.0), (4.5, 6.3), (4.85, 5.1), (6.2, 4.05), (8.0, 3.85), (9.6, 3.7), (10.45, 4.2),
               (10.35, 5.1), (9.6, 6.6), (8.9, 8.3)]
SOLE_HEEL = [(3.8, -1, 0), (8.6, -1, 0), (8.8, 1.2), (8.3, 2.7), (6.4, 2.6), (4.6, 1.9), (3.8, 1.2)]
# fmt: on


def surface(f: Frame, skin: Shape) -> list[str]:
    """Under the lifted arch one sees, further away and in shadow, the sole sloping down to the outer edge
    that rests on the floor; bony bumps on the inner side catch light."""
    return [
        path_el(smooth(f, FAR_SOLE) - skin, id="far-sole", fill="url(#farSole)"),
        line(smooth(f, FAR_SOLE[:2], closed=False), SKIN_LINE, 1.0, 0.35),
        path_el(ellipse(f, 10.1, 4.0, 0.8, 0.55), fill=SKIN_LIGHT, fill_opacity=0.35),  # navicular
        path_el(ellipse(f, 18.6, 2.1, 1.0, 0.8), fill=SKIN_LIGHT, fill_opacity=0.6),  # big-toe joint
    ]


def bones(f: Frame) -> list[str]:
    ghosts = [(CALCANEUS, 0.65), (SUSTENTACULUM, 0.5), (TALUS, 0.18), (NAVICULAR, 0.6), (CUNEIFORM, 0.55),
              (METATARSAL_2, 0.3), (METATARSAL_1, 0.55), (PHALANX_1, 0.5), (PHALANX_2, 0.5)]  # fmt: skip
    return [bone(smooth(f, pts), op, min(1.0, op + 0.25)) for pts, op in ghosts]


def details(f: Frame, skin: Shape, tibia: Shape) -> list[str]:
    out = [path_el(skin & smooth(f, band(TA_MUSCLE, [0.9, 1.0, 0.9, 0.6, 0.3])), **SOFT, fill_opacity=0.42)]
    # The tarsal-tunnel hollow behind and below the inner ankle bone.
    out.append(path_el(ellipse(f, 3.95, 7.9, 1.35, 2.9), fill="url(#soft)"))
    out.append(path_el(ellipse(f, 4.9, 4.9, 1.9, 1.2), fill="url(#soft)"))
    # Medial malleolus: the tibia's broad lower end, strongest where it lies under the skin.
    out.append(lower_end(tibia, id_="tibia-lower-end"))
    out.append(shine(f, 6.75, 9.1, 0.95, 1.6))
    # Deltoid ligament: translucent fibrous bands fanning from the malleolus to the navicular, the spring
    # ligament, the sustentaculum tali of the heel bone and the talus; the bones show through them.
    for name, (centre, (w0, w1)) in DELTOID_BANDS.items():
        widths = [w0, (w0 + w1) / 2, w1]
        strap = [(*p, 0.3 if i in (0, 2, 3, 5) else 1.0) for i, p in enumerate(band(centre, widths))]
        out.append(
            path_el(smooth(f, strap), id=f"deltoid-{name}", fill=LIGAMENT, fill_opacity=0.32,
                    stroke=LIGAMENT_LINE, stroke_width=0.9, stroke_opacity=0.6)
        )  # fmt: skip
        out.append(line(smooth(f, centre, closed=False), LIGAMENT_LINE, 0.7, 0.4))
    # The flexor tendons pass over the ligament, the flexor retinaculum roofing them.
    for centre in FLEXORS:
        out.append(tendon(smooth(f, band(centre, [0.4] * len(centre))), fade="deep"))
    out.append(
        path_el(smooth(f, RETINACULUM), fill=LIGAMENT, fill_opacity=0.25, stroke=LIGAMENT_LINE,
                stroke_opacity=0.3, stroke_width=0.8)
    )  # fmt: skip
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
    malleolus = smooth(f, MALLEOLUS_ZONE)
    z["medial_malleolus"] = malleolus
    a, v = MALLEOLUS_CENTRE
    g["medial_malleolus"] = smooth(f, arc(a, v, 1.2, 1.45, -70, 235, 10), closed=False)
    ligaments = smooth(f, DELTOID_FAN) - malleolus
    z["medial_ligaments"] = ligaments
    g["medial_ligaments"] = smooth(f, [(9.0, 4.6), (7.9, 5.7), (6.9, 6.6)], closed=False)
    z["inner_ankle_concavity"] = skin & smooth(f, HOLLOW) - malleolus - ligaments
    g["inner_ankle_concavity"] = smooth(f, HOLLOW_GUIDE, closed=False)
    z["sole_heel_transition"] = skin & smooth(f, SOLE_HEEL)
    g["sole_heel_transition"] = smooth(f, [(8.2, 2.0), (6.4, 1.5), (4.6, 0.9)], closed=False)
    return z, g
