"""German for the health rules, settings, history and file problems (issue 16, item 6; part "rules").

The catalogue is the source of truth: every text these modules mark must be in it, translated, with the
source's {placeholders} kept; and in German the model's sentences and the windows that show them read
exactly the catalogue's German (compiled with pyside6-lrelease and installed as the app installs it).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QRadioButton

from desktop.model import (
    appearance,
    history_report,
    i18n,
    next_morning,
    ottawa,
    pain_scale,
    reminders,
    safety,
)
from desktop.model.history_record import Outcome, explain
from desktop.model.ottawa import OttawaAnswers, PalpationPoint
from desktop.model.problems import Problem
from desktop.model.routine_draft import read_draft
from desktop.model.routine_edit import where
from desktop.model.routine_loader import in_step_order
from desktop.qt import translations

ROOT = Path(__file__).resolve().parents[1]
PART = ROOT / "assets/i18n/ankle_guide_de.ts"
MERGED = ROOT / "assets/i18n/ankle_guide_de.ts"
CATALOGUE = MERGED if MERGED.exists() else PART  # the lead merges the parts into one file


def _messages() -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def _marked(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every translate()/QT_TRANSLATE_NOOP call with literal arguments in `path`."""
    marked = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
            "translate",
            "QT_TRANSLATE_NOOP",
        ):
            first = node.args[:2]
            if len(first) == 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in first
            ):
                marked.add((first[0].value, first[1].value))
    return marked


MESSAGES = _messages()
GERMAN = {key: message.find("translation").text for key, message in MESSAGES.items()}


