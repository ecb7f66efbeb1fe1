"""Screen-reader announcements of a session: each step, phase and state change once, then "3", "2",
"1" at the end of a step, and never the countdown every second (desktop.model.announcements)."""

from __future__ import annotations

from test_main_window import Harness

from desktop.model.session_events import ItemKind, SessionState


def test_a_session_is_announced_at_its_changes_only(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    said = h.window.announcer.said
    h.window.start_or_toggle()
    assert h.controller.state is SessionState.RUNNING
    first = h.snap()
    step = first.item.step
    seconds = int(first.remaining_s)
    h.advance(seconds - 2)  # two seconds left of the first step
    kinds = [a.kind for a in said]
    assert kinds[0] == "step" and said[0].text.startswith("Step 1 of")
    assert step.title in said[0].text
    phases = [a for a in said if a.kind == "phase"]
    assert len(phases) <= max(0, len(step.phases) - 1)  # a phase is announced as it begins, not before
    assert [a.text for a in said if a.kind == "ending"] == ["3", "2"]
    h.advance(2)  # the last second, then the next step begins
    assert [a.text for a in said if a.kind == "ending"] == ["3", "2", "1"]
    assert said[-1].kind == "step" and said[-1].text.startswith("Step 2 of")
    # a whole minute and more of countdown, and not one number of it spoken beyond the last three
    assert len(said) <= 2 + len(step.phases) + 3
    assert all(a.text in ("1", "2", "3") for a in said if a.text.strip().isdigit())
    h.window.start_or_toggle()  # pause
    assert said[-1].kind == "state" and "Paused" in said[-1].text
    h.advance(30)
    assert said[-1].kind == "state"  # nothing while paused
    h.window.start_or_toggle()  # resume
    assert said[-1].kind == "state" and h.controller.state is SessionState.RUNNING
    assert h.snap().item.kind is ItemKind.STEP
    h.controller.stop()
