"""The main window's widgets and their layout: diagram on the left; routine, steps and timer on the right.

Split from main_window.py, which keeps the behaviour; this module only creates and arranges widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.model.routine import SidePlan
from desktop.ui import layouts
from desktop.ui.diagram_view import DiagramView
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.panel_overlay import PanelOverlay
from desktop.ui.step_list import StepList
from desktop.ui.timer_panel import TimerPanel
from desktop.ui.view_switcher import ViewSwitcher
from desktop.ui.zone_panel import ZonePanel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SIDE_LABELS = {SidePlan.RIGHT: "Right foot", SidePlan.LEFT: "Left foot", SidePlan.BOTH: "Both feet"}
PACES = (0.75, 1.0, 1.25, 1.5)


def build_layout(self: MainWindow) -> None:
    """Create the window's widgets and lay them out (as Designer's setupUi would); no behaviour here."""
    splitter = QSplitter(Qt.Orientation.Horizontal, self)
    splitter.setChildrenCollapsible(False)

    left = QWidget()
    left_box = QVBoxLayout(left)
    left_box.setContentsMargins(8, 8, 8, 8)
    top = layouts.row(left_box)
    self.view_switcher = ViewSwitcher()
    self.side_badge = QLabel()
    self.side_badge.setObjectName("sideBadge")
    self.side_badge.setStyleSheet("QLabel#sideBadge { font-weight: 600; padding: 2px 10px; }")
    self.target_caption = ElidedLabel()
    self.target_caption.setObjectName("targetCaption")
    self.target_caption.setStyleSheet("QLabel#targetCaption { font-weight: 600; }")
    self.target_caption.setAccessibleName("Where this step works")
    top.addWidget(self.view_switcher)
    top.addSpacing(12)
    top.addWidget(self.target_caption, 1)
    top.addWidget(self.side_badge)

    diagram_area = QWidget()
    area_box = QHBoxLayout(diagram_area)
    area_box.setContentsMargins(0, 0, 0, 0)
    self.diagram = DiagramView(self.catalogue)
    self.diagram.setAccessibleName("Diagram of the foot, ankle and lower leg")
    area_box.addWidget(self.diagram, 1)
    self.zone_panel = ZonePanel()
    self.panel_overlay = PanelOverlay(diagram_area, self.diagram, self.zone_panel)  # over, not beside
    left_box.addWidget(diagram_area, 1)
    hint = QLabel("Click a region to see every technique for it.")
    hint.setStyleSheet("color: palette(mid);")
    left_box.addWidget(hint)

    right = QWidget()
    right_box = QVBoxLayout(right)
    right_box.setContentsMargins(8, 8, 8, 8)
    pick = layouts.row(right_box)
    self.routine_box = QComboBox()
    self.routine_box.setAccessibleName("Routine")
    self.routine_box.setMinimumContentsLength(18)
    pick.addWidget(self.routine_box, 1)
    self.routine_summary = QLabel()  # shown as the picker's tooltip: vertical space is precious

    sides = layouts.row(right_box)
    self.side_buttons = QButtonGroup(self)
    for plan in (SidePlan.RIGHT, SidePlan.LEFT, SidePlan.BOTH):
        button = QPushButton(SIDE_LABELS[plan])
        button.setCheckable(True)
        button.setProperty("side_plan", plan.value)
        self.side_buttons.addButton(button)
        sides.addWidget(button)
    self.pace_box = QComboBox()
    self.pace_box.setAccessibleName("Pace")
    for pace in PACES:
        self.pace_box.addItem(f"Pace {pace:g}×", pace)
    self.pace_box.setToolTip("Longer or shorter steps (1× is the routine's own timing)")
    sides.addWidget(self.pace_box)

    self.step_list = StepList()
    self.step_list.setMinimumHeight(110)
    self.timer_panel = TimerPanel()
    steps_and_timer = QSplitter(Qt.Orientation.Vertical)
    steps_and_timer.setChildrenCollapsible(False)
    steps_and_timer.addWidget(self.step_list)
    steps_and_timer.addWidget(self.timer_panel)
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
    self.setCentralWidget(splitter)
    self.splitter = splitter
    self.statusBar().setSizeGripEnabled(True)
