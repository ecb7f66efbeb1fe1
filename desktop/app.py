"""The composition root: build the model, the controller, the main window and what hangs off them.

Starting it (the QApplication, the first paint, what waits for it) is desktop.startup; --screenshot
rendering is desktop.screenshot, follow-along's hand-over desktop.ui.follow_along_host, the export
dialog desktop.ui.export_dialog; SIGTERM/SIGINT are handled by desktop.qt.quit_signals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.model.i18n import translate

DEFAULT_SIZE = (1280, 800)  # the main window's first size, and --screenshot's


def _install_language(setting: str) -> str:
    """German or English, from the setting or else the desktop's language (issue 16)."""
    from PySide6.QtWidgets import QApplication

    from desktop.model.i18n import choose_language
    from desktop.qt.translations import install_translations, system_locale_name

    return install_translations(QApplication.instance(), choose_language(setting, system_locale_name()))


class App:
    """Everything one running app holds, so tests and benchmarks can build it the same way."""

    def __init__(
        self,
        args: argparse.Namespace,
        *,
        history_path: Path | None = None,
        store=None,
        sound_factory=None,
        dialogs=None,
        defer_user_routines: bool = False,
        defer_history: bool = False,
    ) -> None:
        """`sound_factory(parent)` makes the SoundCues (tests pass one with fake effects); `dialogs`
        answers the session gate's questions (desktop.model.session_gate.SessionDialogs; real dialogs
        unless given). `defer_user_routines`: build the window with the built-in routines only and
        read the person's own files in `load_user_routines()` (run_app calls it after the first paint:
        ~0.45 ms a file, which hundreds of saved variations would otherwise add to every start).
        `defer_history`: open the history file on first use of `history` (run_app: right after the
        first paint), not here."""
        from desktop.model.library import load_library
        from desktop.model.zones import load_catalogue
        from desktop.paths import user_routines_dir
        from desktop.qt.session_controller import SessionController
        from desktop.qt.settings_store import SettingsStore
        from desktop.ui import progress_hooks
        from desktop.ui.follow_along_host import FollowAlongHost
        from desktop.ui.main_window import MainWindow

        self.args = args
        self.store = store or SettingsStore()
        self.settings = self.store.load()
        self.language = _install_language(self.settings.language)  # before any text is built
        self.catalogue = load_catalogue()
        self._user_routines_due = defer_user_routines
        self.library = load_library(
            user_dir=None if defer_user_routines else user_routines_dir(), catalogue=self.catalogue
        )
        self._history_path = history_path
        self._history = None  # opened by the `history` property
        self.controller = SessionController(self.library)  # its history is set as the file opens
        self._sound_factory = sound_factory
        from PySide6.QtWidgets import QApplication

        from desktop.ui.appearance import Appearance

        self.appearance = Appearance(QApplication.instance(), self.settings)  # before any widget exists
        self.window = MainWindow(
            self.controller, self.catalogue, self.settings, dialogs=dialogs, prepare=self._before_session
        )
        self.window.settings_changed.connect(self._save_settings)
        self.window.follow_along_requested.connect(self.open_follow_along)
        self.window.history_requested.connect(self.open_history_window)
        self.window.export_requested.connect(self.export_history)
        self.window.restart_requested.connect(self.restart)
        self.restarting = False  # run_app starts the app again once this one has quit
        self.window.routine_menu_opening.connect(self._check_speech)
        self._speech_checked = False
        self.controller.session_ended.connect(self._on_session_ended)
        self._follow_along = FollowAlongHost(self.window, self.controller, self.catalogue)
        self._features = None  # made when first needed; run_app makes them right after the first paint
        self.window.app_command.connect(self._run_app_command)
        self.appearance.add_diagram(self.window.diagram)
        self.history_window = None
        progress_hooks.install(self)  # issue 18: View → Knee-to-wall test

        settings = self.settings
        if args.side:
            from desktop.model.routine import SidePlan

            settings = settings.__class__(**{**settings.__dict__, "side": SidePlan(args.side)})
        if args.view:
            settings = settings.__class__(**{**settings.__dict__, "view": args.view})
        self.window.apply_settings(settings, routine_id=args.routine)
        self._wanted_routine = args.routine or settings.last_routine  # may be one of the user's own
        self._routine_arg_due = True
        if not self._user_routines_due or self._showing(self._wanted_routine):
            self._check_routine_arg()  # else once the user's routines are read
        if args.zone and args.zone not in self.catalogue:
            known = ", ".join(sorted(self.catalogue.ids))
            print(f"ankle-guide: No zone called '{args.zone}'. Known zones: {known}.", file=sys.stderr)
            shown = translate("app", "No zone called '{zone}'. Known zones: {known}.")
            self.window.show_notice(shown.format(zone=args.zone, known=known))
        elif args.zone:
            self.window.diagram.highlight([args.zone])
            if args.view:
                self.window.diagram.set_view(args.view)
        geometry = None if args.size or args.screenshot else self.store.restore_geometry("main")
        if geometry is not None and self.window.restoreGeometry(geometry):
            from desktop.qt.screens import fit_on_screen

            fit_on_screen(self.window)  # the screen may be smaller than when it was saved
        elif args.size or args.screenshot:
            self.window.resize(*(args.size or DEFAULT_SIZE))  # a size asked for wins over the last one
        else:
            from desktop.qt.screens import available_geometry_at, first_size

            self.window.resize(*first_size(DEFAULT_SIZE, available_geometry_at()))
        self.startup_warnings: list[str] = []  # shown in a box once the window is up (run_app)
        if self.store.problem:  # the settings file is a named pipe or the like: not read, not written
            self.window.show_notice(self.store.problem)
            self.startup_warnings.append(self.store.problem)
        if not defer_history:
            self.history  # noqa: B018 - opened now

    @property
    def history(self):
        """The session history (desktop.model.history), opened on first use. A started window opens it
        right after the first paint (run_app), and before any session starts: sqlite3,
        the file's checks and the history's types (~10 ms) are no part of the first paint."""
        if self._history is None:
            from desktop.model.history_open import open_history
            from desktop.paths import history_db_path

            self._history, message = open_history(self._history_path or history_db_path())
            self.controller.history = self._history
            if message:  # damaged or not writable: the status bar, and a box (show_startup_warnings)
                self.window.show_notice(message)
                self.startup_warnings.append(message)
        return self._history

    @property
    def features(self):
        """Own routines, printing, programmes and reminders (desktop.app_features). None of it shows in
        the first paint, so a started window makes them after it (`run_app`), else on first use."""
        if self._features is None:
            from desktop.app_features import AppFeatures

            self._features = AppFeatures(self)
        return self._features

    def _run_app_command(self, command_id: str) -> None:
        self.features.run_command(command_id)

    def load_user_routines(self) -> None:
        """Read the person's own routine files (deferred from start-up) and list them; the routine asked
        for (--routine, else the last one used) is opened once it is there, unless a session began."""
        if not self._user_routines_due:
            return
        self._user_routines_due = False
        from desktop.model.library import load_library
        from desktop.paths import user_routines_dir

        self.library = load_library(user_dir=user_routines_dir(), catalogue=self.catalogue)
        self.window.set_library(self.library)
        wanted = self._wanted_routine
        if not self.controller.in_progress and not self._showing(wanted):
            self.controller.select_routine(wanted)
        self._check_routine_arg()

    def _showing(self, routine_id: str | None) -> bool:
        """Whether the routine open is `routine_id` (True for None: nothing particular was asked for)."""
        return routine_id is None or (
            self.controller.routine is not None and self.controller.routine.id == routine_id
        )

    def _check_routine_arg(self) -> None:
        """Once: --routine ID that names no routine, say so; --step N, go to that step of the routine."""
        args = self.args
        if not self._routine_arg_due or self.controller.in_progress:
            return
        self._routine_arg_due = False
        if args.routine and (self.controller.routine is None or self.controller.routine.id != args.routine):
            notice = translate("app", "No routine called '{routine}'; showing another one.")
            self.window.show_notice(notice.format(routine=args.routine))
        if args.step:
            self._go_to_step(args.step)

    def show_startup_warnings(self) -> None:
        """What a person must not miss (their history was damaged or cannot be saved): a box over the
        window, not only the status bar, which clears itself."""
        if not self.startup_warnings:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("app", "Session history"),
            "\n\n".join(self.startup_warnings),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("startupWarning")
        box.open()  # window-modal, does not block the event loop
        self.startup_warnings = []

    def _go_to_step(self, number: int) -> None:
        """--step N: the N-th step (1-based) of the first side."""
        from desktop.model.session_snapshot import ItemKind

        steps = [i for i in self.controller.plan if i.kind is ItemKind.STEP]
        if 1 <= number <= len(steps):
            self.controller.jump_to(steps[number - 1].index)
        else:
            notice = translate("app", "There is no step {number} in this routine.")
            self.window.show_notice(notice.format(number=number))

    def _save_settings(self, settings) -> None:
        self.settings = settings
        if not self.args.screenshot:  # a rendered screenshot never changes the user's settings
            self.store.save(settings)
        self.appearance.apply(settings)
        self._apply_speech(settings.speech)
        self._follow_along.set_settings(settings)

    def start_cues(self) -> None:
        """After the first paint: speech, if chosen. Sound waits for the first start (ensure_sound)."""
        self._apply_speech(self.settings.speech)

    def _before_session(self) -> None:
        """Before a session's first question: the history that will record it, and sound."""
        self.history  # noqa: B018 - open (already, unless a session starts as the window first paints)
        self.ensure_sound()

    def ensure_sound(self) -> None:
        """Set up sound cues once, before the first session (or follow-along count-in) starts.

        Not at launch: QtMultimedia and its FFmpeg backend take ~30 ms and ~18 MB that someone who only
        looks at the diagram should not pay. The mute setting is applied as the cues are made.
        """
        if self.controller.sound is not None:
            return
        factory = self._sound_factory
        if factory is None:
            from desktop.qt.sound import SoundCues as factory
        sound = factory(self.controller)
        sound.set_muted(not self.window.settings.sound)
        self.controller.sound = sound

    def _check_speech(self) -> None:
        """The first time the Routine menu opens: grey spoken guidance out if no engine can speak."""
        if self._speech_checked or self.controller.speech is not None:
            return
        self._speech_checked = True
        from desktop.qt import speech

        reason = speech.speech_unavailable_reason()
        if reason:
            self.window.speech_unavailable(reason, notify=False)

    def _apply_speech(self, on: bool) -> None:
        speech = self.controller.speech
        if on and speech is None:
            from desktop.qt.speech import SpeechCues

            speech = SpeechCues(self.controller)
            if not speech.available:
                self.window.speech_unavailable(speech.unavailable_reason)
                return
            self.controller.speech = speech
        if speech is not None:
            speech.set_enabled(on)

    def _on_session_ended(self, _summary) -> None:
        if self.history_window is not None:
            self.history_window.refresh()
        from PySide6.QtCore import QTimer

        from desktop import heap

        # What the session freed goes back to the system (issue 19 soak): once this event is handled and
        # the step's items deleted later (deleteLater) are gone.
        QTimer.singleShot(0, lambda: heap.release_freed_memory())

    @property
    def follow_along(self):
        """The follow-along window, once it was first opened (else None)."""
        return self._follow_along.window

    def open_follow_along(self):
        """F / View → Follow-along: fullscreen over the main window (desktop.ui.follow_along_host)."""
        window = self._follow_along.open()
        if window.diagram not in self.appearance.diagrams():
            self.appearance.add_diagram(window.diagram)  # reduced motion there too
        return window

    def open_history_window(self) -> None:
        from desktop.ui.history_window import HistoryWindow

        if self.history_window is None:
            self.history_window = HistoryWindow(
                self.history,
                self.window,
                body_map_factory=self._body_map,
                titles=self.library.builtin_titles(),
            )
        from desktop.ui import progress_hooks

        progress_hooks.attach_mobility(self)  # issue 18: mobility per foot with the MDC band
        self.history_window.show()
        self.history_window.raise_()

    def _body_map(self):
        from desktop.ui.diagram_view import DiagramView

        body_map = DiagramView(self.catalogue)
        body_map.setAccessibleName(translate("app", "Body map: where it felt tight most often"))
        body_map.set_view(self.window.settings.view)
        body_map.set_labels_visible(False)
        return body_map

    def export_history(self) -> None:
        from desktop.ui import progress_hooks
        from desktop.ui.export_dialog import export_history

        export_history(
            self.window, self.history.iter_sessions, self.window.show_notice, progress_hooks.read_all(self)
        )

    def quit(self) -> None:
        """Quit as closing the window does (SIGTERM, SIGINT): a session in progress is saved as stopped."""
        from PySide6.QtWidgets import QApplication

        self.window.gate.quit()
        QApplication.closeAllWindows()
        QApplication.quit()

    def restart(self) -> None:
        """Quit (as quitting does), then open again: run_app starts the new one last (desktop.relaunch)."""
        self.restarting = True
        self.quit()

    def close(self) -> None:
        if self._features is not None:
            self._features.stop()
        if not self.args.screenshot:
            self.store.save_geometry("main", self.window.saveGeometry())
        if self._history is not None:
            self._history.close()
