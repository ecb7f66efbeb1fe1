"""Costs that must not grow with the years (issue 19): history size, routine files, long use, big screens.

Each group measures at several sizes and reports the figures at the largest, the growth between the two
largest and a fitted slope, so a cost that is linear in the input shows as such even when it is still
small. No Qt here: the probes run in fresh processes, like every other figure.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.harness import REPO, Sandbox, median, run_probe, slope
from benchmarks.history_data import build_history
from benchmarks.routine_files import remove_routines, user_routines_dir, write_routines

Figures = dict[str, float | bool | None]
Details = dict[str, object]

HISTORY_SIZES = (0, 100, 1000, 10000)
ROUTINE_COUNTS = (0, 100, 500)
SCREENS = {"1080p": (1920, 1080), "2160p": (3840, 2160)}


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def history_growth(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    """probe_history at each size, on a fresh copy of one history per size (the probe writes to it)."""
    runs, refreshes = (1, 3) if quick else (3, 8)
    folder = sandbox.root / "histories"
    folder.mkdir(exist_ok=True)
    results: dict[int, list[dict]] = {n: [] for n in HISTORY_SIZES}
    for n in HISTORY_SIZES:
        build_history(folder / f"{n}.sqlite3", n)
    for _ in range(runs):  # sizes interleaved, so load on the machine hits each alike
        for n in HISTORY_SIZES:
            copy = folder / "run.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(folder / f"{n}.sqlite3", copy)
            results[n].append(run_probe("probe_history", [str(copy), "--refreshes", str(refreshes)], sandbox))

    def per_size(key: str) -> dict[int, float]:
        return {n: median([r[key] for r in results[n]]) for n in HISTORY_SIZES}

    open_ms, refresh_ms = per_size("open_ms"), per_size("refresh_p50_ms")
    rss = per_size("rss_open_mb")
    grown = HISTORY_SIZES[1:]
    figures: Figures = {
        "history_open_ms_10k": open_ms[10000],
        "history_refresh_ms_10k": refresh_ms[10000],
        "history_memory_mb_10k": rss[10000] - rss[0],
        "history_open_growth": _ratio(open_ms[10000], open_ms[1000]),
        "history_refresh_growth": _ratio(refresh_ms[10000], refresh_ms[1000]),
        "history_open_slope_ms_per_1k": 1000 * slope(grown, [open_ms[n] for n in grown]),
        "history_refresh_slope_ms_per_1k": 1000 * slope(grown, [refresh_ms[n] for n in grown]),
    }
    details: Details = {
        "runs": runs,
        "refreshes_per_run": refreshes,
        "open_ms": open_ms,
        "refresh_ms": refresh_ms,
        "refresh_call_ms": per_size("refresh_call_p50_ms"),
        "rss_open_mb": rss,
        "window_mb": per_size("window_mb"),
        "import_ms": median([r["import_ms"] for rs in results.values() for r in rs]),
        "table_rows_read": {n: results[n][-1]["table_rows_read"] for n in HISTORY_SIZES},
    }
    return figures, details


def _timed_run(cmd: Sequence[str], sandbox: Sandbox) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, cwd=REPO, env=sandbox.env(), capture_output=True, text=True, timeout=120, check=False
    )
    elapsed = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise ValueError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-500:]}")
    return elapsed


def routines_growth(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    """`--list-routines` (process start to exit) and start-up (probe_startup, app and bare window
    interleaved) with 0, 100 and 500 routine files in the user's folder."""
    list_runs, pairs = (1, 1) if quick else (5, 4)
    folder = user_routines_dir(Path(sandbox.env()["XDG_DATA_HOME"]))
    listing = [sys.executable, "-m", "desktop", "--list-routines"]
    list_ms: dict[int, float] = {}
    app_ms: dict[int, float] = {}
    ratio: dict[int, float] = {}
    try:
        for count in ROUTINE_COUNTS:
            remove_routines(folder)
            write_routines(folder, count)
            _timed_run(listing, sandbox)  # untimed: the files into the page cache, as on a used machine
            list_ms[count] = median([_timed_run(listing, sandbox) for _ in range(list_runs)])
            bare, app = [], []
            for _ in range(pairs):
                bare.append(run_probe("probe_startup", ["bare"], sandbox)["first_paint_ms"])
                app.append(run_probe("probe_startup", ["app"], sandbox)["first_paint_ms"])
            app_ms[count] = median(app)
            ratio[count] = median(app) / median(bare)
    finally:
        remove_routines(folder)
    most = ROUTINE_COUNTS[-1]
    figures: Figures = {
        "list_routines_ms_500": list_ms[most],
        "startup_ratio_500_vs_none": _ratio(ratio[most], ratio[0]),
        "list_routines_slope_ms_per_100": 100 * slope(ROUTINE_COUNTS, [list_ms[c] for c in ROUTINE_COUNTS]),
        "startup_slope_ms_per_100": 100 * slope(ROUTINE_COUNTS, [app_ms[c] for c in ROUTINE_COUNTS]),
    }
    return figures, {"list_ms": list_ms, "app_ms": app_ms, "startup_ratio": ratio, "pairs": pairs}


def soak(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    args = ["--sessions", "20", "--warm-up", "5"] if quick else ["--sessions", "200", "--warm-up", "20"]
    result = run_probe("probe_soak", args, sandbox, timeout=1200)
    figures: Figures = {
        "soak_rss_growth_mb": result["rss_growth_mb"],
        "soak_qobject_growth": result["qobject_growth"],
    }
    return figures, result


def follow_screens(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    """probe_cpu follow on an offscreen screen of each size (Qt's offscreen platform reads its screens
    from a JSON file); follow-along fills the screen, so it draws every pixel of it."""
    args = (
        ["--seconds", "2", "--wake-seconds", "1.5"] if quick else ["--seconds", "20", "--wake-seconds", "30"]
    )
    results = {}
    for name, (width, height) in SCREENS.items():
        config = sandbox.root / f"screen-{name}.json"
        screen = {"name": name, "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
        config.write_text(json.dumps({"screens": [screen]}))
        env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
        results[name] = run_probe("probe_cpu", ["follow", *args], sandbox, env_extra=env)
    figures: Figures = {
        "follow_along_cpu_pct_1080p": results["1080p"]["running_cpu_pct"],
        "follow_along_cpu_pct_2160p": results["2160p"]["running_cpu_pct"],
        "follow_along_paused_wakeups_2160p": results["2160p"]["paused"]["timers_per_min"],
    }
    return figures, results


GROWTH: tuple[tuple[str, tuple[str, ...], Callable[[Sandbox, bool], tuple[Figures, Details]]], ...] = (
    (
        "history_growth",
        (
            "history_open_ms_10k",
            "history_refresh_ms_10k",
            "history_memory_mb_10k",
            "history_open_growth",
            "history_refresh_growth",
            "history_open_slope_ms_per_1k",
            "history_refresh_slope_ms_per_1k",
        ),
        history_growth,
    ),
    (
        "routines_growth",
        (
            "list_routines_ms_500",
            "startup_ratio_500_vs_none",
            "list_routines_slope_ms_per_100",
            "startup_slope_ms_per_100",
        ),
        routines_growth,
    ),
    ("soak", ("soak_rss_growth_mb", "soak_qobject_growth"), soak),
    (
        "follow_screens",
        ("follow_along_cpu_pct_1080p", "follow_along_cpu_pct_2160p", "follow_along_paused_wakeups_2160p"),
        follow_screens,
    ),
)
