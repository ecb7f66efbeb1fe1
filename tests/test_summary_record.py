"""After a session a person can say how tense the ankle is, where it felt tight and add a note; the main
window's summary dialog and the follow-along summary both hand that to the history, and Skip keeps nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from follow_kit import follow_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_main_window import Harness

from desktop.model.clock import FakeClock
from desktop.model.history import HistoryUnavailable, NullHistoryStore
from desktop.model.library import load_library
from desktop.model.session_outcome import AfterSession, SessionSummary, zones_reached
from desktop.model.session_text import SummaryText
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.ui import dialogs
from desktop.ui.follow_along import FollowAlongWindow
from desktop.ui.follow_along_summary import SummaryPage
from desktop.ui.session_dialogs import WindowDialogs

CATALOGUE = load_catalogue()
SHOTS = Path("/tmp/shots/summary")


def standard_zones() -> tuple[str, ...]:
    routine = load_library().get("standard")
    return tuple(dict.fromkeys(z for step in routine.steps for z in step.zones))


def finish_with_real_dialog(qtbot, tmp_path, monkeypatch, answer) -> Harness:
    """Run the standard routine to its end in the main window; `answer(dialog)` plays the person."""
    seen: dict[str, object] = {}

    def fake_exec(self) -> int:
        self.show()
        self.activateWindow()
        qtbot.waitUntil(self.isActiveWindow)  # keys go where focus is, as for a person
        seen["zones"] = {z: b.text() for z, b in self.zone_buttons.items()}
        answer(self)
        seen["result"] = self.result()
        self.hide()
        return self.result()

    monkeypatch.setattr(dialogs.SummaryDialog, "exec", fake_exec)
    h = Harness(qtbot, tmp_path)
    h.window.gate.dialogs = WindowDialogs(h.window)  # the real summary dialog, as a user gets it
    h.controller.start()  # straight to the engine: no question before
    h.advance(sum(i.duration_s for i in h.controller.plan) + 1)
    h.seen = seen  # type: ignore[attr-defined]
    return h


def test_clicked_zones_rating_and_note_are_saved(qtbot, tmp_path, monkeypatch) -> None:
    def answer(dialog: dialogs.SummaryDialog) -> None:
        qtbot.mouseClick(dialog.zone_buttons["calf_belly"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.zone_buttons["heel"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.rating.button(4), Qt.MouseButton.LeftButton)
        assert dialog.isVisible(), "a rating only selects; Save closes"
        assert dialog.rating.button(4).isChecked() and "4" in dialog.chosen.text()
        qtbot.keyClicks(dialog.note_edit, "  left side stiff after run  ")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    h = finish_with_real_dialog(qtbot, tmp_path, monkeypatch, answer)
    names = h.seen["zones"]
    assert tuple(names) == standard_zones()  # one toggle per zone worked, in routine order
    assert names["calf_belly"] == CATALOGUE["calf_belly"].plain
    record = h.history.sessions()[0]
    assert record.tension_after == 4
    assert set(record.tight_zones) == {"calf_belly", "heel"}
    assert record.note == "left side stiff after run"
    assert h.controller.state.value == "idle"  # ready for the next session
    h.history.close()


def test_keyboard_only_digit_then_enter_saves_that_digit(qtbot, tmp_path, monkeypatch) -> None:
    def answer(dialog: dialogs.SummaryDialog) -> None:
        QTest.keyClick(dialog.rating.button(0), Qt.Key.Key_7)  # focus starts on 0; 7 must win
        assert dialog.isVisible()
        assert QApplication.focusWidget() is dialog.rating.button(7)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    h = finish_with_real_dialog(qtbot, tmp_path, monkeypatch, answer)
    assert h.seen["result"] == dialogs.SummaryDialog.DialogCode.Accepted
    record = h.history.sessions()[0]
    assert (record.tension_after, record.tight_zones, record.note) == (7, (), "")
    h.history.close()


def test_enter_in_the_note_saves_and_a_toggle_can_be_set_with_space(qtbot, tmp_path, monkeypatch) -> None:
    def answer(dialog: dialogs.SummaryDialog) -> None:
        QTest.keyClick(dialog.rating.button(0), Qt.Key.Key_2)
        dialog.zone_buttons["achilles_tendon"].setFocus()
        QTest.keyClick(dialog.zone_buttons["achilles_tendon"], Qt.Key.Key_Space)
        dialog.note_edit.setFocus()
        qtbot.keyClicks(dialog.note_edit, "ok")
        QTest.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    h = finish_with_real_dialog(qtbot, tmp_path, monkeypatch, answer)
    record = h.history.sessions()[0]
    assert (record.tension_after, record.tight_zones, record.note) == (2, ("achilles_tendon",), "ok")
    h.history.close()


@pytest.mark.parametrize("how", ["click", "esc"])
def test_skip_stores_nothing_even_after_choosing(qtbot, tmp_path, monkeypatch, how: str) -> None:
    def answer(dialog: dialogs.SummaryDialog) -> None:
        qtbot.mouseClick(dialog.zone_buttons["heel"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.rating.button(5), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.note_edit, "never mind")
        if how == "click":
            qtbot.mouseClick(dialog.rating.skip_button(), Qt.MouseButton.LeftButton)
        else:
            QTest.keyClick(dialog.note_edit, Qt.Key.Key_Escape)

    h = finish_with_real_dialog(qtbot, tmp_path, monkeypatch, answer)
    assert h.seen["result"] == dialogs.SummaryDialog.DialogCode.Rejected
    record = h.history.sessions()[0]
    assert (record.tension_after, record.tight_zones, record.note) == (None, (), "")
    h.history.close()


def test_summary_zones_are_those_reached_in_order_once() -> None:
    controller = SessionController(load_library(), clock=FakeClock())
    controller.select_routine("standard")
    plan = controller.plan
    assert zones_reached(plan, len(plan)) == standard_zones()
    first = plan[0].step.zones
    assert zones_reached(plan, 1) == tuple(dict.fromkeys(first))


class BrokenHistory(NullHistoryStore):
    def set_tight_zones(self, *args: object, **kwargs: object) -> None:
        raise HistoryUnavailable("disk full")


def test_a_history_failure_becomes_a_notice(qtbot) -> None:
    controller = SessionController(load_library(), history=BrokenHistory(), clock=FakeClock())
    with qtbot.waitSignal(controller.notice) as notice:
        controller.record_after(3, after=5, tight_zones=("heel",), note="x")
    assert "disk full" in notice.args[0]
    controller.record_after(3, after=5, tight_zones=("heel",), note="x")  # carries on without history


# ---- follow-along -----------------------------------------------------------------------------------


@pytest.fixture
def follow(qtbot):
    clock = FakeClock()
    controller = SessionController(load_library(), clock=clock)
    controller.select_routine("standard")
    window = follow_window(qtbot, controller, catalogue=CATALOGUE)
    window.enter()
    QTest.keyClick(window, Qt.Key.Key_Space)
    for _ in range(int(controller.plan[0].duration_s) + 2):  # into the second step
        clock.advance(1.0)
        window.tick()
        controller.driver.tick()
    QTest.keyClick(window, Qt.Key.Key_S)  # stop early (a stop for pain asks no rating)
    assert window.showing_summary
    yield window
    window.leave()


def test_follow_along_toggled_zones_go_out_with_the_rating(qtbot, follow: FollowAlongWindow) -> None:
    page = follow.summary_page
    plan = follow.controller.plan
    expected = tuple(dict.fromkeys(z for item in plan[:2] for z in item.step.zones))
    assert tuple(page.zone_buttons) == expected and page.tight_box.isVisibleTo(follow)
    toggled = expected[-1]
    qtbot.mouseClick(page.zone_buttons[toggled], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is not page.zone_buttons[toggled]  # keys still reach the window
    rated: list[int] = []
    follow.rated.connect(rated.append)
    with qtbot.waitSignal(follow.recorded) as got:
        QTest.keyClick(follow, Qt.Key.Key_3)
    assert got.args == [AfterSession(3, (toggled,), "")] and rated == [3]
    assert not page.tight_box.isVisibleTo(follow)
    plain = CATALOGUE[toggled].plain
    assert page.thanks.text().endswith(f"Tight: {plain[:1].lower()}{plain[1:]}.")  # sentence case


def test_follow_along_esc_skips_zones_too(qtbot, follow: FollowAlongWindow) -> None:
    page = follow.summary_page
    qtbot.mouseClick(next(iter(page.zone_buttons.values())), Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(follow.recorded), qtbot.waitSignal(follow.rating_skipped):
        QTest.keyClick(follow, Qt.Key.Key_Escape)


# ---- pictures to look at ----------------------------------------------------------------------------


@pytest.mark.skipif(not os.environ.get("SUMMARY_SHOTS"), reason="set SUMMARY_SHOTS=1 to render PNGs")
def test_render_summaries(qtbot) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    library = load_library()
    for routine_id in ("standard", "full-session"):
        routine = library.get(routine_id)
        zones = tuple(dict.fromkeys(z for s in routine.steps for z in s.zones))
        summary = SessionSummary(routine.title, True, False, 612, 8, 8, 1, zones)
        dialog = dialogs.SummaryDialog(summary, catalogue=CATALOGUE)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.rating.button(3).click()
        dialog.zone_buttons[zones[1]].click()
        dialog.note_edit.setText("Stiff after the long walk")
        dialog.adjustSize()
        dialog.grab().save(str(SHOTS / f"dialog-{routine_id}.png"))
        for size, pain in (((1366, 768), True), ((1920, 1080), False)):
            page = SummaryPage()
            qtbot.addWidget(page)
            page.setStyleSheet("background: #0e1316;")
            page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            page.resize(*size)
            page.apply_unit(min(size[1], size[0] * 9 / 16) / 100)
            text = SummaryText(
                "Stopped — this hurts" if pain else "Well done — session complete",
                "3 of 8 steps done in 4:12 of massage.",
                "If it still hurts" if pain else "",
                "Stop and rest.\n\nSee a doctor if it keeps hurting." if pain else "",
            )
            page.show_summary(text, dialogs.zone_choices(zones, CATALOGUE))
            page.zone_buttons[zones[0]].click()
            page.show()
            page.grab().save(str(SHOTS / f"follow-{routine_id}-{size[0]}{'-pain' if pain else ''}.png"))
