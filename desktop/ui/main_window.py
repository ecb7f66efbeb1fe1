"""The window a person opens every day: the diagram beside the routine, step list and timer.

Layout and wiring only: session rules live in the model and the SessionController; the widgets it
assembles render state and forward intent. Menus and shortcuts are built in desktop.ui.menus.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from desktop import APP_NAME
from desktop.model.library import Library
from desktop.model.routine import SidePlan
from desktop.model.safety import needs_check, safety_info_text
from desktop.model.session_events import (
    PhaseChanged,
    SessionEvent,
    SessionSnapshot,
    SessionState,
)
from desktop.model.session_outcome import AfterSession, SessionSummary
from desktop.model.session_presenter import SessionPresenter
from desktop.model.session_text import SessionText
from desktop.model.settings import AppSettings
from desktop.model.zones import VIEW_LABELS, VIEWS, ZoneCatalogue
from desktop.qt.session_controller import SessionController
from desktop.ui import menus
from desktop.ui.main_window_layout import build_layout

DEFAULT_ROUTINE = "standard"  # a first-time user starts with the all-round massage


class MainWindow(QMainWindow):
    """Diagram (with view switcher and zone panel) on the left; routine, steps and timer on the right.

    Signals:
        settings_changed(object): the AppSettings after any remembered choice changed.
        follow_along_requested(): F/F11 or View → Follow-along.
        history_requested(): Ctrl+H or View → History.
        export_requested(): File → Export history.
    """

    settings_changed = Signal(object)
    follow_along_requested = Signal()
    history_requested = Signal()
    export_requested = Signal()
    routine_menu_opening = Signal()

    def __init__(
        self,
        controller: SessionController,
        catalogue: ZoneCatalogue,
        settings: AppSettings,
        *,
        today=date.today,
        ask_safety=None,
        ask_rating=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue = catalogue
        self.settings = settings
        self._today = today
        # Dialog hooks (tests replace them): return (passed: bool) and (rating: int | None).
        self._ask_safety = ask_safety or self._run_safety_gate
        self._ask_rating = ask_rating or self._run_rating
        self._last_item_index: int | None = None
        self.presenter = SessionPresenter(catalogue)
        self._closing = False
        self.setWindowTitle(APP_NAME)
        build_layout(self)
        self.menu_actions = menus.build_menus(self)
        self._wire()
        self._fill_routines(controller.library)

    # ---- layout ----------------------------------------------------------------------------------

    def _wire(self) -> None:
        c = self.controller
        c.start_guard = self.before_start
        c.routine_changed.connect(self._on_routine_changed)
        c.plan_changed.connect(self._on_plan_changed)
        c.snapshot_changed.connect(self._on_snapshot)
        c.session_event.connect(self._on_session_event)
        c.session_ended.connect(self._on_session_ended)
        c.notice.connect(self.show_notice)

        self.routine_box.activated.connect(self._on_routine_picked)
        self.side_buttons.buttonClicked.connect(
            lambda b: self.set_side_plan(SidePlan(b.property("side_plan")))
        )
        self.pace_box.activated.connect(lambda i: self.set_pace(self.pace_box.itemData(i)))
        self.view_switcher.view_selected.connect(self.set_view)
        self.diagram.view_changed.connect(self._on_view_changed)
        self.diagram.zone_clicked.connect(self.show_zone)
        self.diagram.empty_clicked.connect(self.zone_panel.close_panel)
        self.zone_panel.start_here.connect(self._on_start_here)
        self.zone_panel.practise.connect(self._on_practise)

        t = self.timer_panel
        t.start_pause_clicked.connect(self.start_or_toggle)
        t.previous_clicked.connect(c.previous)
        t.next_clicked.connect(c.next)
        t.restart_clicked.connect(c.restart_item)
        t.add_time_clicked.connect(c.add_time)
        t.stop_clicked.connect(self.stop_session)
        t.hurts_clicked.connect(self.stop_for_pain)
        self.step_list.step_activated.connect(c.jump_to)

    def _fill_routines(self, library: Library) -> None:
        self.routine_box.clear()
        for routine in library.routines:
            minutes = round(routine.total_seconds / 60)
            self.routine_box.addItem(f"{routine.title} · {minutes} min", routine.id)
        if library.problems:
            count = len(library.problems)
            self.show_notice(
                f"{count} routine file problem(s): the broken file was skipped. "
                "Help → Routine file problems shows the details."
            )

    # ---- applying settings -----------------------------------------------------------------------

    def apply_settings(self, settings: AppSettings, *, routine_id: str | None = None) -> None:
        """Restore remembered choices: side, pace, view, labels, sound, then the routine."""
        self.settings = settings
        self.controller.side_plan = settings.side
        self.controller.pace = settings.pace
        self._check_side(settings.side)
        self.pace_box.setCurrentIndex(max(0, self.pace_box.findData(settings.pace)))
        self.diagram.set_labels_visible(settings.labels)
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
        self.diagram.set_view(settings.view)
        wanted = routine_id or settings.last_routine
        if not (wanted and self.controller.select_routine(wanted)) and self.controller.library.routines:
            first = self.controller.library.get(DEFAULT_ROUTINE) or self.controller.library.routines[0]
            self.controller.select_routine(first.id)

    def _remember(self, **changes) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, **changes).validated()
        self.settings_changed.emit(self.settings)

    # ---- user intent -----------------------------------------------------------------------------

    def _on_routine_picked(self, index: int) -> None:
        routine_id = self.routine_box.itemData(index)
        if routine_id and self._confirm_abandon():
            self.controller.select_routine(routine_id)
            self._remember(last_routine=routine_id)
        else:
            self._sync_routine_box()

    def set_side_plan(self, plan: SidePlan) -> None:
        if plan is self.controller.side_plan or not self._confirm_abandon():
            self._check_side(self.controller.side_plan)
            return
        self.controller.set_side_plan(plan)
        self._check_side(plan)
        self._remember(side=plan)

    def cycle_side(self) -> None:
        order = (SidePlan.RIGHT, SidePlan.LEFT, SidePlan.BOTH)
        self.set_side_plan(order[(order.index(self.controller.side_plan) + 1) % len(order)])

    def set_pace(self, pace: float) -> None:
        if not self._confirm_abandon():
            self.pace_box.setCurrentIndex(max(0, self.pace_box.findData(self.controller.pace)))
            return
        self.controller.set_pace(pace)
        self._remember(pace=pace)

    def set_view(self, view: str) -> None:
        """The person chose a view: show it and remember it (automatic turns are not remembered)."""
        if view in VIEWS:
            self.diagram.set_view(view)
            if view != self.settings.view:
                self._remember(view=view)

    def set_labels_visible(self, visible: bool) -> None:
        self.diagram.set_labels_visible(visible)
        self._remember(labels=visible)

    def set_sound(self, on: bool) -> None:
        if self.controller.sound is not None:
            self.controller.sound.set_muted(not on)
        self._remember(sound=on)

    def set_speech(self, on: bool) -> None:
        if on != self.settings.speech:
            self._remember(speech=on)

    def set_get_ready(self, on: bool) -> None:
        if on != self.settings.get_ready:
            self._remember(get_ready=on)

    def speech_unavailable(self, reason: str, *, notify: bool = True) -> None:
        """Grey out spoken guidance and say why (no speech engine installed, ...)."""
        action = self.menu_actions.speech
        action.setChecked(False)
        action.setEnabled(False)
        action.setText(f"Spoken guidance (unavailable: {reason})")
        if notify:
            self.show_notice(f"Spoken guidance is unavailable: {reason}")

    def start_or_toggle(self) -> None:
        """Start (through the controller's start guard: safety check, before-rating), or pause/resume."""
        self.controller.toggle()

    def before_start(self) -> bool:
        """The controller's start guard: the day's safety check, then the optional before-rating."""
        if not self.ensure_safe():
            return False
        self.controller.set_before_rating(
            self._ask_rating("Before you start", "How tense does your ankle feel right now?")
        )
        return True

    def ensure_safe(self) -> bool:
        """The day's first session passes the safety check first; a "yes" blocks it."""
        if not needs_check(self.settings.safety_checked_date(), self._today()):
            return True
        if not self._ask_safety():
            self.statusBar().showMessage("Session not started: see the safety advice.", 10000)
            return False
        self._remember(safety_checked_on=self._today().isoformat())
        return True

    def stop_session(self) -> None:
        if self.controller.in_progress:
            self.controller.stop()

    def stop_for_pain(self) -> None:
        if self.controller.in_progress:
            self.controller.stop(pain=True)

    def show_zone(self, zone_id: str) -> None:
        zone = self.catalogue.get(zone_id)
        if zone is None:
            return
        routine = self.controller.routine
        entries = self.controller.library.steps_for_zone(zone_id)
        self.zone_panel.show_zone(zone, entries, routine.id if routine else None)

    def _on_start_here(self, routine_id: str, step_id: str) -> None:
        if self._confirm_abandon() and self.controller.start_here(routine_id, step_id):
            self._sync_routine_box()
            self.zone_panel.close_panel()

    def _on_practise(self, routine_id: str, step_id: str) -> None:
        if self._confirm_abandon() and self.controller.practise(routine_id, step_id):
            self.zone_panel.close_panel()

    def _confirm_abandon(self) -> bool:
        """Changing routine, side or pace mid-session ends that session: ask first."""
        if not self.controller.in_progress:
            return True
        if self.controller.state is SessionState.RUNNING:
            self.controller.pause()
        answer = QMessageBox.question(
            self, "End this session?", "This ends the session in progress. It is saved to your history."
        )
        return answer == QMessageBox.StandardButton.Yes

    # ---- model → widgets -------------------------------------------------------------------------

    def _on_routine_changed(self, routine) -> None:
        self._sync_routine_box()
        self.routine_summary.setText(routine.summary)
        self.routine_box.setToolTip(routine.summary)
        self.routine_box.setAccessibleDescription(routine.summary)
        self._last_item_index = None
        self.presenter.routine_title = routine.title

    def _sync_routine_box(self) -> None:
        routine = self.controller.routine
        index = self.routine_box.findData(routine.id) if routine else -1
        if index >= 0:
            self.routine_box.setCurrentIndex(index)

    def _on_plan_changed(self, plan) -> None:
        self.step_list.set_plan(plan, self.catalogue)
        self.presenter.set_plan(plan)

    def _on_snapshot(self, snap: SessionSnapshot) -> None:
        text = self.presenter.text(snap)
        self.timer_panel.set_snapshot(snap, text)
        self.step_list.set_current(snap.index, snap.items_done)
        self.side_badge.setText(text.side)
        self.diagram.set_side(text.diagram_side)
        self.diagram.set_paused(snap.state is not SessionState.RUNNING)
        if snap.index != self._last_item_index:
            self._last_item_index = snap.index
            self._highlight(snap, text)

    def _highlight(self, snap: SessionSnapshot, text: SessionText) -> None:
        self.target_caption.setText(text.zone_caption)
        if snap.item.step is None:
            self.diagram.highlight([])  # the switch: the caption names what comes next
            return
        self.diagram.highlight(text.zones, motion=text.motion, phase_direction=text.phase_direction)

    def _on_session_event(self, event: SessionEvent) -> None:
        if isinstance(event, PhaseChanged):
            snap = self.controller.snapshot()
            step = snap.item.step if snap else None
            if step is not None and 0 <= event.phase_index < len(step.phases):
                self.diagram.set_phase_direction(step.phases[event.phase_index].direction)

    def _on_session_ended(self, summary: SessionSummary) -> None:
        if not self.isVisible() or self._closing:
            return  # follow-along shows its own summary and rating; a closing window asks nothing
        if summary.stopped_for_pain:
            from desktop.ui.safety_gate import PainStopNotice

            PainStopNotice(self).exec()
        after = self._ask_rating_after(summary)
        if after is not None:
            self.controller.record_after(
                summary.history_id, after=after.rating, tight_zones=after.tight_zones, note=after.note
            )
        self.controller.reset()

    def _ask_rating_after(self, summary: SessionSummary) -> AfterSession | None:
        """What the person said after the session; None when they skipped it all."""
        if self._ask_rating != self._run_rating:  # a test's hook (`is` never holds for bound methods)
            rating = self._ask_rating("Session summary", "How tense does your ankle feel now?")
            return None if rating is None else AfterSession(rating)
        from desktop.ui.dialogs import SummaryDialog

        dialog = SummaryDialog(summary, self, catalogue=self.catalogue)
        if dialog.exec() != SummaryDialog.DialogCode.Accepted:
            return None
        return AfterSession(dialog.value, dialog.tight_zones, dialog.note)

    def _on_view_changed(self, view: str) -> None:
        self.view_switcher.set_current(view)
        self.statusBar().showMessage(f"Diagram: {VIEW_LABELS[view]}", 3000)

    def _check_side(self, plan: SidePlan) -> None:
        for button in self.side_buttons.buttons():
            button.setChecked(button.property("side_plan") == plan.value)

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    # ---- dialogs (imported when first shown: they are not needed for the first paint) -------------

    def _dialog_parent(self) -> QWidget:
        """The window the person is looking at (follow-along, when it is up) owns the dialogs."""
        active = QApplication.activeWindow()
        return active if active is not None and active.isVisible() else self

    def _run_safety_gate(self) -> bool:
        from desktop.ui.safety_gate import SafetyGate

        return SafetyGate(self._dialog_parent()).exec() == SafetyGate.DialogCode.Accepted

    def _run_rating(self, title: str, heading: str) -> int | None:
        from desktop.ui.dialogs import RatingDialog

        dialog = RatingDialog(title, heading, self._dialog_parent())
        dialog.exec()
        return dialog.value

    def show_safety_info(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Safety information")
        box.setText("Read this before you massage your ankle.")
        box.setInformativeText(safety_info_text())
        box.exec()

    def show_routine_problems(self) -> None:
        problems = self.controller.library.problems
        text = "\n".join(str(p) for p in problems) or "All routine files loaded without problems."
        QMessageBox.information(self, "Routine file problems", text)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing ends a session in progress (saved as stopped) without asking anything more."""
        self._closing = True
        if self.controller.in_progress:
            self.controller.stop()
        super().closeEvent(event)
