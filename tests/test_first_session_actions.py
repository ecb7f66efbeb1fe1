"""How many actions from launch to the first step running, counted on the real window with its real
modal dialogs (the safety check, the before-rating): at most 4 on the day's first session, with every
safety question shown and answered "No" explicitly, and at most 2 afterwards. README "First session"
states the counts measured here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.safety import SAFETY_QUESTIONS
from desktop.model.session_events import SessionState
from desktop.qt.sound import SoundCues
from desktop.ui.before_rating import BeforeRatingDialog
from desktop.ui.dialogs import RatingDialog, SummaryDialog
from desktop.ui.safety_gate import SafetyGate


class Person(ModalAnswers):
    """Clicks real widgets and counts each click as one action; answers modal dialogs as they open."""

    def __init__(self, qtbot) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.actions = 0

    def click(self, button: QPushButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.actions += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def app(qtbot, tmp_path: Path):
    args = build_parser().parse_args(["--routine", "standard", "--side", "right"])
    built = App(
        args,
        history_path=tmp_path / "history.sqlite3",
        sound_factory=lambda parent: SoundCues(parent, sources={}, effect_factory=lambda p: None),
    )
    qtbot.addWidget(built.window)
    built.window.show()
    built.window.activateWindow()
    qtbot.waitUntil(built.window.isActiveWindow)
    yield built
    built.close()


def _answer_safety(person: Person) -> Callable[[QWidget], None]:
    def answer(gate: QWidget) -> None:
        assert isinstance(gate, SafetyGate)
        rows = [gate.question_row(q.id) for q in SAFETY_QUESTIONS]
        assert all(row.isVisibleTo(gate) and row.label.text() for row in rows)  # every question shown
        person.click(gate.none_apply_button)
        assert all(row.no.isChecked() for row in rows)  # each answered "No", where it can be read
        assert gate.assessment().ok and not gate.assessment().unanswered
        person.click(gate.continue_button)

    return answer


def _rate(person: Person, value: int) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, RatingDialog)
        if isinstance(dialog, BeforeRatingDialog):  # pain is asked too, but optional: not clicked
            assert dialog.pain_rating.isVisible()
        person.click(dialog.rating.button(value))

    return answer


def test_first_session_of_the_day_in_4_actions_and_later_ones_in_2(qtbot, app) -> None:
    window = app.window
    person = Person(qtbot)
    assert window.ui.preparation_card.isVisible()  # the routine's notes are on screen before Start

    person.then(SafetyGate, _answer_safety(person))
    person.then(RatingDialog, _rate(person, 5))
    person.click(window.timer_panel.start_pause_button)
    assert app.controller.state is SessionState.RUNNING
    assert app.controller.snapshot().index == 0  # the first step runs
    first = person.actions
    assert person.seen == ["SafetyGate", "BeforeRatingDialog"]
    assert first <= 4, first

    # end it (not counted: the question is how to begin) and skip the after-session questions
    person.then(SummaryDialog, lambda d: d.reject())
    window.stop_session()
    qtbot.waitUntil(lambda: app.controller.state is SessionState.IDLE)

    person.actions = 0
    person.then(RatingDialog, _rate(person, 3))
    person.click(window.timer_panel.start_pause_button)
    assert app.controller.state is SessionState.RUNNING
    later = person.actions
    person.stop()
    assert later <= 2, later
    assert not window.ui.preparation_card.isVisible()  # read today: skipped from now on
    print(f"actions to the first running step: first session of the day {first}, later {later}")
    assert (first, later) == (4, 2)  # the figures README "First session" states


def test_the_readme_states_the_counts_measured_above() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "takes **4 actions** on the day's first" in readme and "and **2** on later ones" in readme
