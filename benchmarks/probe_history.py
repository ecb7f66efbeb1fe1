"""History-window probe: open it on a history of N sessions, choose "All time", time until it is painted;
then record a session and time the refresh until the plot is repainted.

    python -m benchmarks.probe_history DB [--refreshes R]

DB is a history file (benchmarks.history_data builds one of any size; the probe writes to it, so pass a
copy). pyqtgraph and numpy are imported first and timed apart (the app pays that once, on the first
open); one window over an empty history is then built, painted and closed, so the measured open starts
where a second open would, except for this history's own costs. The clock runs from building the window
to the end of the first paint of both the plot and the table after "All time" is chosen. Each refresh
follows a session written as the app writes one (begin, before rating, progress, finish, after rating,
tight zones), untimed; the clock covers `refresh()` and the repaint of the plot it causes.
Memory is this process's resident set (current, not peak) before and after the window is open.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.probe_kit import emit, percentile

ALL_TIME = "All time"


def rss_mb() -> float:
    """Resident memory now (not the peak): /proc/self/statm's second field, in pages."""
    with Path("/proc/self/statm").open() as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _record_a_session(store, at: datetime) -> int:
    """Write one session as SessionController does, so the change journal sees the same writes."""
    sid = store.begin_session("standard", "Standard ankle massage", "both", 12, at)
    store.set_ratings(sid, before=6)
    for done in range(1, 12):
        store.record_progress(sid, done, at + timedelta(seconds=35 * done))
    store.finish_session(sid, "finished", 12, at + timedelta(minutes=14), active_s=840)
    store.set_ratings(sid, after=3)
    store.set_tight_zones(sid, ["calf_belly", "achilles_insertion"])
    return sid


def _wait_painted(flags, timeout_s: float = 10.0) -> bool:
    from benchmarks.qt_kit import spin_until

    return spin_until(lambda: all(f.painted for f in flags), timeout_s)


def run(db: Path, refreshes: int) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    start = time.perf_counter()
    import desktop.ui.history_plot  # noqa: F401  (pyqtgraph, numpy: the first open's one-off cost)
    from desktop.ui.history_window import HistoryWindow

    import_ms = (time.perf_counter() - start) * 1000

    from benchmarks.qt_kit import PaintFlag, spin
    from desktop.model.history import HistoryStore, NullHistoryStore

    warm = HistoryWindow(NullHistoryStore())
    warm.resize(1280, 800)
    warm.show()
    _wait_painted([PaintFlag(warm.plot.plot.viewport())])
    warm.close()
    warm.deleteLater()
    spin(0.2)
    gc.collect()

    store = HistoryStore(db)
    sessions = store.stats().sessions
    rss_before = rss_mb()
    t0 = time.perf_counter()
    window = HistoryWindow(store)
    window.period.setCurrentIndex(window.period.findText(ALL_TIME))
    window.resize(1280, 800)
    flags = [PaintFlag(window.plot.plot.viewport()), PaintFlag(window.table.viewport())]
    window.show()
    painted = _wait_painted(flags)
    open_ms = (time.perf_counter() - t0) * 1000
    spin(0.3)
    gc.collect()
    rss_open = rss_mb()

    refresh_ms: list[float] = []
    call_ms: list[float] = []
    newest = datetime.now(UTC) - timedelta(hours=1)
    for n in range(refreshes):
        _record_a_session(store, newest + timedelta(seconds=n))
        spin(0.05)
        flag = flags[0]
        flag.painted = False
        t = time.perf_counter()
        window.refresh()
        call_ms.append((time.perf_counter() - t) * 1000)
        repainted = _wait_painted([flag], 5.0)
        refresh_ms.append((time.perf_counter() - t) * 1000)
        if not repainted:
            return {"error": "the plot did not repaint after refresh()"}
    drawn, _ = window.plot.before_item.getData()  # after downsampling: what the plot draws
    window.close()
    store.close()
    del app
    return {
        "sessions": sessions,
        "import_ms": import_ms,
        "open_ms": open_ms,
        "painted": painted,
        "refresh_ms": refresh_ms,
        "refresh_p50_ms": percentile(refresh_ms, 50),
        "refresh_max_ms": max(refresh_ms) if refresh_ms else None,
        "refresh_call_p50_ms": percentile(call_ms, 50),  # refresh() alone, before the repaint
        "rss_before_mb": rss_before,
        "rss_open_mb": rss_open,
        "window_mb": rss_open - rss_before,
        "table_rows_read": window.table.source.rowCount(),
        "before_dots_drawn": 0 if drawn is None else len(drawn),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_history")
    parser.add_argument("db", type=Path)
    parser.add_argument("--refreshes", type=int, default=5)
    args = parser.parse_args(argv)
    emit(run(args.db, args.refreshes))


if __name__ == "__main__":
    main(sys.argv[1:])
