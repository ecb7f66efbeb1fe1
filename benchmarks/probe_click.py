"""Click-to-paint probe: a mouse click on a zone, through the real view, until the zone panel is painted.

    python -m benchmarks.probe_click [--clicks N]

Each click is a real press and release on the diagram's viewport (QTest) at a point inside the zone's exact
shape, in every view, zone after zone. The clock stops when the event loop has delivered the paint of the
zone panel that shows the clicked zone and returned, i.e. the whole frame is done. (Its children are
transparent, so any change inside the panel repaints the panel too; only the panel's own events pass
through the probe's filter, so the probe adds next to nothing to the time.)
The mouse first moves to the point (untimed), as a person's pointer would, so hover repaints are not
counted as part of the click.
"""

from __future__ import annotations

import argparse
import sys
import time

from benchmarks.probe_kit import percentile

CLICK_TIMEOUT_S = 1.0


def _inside_point(diagram, zone_id: str):
    """A viewport point where the topmost zone is `zone_id` (its label anchor, else a grid search)."""
    from PySide6.QtCore import QPointF

    candidates = [diagram.zone_anchor(zone_id)]
    item = diagram.zone_items()[zone_id]
    box = item.path().boundingRect()
    steps = 12
    candidates += [
        QPointF(box.left() + box.width() * (i + 0.5) / steps, box.top() + box.height() * (j + 0.5) / steps)
        for j in range(steps)
        for i in range(steps)
    ]
    for scene_point in candidates:
        point = diagram.mapFromScene(scene_point)
        if diagram.viewport().rect().contains(point) and _zone_at(diagram, point) == zone_id:
            return point
    return None


def _zone_at(diagram, point) -> str | None:
    """The zone a click at `point` hits: the topmost zone item there (the view's own rule)."""
    from desktop.ui.zone_item import ZoneItem

    return next((item.zone_id for item in diagram.items(point) if isinstance(item, ZoneItem)), None)


def scenario(built, clicks_wanted: int) -> dict:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from benchmarks.qt_kit import PaintFlag, spin
    from desktop.model.zones import VIEWS

    window = built.window
    diagram, panel = window.diagram, window.zone_panel
    viewport = diagram.viewport()
    watcher = PaintFlag(panel)  # a change inside the panel repaints the panel itself too
    diagram_paint = PaintFlag(viewport)  # did the click also repaint the diagram (a relayout)?
    diagram_repaints = 0
    spin(0.3)

    times_ms: list[float] = []
    timeouts: list[str] = []
    unreachable: set[str] = set()
    last_zone = None
    while len(times_ms) < clicks_wanted:
        progressed = False
        for view in VIEWS:
            diagram.set_view(view)
            spin(0.05)
            for zone_id in sorted(diagram.zone_items()):
                if zone_id == last_zone:
                    continue
                point = _inside_point(diagram, zone_id)  # the panel may have resized the view: map anew
                if point is None:
                    unreachable.add(f"{view}:{zone_id}")
                    continue
                QTest.mouseMove(viewport, point)
                spin(0.02)
                watcher.painted = diagram_paint.painted = False
                start = time.perf_counter()
                QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
                app = QCoreApplication.instance()
                while not watcher.painted and time.perf_counter() - start < CLICK_TIMEOUT_S:
                    app.processEvents()
                end = time.perf_counter()
                last_zone = zone_id
                if not watcher.painted:
                    timeouts.append(f"{view}:{zone_id}")
                    continue
                progressed = True
                if panel.isVisible():
                    times_ms.append((end - start) * 1000)
                    diagram_repaints += diagram_paint.painted
                if len(times_ms) >= clicks_wanted:
                    break
            if len(times_ms) >= clicks_wanted:
                break
        if not progressed:
            return {"error": f"no click produced a zone-panel paint ({len(timeouts)} timeouts)"}
    return {
        "clicks": len(times_ms),
        "p50_ms": percentile(times_ms, 50),
        "p95_ms": percentile(times_ms, 95),
        "max_ms": max(times_ms),
        "first_ms": times_ms[0],
        "diagram_repainted_pct": 100 * diagram_repaints / len(times_ms),
        "timeouts": len(timeouts),
        "timed_out": timeouts[:10],
        "unreachable_zones": sorted(unreachable),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_click")
    parser.add_argument("--clicks", type=int, default=120)
    args = parser.parse_args(argv)
    from benchmarks.qt_kit import run_scenario

    run_scenario(lambda built: scenario(built, args.clicks), ["--size", "1280x800"])


if __name__ == "__main__":
    main(sys.argv[1:])
