"""The timer panel: what it shows for a snapshot, which controls it offers, and what clicks say."""

from __future__ import annotations

import panel_samples as S
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.model.session_events import SessionSnapshot, SessionState
from desktop.model.session_presenter import SessionPresenter
from desktop.model.zones import load_catalogue
from desktop.ui.timer_panel import TimerPanel

ITEMS = S.plan()  # right: glide 60, circles 40, press 40; switch 10; left: the same → 290 s
RUNNING, PAUSED, IDLE = SessionState.RUNNING, SessionState.PAUSED, SessionState.IDLE
BUTTONS = ("start_pause", "previous", "next", "restart", "add_time", "stop", "hurts")
PRESENTER = SessionPresenter(load_catalogue())
PRESENTER.set_plan(ITEMS)


def show(panel: TimerPanel, snapshot: SessionSnapshot) -> None:
    """What the main window does on every snapshot: the presenter's words, rendered by the panel."""
    panel.set_snapshot(snapshot, PRESENTER.text(snapshot))


@pytest.fixture
def panel(qtbot: QtBot) -> TimerPanel:
    widget = TimerPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def enabled(panel: TimerPanel) -> dict[str, bool]:
    return {name: getattr(panel, f"{name}_button").isEnabled() for name in BUTTONS}


def test_running_step_shows_time_phase_cue_instructions_and_cautions(panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 2, RUNNING, elapsed=12.3, phase_index=0))
    assert panel.time_label.text() == "0:28"  # 27.7 s left shows as 28, like the engine rounds it
    assert panel.phase_label.text() == "Hold"
    assert panel.cue_label.text() == "Hold steady"  # the phase's cue wins over the step's
    assert panel.title_label.text() == "Press the hollow below the inner ankle bone"
    assert panel.position_label.text() == "Step 3 of 3"
    assert panel.side_label.text() == "Right foot"
    assert "Firm pressure" in panel.detail_label.text() and "Sustained press" in panel.detail_label.text()
    assert panel.instructions_label.text().startswith("Sink your thumb")
    assert panel.caution_box.isVisible() and "⚠" in panel.caution_box.heading()
    assert panel.caution_box.lines() == ["Firm, never sharp.", "Ease off at any tingling or numbness."]
    assert panel.total_label.text() == "2:58 left"  # 27.7 + 150 = 177.7 s
    assert panel.progress.value() == round(1000 * (290 - 177.7) / 290)
    assert panel.next_label.text() == "Next: switch to your left foot"


def test_without_phases_the_step_cue_shows_and_no_phase_name(panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 0, RUNNING, elapsed=1))
    assert panel.phase_label.text() == ""
    assert panel.cue_label.text() == "Long light strokes upward"


def test_a_step_without_cautions_hides_the_caution_box(panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 2, RUNNING))
    show(panel, S.snapshot(ITEMS, 1, RUNNING, phase_index=1))
    assert not panel.caution_box.isVisible()
    assert panel.phase_label.text() == "Counter-clockwise"


def test_lowercase_phase_names_are_capitalised(panel: TimerPanel) -> None:
    snap = S.snapshot(ITEMS, 1, RUNNING, phase_index=0)._replace(phase_name="clockwise")
    show(panel, snap)
    assert panel.phase_label.text() == "Clockwise"


def test_the_switch_item_names_the_next_foot(panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 3, RUNNING, elapsed=4))
    assert panel.title_label.text() == "Right foot done"
    assert panel.cue_label.text() == "Switch to your LEFT foot"
    assert panel.side_label.text() == "Left foot"
    assert panel.time_label.text() == "0:06"
    assert not panel.caution_box.isVisible()


@pytest.mark.parametrize(
    ("state", "label"),
    [(IDLE, "Start"), (RUNNING, "Pause"), (PAUSED, "Resume"), (SessionState.FINISHED, "Start again")],
)
def test_start_pause_label_follows_the_state(panel: TimerPanel, state: SessionState, label: str) -> None:
    show(panel, S.snapshot(ITEMS, 1, state))
    assert panel.start_pause_button.text() == label
    assert panel.start_pause_button.toolTip() == f"{label} (Space)"


def test_idle_at_the_first_step_offers_only_start_next_and_hurts(panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 0, IDLE))
    assert enabled(panel) == {
        "start_pause": True,
        "previous": False,
        "next": True,
        "restart": False,
        "add_time": False,
        "stop": False,
        "hurts": True,
    }
    assert panel.state_label.text() == "Ready"


def test_a_paused_session_offers_every_control(panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 6, PAUSED))  # last item: "next" finishes the session
    assert all(enabled(panel).values())
    assert panel.state_label.text() == "Paused"


def test_a_finished_session_offers_start_again_and_hurts_only(panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 6, SessionState.FINISHED, elapsed=40))
    assert [name for name, on in enabled(panel).items() if on] == ["start_pause", "hurts"]
    assert panel.time_label.text() == "0:00" and panel.total_label.text() == "0:00 left"
    assert panel.progress.value() == 1000


def test_before_any_session_only_hurts_is_enabled(panel: TimerPanel) -> None:
    assert [name for name, on in enabled(panel).items() if on] == ["hurts"]
    assert panel.hurts_button.isVisible()


@pytest.mark.parametrize("name", BUTTONS)
def test_each_button_click_emits_its_signal(qtbot: QtBot, panel: TimerPanel, name: str) -> None:
    show(panel, S.snapshot(ITEMS, 2, RUNNING))
    with qtbot.waitSignal(getattr(panel, f"{name}_clicked"), timeout=1000):
        qtbot.mouseClick(getattr(panel, f"{name}_button"), Qt.MouseButton.LeftButton)


def test_disabled_buttons_emit_nothing(qtbot: QtBot, panel: TimerPanel) -> None:
    show(panel, S.snapshot(ITEMS, 0, IDLE))
    with qtbot.assertNotEmitted(panel.previous_clicked), qtbot.assertNotEmitted(panel.stop_clicked):
        qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)


def test_tooltips_name_the_keyboard_shortcuts(panel: TimerPanel) -> None:
    tips = {name: getattr(panel, f"{name}_button").toolTip() for name in BUTTONS}
    assert tips["previous"].endswith("(←)") and tips["next"].endswith("(→)")
    assert tips["restart"].endswith("(R)") and tips["add_time"].endswith("(+ or =)")
    assert tips["stop"].endswith("(S)") and tips["hurts"].endswith("(H)")
    assert tips["start_pause"].endswith("(Space)")


def test_the_hurts_button_says_so_in_words(panel: TimerPanel) -> None:
    assert "Stop — this hurts" in panel.hurts_button.text()
    assert panel.hurts_button.accessibleName() == "Stop — this hurts"