def de(context: str, text: str) -> str:
    """The catalogue's German for one text (KeyError when it is missing: that is a failure)."""
    return GERMAN[(context, text)]


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease comes with PySide6 (the project's own tooling)"
    return found


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The app's language switched to German exactly as at start-up, from this catalogue compiled now."""
    compiled = tmp_path / "ankle_guide_de.qm"
    subprocess.run([_lrelease(), "-silent", str(CATALOGUE), "-qm", str(compiled)], check=True)
    real = translations.resources.read_bytes
    monkeypatch.setattr(
        translations.resources,
        "read_bytes",
        lambda relative: (
            compiled.read_bytes() if relative == translations.catalogue_path("de") else real(relative)
        ),
    )
    before = QLocale()  # install_translations makes German the default locale; later tests expect theirs
    assert translations.install_translations(qapp, "de") == "de"
    yield
    translations.remove_translations(qapp)
    QLocale.setDefault(before)


def test_the_health_rules_speak_german(german) -> None:
    blood_clot = next(q for q in safety.SAFETY_QUESTIONS if q.id == "blood_clot")
    assert blood_clot.question == de("safety", blood_clot.question_text)
    assert blood_clot.advice.startswith("Das können Zeichen eines Blutgerinnsels")
    assert "Massieren Sie das Bein nicht" in blood_clot.advice and "112" in blood_clot.advice
    result = safety.assess({q.id: q.id == "blood_clot" for q in safety.SAFETY_QUESTIONS})
    assert result.urgent and result.advice == [blood_clot.advice]
    title, body = safety.pain_stop_text()
    assert title == "Stopp – das tut weh" and body.split("\n\n")[0] == de(
        "safety", safety.PAIN_STOP_PARAGRAPHS[0]
    )
    assert "„Stopp – das tut weh“" in safety.safety_info_text()

    tender = {p: p is PalpationPoint.NAVICULAR for p in ottawa.POINTS}
    checked = ottawa.assess(OttawaAnswers(tender, walked_immediately=True, walks_now=True))
    assert checked.headline == de("ottawa", ottawa.GET_CHECKED_HEADLINE)
    assert checked.findings == ("druckempfindlich am Knochenvorsprung innen am Mittelfuß (Kahnbein)",)
    assert ottawa.POINT_PROMPTS[PalpationPoint.LATERAL_MALLEOLUS].endswith("bis etwa 6 cm darüber.")
    assert ottawa.still_rest_text().count("\n\n") == 2 and "ersten 1–3 Tagen" in ottawa.still_rest_text()

    assert pain_scale.PAIN_SCALE.high_anchor == "10 = der stärkste Schmerz, den Sie sich vorstellen können"
    assert pain_scale.TENSION_SCALE.describe(3) == "3 von 10"
    worse = next_morning.MorningAnswer(1, next_morning.Feel.WORSE, pain=6)
    offer = next_morning.offer(worse, pain_before=3, hurt_step_id="calf")
    assert offer.lighter and offer.reason.startswith("Ihr Schmerz heute Morgen (6/10) liegt 3 Punkte über")
    assert offer.reason.endswith("Sie können trotzdem die übliche Sitzung wählen.")


def test_settings_reminders_and_history_speak_german(german) -> None:
    assert appearance.theme_labels()["high_contrast"] == "Hoher Kontrast"
    plan = reminders.ReminderPlan(enabled=True, times=(time(8, 0), time(18, 30)), days=frozenset({0, 2}))
    assert reminders.describe(plan) == "Erinnerungen um 08:00 und 18:30, Mo, Mi."
    assert reminders.parse_times("7.30") == ((), "'7.30' ist keine Uhrzeit wie 18:30")
    assert Outcome.STOPPED_PAIN.label == de("history_record", "Stopped: it hurt")
    full = OSError(28, "No space left on device")
    assert str(explain(full, Path("/h/history.sqlite3"))).startswith(
        "Der Sitzungsverlauf kann nicht gespeichert werden, weil der Datenträger voll ist."
    )
    report = history_report.history_report([], now=datetime.now().astimezone())
    assert report.header[2] == "Fuß" and report.period == "Noch keine Sitzungen aufgezeichnet"


def test_routine_file_problems_speak_german_and_still_sit_beside_their_step(german) -> None:
    """The editor puts each problem beside its step by the number in the step's label; in German the
    label is "Schritt 2 'x'", and it must still land on step 2 (index 1)."""
    text = (
        b'id = "mine"\ntitle = "Mine"\nsummary = "s"\nsides = "both"\n'
        b'[[steps]]\nid = "a"\ntitle = "A"\ntechnique = "effleurage"\nzones = ["heel"]\nduration = 30\n'
        b'pressure = "light"\nmotion = { pattern = "glide", direction = "up" }\ncue = "Glide"\n'
        b'instructions = "Glide."\n'
        b'[[steps]]\nid = "b"\ntitle = "B"\ntechnique = "effleurage"\nzones = ["heell"]\nduration = 30\n'
        b'pressure = "light"\nmotion = { pattern = "glide", direction = "up" }\ncue = "Glide"\n'
        b'instructions = "Glide."\n'
    )
    _, problems = read_draft(text, "mine.toml")
    assert [str(p) for p in problems] == [
        "mine.toml: Schritt 2 'b': Feld 'zones[1]': unbekannter Bereich 'heell'; meinten Sie 'heel'?"
    ]
    assert where(problems[0]) == (1, "zones")
    whole_file = Problem("mine.toml", de("routine_draft", "missing: add at least one [[steps]] table"))
    assert in_step_order([problems[0], whole_file]) == [whole_file, problems[0]]


def test_english_stays_the_source_without_a_catalogue() -> None:
    assert i18n.current_language() == "en"
    assert safety.SAFETY_QUESTIONS[0].question.startswith("Have you sprained")
    assert (
        reminders.day_name(6) == "Sun" and next_morning.feel_label(next_morning.Feel.SAME) == "About the same"
    )


def test_the_windows_that_show_these_texts_are_german(german, qtbot) -> None:
    from desktop.model.settings import AppSettings
    from desktop.ui.appearance_dialog import AppearanceDialog
    from desktop.ui.injury_check import InjuryCheck
    from desktop.ui.next_morning_dialog import NextMorningDialog
    from desktop.ui.pain_advice import PainAdviceDialog
    from desktop.ui.reminder_dialog import ReminderDialog
    from desktop.ui.safety_gate import SafetyGate

    gate = SafetyGate()
    qtbot.addWidget(gate)
    labels = {w.text() for w in gate.findChildren(QLabel)}
    for number, question in enumerate(safety.SAFETY_QUESTIONS, start=1):
        assert f"{number}. {de('safety', question.question_text)}" in labels
    assert gate.urgent_box.heading().endswith("Holen Sie sofort medizinische Hilfe.")

    advice = PainAdviceDialog(recording=True)
    qtbot.addWidget(advice)
    assert advice.windowTitle() == "Stopp – das tut weh"
    assert advice.ok_button.text() == "Mir geht es gut – Sitzung aufzeichnen"
    assert [p.text() for p in advice.paragraphs] == [de("safety", p) for p in safety.PAIN_STOP_PARAGRAPHS]

    looks = AppearanceDialog(AppSettings())
    qtbot.addWidget(looks)
    assert [looks.motion_box.itemText(i) for i in range(looks.motion_box.count())] == [
        "Wie das System",
        "Reduziert: stehende Pfeile, kein Pulsieren",
        "Voll: bewegte Pfeile und sanftes Pulsieren",
    ]

    remind = ReminderDialog(reminders.ReminderPlan(), notifications="", tray="")
    qtbot.addWidget(remind)
    assert [b.text() for b in remind.findChildren(QCheckBox)][-7:] == [
        "Mo",
        "Di",
        "Mi",
        "Do",
        "Fr",
        "Sa",
        "So",
    ]

    injury = InjuryCheck()
    qtbot.addWidget(injury)
    texts = " ".join(w.text() for w in injury.findChildren(QLabel))
    assert ottawa.old_injury_note() in texts and ottawa.weight_question_now() in texts
    assert "Können Sie jetzt 4 Schritte auf diesem Fuß gehen" in texts

    morning = NextMorningDialog(1, pain_before=2)
    qtbot.addWidget(morning)
    assert [b.text() for b in morning.findChildren(QRadioButton)] == ["Besser", "Etwa gleich", "Schlechter"]
    assert next_morning.question() in {w.text() for w in morning.findChildren(QLabel)}
