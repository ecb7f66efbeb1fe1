"""The benchmark command keeps working: `python -m benchmarks --quick --json --only ...` in a subprocess.

No timing is asserted (budgets are reported by the benchmarks, never tested); this only guards against
the command rotting: it runs, prints one JSON object with the figures asked for, and leaves the user's
folders alone.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ONLY = ("svg_parse_ms", "routines_load_ms", "startup_modules_ok")


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m module args...` from the checkout, its output kept."""
    command = [sys.executable, "-m", module, *args]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.slow
def test_quick_json_run_reports_the_figures_asked_for(_fresh_user_dirs: Path) -> None:
    proc = _run("benchmarks", "--quick", "--json", "--only", ",".join(ONLY))
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result["errors"] == {}
    for key in ("svg_parse_ms", "routines_load_ms"):
        value = result[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), (key, value)
        assert math.isfinite(value)
    assert isinstance(result["startup_modules_ok"], bool)
    assert set(result["budgets"]) == set(ONLY)
    assert "click_to_paint_ms_p95" not in result  # --only means only
    # The probes ran in their own sandbox: nothing was written to the (test's) user folders.
    assert [p for p in _fresh_user_dirs.rglob("*") if p.is_file()] == []


def test_unknown_figure_is_refused_with_the_known_names() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "startup_speed"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "startup_speed" in proc.stderr and "startup_ratio" in proc.stderr


ALL_KEYS = (
    "startup_ms",
    "baseline_startup_ms",
    "startup_ratio",
    "floor_startup_ratio",
    "cold_startup_ratio",
    "startup_modules_ok",
    "click_to_paint_ms_p95",
    "frame_ms_p95",
    "step_change_paint_ms_max",
    "running_cpu_pct",
    "follow_along_cpu_pct",
    "paused_wakeups_per_min",
    "idle_wakeups_per_min",
    "drift_ms_30min",
    "drift_ms_real_60s",
    "rss_mb",
    "baseline_rss_mb",
    "svg_parse_ms",
    "routines_load_ms",
    # issue 19: growth with the years
    "history_open_ms_10k",
    "history_refresh_ms_10k",
    "history_memory_mb_10k",
    "history_open_growth",
    "history_refresh_growth",
    "history_open_slope_ms_per_1k",
    "history_refresh_slope_ms_per_1k",
    "list_routines_ms_500",
    "startup_ratio_500_vs_none",
    "list_routines_slope_ms_per_100",
    "startup_slope_ms_per_100",
    "soak_rss_growth_mb",
    "soak_qobject_growth",
    "follow_along_cpu_pct_1080p",
    "follow_along_cpu_pct_2160p",
    "follow_along_paused_wakeups_2160p",
)


@pytest.mark.slow
def test_the_whole_quick_run_reports_every_figure() -> None:
    """What CI runs of the benchmark (issue 8): every probe, quick mode, no timing asserted."""
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result["errors"] == {}
    for key in ALL_KEYS:
        value = result[key]
        if key == "startup_modules_ok":
            assert isinstance(value, bool)
        else:
            assert isinstance(value, int | float) and math.isfinite(value), (key, value)


@pytest.mark.slow
def test_the_start_up_profile_reports_its_phases_in_order(_fresh_user_dirs: Path) -> None:
    """`python -m benchmarks.probe_startup_phases both`: the start-up profile the README table comes from."""
    proc = _run("benchmarks.probe_startup_phases", "both", "--repeat", "1", "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    bare, app = json.loads(proc.stdout)
    phases = ("python_started", "pyside_imported", "qapplication", "window_built", "first_paint")
    for summary in (bare, app):
        marks = [summary["marks"][name] for name in phases]
        assert marks == sorted(marks), summary  # each phase ends after the one before
    assert bare["dataclasses_count"] == 0  # the bare window makes none; the app makes its model's
    assert app["dataclasses_count"] > 0 and app["qt_enums_count"] > bare["qt_enums_count"]
    assert app["qt_classes_built"] > bare["qt_classes_built"]
    assert [p for p in _fresh_user_dirs.rglob("*") if p.is_file()] == []
