"""A whole session with the keyboard alone, on the real window with the real dialogs: launch, safety
check, before-rating, the steps, a pause, the after-session summary. No mouse, no method calls: every
key goes to whatever has the keyboard focus, as a keyboard's would. The keys are counted (README).

Plus the keyboard rules of desktop.ui.keyboard one by one: Enter presses the focused button, Space is
start/pause except in lists and text fields, Esc closes the zone panel from anywhere, the diagram is one
tab stop and Tab never gets stuck.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.safety import SAFETY_QUESTIONS
from desktop.model.session_events import SessionState
from desktop.qt.settings_store import SettingsStore

Key = Qt.Key
KEY_ONLY_SESSION_KEYS = 21  # quick break, right foot, with one pause and resume (README "Using it")


class Keyboard:
    """Types into the focused widget; `run(script)` plays a script that yields keys (or None: "look
    again in a moment"), each press scheduled from the event loop so it reaches modal dialogs too."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.typed: list[str] = []
        self.done = False
        self.error: BaseException | None = None

    def press(self, key: Key, text: str = "") -> None:
        target = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
        assert target is not None, "no widget has the keyboard focus"
        self.count += 1
        self.typed.append(f"{key.name}→{type(target).__name__}")
        QTest.keyClick(target, key)

    def run(self, script: Iterator[Key | None], timeout_ms: int = 60000) -> None:
        looks = 0

        def step() -> None:
            nonlocal looks
            if self.done:
                return
            looks += 1
            try:
                if looks > 1000:
                    focus = QApplication.focusWidget()
                    raise AssertionError(
                        f"stuck after {self.typed}; focus {focus}, modal {QApplication.activeModalWidget()}"
                    )
                key = next(script)
            except StopIteration:
                self.done = True
                return
            except BaseException as error:
                self.error, self.done = error, True
                while (dialog := QApplication.activeModalWidget()) is not None:
                    dialog.close()  # let the test end and report, instead of waiting on a dialog
                return
            QTimer.singleShot(20, step)  # before the press: a modal dialog it opens still gets the next key
            if key is not None:
                self.press(key)

        QTimer.singleShot(0, step)
        self.qtbot.waitUntil(lambda: self.done, timeout=timeout_ms)
        if self.error is not None:
            raise self.error


def _until(condition: Callable[[], bool]) -> Iterator[None]:
    while not condition():
        yield None


def _modal(name: str) -> Callable[[], bool]:
    """A dialog of this class is up and has the keyboard focus (what a person waits for, looking)."""

    def up() -> bool:
        dialog, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        return type(dialog).__name__ == name and focus is not None and focus.window() is dialog

    return up


def _back_in(window: QWidget) -> bool:
    """Back in the main window after a dialog. The offscreen platform has no window manager to give
    the activation back to the dialog's parent, as a desktop's does: stand in for it."""
    if QApplication.activeModalWidget() is None and QApplication.activeWindow() is None:
        window.activateWindow()
    focus = QApplication.focusWidget()
    return QApplication.activeModalWidget() is None and focus is not None and focus.window() is window


@pytest.fixture
def built(qtbot, tmp_path: Path):
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    app = App(args, history_path=tmp_path / "history.sqlite3", store=store)  # the real dialogs
    qtbot.addWidget(app.window)
    app.window.show()
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    yield app
    if app.controller.in_progress:
        app.controller.stop()
    app.close()


def test_a_whole_session_by_keyboard_alone(qtbot, built: App) -> None:
    window, timer = built.window, built.window.timer_panel
    keys = Keyboard(qtbot)
    assert QApplication.focusWidget() is timer.start_pause_button  # the focus is visible at launch
    steps = sum(1 for item in built.controller.plan if item.step is not None)

    def script() -> Iterator[Key | None]:
        yield Key.Key_Return  # Enter presses the focused Start
        yield from _until(_modal("SafetyGate"))
        yield Key.Key_Tab  # into the questions
        for _ in SAFETY_QUESTIONS:
            yield Key.Key_Space  # "No"
            yield Key.Key_Tab  # the next question (after the last: Continue)
        yield Key.Key_Return  # Continue
        yield from _until(_modal("BeforeRatingDialog"))
        yield Key.Key_5  # tension before: 5 (the optional pain row is left alone)
        yield from _until(lambda: built.controller.state is SessionState.RUNNING)
        yield from _until(lambda: _back_in(window))
        yield Key.Key_Space  # pause: Space, with the focus on a button
        assert built.controller.state is SessionState.PAUSED
        yield Key.Key_Space  # resume
        assert built.controller.state is SessionState.RUNNING
        while QApplication.activeModalWidget() is None:
            yield Key.Key_Right  # next step; after the last, the session is done
            yield from _until(lambda: QApplication.activeModalWidget() or built.controller.in_progress)
        yield from _until(_modal("SummaryDialog"))
        yield Key.Key_3  # tension after: 3
        yield Key.Key_Return  # Save

    keys.run(script())
    sessions = built.history.sessions()
    assert len(sessions) == 1, keys.typed
    record = sessions[0]
    assert record.outcome.value == "finished"
    assert (record.tension_before, record.tension_after) == (5, 3)
    assert record.steps_completed == record.steps_total == steps
    expected = 1 + 1 + 2 * len(SAFETY_QUESTIONS) + 1 + 1 + 2 + steps + 2
    assert keys.count == expected, keys.typed
    assert keys.count == KEY_ONLY_SESSION_KEYS, f"update the README and KEY_ONLY_SESSION_KEYS: {keys.count}"


def test_tab_reaches_the_session_controls_first_and_the_diagram_once(qtbot, built: App) -> None:
    ui, timer = built.window.ui, built.window.timer_panel
    seen: list[QWidget] = [QApplication.focusWidget()]
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is seen[0]:
            break
        seen.append(widget)
    assert QApplication.focusWidget() is seen[0], "Tab came back round to Start: no keyboard trap"
    controls = (timer.previous_button, timer.next_button, timer.restart_button, timer.add_time_button)
    enabled_controls = [b for b in (*controls, timer.stop_button, timer.hurts_button) if b.isEnabled()]
    assert seen[: 1 + len(enabled_controls)] == [timer.start_pause_button, *enabled_controls]
    assert seen.count(ui.diagram) == 1  # one stop for eleven zones
    # the step list, or the "Before you start" card shown in its place until it is read
    in_its_place = ui.preparation_card.done_button if ui.preparation_card.isVisible() else ui.step_list.view()
    assert ui.routine_box in seen and in_its_place in seen


def test_esc_closes_the_zone_panel_from_anywhere(qtbot, built: App) -> None:
    ui = built.window.ui
    ui.diagram.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(ui.diagram.hasFocus)
    QTest.keyClick(ui.diagram, Key.Key_Return)  # open the focused zone's panel
    assert ui.zone_panel.isVisible()
    built.window.timer_panel.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(built.window.timer_panel.next_button.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    assert not ui.zone_panel.isVisible()
    assert ui.diagram.hasFocus()  # back where the panel came from


def test_space_belongs_to_lists_and_text_fields(qtbot, built: App) -> None:
    view = built.window.ui.step_list.view()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Key.Key_Space)
    assert built.controller.state is SessionState.IDLE  # the list kept its Space: no safety check opened
