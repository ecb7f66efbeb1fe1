"""The app in German, read the way a person reads it: every window, dialog, menu and diagram view of a
whole session, in English and then in German. A phrase that reads the same in both is a string that
never went through the catalogue (or a catalogue entry left in English), and fails the test with where
it was seen. German is the setting here, as a person would choose it; the desktop's language is tested
in tests/test_translations.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from visible_text import visible_texts

from desktop.app import App
from desktop.cli import build_parser
from desktop.model import i18n
from desktop.model.routine import Technique
from desktop.model.settings import AppSettings
from desktop.model.zones import VIEWS, load_catalogue
from desktop.qt.settings_store import SettingsStore
from desktop.qt.sound import SoundCues
from desktop.qt.translations import remove_translations
from desktop.ui.before_rating import BeforeRatingDialog
from desktop.ui.dialogs import SummaryDialog
from desktop.ui.safety_gate import SafetyGate

SAME_IN_BOTH = {
    "Ankle Guide": "the app's name",
    "OK": "the same word in German",
    "Pause": "the same word in German",
    "Details": "the same word in German",
    "Start": "the same noun in German",
    "Name": "the same word in German",
    "Tags": "the same word in German (days: 'Tage'; this is the routine file's tag list)",
    "Sound": "the same word in German",
    "Phase": "the same word in German",
    "Tibialis anterior": "the muscle's Latin name, the same in every language",
    "English": "each language is named in its own language in the chooser",
    "Deutsch": "each language is named in its own language in the chooser",
    "Esc": "the key's name on German keyboards too",
    "Alt": "the key's name on German keyboards too",
    "Tab": "the key's name on German keyboards too (Strg+Tab, Strg+Umschalt+Tab)",
    "optional": "the same word in German",
}
"""Phrases allowed to read the same in English and German, each with the reason."""

SAME_PATTERNS = {
    re.compile(r"\d+ (min|s)"): "minutes and seconds are abbreviated alike",
    re.compile(r"Ankle Guide \d[\w.]*"): "the app's name and version",
    re.compile(r"\.\w+"): "a file name's extension",
    re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+"): "an id the editor makes for a new routine or step",
}

FILE_VALUES = {t.value for t in Technique} | set(load_catalogue().ids)
"""The routine editor shows the value a choice writes into the routine file beside its German name,
"Ausstreichen (effleurage)": technique and zone ids are the file format's words, not English prose."""

NOT_TRANSLATED_ON_PURPOSE = {
    "aboutDetails": "About's details (versions, folders) are copied into problem reports: they stay English",
}
"""Widgets (by object name) whose text stays English, each with the reason."""


def _same_allowed(phrase: str) -> bool:
    return (
        phrase in SAME_IN_BOTH
        or phrase in FILE_VALUES
        or any(pattern.fullmatch(phrase) for pattern in SAME_PATTERNS)
    )


WINDOW_COMMANDS = (
    "appearance",
    "about",
    "shortcuts",
    "safety_info",
    "problems",
    "reminders",
    "lunge_test",
    "pressure_scale",
    "new_routine",
    "history",
)
"""Menu commands that open a dialog or window of the app's own (file and print dialogs are Qt's)."""

Reading = dict[str, dict[str, str]]  # stage → phrase → the widget that showed it


def _read_what_opens(qtbot, trigger: Callable[[], None]) -> dict[str, str]:
    """Run `trigger`; read whatever dialog or window it opens (modal or not), then close it."""
    found: dict[str, str] = {}
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    polling = True

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            qtbot.wait(30)  # let it lay out (texts set after show)
            found.update(visible_texts(modal))
            modal.reject() if hasattr(modal, "reject") else modal.close()
        if polling:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    trigger()
    qtbot.wait(100)
    polling = False
    qtbot.wait(40)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and id(widget) not in before:
            found.update(visible_texts(widget))
            widget.close()
    return found


