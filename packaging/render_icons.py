"""Render the app icon SVG to the PNG sizes desktops look for, and copy it to assets/ for the window icon.

Run after editing packaging/icons/io.github.ankleguide.AnkleGuide.svg (the one source of the icon):
    .venv/bin/python packaging/render_icons.py
The PNGs are committed, so installing never needs Qt at build time.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
APP_ID = "io.github.ankleguide.AnkleGuide"
SOURCE_SVG = HERE / "icons" / f"{APP_ID}.svg"
WINDOW_ICON_SVG = REPO / "assets" / "icons" / "app.svg"
SIZES = (16, 32, 48, 64, 128, 256)
_APP: QGuiApplication | None = None


def png_path(size: int) -> Path:
    """Where the PNG of one size lives: packaging/icons/<N>x<N>/<app id>.png (hicolor naming)."""
    return HERE / "icons" / f"{size}x{size}" / f"{APP_ID}.png"


def render_image(renderer: QSvgRenderer, size: int) -> QImage:
    """One antialiased, transparent-background rendering of the icon at `size` x `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def load(svg: Path = SOURCE_SVG) -> QSvgRenderer:
    """The icon's renderer; exits with a message on invalid SVG (QSvgRenderer itself never raises)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display is needed to draw an image
    global _APP  # keep it alive while images are drawn
    _APP = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    return renderer


def render(svg: Path = SOURCE_SVG, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Render `svg` at each size to packaging/icons/<N>x<N>/; return the written paths."""
    renderer = load(svg)
    written = []
    for size in sizes:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render_image(renderer, size).save(str(out), "PNG"):
            raise SystemExit(f"{out}: could not write")
        written.append(out)
    return written


def main() -> int:
    for path in render():
        print(path.relative_to(REPO))
    WINDOW_ICON_SVG.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE_SVG, WINDOW_ICON_SVG)
    print(WINDOW_ICON_SVG.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
