"""German in the session-flow windows: the safety and injury checks, the ratings, the next-morning and
lunge-test dialogs, the pressure scale and the follow-along screen.

The catalogue part these widgets use (assets/i18n/parts/flow.ts) is compiled here with the project's own
pyside6-lrelease and installed the way the app installs its catalogue (desktop.qt.translations), so the
test reads exactly the words a German user gets from this part.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from desktop.model import i18n
from desktop.model.mobility import Foot
from desktop.qt import translations

PART = Path(__file__).resolve().parent.parent / "assets" / "i18n" / "ankle_guide_de.ts"


def _messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in the part."""
    root = ET.parse(PART).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


CATALOGUE = {(context, source): element.text for context, source, element in _messages()}


def german(context: str, source: str) -> str:
    """What the part says `source` is in German (a KeyError when it is not in the part at all)."""
    return CATALOGUE[(context, source)]


@pytest.fixture
def in_german(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The app speaking German from this part's compiled catalogue; English and the old locale after."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "flow_de.qm"
    subprocess.run([lrelease, str(PART), "-qm", str(qm)], check=True, capture_output=True)
    wanted = translations.catalogue_path(i18n.GERMAN)
    real_read = translations.resources.read_bytes
    monkeypatch.setattr(
        translations.resources,
        "read_bytes",
        lambda relative: qm.read_bytes() if relative == wanted else real_read(relative),
    )
    locale = QLocale()
    assert translations.install_translations(qapp, i18n.GERMAN) == i18n.GERMAN
    yield
    translations.remove_translations(qapp)
    QLocale.setDefault(locale)


def test_safety_check_speaks_german(in_german, qtbot) -> None:
    from desktop.ui.safety_gate import SafetyGate

    gate = SafetyGate()
    qtbot.addWidget(gate)
    assert gate.windowTitle() == german("safety_gate", "Before you start") == "Bevor Sie beginnen"
    assert gate.continue_button.text() == german("safety_gate", "Continue") == "Weiter"
    assert gate.cancel_button.text() == "Heute nicht"
    row = gate.question_row(gate.question_ids()[0])
    assert (row.no.text(), row.yes.text()) == ("Nein", "Ja, das trifft zu")
    assert gate.none_apply_button.text() == "✓ " + german("safety_gate", "None of these apply to me")
    left = len(gate.question_ids())
    assert gate.status_label.text() == f"Beantworten Sie jede Frage, um fortzufahren (noch {left} offen)."
    gate.none_apply()
    assert gate.status_label.text() == "✓ Nichts davon trifft zu. Sie können beginnen."


def test_injury_check_speaks_german(in_german, qtbot) -> None:
    from desktop.ui.injury_check import ORDER, InjuryCheck

    check = InjuryCheck()
    qtbot.addWidget(check)
    assert check.windowTitle() == "Verletzungscheck"
    assert check.done_button.text() == german("injury_check", "Close — no massage today")
    assert (check.outer_button.text(), check.inner_button.text()) == ("Außenseite", "Innenseite")
    row = check.point_row(ORDER[0])
    assert (row.yes.text(), row.no.text()) == ("Druckschmerz", "Kein Druckschmerz")
    assert check.where_label.text().startswith("Jetzt: ")


def test_follow_along_controls_and_pages_speak_german(in_german, qtbot) -> None:
    from desktop.ui.follow_along_controls import ControlsBar
    from desktop.ui.follow_along_pages import PainPage
    from desktop.ui.follow_along_summary import SummaryPage

    window = QWidget()
    qtbot.addWidget(window)
    bar = ControlsBar(window)
    assert bar.previous_button.text() == german("follow_along_controls", "‹ Previous") == "‹ Zurück"
    assert bar.hurts_button.text() == "⚠ Stopp — das tut weh"
    assert bar.leave_button.toolTip().startswith("Vollbild verlassen")
    assert bar.leave_button.accessibleName() == "Vollbild verlassen"
    summary = SummaryPage()
    qtbot.addWidget(summary)
    assert summary.again_button.text().startswith("↺ Neu starten (")
    assert summary.rating is not None and summary.rating.skip_button().text() == "Überspringen"
    pain = PainPage()
    qtbot.addWidget(pain)
    pain.show_advice(recording=False)
    assert pain.ok_button.text().endswith(" (Eingabetaste)")
    assert pain.hint.text().startswith("Eingabetaste: ") and pain.hint.text().endswith(" verlassen")


def test_dialogs_of_the_session_flow_speak_german(in_german, qtbot) -> None:
    from desktop.ui.lunge_test import LungeTestPage
    from desktop.ui.next_morning_dialog import NextMorningDialog
    from desktop.ui.pressure_calibration import PressureCalibrationPage, PressureUsedRow
    from desktop.ui.rating import TensionRating

    rating = TensionRating("?")
    qtbot.addWidget(rating)
    assert rating.button(3).accessibleName() == "Verspannung 3 von 10"
    morning = NextMorningDialog(1, hurt_step_title="Wade")
    qtbot.addWidget(morning)
    assert morning.windowTitle() == "Heute Morgen"
    assert morning.check_button.text() == german("next_morning_dialog", "Check") == "Prüfen"
    morning.show()
    morning.choose("worse", 6)
    morning.check_button.click()
    shown = (morning.lighter_button, morning.usual_button)
    qtbot.waitUntil(lambda: all(b.isVisible() and b.height() < 100 for b in shown))  # laid out
    for button in shown:  # the longer German words all shown
        assert button.width() >= button.sizeHint().width(), button.text()
        assert 0 <= button.mapTo(morning, button.rect().topRight()).x() < morning.width()
    assert morning.reason.height() >= morning.reason.heightForWidth(morning.reason.width())
    lunge = LungeTestPage()
    qtbot.addWidget(lunge)
    assert lunge.save_button.text() == "Messung speichern"
    assert lunge.timing_box.itemText(0) == "Für sich allein"
    lunge.set_tries(Foot.RIGHT, [9.5])
    assert lunge.best_labels[Foot.RIGHT].text() == "bester Wert 9,5 cm"
    lunge.set_tries(Foot.LEFT, [7.0])
    assert lunge.summary.text().startswith("Rechts minus links: +2,5 cm — mehr als die 1,5 cm")
    page = PressureCalibrationPage(save=lambda scale: None)
    qtbot.addWidget(page)
    assert page.windowTitle() == "Ihre eigene Druckskala"
    assert page.fields["light"].placeholderText() == "kg, z. B. 2,5"
    assert PressureUsedRow().spin.specialValueText() == "nicht erfasst"


def test_english_is_back_after_german(qtbot) -> None:
    """The fixture leaves no German behind: the rest of the suite reads English."""
    from desktop.ui.safety_gate import SafetyGate

    gate = SafetyGate()
    qtbot.addWidget(gate)
    assert gate.continue_button.text() == "Continue"
