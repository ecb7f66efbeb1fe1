"""The main window driven as a person would: pick, start, let time pass, pause, skip, click the diagram."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from scripted_dialogs import ScriptedDialogs

from desktop.model.clock import FakeClock
from desktop.model.history import HistoryStore
from desktop.model.library import load_library
from desktop.model.routine import SidePlan
from desktop.model.session_events import ItemKind, SessionState
from desktop.model.session_outcome import AfterSession
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.ui.main_window import MainWindow
from desktop.ui.session_dialogs import WindowDialogs

TODAY = date(2026, 11, 25)


class Harness:
    """A main window on a fake clock, with the dialogs replaced by scripted answers."""

    def __init__(self, qtbot, tmp_path, *, safe: bool = True, settings: AppSettings | None = None) -> None:
        self.clock = FakeClock()
        self.history = HistoryStore(tmp_path / "history.sqlite3")
        self.controller = SessionController(load_library(), history=self.history, clock=self.clock)
        self.dialogs = ScriptedDialogs(safe=safe, before=6, after=AfterSession(3))
        self.window = MainWindow(
            self.controller,
            load_catalogue(),
            settings or AppSettings(side=SidePlan.RIGHT),
            today=lambda: TODAY,
            dialogs=self.dialogs,
        )
        qtbot.addWidget(self.window)
        self.window.apply_settings(self.window.settings, routine_id="standard")
        self.window.resize(1280, 800)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)  # window shortcuts need an active window

    @property
    def safety_asked(self) -> int:
        return self.dialogs.asked.count("safety")

    def advance(self, seconds: float) -> None:
        """Let time pass as the real driver would see it: one tick per second."""
        whole = int(seconds)
        for _ in range(whole):
            self.clock.advance(1.0)
            self.controller.driver.tick()
        rest = seconds - whole
        if rest:
            self.clock.advance(rest)
            self.controller.driver.tick()

    def snap(self):
        return self.controller.snapshot()


@pytest.fixture
def h(qtbot, tmp_path) -> Harness:
    harness = Harness(qtbot, tmp_path)
    yield harness
    if harness.controller.in_progress:
        harness.controller.stop()
    harness.history.close()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def key(qtbot, h: Harness, k, text: str = "") -> None:
    QTest.keyClick(h.window, k)


def test_picking_a_routine_fills_step_list_and_timer(qtbot, h: Harness) -> None:
    box = h.window.ui.routine_box
    index = box.findData("tension-relief")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert h.controller.routine.id == "tension-relief"
    routine = h.controller.routine
    model = h.window.step_list.model()
    assert model.rowCount() == len(routine.steps)  # one side: no switch row
    assert h.window.timer_panel.title_label.text() == routine.steps[0].title
    assert h.window.ui.routine_summary.text() == routine.summary


def test_start_runs_a_step_to_its_end_and_moves_on(qtbot, h: Harness) -> None:
    first = h.controller.plan[0]
    click(qtbot, h.window.timer_panel.start_pause_button)
    assert h.safety_asked == 1
    assert h.controller.state is SessionState.RUNNING
    assert h.window.timer_panel.start_pause_button.text() != "Start"
    highlighted = {z for z, item in h.window.diagram.zone_items().items() if item.highlighted}
    assert highlighted and highlighted <= set(first.step.zones)

    h.advance(first.duration_s)
    snap = h.snap()
    assert snap.index == 1
    second = h.controller.plan[1]
    assert h.window.timer_panel.title_label.text() == second.step.title
    assert h.window.step_list.model().current_row() == 1
    highlighted = {z for z, item in h.window.diagram.zone_items().items() if item.highlighted}
    assert highlighted and highlighted <= set(second.step.zones)
    # The countdown shows the new step's full time.
    minutes, seconds = divmod(int(second.duration_s), 60)
    assert h.window.timer_panel.time_label.text() == f"{minutes}:{seconds:02d}"


def test_space_pauses_and_resumes_and_time_stands_still(qtbot, h: Harness) -> None:
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    assert h.controller.state is SessionState.RUNNING
    h.advance(5)
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    assert h.controller.state is SessionState.PAUSED
    shown = h.window.timer_panel.time_label.text()
    h.clock.advance(120)
    h.controller.driver.tick()
    assert h.window.timer_panel.time_label.text() == shown
    assert not h.controller.driver.is_ticking
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    assert h.controller.state is SessionState.RUNNING


def test_arrow_keys_move_between_steps(qtbot, h: Harness) -> None:
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    QTest.keyClick(h.window, Qt.Key.Key_Right)
    assert h.snap().index == 1
    QTest.keyClick(h.window, Qt.Key.Key_Right)
    assert h.snap().index == 2
    QTest.keyClick(h.window, Qt.Key.Key_Left)  # within 3 s of its start: back to the previous step
    assert h.snap().index == 1


def test_clicking_a_step_in_the_list_jumps_there(qtbot, h: Harness) -> None:
    view = h.window.step_list.view()
    rect = view.visualRect(view.model().index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert h.snap().index == 2
    assert h.window.timer_panel.title_label.text() == h.controller.plan[2].step.title


def _scene_point_inside(diagram, zone_id: str) -> QPointF:
    """A point inside `zone_id`'s exact shape that no smaller zone covers (what a click there hits)."""
    items = diagram.zone_items()
    target = items[zone_id]
    smaller = [i for z, i in items.items() if z != zone_id and i.area < target.area]
    rect = target.sceneBoundingRect()
    steps = 40
    for ix in range(1, steps):
        for iy in range(1, steps):
            p = QPointF(rect.left() + rect.width() * ix / steps, rect.top() + rect.height() * iy / steps)
            if target.contains(target.mapFromScene(p)) and not any(
                i.contains(i.mapFromScene(p)) for i in smaller
            ):
                return p
    raise AssertionError(f"no clickable point found for {zone_id}")


