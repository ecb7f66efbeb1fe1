"""What the medial and lateral views share: the side silhouette, styled strokes, calf and Achilles.

Design units: u = cm forward from the back of the heel, v = cm up from the floor. An orthographic side
view has the same outline from either side (mirrored), so both views use one silhouette.
"""

from __future__ import annotations

from pen import BONE, SKIN_LINE, SKIN_SHADE, TENDON, TENDON_LINE, Frame, Shape, band, path_el, smooth

SILHOUETTE = [
    (-2.35, 36.0, 0.0),  # top of the calf, back
    (-2.6, 32.5),
    (-2.35, 29.0),
    (-1.6, 25.8),
    (-0.55, 22.8),
    (0.4, 19.8),
    (1.05, 16.6),
    (1.5, 13.2),
    (1.76, 10.0),
    (1.72, 8.0),
    (1.35, 6.4),  # Achilles concavity above the heel
    (0.72, 5.1),
    (0.2, 4.0),
    (0.0, 2.9),  # back of the heel
    (0.15, 1.8),
    (0.7, 0.72),
    (1.7, 0.08),
    (3.2, 0.0),  # the outer sole sits flat on the floor (side_medial lifts the inner arch)
    (18.2, 0.0),
    (19.2, 0.1),
    (20.2, 0.32),
    (21.6, 0.12),
    (23.3, 0.16),
    (24.45, 0.55),
    (24.97, 1.25),  # tip of the big toe
    (24.8, 1.95),
    (24.1, 2.42),
    (22.6, 2.78),
    (21.0, 3.05),
    (19.6, 3.65),  # big-toe joint
    (17.5, 4.85),
    (15.0, 6.25),
    (12.8, 7.35),
    (11.9, 7.95),
    (10.95, 8.75),  # front of the ankle
    (10.35, 9.8),
    (10.05, 11.3),
    (9.97, 13.5),
    (10.15, 17.0),
    (10.4, 21.5),
    (10.5, 27.0),
    (10.4, 32.0),
    (10.2, 36.0, 0.0),
]

SOFT = {"fill": "url(#fadeMuscle)"}

# fmt: off
TIBIA_FRONT = [(9.2, 37.5), (9.45, 30), (9.5, 22), (9.35, 16), (9.45, 12.5), (9.8, 10.2), (10.0, 8.9, 0.6),
               (9.7, 8.35, 0.3), (8.3, 8.3, 0.5)]
TIBIA_BACK = [(5.35, 11), (5.75, 13.5), (5.95, 18), (5.85, 25), (5.55, 32), (5.45, 37.5)]
CALCANEUS_BACK = [(0.45, 2.0), (0.35, 3.4), (0.7, 4.9), (1.6, 5.7), (2.7, 5.6), (3.8, 5.0)]
CALCANEUS_SOLE = [(7.5, 2.25), (5.5, 1.7), (3.5, 1.35), (2.0, 1.2), (0.9, 1.3)]
BACK_SHADE = [(-5, 38, 0), (0.9, 38, 0), (1.4, 30), (1.6, 24), (2.1, 18), (2.55, 12), (2.5, 7), (1.6, 4.6),
              (-5, 4.6, 0)]
FRONT_SHADE = [(9.3, 38, 0), (20, 38, 0), (20, 9.6, 0), (9.5, 10.2), (9.2, 15), (9.4, 24)]
SOLE_SHADE = [(0.6, -1, 0), (25, -1, 0), (24.5, 0.45), (20, 0.75), (12, 0.55), (3, 0.6), (0.6, 1.3)]
ACHILLES = [(0.5, 2.3), (0.5, 3.9), (1.0, 5.1), (1.65, 6.4), (2.05, 8.0), (2.08, 10.0), (1.85, 13.0),
            (1.45, 16.5),
            (0.9, 19.6), (0.55, 21.8)]
