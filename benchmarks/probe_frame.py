"""Frame probe: how long each paint of the diagram takes while a highlight pulses and a motion cue moves.

    python -m benchmarks.probe_frame [--seconds S]

A session is started in the main window (real clock), so the diagram shows the step's zones pulsing and
its motion cue animating, exactly as a person sees it; every second the session moves to the next step so
the figure covers several zones, views and cue patterns. Each paint event of the diagram's viewport is
timed by delivering it inside an event filter between two clock readings.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.probe_kit import percentile


def scenario(built, seconds: float) -> dict:
    from benchmarks.qt_kit import PaintTimer, spin

    window, controller = built.window, built.controller
    spin(0.3)
    timer = PaintTimer(window.diagram.viewport())
    controller.start()
    steps = max(1, round(seconds))
    cues_seen = 0
    for _ in range(steps):
        spin(seconds / steps)
        cues_seen += bool(window.diagram.cue_items())
        controller.next()
    frames = timer.durations_ms[2:]  # the first paints after a start rebuild caches, as any start does
    if not frames:
        return {"error": "the diagram was never repainted while the session ran"}
    controller.stop()
    return {
        "frames": len(frames),
        "fps": len(frames) / seconds,
        "p50_ms": percentile(frames, 50),
        "p95_ms": percentile(frames, 95),
        "max_ms": max(frames),
        "steps_with_cue": cues_seen,
        "steps": steps,
        "viewport": [window.diagram.viewport().width(), window.diagram.viewport().height()],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_frame")
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args(argv)
    from benchmarks.qt_kit import run_scenario

    run_scenario(lambda built: scenario(built, args.seconds), ["--size", "1280x800"])


if __name__ == "__main__":
    main(sys.argv[1:])
