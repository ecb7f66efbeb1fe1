"""What a screen reader finds: the AT-SPI tree of the main window and of follow-along names every
visible control. The real app runs on a private X server and session D-Bus with Qt's Linux
accessibility on; Debian's python3 with pyatspi (tests/atspi_dump.py) reads the tree off the bus.

Needs the Debian packages at-spi2-core, python3-pyatspi and dbus (dbus-run-session), plus Xvfb.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from real_screen import REQUIRED, xvfb_display

DUMP = Path(__file__).with_name("atspi_dump.py")
DEBIAN_PYTHON = "/usr/bin/python3"
# Roles a person operates; each needs a name. Anything that takes keyboard focus needs one too.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "list", "list item",
    "menu item", "page tab", "slider", "spin button", "text", "entry", "password text", "progress bar",
    "table", "tree", "tree table", "scroll bar", "menu",
}  # fmt: skip


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = subprocess.run([DEBIAN_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def _tree(tmp_path: Path, display: str, *app_args: str) -> list[dict]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    app = [sys.executable, "-m", "desktop", "--size", "1280x800", *app_args]
    # One session bus for both: the app registers on the accessibility bus it finds there.
    inner = (
        f"{' '.join(app)} >{tmp_path}/app.log 2>&1 & pid=$!; "
        f"{DEBIAN_PYTHON} {DUMP} ankle-guide 30 >{tmp_path}/tree.json; rc=$?; kill $pid; wait $pid; exit $rc"
    )
    for _attempt in range(2):  # a just-started Xvfb sometimes refuses the first client
        command = ["dbus-run-session", "--", "bash", "-c", inner]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        log = (tmp_path / "app.log").read_text(errors="replace")
        if "no Qt platform plugin could be initialized" not in log:
            break
        time.sleep(1)
    assert done.returncode == 0, f"{done.stderr[-2000:]}\n{log[-2000:]}"
    return json.loads((tmp_path / "tree.json").read_text())


def _unnamed(tree: list[dict]) -> list[str]:
    controls = [n for n in tree if n["showing"] and (n["role"] in CONTROL_ROLES or n["focusable"])]
    return [f"{n['role']} at {n['path']}" for n in controls if not n["name"].strip()]


@pytest.mark.parametrize("window", ["main", "follow-along"])
def test_every_visible_control_has_a_name_for_screen_readers(tmp_path: Path, window: str) -> None:
    missing = _missing()
    if missing:
        if REQUIRED:
            pytest.fail(f"missing for the AT-SPI test: {', '.join(missing)}")
        pytest.skip(f"missing: {', '.join(missing)}")
    with xvfb_display() as display:
        tree = _tree(tmp_path, display, *(["--follow-along"] if window == "follow-along" else []))
    showing = [n for n in tree if n["showing"]]
    controls = [n for n in showing if n["role"] in CONTROL_ROLES]
    # the check below must have something (a first run shows the "Before you start" notes, with fewer)
    assert len(controls) >= 6, f"the tree looks empty: {showing}"
    assert not _unnamed(tree), "controls without an accessible name:\n" + "\n".join(_unnamed(tree))
    names = {n["name"] for n in showing}
    undescribed = [n for n in controls if n["role"] in ("push button", "check box", "combo box")]
    undescribed = [f"{n['role']} {n['name']!r}" for n in undescribed if not n["description"].strip()]
    assert not undescribed, "buttons and boxes without a description:\n" + "\n".join(undescribed)
    preparing = any(n["name"].startswith("Before you start") for n in showing)  # in the steps' place
    if window == "main":
        assert {"Start", "Stop — this hurts", "Next step"} <= names
        assert "Steps" in names or preparing
        assert any(n["name"].startswith("Ankle diagram") for n in showing)
    else:
        assert {"Stop — this hurts", "Leave full screen"} <= names
        assert "Pause or resume" in names or preparing


def test_announcements_reach_the_accessibility_bus_as_polite_events(tmp_path: Path) -> None:
    """desktop.ui.announcer's QAccessibleAnnouncementEvent arrives as AT-SPI's object:announcement, the
    session's changes and the status bar's notices alike."""
    missing = _missing()
    if missing:
        if REQUIRED:
            pytest.fail(f"missing for the AT-SPI test: {', '.join(missing)}")
        pytest.skip(f"missing: {', '.join(missing)}")
    app = Path(__file__).with_name("atspi_announce_app.py")
    listen = Path(__file__).with_name("atspi_listen.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    inner = (
        f"{DEBIAN_PYTHON} {listen} 8 >{tmp_path}/events.jsonl & listener=$!; sleep 1; "
        f"{sys.executable} {app} >{tmp_path}/app.log 2>&1; wait $listener"
    )
    with xvfb_display() as display:
        env["DISPLAY"] = display
        done = subprocess.run(["dbus-run-session", "--", "bash", "-c", inner], env=env, capture_output=True,
                              text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    events = [json.loads(line) for line in lines if line.strip()]
    assert events == [
        {"text": "Step 2 of 6: Circles", "politeness": 1},
        {"text": "3", "politeness": 1},
        {"text": "No routine called 'x'; showing another one.", "politeness": 1},  # a status bar notice
    ], (tmp_path / "app.log").read_text()
