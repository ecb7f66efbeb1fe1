"""Shared drawing kit for the four ankle views: landmarks, cm→px frames, smooth outlines and SVG text.

Everything is designed in centimetres on a real right foot (foot length L = 25 cm) and mapped to the
shared 700×900 px frame, so the four views agree on every landmark by construction.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QPainterPath

PX_PER_CM = 22.0
WIDTH, HEIGHT = 700, 900
GROUND_Y = 840.0  # the floor, in every view
LEG_TOP_CM = 36.0  # mid-calf cut; y = 48 px
TOP_Y = GROUND_Y - PX_PER_CM * LEG_TOP_CM
FADE_PX = 95.0  # the leg fades out over this many px below the cut
ZONE_APEX_Y = TOP_Y + 24.0  # zones reaching the faded top end in a rounded cap: its apex...
ZONE_CAP_DEPTH = 62.0  # ...and how far below the apex the cap meets the zone's sides (px)

# Landmarks (cm). u: forward from the back of the heel; v: up from the floor; m: toward the inner side.
FOOT_LENGTH = 25.0
MEDIAL_MALLEOLUS = {"u": 6.6, "m": 2.75, "tip_v": 7.5, "centre_v": 8.9}
LATERAL_MALLEOLUS = {"u": 5.0, "m": -2.95, "tip_v": 6.3, "centre_v": 7.9}
ACHILLES_INSERTION_V = 2.8
BALL_U = 18.3  # head of the first metatarsal, 0.73 L

Pt = tuple[float, float]

# Palette: calm, flat medical illustration.
SKIN = "#f1d2b8"
SKIN_LINE = "#8d5e48"
SKIN_SHADE = "#c68c70"
SKIN_LIGHT = "#fcebdd"
BONE = "#f8f1df"
BONE_LINE = "#9d978b"
TENDON = "#f4ead0"
TENDON_LINE = "#ad956c"
MUSCLE = "#c2705f"
LIGAMENT = "#efe3c6"
LIGAMENT_LINE = "#a88f64"
NAIL = "#fbeee8"
NAIL_LINE = "#b98878"


@dataclass(frozen=True)
class Frame:
    """Maps design centimetres (a along the page, v up from the floor) to page pixels."""

    origin_x: float
    direction: int  # +1 when `a` grows to the viewer's right

    def px(self, a: float, v: float) -> Pt:
        return (self.origin_x + self.direction * PX_PER_CM * a, GROUND_Y - PX_PER_CM * v)


# Medial: heel back at x=605, toes to the LEFT. Lateral: heel back at x=95, toes to the RIGHT.
# Posterior: inner side on the LEFT. Anterior: inner side on the RIGHT. Leg axis at x=350.
MEDIAL = Frame(605.0, -1)
LATERAL = Frame(95.0, 1)
POSTERIOR = Frame(350.0, -1)
ANTERIOR = Frame(350.0, 1)


@dataclass
class Sub:
    start: Pt
    segs: list[tuple[Pt, Pt, Pt]] = field(default_factory=list)  # cubic: (c1, c2, end)
    closed: bool = False


@dataclass
class Shape:
    """A path as cubic segments in px: prints as SVG path data and converts to a QPainterPath."""

    subs: list[Sub] = field(default_factory=list)

    def d(self) -> str:
        out: list[str] = []
        for sub in self.subs:
            out.append(f"M{_f(sub.start[0])} {_f(sub.start[1])}")
            prev = sub.start
            for c1, c2, p in sub.segs:
                if _near(c1, prev) and _near(c2, p):
                    out.append(f"L{_f(p[0])} {_f(p[1])}")
                else:
                    out.append(f"C{_f(c1[0])} {_f(c1[1])} {_f(c2[0])} {_f(c2[1])} {_f(p[0])} {_f(p[1])}")
                prev = p
            if sub.closed:
                out.append("Z")
        return "".join(out)

    def qt(self) -> QPainterPath:
        path = QPainterPath()
        for sub in self.subs:
            path.moveTo(*sub.start)
            for c1, c2, p in sub.segs:
                path.cubicTo(*c1, *c2, *p)
            if sub.closed:
                path.closeSubpath()
        return path

    def __and__(self, other: Shape) -> Shape:
        return from_qt(self.qt().intersected(other.qt()))

    def __sub__(self, other: Shape) -> Shape:
        return from_qt(self.qt().subtracted(other.qt()))

    def __or__(self, other: Shape) -> Shape:
        return from_qt(self.qt().united(other.qt()))


def _f(n: float) -> str:
    s = f"{n:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _near(a: Pt, b: Pt) -> bool:
    return abs(a[0] - b[0]) < 0.05 and abs(a[1] - b[1]) < 0.05


def _rdp(pts: list[Pt], tol: float) -> list[Pt]:
    """Ramer–Douglas–Peucker: drop points closer than `tol` px to the line through their neighbours."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        (ax, ay), (bx, by) = pts[i], pts[j]
        length = math.hypot(bx - ax, by - ay) or 1e-9
        best, index = 0.0, -1
        for k in range(i + 1, j):
            px, py = pts[k]
            dist = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if dist > best:
                best, index = dist, k
        if best > tol:
            keep[index] = True
            stack += [(i, index), (index, j)]
    return [p for p, kept in zip(pts, keep, strict=True) if kept]


