"""The panel that coaches the current step: time left, what to do, how hard, and the session controls.

It renders a SessionSnapshot and forwards button presses as plain signals; what a press does (and what
"previous" means on the first step) is the session engine's business.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.model.routine import Pressure
from desktop.model.session_events import ItemKind, SessionSnapshot, SessionState
from desktop.model.timefmt import format_mmss, format_remaining
from desktop.ui import layouts, style
from desktop.ui.caution_box import CautionBox

SHORTCUTS: dict[str, str] = {
    "start_pause": "Space",
    "previous": "Left",
    "next": "Right",
    "restart": "R",
    "add_time": "+",
    "stop": "S",
    "hurts": "H",
}
"""Suggested keys (QKeySequence strings) per control; the main window owns the actual shortcuts."""

_KEY_GLYPHS = {"Left": "←", "Right": "→"}
_PRESSURE_LEVEL = {Pressure.LIGHT: 1, Pressure.MODERATE: 2, Pressure.FIRM: 3, Pressure.DEEP: 4}
_START_LABEL = {
    SessionState.IDLE: "Start",
    SessionState.RUNNING: "Pause",
    SessionState.PAUSED: "Resume",
    SessionState.FINISHED: "Start again",
    SessionState.STOPPED: "Start again",
}
_STATE_NOTE = {
    SessionState.IDLE: "Ready",
    SessionState.RUNNING: "",
    SessionState.PAUSED: "Paused",
    SessionState.FINISHED: "Finished — well done",
    SessionState.STOPPED: "Stopped",
}


def _tip(text: str, key: str) -> str:
    return f"{text} ({_KEY_GLYPHS.get(SHORTCUTS[key], SHORTCUTS[key])})"


def _label(scale: float = 1.0, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setFont(style.scaled_font(label.font(), scale, bold=bold))
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TimerPanel(QWidget):
    """Current step coaching plus controls.

    Signals (no arguments; the receiver asks the session what to do):
        start_pause_clicked, previous_clicked, next_clicked, restart_clicked, add_time_clicked,
        stop_clicked, hurts_clicked ("Stop — this hurts": always visible and enabled).
    """

    start_pause_clicked = Signal()
    previous_clicked = Signal()
    next_clicked = Signal()
    restart_clicked = Signal()
    add_time_clicked = Signal()
    stop_clicked = Signal()
    hurts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step_count = 0
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.TIGHT, style.MARGIN, style.TIGHT)
        root.setSpacing(style.TIGHT + 2)  # compact: the panel must fit a 1366×768 laptop screen

        header = layouts.row(root)
        accent = style.accent_text(self.palette())
        self.side_label = _label(bold=True, wrap=False)
        self.side_label.setStyleSheet(
            f"color: {accent}; border: 1px solid {accent}; border-radius: 10px; padding: 2px 10px;"
        )
        self.position_label = _label(wrap=False)
        self.state_label = _label(wrap=False)
        self.state_label.setAccessibleName("Session state")
        header.addWidget(self.side_label)
        header.addSpacing(style.SPACING)
        header.addWidget(self.position_label)
        header.addStretch(1)
        header.addWidget(self.state_label)

        self.title_label = _label(style.HEADING_SCALE, bold=True)
        self.title_label.setAccessibleName("Step")
        self.detail_label = _label(style.SMALL_SCALE)
        root.addWidget(self.title_label)
        root.addWidget(self.detail_label)

        # The phase sits beside the countdown, so a step without phases costs no extra line.
        time_row = layouts.row(root)
        self.phase_label = _label(style.PHASE_SCALE, bold=True, wrap=False)
        self.phase_label.setStyleSheet(f"color: {accent};")
        self.phase_label.setAccessibleName("Phase")
        self.time_label = _label(style.TIMER_SCALE, bold=True, wrap=False)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label.setAccessibleName("Time left in this step")
        time_row.addWidget(self.phase_label, 1, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        time_row.addWidget(self.time_label, 0)
        time_row.addStretch(1)

        self.cue_label = _label(style.CUE_SCALE, bold=True)
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue_label.setAccessibleName("Cue")
        root.addWidget(self.cue_label)

        # Cautions come with the step, never below the fold (outside the scrolling instructions).
        self.caution_box = CautionBox("Caution")
        root.addWidget(self.caution_box)

        root.addWidget(self._build_details(), 1)
        self._build_progress(layouts.row(root))
        self._build_controls(layouts.column(root))
        self.clear()

    # ---- construction ----------------------------------------------------------------------------

    def _build_details(self) -> QScrollArea:
        """Instructions and "up next" scroll together so the controls never move."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, style.TIGHT, 0, style.TIGHT)
        layout.setSpacing(style.SPACING)
        self.instructions_label = _label(style.BODY_SCALE)
        self.instructions_label.setAccessibleName("Instructions")
        self.instructions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_label = _label(style.SMALL_SCALE)
        self.next_label.setStyleSheet(f"color: {style.muted_color(self.palette()).name()};")
        layout.addWidget(self.instructions_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(48)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        return scroll

    def _build_progress(self, row: QHBoxLayout) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setAccessibleName("Routine progress")
        palette = self.progress.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(style.ACCENT))
        self.progress.setPalette(palette)
        self.total_label = _label(wrap=False)
        self.total_label.setAccessibleName("Time left in the routine")
        row.addWidget(self.progress, 1)
        row.addWidget(self.total_label)

    def _button(self, text: str, tip: str, key: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(_tip(tip, key))
        button.setAccessibleName(tip)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(30)
        button.clicked.connect(signal)
        return button

    def _build_controls(self, box: QVBoxLayout) -> None:
        box.setSpacing(style.SPACING)
        grid = layouts.grid(box)
        grid.setHorizontalSpacing(style.SPACING - 2)
        grid.setVerticalSpacing(style.SPACING - 2)
        self.previous_button = self._button("‹ Previous", "Previous step", "previous", self.previous_clicked)
        self.start_pause_button = self._button("Start", "Start", "start_pause", self.start_pause_clicked)
        self.start_pause_button.setStyleSheet(style.PRIMARY_BUTTON_QSS)
        self.next_button = self._button("Next ›", "Next step", "next", self.next_clicked)
        self.restart_button = self._button(
            "↺ Restart step", "Restart this step", "restart", self.restart_clicked
        )
        self.add_time_button = self._button(
            "+10 s", "Add 10 seconds to this step", "add_time", self.add_time_clicked
        )
        self.stop_button = self._button("■ Stop", "Stop the session", "stop", self.stop_clicked)
        for col, button in enumerate((self.previous_button, self.start_pause_button, self.next_button)):
            grid.addWidget(button, 0, col)
        for col, button in enumerate((self.restart_button, self.add_time_button, self.stop_button)):
            grid.addWidget(button, 1, col)
        self.hurts_button = self._button(
            "⚠  Stop — this hurts", "Stop — this hurts", "hurts", self.hurts_clicked
        )
        self.hurts_button.setStyleSheet(style.hurts_button_qss(self.palette()))
        self.hurts_button.setAccessibleDescription("Stops the session and shows what to do about the pain.")
        box.addWidget(self.hurts_button)

    # ---- rendering -------------------------------------------------------------------------------

    def set_step_count(self, count: int) -> None:
        """Steps per side, for "Step 2 of 5" (0 shows just "Step 2")."""
        self._step_count = max(0, count)

    def clear(self) -> None:
        """No session: placeholders, every control off except "Stop — this hurts"."""
        for label in (self.side_label, self.position_label, self.phase_label, self.state_label):
            label.clear()
        self.side_label.hide()
        self.title_label.setText("Choose a routine to begin")
        self.detail_label.clear()
        self.time_label.setText(format_mmss(0))
        self.cue_label.clear()
        self.instructions_label.clear()
        self.caution_box.set_lines([])
        self.next_label.clear()
        self.progress.setValue(0)
        self.total_label.clear()
        for button in self._session_buttons():
            button.setEnabled(False)
        self._set_start_label(SessionState.IDLE)

    def set_snapshot(self, snapshot: SessionSnapshot) -> None:
        """Draw the session as the snapshot describes it (called on every tick and every event)."""
        item = snapshot.item
        step = item.step
        switching = item.kind is ItemKind.SWITCH_SIDES or step is None
        side = snapshot.next_item.side if switching and snapshot.next_item else item.side
        self.side_label.setText(f"{side.value.capitalize()} foot")
        self.side_label.show()

        if switching:
            self.position_label.setText("Change feet")
            self.title_label.setText(f"Switch to the {side.value} foot")
            self.detail_label.setText("A short pause")
            self.cue_label.setText(f"Move to your {side.value} foot")
            self.instructions_label.setText(
                f"Rest the other foot and settle your {side.value} foot in the same comfortable position. "
                "The next step starts on its own."
            )
            self.caution_box.set_lines([])
        else:
            of = f" of {self._step_count}" if self._step_count else ""
            self.position_label.setText(f"Step {item.step_number}{of}")
            self.title_label.setText(step.title)
            level = _PRESSURE_LEVEL[step.pressure]
            dots = "●" * level + "○" * (4 - level)
            self.detail_label.setText(
                f"{step.technique.label}  ·  {step.pressure.value.capitalize()} pressure {dots}"
            )
            self.detail_label.setAccessibleName(
                f"{step.technique.label}, {step.pressure.value} pressure ({level} of 4)"
            )
            self.cue_label.setText(snapshot.phase_cue or step.cue)
            self.instructions_label.setText(step.instructions)
            self.caution_box.set_lines(list(step.cautions))

        phase = snapshot.phase_name
        self.phase_label.setText(phase[:1].upper() + phase[1:])
        self.state_label.setText(_STATE_NOTE[snapshot.state])
        self.time_label.setText(format_remaining(snapshot.remaining_s))
        self.next_label.setText(self._up_next(snapshot))

        total_left = format_remaining(snapshot.total_remaining_s)
        self.total_label.setText(f"{total_left} left")
        done = 1.0 - snapshot.total_remaining_s / snapshot.total_s if snapshot.total_s > 0 else 1.0
        self.progress.setValue(round(1000 * min(1.0, max(0.0, done))))
        self.progress.setAccessibleDescription(f"{total_left} left of {format_remaining(snapshot.total_s)}")
        self._update_buttons(snapshot)

    def _up_next(self, snapshot: SessionSnapshot) -> str:
        upcoming = snapshot.next_item
        if upcoming is None or snapshot.state in (SessionState.FINISHED, SessionState.STOPPED):
            return ""
        if upcoming.kind is ItemKind.SWITCH_SIDES or upcoming.step is None:
            return f"Up next: switch to the {upcoming.side.value} foot"
        return f"Up next: {upcoming.step.title} ({format_remaining(upcoming.duration_s)})"

    def _update_buttons(self, snapshot: SessionSnapshot) -> None:
        state = snapshot.state
        active = state in (SessionState.RUNNING, SessionState.PAUSED)
        ended = state in (SessionState.FINISHED, SessionState.STOPPED)
        self.start_pause_button.setEnabled(True)
        # In a started session "previous" on the first item restarts it and "next" on the last finishes.
        self.previous_button.setEnabled(not ended and (snapshot.index > 0 or active))
        self.next_button.setEnabled(not ended and (snapshot.next_item is not None or active))
        for button in (self.restart_button, self.add_time_button, self.stop_button):
            button.setEnabled(active)
        self._set_start_label(state)

    def _set_start_label(self, state: SessionState) -> None:
        text = _START_LABEL[state]
        self.start_pause_button.setText(text)
        self.start_pause_button.setToolTip(_tip(text, "start_pause"))
        self.start_pause_button.setAccessibleName(text)

    def _session_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.start_pause_button,
            self.previous_button,
            self.next_button,
            self.restart_button,
            self.add_time_button,
            self.stop_button,
        )
