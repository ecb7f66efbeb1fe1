"""Regenerate the four diagram views (assets/svg/*.svg) from the drawing code.

Run from the repository root: `.venv/bin/python assets/svg/drawing/build.py`. The SVG files are the
product; this script only keeps the four views consistent (one set of landmarks, one silhouette per axis).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import front
import side
from pen import (
    ANTERIOR,
    BONE,
    BONE_LINE,
    LATERAL,
    MEDIAL,
    POSTERIOR,
    SKIN_LINE,
    SKIN_SHADE,
    TENDON,
    TENDON_LINE,
    document,
    fade_gradients,
    round_top,
    vfade,
    vgrad,
)

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[2] / "assets" / "svg"
CATALOGUE = OUT.parent / "zones.toml"


def _defs() -> str:
    soft = (
        '<radialGradient id="soft" cx="0.5" cy="0.5" r="0.5">'
        f'<stop offset="0" stop-color="{SKIN_SHADE}" stop-opacity="0.42"/>'
        f'<stop offset="0.55" stop-color="{SKIN_SHADE}" stop-opacity="0.22"/>'
        f'<stop offset="1" stop-color="{SKIN_SHADE}" stop-opacity="0"/></radialGradient>'
    )
    tendons = (
        vfade("achillesFill", TENDON, 22.0, 17.0)
        + vfade("achillesLine", TENDON_LINE, 22.0, 17.0)
        + vfade("taFill", TENDON, 14.5, 11.5)
        + vfade("taLine", TENDON_LINE, 14.5, 11.5)
        + vfade("deepFill", TENDON, 13.0, 10.0, 0.45)
        + vfade("deepLine", TENDON_LINE, 13.0, 10.0, 0.55)
        + vgrad("achillesBackFill", TENDON, [(19.0, 0.0), (13.5, 1.0), (4.0, 1.0), (2.0, 0.15)])
        + vgrad("achillesBackLine", TENDON_LINE, [(19.0, 0.0), (13.5, 1.0), (4.0, 1.0), (2.0, 0.1)])
        + vgrad("heelLine", SKIN_LINE, [(6.6, 0.0), (4.2, 0.85), (0.0, 0.85)])
        + vgrad("besideFill", SKIN_SHADE, [(6.6, 0.0), (4.0, 0.45), (0.0, 0.45)])
        + vgrad("lowEndFill", BONE, [(13.2, 0.0), (10.6, 0.8), (0.0, 0.8)])
        + vgrad("lowEndLine", "#8f897c", [(13.2, 0.0), (10.6, 0.9), (0.0, 0.9)])
        + vgrad("peronealFill", TENDON, [(16.5, 0.0), (13.0, 0.9), (0.0, 0.9)])
        + vgrad("peronealLine", TENDON_LINE, [(16.5, 0.0), (13.0, 0.9), (0.0, 0.9)])
        + vgrad("farSole", "#a9806c", [(1.9, 0.0), (1.0, 0.22), (0.0, 0.5)])
        + vfade("boneLow", BONE, 19.0, 14.0)
        + vfade("boneLowLine", BONE_LINE, 19.0, 14.0)
    )
    shine = (
        '<radialGradient id="shine" cx="0.5" cy="0.5" r="0.5">'
        '<stop offset="0" stop-color="#ffffff" stop-opacity="0.5"/>'
        '<stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>'
    )
    return fade_gradients() + soft + shine + tendons


def main() -> int:
    catalogue = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))["zones"]
    views = {
        "medial": side.side_view(MEDIAL, medial=True),
        "lateral": side.side_view(LATERAL, medial=False),
        "posterior": front.front_view(POSTERIOR, posterior=True),
        "anterior": front.front_view(ANTERIOR, posterior=False),
    }
    status = 0
    for name, (art, zones, guides) in views.items():
        wanted = [zid for zid, z in catalogue.items() if name in z["views"]]
        missing = sorted(set(wanted) - set(zones))
        extra = sorted(set(zones) - set(wanted))
        if missing or extra or set(guides) != set(zones):
            print(f"{name}: missing {missing}, extra {extra}, guides {sorted(set(guides) ^ set(zones))}")
            status = 1
        ordered = {zid: round_top(zones[zid]) for zid in wanted if zid in zones}
        text = document(name, _defs(), art, ordered, {zid: guides[zid] for zid in ordered if zid in guides})
        (OUT / f"{name}.svg").write_text(text, encoding="utf-8")
        print(f"{name}.svg: {len(text.encode()) / 1024:.1f} KB, {len(ordered)} zones")
    if status == 0:  # the geometry the app reads at start-up instead of parsing the SVG
        from desktop.model.geometry_snapshot_writer import write_all  # as `python -m desktop.model.snapshots`

        for path in write_all():
            print(f"written: {path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