def test_clicking_a_zone_shows_its_techniques_and_start_here_jumps(qtbot, h: Harness) -> None:
    diagram = h.window.diagram
    diagram.set_view("medial")
    point = _scene_point_inside(diagram, "inner_ankle_concavity")
    pos = diagram.mapFromScene(point)
    with qtbot.waitSignal(diagram.zone_clicked) as caught:
        qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert caught.args == ["inner_ankle_concavity"]
    panel = h.window.zone_panel
    assert panel.isVisible()
    assert panel.name_label.text() == load_catalogue()["inner_ankle_concavity"].name
    expected = h.controller.library.steps_for_zone("inner_ankle_concavity")
    assert len(panel.cards) == len(expected) > 0

    # "Start here" on a tension-relief step switches routine and jumps to that step.
    routine_id, step_id = next((r.id, s.id) for r, s in expected if r.id == "tension-relief")
    card = next(
        c
        for c, (r, s) in zip(panel.cards, sorted(expected, key=lambda e: e[0].id != "standard"), strict=True)
        if (r.id, s.id) == (routine_id, step_id)
    )
    click(qtbot, card.start_button)
    assert h.controller.routine.id == routine_id
    assert h.snap().item.step.id == step_id
    assert not panel.isVisible()


def test_clicking_empty_space_closes_the_zone_panel(qtbot, h: Harness) -> None:
    diagram = h.window.diagram
    h.window.show_zone("heel")
    assert h.window.zone_panel.isVisible()
    qtbot.mouseClick(
        diagram.viewport(),
        Qt.MouseButton.LeftButton,
        pos=diagram.viewport().rect().topLeft() + type(diagram.viewport().rect().topLeft())(3, 3),
    )
    assert not h.window.zone_panel.isVisible()


def test_practise_this_makes_a_one_step_session(qtbot, h: Harness) -> None:
    h.window.show_zone("medial_malleolus")
    card = h.window.zone_panel.cards[0]
    click(qtbot, card.practise_button)
    routine = h.controller.routine
    assert routine.id.startswith("practice:")
    assert len(routine.steps) == 1


def test_safety_gate_blocks_the_session_on_any_yes(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path, safe=False)
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    assert h.safety_asked == 1
    assert h.controller.state is SessionState.IDLE
    assert h.window.settings.safety_checked_on is None
    h.history.close()


def test_safety_gate_is_asked_once_a_day(qtbot, h: Harness) -> None:
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    QTest.keyClick(h.window, Qt.Key.Key_Space)  # pause
    assert h.window.settings.safety_checked_on == TODAY.isoformat()
    h.controller.stop()
    QTest.keyClick(h.window, Qt.Key.Key_Space)  # a new session the same day
    assert h.safety_asked == 1
    assert h.controller.state is SessionState.RUNNING


