"""PySide6's feature check answered without reading sources (desktop.qt.pyside_features): safe only while
no module of the app turns a PySide feature on, which the first test keeps true."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_module_of_the_app_turns_a_pyside_feature_on() -> None:
    users = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        if re.search(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", path.read_text("utf-8"), re.M)
    ]
    assert users == []


SCRIPT = textwrap.dedent(
    """
    import inspect, linecache, sys
    from desktop.qt.pyside_features import skip_source_scans

    skip_source_scans()
    skip_source_scans()  # twice is the same as once

    def no_reading(*args, **kwargs):
        raise AssertionError("a module's source was read")

    inspect.getsource = no_reading
    from desktop.ui.theme import THEMES  # uses PySide6 (PySide notes the module a `from` imports from)
    from desktop.model.timefmt import format_remaining  # does not
    feature = sys.modules["shibokensupport.feature"]
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel("plain")
    answers = feature.pyside_feature_dict
    print(answers["desktop.ui.theme"], answers["desktop.model.timefmt"])
    print(label.text(), hasattr(label, "set_text"), len(linecache.cache))
    """
)


def test_modules_imported_after_it_are_answered_without_reading_their_source() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["0 0", "plain False 0"]  # normal spelling, nothing kept in memory
