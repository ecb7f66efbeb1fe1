"""Frame probe: how long each paint of the diagram takes while a highlight pulses and a motion cue moves.

    python -m benchmarks.probe_frame [--steps N] [--step-seconds S]

A session is started in the main window (real clock), so the diagram shows the step's zones pulsing and
its motion cue animating, exactly as a person sees it. The session moves to the next step after each
step's burst of motion has played (`--step-seconds`, a little longer than the main window's 3.2 s
burst), so the figure covers several zones, views, both feet and every cue pattern at the rate the app
animates them. Each paint event of the diagram's viewport is timed by delivering it inside an event
filter between two clock readings.

Two kinds of paint are reported apart: *animation frames* (the pulse and the cue moving over a picture
already drawn: `p95_ms`, the budgeted figure) and the *first paint after each step change* (a new
picture: other zones lit, maybe another view or foot; `step_change_*`). The second happens once per
step, every 30–120 s in a real routine, and is a latency rather than a frame rate.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.probe_kit import percentile


def scenario(built, steps: int, step_seconds: float) -> dict:
    from benchmarks.qt_kit import PaintTimer, spin

    window, controller = built.window, built.controller
    spin(0.3)
    timer = PaintTimer(window.diagram.viewport())
    controller.start()
    spin(0.05)
    changes: list[int] = [len(timer.durations_ms)]  # index of the first paint after each change
    cues_seen, views, sides = 0, set(), set()
    for number in range(steps):
        spin(step_seconds)
        cues_seen += bool(window.diagram.cue_items())
        views.add(window.diagram.view_name)
        sides.add(window.diagram.side)
        if number < steps - 1:
            changes.append(len(timer.durations_ms))
            controller.next()
    controller.stop()
    durations = timer.durations_ms
    first_paints = set()
    for index in changes:  # the first paint at or after each change (the start included)
        if index < len(durations):
            first_paints.add(index)
    frames = [d for i, d in enumerate(durations) if i not in first_paints]
    step_change = [durations[i] for i in sorted(first_paints)][1:]  # the start builds caches, as any does
    if not frames:
        return {"error": "the diagram was never repainted while the session ran"}
    seconds = steps * step_seconds
    return {
        "frames": len(frames),
        "fps": len(durations) / seconds,
        "p50_ms": percentile(frames, 50),
        "p95_ms": percentile(frames, 95),
        "max_ms": max(frames),
        "step_changes": len(step_change),
        "step_change_p50_ms": percentile(step_change, 50) if step_change else None,
        "step_change_max_ms": max(step_change) if step_change else None,
        "steps_with_cue": cues_seen,
        "steps": steps,
        "views": sorted(v for v in views if v),
        "sides": sorted(sides),
        "viewport": [window.diagram.viewport().width(), window.diagram.viewport().height()],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_frame")
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--step-seconds", type=float, default=3.5)
    args = parser.parse_args(argv)
    from benchmarks.qt_kit import run_scenario

    # both feet, so the left foot (the mirrored drawing) is measured too
    run_scenario(
        lambda built: scenario(built, args.steps, args.step_seconds),
        ["--size", "1280x800", "--routine", "standard", "--side", "both"],
    )


if __name__ == "__main__":
    main(sys.argv[1:])
