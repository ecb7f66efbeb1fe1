"""The assembled app: start-up imports, follow-along in and out, history window, --screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from scripted_dialogs import ScriptedDialogs

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.session_events import SessionState
from desktop.qt.sound import SoundCues


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


# Loaded only when used: none of them is needed to show the window, and each slows every start.
NOT_AT_STARTUP = (
    "pyqtgraph",
    "numpy",
    "PySide6.QtMultimedia",  # sound: at the first session start
    "importlib.metadata",  # the version: --version and the About box
    "difflib",  # typo suggestions in routine files
    "svgelements",  # only for diagrams that are not plain (the packaged ones are)
    "tomllib",  # the packaged TOML files come from assets/toml-snapshot.json; a person's own after paint
    "desktop.model.svg_guard",  # the packaged views come from their geometry snapshots
    "desktop.model.svg_scan",  # the guard's per-element checks, imported only with it
    "xml.etree.ElementTree",
    "sqlite3",  # the history file opens right after the first paint (desktop.app.App.history)
    "desktop.model.history",
    "desktop.ui.dialogs",
    "desktop.ui.safety_gate",
    "desktop.ui.follow_along",
    "desktop.ui.history_window",
    "desktop.qt.speech",
    "desktop.qt.screensaver",
    # the session's events and its end: made only once a session runs or ends (issue 19)
    "desktop.model.session_events",
    "desktop.model.session_outcome",  # the summary and after-session answers
    "desktop.model.safety",  # the day's safety check, asked when a session starts
    "desktop.model.programme",  # a physiotherapist's plan: only routines with a [programme] table
)


def test_startup_imports_only_what_the_window_needs(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from desktop.app import App
        from desktop.startup import make_app
        from desktop.cli import build_parser
        qapp = make_app(["x"])
        built = App(build_parser().parse_args([]), defer_history=True)  # as run_app builds it
        built.window.show()
        for _ in range(5):
            qapp.processEvents()
        built.start_cues()
        qapp.processEvents()
        import linecache
        print(len(linecache.cache))  # sources PySide's import hook left in memory
        print(sorted(m for m in {NOT_AT_STARTUP!r} if m in sys.modules))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    cached_sources, not_wanted = out.stdout.strip().splitlines()[-2:]
    assert not_wanted == "[]"
    assert int(cached_sources) < 10  # not one per imported module (~100, 4 MB)


def test_version_prints_the_installed_version() -> None:
    from importlib.metadata import version

    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"ankle-guide {version('ankle-guide')}"


class FakeEffect(QObject):
    """Stands in for QSoundEffect: counts plays (QtMultimedia is not loaded)."""

    statusChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.plays = 0

    def setSource(self, url: QUrl) -> None:
        self.name = Path(url.toLocalFile()).stem

    def setVolume(self, volume: float) -> None:
        pass

    def status(self) -> object:
        return type("Status", (), {"name": "Ready"})()

    def play(self) -> None:
        self.plays += 1

    def stop(self) -> None:
        pass


@pytest.fixture
def sounding(qtbot, tmp_path: Path):
    """An app whose sound cues use FakeEffects; returns (app, effects by cue name)."""
    effects: dict[str, FakeEffect] = {}

    def effect(parent: QObject) -> FakeEffect:
        made = FakeEffect(parent)
        effects[f"#{len(effects)}"] = made
        return made

    def sound_factory(parent: QObject) -> SoundCues:
        return SoundCues(parent, effect_factory=effect)

    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    built = App(args, history_path=tmp_path / "history.sqlite3", sound_factory=sound_factory)
    qtbot.addWidget(built.window)
    built.window.gate.dialogs = ScriptedDialogs()
    yield built, lambda: {e.name: e for e in effects.values()}
    built.close()


def test_sound_is_set_up_at_the_first_start_and_plays_its_first_cue(sounding) -> None:
    built, effects = sounding
    assert built.controller.sound is None  # nothing of QtMultimedia at launch
    built.window.start_or_toggle()
    assert built.controller.state is SessionState.RUNNING
    assert built.controller.sound is not None
    assert effects()["step"].plays == 1  # the first step's cue was not lost to the late set-up
    built.controller.next()
    assert effects()["step"].plays == 2


def test_sound_set_up_late_still_obeys_the_mute_setting(sounding) -> None:
    built, effects = sounding
    built.window.set_sound(False)  # Routine → Sound cues, unticked before any session
    built.window.start_or_toggle()
    assert built.controller.sound is not None and built.controller.sound.muted
    assert effects()["step"].plays == 0
    built.window.set_sound(True)
    built.controller.next()
    assert effects()["step"].plays == 1


def test_cli_options_choose_routine_and_side(app: App) -> None:
    assert app.controller.routine.id == "quick-break"
    assert app.controller.side_plan.value == "right"
    assert app.window.ui.routine_box.currentData() == "quick-break"


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
    dialogs = app.window.gate.dialogs = ScriptedDialogs(safe=False)
    QTest.keyClick(app.window, Qt.Key.Key_F)
    follow = app.follow_along
    qtbot.waitUntil(follow.isVisible)
    QTest.keyClick(follow, Qt.Key.Key_Space)
    assert dialogs.asked == ["safety"]
    assert app.controller.state is SessionState.IDLE


def test_history_window_opens_with_ctrl_h(qtbot, app: App) -> None:
    QTest.keyClick(app.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert app.history_window is not None
    qtbot.waitUntil(app.history_window.isVisible)


def test_ctrl_q_quits_from_follow_along_and_stops_the_session(qtbot, app: App) -> None:
    """The main window is hidden during follow-along, so its own shortcuts cannot fire there."""
    app.window.gate.dialogs = ScriptedDialogs()
    QTest.keyClick(app.window, Qt.Key.Key_F)
    follow = app.follow_along
    qtbot.waitUntil(follow.isVisible)
    QTest.keyClick(follow, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: app.controller.state is SessionState.RUNNING)
    QTest.keyClick(follow, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not follow.isVisible() and not app.window.isVisible()
    assert not app.controller.in_progress  # stopped, and so recorded as stopped


def test_ctrl_q_quits_from_the_history_window(qtbot, app: App) -> None:
    QTest.keyClick(app.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = app.history_window
    qtbot.waitUntil(history.isVisible)
    history.activateWindow()
    qtbot.waitUntil(history.isActiveWindow)
    QTest.keyClick(history, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not history.isVisible() and not app.window.isVisible()


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


def test_window_reopens_at_its_last_size_unless_a_size_is_asked_for(qtbot, tmp_path: Path) -> None:
    def opened(*extra: str) -> App:
        built = App(build_parser().parse_args(list(extra)), history_path=tmp_path / "history.sqlite3")
        qtbot.addWidget(built.window)
        return built

    # sizes within the offscreen screen: restoring a geometry keeps the window on its screen
    first = opened("--size", "700x520")
    assert first.window.size().toTuple() == (700, 520)
    first.close()  # remembers 700x520
    again = opened()
    assert again.window.size().toTuple() == (700, 520)
    again.close()
    asked = opened("--size", "760x560")
    assert asked.window.size().toTuple() == (760, 560)
    asked.close()


def test_an_unknown_zone_on_the_command_line_is_named_not_ignored(qtbot, tmp_path: Path, capsys) -> None:
    args = build_parser().parse_args(["--zone", "elbow", "--size", "700x520"])
    built = App(args, history_path=tmp_path / "history.sqlite3")
    qtbot.addWidget(built.window)
    err = capsys.readouterr().err
    assert "No zone called 'elbow'" in err and "achilles_insertion" in err
    assert "elbow" in built.window.statusBar().currentMessage()
    built.close()


@pytest.mark.parametrize("reason", ["No speech engine is installed (install speech-dispatcher)", ""])
def test_spoken_guidance_is_greyed_out_before_it_is_ticked_when_nothing_can_speak(
    app: App, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    import desktop.qt.speech as speech

    monkeypatch.setattr(speech, "speech_unavailable_reason", lambda engine="speechd": reason)
    routine_menu = next(a.menu() for a in app.window.menuBar().actions() if a.text() == "&Routine")
    routine_menu.aboutToShow.emit()  # what opening the menu sends
    action = app.window.menu_actions.speech
    assert action.isEnabled() == (reason == "")
    assert (reason in action.text()) if reason else action.text() == "Spoken &guidance"


def test_a_damaged_history_is_announced_in_a_box_not_only_the_status_bar(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    damaged = tmp_path / "history.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    built = App(build_parser().parse_args(["--size", "700x520"]), history_path=damaged)
    qtbot.addWidget(built.window)
    built.window.show()
    built.show_startup_warnings()
    box = built.window.findChild(QMessageBox, "startupWarning")
    assert box is not None and box.isVisible()
    assert "damaged" in box.text() and ".corrupt-" in box.text()
    assert list(tmp_path.glob("history.sqlite3.corrupt-*"))  # the old file is kept, not lost
    box.accept()
    built.close()
