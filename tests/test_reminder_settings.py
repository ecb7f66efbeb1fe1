"""File → Reminders… in the running app: off by default (nothing runs), turned on through the dialog it
arms the timer, writes the autostart entry and says what this desktop lacks; "Start" on a reminder
starts a session through the safety gate; turned off, everything goes away again."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from fake_notifications import FakeNotifications
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from scripted_dialogs import ScriptedDialogs

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.session_events import SessionState
from desktop.model.session_outcome import AfterSession
from desktop.qt.reminder_store import load_plan
from desktop.ui.reminder_dialog import ReminderDialog
from desktop.ui.reminders import NO_TRAY


@pytest.fixture
def built(qtbot, tmp_path: Path):
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    app = App(args, history_path=tmp_path / "h.sqlite3", dialogs=ScriptedDialogs(after=AfterSession(None)))
    qtbot.addWidget(app.window)
    app.bus = FakeNotifications()  # type: ignore[attr-defined]
    app.features.reminders._factory = lambda: app.bus  # type: ignore[attr-defined]
    app.features.reminders._config_dir = tmp_path / "config"
    yield app
    if app.controller.in_progress:
        app.controller.stop()
    app.close()


def answer_dialog(qtbot, fill) -> list[ReminderDialog]:
    """Fill the dialog as a person would once it is open (it runs modally), then press OK."""
    seen: list[ReminderDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReminderDialog)
        seen.append(dialog)
        fill(dialog)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    return seen


def entry(tmp_path: Path) -> Path:
    return tmp_path / "config" / "autostart" / "io.github.ankleguide.AnkleGuide.desktop"


def test_off_by_default_nothing_runs(built: App, tmp_path: Path) -> None:
    assert not built.features.reminders.plan.enabled
    assert built.features.reminders.driver is None and built.features.reminders.tray is None
    assert not entry(tmp_path).exists()


def test_turning_them_on_arms_writes_autostart_and_start_begins_a_session(
    qtbot, built: App, tmp_path
) -> None:
    def fill(dialog: ReminderDialog) -> None:
        assert dialog.notifications_label.text().startswith("Desktop notifications: ready")
        assert dialog.tray_label.text() == NO_TRAY  # offscreen has no tray, and it says so
        dialog.enabled_box.setChecked(True)
        dialog.times_edit.setText("07:30, 19:00")

    seen = answer_dialog(qtbot, fill)
    built.window.menu_actions.by_id["reminders"].trigger()
    assert seen and built.features.reminders.plan.enabled
    assert load_plan().times == (time(7, 30), time(19, 0))
    assert built.features.reminders.driver.timer.isActive()
    assert "--reminders-only" in entry(tmp_path).read_text()

    built.bus.press("start")  # type: ignore[attr-defined]
    assert built.controller.state is SessionState.RUNNING
    assert built.window.gate.dialogs.asked[0] == "safety"  # through the gate, like any start

    built.controller.stop()
    answer_dialog(qtbot, lambda d: d.enabled_box.setChecked(False))
    built.window.menu_actions.by_id["reminders"].trigger()
    assert not built.features.reminders.plan.enabled
    assert not built.features.reminders.driver.timer.isActive()
    assert not entry(tmp_path).exists()


def test_a_bad_time_is_refused_in_the_dialog(qtbot) -> None:
    from desktop.model.reminders import ReminderPlan

    dialog = ReminderDialog(ReminderPlan(), notifications="No notification service.", tray=NO_TRAY)
    qtbot.addWidget(dialog)
    dialog.enabled_box.setChecked(True)
    dialog.times_edit.setText("7.30")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.times_problem.text() == "⚠ '7.30' is not a time like 18:30."
    assert "neither" in " ".join(w.text() for w in dialog.findChildren(type(dialog.tray_label)))


# Qt's offscreen platform has no tray; faking one makes QSystemTrayIcon look for a signal it lacks.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_with_a_tray_closing_the_window_hides_it_and_reminders_keep_coming(qtbot, built: App) -> None:
    """Reminders on and a tray icon showing: closing the window hides it to the tray (a session in
    progress is saved as stopped), the reminder timer keeps running, and the tray's menu opens it again
    (and offers Quit)."""
    reminders = built.features.reminders
    reminders._tray_available = lambda: True  # offscreen has no tray: pretend this desktop has one
    from dataclasses import replace

    reminders.apply(replace(reminders.plan, enabled=True, times=(time(7, 30),)))
    assert reminders.tray is not None and reminders.keeps_app_running
    built.window.show()
    qtbot.waitExposed(built.window)
    built.window.start_or_toggle()
    assert built.controller.state is SessionState.RUNNING

    built.window.close()
    assert not built.window.isVisible() and built.features.tray_keeper.hidden_to_tray
    assert built.controller.state is not SessionState.RUNNING  # stopped and saved, as closing always did
    assert reminders.driver.timer.isActive()  # the next reminder is still due

    labels = [action.text() for action in reminders.tray.contextMenu().actions()]
    assert "&Open Ankle Guide" in labels and "&Quit" in labels
    opener = next(a for a in reminders.tray.contextMenu().actions() if a.text() == "&Open Ankle Guide")
    opener.trigger()
    assert built.window.isVisible()

    reminders.apply(replace(reminders.plan, enabled=False))  # reminders off: closing quits as before
    assert not reminders.keeps_app_running
