"""Python's cyclic collector is off while the window is built and back on, with start-up's objects frozen
out of later collections, right after the first paint (desktop.collector; issue 19: ~5.5 ms of start-up
was spent collecting objects that all live as long as the app)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app_child import child_env

SCRIPT = """
import gc, sys
from PySide6.QtCore import QTimer
from desktop import app as app_module
from desktop.cli import main

class Watched(app_module.App):
    def __init__(self, *args, **kwargs):
        print(f"building: collecting={gc.isenabled()}")
        super().__init__(*args, **kwargs)

    def load_user_routines(self):  # run_app calls it right after the first paint
        super().load_user_routines()
        print(f"after paint: collecting={gc.isenabled()} frozen={gc.get_freeze_count()}")
        QTimer.singleShot(0, self.quit)

app_module.App = Watched
sys.exit(main(sys.argv[1:]))
"""


def test_the_collector_waits_for_the_first_paint_then_leaves_start_up_objects_alone(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**child_env(tmp_path), "XDG_RUNTIME_DIR": str(runtime)}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--size", "900x700"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert "building: collecting=False" in lines
    (after,) = [line for line in lines if line.startswith("after paint:")]
    assert "collecting=True" in after
    frozen = int(after.rsplit("=", 1)[1])
    assert frozen > 10_000  # the window's objects, classes and the model: never walked again
