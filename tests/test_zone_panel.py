"""The zone panel: what the zone is, which steps work on it, and the intents its buttons send."""

from __future__ import annotations

import panel_samples as S
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.zone_panel import ZonePanel

TUNNEL = S.CATALOGUE["inner_ankle_concavity"]
ENTRIES = [(S.OTHER, S.PRESS), (S.ROUTINE, S.PRESS)]


@pytest.fixture
def panel(qtbot: QtBot) -> ZonePanel:
    widget = ZonePanel()
    qtbot.addWidget(widget)
    widget.resize(380, 700)
    return widget


def test_shows_names_description_and_caution(panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    assert panel.isVisible()
    assert panel.name_label.text() == "Tarsal tunnel hollow"
    assert panel.plain_label.text() == "Hollow below the inner ankle bone"
    assert panel.description_label.text().startswith("The soft groove")
    assert panel.caution_box.isVisible() and panel.caution_box.lines() == ["Press firmly but never sharply."]
    assert not panel.no_press_label.isVisible()


def test_a_no_press_zone_says_glide_only(panel: ZonePanel) -> None:
    panel.show_zone(S.CATALOGUE["achilles_tendon"], [(S.ROUTINE, S.GLIDE)], "basic")
    assert panel.no_press_label.isVisible() and "never press" in panel.no_press_label.text()


def test_current_routine_first_and_other_routines_offer_a_switch(panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    assert [(c.routine_id, c.start_button.text()) for c in panel.cards] == [
        ("basic", "Start here"),
        ("desk", "Switch && start here"),  # shown as "Switch & start here"
    ]
    assert "Quick desk break" in panel.cards[1].start_button.toolTip()


def test_without_a_current_routine_every_step_offers_start_here(panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, None)
    assert [c.start_button.text() for c in panel.cards] == ["Start here", "Start here"]


def test_start_here_and_practise_send_routine_and_step(qtbot: QtBot, panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    with qtbot.waitSignal(panel.start_here) as start:
        qtbot.mouseClick(panel.cards[1].start_button, Qt.MouseButton.LeftButton)
    assert start.args == ["desk", "tunnel_press"]
    with qtbot.waitSignal(panel.practise) as practise:
        qtbot.mouseClick(panel.cards[0].practise_button, Qt.MouseButton.LeftButton)
    assert practise.args == ["basic", "tunnel_press"]


def test_a_zone_no_step_works_on_says_so(panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    panel.show_zone(S.CATALOGUE["calf_belly"], [], "basic")
    assert panel.cards == [] and panel.empty_label.isVisible()
    assert not panel.caution_box.isVisible()


def _visible_titles(panel: ZonePanel) -> list[str]:
    """The step titles a person sees, top to bottom (cards are reused, so look at what is shown)."""
    shown = [c for c in panel.findChildren(QFrame, "entryCard") if c.isVisible()]
    return [c.title_label.text() for c in sorted(shown, key=lambda c: c.y())]


def test_old_cards_vanish_when_another_zone_is_shown(panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    assert _visible_titles(panel) == [S.PRESS.title] * 2
    panel.show_zone(S.CATALOGUE["achilles_tendon"], [(S.ROUTINE, S.GLIDE)], "basic")
    assert _visible_titles(panel) == ["Warm-up strokes up the calf"]
    assert [c.title_label.text() for c in panel.cards] == ["Warm-up strokes up the calf"]


def test_a_reused_card_sends_its_new_step(qtbot: QtBot, panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    panel.show_zone(S.CATALOGUE["achilles_tendon"], [(S.ROUTINE, S.GLIDE)], None)
    card = panel.cards[0]
    assert card.start_button.text() == "Start here"
    assert card.start_button.accessibleName() == "Start at Warm-up strokes up the calf"
    with qtbot.waitSignal(panel.start_here) as start:
        qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert start.args == ["basic", S.GLIDE.id]
    with qtbot.waitSignal(panel.practise) as practise:
        qtbot.mouseClick(card.practise_button, Qt.MouseButton.LeftButton)
    assert practise.args == ["basic", S.GLIDE.id]


def test_close_button_hides_and_emits_closed(qtbot: QtBot, panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    with qtbot.waitSignal(panel.closed):
        qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert panel.isHidden()


def test_escape_closes_the_panel(qtbot: QtBot, panel: ZonePanel) -> None:
    panel.show_zone(TUNNEL, ENTRIES, "basic")
    panel.activateWindow()
    qtbot.waitUntil(lambda: panel.isActiveWindow())
    assert panel.close_button.hasFocus()  # the panel takes focus when it opens
    with qtbot.waitSignal(panel.closed):
        qtbot.keyClick(panel.close_button, Qt.Key.Key_Escape)
    assert panel.isHidden()


def test_the_panel_opens_over_the_drawing_on_the_side_away_from_the_zone(qtbot) -> None:
    """Opening the panel moves nothing under the pointer, and the clicked zone stays in sight, marked."""
    from desktop.model.zones import load_catalogue
    from desktop.ui.diagram_view import DiagramView
    from desktop.ui.panel_overlay import PanelOverlay
    from desktop.ui.zone_panel import ZonePanel

    area = QWidget()
    qtbot.addWidget(area)
    area.resize(900, 700)
    diagram = DiagramView(parent=area)
    diagram.resize(900, 700)
    panel = ZonePanel()
    PanelOverlay(area, diagram, panel)
    diagram.set_view("medial")
    area.show()
    qtbot.waitExposed(area)
    catalogue = load_catalogue()
    before = diagram.viewportTransform()
    for zone_id in ("forefoot", "heel"):
        anchor = diagram.mapFromScene(diagram.zone_anchor(zone_id))
        qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=anchor)
        assert diagram.selected_zone is not None
        panel.show_zone(catalogue.get(diagram.selected_zone), [], None)
        assert diagram.viewportTransform() == before
        assert diagram.zone_items()[diagram.selected_zone].selected
        assert not panel.geometry().contains(anchor), f"the panel covers {zone_id}"
        panel.close_panel()
        assert diagram.selected_zone is None
        assert not any(item.selected for item in diagram.zone_items().values())
