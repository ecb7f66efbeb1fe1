"""Render the diagram views to PNG for looking at them: plain, with zones shown, and a contact sheet.

Usage: `.venv/bin/python assets/svg/render_preview.py [OUT_DIR]` (default /tmp/shots/views).
A development aid; the app never imports it.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parents[2] / "assets" / "svg"
VIEWS = ("medial", "lateral", "posterior", "anterior")


def render(svg: str, width: int, height: int, background: str = "#ffffff") -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    if not renderer.isValid():
        raise ValueError("QSvgRenderer rejected the SVG")
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def with_layers_visible(svg: str) -> str:
    """Show zones at 45 % (each in its own hue) and guides fully, for checking the overlay fit."""
    svg = svg.replace('<g id="zones" opacity="0">', '<g id="zones" opacity="0.45">')
    svg = svg.replace('<g id="guides" opacity="0">', '<g id="guides" opacity="1">')
    svg = _largest_zones_first(svg)
    hues = iter(
        [
            "#e6194b",
            "#3cb44b",
            "#4363d8",
            "#f58231",
            "#911eb4",
            "#42d4f4",
            "#f032e6",
            "#9a6324",
            "#469990",
            "#800000",
            "#000075",
            "#808000",
            "#e6beff",
        ]
        * 3
    )
    return re.sub(r'fill="#ff6a00"', lambda _m: f'fill="{next(hues)}" stroke="#000" stroke-width="1"', svg)


def _largest_zones_first(svg: str) -> str:
    """Reorder the zone paths so small zones are drawn over big ones, as the app's smallest-wins hit test."""
    start = svg.index('<g id="zones"')
    body_start = svg.index(">", start) + 1
    end = svg.index("</g>", body_start)
    paths = re.findall(r"<path [^>]*/>", svg[body_start:end])

    def area(element: str) -> float:
        nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", element.split('d="')[1].split('"')[0])]
        xs, ys = nums[0::2], nums[1::2]
        return (max(xs) - min(xs)) * (max(ys) - min(ys))

    paths.sort(key=area, reverse=True)
    return svg[:body_start] + "\n" + "\n".join(paths) + "\n" + svg[end:]


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/shots/views")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])
    sheet = QImage(4 * 420, 560 * 2, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    for i, view in enumerate(VIEWS):
        svg = (HERE / f"{view}.svg").read_text(encoding="utf-8")
        render(svg, 400, 514).save(str(out / f"{view}-400.png"))
        big = render(svg, 840, 1080)
        big.save(str(out / f"{view}-1080.png"))
        zones = render(with_layers_visible(svg), 840, 1080)
        zones.save(str(out / f"{view}-zones.png"))
        painter.drawImage(QRectF(i * 420, 0, 420, 540), big)
        painter.drawImage(QRectF(i * 420, 560, 420, 540), zones)
    painter.end()
    sheet.save(str(out / "sheet.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
