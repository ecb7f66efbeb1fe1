"""What the posterior and anterior views share: the frontal silhouette, malleoli, shading and strokes.

Design units: m = cm toward the inner (medial) side from the leg axis, v = cm up from the floor. Both
views share one silhouette, mirrored: from behind the inner side is on the viewer's left, from the front
on the right.
"""

from __future__ import annotations

from pen import BONE, SKIN_SHADE, Frame, Shape, ellipse, path_el, smooth

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
MEDIAL_MAL = [(1.95, 10.2), (1.9, 8.7), (2.2, 7.7), (2.65, 7.45), (3.15, 7.8), (3.35, 8.8), (3.3, 9.9),
              (2.95, 10.6),
              (2.4, 10.75)]
LATERAL_MAL = [(-2.05, 9.9), (-2.0, 8.2), (-2.35, 6.8), (-2.85, 6.28), (-3.3, 6.55), (-3.6, 7.6),
               (-3.55, 9.0),
               (-3.25, 10.1), (-2.65, 10.6)]
HEEL = [(2.8, 6.4), (3.1, 4.6), (3.15, 3.0), (2.85, 1.5), (2.15, 0.5), (1.0, 0.03, 0.7), (-1.3, 0.03, 0.7),
        (-2.45, 0.5), (-3.1, 1.5), (-3.3, 3.0), (-3.2, 4.8), (-2.95, 6.2)]
# fmt: on
MEDIAL_ZONE = (2.6, 9.0, 0.95, 1.65)  # centre m, centre v, radius m, radius v
LATERAL_ZONE = (-2.75, 8.05, 1.0, 1.8)


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


def malleoli(f: Frame) -> list[str]:
    """Both ankle bones, fading up into their shafts; the inner one higher, the outer one lower."""
    out = []
    for pts, hi in ((MEDIAL_MAL, (2.75, 9.6)), (LATERAL_MAL, (-2.85, 8.6))):
        out.append(path_el(smooth(f, pts), fill="url(#malFill)", fill_opacity=0.7, stroke="url(#malLine)",
                           stroke_width=1.1, stroke_opacity=0.7))  # fmt: skip
        out.append(path_el(ellipse(f, hi[0], hi[1], 0.3, 0.5), fill="#ffffff", fill_opacity=0.25))
    return out


def outline(f: Frame) -> str:
    open_outline = smooth(f, SILHOUETTE, closed=False)
    return path_el(
        open_outline, fill="none", stroke="url(#fadeLine)", stroke_width=2.4, stroke_linejoin="round"
    )
