"""Qt objects outlive, or die with, their Python wrappers exactly as Qt expects (CI segfaults).

Two PySide6 6.11 traps made the garbage collector delete Qt objects that Qt still used, and the crash
came later, in whatever widget was built next:
- `QWidget.screen()` made the widget the Python parent of the QScreen wrapper (desktop/qt/screens.py);
- adding an already-filled layout to another layout gives every item in it a Python wrapper parented
  to the outer layout, and the collector can free those items under their layout. Layouts here are
  built top-down instead: attached to their widget or parent layout first, filled after.

Each check runs in a child process, so a crash fails one test instead of ending the whole run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def _run(code: str, tmp_path: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, f"exit {out.returncode}\n{out.stdout}\n{out.stderr[-3000:]}"
    return [line for line in out.stdout.splitlines() if line.strip()]


def test_no_layout_item_of_any_window_has_a_python_wrapper(tmp_path: Path) -> None:
    lines = _run(
        f"""
        import gc
        from pathlib import Path
        import shiboken6
        from PySide6.QtWidgets import QLayout, QLayoutItem
        from desktop.app import App
        from desktop.startup import make_app
        from desktop.cli import build_parser
        from desktop.model.zones import load_catalogue
        from desktop.model.session_outcome import SessionSummary
        from desktop.ui.dialogs import RatingDialog, SummaryDialog
        from desktop.ui.pain_advice import PainAdviceDialog
        from desktop.ui.safety_gate import SafetyGate

        qapp = make_app(["x"])
        built = App(build_parser().parse_args([]), history_path=Path({str(tmp_path)!r}) / "history.sqlite3")
        built.window.show()
        built.window.show_zone("medial_malleolus")  # the zone panel is built on first use
        built.open_follow_along()
        built.open_history_window()
        zones = ("achilles_insertion", "medial_malleolus")
        catalogue = load_catalogue()
        kept = [
            SafetyGate(),
            PainAdviceDialog(),
            RatingDialog("Before", "How tense is the ankle?"),
            SummaryDialog(SessionSummary("Quick", True, False, 60, 3, 3, 1, zones), catalogue=catalogue),
        ]
        for widget in kept:
            widget.show()
        qapp.processEvents()
        for obj in gc.get_objects():
            if isinstance(obj, QLayoutItem) and not isinstance(obj, QLayout):
                if shiboken6.createdByPython(obj) and not shiboken6.ownedByPython(obj):
                    continue  # made in Python and handed to its layout (pyqtgraph's menus): Qt's now
                widget, owners = obj.widget(), []
                while widget is not None:
                    owners.append(type(widget).__name__)
                    widget = widget.parentWidget()
                print("wrapped item:", type(obj).__name__, " < ".join(owners))
        print("checked")
        """,
        tmp_path,
    )
    assert lines == ["checked"], "\n".join(lines)


def test_nested_layouts_are_made_by_desktop_ui_layouts() -> None:
    """The top-down order, kept by construction: only desktop/ui/layouts.py calls addLayout."""
    ui = Path(__file__).resolve().parent.parent / "desktop" / "ui"
    callers = [p.name for p in sorted(ui.glob("*.py")) if ".addLayout(" in p.read_text(encoding="utf-8")]
    assert callers == ["layouts.py"]


def test_closing_follow_along_and_dropping_the_app_leaves_qts_screens_alone(tmp_path: Path) -> None:
    """Follow-along once asked QWidget.screen(); collecting the window then deleted Qt's screen."""
    lines = _run(
        f"""
        import gc
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QLabel
        from desktop.app import App
        from desktop.startup import make_app
        from desktop.cli import build_parser
        qapp = make_app(["x"])
        history = Path({str(tmp_path)!r}) / "history.sqlite3"
        for attempt in range(3):
            built = App(build_parser().parse_args(["--side", "right"]), history_path=history)
            built.window.show()
            built.open_follow_along()
            built.follow_along.close()
            built.close()
            built.window.deleteLater()  # as a test's teardown (or quitting) does
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            del built
            gc.collect()
            gc.collect()
            print(attempt, len(QGuiApplication.screens()), QLabel("fine").text(), flush=True)
        """,
        tmp_path,
    )
    assert lines == ["0 1 fine", "1 1 fine", "2 1 fine"]
