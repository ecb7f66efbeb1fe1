"""The main window's widgets and their layout: diagram on the left; routine, steps and timer on the right.

Split from main_window.py, which keeps the behaviour; this module only creates and arranges widgets and
hands them back as one typed MainLayout (as Designer's setupUi would, without setting attributes on the
window). It does not import the window: the window imports it.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.routine import SidePlan
from desktop.model.settings import pace_choices
from desktop.model.zones import ZoneCatalogue
from desktop.ui import layouts
from desktop.ui.diagram_view import DiagramView
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.panel_overlay import PanelOverlay
from desktop.ui.preparation_card import PreparationCard
from desktop.ui.step_list import StepList
from desktop.ui.timer_panel import TimerPanel
from desktop.ui.view_switcher import ViewSwitcher
from desktop.ui.zone_panel import ZonePanel

SIDE_LABELS = {
    SidePlan.RIGHT: QT_TRANSLATE_NOOP("main_window_layout", "Right foot"),
    SidePlan.LEFT: QT_TRANSLATE_NOOP("main_window_layout", "Left foot"),
    SidePlan.BOTH: QT_TRANSLATE_NOOP("main_window_layout", "Both feet"),
}  # translated where shown


class MainLayout(NamedTuple):
    """The main window's widgets that its behaviour needs (the rest only sit in the layout).

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19)."""

    view_switcher: ViewSwitcher
    side_badge: QLabel
    target_caption: ElidedLabel
    diagram: DiagramView
    zone_panel: ZonePanel
    panel_overlay: PanelOverlay  # keeps the zone panel over the diagram (kept here: it filters events)
    routine_box: QComboBox
    routine_summary: QLabel  # shown as the picker's tooltip: vertical space is precious
    side_buttons: QButtonGroup
    pace_box: QComboBox
    step_list: StepList
    preparation_card: PreparationCard  # in the step list's place before the day's first session
    timer_panel: TimerPanel
    splitter: QSplitter


def build_layout(window: QMainWindow, catalogue: ZoneCatalogue) -> MainLayout:
    """Create the window's widgets, lay them out in `window` and return them; no behaviour here."""
    made = SimpleNamespace()  # each part as it is made; frozen into a MainLayout at the end
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.setChildrenCollapsible(False)

    left = QWidget()
    left_box = QVBoxLayout(left)
    left_box.setContentsMargins(8, 8, 8, 8)
    top = layouts.row(left_box)
    made.view_switcher = ViewSwitcher()
    made.side_badge = QLabel()
    made.side_badge.setObjectName("sideBadge")
    made.side_badge.setStyleSheet("QLabel#sideBadge { font-weight: bold; padding: 2px 10px; }")
    made.target_caption = ElidedLabel()
    made.target_caption.setObjectName("targetCaption")
    made.target_caption.setStyleSheet("QLabel#targetCaption { font-weight: bold; }")  # as other bold
    made.target_caption.setAccessibleName(translate("main_window_layout", "Where this step works"))
    top.addWidget(made.view_switcher)
    top.addStretch(1)
    top.addWidget(made.side_badge)
    # On a line of its own: beside the view buttons it was cut to "The heel cord, the calf and the
    # whole…" at 100 % text, and to nothing at 200 %. One line, elided only when the pane is narrower.
    left_box.addWidget(made.target_caption)

    diagram_area = QWidget()
    area_box = QHBoxLayout(diagram_area)
    area_box.setContentsMargins(0, 0, 0, 0)
    made.diagram = DiagramView(catalogue)
    made.diagram.setAccessibleName(
        translate("main_window_layout", "Diagram of the foot, ankle and lower leg")
    )
    area_box.addWidget(made.diagram, 1)
    made.zone_panel = ZonePanel()
    made.panel_overlay = PanelOverlay(diagram_area, made.diagram, made.zone_panel)  # over, not beside
    left_box.addWidget(diagram_area, 1)
    hint = QLabel(translate("main_window_layout", "Click a region to see every technique for it."))
    hint.setWordWrap(True)  # at 200 % text one line would widen the window past a 1280 px screen
    hint.setStyleSheet("color: palette(mid);")
    left_box.addWidget(hint)

    right = QWidget()
    right_box = QVBoxLayout(right)
    right_box.setContentsMargins(8, 8, 8, 8)
    pick = layouts.row(right_box)
    made.routine_box = QComboBox()
    made.routine_box.setAccessibleName(translate("main_window_layout", "Routine"))
    made.routine_box.setMinimumContentsLength(18)
    pick.addWidget(made.routine_box, 1)
    made.routine_summary = QLabel()
    made.pace_box = QComboBox()
    made.pace_box.setAccessibleName(translate("main_window_layout", "Pace"))
    for n, (pace, name, what) in enumerate(pace_choices()):
        made.pace_box.addItem(name, pace)
        made.pace_box.setItemData(n, what, Qt.ItemDataRole.ToolTipRole)
    made.pace_box.setToolTip(translate("main_window_layout", "Pace: how long each step lasts"))
    # it may elide ("Normales Te…") rather than push the window past a 1280 px screen at 200 % text
    made.pace_box.setMinimumWidth(made.pace_box.fontMetrics().horizontalAdvance("M" * 7))
    pick.addWidget(made.pace_box)  # beside the routine: the foot row alone fits 200 % text

    sides = layouts.row(right_box)
    made.side_buttons = QButtonGroup(window)
    for plan in (SidePlan.RIGHT, SidePlan.LEFT, SidePlan.BOTH):
        button = QPushButton(translate("main_window_layout", SIDE_LABELS[plan]))
        button.setCheckable(True)
        button.setProperty("side_plan", plan.value)
        made.side_buttons.addButton(button)
        sides.addWidget(button)

    made.step_list = StepList()
    made.step_list.setMinimumHeight(110)
    made.preparation_card = PreparationCard()
    made.preparation_card.setMinimumHeight(110)
    made.preparation_card.hide()
    made.timer_panel = TimerPanel()
    steps_and_timer = QSplitter(Qt.Orientation.Vertical)
    steps_and_timer.setChildrenCollapsible(False)
    steps_pane = QWidget()
    steps_box = QVBoxLayout(steps_pane)
    steps_box.setContentsMargins(0, 0, 0, 0)
    steps_box.addWidget(made.preparation_card, 1)
    steps_box.addWidget(made.step_list, 1)
    steps_and_timer.addWidget(steps_pane)
    steps_and_timer.addWidget(made.timer_panel)
    steps_and_timer.setStretchFactor(0, 1)
    steps_and_timer.setStretchFactor(1, 4)
    steps_and_timer.setSizes([230, 600])
    right_box.addWidget(steps_and_timer, 1)

    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    # Explicit shares, not the panels' size hints: a step's caption or instructions must never
    # resize the diagram (it would jump, and its cached drawing would be redone).
    splitter.setSizes([11000, 9000])
    window.setCentralWidget(splitter)
    made.splitter = splitter
    window.statusBar().setSizeGripEnabled(True)
    return MainLayout(**{name: getattr(made, name) for name in MainLayout._fields})
