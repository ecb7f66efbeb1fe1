"""The font engines a follow-along session makes Qt load (issue 19: no wake-ups while paused).

Qt keeps every font engine (one per family, pixel size and weight) in a process-wide cache. Once more
than ~20 are loaded (measured here: 20 sizes in a bare process keep it quiet, 21 start it), the cache's
clean-up timer wakes the process every 10 s, paused session or not; the main window alone holds 10.
Follow-along must therefore load only the few sizes it draws: no stand-in sizes from widgets built
before the window knows its screen, no sizes measured on a hidden page's stand-in geometry, and parts
that share a few rungs instead of each drifting to sizes of its own. Measured in a fresh process from
Qt's own log of the engines it loads (tests/follow_fonts_probe.py), so no earlier test hides a size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.follow_along_parts import PX_LADDER, RUNGS, rungs_px, unit_for

TESTS = Path(__file__).resolve().parent
SESSION_PAIRS = 9  # (size, weight) pairs a session may add to the main window's 10: Qt wakes past 20


def _probe(tmp_path: Path, width: int, height: int, routine: str) -> dict:
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)]),
    }
    done = subprocess.run(
        [sys.executable, str(TESTS / "follow_fonts_probe.py"), routine],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "routine"),
    [
        (3840, 2160, "standard"),
        (3840, 2160, "tension-relief"),
        (1920, 1080, "full-session"),
        (1366, 768, "quick-break"),
    ],
)
def test_a_session_loads_only_the_sizes_it_draws(
    tmp_path: Path, width: int, height: int, routine: str
) -> None:
    result = _probe(tmp_path, width, height, routine)
    assert result["size"] == [width, height] and result["summary"]
    unit = result["unit"]
    assert unit == unit_for(width, height)
    rungs = set(rungs_px(unit, RUNGS[0], RUNGS[-1]))
    countdown = {px for px in PX_LADDER if unit * 8 <= px <= unit * 26}
    sizes = rungs | countdown
    pairs = {tuple(pair) for pair in result["pairs"]}
    session = {tuple(pair) for pair in result["session"]}
    # Nothing but the app's default sizes (12-14 px: the window's own font before any style sheet, the
    # summary's rating widget) and the rungs: no stand-in sizes (a 1366×768 guess at construction
    # loaded 16, 21 and 23 px at 4K), nothing measured on a hidden page's 640×480 stand-in geometry.
    assert all(px in sizes or px <= 14 for px, _weight in pairs), sorted(pairs)
    drawn = {pair for pair in session if pair[0] in sizes}
    # The running session with its preparation notes and paused controls adds at most SESSION_PAIRS to
    # the main window's 10; the summary's headline and its rating buttons (their own 600 weight,
    # desktop/ui/rating.py) up to two more, after the session.
    assert len(drawn) <= SESSION_PAIRS, sorted(drawn)
    assert len({pair for pair in pairs if pair[0] in sizes}) <= SESSION_PAIRS + 2, sorted(pairs)
    assert len({px for px, _weight in pairs if px in countdown and px not in rungs}) <= 2
