"""The main window's own words in German (issue 16, item 6): built after the catalogue is installed, its
buttons, menus, names and dialogs read the translations of assets/i18n/parts/main.ts, no English source
of that part is left on any of its widgets, and every translation keeps its placeholders and mnemonics.

The part is compiled here with pyside6-lrelease and handed to desktop.qt.translations as the packaged
catalogue, so this test checks this part whatever state the merged catalogue is in."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from scripted_dialogs import ScriptedDialogs

from desktop.model.history import HistoryStore
from desktop.model.library import load_library
from desktop.model.routine import SidePlan
from desktop.model.session_outcome import AfterSession
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt import translations
from desktop.qt.session_controller import SessionController

PART = Path(__file__).resolve().parent.parent / "assets" / "i18n" / "ankle_guide_de.ts"


def _catalogue() -> dict[tuple[str, str], str]:
    """(context, English) → German, from the part."""
    german: dict[tuple[str, str], str] = {}
    for context in ET.parse(PART).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            german[(name, message.findtext("source"))] = message.findtext("translation") or ""
    return german


CATALOGUE = _catalogue()


def de(context: str, english: str) -> str:
    return CATALOGUE[(context, english)]


@pytest.fixture
def german(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """German installed from this part, as desktop.app does at start-up; English again afterwards."""
    qm = tmp_path / "main.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(PART), "-qm", str(qm)], check=True)
    packaged = translations.catalogue_path("de")
    real_read = translations.resources.read_bytes
    monkeypatch.setattr(
        translations.resources,
        "read_bytes",
        lambda relative: qm.read_bytes() if relative == packaged else real_read(relative),
    )
    assert translations.install_translations(qapp, "de") == "de"
    yield
    translations.remove_translations(qapp)


@pytest.fixture
def window(qtbot, german, tmp_path: Path):
    from desktop.ui.main_window import MainWindow

    history = HistoryStore(tmp_path / "history.sqlite3")
    controller = SessionController(load_library(), history=history)
    made = MainWindow(
        controller,
        load_catalogue(),
        AppSettings(side=SidePlan.BOTH),
        dialogs=ScriptedDialogs(safe=True, before=6, after=AfterSession(3)),
    )
    qtbot.addWidget(made)
    made.apply_settings(made.settings, routine_id="standard")
    made.resize(1280, 800)
    made.show()
    yield made
    history.close()


def _shown_texts(root: QWidget, presenters: tuple[QWidget, ...] = ()) -> set[str]:
    """Every text a person reads or hears on `root` and its children: labels, buttons, tooltips, names.

    Not the menu actions: their words are the command table's (desktop.model.commands, its own part);
    nor `presenters`, widgets that show the session presenter's words (its own part)."""
    texts: set[str] = set()
    for widget in (root, *root.findChildren(QWidget)):
        if widget in presenters:
            continue
        texts |= {
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.windowTitle(),
        }
        if isinstance(widget, QAbstractButton | QLabel):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
    return texts - {""}


def _english_left(texts: set[str]) -> set[str]:
    """The English sources of this part (that German changes) still showing in `texts`."""
    same = {source for (_, source), german in CATALOGUE.items() if german == source}  # "Phase" in one place
    english = {source for (_, source), german in CATALOGUE.items() if german != source} - same
    return {text for text in texts if text in english}


def test_the_main_window_speaks_german(window) -> None:
    timer = window.timer_panel
    assert timer.previous_button.text() == de("timer_panel", "‹ Previous") == "‹ Zurück"
    assert timer.hurts_button.text() == de("timer_panel", "⚠  Stop — this hurts")
    assert timer.stop_button.accessibleName() == de("timer_panel", "Stop the session")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == [
        de("menus", "&File"),
        de("menus", "&View"),
        de("menus", "&Routine"),
        de("menus", "&Help"),
    ]
    sides = [button.text() for button in window.ui.side_buttons.buttons()]
    assert sides == [de("main_window_layout", "Right foot"), de("main_window_layout", "Left foot"),
                     de("main_window_layout", "Both feet")]  # fmt: skip
    assert window.ui.view_switcher.button("medial").text() == de("view_switcher", "Inner") == "Innen"
    assert window.ui.step_list.view().accessibleName() == de("step_list", "Steps")


def test_no_english_of_this_part_is_left_on_the_window_or_the_zone_panel(qtbot, window) -> None:
    window.show_zone("heel")
    panel = window.ui.zone_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.cards and panel.cards[0].start_button.text() == de("zone_panel", "Start here")
    assert panel.empty_label.text() == de("zone_panel", "No routine has a step for this area yet.")
    # "Start" and "Right foot" there: the presenter's toggle label and side (desktop.model.session_presenter)
    timer = window.timer_panel
    presenters = (timer.start_pause_button, timer.side_label, window.ui.side_badge)
    assert _english_left(_shown_texts(window, presenters)) == set()


def test_the_appearance_dialog_and_its_language_chooser_speak_german(qtbot, german) -> None:
    from desktop.ui.appearance_dialog import AppearanceDialog

    dialog = AppearanceDialog(AppSettings(), system_language="de", running_language="de")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == de("appearance_dialog", "Appearance") == "Darstellung"
    box = dialog.language_box
    assert [box.itemText(i) for i in range(box.count())] == ["Systemstandard (Deutsch)", "English", "Deutsch"]
    assert dialog.restart_button.text() == de("appearance_dialog", "&Restart now")
    assert _english_left(_shown_texts(dialog)) == set()


def test_the_about_summary_and_reminder_dialogs_speak_german(qtbot, german) -> None:
    import desktop
    from desktop.model.reminders import ReminderPlan
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.reminder_dialog import ReminderDialog

    about = AboutDialog(desktop.APP_NAME, desktop.__version__)
    reminders = ReminderDialog(ReminderPlan(), notifications="", tray="")
    for dialog in (about, reminders):
        qtbot.addWidget(dialog)
        assert _english_left(_shown_texts(dialog)) == set()
    assert about.copy_button.text() == de("about_dialog", "&Copy details")
    assert reminders.windowTitle() == de("reminder_dialog", "Reminders") == "Erinnerungen"


def test_english_is_back_after_the_german_tests(qtbot) -> None:
    """Runs after the tests above (file order): their fixture took German away again."""
    from desktop.model.i18n import current_language, translate

    assert current_language() == "en"
    assert translate("timer_panel", "‹ Previous") == "‹ Previous"
