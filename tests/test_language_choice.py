"""View → Appearance → Language: the choice is saved, a restart is offered, "System default" names the
language it resolves to (desktop.model.i18n.choose_language), and "Restart now" quits and opens again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import QSettings, Qt

from desktop import relaunch
from desktop.app import App
from desktop.cli import build_parser
from desktop.model.i18n import choose_language
from desktop.model.settings import AppSettings
from desktop.qt.settings_store import SettingsStore
from desktop.ui.appearance_dialog import AppearanceDialog


def _choose(qtbot, dialog: AppearanceDialog, label: str) -> None:
    """Pick `label` in the language box with the keyboard, as a person would (a closed combo box)."""
    box = dialog.language_box
    box.setFocus()
    target = box.findText(label)
    assert target >= 0, f"no {label!r} in {[box.itemText(i) for i in range(box.count())]}"
    key = Qt.Key.Key_Down if target > box.currentIndex() else Qt.Key.Key_Up
    while box.currentIndex() != target:
        qtbot.keyClick(box, key)


@pytest.fixture
def dialog(qtbot) -> AppearanceDialog:
    made = AppearanceDialog(AppSettings(), system_language="en", running_language="en")
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_languages_are_named_in_their_own_language(dialog: AppearanceDialog) -> None:
    box = dialog.language_box
    assert [box.itemText(i) for i in range(box.count())] == ["System default (English)", "English", "Deutsch"]
    assert box.currentData() == "system"  # the default setting


def test_choosing_deutsch_reports_it_and_offers_a_restart(qtbot, dialog: AppearanceDialog) -> None:
    assert not dialog.restart_row.isVisible()  # nothing to restart for yet
    chosen: list[AppSettings] = []
    dialog.chosen.connect(chosen.append)
    _choose(qtbot, dialog, "Deutsch")  # passes "English" on the way: each step is reported
    assert [s.language for s in chosen] == ["en", "de"]
    assert dialog.restart_row.isVisible()
    assert dialog.restart_note.text() == "Ankle Guide shows Deutsch after a restart."
    assert dialog.restart_button.isVisible() and dialog.restart_button.isEnabled()
    with qtbot.waitSignal(dialog.restart_requested):
        qtbot.mouseClick(dialog.restart_button, Qt.MouseButton.LeftButton)
    _choose(qtbot, dialog, "English")  # back to the language on screen: no restart needed
    assert not dialog.restart_row.isVisible()


def test_system_default_resolves_through_choose_language(qtbot) -> None:
    german_desktop = choose_language("system", "de_AT.UTF-8")
    assert german_desktop == "de"
    made = AppearanceDialog(AppSettings(), system_language=german_desktop, running_language="en")
    qtbot.addWidget(made)
    made.show()
    assert made.language_box.currentText() == "System default (Deutsch)"
    assert made.chosen_language() == "de"
    assert made.restart_row.isVisible()  # the desktop is German, the app still shows English


@pytest.fixture
def app(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("desktop.qt.translations.system_locale_name", lambda: "fr_FR.UTF-8")
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    built = App(build_parser().parse_args([]), history_path=tmp_path / "history.sqlite3", store=store)
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.close()


def _open_appearance(app: App) -> None:
    app.window.menu_actions.by_id["appearance"].trigger()  # View → Appearance… (exec: modal)


def test_the_choice_is_saved_and_restart_now_quits_and_opens_again(
    qtbot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    answers = ModalAnswers()
    seen: dict[str, object] = {}

    def choose_and_restart(dialog: AppearanceDialog) -> None:
        seen["system"] = dialog.language_box.itemText(0)
        _choose(qtbot, dialog, "Deutsch")
        seen["offer"] = dialog.restart_row.isVisible()
        qtbot.mouseClick(dialog.restart_button, Qt.MouseButton.LeftButton)

    answers.then(AppearanceDialog, choose_and_restart)
    _open_appearance(app)
    answers.stop()
    assert seen == {"system": "System default (English)", "offer": True}  # French desktop: English
    reread = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).load()
    assert reread.language == "de"
    qtbot.waitUntil(lambda: quits == [True])  # after the dialog's own loop has ended
    assert app.restarting


def test_restart_now_during_a_session_asks_first_and_no_keeps_it(
    qtbot, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    monkeypatch.setattr(app.window.gate, "may_quit", lambda: False)  # "keep going" to the quit question
    answers = ModalAnswers()
    answers.then(
        AppearanceDialog, lambda d: (_choose(qtbot, d, "Deutsch"), d.restart_button.click(), d.close())
    )
    _open_appearance(app)
    answers.stop()
    qtbot.wait(50)
    assert quits == [] and not app.restarting


def test_start_again_runs_this_python_with_the_app_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    started: list[list[str]] = []
    assert relaunch.start_again(spawn=lambda command: started.append(list(command)))
    assert started == [[sys.executable, "-m", "desktop"]]
    assert relaunch.restart_command(frozen=True, executable="/opt/ankle-guide/ankle-guide") == [
        "/opt/ankle-guide/ankle-guide"
    ]


def test_start_again_reports_a_program_that_cannot_start(caplog: pytest.LogCaptureFixture) -> None:
    def refuse(command) -> None:
        raise PermissionError(13, "Permission denied")

    assert not relaunch.start_again(spawn=refuse)
    assert "could not start the app again" in caplog.text


def test_the_language_setting_survives_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).save(AppSettings(language="de"))
    assert SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).load().language == "de"
    assert "language=de" in path.read_text()
