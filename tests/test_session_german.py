"""The session's words in German (issue 16, item 6): the catalogue part assets/i18n/parts/session.ts is
complete and keeps every placeholder, and with German installed the presenter, the spoken cues, the
command table and the main window's session controls speak it.

The part is compiled here with the project's own pyside6-lrelease and loaded through
desktop.qt.translations, as the app loads its catalogue; only the session's texts are asserted (the
other parts belong to other modules).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from scripted_dialogs import ScriptedDialogs

from desktop import resources
from desktop.model import commands
from desktop.model.clock import FakeClock
from desktop.model.cues import FINISHED_TEXT, speech_for_event
from desktop.model.library import load_library
from desktop.model.routine import Pressure, Side, SidePlan, Technique
from desktop.model.session_events import Finished, ItemKind, SessionState, SidesSwitched, Started
from desktop.model.session_outcome import SessionSummary
from desktop.model.session_presenter import SessionPresenter, summary_text, switch_to, toggle_label
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt import speech, translations
from desktop.qt.session_controller import SessionController
from desktop.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[1]
PART = REPO / "assets" / "i18n" / "ankle_guide_de.ts"
TOOLS = Path(sys.executable).parent


def _catalogue(path: Path = PART) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element."""
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def german(context: str, source: str) -> str:
    """What the part says `source` is in German."""
    text = _catalogue()[(context, source)].text
    assert text, (context, source)
    return text


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> bytes:
    """The part compiled as the app's German catalogue."""
    qm = tmp_path_factory.mktemp("qm") / "session_de.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(PART), "-qm", str(qm)], check=True)
    return qm.read_bytes()


@pytest.fixture
def in_german(qapp, compiled: bytes, monkeypatch: pytest.MonkeyPatch):
    """German installed the app's way (desktop.qt.translations), from the compiled part."""
    real = resources.read_bytes

    def read_bytes(path: str) -> bytes:
        return compiled if path == translations.catalogue_path("de") else real(path)

    monkeypatch.setattr(resources, "read_bytes", read_bytes)
    locale = QLocale()  # install_translations makes German the default locale too
    assert translations.install_translations(QApplication.instance(), "de") == "de"
    yield
    translations.remove_translations(QApplication.instance())
    QLocale.setDefault(locale)


def test_a_session_reads_in_german(in_german) -> None:
    controller = SessionController(load_library(), clock=FakeClock())
    controller.set_side_plan(SidePlan.BOTH)
    controller.select_routine("standard")
    presenter = SessionPresenter(load_catalogue())
    presenter.set_plan(controller.plan, controller.routine.title)
    per_side = presenter.steps_per_side

    idle = presenter.text(controller.snapshot())
    assert (
        idle.status
        == german("session_presenter", "Press Space to start")
        == "Zum Starten die Leertaste drücken"
    )
    assert idle.side == german("routine", "Right foot") == "Rechter Fuß"
    assert idle.counter == german("session_presenter", "Step {number} of {total}").format(
        number=1, total=per_side
    )
    assert idle.counter.startswith("Schritt 1 von ")
    assert idle.total_left.startswith("noch ")

    switch = next(i for i, item in enumerate(controller.plan) if item.kind is ItemKind.SWITCH_SIDES)
    controller.start()
    controller.jump_to(switch)
    text = presenter.text(controller.snapshot())
    assert text.title == german("session_presenter", "Right foot done")
    assert (
        text.cue == german("session_presenter", "Switch to your LEFT foot") == "Wechseln Sie zum LINKEN Fuß"
    )
    assert text.counter == "Fuß wechseln"
    assert "über das Knie" in text.instructions
    controller.stop()
    assert toggle_label(SessionState.PAUSED) == german("session_presenter", "Resume") == "Fortsetzen"
    assert switch_to(Side.RIGHT) == "Wechseln Sie zum rechten Fuß"


def test_the_summary_and_the_pressure_words_are_german(in_german) -> None:
    words = summary_text(SessionSummary("Standard", True, False, 425.0, 1, 1, None))
    assert words.headline == german("session_presenter", "Well done — session complete")
    assert words.stats == "Standard  ·  7:05 Massage  ·  1 von 1 Schritt erledigt"
    assert Technique.SUSTAINED_PRESSURE.label == "Gehaltener Druck"
    assert Pressure.MODERATE.phrase == "Mittlerer Druck" and Pressure.MODERATE.word == "mittel"


def test_spoken_cues_are_german(in_german) -> None:
    controller = SessionController(load_library(), clock=FakeClock())
    controller.select_routine("standard")
    assert speech_for_event(Started(600.0), controller.plan) == german("cues", "Start with your right foot.")
    assert speech_for_event(SidesSwitched(Side.LEFT), None) == "Wechseln Sie zum linken Fuß."
    assert speech_for_event(Finished(10.0, 1)) == german("cues", FINISHED_TEXT) != FINISHED_TEXT


def test_the_command_table_is_german(in_german) -> None:
    start = commands.command("start_pause")
    assert start.label == german("commands", "&Start / pause") == "&Starten / Pause"
    assert start.key_text == "Leertaste"
    assert commands.command("history").key_text == "Strg+H"
    assert commands.command("follow_along").key_text == "F oder F11"
    assert commands.tooltip("stop") == "Sitzung stoppen; sie wird als vorzeitig gestoppt gespeichert (S)"
    assert commands.hint_strip(commands.FOLLOW_HINTS).startswith("Leertaste Pause  ·  ← → Schritt")
    rows = commands.help_rows()
    assert ("Strg+H", "Verlauf der Sitzungen", "Hauptfenster") in rows


def test_the_main_windows_session_controls_are_german(qtbot, in_german) -> None:
    controller = SessionController(load_library(), clock=FakeClock())
    window = MainWindow(controller, load_catalogue(), AppSettings(), dialogs=ScriptedDialogs())
    qtbot.addWidget(window)
    panel = window.timer_panel
    assert panel.title_label.text() == german("session_presenter", "Choose a routine to begin")
    controller.select_routine("standard")
    assert panel.state_label.text() == german("session_presenter", "Ready") == "Bereit"
    assert panel.start_pause_button.text() == german("session_presenter", "Start") == "Starten"
    assert panel.start_pause_button.toolTip().startswith("Starten")  # the command's help, with its key
    menu_texts = {a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()}
    for source in ("&Start / pause", "Stop — this &hurts", "&Keyboard shortcuts", "&Quit"):
        assert german("commands", source) in menu_texts, source
    assert not {"&Start / pause", "&Quit", "Zone &labels"} & menu_texts


class FakeVoices:
    """A speech engine's voice choice, as desktop.qt.speech sees it (set to English, German offered)."""

    def __init__(self) -> None:
        self.current = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

    def locale(self) -> QLocale:
        return self.current

    def availableLocales(self) -> list[QLocale]:
        return [self.current, QLocale(QLocale.Language.German, QLocale.Country.Germany)]

    def setLocale(self, locale: QLocale) -> None:
        self.current = locale


def test_speech_picks_a_german_voice_for_german_words(in_german) -> None:
    voices = FakeVoices()
    speech.prefer_language(voices, speech.cue_language())
    assert voices.locale().language() == QLocale.Language.German


def test_speech_keeps_an_english_voice_in_english(qapp) -> None:
    voices = FakeVoices()
    speech.prefer_language(voices, speech.cue_language())
    assert voices.locale().language() == QLocale.Language.English
