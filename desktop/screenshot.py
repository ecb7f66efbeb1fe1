"""--screenshot: render the main window (or follow-along) at a size to a PNG, then exit.

Offscreen and through widget.grab(): a picture for documentation and packaging, not a check of what a
screen shows (the real-X tests do that).
"""

from __future__ import annotations

import argparse
import sys
from typing import Protocol

from PySide6.QtWidgets import QApplication, QWidget


class Renderable(Protocol):
    """What the screenshot needs of the assembled app (desktop.app.App)."""

    window: QWidget

    def open_follow_along(self) -> QWidget: ...
    def close(self) -> None: ...


def render(
    qapp: QApplication, built: Renderable, args: argparse.Namespace, default_size: tuple[int, int]
) -> int:
    """Write args.screenshot; 0 when written, 1 (with a line on stderr) when not."""
    if args.follow_along:
        widget = built.open_follow_along()
        widget.showNormal()  # offscreen fullscreen takes the virtual screen's size, not --size
    else:
        built.window.show()
        widget = built.window
    widget.resize(*(args.size or default_size))
    for _ in range(3):
        qapp.processEvents()
    ok = widget.grab().save(str(args.screenshot))
    if not ok:
        print(f"could not write {args.screenshot}", file=sys.stderr)
    built.close()
    return 0 if ok else 1
