"""Where start-up goes: phase marks up to the first paint, and what Python and PySide build on the way.

    python -m benchmarks.probe_startup_phases both|app|bare [--repeat N] [--json]

A profile for the start-up figure (`startup_ratio`), not a figure itself: cProfile inflates exactly the
costs that matter here (PySide's enum classes, dataclasses), so this probe times them with a clock instead.
It runs the app (or the bare window) N times, each in a fresh process as probe_startup does, and prints
the medians:

- marks, in ms since the process was spawned: PySide6 imported, QApplication made, window built (App()
  returned, before show), first paint ended;
- imports: time spent importing modules after PySide6 (outermost imports only), and how many;
- Qt classes PySide built by the first paint (it builds each class on first use, with its enums);
- Qt enum classes made, and the time spent making them (Python's functional Enum API, ~0.1 ms each);
- dataclasses made, and the time spent making them (~0.5 ms each for a frozen one on Python 3.11).

The counts overlap the marks (a class built while the window is built counts in both).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from benchmarks.probe_kit import emit, since_spawn_ms


class _Tally:
    """Count and time one kind of call, outermost calls only (a call inside another is in its time)."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._depth = 0

    def wrap(self, function):
        def timed(*args, **kwargs):
            self.count += 1
            self._depth += 1
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.seconds += time.perf_counter() - start

        return timed


def _install_tallies() -> dict[str, _Tally]:
    import dataclasses
    import enum
    from importlib import _bootstrap

    tallies = {"imports": _Tally(), "qt_enums": _Tally(), "dataclasses": _Tally()}
    # the C import machinery looks _find_and_load up on this module for every module not yet imported
    _bootstrap._find_and_load = tallies["imports"].wrap(_bootstrap._find_and_load)
    # Shiboken makes each Qt enum through the functional API (EnumType.__call__ → _create_)
    enum.EnumType._create_ = tallies["qt_enums"].wrap(enum.EnumType._create_)
    dataclasses._process_class = tallies["dataclasses"].wrap(dataclasses._process_class)
    return tallies


def _qt_classes() -> int:
    """Python classes PySide has built so far: its modules hold only those (the rest are made on use)."""
    return sum(len(vars(module)) for name, module in sys.modules.items() if name.startswith("PySide6.Qt"))


def _child(kind: str) -> int:
    marks: dict[str, float] = {"python_started": since_spawn_ms()}
    import PySide6.QtWidgets  # noqa: F401 - both kinds pay this first; it is the bare window's floor

    marks["pyside_imported"] = since_spawn_ms()
    qt_classes_at_import = _qt_classes()
    modules_at_import = len(sys.modules)
    tallies = _install_tallies()

    from PySide6.QtCore import QCoreApplication

    from benchmarks.qt_kit import PaintTimer

    result: dict = {"kind": kind, "marks": marks}

    def on_paint(_end: float) -> None:
        if "first_paint" in marks:
            return
        marks["first_paint"] = since_spawn_ms()
        result.update(
            qt_classes_built=_qt_classes() - qt_classes_at_import,
            modules_imported=len(sys.modules) - modules_at_import,
            **{f"{name}_count": tally.count for name, tally in tallies.items()},
            **{f"{name}_ms": tally.seconds * 1000 for name, tally in tallies.items()},
        )
        emit(result)
        QCoreApplication.exit(0)

    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        marks["qapplication"] = since_spawn_ms()
        window = QMainWindow()
        window.resize(1280, 800)
        marks["window_built"] = since_spawn_ms()
        PaintTimer(window, on_paint)
        window.show()
        return app.exec()

    import desktop.startup as startup
    from benchmarks.qt_kit import quiet_dialogs, run_real_app

    make_app = startup.make_app

    def timed_make_app(argv):
        made = make_app(argv)
        marks["qapplication"] = since_spawn_ms()
        return made

    startup.make_app = timed_make_app

    def on_built(built) -> None:
        marks["window_built"] = since_spawn_ms()
        quiet_dialogs(built)
        PaintTimer(built.window.diagram.viewport(), on_paint)

    return run_real_app(on_built, ["--size", "1280x800"])


def _run_once(kind: str, sandbox) -> dict:
    from benchmarks.harness import run_probe

    return run_probe("probe_startup_phases", [kind, "--child"], sandbox)


def _medians(runs: list[dict]) -> dict:
    merged: dict = {"kind": runs[0]["kind"], "runs": len(runs), "marks": {}}
    for mark in runs[0]["marks"]:
        merged["marks"][mark] = statistics.median(r["marks"][mark] for r in runs)
    for key, value in runs[0].items():
        if isinstance(value, int | float):
            merged[key] = statistics.median(r[key] for r in runs)
    return merged


def _print(summary: dict) -> None:
    marks = summary["marks"]
    print(f"{summary['kind']} (median of {summary['runs']} runs)")
    previous = 0.0
    for name in ("python_started", "pyside_imported", "qapplication", "window_built", "first_paint"):
        print(f"  {name:<17} {marks[name]:7.1f} ms  (+{marks[name] - previous:.1f})")
        previous = marks[name]
    print(
        f"  imports after PySide6: {summary['imports_ms']:.1f} ms, "
        f"{summary['modules_imported']:.0f} modules\n"
        f"  Qt classes built: {summary['qt_classes_built']:.0f}; Qt enums made: "
        f"{summary['qt_enums_count']:.0f} in {summary['qt_enums_ms']:.1f} ms\n"
        f"  dataclasses made: {summary['dataclasses_count']:.0f} in {summary['dataclasses_ms']:.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_startup_phases")
    parser.add_argument("kind", choices=("app", "bare", "both"))  # both: interleaved
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.kind)
    from benchmarks.harness import Sandbox

    kinds = ("bare", "app") if args.kind == "both" else (args.kind,)
    runs: dict[str, list[dict]] = {kind: [] for kind in kinds}
    with Sandbox() as sandbox:  # temporary XDG folders and HOME, the bytecode cache warmed first
        sandbox.warm_up()
        for _ in range(max(1, args.repeat)):  # interleaved, so a busy moment touches both alike
            for kind in kinds:
                runs[kind].append(_run_once(kind, sandbox))
    summaries = [_medians(runs[kind]) for kind in kinds]
    if args.json:
        print(json.dumps(summaries))
    else:
        for summary in summaries:
            _print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