ACHILLES_WIDTHS = [0.9, 1.3, 1.4, 1.4, 1.4, 1.35, 1.4, 1.5, 1.5, 0.9]
ACHILLES_SHINE = [(1.3, 4.9), (2.15, 7.2), (2.3, 10.5), (1.95, 15.0), (1.5, 17.5)]
KAGER_DIP = [(2.9, 5.2), (3.5, 7.5), (3.6, 10.5), (3.2, 13.5), (2.75, 12.0), (2.85, 8.5), (2.6, 6.0)]
ANKLE_CREASES = [[(10.3, 9.6), (9.95, 9.15), (9.75, 8.6)], [(10.95, 8.75), (10.65, 8.35), (10.5, 7.9)]]
# fmt: on


def bone(shape: Shape, opacity: float = 0.7, line: float = 0.8, fade: bool = False) -> str:
    """A ghosted bone: pale ivory with a soft grey outline; `fade` dissolves it toward the leg's cut."""
    return path_el(
        shape,
        fill="url(#fadeBone)" if fade else BONE,
        fill_opacity=opacity,
        stroke="url(#fadeBoneLine)" if fade else "#9d978b",
        stroke_opacity=line,
        stroke_width=1.2,
        stroke_linejoin="round",
    )


def tendon(shape: Shape, opacity: float = 1.0, fade: str | None = None, id_: str | None = None) -> str:
    """A tendon band; `fade` names a gradient pair (<name>Fill/<name>Line) where it melts into muscle."""
    return path_el(
        shape,
        id=id_,
        fill=f"url(#{fade}Fill)" if fade else TENDON,
        fill_opacity=opacity,
        stroke=f"url(#{fade}Line)" if fade else TENDON_LINE,
        stroke_width=1.1,
        stroke_opacity=0.8,
    )


def line(shape: Shape, colour: str = SKIN_LINE, width: float = 1.3, opacity: float = 0.6) -> str:
    """A contour or crease line; shade-coloured lines fade out at the leg's cut like the skin does."""
    return path_el(
        shape,
        fill="none",
        stroke="url(#fadeShade)" if colour == SKIN_SHADE else colour,
        stroke_width=width,
        stroke_opacity=opacity,
        stroke_linecap="round",
    )


def soft_shading(f: Frame, skin: Shape, gastroc: list, soleus: list) -> list[str]:
    """Form shading along the back of the leg, the sole, and the calf muscles (view-specific shapes)."""
    return [
        path_el(skin & smooth(f, BACK_SHADE), fill="url(#fadeShade)", fill_opacity=0.28),
        path_el(skin & smooth(f, FRONT_SHADE), fill="url(#fadeShade)", fill_opacity=0.14),
        path_el(skin & smooth(f, SOLE_SHADE), fill=SKIN_SHADE, fill_opacity=0.3),
        path_el(skin & smooth(f, soleus), **SOFT, fill_opacity=0.13),
        path_el(skin & smooth(f, gastroc), **SOFT, fill_opacity=0.2),
        line(smooth(f, gastroc[1:6], closed=False), SKIN_SHADE, 1.4, 0.75),
        line(smooth(f, soleus[1:6], closed=False), SKIN_SHADE, 1.1, 0.45),
    ]


def achilles(f: Frame, skin: Shape) -> list[str]:
    """The heel cord forms the back contour: its band overhangs the skin and is clipped to it."""
    return [
        path_el(skin & smooth(f, KAGER_DIP), fill=SKIN_SHADE, fill_opacity=0.12),  # Kager's fat pad
        tendon(skin & smooth(f, band(ACHILLES, ACHILLES_WIDTHS)), 0.9, fade="achilles"),
        line(smooth(f, ACHILLES_SHINE, closed=False), "#ffffff", 1.1, 0.4),
    ]


def creases(f: Frame) -> list[str]:
    return [
        line(smooth(f, ANKLE_CREASES[0], closed=False), SKIN_SHADE, 1.2, 0.6),
        line(smooth(f, ANKLE_CREASES[1], closed=False), SKIN_SHADE, 1.1, 0.5),
    ]


def outline(f: Frame, silhouette: list) -> str:
    """The skin's outline, left open at the mid-calf cut and faded toward it."""
    return path_el(
        smooth(f, silhouette, closed=False),
        fill="none",
        stroke="url(#fadeLine)",
        stroke_width=2.4,
        stroke_linejoin="round",
    )
