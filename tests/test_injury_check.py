"""The injury check (issue 18): offered after a "recent injury: yes", the Ottawa points exact and clickable
on the diagram in every view that shows them (right foot and mirrored left), and a positive finding
blocks the session with the advice to get it checked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from scripted_dialogs import MemorySettings, ScriptedDialogs

from desktop.model import ottawa
from desktop.model.anatomy import load_view
from desktop.model.ottawa import PalpationPoint
from desktop.model.problems import ValidationError
from desktop.model.routine_loader import parse_routine
from desktop.model.session_events import SessionState
from desktop.model.session_gate import SessionGate
from desktop.model.session_questions import NOT_STARTED_UNSAFE
from desktop.model.zones import load_catalogue
from desktop.ui.diagram_view import DiagramView
from desktop.ui.injury_check import InjuryCheck
from desktop.ui.palpation_view import PALPATION_VIEWS


class Session:
    """The least SessionPort the way in needs."""

    state = SessionState.IDLE
    in_progress = False

    def __init__(self) -> None:
        self.told: list[str] = []
        self.started = False

    def reset(self) -> None: ...

    def set_before_rating(self, rating) -> None: ...

    def start(self) -> None:
        self.started = True

    def tell(self, text: str) -> None:
        self.told.append(text)


def _click_point(qtbot, dialog: InjuryCheck, zone_id: str) -> None:
    view = dialog.diagram
    geometry = load_view(view.view_name)
    anchor = geometry.zones[zone_id].interior_point(geometry.guides[zone_id].point_at(0.5)[0])
    pos = view.mapFromScene(QPointF(*anchor))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_every_palpation_zone_is_a_point_of_the_rules_and_only_in_side_views() -> None:
    catalogue = load_catalogue()
    palpation = {z.id: z for z in catalogue if z.palpation}
    assert set(palpation) == {p.value for p in PalpationPoint}
    assert all(set(z.views) <= set(PALPATION_VIEWS) for z in palpation.values())
    for view in PALPATION_VIEWS:
        geometry = load_view(view)
        assert {z for z in palpation if view in palpation[z].views} <= set(geometry.zones)


@pytest.mark.parametrize("side", ["right", "left"])
def test_the_points_are_clickable_in_every_view_that_shows_them_and_mirrored(qtbot, side: str) -> None:
    dialog = InjuryCheck(side=side)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: set[str] = set()
    for view in PALPATION_VIEWS:
        dialog.diagram.set_view(view)
        assert (
            dialog.diagram.transform().m11() < 0 if side == "left" else dialog.diagram.transform().m11() > 0
        )
        items = dialog.diagram.point_items()
        assert items, view
        for zone_id in items:
            dialog.diagram.set_view(view)
            with qtbot.waitSignal(dialog.diagram.point_clicked) as clicked:
                _click_point(qtbot, dialog, zone_id)
            assert clicked.args == [zone_id]
            assert dialog.current_point == PalpationPoint(zone_id)
            assert items[zone_id].highlighted
            seen.add(zone_id)
    assert seen == {p.value for p in PalpationPoint}


def test_the_main_diagram_never_offers_a_palpation_point(qtbot) -> None:
    widget = DiagramView()
    qtbot.addWidget(widget)
    for view in PALPATION_VIEWS:
        assert widget.set_view(view)
        assert not [z for z in widget.zone_items() if z.startswith("ottawa_")]


def test_a_routine_step_on_a_palpation_point_is_refused() -> None:
    text = b"""
id = "bad"
title = "Bad"
summary = "Presses a check point."
sides = "right"
[[steps]]
id = "press"
title = "Press"
technique = "sustained_pressure"
zones = ["ottawa_navicular"]
duration_s = 30
pressure = "light"
cue = "Press"
instructions = "Press it."
motion = { pattern = "press_hold" }
"""
    with pytest.raises(ValidationError, match="injury-check point, not a massage target"):
        parse_routine(text, "bad.toml")


def test_the_gate_offers_the_check_only_after_a_recent_injury_yes() -> None:
    for injured, asked in ((True, ["safety", "injury"]), (False, ["safety"])):
        dialogs = ScriptedDialogs(safe=False, injured=injured)
        session = Session()
        gate = SessionGate(session, dialogs, MemorySettings(), today=lambda: date(2026, 12, 7))
        assert gate.start() is False
        assert dialogs.asked == asked and not session.started
        assert session.told == [NOT_STARTED_UNSAFE]


class CheckingDialogs(ScriptedDialogs):
    """Scripted answers, but the injury check is the real dialog, answered by clicks on its buttons."""

    def __init__(self, qtbot, tender: PalpationPoint | None) -> None:
        super().__init__(safe=False, injured=True)
        self.qtbot, self.tender, self.dialog = qtbot, tender, None

    def injury_check(self) -> None:
        self.asked.append("injury")
        dialog = InjuryCheck()
        self.qtbot.addWidget(dialog)
        dialog.show()
        for point in PalpationPoint:
            row = dialog.point_row(point)
            self.qtbot.mouseClick(row.yes if point is self.tender else row.no, Qt.MouseButton.LeftButton)
        dialog.answer_walking(immediately=True, now=True)
        self.dialog = dialog


def test_a_positive_finding_blocks_the_session_with_the_advice(qtbot) -> None:
    dialogs = CheckingDialogs(qtbot, PalpationPoint.FIFTH_METATARSAL)
    session = Session()
    gate = SessionGate(session, dialogs, MemorySettings(), today=lambda: date(2026, 12, 7))
    assert gate.start() is False and not session.started
    dialog = dialogs.dialog
    assert dialog is not None and dialog.result().positive
    assert dialog.verdict.isVisible() and dialog.verdict.heading().endswith(ottawa.GET_CHECKED_HEADLINE)
    assert any("X-ray" in line for line in dialog.verdict.lines())
    assert any("fifth" in line or "little toe" in line for line in dialog.verdict.lines())


def test_all_negative_still_says_no_massage_and_never_fine(qtbot) -> None:
    dialogs = CheckingDialogs(qtbot, None)
    session = Session()
    gate = SessionGate(session, dialogs, MemorySettings(), today=lambda: date(2026, 12, 7))
    assert gate.start() is False and not session.started
    dialog = dialogs.dialog
    assert dialog is not None and not dialog.result().positive and dialog.result().complete
    assert dialog.verdict.heading().endswith(ottawa.STILL_REST_HEADLINE)
    assert "fine" not in " ".join(dialog.verdict.lines()).lower()
