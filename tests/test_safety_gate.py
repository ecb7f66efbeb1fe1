"""The safety gate dialog: explicit answers, Continue only when all are "No", advice on any "Yes"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.model.safety import SAFETY_QUESTIONS
from desktop.ui.pain_advice import PainAdviceDialog
from desktop.ui.safety_gate import SafetyGate

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def gate(qtbot: QtBot) -> SafetyGate:
    dialog = SafetyGate()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, gate: SafetyGate, question_id: str, yes: bool) -> None:
    row = gate.question_row(question_id)
    qtbot.mouseClick(row.yes if yes else row.no, LEFT)


def test_continue_stays_disabled_until_every_question_is_answered(qtbot: QtBot, gate: SafetyGate) -> None:
    assert not gate.continue_button.isEnabled()
    assert "5 still to answer" in gate.status_label.text()
    ids = gate.question_ids()
    for qid in ids[:-1]:
        click(qtbot, gate, qid, yes=False)
        assert not gate.continue_button.isEnabled()
    click(qtbot, gate, ids[-1], yes=False)
    assert gate.continue_button.isEnabled()
    assert "You can start" in gate.status_label.text()
    qtbot.mouseClick(gate.continue_button, LEFT)
    assert gate.result() == QDialog.DialogCode.Accepted


def test_nothing_is_preselected(gate: SafetyGate) -> None:
    assert gate.answers() == {}
    assert all(
        not row.no.isChecked() and not row.yes.isChecked()
        for row in (gate.question_row(q) for q in gate.question_ids())
    )


def test_enter_does_not_pass_an_unanswered_check(qtbot: QtBot, gate: SafetyGate) -> None:
    qtbot.keyClick(gate, Qt.Key.Key_Return)
    assert gate.isVisible() and gate.result() != QDialog.DialogCode.Accepted


def test_any_yes_blocks_and_shows_its_advice(qtbot: QtBot, gate: SafetyGate) -> None:
    for qid in gate.question_ids():
        click(qtbot, gate, qid, yes=qid == "acute_injury")
    row = gate.question_row("acute_injury")
    assert not gate.continue_button.isEnabled()
    assert row.advice.isVisible()
    assert "Rest the ankle" in row.advice.lines()[0] and "doctor" in row.advice.lines()[0]
    assert "don't massage today" in gate.status_label.text()
    assert not gate.urgent_box.isVisible()
    assert not gate.question_row("broken_skin").advice.isVisible()


def test_a_suspected_clot_says_get_medical_help_now(qtbot: QtBot, gate: SafetyGate) -> None:
    click(qtbot, gate, "blood_clot", yes=True)
    assert gate.urgent_box.isVisible()
    assert "Get medical help now" in gate.urgent_box.heading()
    text = gate.urgent_box.lines()[0]
    assert "call your doctor" in text and "emergency number" in text
    assert not gate.continue_button.isEnabled()


def test_changing_a_yes_back_to_no_clears_the_block(qtbot: QtBot, gate: SafetyGate) -> None:
    for qid in gate.question_ids():
        click(qtbot, gate, qid, yes=qid == "blood_clot")
    click(qtbot, gate, "blood_clot", yes=False)
    assert gate.continue_button.isEnabled()
    assert not gate.urgent_box.isVisible() and not gate.question_row("blood_clot").advice.isVisible()


def test_not_today_rejects(qtbot: QtBot, gate: SafetyGate) -> None:
    click(qtbot, gate, "swelling", yes=True)
    qtbot.mouseClick(gate.cancel_button, LEFT)
    assert gate.result() == QDialog.DialogCode.Rejected
    assert gate.assessment().blocking[0].id == "swelling"


def test_every_model_question_is_asked(gate: SafetyGate) -> None:
    assert gate.question_ids() == [q.id for q in SAFETY_QUESTIONS]
    shown = [row.label.text() for row in (gate.question_row(q) for q in gate.question_ids())]
    assert all(q.question in text for q, text in zip(SAFETY_QUESTIONS, shown, strict=True))


def test_pain_notice_tells_to_stop_rest_and_seek_advice(qtbot: QtBot) -> None:
    notice = PainAdviceDialog()
    qtbot.addWidget(notice)
    assert "Stop — this hurts" in notice.windowTitle()
    body = notice.advice_text()
    assert "rest" in body and "sharp" in body and "advice" in body
    # separate short paragraphs, one label each, and one way on: no rating, no "Start again"
    assert len(notice.paragraphs) >= 4 and all(len(p.text()) < 140 for p in notice.paragraphs)
    buttons = [b.text() for b in notice.findChildren(QPushButton)]
    assert buttons == ["I'm OK — record this session"]
    assert PainAdviceDialog(recording=False).ok_button.text() == "I've read this"
