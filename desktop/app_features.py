"""Routines of your own, printed cards and reports, a physiotherapist's programme and reminders, wired
into one running App (issue 17). The App makes one AppFeatures; everything here is built from the
window's `app_command` signal and the controller's signals, so desktop/app.py stays the composition root.
"""

from __future__ import annotations


class AppFeatures:
    def __init__(self, app) -> None:
        self._app = app
        self.routine_actions = self._routine_actions()
        self.reminders = self._reminders()
        self.programme_label = None  # made when a routine with a programme is first opened
        app.controller.routine_changed.connect(self.show_programme)
        app.controller.session_ended.connect(lambda _summary: self.show_programme(app.controller.routine))
        self.show_programme(app.controller.routine)  # one opened before these were made

    def stop(self) -> None:
        self.reminders.stop()

    def _routine_actions(self):
        """Routine → New / Duplicate / Edit, File → Import / Export / Print (desktop.ui.routine_actions)."""
        from desktop.paths import user_routines_dir
        from desktop.ui.routine_actions import RoutineActions

        actions = RoutineActions(
            self._app.window,
            self._app.catalogue,
            user_routines_dir(),
            lambda: self._app.library,
            lambda: self._app.controller.routine,
            self.reload_routines,
        )
        return actions

    def run_command(self, command_id: str) -> None:
        """A command the window hands over (menus.APP_COMMANDS)."""
        if command_id == "reminders":
            self.reminders.open_dialog()
        elif command_id == "print_history":
            self.print_history()
        else:
            self.routine_actions.run(command_id)

    def print_history(self, printer=None) -> None:
        """File → Print history report…: `printer(parent, report)` is Qt's print dialog unless given."""
        from datetime import UTC, datetime

        from desktop.model.history_report import history_report

        if printer is None:
            from desktop.ui.print_history import print_report_dialog as printer
        titles = self._app.library.builtin_titles()
        report = history_report(self._app.history.sessions(), datetime.now(UTC), titles=titles)
        printer(self._app.window, report)

    def _reminders(self):
        """Daily reminders (desktop.ui.reminders); nothing runs while they are off (the default)."""
        from desktop.ui.reminders import Reminders
        from desktop.ui.tray_keeper import TrayKeeper

        app = self._app
        reminders = Reminders(app.window, lambda: app.controller.in_progress)
        reminders.start_requested.connect(self.start_from_reminder)
        self.tray_keeper = TrayKeeper(
            app.window,
            keep=lambda: reminders.keeps_app_running,
            stop_session=lambda: app.controller.stop() if app.controller.in_progress else None,
        )
        reminders.extra_menu_actions = self.tray_keeper.menu_actions
        return reminders

    def start_from_reminder(self) -> None:
        """ "Start" on a reminder: bring the window up and start through the session gate (safety check)."""
        self._app.window.showNormal()
        self._app.window.raise_()
        self._app.window.activateWindow()
        if not self._app.controller.in_progress:
            self._app.window.start_or_toggle()

    def reload_routines(self, routine_id: str | None = None) -> None:
        """Re-read every routine file (one was saved or imported) and offer `routine_id`."""
        from desktop.model.library import load_library
        from desktop.paths import user_routines_dir

        self._app.library = load_library(user_dir=user_routines_dir(), catalogue=self._app.catalogue)
        self._app.window.set_library(self._app.library, routine_id)

    def show_programme(self, routine) -> None:
        """A routine with a physiotherapist's programme: its plan when opened, and the week's count."""
        from datetime import date

        from desktop.model.programme import plan_text

        programme = routine.programme if routine is not None else None
        if programme is None and self.programme_label is None:
            return
        if self.programme_label is None:
            from desktop.ui.programme_label import ProgrammeLabel

            self.programme_label = ProgrammeLabel()
            self._app.window.statusBar().addPermanentWidget(self.programme_label)
        self.programme_label.show_for(
            routine, self._app.history.sessions() if programme else (), date.today()
        )
        if programme is not None:
            self._app.window.show_notice(plan_text(programme))
