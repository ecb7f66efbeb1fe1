"""The window a person opens every day: the diagram beside the routine, step list and timer.

Layout and wiring only: session rules live in the model and the SessionController; the widgets it
assembles render state and forward intent. Menus and shortcuts are built in desktop.ui.menus.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QWidget,
)

from desktop import APP_NAME
from desktop.model.i18n import translate
from desktop.model.library import Library
from desktop.model.routine import SidePlan
from desktop.model.session_gate import SessionDialogs, SessionGate
from desktop.model.session_presenter import SessionPresenter
from desktop.model.session_questions import abandon_question
from desktop.model.session_snapshot import SessionSnapshot, SessionState
from desktop.model.session_text import SessionText
from desktop.model.settings import AppSettings
from desktop.model.zones import VIEW_LABELS, VIEWS, ZoneCatalogue
from desktop.qt.session_controller import SessionController
from desktop.ui import keyboard, menus, routine_box
from desktop.ui.accessible_text import describe_main_window
from desktop.ui.announcer import Announcer
from desktop.ui.diagram_view import DiagramView
from desktop.ui.main_window_commands import command_slots
from desktop.ui.main_window_layout import MainLayout, build_layout
from desktop.ui.notice_bar import NoticeBar
from desktop.ui.session_dialogs import WindowDialogs
from desktop.ui.step_list import StepList
from desktop.ui.timer_panel import TimerPanel
from desktop.ui.zone_panel import ZonePanel

if TYPE_CHECKING:
    from desktop.model.session_events import SessionEvent

DEFAULT_ROUTINE = "standard"  # a first-time user starts with the all-round massage


class MainWindow(QMainWindow):
    """Diagram (with view switcher and zone panel) on the left; routine, steps and timer on the right.

    Signals:
        settings_changed(object): the AppSettings after any remembered choice changed.
        follow_along_requested(): F/F11 or View → Follow-along.
        history_requested(): Ctrl+H or View → History.
        export_requested(): File → Export history.
        restart_requested(): View → Appearance → Restart now (the app quits and opens again).
    """

    settings_changed = Signal(object)
    follow_along_requested = Signal()
    history_requested = Signal()
    lunge_test_requested = Signal()  # View → Knee-to-wall test (desktop.ui.progress_hooks opens it)
    pressure_scale_requested = Signal()  # View → Your own pressure scale (progress_hooks opens it)
    export_requested = Signal()
    routine_menu_opening = Signal()
    app_command = Signal(str)  # a menus.APP_COMMANDS id: routine files, printing, reminders
    restart_requested = Signal()  # View → Appearance → Restart now: quit, then open again (new language)

    def __init__(
        self,
        controller: SessionController,
        catalogue: ZoneCatalogue,
        settings: AppSettings,
        *,
        today=date.today,
        dialogs: SessionDialogs | None = None,
        prepare=lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        """`dialogs` answers the session gate's questions (real dialogs unless given); `prepare` runs
        before a session's first question (the app sets up sound there)."""
        super().__init__(parent)
        self.controller = controller
        self.catalogue = catalogue
        self.settings = settings
        self.gate = SessionGate(
            controller, dialogs or WindowDialogs(self, catalogue), self, prepare=prepare, today=today
        )
        self._last_item_index: int | None = None
        self._last_state: SessionState | None = None
        self.presenter = SessionPresenter(catalogue)
        self.setWindowTitle(APP_NAME)
        self.notice_bar = NoticeBar(self)
        self.setStatusBar(self.notice_bar)
        self.ui: MainLayout = build_layout(self, catalogue)
        self.menu_actions = menus.build_menus(self, command_slots(self), self.routine_menu_opening)
        self._wire()
        self._fill_routines(controller.library)
        self.keyboard = keyboard.install(self)  # tab order, first focus, Space, Enter, Esc
        self.announcer = Announcer(controller, self.presenter.text, self)  # for screen readers
        describe_main_window(self)

    # the parts other objects (the app, tests) reach for most
    @property
    def diagram(self) -> DiagramView:
        return self.ui.diagram

    @property
    def timer_panel(self) -> TimerPanel:
        return self.ui.timer_panel

    @property
    def zone_panel(self) -> ZonePanel:
        return self.ui.zone_panel

    @property
    def step_list(self) -> StepList:
        return self.ui.step_list

    # ---- layout ----------------------------------------------------------------------------------

    def _wire(self) -> None:
        c = self.controller
        c.routine_changed.connect(self._on_routine_changed)
        c.plan_changed.connect(self._on_plan_changed)
        c.snapshot_changed.connect(self._on_snapshot)
        c.session_event.connect(self._on_session_event)
        c.session_ended.connect(self.gate.session_ended)
        c.notice.connect(self.show_notice)

        self.ui.routine_box.activated.connect(self._on_routine_picked)
        self.ui.side_buttons.buttonClicked.connect(
            lambda b: self.set_side_plan(SidePlan(b.property("side_plan")))
        )
        self.ui.pace_box.activated.connect(lambda i: self.set_pace(self.ui.pace_box.itemData(i)))
        self.ui.view_switcher.view_selected.connect(self.set_view)
        self.ui.diagram.view_changed.connect(self._on_view_changed)
        self.ui.diagram.zone_clicked.connect(self.show_zone)
        self.ui.diagram.empty_clicked.connect(self.ui.zone_panel.close_panel)
        self.ui.zone_panel.start_here.connect(self._on_start_here)
        self.ui.zone_panel.practise.connect(self._on_practise)

        t = self.ui.timer_panel
        t.start_pause_clicked.connect(self.start_or_toggle)
        t.previous_clicked.connect(c.previous)
        t.next_clicked.connect(c.next)
        t.restart_clicked.connect(c.restart_item)
        t.add_time_clicked.connect(c.add_time)
        t.stop_clicked.connect(self.stop_session)
        t.hurts_clicked.connect(self.stop_for_pain)
        self.ui.step_list.step_activated.connect(c.jump_to)
        self.ui.preparation_card.read.connect(self.gate.preparation_read)

    def _fill_routines(self, library: Library) -> None:
        routine_box.fill(self.ui.routine_box, library)
        self._label_routines()
        if library.problems:
            self.show_notice(routine_box.problems_notice(len(library.problems)))

    def _label_routines(self) -> None:
        c = self.controller
        routine_box.label(self.ui.routine_box, c.library, c.routine, c.side_plan, c.pace)

    def set_library(self, library: Library, routine_id: str | None = None) -> None:
        """A routine was saved or imported: list them anew; open `routine_id` unless a session runs."""
        self.controller.library = library
        self._fill_routines(library)
        if routine_id and not self.controller.in_progress and self.controller.select_routine(routine_id):
            self.remember(last_routine=routine_id)
        self._sync_routine_box()

    # ---- applying settings -----------------------------------------------------------------------

    def apply_settings(self, settings: AppSettings, *, routine_id: str | None = None) -> None:
        """Restore remembered choices: side, pace, view, labels, sound, then the routine."""
        self.settings = settings
        self.presenter.set_pressure_scale(settings.pressure_scale)  # your own kg beside each label
        self.controller.side_plan = settings.side
        self.controller.pace = settings.pace
        self._check_side(settings.side)
        self.ui.pace_box.setCurrentIndex(max(0, self.ui.pace_box.findData(settings.pace)))
        self.ui.diagram.set_labels_visible(settings.labels)
        actions = self.menu_actions
        for action, on in (
            (actions.labels, settings.labels),
            (actions.sound, settings.sound),
            (actions.speech, settings.speech),
            (actions.get_ready, settings.get_ready),
        ):
            was = action.blockSignals(True)  # restoring a setting is not a change to save
            action.setChecked(on)
            action.blockSignals(was)
        self.ui.diagram.set_view(settings.view)
        wanted = routine_id or settings.last_routine
        if not (wanted and self.controller.select_routine(wanted)) and self.controller.library.routines:
            first = self.controller.library.get(DEFAULT_ROUTINE) or self.controller.library.routines[0]
            self.controller.select_routine(first.id)

    def remember(self, **changes) -> None:
        """Change remembered settings (the app saves them)."""
        self.settings = replace(self.settings, **changes).validated()
        self.settings_changed.emit(self.settings)
        if self.presenter.set_pressure_scale(self.settings.pressure_scale):
            snap = self.controller.snapshot()
            if snap is not None:
                self._on_snapshot(snap)  # the step on screen shows the new figure now
        self._show_preparation()

    def _show_preparation(self) -> None:
        """The "Before you start" card in the step list's place while the routine's notes are due."""
        self.ui.preparation_card.sync(self.gate.preparation_due(), self.controller.routine, self.ui.step_list)

    # ---- user intent -----------------------------------------------------------------------------

    def _on_routine_picked(self, index: int) -> None:
        routine_id = self.ui.routine_box.itemData(index)
        current = self.controller.routine
        if current is not None and routine_id == current.id:
            return  # the entry already current (a practice session's own entry, too)
        if routine_id and self.controller.library.get(routine_id) and self._confirm_abandon():
            self.controller.select_routine(routine_id)
            self.remember(last_routine=routine_id)
        else:
            self._sync_routine_box()

    def set_side_plan(self, plan: SidePlan) -> None:
        if plan is self.controller.side_plan or not self._confirm_abandon():
            self._check_side(self.controller.side_plan)
            return
        self.controller.set_side_plan(plan)
        self._check_side(plan)
        self.remember(side=plan)

    def cycle_side(self) -> None:
        order = (SidePlan.RIGHT, SidePlan.LEFT, SidePlan.BOTH)
        self.set_side_plan(order[(order.index(self.controller.side_plan) + 1) % len(order)])

    def set_pace(self, pace: float) -> None:
        if not self._confirm_abandon():
            self.ui.pace_box.setCurrentIndex(max(0, self.ui.pace_box.findData(self.controller.pace)))
            return
        self.controller.set_pace(pace)
        self.remember(pace=pace)

    def set_view(self, view: str) -> None:
        """The person chose a view: show it and remember it (automatic turns are not remembered)."""
        if view in VIEWS:
            self.ui.diagram.set_view(view)
            if view != self.settings.view:
                self.remember(view=view)

    def set_labels_visible(self, visible: bool) -> None:
        self.ui.diagram.set_labels_visible(visible)
        self.remember(labels=visible)

    def set_sound(self, on: bool) -> None:
        if self.controller.sound is not None:
            self.controller.sound.set_muted(not on)
        self.remember(sound=on)

    def set_speech(self, on: bool) -> None:
        if on != self.settings.speech:
            self.remember(speech=on)

    def set_get_ready(self, on: bool) -> None:
        if on != self.settings.get_ready:
            self.remember(get_ready=on)

    def speech_unavailable(self, reason: str, *, notify: bool = True) -> None:
        """Grey out spoken guidance and say why (no speech engine installed, ...)."""
        action = self.menu_actions.speech
        action.setChecked(False)
        action.setEnabled(False)
        action.setText(
            translate("main_window", "Spoken guidance (unavailable: {reason})").format(reason=reason)
        )
        if notify:
            self.show_notice(
                translate("main_window", "Spoken guidance is unavailable: {reason}").format(reason=reason)
            )

    def start_or_toggle(self) -> None:
        """Start (through the session gate: safety check, before-rating), or pause/resume."""
        self.gate.toggle()

    def stop_session(self) -> None:
        if self.controller.in_progress:
            self.controller.stop()

    def stop_for_pain(self) -> None:
        """ "Stop — this hurts": stops the session and shows the advice; with none running, the advice."""
        self.gate.hurts()

    def request_quit(self) -> None:
        """Ctrl+Q / File → Quit: asks first while a session is in progress (SessionGate.may_quit)."""
        if self.gate.may_quit():
            menus.quit_app()

    def show_zone(self, zone_id: str) -> None:
        zone = self.catalogue.get(zone_id)
        if zone is None:
            return
        routine = self.controller.routine
        entries = self.controller.library.steps_for_zone(zone_id)
        self.ui.zone_panel.show_zone(zone, entries, routine.id if routine else None)

    def _on_start_here(self, routine_id: str, step_id: str) -> None:
        """ "Start here" in the zone panel: the gate starts, or asks and jumps (SessionGate.start_here)."""
        c = self.controller
        routine = c.library.get(routine_id)
        step = routine.step_by_id(step_id) if routine else None
        if routine is None or step is None:
            return
        other = "" if c.routine is not None and c.routine.id == routine_id else routine.title
        if self.gate.start_here(routine_id, step_id, step_title=step.title, other_routine=other):
            self._sync_routine_box()
            self.ui.zone_panel.close_panel()

    def _on_practise(self, routine_id: str, step_id: str) -> None:
        if self._confirm_abandon() and self.controller.practise(routine_id, step_id):
            self.ui.zone_panel.close_panel()

    def _confirm_abandon(self) -> bool:
        """Changing routine, side or pace mid-session ends that session: ask first."""
        if not self.controller.in_progress:
            return True
        if self.controller.state is SessionState.RUNNING:
            self.controller.pause()
        return self.gate.confirm(*abandon_question())

    # ---- model → widgets -------------------------------------------------------------------------

    def _on_routine_changed(self, routine) -> None:
        self._sync_routine_box()
        self.ui.routine_summary.setText(routine.summary)
        self.ui.routine_box.setToolTip(routine.summary)
        self.ui.routine_box.setAccessibleDescription(routine.summary)
        self._last_item_index = None
        self._last_state = None  # the next snapshot decides whether the "Before you start" card shows
        self.presenter.routine_title = routine.title

    def _sync_routine_box(self) -> None:
        self._label_routines()
        routine = self.controller.routine
        index = self.ui.routine_box.findData(routine.id) if routine else -1
        if index >= 0:
            self.ui.routine_box.setCurrentIndex(index)

    def _on_plan_changed(self, plan) -> None:
        self.ui.step_list.set_plan(plan, self.catalogue)
        self.presenter.set_plan(plan)

    def _on_snapshot(self, snap: SessionSnapshot) -> None:
        text = self.presenter.text(snap)
        self.ui.timer_panel.set_snapshot(snap, text)
        self.ui.step_list.set_current(snap.index, self.controller.done_items)
        self.ui.side_badge.setText(text.side)
        self.ui.diagram.set_side(text.diagram_side)
        self.ui.diagram.set_paused(snap.state is not SessionState.RUNNING)
        if snap.state is not self._last_state:
            self._last_state = snap.state
            self._show_preparation()
        if snap.index != self._last_item_index:
            self._last_item_index = snap.index
            self._highlight(snap, text)

    def _highlight(self, snap: SessionSnapshot, text: SessionText) -> None:
        self.ui.target_caption.setText(text.zone_caption)
        if snap.item.step is None:
            self.ui.diagram.highlight([])  # the switch: the caption names what comes next
            return
        self.ui.diagram.highlight(text.zones, motion=text.motion, phase_direction=text.phase_direction)

    def _on_session_event(self, event: SessionEvent) -> None:
        # (imported on first use: start-up, issue 19)
        from desktop.model.session_events import PhaseChanged

        if isinstance(event, PhaseChanged):
            snap = self.controller.snapshot()
            step = snap.item.step if snap else None
            if step is not None and 0 <= event.phase_index < len(step.phases):
                self.ui.diagram.set_phase_direction(step.phases[event.phase_index].direction)

    def _on_view_changed(self, view: str) -> None:
        self.ui.view_switcher.set_current(view)
        label = translate("zones", VIEW_LABELS[view])
        self.statusBar().showMessage(translate("main_window", "Diagram: {view}").format(view=label), 3000)

    def _check_side(self, plan: SidePlan) -> None:
        for button in self.ui.side_buttons.buttons():
            button.setChecked(button.property("side_plan") == plan.value)

    def show_notice(self, text: str) -> None:
        self.notice_bar.show_notice(text, 15000)

    def restart_from(self, dialog: QWidget) -> None:
        """ "Restart now": asks first while a session is in progress, as quitting does."""
        if self.gate.may_quit():
            dialog.close()
            QTimer.singleShot(0, self.restart_requested.emit)  # once the dialog's own loop has ended

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing ends a session in progress (saved as stopped) without asking anything more."""
        self.gate.quit()
        super().closeEvent(event)
