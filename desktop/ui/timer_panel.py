"""The panel that coaches the current step: time left, what to do, how hard, and the session controls.

It places the words of a SessionText (desktop.model.session_presenter, the same words follow-along
shows) and forwards button presses as plain signals; what a press does (and what "previous" means on
the first step) is the session engine's business. Tooltips name the keys the command table
(desktop.model.command_table) binds, looked up through desktop.model.commands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
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

from desktop.model.commands import command, tooltip
from desktop.model.i18n import translate
from desktop.model.session_presenter import NO_SESSION_TITLE, shown, toggle_label
from desktop.model.session_snapshot import SessionSnapshot, SessionState
from desktop.model.session_text import SessionText
from desktop.model.timefmt import format_mmss, format_remaining
from desktop.ui import layouts, style
from desktop.ui.caution_box import CautionBox
from desktop.ui.viewports import own_viewport


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
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.TIGHT, style.MARGIN, style.TIGHT)
        root.setSpacing(style.TIGHT + 2)  # compact: the panel must fit a 1366×768 laptop screen

        # Everything above the progress bar scrolls as one, so the controls never move and nothing is
        # clipped when the text is large (View → Appearance, up to 200 %). At the top, where a new step
        # puts it, the caution sits right under the countdown, above the instructions.
        top = self._build_scrolling(root)
        header = layouts.row(top)
        # Colours come from the theme's application style sheet (desktop.ui.theme), by object name.
        self.side_label = _label(bold=True, wrap=False)
        self.side_label.setObjectName("sideLabel")
        self.position_label = _label(wrap=False)
        self.state_label = _label(wrap=False)
        self.state_label.setAccessibleName(translate("timer_panel", "Session state"))
        header.addWidget(self.side_label)
        header.addSpacing(style.SPACING)
        header.addWidget(self.position_label)
        header.addStretch(1)
        header.addWidget(self.state_label)

        self.title_label = _label(style.HEADING_SCALE, bold=True)
        self.title_label.setAccessibleName(translate("timer_panel", "Step"))
        self.detail_label = _label(style.SMALL_SCALE)
        top.addWidget(self.title_label)
        top.addWidget(self.detail_label)

        # The phase sits beside the countdown, so a step without phases costs no extra line.
        time_row = layouts.row(top)
        self.phase_label = _label(style.PHASE_SCALE, bold=True, wrap=False)
        self.phase_label.setObjectName("phaseLabel")
        self.phase_label.setAccessibleName(translate("timer_panel", "Phase"))
        self.time_label = _label(wrap=False)
        # The countdown is huge already: it keeps its size when the person enlarges the text (View →
        # Appearance), so the words around it get the room (no clipping at 200 % in 1280×800).
        system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self.time_label.setFont(style.scaled_font(system, style.TIMER_SCALE, bold=True))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label.setAccessibleName(translate("timer_panel", "Time left in this step"))
        time_row.addWidget(self.phase_label, 1, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        time_row.addWidget(self.time_label, 0)
        time_row.addStretch(1)

        self.cue_label = _label(style.CUE_SCALE, bold=True)
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue_label.setAccessibleName(translate("timer_panel", "Cue"))
        top.addWidget(self.cue_label)

        # Cautions come with the step, never below the fold (outside the scrolling instructions).
        self.caution_box = CautionBox(translate("timer_panel", "Caution"))
        top.addWidget(self.caution_box)

        self._build_details(top)
        self._build_progress(layouts.row(root))
        self._build_controls(layouts.column(root))
        self.clear()

    # ---- construction ----------------------------------------------------------------------------

    def _build_scrolling(self, root: QVBoxLayout) -> QVBoxLayout:
        """The scrolling part of the panel; returns the layout to fill."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, style.TIGHT, 0)
        layout.setSpacing(style.TIGHT + 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(48)
        scroll.setAccessibleName(
            translate("timer_panel", "Instructions and what comes next")
        )  # it takes the focus, to scroll
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        own_viewport(scroll).setAutoFillBackground(False)  # desktop.ui.viewports says why
        body.setAutoFillBackground(False)
        self._scroll = scroll
        root.addWidget(scroll, 1)
        self._scroll_body = body
        return layout

    def _build_details(self, layout: QVBoxLayout) -> None:
        """Instructions and "up next", below the step's heading, countdown, cue and caution."""
        self.instructions_label = _label(style.BODY_SCALE)
        self.instructions_label.setAccessibleName(translate("timer_panel", "Instructions"))
        self.instructions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_label = _label(style.SMALL_SCALE)
        self.next_label.setObjectName("nextLabel")
        layout.addSpacing(style.TIGHT)
        layout.addWidget(self.instructions_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        self._scroll.setWidget(self._scroll_body)  # filled now: Qt sizes it from here on
        self._scroll.installEventFilter(self)  # resized: "Next: …" may fit again, or no longer
        self._scroll_body.installEventFilter(self)  # its words changed size (a new step, larger text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._fit_next()
        return False

    def _fit_next(self) -> None:
        """Show "Next: …", the scrolling part's last line, whole or not at all.

        When everything fits but that line, a scroll area cuts it through the middle (at 1280×800 with
        the preparation card open its lower half was missing, behind a scroll bar a few pixels long):
        then it is hidden. When the rest does not fit either, it stays, wholly below the fold, reached by
        scrolling. Both heights are measured at the width with no scroll bar, which is the width in both
        of the cases where the choice matters, so showing or hiding it never changes the choice.
        """
        label, layout = self.next_label, self._scroll_body.layout()
        room = self._scroll.contentsRect()
        margins = layout.contentsMargins()
        own = label.heightForWidth(room.width() - margins.left() - margins.right()) + layout.spacing()
        total = layout.totalHeightForWidth(room.width())
        with_next, without = (total + own, total) if label.isHidden() else (total, total - own)
        show = with_next <= room.height() or without > room.height()
        if show == label.isHidden():
            label.setVisible(show)

    def _build_progress(self, row: QHBoxLayout) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setAccessibleName(translate("timer_panel", "Routine progress"))
        self.total_label = _label(wrap=False)
        self.total_label.setAccessibleName(translate("timer_panel", "Time left in the routine"))
        row.addWidget(self.progress, 1)
        row.addWidget(self.total_label)

    def _button(self, text: str, command_id: str, signal: Signal, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip(command_id, tip))
        button.setAccessibleName(tip or translate("commands", command(command_id).help))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(30)
        button.clicked.connect(signal)
        return button

    def _build_controls(self, box: QVBoxLayout) -> None:
        box.setSpacing(style.SPACING)
        grid = layouts.grid(box)
        grid.setHorizontalSpacing(style.SPACING - 2)
        grid.setVerticalSpacing(style.SPACING - 2)
        self.previous_button = self._button(
            translate("timer_panel", "‹ Previous"), "previous", self.previous_clicked,
            translate("timer_panel", "Previous step"),
        )  # fmt: skip
        self.start_pause_button = self._button(
            translate("timer_panel", "Start"), "start_pause", self.start_pause_clicked,
            translate("timer_panel", "Start"),
        )  # fmt: skip
        self.start_pause_button.setObjectName("startPause")
        self.next_button = self._button(
            translate("timer_panel", "Next ›"),
            "next",
            self.next_clicked,
            translate("timer_panel", "Next step"),
        )
        self.restart_button = self._button(
            translate("timer_panel", "↺ Restart step"), "restart", self.restart_clicked
        )
        self.add_time_button = self._button(
            translate("timer_panel", "+10 s"), "add_time", self.add_time_clicked
        )
        self.stop_button = self._button(
            translate("timer_panel", "■ Stop"),
            "stop",
            self.stop_clicked,
            translate("timer_panel", "Stop the session"),
        )
        for col, button in enumerate((self.previous_button, self.start_pause_button, self.next_button)):
            grid.addWidget(button, 0, col)
        for col, button in enumerate((self.restart_button, self.add_time_button, self.stop_button)):
            grid.addWidget(button, 1, col)
        self.hurts_button = self._button(
            translate("timer_panel", "⚠  Stop — this hurts"), "hurts", self.hurts_clicked
        )
        self.hurts_button.setObjectName("hurts")
        self.hurts_button.setAccessibleDescription(
            translate("timer_panel", "Stops the session and shows what to do about the pain.")
        )
        box.addWidget(self.hurts_button)

    # ---- rendering -------------------------------------------------------------------------------

    def clear(self) -> None:
        """No session: placeholders, every control off except "Stop — this hurts"."""
        for label in (self.side_label, self.position_label, self.phase_label, self.state_label):
            label.clear()
        self.side_label.hide()
        self.title_label.setText(shown(NO_SESSION_TITLE))
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

    def set_snapshot(self, snapshot: SessionSnapshot, text: SessionText) -> None:
        """Show `text` (the presenter's words for `snapshot`) and enable the controls `snapshot` allows."""
        self.side_label.setText(text.side)
        self.side_label.show()
        self.position_label.setText(text.counter)
        self.position_label.setAccessibleName(
            translate("timer_panel", "{side}, {counter}").format(side=text.side, counter=text.counter)
        )
        if text.title != self.title_label.text():
            self._scroll.verticalScrollBar().setValue(0)  # a new step starts at its heading
        self.title_label.setText(text.title)
        self.detail_label.setText(text.detail)
        self.detail_label.setAccessibleName(text.detail_spoken)
        self.cue_label.setText(text.cue)
        self.instructions_label.setText(text.instructions)
        self.caution_box.set_lines(list(text.cautions))
        self.phase_label.setText(text.phase)
        self.state_label.setText(text.state_note)
        self.time_label.setText(text.countdown)
        if text.next_line != self.next_label.text():  # not every tick: only when the words change
            self.next_label.setText(text.next_line)
            self._fit_next()  # a hidden label's new words ask the layout nothing
        self.total_label.setText(text.total_left)
        self.progress.setValue(round(1000 * text.progress))
        total = format_remaining(snapshot.total_s)
        self.progress.setAccessibleDescription(
            translate("timer_panel", "{left} of {total}").format(left=text.total_left, total=total)
        )
        self._update_buttons(snapshot)

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
        text = toggle_label(state)
        self.start_pause_button.setText(text)
        self.start_pause_button.setToolTip(tooltip("start_pause", text))
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