def _read_a_session(qtbot, app: App) -> Reading:
    """Start → safety check → before-rating → running → last step → summary, reading each."""
    reading: Reading = {}
    answers = ModalAnswers()

    def gate(dialog: QWidget) -> None:
        reading["safety check"] = visible_texts(dialog)
        qtbot.mouseClick(dialog.none_apply_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)

    def before(dialog: QWidget) -> None:
        reading["before rating"] = visible_texts(dialog)
        qtbot.mouseClick(dialog.rating.button(5), Qt.MouseButton.LeftButton)

    def summary(dialog: QWidget) -> None:
        reading["summary"] = visible_texts(dialog)
        dialog.reject()

    answers.then(SafetyGate, gate)
    answers.then(BeforeRatingDialog, before)
    qtbot.mouseClick(app.window.timer_panel.start_pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.controller.in_progress)
    reading["running"] = visible_texts(app.window)
    follow = app.open_follow_along()
    qtbot.waitUntil(follow.isVisible)
    reading["follow-along"] = visible_texts(follow)
    follow.close()
    app.window.timer_panel.start_pause_button.click()  # pause
    reading["paused"] = visible_texts(app.window)
    answers.then(SummaryDialog, summary)
    app.window.stop_session()
    qtbot.waitUntil(lambda: "summary" in reading, timeout=10000)
    answers.stop()
    return reading


def read_everything(qtbot, app: App) -> Reading:
    window = app.window
    reading: Reading = {"main window": visible_texts(window)}
    actions = window.menu_actions.by_id
    for view in VIEWS:
        actions[f"view_{view}"].trigger()
        reading[f"diagram {view}"] = visible_texts(window.ui.diagram)
    actions["labels"].trigger()
    reading["zone labels"] = visible_texts(window.ui.diagram)
    actions["labels"].trigger()
    window.ui.diagram.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.ui.diagram, Qt.Key.Key_Return)  # the focused zone's panel
    reading["zone panel"] = visible_texts(window)
    qtbot.keyClick(window.ui.diagram, Qt.Key.Key_Escape)
    for command in WINDOW_COMMANDS:
        reading[command] = _read_what_opens(qtbot, actions[command].trigger)
    reading.update(_read_a_session(qtbot, app))
    return reading


def _open_app(qtbot, tmp_path: Path, language: str) -> App:
    store = SettingsStore(QSettings(str(tmp_path / f"settings-{language}.ini"), QSettings.Format.IniFormat))
    store.save(AppSettings(language=language, safety_checked_on=None))
    args = build_parser().parse_args(["--routine", "tension-relief", "--side", "right"])
    app = App(
        args,
        history_path=tmp_path / f"history-{language}.sqlite3",
        store=store,
        sound_factory=lambda parent: SoundCues(parent, sources={}, effect_factory=lambda p: None),
    )
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    return app


@pytest.fixture
def read_in(qtbot, tmp_path: Path):
    opened: list[App] = []

    def read(language: str) -> Reading:
        app = _open_app(qtbot, tmp_path, language)
        opened.append(app)
        assert i18n.current_language() == language
        try:
            return read_everything(qtbot, app)
        finally:
            if app.controller.in_progress:
                app.controller.stop()
            app.close()

    yield read
    remove_translations(QApplication.instance())


def test_every_visible_phrase_is_german(read_in) -> None:
    english = read_in(i18n.ENGLISH)
    german = read_in(i18n.GERMAN)
    assert german.keys() == english.keys()
    untranslated = []
    for stage, phrases in german.items():
        assert len(phrases) >= 2, f"{stage}: nothing read — the test must see the window to judge it"
        for phrase, where in sorted(phrases.items()):
            on_purpose = where.split()[-1] in NOT_TRANSLATED_ON_PURPOSE
            if phrase in english[stage] and not _same_allowed(phrase) and not on_purpose:
                untranslated.append(f"{stage} · {where}: {phrase!r}")
    assert not untranslated, "not translated:\n" + "\n".join(untranslated)
    assert "Schritt" in " ".join(german["running"])  # and it is German, not merely different
