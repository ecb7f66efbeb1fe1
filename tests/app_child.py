"""The real app started in a child process as `ankle-guide` starts it (desktop.startup.run_app), with an App
subclass the test writes, to see what happens around the first paint without a test's QApplication.

`run_app_child(watched, tmp_path, *args)` runs `watched` (the source of a class `Watched(app_module.App)`,
or `Watched(CountsPaints)` to have `Paints.count` count the diagram's paint events; a `Paints()` filter
counts those of whatever it is installed on) in a home folder of its own under `tmp_path` and returns the
finished process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

_PRELUDE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop import app as app_module
from desktop import startup as startup_module
from desktop.cli import build_parser

class Paints(QObject):
    count = 0
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            Paints.count += 1
        return False

class CountsPaints(app_module.App):  # the app, counting its diagram's paints in Paints.count once built
    def __init__(self, args, **kwargs):
        super().__init__(args, **kwargs)
        self._paints = Paints()
        self.window.diagram.viewport().installEventFilter(self._paints)
"""

_RUN = """
app_module.App = Watched
sys.exit(startup_module.run_app(build_parser().parse_args(sys.argv[1:])))
"""


def child_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a first start in `tmp_path`: data in tmp_path/data, settings in tmp_path/config,
    the cache (the artwork drawn last time) in tmp_path/cache."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }


def run_app_child(watched: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = _PRELUDE + textwrap.dedent(watched) + _RUN
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