def from_qt(path: QPainterPath, tol: float = 0.3) -> Shape:
    """Read a QPainterPath (e.g. a boolean result) back as closed polygons, simplified to `tol` px."""
    shape = Shape()
    for polygon in path.toSubpathPolygons():
        pts = [(p.x(), p.y()) for p in polygon]
        if len(pts) > 1 and _near(pts[0], pts[-1]):
            pts.pop()
        # Split the ring at its two farthest-apart points so RDP keeps the ring's extremes.
        if len(pts) < 3:
            continue
        far = max(range(len(pts)), key=lambda i: math.dist(pts[0], pts[i]))
        ring = _rdp(pts[: far + 1], tol)[:-1] + _rdp([*pts[far:], pts[0]], tol)[:-1]
        if len(ring) < 3:
            continue
        sub = Sub(ring[0], closed=True)
        for a, b in itertools.pairwise(ring):
            sub.segs.append((a, b, b))
        shape.subs.append(sub)
    return shape


def smooth(frame: Frame, pts: Sequence[Sequence[float]], closed: bool = True, tension: float = 0.36) -> Shape:
    """A smooth curve through design points (a, v[, k]); k scales the tangent, k=0 makes a corner."""
    p = [frame.px(q[0], q[1]) for q in pts]
    k = [q[2] if len(q) > 2 else 1.0 for q in pts]
    n = len(p)
    dirs: list[Pt] = []
    for i in range(n):
        prev = p[i - 1] if (closed or i > 0) else p[i]
        nxt = p[(i + 1) % n] if (closed or i < n - 1) else p[i]
        dx, dy = nxt[0] - prev[0], nxt[1] - prev[1]
        length = math.hypot(dx, dy) or 1.0
        dirs.append((dx / length, dy / length))
    sub = Sub(p[0], closed=closed)
    for i in range(n if closed else n - 1):
        j = (i + 1) % n
        seg = math.dist(p[i], p[j]) * tension
        c1 = (p[i][0] + dirs[i][0] * seg * k[i], p[i][1] + dirs[i][1] * seg * k[i])
        c2 = (p[j][0] - dirs[j][0] * seg * k[j], p[j][1] - dirs[j][1] * seg * k[j])
        sub.segs.append((c1, c2, p[j]))
    return Shape([sub])


def poly(frame: Frame, pts: Iterable[Sequence[float]], closed: bool = True) -> Shape:
    return smooth(frame, [(q[0], q[1], 0.0) for q in pts], closed=closed)


