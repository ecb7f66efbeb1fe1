"""Every session dialog is readable whichever window opened it: follow-along styles its labels near-white
for its dark page, and a dialog it opens must not inherit that on a light background. Contrast is WCAG's
(desktop.model.contrast), computed from the colours and from the rendered pixels, ≥ 4.5:1."""

from __future__ import annotations

import pytest
from dialog_contrast import text_contrasts
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.model.contrast import TEXT_AA, contrast_ratio, relative_luminance
from desktop.model.session_outcome import SessionSummary
from desktop.model.zones import load_catalogue
from desktop.ui import style
from desktop.ui.dialogs import RatingDialog, SummaryDialog
from desktop.ui.follow_along_parts import BG, TEXT
from desktop.ui.pain_advice import PainAdviceDialog
from desktop.ui.safety_gate import SafetyGate
from desktop.ui.session_dialogs import WindowDialogs


def test_the_wcag_formula() -> None:
    assert relative_luminance("#000000") == 0 and relative_luminance("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WCAG's classic near-miss
    assert contrast_ratio(TEXT, "#efefef") < 1.2  # the bug: follow-along's text on a light dialog


@pytest.mark.parametrize(("what", "fg", "bg"), style.DIALOG_PAIRS)
def test_each_colour_pair_of_the_dialog_palette(what: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= TEXT_AA, what


@pytest.fixture
def follow_along_like(qtbot) -> QWidget:
    """A parent styled as follow-along is (its sheet gives every QLabel near-white text)."""
    parent = QWidget()
    parent.setObjectName("followAlong")
    parent.setStyleSheet(f"QWidget#followAlong {{ background: {BG}; }} QLabel {{ color: {TEXT}; }}")
    qtbot.addWidget(parent)
    parent.resize(900, 700)
    parent.show()
    return parent


def _dialogs(parent: QWidget) -> dict[str, QWidget]:
    summary = SessionSummary("Standard", True, False, 300, 6, 6, 1, ("heel", "medial_malleolus"))
    gate = SafetyGate(parent)
    gate.answer("swelling", True)  # its advice box shows too
    return {
        "rating": RatingDialog("Before you start", "How tense does your ankle feel right now?", parent),
        "safety": gate,
        "summary": SummaryDialog(summary, parent, catalogue=load_catalogue()),
        "pain": PainAdviceDialog(parent),
    }


@pytest.mark.parametrize("which", ["rating", "safety", "summary", "pain", "question"])
def test_every_text_of_a_dialog_opened_from_follow_along_reads_at_4_5_to_1(
    qtbot, follow_along_like, which: str
) -> None:
    if which == "question":
        dialog = QMessageBox(
            QMessageBox.Icon.Question, "Quit?", "The session is paused.", parent=follow_along_like
        )
        style.dialog_look(dialog)  # as WindowDialogs.confirm makes it
    else:
        dialog = _dialogs(follow_along_like)[which]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = text_contrasts(dialog)
    assert found, "no text found"
    poor = [(t[:40], round(r, 2), fg, bg) for t, r, fg, bg in found if r < TEXT_AA]
    assert not poor


def test_the_pixel_check_catches_the_old_light_on_light(qtbot, follow_along_like) -> None:
    """Without the dialog look, a rating dialog over follow-along fails the same check."""
    dialog = RatingDialog("Before you start", "How tense does your ankle feel right now?", follow_along_like)
    dialog.setStyleSheet("")
    dialog.setPalette(QWidget().palette())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert any(r < TEXT_AA for _, r, _, _ in text_contrasts(dialog))


def test_the_confirm_question_gets_the_dialog_look(qtbot, follow_along_like, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.styleSheet()) or 0)
    WindowDialogs(follow_along_like).confirm("Quit?", "The session is paused.")
    assert seen and style.DIALOG_QSS in seen[0]


def test_the_safety_answers_keep_their_radio_circles(qtbot, follow_along_like) -> None:
    """A style sheet on a radio button replaces its native indicator: the dialog look leaves them be."""
    gate = SafetyGate(follow_along_like)
    qtbot.addWidget(gate)
    gate.show()
    qtbot.waitExposed(gate)
    radio = gate.question_row(gate.question_ids()[0]).no
    image = radio.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0).name()
    indicator = {
        image.pixelColor(x, y).name() for x in range(min(18, image.width())) for y in range(image.height())
    }
    assert any(contrast_ratio(c, background) >= 2 for c in indicator)
