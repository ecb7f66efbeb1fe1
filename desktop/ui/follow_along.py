"""Follow-along: the fullscreen screen to glance at from up to two metres, with both hands on the ankle.

It drives the same SessionController as the main window (so the two never disagree) and adds only what
a fullscreen view needs: the optional get-ready count-in (desktop.model.get_ready), keyboard control,
controls that appear on a mouse move, keeping the screen awake while a session runs, and the summary.
Sound and speech stay with the controller: nothing here plays or says a session event again.

Timers (invariant 2): the count-in's single-shot timer runs only while the count-in counts, and the
hide-controls single-shot timer only for ~3 s after a mouse move. The diagram animates only while the
session (or the count-in) runs and the window is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from desktop.model.get_ready import GetReady
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.routine import Routine
from desktop.model.session_events import SessionSnapshot, SessionState
from desktop.model.session_gate import SessionGate
from desktop.model.session_outcome import SessionSummary
from desktop.model.session_presenter import SessionPresenter, hold_fraction, toggle_label
from desktop.model.session_text import SessionText
from desktop.model.settings import AppSettings
from desktop.model.zones import ZoneCatalogue
from desktop.qt.screens import screen_geometry_at
from desktop.qt.screensaver import ScreenInhibitor
from desktop.qt.session_controller import SessionController
from desktop.ui.diagram_view import DiagramView
from desktop.ui.follow_along_commands import FollowAlongCommands
from desktop.ui.follow_along_controls import ControlsBar
from desktop.ui.follow_along_countin import CountIn
from desktop.ui.follow_along_ending import FollowAlongEnding
from desktop.ui.follow_along_hud import HudPage
from desktop.ui.follow_along_pages import PainPage, PreparationPage
from desktop.ui.follow_along_parts import BG, TEXT, TEXT_LABEL, FitText, css_px, unit_for
from desktop.ui.follow_along_summary import SummaryPage

# The desktop may show why the screen stays awake: translated where it is handed over.
INHIBIT_REASON = QT_TRANSLATE_NOOP("follow_along", "Following a guided ankle massage")
DIAGRAM_FPS = 10  # the diagram's pulse and motion cue: the rhythm reads at a glance from two metres
_TOGGLE_GLYPH = {SessionState.RUNNING: "❚❚"}  # the others get ▶


class FollowAlongWindow(FollowAlongCommands, FollowAlongEnding, QWidget):
    """The fullscreen follow-along window. `enter()` shows it; Esc or F (or closing it) leaves.

    Its commands and keys (toggle, next, stop, ...) are desktop.ui.follow_along_commands'; the pages
    shown when a session ends (summary and rating, pain advice) are desktop.ui.follow_along_ending's.

    Signals:
        left(): the window left fullscreen and hid itself; the main window takes over again.
        rated(int): the after-session tension rating (0..10); the summary's history id is `summary`.
            A "0" right after the "1" that answered emits it again with 10 (and `recorded` too).
        recorded(object): right after `rated`, once the gate saved it: an AfterSession with the
            rating and the zones the person toggled as tight (note is always "" here).
        rating_skipped(): the person skipped that rating (nothing is recorded then).
    """

    left = Signal()
    rated = Signal(int)
    recorded = Signal(object)
    rating_skipped = Signal()

    def __init__(
        self,
        controller: SessionController,
        catalogue: ZoneCatalogue,
        *,
        settings: AppSettings,
        inhibitor: ScreenInhibitor,
        gate: SessionGate,
        diagram_factory: Callable[[ZoneCatalogue], DiagramView] = DiagramView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("follow_along", "Ankle Guide — follow along"))
        self.setObjectName("followAlong")
        self.controller = controller
        self.catalogue = catalogue
        self.settings = settings
        self.inhibitor = inhibitor
        self.gate = gate
        self._entered = False
        self._inhibiting = False
        self.count_in = CountIn(controller.clock, self)
        self._summary: SessionSummary | None = None
        self._snapshot: SessionSnapshot | None = controller.snapshot()
        self._routine: Routine | None = controller.routine
        self.presenter = SessionPresenter(catalogue)
        self.presenter.set_pressure_scale(settings.pressure_scale)  # your own kg beside each label
        self.presenter.set_plan(controller.plan, controller.routine.title if controller.routine else "")
        self._diagram_key: tuple[object, ...] | None = None

        self.diagram = diagram_factory(catalogue)
        self.diagram.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Zone labels are too small to read from two metres and crowd the highlighted zone: the
        # caption above the drawing names the zones being worked instead.
        self.diagram.set_labels_visible(False)
        # Watched from a distance for the rhythm: the cue moves for as long as the session runs, at a
        # frame rate that is easy on the CPU (the main window's diagram animates in short bursts).
        self.diagram.set_animation_policy(None, DIAGRAM_FPS)
        self.diagram.set_paused(True)
        self.diagram.set_view(settings.view)
        # The view paints its whole viewport (an opaque background brush), so Qt need not paint the
        # window, page and frame beneath it at every animation frame too: at 4K that was three more
        # fills of the cue's area, ten times a second (issue 19).
        self.diagram.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.hud = HudPage(self.diagram)
        self.summary_page = SummaryPage(clock=controller.clock.now)
        self.pain_page = PainPage()
        self.preparation_page = PreparationPage()
        self._pages = QStackedLayout(self)
        for page in (self.hud, self.summary_page, self.pain_page, self.preparation_page):
            self._pages.addWidget(page)
        self.controls = ControlsBar(self)

        self.setStyleSheet(f"QWidget#followAlong {{ background: {BG}; }} QLabel {{ color: {TEXT}; }}")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.count_in.changed.connect(self._on_count_in_changed)
        self.count_in.tick_due.connect(self._play_tick)
        self.count_in.done.connect(self.controller.start)

        self.controls.shown_changed.connect(self.hud.set_hints_covered)
        self.controls.toggle_clicked.connect(self.toggle)
        self.controls.previous_clicked.connect(self.previous)
        self.controls.next_clicked.connect(self.next)
        self.controls.add_time_clicked.connect(self.add_time)
        self.controls.stop_clicked.connect(self.stop)
        self.controls.hurts_clicked.connect(self.hurts)
        self.controls.leave_clicked.connect(self.leave)
        self.summary_page.rated.connect(self._on_rated)
        self.summary_page.recorded.connect(self._on_recorded)
        self.summary_page.rating_skipped.connect(self._on_rating_skipped)
        self.summary_page.again_clicked.connect(self.start_again)
        self.summary_page.leave_clicked.connect(self.leave)
        self.pain_page.done.connect(self.pain_read)

        controller.snapshot_changed.connect(self._on_snapshot)
        controller.plan_changed.connect(self._on_plan)
        controller.routine_changed.connect(self._on_routine)
        controller.session_ended.connect(self._on_ended)
        # Sized by the first resizeEvent, at show: laying out now, at the unshown 640×480, would load
        # fonts of sizes never drawn (each costs Qt's font cache; see follow_along_parts).

    # ---- public state ----------------------------------------------------------------------------

    @property
    def entered(self) -> bool:
        return self._entered

    @property
    def get_ready(self) -> GetReady | None:
        """The count-in while it is shown (counting or paused), else None."""
        return self.count_in.ready

    @property
    def summary(self) -> SessionSummary | None:
        """How the last session ended, while the summary page shows it (its history_id is for ratings)."""
        return self._summary

    @property
    def showing_preparation(self) -> bool:
        return self._pages.currentWidget() is self.preparation_page

    @property
    def controls_visible(self) -> bool:
        return self.controls.isVisible()

    @property
    def hide_timer(self):
        """The controls' single-shot hide timer (tests shorten it)."""
        return self.controls.hide_timer

    def set_settings(self, settings: AppSettings) -> None:
        """New preferences; the next count-in uses them, the next step shows your own pressure figure."""
        self.settings = settings
        self.presenter.set_pressure_scale(settings.pressure_scale)

    # ---- entering and leaving --------------------------------------------------------------------

    def enter(self, *, start: bool = False, near: QPoint | None = None) -> None:
        """Go fullscreen on the screen showing `near` (global coordinates; the main window's centre),
        else on the primary screen; with `start`, also begin an idle session (with its count-in)."""
        self._entered = True
        self.gate.summary_elsewhere = True  # a session ending now is summed up here, not in a dialog
        self.controls.watch_mouse(True)
        if not self.isVisible():  # laid out once, at the final size (every size laid out loads fonts)
            self.setGeometry(screen_geometry_at(near))
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._render()
        if start and self.controller.state is SessionState.IDLE and self._summary is None:
            self.begin()
        self._sync()

    def leave(self) -> None:
        """Leave fullscreen and hide; the session itself carries on in the main window."""
        if not self._entered:
            return
        self._end_fullscreen()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
        self.hide()
        self.left.emit()

    def _end_fullscreen(self) -> None:
        self._entered = False
        self.gate.summary_elsewhere = False
        self.controls.watch_mouse(False)
        self.count_in.cancel()
        self._sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window (Alt+F4, the window manager) is the same as leaving."""
        if self._entered:
            self._end_fullscreen()
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
            super().closeEvent(event)
            self.left.emit()
            return
        super().closeEvent(event)

    # ---- the count-in ----------------------------------------------------------------------------

    def tick(self) -> None:
        """Bring the count-in up to the clock (its timer calls this; tests may too)."""
        self.count_in.tick()

    def _play_tick(self) -> None:
        sound = self.controller.sound
        if sound is not None:
            sound.play("tick")  # the same 3-2-1 tick the session plays before each new step

    def _on_count_in_changed(self) -> None:
        self._render()
        self._sync()

    # ---- controller signals ----------------------------------------------------------------------

    def _on_snapshot(self, snapshot: SessionSnapshot) -> None:
        self._snapshot = snapshot
        self._render()
        self._sync()

    def _on_plan(self, plan: tuple) -> None:
        """A new (idle) session: forget the summary and any count-in of the old one."""
        self.presenter.set_plan(plan)
        self._summary = None
        self.count_in.cancel()
        self._diagram_key = None
        self._pages.setCurrentWidget(self.hud)

    def _on_routine(self, routine: Routine) -> None:
        self._routine = routine
        self.presenter.routine_title = routine.title

    # ---- drawing ---------------------------------------------------------------------------------

    def current_hud(self) -> SessionText | None:
        """What the running page shows now (None without a session)."""
        snapshot = self._snapshot
        if snapshot is None:
            return None
        ready = self.count_in.ready
        if ready is not None:
            return self.presenter.get_ready_text(
                snapshot, seconds_left=ready.display(), paused=not ready.counting
            )
        return self.presenter.text(snapshot)

    def _render(self) -> None:
        if not self.isVisible() or self._summary is not None or self.showing_pain_advice:
            return  # a hidden window draws nothing; enter() draws the current state
        snapshot = self._snapshot
        at_first = snapshot is not None and snapshot.index == 0  # → on it moves on to the steps
        notes = self.gate.preparation_due() if self.count_in.ready is None and at_first else ()
        if notes and self._routine is not None:
            if not self.showing_preparation:
                self.preparation_page.show_notes(self._routine.title, notes)
                self._pages.setCurrentWidget(self.preparation_page)
            return
        if self.showing_preparation:
            self._pages.setCurrentWidget(self.hud)
        hud = self.current_hud()
        if hud is None:
            return
        self.hud.show_text(hud)
        key = (hud.mode, hud.zones, hud.motion, hud.phase_direction, hud.diagram_side)
        if key != self._diagram_key:
            self._diagram_key = key
            self.diagram.set_side(hud.diagram_side)
            self.diagram.highlight(hud.zones, motion=hud.motion, phase_direction=hud.phase_direction)
        snapshot = self._snapshot
        if snapshot is not None and hud.mode.value in ("step", "idle"):
            self.diagram.set_hold_progress(hold_fraction(snapshot))
        self.diagram.set_paused(not hud.running)

    def _sync(self) -> None:
        """Screen-saver inhibit, diagram animation and controls follow the session state."""
        running = self.controller.state is SessionState.RUNNING
        counting = self.count_in.counting
        live = self._entered and self._summary is None and (running or counting)
        live = live and not self.showing_pain_advice
        if live and not self._inhibiting:
            self._inhibiting = True
            self.inhibitor.inhibit(translate("follow_along", INHIBIT_REASON))
        elif not live and self._inhibiting:
            self._inhibiting = False
            self.inhibitor.release()
        if not live:
            self.diagram.set_paused(True)
        self._sync_controls()

    def _sync_controls(self) -> None:
        state = self.controller.state
        ready = self.count_in.ready
        shown = state if state in (SessionState.RUNNING, SessionState.PAUSED) else SessionState.IDLE
        if ready is not None:
            shown = SessionState.RUNNING if ready.counting else SessionState.PAUSED
        toggle = f"{_TOGGLE_GLYPH.get(shown, '▶')} {toggle_label(shown)}"
        self.controls.set_mode(
            allowed=self._entered and self._summary is None and not self.showing_pain_advice,
            waiting=state in (SessionState.IDLE, SessionState.PAUSED) and not self.count_in.counting,
            started=self.controller.in_progress,
            toggle_text=toggle,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_unit()

    def _apply_unit(self) -> None:
        unit = unit_for(self.width(), self.height())
        reference = css_px(unit, TEXT_LABEL)  # fitted text estimates at its labels' size: no extra engine
        for text in self.findChildren(FitText):
            text.set_reference_px(reference)
        self.hud.apply_unit(unit)
        self.summary_page.apply_unit(unit)
        self.pain_page.apply_unit(unit)
        self.preparation_page.apply_unit(unit)
        self.controls.apply_unit(unit)  # first: the room kept below the pages is the bar's height now
        below = self.controls.sizeHint().height() + round(unit * 2)  # its hints stay clear of the controls
        self.preparation_page.layout().setContentsMargins(0, 0, 0, below)
        self.hud.set_dock_height(
            self.controls.sizeHint().height(), reserved_right=self.controls.reserved_right()
        )
        self.hud.layout().activate()
        dock = self.hud.dock_geometry()
        self.controls.set_dock(QRect(self.hud.mapTo(self, dock.topLeft()), dock.size()))