def test_a_real_safety_gate_with_a_yes_blocks(qtbot, tmp_path, monkeypatch) -> None:
    from desktop.ui import safety_gate

    seen = {}

    def fake_exec(self) -> int:
        for qid in self.question_ids():
            self.answer(qid, qid == "blood_clot")
        seen["ok"] = self.continue_button.isEnabled()
        seen["urgent"] = self.urgent_box.isVisibleTo(self)
        self.reject()
        return safety_gate.SafetyGate.DialogCode.Rejected

    monkeypatch.setattr(safety_gate.SafetyGate, "exec", fake_exec)
    h = Harness(qtbot, tmp_path)
    h.window.gate.dialogs = WindowDialogs(h.window)  # the real safety gate (its exec is scripted above)
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    assert seen == {"ok": False, "urgent": True}
    assert h.controller.state is SessionState.IDLE
    h.history.close()


def test_finishing_records_history_with_both_ratings(qtbot, h: Harness) -> None:
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    total = sum(i.duration_s for i in h.controller.plan)
    h.advance(total + 1)
    records = h.history.sessions()
    assert len(records) == 1
    record = records[0]
    assert record.outcome.value == "finished"
    assert (record.tension_before, record.tension_after) == (6, 3)
    assert record.steps_completed == record.steps_total == len(h.controller.routine.steps)
    assert h.controller.state is SessionState.IDLE  # ready for another session


def test_stop_this_hurts_stops_and_records(qtbot, h: Harness, monkeypatch) -> None:
    from desktop.ui import pain_advice

    shown = []
    monkeypatch.setattr(
        pain_advice.PainAdviceDialog, "exec", lambda self: shown.append(self.ok_button.text()) or 0
    )
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    h.advance(3)
    click(qtbot, h.window.timer_panel.hurts_button)
    assert h.dialogs.asked == ["safety", "before", "pain"]  # the advice, and no rating demanded
    WindowDialogs(h.window).pain_advice(recording=True)  # what the real gate dialogs show there
    assert shown == ["I'm OK — record this session"]
    assert h.history.sessions()[0].outcome.value == "stopped_pain"
    assert h.controller.state is SessionState.IDLE


def test_stop_this_hurts_with_no_session_shows_the_advice(qtbot, h: Harness) -> None:
    click(qtbot, h.window.timer_panel.hurts_button)
    assert h.dialogs.asked == ["pain (no session)"]
    assert h.history.sessions() == []


@pytest.mark.parametrize(
    ("key_", "view"),
    [
        (Qt.Key.Key_1, "medial"),
        (Qt.Key.Key_2, "lateral"),
        (Qt.Key.Key_3, "posterior"),
        (Qt.Key.Key_4, "anterior"),
    ],
)
def test_number_keys_switch_view(qtbot, h: Harness, key_, view) -> None:
    QTest.keyClick(h.window, key_)
    assert h.window.diagram.view_name == view
    assert h.window.ui.view_switcher.current == view


