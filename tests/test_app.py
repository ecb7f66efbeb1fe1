"""The assembled app: start-up imports, follow-along in and out, history window, --screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.session_events import SessionState


@pytest.fixture
def app(qtbot, tmp_path: Path):
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    built = App(args, history_path=tmp_path / "history.sqlite3")
    qtbot.addWidget(built.window)
    built.window.show()
    built.window.activateWindow()
    qtbot.waitUntil(built.window.isActiveWindow)
    yield built
    if built.follow_along is not None:
        built.follow_along.close()
    if built.history_window is not None:
        built.history_window.close()
    built.close()


def test_startup_does_not_import_pyqtgraph_or_numpy(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from desktop.app import App, _make_app
        from desktop.cli import build_parser
        qapp = _make_app(["x"])
        built = App(build_parser().parse_args([]))
        built.window.show()
        for _ in range(5):
            qapp.processEvents()
        built.start_cues()
        qapp.processEvents()
        print(sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_cli_options_choose_routine_and_side(app: App) -> None:
    assert app.controller.routine.id == "quick-break"
    assert app.controller.side_plan.value == "right"
    assert app.window.routine_box.currentData() == "quick-break"


def test_follow_along_enters_fullscreen_and_leaves_back_to_the_window(qtbot, app: App) -> None:
    geometry = app.window.geometry()
    QTest.keyClick(app.window, Qt.Key.Key_F)
    follow = app.follow_along
    assert follow is not None
    qtbot.waitUntil(follow.isVisible)
    assert follow.windowState() & Qt.WindowState.WindowFullScreen
    assert not app.window.isVisible()
    QTest.keyClick(follow, Qt.Key.Key_Escape)
    qtbot.waitUntil(app.window.isVisible)
    assert not follow.isVisible()
    assert app.window.geometry().size() == geometry.size()


def test_session_started_in_follow_along_passes_the_safety_gate(qtbot, app: App) -> None:
    asked = []
    app.window._ask_safety = lambda: asked.append(1) or False
    QTest.keyClick(app.window, Qt.Key.Key_F)
    follow = app.follow_along
    qtbot.waitUntil(follow.isVisible)
    QTest.keyClick(follow, Qt.Key.Key_Space)
    assert asked == [1]
    assert app.controller.state is SessionState.IDLE


def test_history_window_opens_with_ctrl_h(qtbot, app: App) -> None:
    QTest.keyClick(app.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert app.history_window is not None
    qtbot.waitUntil(app.history_window.isVisible)


@pytest.mark.parametrize("extra", [[], ["--follow-along"]])
def test_screenshot_writes_a_png_of_the_requested_size(tmp_path: Path, extra: list[str]) -> None:
    out = tmp_path / "shot.png"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--screenshot",
            str(out),
            "--size",
            "1366x768",
            "--routine",
            "tension-relief",
            "--step",
            "3",
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
