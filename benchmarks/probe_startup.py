"""Start-up probe: process start → end of the first paint, peak memory, and what was imported by then.

    python -m benchmarks.probe_startup app|bare|floor [--settle-ms N]

`app` runs the real app (`python -m desktop`) and watches the diagram's viewport; `bare` shows an empty
QMainWindow of the same size, measured the same way; `floor` the main window's kinds of widgets with
none of the app's code (benchmarks.floor_window), watching its diagram's viewport. The parent passes its
CLOCK_MONOTONIC reading at spawn in BENCH_SPAWN_T, so the time includes interpreter start-up and every
import. After the first paint the process keeps running for --settle-ms (the app loads sound then)
before peak memory is read.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.probe_kit import cpu_seconds, emit, loaded, peak_rss_mb, since_spawn_ms

HEAVY = ("pyqtgraph", "numpy")
WATCH = ("svgelements", "sqlite3", "PySide6.QtMultimedia", "PySide6.QtSvg", "PySide6.QtDBus", "tomllib")


def _first_paint(result: dict, settle_ms: int) -> None:
    """Called at the end of the first paint: note the time and the imports, then settle and report."""
    from PySide6.QtCore import QCoreApplication, QTimer

    result["first_paint_ms"] = since_spawn_ms()
    result["cpu_at_paint_ms"] = cpu_seconds() * 1000  # steadier than wall time on a busy machine
    result["heavy_loaded"] = loaded(*HEAVY)
    result["also_loaded"] = loaded(*WATCH)
    result["modules_at_paint"] = len(sys.modules)
    result["rss_at_paint_mb"] = peak_rss_mb()
    anatomy = sys.modules.get("desktop.model.anatomy")
    if anatomy is not None:
        result["views_parsed_at_paint"] = anatomy.load_view.cache_info().currsize

    def finish() -> None:
        result["rss_mb"] = peak_rss_mb()
        emit(result)
        QCoreApplication.exit(0)

    QTimer.singleShot(settle_ms, finish)


def _report_first_paint(widget, kind: str, settle_ms: int) -> None:
    """At the end of `widget`'s first paint, report as `kind` (once: later paints are not counted)."""
    from benchmarks.qt_kit import PaintTimer

    result: dict = {"kind": kind}
    done = []

    def on_paint(_end: float) -> None:
        if not done:
            done.append(True)
            _first_paint(result, settle_ms)

    PaintTimer(widget, on_paint)


def run_bare(settle_ms: int) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _report_first_paint(window, "bare", settle_ms)
    window.show()
    return app.exec()


def run_floor(settle_ms: int) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication([*sys.argv[:1], "-style", "Fusion"])  # as the app makes its QApplication
    from benchmarks.floor_window import ARTWORK, build_floor_window
    from desktop import resources
    from desktop.ui import theme

    window, viewport = build_floor_window(
        resources.resource(ARTWORK).read_bytes(), theme.style_sheet(theme.THEMES["light"])
    )
    window.resize(1280, 800)
    _report_first_paint(viewport, "floor", settle_ms)
    window.show()
    return app.exec()


def run_app(settle_ms: int) -> int:
    from benchmarks.qt_kit import quiet_dialogs, run_real_app

    def on_built(built) -> None:
        quiet_dialogs(built)
        _report_first_paint(built.window.diagram.viewport(), "app", settle_ms)

    return run_real_app(on_built, ["--size", "1280x800"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_startup")
    parser.add_argument("kind", choices=("app", "bare", "floor"))
    parser.add_argument("--settle-ms", type=int, default=500)
    args = parser.parse_args(argv)
    run = {"app": run_app, "bare": run_bare, "floor": run_floor}[args.kind]
    return run(args.settle_ms)


if __name__ == "__main__":
    sys.exit(main())
