"""One voice for the session: both windows show the presenter's words, the same for the same moment, and
each session sentence is written in one place only (desktop/model/session_presenter.py or
session_questions.py)."""

from __future__ import annotations

import ast
import html
from pathlib import Path

import pytest
from follow_kit import follow_window
from PySide6.QtWidgets import QLabel
from scripted_dialogs import ScriptedDialogs

from desktop.model.clock import FakeClock
from desktop.model.library import load_library
from desktop.model.routine import SidePlan
from desktop.model.session_events import ItemKind
from desktop.model.session_presenter import SessionPresenter, counter_text, present
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.ui.dialogs import SummaryDialog
from desktop.ui.main_window import MainWindow

CATALOGUE = load_catalogue()
DESKTOP = Path(__file__).resolve().parent.parent / "desktop"


@pytest.fixture
def both_windows(qtbot, tmp_path):
    """The main window and follow-along on one controller, as the app has them."""
    controller = SessionController(load_library(), clock=FakeClock())
    main = MainWindow(controller, CATALOGUE, AppSettings(), dialogs=ScriptedDialogs())
    qtbot.addWidget(main)
    follow = follow_window(qtbot, controller, catalogue=CATALOGUE, gate=main.gate)
    yield controller, main, follow
    follow.leave()
    if controller.in_progress:
        controller.stop()


@pytest.mark.parametrize("side", [SidePlan.RIGHT, SidePlan.BOTH])
def test_both_windows_say_the_same_at_every_item(qtbot, both_windows, side: SidePlan) -> None:
    controller, main, follow = both_windows
    main.apply_settings(AppSettings(side=side), routine_id="standard")
    follow.enter()
    qtbot.waitUntil(follow.isVisible)
    routine = controller.routine
    per_foot = len(routine.steps)
    controller.start()
    seen_switch = False
    for item in controller.plan:
        panel, hud = main.timer_panel, follow.hud
        if item.kind is ItemKind.STEP:
            counter = f"Step {item.step_number} of {per_foot}"  # per foot, on both feet
        else:
            counter, seen_switch = "Change feet", True
            assert panel.title_label.text() == hud.column.title.text() == "Right foot done"
            assert panel.cue_label.text() == hud.column.cue.text() == "Switch to your LEFT foot"
        foot = f"{item.side.value.capitalize()} foot"
        assert panel.position_label.text() == counter
        assert hud.position_label.text() == f"{counter}  ·  {routine.title}"
        assert panel.side_label.text() == hud.side_label.text() == main.ui.side_badge.text() == foot
        assert panel.title_label.text() == hud.column.title.text()
        assert panel.next_label.text() == hud.column.next_line.text() != ""
        assert panel.total_label.text() == hud.total_label.text()
        controller.next()
    assert seen_switch == (side is SidePlan.BOTH)


@pytest.mark.parametrize("side", [SidePlan.RIGHT, SidePlan.BOTH])
@pytest.mark.parametrize("pain", [False, True])
def test_both_summaries_say_the_same(qtbot, both_windows, side: SidePlan, pain: bool) -> None:
    controller, main, follow = both_windows
    main.apply_settings(AppSettings(side=side), routine_id="standard")
    follow.enter()
    controller.start()
    controller.next()
    controller.stop(pain=pain)
    if pain:  # the advice first; the summary is the second step
        assert follow.showing_pain_advice
        follow.pain_read()
    summary = follow.summary
    assert summary is not None and follow.showing_summary
    headline, stats = follow.summary_page.headline.text(), follow.summary_page.stats.text()
    assert headline == ("Stopped — this hurts" if pain else "Session stopped early")
    assert "1 of" in stats
    dialog = SummaryDialog(summary, main, catalogue=CATALOGUE)
    qtbot.addWidget(dialog)
    words = dialog.findChildren(QLabel)[0].text()
    assert words == f"<h3>{html.escape(headline)}</h3><p>{html.escape(stats)}</p>"


def test_the_counter_counts_per_foot() -> None:
    controller = SessionController(load_library(), clock=FakeClock())
    controller.set_side_plan(SidePlan.BOTH)
    controller.select_routine("standard")
    steps = len(controller.routine.steps)
    plan = controller.plan
    counters = [counter_text(item, steps) for item in plan]
    assert counters[0] == f"Step 1 of {steps}" and counters[steps - 1] == f"Step {steps} of {steps}"
    assert counters[steps] == "Change feet"
    assert counters[steps + 1] == f"Step 1 of {steps}"  # the left foot starts again at 1
    presenter = SessionPresenter(CATALOGUE)
    presenter.set_plan(plan, "Standard")
    assert presenter.steps_per_side == steps
    snap = controller.snapshot()
    assert presenter.text(snap) == present(snap, CATALOGUE, steps_per_side=steps, routine_title="Standard")


# Fixed parts of every sentence the presenter writes: each may appear in the string literals of one
# module only, the presenter's (a second copy is how the windows' wording drifted apart).
SENTENCES = (
    "foot done",
    "Switch to your",
    "Next: ",
    "Last step",
    "Change feet",
    "Press Space to start",
    "Paused — Space resumes",
    "Well done — session complete",
    "Session stopped early",
    "Stopped — this hurts",
    "Finished — well done",
    "A short pause",
    "Get ready",
    "First: ",
    "Press → to start now",
    "across your knee",
    "Any pain? Optional",
    "now rate the tightness below",
    "Where did it feel tight",
    "Session not started",
    "End this session?",
    "This ends the session",
    "Jump to this step?",
    "carries on from",
    "Choose a routine to begin",
)
# Wordings the windows used to compose themselves, gone for good.
RETIRED = (
    "Up next: ",
    "Session complete — ",
    "Switch to the other foot",
    "Move to your",
    "stopped because it hurt",
    "How tense does your ankle feel",  # the ratings now use desktop.model.pain_scale's words
)


def _literals(path: Path) -> str:
    """Every string a module can show (its docstrings and comments left out: they only talk about it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return "\n".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    )


def test_each_session_sentence_is_written_in_one_place_only() -> None:
    literals = {path: _literals(path) for path in DESKTOP.rglob("*.py")}
    voice = {"model/session_presenter.py", "model/session_questions.py"}  # the session's one voice
    for sentence in SENTENCES:
        where = sorted(str(p.relative_to(DESKTOP)) for p, text in literals.items() if sentence in text)
        assert len(where) == 1 and where[0] in voice, (sentence, where)
    for old in RETIRED:
        assert not [p for p, text in literals.items() if old in text], old