def ellipse(frame: Frame, a: float, v: float, ra: float, rv: float, n: int = 8) -> Shape:
    pts = [(a + ra * math.cos(2 * math.pi * i / n), v + rv * math.sin(2 * math.pi * i / n)) for i in range(n)]
    return smooth(frame, pts, tension=0.36 if n == 8 else 0.33)


def arc(a: float, v: float, ra: float, rv: float, start: float, end: float, n: int = 7) -> list[Pt]:
    """Design points along an elliptical arc, angles in degrees (0 = +a, 90 = up)."""
    out = []
    for i in range(n):
        t = math.radians(start + (end - start) * i / (n - 1))
        out.append((a + ra * math.cos(t), v + rv * math.sin(t)))
    return out


def band(centre: Sequence[Pt], widths: Sequence[float]) -> list[Pt]:
    """Outline points of a band of the given widths around a centre line (design units)."""
    left: list[Pt] = []
    right: list[Pt] = []
    n = len(centre)
    for i, (a, v) in enumerate(centre):
        pa, pv = centre[max(i - 1, 0)]
        na, nv = centre[min(i + 1, n - 1)]
        da, dv = na - pa, nv - pv
        length = math.hypot(da, dv) or 1.0
        oa, ov = -dv / length * widths[i] / 2, da / length * widths[i] / 2
        left.append((a + oa, v + ov))
        right.append((a - oa, v - ov))
    return left + right[::-1]


def round_top(shape: Shape, apex_y: float = ZONE_APEX_Y, depth: float = ZONE_CAP_DEPTH) -> Shape:
    """End a zone that reaches the faded top of the leg in a rounded cap instead of a flat cut.

    The leg dissolves over FADE_PX below the cut, but a zone is painted in one solid colour: cut flat at
    the top it would float as a hard-edged box over nothing. The cap's apex sits at `apex_y` (where the
    skin is about a third opaque) and meets the zone's sides `depth` px lower (a semicircle for a narrow
    band), so the highlight dissolves with the limb's outline. Zones lower down are returned unchanged.
    """
    path = shape.qt()
    box = path.boundingRect()
    if box.top() > apex_y + depth:
        return shape
    probe = QPainterPath()
    probe.addRect(box.left() - 1, apex_y + depth - 0.5, box.width() + 2, 1.0)
    span = path.intersected(probe).boundingRect()
    x0, x1 = span.left(), span.right()
    half = (x1 - x0) / 2
    d = min(depth, half)
    side_y, mid = apex_y + d, (x0 + x1) / 2
    k = 0.5523  # cubic Bézier quarter-ellipse constant
    cap = QPainterPath()
    cap.moveTo(-WIDTH, HEIGHT + 10)  # everything below the cap's sides is kept as it is
    cap.lineTo(-WIDTH, side_y)
    cap.lineTo(x0, side_y)
    cap.cubicTo(x0, side_y - k * d, mid - k * half, apex_y, mid, apex_y)
    cap.cubicTo(mid + k * half, apex_y, x1, side_y - k * d, x1, side_y)
    cap.lineTo(2 * WIDTH, side_y)
    cap.lineTo(2 * WIDTH, HEIGHT + 10)
    cap.closeSubpath()
    return from_qt(path.intersected(cap))


def below(frame: Frame, v: float, a0: float = -30.0, a1: float = 30.0) -> Shape:
    """Everything under height v (a huge box), for cutting a shape at a level."""
    return poly(frame, [(a0, v), (a1, v), (a1, -5), (a0, -5)])


def lower_end(shape: Shape, opacity: float = 1.0, id_: str | None = None) -> str:
    """A long bone's lower end as one piece: ivory that strengthens toward the ankle, so a malleolus reads
    as the broad end of its bone (tibia or fibula) rather than a separate knob."""
    line = min(1.0, opacity + 0.2)
    return path_el(shape, id=id_, fill="url(#lowEndFill)", fill_opacity=opacity, stroke="url(#lowEndLine)",
                   stroke_width=1.3, stroke_opacity=line, stroke_linejoin="round")  # fmt: skip


