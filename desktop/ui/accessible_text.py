"""Accessible descriptions for the main window's controls that have only a visible label.

A screen reader reads a control's name and then its description: "Both feet, check box: massage the
right foot, then the left". Most controls describe themselves already (tooltips from the command table,
the routine's summary); these are the rest.
"""

from __future__ import annotations

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.routine import SidePlan

SIDE_DESCRIPTIONS = {
    SidePlan.RIGHT.value: QT_TRANSLATE_NOOP(
        "accessible_text", "Massage the right foot only (L switches feet)"
    ),
    SidePlan.LEFT.value: QT_TRANSLATE_NOOP("accessible_text", "Massage the left foot only (L switches feet)"),
    SidePlan.BOTH.value: QT_TRANSLATE_NOOP(
        "accessible_text", "Massage the right foot, then the left (L switches feet)"
    ),
}  # translated where shown


def describe_main_window(window) -> None:
    ui = window.ui
    for button in ui.side_buttons.buttons():
        source = SIDE_DESCRIPTIONS.get(button.property("side_plan"), "")
        description = translate("accessible_text", source) if source else ""
        button.setAccessibleDescription(description)
        button.setToolTip(description)
    ui.pace_box.setAccessibleDescription(ui.pace_box.toolTip())
    ui.step_list.view().setAccessibleDescription(
        ui.step_list.view().accessibleDescription()
        or translate("accessible_text", "The steps of this session")
    )
