"""Child-side helpers without Qt: report a result, read the process's own clock, CPU and memory.

Kept free of Qt, and of any import the app itself would not make before its first paint, so the start-up
probe adds the same few milliseconds to the app and to the bare window, and the cold-load probes measure
only what they load.
"""

from __future__ import annotations

import math
import os
import resource
import sys
import time

RESULT_PREFIX = "BENCH-RESULT "
SPAWN_ENV = "BENCH_SPAWN_T"


def emit(result: dict) -> None:
    """Print the one result line the parent looks for (anything else on stdout is ignored)."""
    import json

    print(RESULT_PREFIX + json.dumps(result), flush=True)


def since_spawn_ms() -> float:
    """Milliseconds since the parent spawned this process (it passes its CLOCK_MONOTONIC reading)."""
    spawned = float(os.environ[SPAWN_ENV])
    return (time.clock_gettime(time.CLOCK_MONOTONIC) - spawned) * 1000


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User + system CPU time of every thread of this process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def voluntary_switches() -> int:
    """How often this process has gone to sleep waiting for something: every wake-up begins with one."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw


def loaded(*names: str) -> list[str]:
    """Which of these top-level modules are imported."""
    return [name for name in names if name in sys.modules]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest-rank: a value that was actually observed."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]