def shine(frame: Frame, a: float, v: float, ra: float, rv: float) -> str:
    """Soft light on a convex bony surface under the skin, fading to nothing at its edge."""
    return path_el(ellipse(frame, a, v, ra, rv), fill="url(#shine)")


def attrs(**kw: object) -> str:
    parts = []
    for key, val in kw.items():
        if val is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(f'{name}="{val}"')
    return " ".join(parts)


def path_el(shape: Shape | str, **kw: object) -> str:
    d = shape if isinstance(shape, str) else shape.d()
    return f'<path d="{d}" {attrs(**kw)}/>'


def fade_gradients() -> str:
    """Vertical fades so the leg dissolves at the mid-calf cut instead of ending in a hard edge."""
    out = []
    for gid, colour in (
        ("fadeSkin", SKIN),
        ("fadeLine", SKIN_LINE),
        ("fadeShade", SKIN_SHADE),
        ("fadeMuscle", MUSCLE),
        ("fadeBone", BONE),
        ("fadeBoneLine", BONE_LINE),
        ("fadeLight", SKIN_LIGHT),
    ):
        out.append(
            f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="0" y1="{_f(TOP_Y)}" '
            f'x2="0" y2="{_f(TOP_Y + FADE_PX)}">'
            f'<stop offset="0" stop-color="{colour}" stop-opacity="0"/>'
            f'<stop offset="1" stop-color="{colour}" stop-opacity="1"/></linearGradient>'
        )
    return "".join(out)


def vfade(gid: str, colour: str, v_clear: float, v_full: float, opacity: float = 1.0) -> str:
    """A vertical gradient: transparent at height v_clear (cm), full colour at v_full."""
    return vgrad(gid, colour, [(v_clear, 0.0), (v_full, opacity)])


def vgrad(gid: str, colour: str, stops: Sequence[tuple[float, float]]) -> str:
    """A vertical gradient through (height cm, opacity) stops, listed from the highest down."""
    y0 = GROUND_Y - PX_PER_CM * stops[0][0]
    y1 = GROUND_Y - PX_PER_CM * stops[-1][0]
    parts = [f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="0" y1="{_f(y0)}" x2="0" ']
    parts.append(f'y2="{_f(y1)}">')
    for v, opacity in stops:
        offset = (GROUND_Y - PX_PER_CM * v - y0) / (y1 - y0)
        parts.append(f'<stop offset="{offset:.3f}" stop-color="{colour}" stop-opacity="{opacity}"/>')
    return "".join(parts) + "</linearGradient>"


def document(
    view: str, defs: str, artwork: list[str], zones: dict[str, Shape], guides: dict[str, Shape]
) -> str:
    """The whole SVG file text: defs, then the artwork, zones and guides layers."""
    zone_lines = [
        f"    {path_el(shape, id=f'zone-{zid}', fill='#ff6a00', fill_rule='nonzero')}"
        for zid, shape in zones.items()
    ]
    guide_lines = [
        f"    {path_el(shape, id=f'guide-{zid}', fill='none', stroke='#0055ff', stroke_width=3)}"
        for zid, shape in guides.items()
    ]
    body = "\n".join(f"    {line}" for line in artwork)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}">\n'
        f"  <!-- Right foot, {view} view. Generated by drawing/build.py; see README.md. -->\n"
        f"  <defs>{defs}</defs>\n"
        f'  <g id="artwork">\n{body}\n  </g>\n'
        f'  <g id="zones" opacity="0">\n' + "\n".join(zone_lines) + "\n  </g>\n"
        '  <g id="guides" opacity="0">\n' + "\n".join(guide_lines) + "\n  </g>\n"
        "</svg>\n"
    )
