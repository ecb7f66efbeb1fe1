"""What the posterior and anterior views share: the frontal silhouette, malleoli, shading and strokes.

Design units: m = cm toward the inner (medial) side from the leg axis, v = cm up from the floor. Both
views share one silhouette, mirrored: from behind the inner side is on the viewer's left, from the front
on the right.
"""

from __future__ import annotations

from pen import BONE, SKIN_SHADE, Frame, Shape, lower_end, path_el, shine, smooth

SILHOUETTE = [
    (5.5, 36.0, 0.0),  # top of the calf, inner side
    (5.85, 33.0),
    (5.75, 29.5),
    (5.15, 25.5),
    (4.3, 21.5),
    (3.6, 17.5),
    (3.12, 14.0),
    (2.92, 11.8),  # the ankle narrows above the malleoli
    (3.1, 10.5),
    (3.5, 9.3),  # medial malleolus: higher
    (3.45, 8.1),
    (3.1, 7.1),
    (3.25, 5.8),
    (3.65, 4.4),  # inner arch and big-toe side of the forefoot beyond the heel
    (4.15, 3.1),
    (4.7, 1.9),  # big-toe joint
    (4.85, 1.0),
    (4.6, 0.25),
    (4.1, 0.05),
    (3.4, 0.0),
    (-3.8, 0.0),
    (-4.45, 0.06),
    (-4.95, 0.3),
    (-5.05, 0.95),  # little-toe joint
    (-4.7, 1.8),
    (-4.1, 3.0),
    (-3.55, 4.4),
    (-3.35, 5.4),
    (-3.45, 6.3),
    (-3.78, 7.5),  # lateral malleolus: lower
    (-3.6, 8.9),
    (-3.05, 10.2),
    (-2.85, 11.8),
    (-3.0, 14.0),
    (-3.4, 17.5),
    (-4.05, 21.5),
    (-4.7, 25.5),
    (-5.15, 29.5),
    (-5.25, 33.0),
    (-5.05, 36.0, 0.0),
]


# fmt: off
# The tibia and fibula seen from the front (the view from behind mirrors them): each shaft broadens into
# its lower end, the medial malleolus (higher) and the lateral malleolus (lower).
TIBIA = [(-0.8, 38), (-0.6, 28), (-0.45, 20), (-0.55, 14), (-1.3, 10.2), (-1.9, 8.6, 0.6), (-1.2, 8.2, 0.5),
         (1.6, 8.1, 0.5), (2.05, 7.7), (2.6, 7.45), (3.15, 7.8), (3.35, 8.8), (3.25, 10.0), (2.85, 11.5),
         (2.6, 14),
         (2.75, 20), (3.0, 28), (3.1, 38)]
FIBULA = [(-3.5, 38), (-3.3, 28), (-3.05, 20), (-2.95, 14), (-3.0, 11.5), (-3.2, 10.0), (-3.5, 8.9),
          (-3.6, 7.6),
          (-3.3, 6.55), (-2.85, 6.28), (-2.4, 6.7), (-2.05, 8.0), (-2.0, 9.8), (-2.2, 11.2), (-2.35, 14),
          (-2.45, 20), (-2.6, 28), (-2.75, 38)]
HEEL = [(2.8, 6.4), (3.1, 4.6), (3.15, 3.0), (2.85, 1.5), (2.15, 0.5), (1.0, 0.03, 0.7), (-1.3, 0.03, 0.7),
        (-2.45, 0.5), (-3.1, 1.5), (-3.3, 3.0), (-3.2, 4.8), (-2.95, 6.2)]
# fmt: on
# The malleolus zones follow each bone's lower end (clipped to the skin), from its tip up to where it
# merges into the shaft; the centres are where the guide loops round the bone.
MEDIAL_ZONE = [
    (1.5, 12.0),
    (1.45, 10.0),
    (1.6, 8.3),
    (2.0, 7.3),
    (2.6, 7.05),
    (3.3, 7.4),
    (3.6, 8.6),
    (3.6, 10.2),
    (3.3, 11.6),
    (2.6, 12.3),
]
MEDIAL_CENTRE = (2.5, 9.7)
LATERAL_ZONE = [
    (-1.75, 11.6),
    (-1.7, 9.8),
    (-1.75, 7.9),
    (-2.1, 6.5),
    (-2.85, 5.9),
    (-3.55, 6.3),
    (-3.9, 7.6),
    (-3.8, 9.2),
    (-3.4, 10.7),
    (-3.1, 11.9),
    (-2.4, 12.2),
]
LATERAL_CENTRE = (-2.55, 9.0)


def bone(skin: Shape, shape: Shape, opacity: float, line: float = 0.7, fill: str = BONE,
         stroke: str = "#9d978b") -> str:  # fmt: skip
    """A ghosted bone, clipped to the skin so it never pokes outside the leg."""
    return path_el(skin & shape, fill=fill, fill_opacity=opacity, stroke=stroke, stroke_opacity=line,
                   stroke_width=1.2, stroke_linejoin="round")  # fmt: skip


def line(shape: Shape, colour: str, width: float, opacity: float) -> str:
    stroke = "url(#fadeShade)" if colour == SKIN_SHADE else colour
    return path_el(shape, fill="none", stroke=stroke, stroke_width=width, stroke_opacity=opacity,
                   stroke_linecap="round")  # fmt: skip


def form_shading(f: Frame, skin: Shape) -> list[str]:
    """The leg is round: its two edges fall into shade."""
    inner = smooth(f, [(0.25 + (p[0] - 0.25) * 0.7, p[1], *p[2:]) for p in SILHOUETTE])
    return [path_el(skin - inner, fill="url(#fadeShade)", fill_opacity=0.22)]


def malleoli(f: Frame, skin: Shape) -> list[str]:
    """Both ankle bones as the lower ends of their long bones, strongest where they lie under the skin:
    the inner one (tibia) higher, the outer one (fibula) lower."""
    out = []
    ends = (("tibia", TIBIA, (2.65, 9.4, 0.7, 1.5)), ("fibula", FIBULA, (-2.85, 8.5, 0.7, 1.6)))
    for name, pts, light in ends:
        out.append(lower_end(skin & smooth(f, pts), 0.6, f"{name}-lower-end"))
        out.append(shine(f, *light))
    return out


def outline(f: Frame) -> str:
    open_outline = smooth(f, SILHOUETTE, closed=False)
    return path_el(
        open_outline, fill="none", stroke="url(#fadeLine)", stroke_width=2.4, stroke_linejoin="round"
    )