def test_shortcuts_restart_add_time_side_and_requests(qtbot, h: Harness) -> None:
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    h.advance(10)
    before = h.snap().remaining_s
    QTest.keyClick(h.window, Qt.Key.Key_Plus)
    assert h.snap().remaining_s == pytest.approx(before + 10)
    QTest.keyClick(h.window, Qt.Key.Key_Equal)
    assert h.snap().remaining_s == pytest.approx(before + 20)
    QTest.keyClick(h.window, Qt.Key.Key_R)
    assert h.snap().item_elapsed_s == pytest.approx(0)
    with qtbot.waitSignal(h.window.follow_along_requested):
        QTest.keyClick(h.window, Qt.Key.Key_F)
    with qtbot.waitSignal(h.window.follow_along_requested):
        QTest.keyClick(h.window, Qt.Key.Key_F11)
    with qtbot.waitSignal(h.window.history_requested):
        QTest.keyClick(h.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    h.controller.stop()
    QTest.keyClick(h.window, Qt.Key.Key_L)
    assert h.controller.side_plan is SidePlan.LEFT
    assert h.window.diagram.side == "left"
    QTest.keyClick(h.window, Qt.Key.Key_L)
    assert h.controller.side_plan is SidePlan.BOTH
    kinds = [i.kind for i in h.controller.plan]
    assert ItemKind.SWITCH_SIDES in kinds


def test_settings_remember_choices(qtbot, h: Harness) -> None:
    saved = []
    h.window.settings_changed.connect(saved.append)
    QTest.keyClick(h.window, Qt.Key.Key_3)
    h.window.set_pace(1.25)
    assert saved[-1].view == "posterior"
    assert saved[-1].pace == 1.25
    assert h.controller.plan[0].duration_s == pytest.approx(h.controller.routine.steps[0].duration_s * 1.25)


def test_menu_toggles_are_remembered(qtbot, h: Harness) -> None:
    saved = []
    h.window.settings_changed.connect(saved.append)
    actions = h.window.menu_actions
    actions.get_ready.setChecked(not h.window.settings.get_ready)
    assert saved[-1].get_ready is actions.get_ready.isChecked()
    actions.labels.setChecked(True)
    assert saved[-1].labels is True
    assert all(label.isVisible() for label in h.window.diagram._labels.values())
    actions.sound.setChecked(False)
    assert saved[-1].sound is False


def test_closing_mid_session_saves_it_without_a_dialog(qtbot, h: Harness, monkeypatch) -> None:
    from desktop.ui import dialogs

    opened = []
    monkeypatch.setattr(dialogs.SummaryDialog, "exec", lambda self: opened.append(self) or 0)
    h.window.gate.dialogs = WindowDialogs(h.window)  # the real dialogs, as a user would get them
    h.controller.start()  # straight to the engine: no question before
    h.advance(5)
    h.window.close()
    assert opened == []
    assert h.history.sessions()[0].outcome.value == "stopped"


def test_diagram_keys_beat_window_shortcuts_while_it_has_focus(qtbot, h: Harness) -> None:
    diagram = h.window.diagram
    diagram.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(diagram.hasFocus)
    first = diagram.focused_zone
    assert first is not None
    QTest.keyClick(diagram, Qt.Key.Key_Right)
    assert diagram.focused_zone not in (None, first)  # next zone...
    assert h.snap().index == 0  # ...not next step
    with qtbot.waitSignal(diagram.zone_clicked):
        QTest.keyClick(diagram, Qt.Key.Key_Return)
    assert h.controller.state is SessionState.IDLE  # Enter opened the zone, it did not start a session
    assert h.window.zone_panel.isVisible()
    h.window.activateWindow()
    h.window.step_list.view().setFocus()
    QTest.keyClick(h.window, Qt.Key.Key_Right)  # elsewhere the arrows still move between steps
    assert h.snap().index == 1


def test_the_diagram_keeps_its_size_from_step_to_step(qtbot, tmp_path) -> None:
    """A long caption over the diagram is shortened, never widens the left side (the drawing would jump)."""
    h = Harness(qtbot, tmp_path, settings=AppSettings(side=SidePlan.BOTH))
    window = h.window
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1000, 700))
    settle = QApplication.processEvents  # the relayout a caption change posts, done now (no fixed wait)
    sizes, captions = set(), set()
    h.controller.start()
    for _ in h.controller.plan:
        settle()
        sizes.add(window.diagram.size().toTuple())
        captions.add(window.ui.target_caption.text())
        h.controller.next()
    h.controller.stop()
    assert len(captions) > 5  # the captions did change, some long and some short
    assert len(sizes) == 1, sizes
    long_text = "Now: " + ", ".join(["Where the heel cord meets the heel"] * 4)
    window.ui.target_caption.setText(long_text)
    settle()
    assert window.diagram.size().toTuple() in sizes
    assert window.ui.target_caption.text() == long_text
    assert window.ui.target_caption.shown_text().endswith("…")
    assert window.ui.target_caption.toolTip() == long_text


def test_the_end_is_heard_and_shown_before_the_after_session_questions(qtbot, h: Harness) -> None:
    """The finish chime and the window's "finished" state come at the end, not after the person has
    answered the after-session dialog (which is modal: it used to open inside the Finished event)."""
    heard: list[str] = []

    class Ears:
        muted = False

        def on_event(self, event) -> None:
            heard.append(type(event).__name__)

    seen_when_asked: list[tuple] = []
    answer = h.dialogs.after_session

    def after_session(summary):
        seen_when_asked.append(
            (list(heard), h.window.timer_panel.state_label.text(), h.window.timer_panel.time_label.text())
        )
        return answer(summary)

    h.dialogs.after_session = after_session
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    h.controller.sound = Ears()
    total = sum(i.duration_s for i in h.controller.plan)
    h.advance(total + 1)
    qtbot.waitUntil(lambda: bool(seen_when_asked))
    chimes, state, time_shown = seen_when_asked[0]
    assert chimes[-1] == "Finished"  # already heard when the questions open
    assert state == "Finished — well done" and time_shown == "0:00"
    assert h.history.sessions()[0].tension_after == 3  # and the answer is still recorded
