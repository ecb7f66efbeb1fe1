"""The figures and how each is measured: groups of probes run in fresh processes, reduced to numbers.

Each group runs one or more probe modules and returns (figures, details). A group runs when any of its
figures is asked for (`--only`); `quick` shortens every group to a few seconds (for CI).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.harness import Sandbox, median, run_probe
from benchmarks.suite_growth import GROWTH

Figures = dict[str, float | bool | None]
Details = dict[str, object]


@dataclass(frozen=True)
class Group:
    name: str
    keys: tuple[str, ...]
    run: Callable[[Sandbox, bool], tuple[Figures, Details]]


def _startup(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    """Bare window, floor window and app interleaved (bare, floor, app, bare...) so load on the machine
    hits all alike. The floor (benchmarks.floor_window) is for reading the ratio, not a budget. The app
    starts as it does every day (its artwork drawn last time read back from the cache) and, for the
    cold figure, as it does the first time or at a new window size (the cache emptied: the SVG drawn)."""
    pairs = 2 if quick else 7
    bare, floor, app, cold = [], [], [], []
    for _ in range(pairs):
        bare.append(run_probe("probe_startup", ["bare"], sandbox))
        floor.append(run_probe("probe_startup", ["floor"], sandbox))
        app.append(run_probe("probe_startup", ["app"], sandbox))
        sandbox.forget_cache()
        cold.append(run_probe("probe_startup", ["app"], sandbox))  # it fills the cache again as it quits
    startup = median([r["first_paint_ms"] for r in app])
    baseline = median([r["first_paint_ms"] for r in bare])
    floor_ms = median([r["first_paint_ms"] for r in floor])
    figures: Figures = {
        "startup_ms": startup,
        "baseline_startup_ms": baseline,
        "startup_ratio": startup / baseline,
        "floor_startup_ratio": floor_ms / baseline,
        "cold_startup_ratio": median([r["first_paint_ms"] for r in cold]) / baseline,
        "startup_modules_ok": all(not r["heavy_loaded"] for r in app),
        "rss_mb": median([r["rss_mb"] for r in app]),
        "baseline_rss_mb": median([r["rss_mb"] for r in bare]),
    }
    details: Details = {
        "runs": pairs,
        "app_ms": [r["first_paint_ms"] for r in app],
        "bare_ms": [r["first_paint_ms"] for r in bare],
        "floor_ms": [r["first_paint_ms"] for r in floor],
        "cold_ms": [r["first_paint_ms"] for r in cold],
        "cpu_at_paint_ms": {
            "app": median([r["cpu_at_paint_ms"] for r in app]),
            "bare": median([r["cpu_at_paint_ms"] for r in bare]),
        },
        "heavy_loaded": sorted({m for r in app for m in r["heavy_loaded"]}),
        "also_loaded_at_paint": app[-1]["also_loaded"],
        "modules_at_paint": {"app": app[-1]["modules_at_paint"], "bare": bare[-1]["modules_at_paint"]},
        "rss_at_paint_mb": median([r["rss_at_paint_mb"] for r in app]),
        "views_parsed_at_paint": app[-1].get("views_parsed_at_paint"),
    }
    return figures, details


def _click(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    result = run_probe("probe_click", ["--clicks", "20" if quick else "120"], sandbox)
    return {"click_to_paint_ms_p95": result["p95_ms"]}, result


def _frame(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    steps = ["--steps", "2", "--step-seconds", "1.2"] if quick else ["--steps", "8", "--step-seconds", "3.5"]
    result = run_probe("probe_frame", steps, sandbox)
    figures = {"frame_ms_p95": result["p95_ms"], "step_change_paint_ms_max": result["step_change_max_ms"]}
    return figures, result


def _cpu_main(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    args = (
        ["--seconds", "2", "--wake-seconds", "1.5"] if quick else ["--seconds", "20", "--wake-seconds", "35"]
    )
    result = run_probe("probe_cpu", ["main", *args], sandbox)
    figures: Figures = {
        "running_cpu_pct": result["running_cpu_pct"],
        "paused_wakeups_per_min": result["paused"]["timers_per_min"],
        "idle_wakeups_per_min": result["idle"]["timers_per_min"],
    }
    return figures, result


def _cpu_follow(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    args = (
        ["--seconds", "2", "--wake-seconds", "1.5"] if quick else ["--seconds", "20", "--wake-seconds", "30"]
    )
    result = run_probe("probe_cpu", ["follow", *args], sandbox)
    return {"follow_along_cpu_pct": result["running_cpu_pct"]}, result


def _drift_fake(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    result = run_probe("probe_drift", ["fake", "--minutes", "30"], sandbox)
    return {"drift_ms_30min": result["drift_ms"]}, result


def _drift_real(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    result = run_probe("probe_drift", ["real", "--seconds", "5" if quick else "60"], sandbox)
    return {"drift_ms_real_60s": result["drift_ms"]}, result


def _load(sandbox: Sandbox, quick: bool) -> tuple[Figures, Details]:
    runs = 2 if quick else 5
    svg, routines, startup = [], [], []
    for _ in range(runs):
        svg.append(run_probe("probe_load", ["svg"], sandbox))
        routines.append(run_probe("probe_load", ["routines"], sandbox))
        startup.append(run_probe("probe_load", ["startup"], sandbox))
    details: Details = {
        "runs": runs,
        "package_import_ms": median([r["package_ms"] for r in svg + routines]),
        "svg_import_ms": median([r["import_ms"] for r in svg]),
        "svg_parse_only_ms": median([r["load_ms"] for r in svg]),
        "svg_per_view_ms": svg[-1]["per_view_ms"],
        "routines_import_ms": median([r["import_ms"] for r in routines]),
        "routines_load_only_ms": median([r["load_ms"] for r in routines]),
        "at_startup_ms": median([r["total_ms"] for r in startup]),
        "at_startup_runs_ms": [round(r["total_ms"], 1) for r in startup],
    }
    figures: Figures = {
        "svg_parse_ms": median([r["total_ms"] for r in svg]),
        "routines_load_ms": median([r["total_ms"] for r in routines]),
    }
    return figures, details


GROUPS: tuple[Group, ...] = (
    Group("load", ("svg_parse_ms", "routines_load_ms"), _load),
    Group("drift_fake", ("drift_ms_30min",), _drift_fake),
    Group(
        "startup",
        (
            "startup_ms",
            "baseline_startup_ms",
            "startup_ratio",
            "floor_startup_ratio",
            "cold_startup_ratio",
            "startup_modules_ok",
            "rss_mb",
            "baseline_rss_mb",
        ),
        _startup,
    ),
    Group("click", ("click_to_paint_ms_p95",), _click),
    Group("frame", ("frame_ms_p95", "step_change_paint_ms_max"), _frame),
    Group("cpu_main", ("running_cpu_pct", "paused_wakeups_per_min", "idle_wakeups_per_min"), _cpu_main),
    Group("cpu_follow", ("follow_along_cpu_pct",), _cpu_follow),
    Group("drift_real", ("drift_ms_real_60s",), _drift_real),
    *(Group(name, keys, run) for name, keys, run in GROWTH),  # issue 19: costs that grow with the years
)

KEYS: tuple[str, ...] = tuple(key for group in GROUPS for key in group.keys)
