"""Parent-side plumbing: a throwaway user sandbox, probes run in fresh processes, and statistics.

Imports no Qt, so the process that runs the suite never carries Qt's memory or timers into a figure.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.probe_kit import RESULT_PREFIX, SPAWN_ENV, percentile

REPO = Path(__file__).resolve().parent.parent
__all__ = [
    "REPO",
    "ProbeFailed",
    "Sandbox",
    "machine",
    "median",
    "now",
    "percentile",
    "run_probe",
    "slope",
]


class ProbeFailed(RuntimeError):
    """A probe exited badly or printed no result; carries the tail of its stderr."""


class Sandbox:
    """Temporary XDG folders and HOME, so no benchmark reads or writes the user's real data."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ankle-guide-bench-"))
        self._env = dict(os.environ)
        for var, sub in (
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
        ):
            (self.root / sub).mkdir()
            self._env[var] = str(self.root / sub)
        runtime = self.root / "runtime"
        runtime.mkdir(mode=0o700)
        home = self.root / "home"
        home.mkdir()
        self._env.update(
            XDG_RUNTIME_DIR=str(runtime),
            HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
            QT_LOGGING_RULES="qt.qpa.*=false",
            # An installed app runs from compiled bytecode. Cache it here, outside the source tree, even
            # where PYTHONDONTWRITEBYTECODE is set: otherwise every start compiles every module again.
            PYTHONPYCACHEPREFIX=str(self.root / "pycache"),
        )
        self._env.pop("PYTHONDONTWRITEBYTECODE", None)
        self._env.pop("DISPLAY", None)
        self._env.pop("WAYLAND_DISPLAY", None)

    def warm_up(self) -> None:
        """Run each start-up path once, untimed: compiles the bytecode cache, creates the history database
        and warms the file cache, as any app that has been started before has."""
        for module, args in (
            ("probe_load", ["svg"]),
            ("probe_load", ["routines"]),
            ("probe_startup", ["bare", "--settle-ms", "0"]),
            ("probe_startup", ["app", "--settle-ms", "0"]),
        ):
            run_probe(module, args, self)

    def env(self) -> dict[str, str]:
        return dict(self._env)

    def forget_cache(self) -> None:
        """Empty XDG_CACHE_HOME (the artwork drawn last time): the next start is a first start at its size."""
        cache = self.root / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(exist_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def now() -> float:
    """CLOCK_MONOTONIC seconds: one clock shared by every process on the machine, so a child can measure
    its own age from the parent's reading just before the spawn."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def run_probe(
    module: str,
    args: Sequence[str],
    sandbox: Sandbox,
    *,
    timeout: float = 180.0,
    env_extra: dict[str, str] | None = None,
) -> dict:
    """Run `python -m benchmarks.<module> args...` in a fresh process; return the JSON result it printed."""
    env = {**sandbox.env(), **(env_extra or {})}
    cmd = [sys.executable, "-m", f"benchmarks.{module}", *args]
    env[SPAWN_ENV] = repr(now())
    proc = subprocess.run(
        cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result = json.loads(line[len(RESULT_PREFIX) :])
            if proc.returncode != 0 or "error" in result:
                raise ProbeFailed(f"{module} {' '.join(args)}: {result.get('error', proc.returncode)}")
            return result
    tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
    raise ProbeFailed(f"{module} {' '.join(args)} exited {proc.returncode} without a result:\n{tail}")


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of ys against xs (NaN with fewer than two distinct xs)."""
    if len(xs) < 2 or len(set(xs)) < 2:
        return math.nan
    return statistics.linear_regression(xs, ys).slope


def machine() -> dict[str, object]:
    """nproc, the CPU model and the load average when the run started (other work skews every figure)."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (math.nan,) * 3
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": sys.version.split()[0],
        "loadavg_at_start": [round(x, 2) for x in load],
    }
