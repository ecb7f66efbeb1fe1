"""Render the README/AppStream screenshots from the real app, offscreen, into packaging/screenshots/.

    .venv/bin/python packaging/take_screenshots.py

Uses throw-away user folders, so your own history and settings are never shown or touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="ankle-guide-shots-"))
    os.environ.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.app import App
    from desktop.cli import build_parser
    from desktop.model.history import HistoryStore
    from desktop.model.history_sample import sample_sessions
    from desktop.model.zones import VIEW_LABELS, VIEWS
    from desktop.startup import make_app
    from desktop.ui.diagram_view import DiagramView

    qapp = make_app(["ankle-guide"])
    OUT.mkdir(exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            qapp.processEvents()

    def shoot(argv: list[str], size: tuple[int, int], name: str, *, follow: bool = False) -> App:
        args = build_parser().parse_args(argv)
        built = App(args, history_path=home / "history.sqlite3")
        widget = built.window
        if follow:
            built.open_follow_along()
            widget = built.follow_along
            widget.showNormal()
        else:
            widget.show()
        widget.resize(*size)
        settle()
        widget.grab().save(str(OUT / name))
        print(f"saved {OUT / name}")
        return built

    shoot(["--routine", "standard", "--step", "2", "--side", "right"], (1280, 800), "main-1280x800.png")
    shoot(
        ["--routine", "tension-relief", "--step", "2", "--side", "both"], (1920, 1080), "main-1920x1080.png"
    )
    shoot(
        ["--routine", "tension-relief", "--step", "3"],
        (1920, 1080),
        "follow-along-1920x1080.png",
        follow=True,
    )

    # The four views side by side, each with one zone highlighted.
    picks = {
        "medial": "inner_ankle_concavity",
        "lateral": "lateral_ligaments",
        "posterior": "achilles_insertion",
        "anterior": "tibialis_anterior_path",
    }
    tiles = []
    for view in VIEWS:
        diagram = DiagramView()
        diagram.set_auto_view(False)
        diagram.resize(480, 620)
        diagram.set_view(view)
        diagram.set_labels_visible(False)
        diagram.highlight([picks[view]])
        diagram.show()
        settle()
        tiles.append((view, diagram.grab().toImage()))
        diagram.close()
    sheet = QImage(4 * 480, 660, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    font = painter.font()
    font.setPointSize(14)
    font.setBold(True)
    painter.setFont(font)
    for i, (view, image) in enumerate(tiles):
        painter.drawImage(i * 480, 40, image)
        painter.drawText(QRectF(i * 480, 6, 480, 30), 0x0084, VIEW_LABELS[view])  # AlignHCenter|AlignVCenter
    painter.end()
    sheet.save(str(OUT / "views.png"))
    print(f"saved {OUT / 'views.png'}")

    # History with four weeks of sample sessions.
    store = HistoryStore(home / "history.sqlite3")
    sample_sessions(store, days=28, seed=3)
    store.close()
    built = shoot(["--routine", "standard"], (1280, 800), "unused.png")
    built.open_history_window()
    window = built.history_window
    window.resize(1280, 800)
    settle()
    window.grab().save(str(OUT / "history-1280x800.png"))
    (OUT / "unused.png").unlink(missing_ok=True)
    print(f"saved {OUT / 'history-1280x800.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
