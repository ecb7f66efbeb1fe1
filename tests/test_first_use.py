"""First use as a person meets it: the first window fits the screen, a restored one is brought back on
it, the preparation notes come before the first step, the words mean what they say, the zone panel
never cuts its text, and Ctrl+Q asks before it ends a running session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QScrollArea, QWidget
from test_main_window import TODAY, Harness, click

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.library import load_library
from desktop.model.preparation import mark_read, needs_preparation, read_today
from desktop.model.routine import SidePlan
from desktop.model.session_events import ItemKind, SessionState
from desktop.model.session_questions import QUIT_QUESTION, routine_choice
from desktop.model.settings import PACE_CHOICES, AppSettings
from desktop.qt.screens import FRAME_ALLOWANCE, clamp_to, first_size, inside_frame

SCREENS = [(1280, 720), (1366, 768), (1920, 1080)]

# ---- 1. the first window fits the screen -------------------------------------------------------------


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("panel", [0, 30])  # a desktop panel takes some of the screen, or none does
def test_the_first_size_leaves_room_for_a_window_frame(screen, panel) -> None:
    available = QRect(0, panel, screen[0], screen[1] - panel)
    width, height = first_size((1280, 800), available)
    assert (
        width + FRAME_ALLOWANCE[0] <= available.width() and height + FRAME_ALLOWANCE[1] <= available.height()
    )
    assert (width, height) == (min(1280, available.width() - 16), min(800, available.height() - 48))


def test_a_restored_geometry_is_clamped_to_the_screen() -> None:
    screen = QRect(0, 0, 1366, 768)
    assert clamp_to(QRect(200, 100, 1280, 900), screen) == QRect(86, 0, 1280, 768)
    assert clamp_to(QRect(2000, 50, 800, 600), screen) == QRect(566, 50, 800, 600)  # off to the right
    assert clamp_to(QRect(10, 10, 500, 400), screen) == QRect(10, 10, 500, 400)  # already on it
    inner = inside_frame(screen)
    assert screen.contains(inner.adjusted(-8, -40, 8, 8))


def _cut_or_hidden(window: QWidget) -> list[str]:
    """Every control of the window that is hidden or not wholly inside it."""
    bad = []
    inside = window.rect()
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox) and w.isVisibleTo(window) and w.window() is window
    ]
    for control in controls:
        if control.objectName().startswith("qt_") or not control.isVisible():
            continue
        box = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
        if not inside.contains(box):
            bad.append(getattr(control, "text", lambda: "")() or control.accessibleName())
    return bad


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
@pytest.mark.parametrize("frame", [True, False])  # with a window manager's frame, and without one
def test_every_control_is_visible_at_the_first_size(qtbot, tmp_path, screen, frame) -> None:
    harness = Harness(qtbot, tmp_path)
    window = harness.window
    available = QRect(0, 0, *screen)
    size = first_size((1280, 800), available) if frame else (screen[0], screen[1])
    assert window.minimumSizeHint().width() <= size[0] and window.minimumSizeHint().height() <= size[1]
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    hurts = window.timer_panel.hurts_button
    assert hurts.isVisible() and not _cut_or_hidden(window)
    bottom = hurts.mapTo(window, hurts.rect().bottomLeft()).y()
    assert bottom < window.height() - window.statusBar().height()  # all of "Stop — this hurts"


def test_the_app_opens_at_a_size_from_the_screen_and_brings_a_big_one_back(qtbot, tmp_path: Path) -> None:
    from desktop.qt.screens import available_geometry_at

    available = available_geometry_at()
    built = App(build_parser().parse_args([]), history_path=tmp_path / "history.sqlite3")
    qtbot.addWidget(built.window)
    assert built.window.size().toTuple() == first_size((1280, 800), available)
    built.window.setGeometry(0, 0, available.width() + 400, available.height() + 300)  # e.g. a bigger screen
    built.close()
    again = App(build_parser().parse_args([]), history_path=tmp_path / "history.sqlite3")
    qtbot.addWidget(again.window)
    assert available.contains(again.window.geometry())
    again.close()


# ---- 5. preparation before the first step ------------------------------------------------------------


def test_preparation_read_today_is_remembered_for_that_day_only() -> None:
    day, next_day = date(2026, 12, 7), date(2026, 12, 8)
    value = mark_read(None, "standard", day)
    assert read_today(value, "standard", day) and not read_today(value, "quick-break", day)
    assert not read_today(value, "standard", next_day)
    both = mark_read(value, "quick-break", day)
    assert read_today(both, "standard", day) and read_today(both, "quick-break", day)
    assert mark_read(both, "standard", next_day) == "2026-12-08 standard"  # a new day forgets the old
    assert needs_preparation(("Sit down.",), None, "standard", day)
    assert not needs_preparation((), None, "standard", day)  # nothing to show


def test_the_before_you_start_card_shows_until_read_for_the_day(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    card, routine = h.window.ui.preparation_card, h.controller.routine
    assert routine.preparation and card.isVisible() and not h.window.step_list.isVisible()
    assert [label.text() for label in card.notes] == [f"•  {note}" for note in routine.preparation]
    click(qtbot, card.done_button)
    assert not card.isVisible() and h.window.step_list.isVisible()
    assert read_today(h.window.settings.preparation_read, routine.id, TODAY)


def test_starting_counts_as_read_and_another_routine_shows_its_own(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    assert h.controller.state is SessionState.RUNNING and not h.window.ui.preparation_card.isVisible()
    h.window.stop_session()
    assert not h.window.ui.preparation_card.isVisible()  # read today: skipped from now on
    box = h.window.ui.routine_box
    box.setCurrentIndex(box.findData("quick-break"))
    box.activated.emit(box.currentIndex())
    assert h.controller.routine.id == "quick-break"
    assert h.window.ui.preparation_card.isVisible() == bool(h.controller.routine.preparation)


# ---- 6. words that mean what they say ---------------------------------------------------------------


def test_the_pace_is_named_so_a_bigger_number_never_reads_slower(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    box = h.window.ui.pace_box
    names = [box.itemText(i) for i in range(box.count())]
    assert names == ["Much slower", "Slower", "Normal pace", "Quicker"]
    assert not any(ch.isdigit() for name in names for ch in name)
    factors = [box.itemData(i) for i in range(box.count())]
    assert factors == sorted(factors, reverse=True)  # "slower" really is longer steps
    assert [f for f, _, _ in PACE_CHOICES] == factors


def test_routine_lengths_are_for_the_session_chosen(qtbot, tmp_path) -> None:
    standard = load_library().get("standard")
    per_foot = round(standard.total_seconds / 60)
    assert routine_choice(standard, SidePlan.RIGHT) == f"Standard ankle massage · {per_foot} min"
    both = round((2 * standard.total_seconds + 10) / 60)  # both feet and the 10 s switch
    assert routine_choice(standard, SidePlan.BOTH) == (
        f"Standard ankle massage · {per_foot} min a foot · {both} min both"
    )
    h = Harness(qtbot, tmp_path)  # right foot
    box = h.window.ui.routine_box
    assert box.currentText() == routine_choice(standard, SidePlan.RIGHT)
    click(qtbot, next(b for b in h.window.ui.side_buttons.buttons() if b.text() == "Both feet"))
    assert box.currentText() == routine_choice(standard, SidePlan.BOTH)
    assert "a foot" in box.currentText() and "both" in box.currentText()


def test_switch_and_start_here_ticks_nothing_that_was_not_done(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    steps = [i for i in h.controller.plan if i.kind is ItemKind.STEP]
    h.window.gate.start_here("standard", steps[3].step.id, step_title=steps[3].step.title)
    assert h.controller.state is SessionState.RUNNING and h.snap().index == steps[3].index
    model = h.window.step_list.model()
    done = [model.index(r).data(Qt.ItemDataRole.AccessibleTextRole).endswith("Done.") for r in range(4)]
    assert done == [False] * 4  # steps 1-3 were skipped, not done
    h.advance(steps[3].duration_s + 0.5)  # step 4 runs out: now it is done
    assert model.index(3).data(Qt.ItemDataRole.AccessibleTextRole).endswith("Done.")
    assert h.controller.done_items == {steps[3].index}


def test_the_routine_box_follows_practise_this(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    h.window.show_zone("medial_malleolus")
    card = h.window.zone_panel.cards[0]
    click(qtbot, card.practise_button)
    box = h.window.ui.routine_box
    assert h.controller.routine.title.startswith("Practise: ")
    assert box.currentText().startswith(h.controller.routine.title)
    box.setCurrentIndex(box.findData("standard"))
    box.activated.emit(box.currentIndex())  # back to a routine of the library: the practice entry goes
    assert h.controller.routine.id == "standard"
    assert not [box.itemText(i) for i in range(box.count()) if box.itemText(i).startswith("Practise")]


def test_massage_time_leaves_the_switch_out(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path, settings=AppSettings(side=SidePlan.BOTH))
    h.window.apply_settings(h.window.settings, routine_id="quick-break")
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    total = h.snap().total_s
    switch = sum(i.duration_s for i in h.controller.plan if i.kind is ItemKind.SWITCH_SIDES)
    h.advance(total + 1)
    summary = h.dialogs.summaries[-1]
    assert summary.finished and summary.active_s == pytest.approx(total - switch, abs=1.01)
    assert h.history.sessions()[0].active_s == pytest.approx(total - switch, abs=1.01)


# ---- 7. the zone panel never cuts its text ----------------------------------------------------------


@pytest.mark.parametrize("zone", ["heel", "achilles_tendon", "medial_malleolus", "calf_belly"])
def test_the_zone_panel_wraps_and_never_cuts_at_the_right(qtbot, tmp_path, zone) -> None:
    h = Harness(qtbot, tmp_path)
    h.window.resize(1280 - FRAME_ALLOWANCE[0], 720 - FRAME_ALLOWANCE[1])
    h.window.show_zone(zone)
    panel = h.window.zone_panel
    for width in (panel.minimumWidth(), panel.width()):
        panel.resize(width, min(panel.height(), 420))  # short enough for its scroll bar
        qtbot.wait(1)
        scroll = panel.findChild(QScrollArea)
        viewport = scroll.viewport()
        qtbot.waitUntil(lambda s=scroll: s.widget().width() <= s.viewport().width())
        for widget in scroll.widget().findChildren(QWidget):
            if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(panel):
                right = widget.mapTo(viewport, widget.rect().topRight()).x()
                assert right <= viewport.width(), (zone, width, widget.text())
    assert scroll.verticalScrollBar().isVisible() or zone == "medial_malleolus"
    # "Heel" is its own plain name: the panel says it once
    if zone == "heel":
        assert not panel.plain_label.isVisibleTo(panel)


# ---- 8. Ctrl+Q during a session asks first ----------------------------------------------------------


def test_ctrl_q_in_a_running_session_pauses_and_asks_first(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    QTest.keyClick(h.window, Qt.Key.Key_Space)
    h.dialogs.confirm_answer = False
    QTest.keyClick(h.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert h.dialogs.questions == [QUIT_QUESTION]
    assert h.window.isVisible() and h.controller.state is SessionState.RUNNING  # "No": carries on
    h.dialogs.confirm_answer = True
    QTest.keyClick(h.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not h.window.isVisible()
    assert h.history.sessions()[0].outcome.value == "stopped"  # saved as stopped early


def test_ctrl_q_with_no_session_quits_without_asking(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    QTest.keyClick(h.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not h.window.isVisible() and h.dialogs.questions == []


def test_follow_along_shows_the_notes_as_a_page_before_the_first_step(qtbot) -> None:
    from follow_kit import follow_window

    from desktop.model.clock import FakeClock
    from desktop.qt.session_controller import SessionController

    controller = SessionController(load_library(), clock=FakeClock())
    controller.select_routine("standard")
    window = follow_window(qtbot, controller, preparation_read=False)
    window.enter()
    assert window.showing_preparation
    text = window.preparation_page.notes.text()
    assert all(note in text for note in controller.routine.preparation)
    QTest.keyClick(window, Qt.Key.Key_Space)  # Space starts, as everywhere in follow-along
    assert controller.state is SessionState.RUNNING and not window.showing_preparation
    QTest.keyClick(window, Qt.Key.Key_S)
    QTest.keyClick(window, Qt.Key.Key_R)  # start again: the notes were read today
    assert controller.state is SessionState.IDLE and not window.showing_preparation
    window.leave()


def test_one_minute_of_massage_is_one_minute(qtbot, tmp_path) -> None:
    from datetime import UTC, datetime

    from desktop.model.history import HistoryStore
    from desktop.model.history_record import Outcome
    from desktop.ui.history_window import HistoryWindow

    store = HistoryStore(tmp_path / "history.sqlite3")
    record = store.begin_session("standard", "Standard ankle massage", "right", 6)
    store.finish_session(record, Outcome.FINISHED, 6, datetime.now(UTC), active_s=62)
    window = HistoryWindow(store)
    qtbot.addWidget(window)
    value, detail = window.totals["minutes"]
    assert (
        value.text() == "1"
        and detail.text().startswith("minute of massage")
        and "(1 session)" in detail.text()
    )
