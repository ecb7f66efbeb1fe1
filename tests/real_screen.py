"""A private X server for tests that must look at the screen, not at what a widget can draw.

`widget.grab()` repaints the whole widget, so a partial-repaint bug (an item that changed without
invalidating the area it used to cover) never shows in it; the X server's screen keeps the stale pixels
a person sees. `xvfb_display()` starts Xvfb (optionally with a window manager) and `run_scenarios()` runs
tests/screen_scenarios.py in it, with the real app on the xcb platform, and returns its results.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

NEEDED = ("Xvfb",)
SCENARIOS = Path(__file__).with_name("screen_scenarios.py")
# `make test` sets this: there a missing tool fails the test instead of skipping it.
REQUIRED = os.environ.get("ANKLE_GUIDE_REAL_X_TEST") == "1"


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


@contextlib.contextmanager
def xvfb_display(size: str = "1600x1000", *, window_manager: bool = False) -> Iterator[str]:
    """A fresh X display (":N") for the duration of the block."""
    number = 400 + os.getpid() % 200
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manager = None
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        if window_manager and shutil.which("openbox"):
            manager = subprocess.Popen(
                ["openbox"],
                env={**os.environ, "DISPLAY": display},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(0.5)
        yield display
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(10)


def run_scenarios(out: Path, display: str, *names: str, timeout: float = 240) -> dict[str, dict]:
    """Run the screen scenarios (all, or those named) in `display`; their results by scenario."""
    home = out / "home"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    log = out / "scenarios.log"
    with log.open("wb") as stream:
        done = subprocess.run(
            [sys.executable, str(SCENARIOS), str(out), *names],
            env=env,
            stdout=stream,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
    if done.returncode != 0:
        raise AssertionError(f"screen scenarios exited {done.returncode}:\n{log.read_text(errors='replace')}")
    return json.loads((out / "results.json").read_text(encoding="utf-8"))
