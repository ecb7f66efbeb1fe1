"""What each key and button of the follow-along window does (the window mixes this in).

Every command goes to the shared SessionController, the session gate (starting) or the window's
count-in; a command that does not apply at the moment (say → during the summary) does nothing rather than
guess. Which key gives which command is desktop.model.command_table, the same one Help lists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.model.command_types import Window
from desktop.model.commands import for_window
from desktop.model.session_events import SessionState

if TYPE_CHECKING:  # only for the annotations: the window provides these
    from desktop.model.session_gate import SessionGate
    from desktop.model.session_outcome import SessionSummary
    from desktop.model.settings import AppSettings
    from desktop.qt.session_controller import SessionController
    from desktop.ui.follow_along_countin import CountIn
    from desktop.ui.follow_along_summary import SummaryPage

ADD_SECONDS = 10.0
_IGNORED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier  # "+" is Shift+= often


def _key_map() -> dict[tuple[int, int], str]:
    """(key, modifiers) → command id, for every follow-along command of the table."""
    keys: dict[tuple[int, int], str] = {}
    for cmd in for_window(Window.FOLLOW):
        for text in cmd.keys:
            combo = QKeySequence(text)[0]
            keys[(int(combo.key().value), combo.keyboardModifiers().value)] = cmd.id
    return keys


KEY_MAP = _key_map()


class FollowAlongCommands:
    """The commands and the key map of FollowAlongWindow, which supplies the attributes below and lists
    this class before QWidget (so `super().keyPressEvent` is QWidget's).

    Keys (KEY_MAP, from the command table): Space start/pause/resume, ← → previous/next, R restart the
    step, + or = add 10 s, S stop, H "Stop — this hurts", F/F11 leave, Esc skip the rating (as the rating
    widget says) and leave; on the summary 0–9 rate ("1" then "0" within a second: 10), R start again.
    """

    controller: SessionController
    gate: SessionGate
    count_in: CountIn
    settings: AppSettings
    summary_page: SummaryPage
    _summary: SessionSummary | None
    leave: Callable[[], None]  # leave fullscreen
    showing_pain_advice: bool
    show_pain_advice: Callable[..., None]
    pain_read: Callable[[], None]

    def toggle(self) -> None:
        """Space: start (through the count-in), pause, resume; pauses and resumes the count-in too."""
        if self._summary is not None:
            return
        if self.count_in.ready is not None:
            self.count_in.toggle()
        elif self.controller.state is SessionState.IDLE:
            self.begin()
        else:
            self.controller.toggle()

    def begin(self) -> None:
        """Start the idle session: after the count-in when the settings ask for one."""
        idle = self.controller.session is not None and self.controller.state is SessionState.IDLE
        if not idle or self.count_in.ready is not None:
            return
        seconds = self.settings.get_ready_seconds if self.settings.get_ready else 0
        # the gate asks the day's safety check and the before-rating before the count-in starts
        self.gate.start(count_in=(lambda: self.count_in.begin(seconds)) if seconds > 0 else None)

    def next(self) -> None:
        if self.count_in.ready is not None:
            self.count_in.finish_now()  # → during the count-in: start now
        elif self._summary is None:
            self.controller.next()

    def previous(self) -> None:
        if self.count_in.ready is None and self._summary is None:
            self.controller.previous()

    def restart(self) -> None:
        """R: restart the step (or the count-in); on the summary, start the routine again."""
        if self._summary is not None:
            self.start_again()
        elif self.count_in.ready is not None:
            self.count_in.begin(self.count_in.ready.seconds)
        else:
            self.controller.restart_item()

    def add_time(self) -> None:
        if self.count_in.ready is None and self.controller.in_progress:
            self.controller.add_time(ADD_SECONDS)

    def stop(self) -> None:
        """S: stop the session (it is recorded as stopped early); during the count-in, just cancel it."""
        if self.count_in.ready is not None:
            self.count_in.cancel()
        elif self.controller.in_progress:
            self.controller.stop()

    def hurts(self) -> None:
        """H / "Stop — this hurts": works at any moment before the summary, and shows the advice."""
        if self._summary is not None or self.showing_pain_advice:
            return
        self.count_in.cancel()
        if self.controller.in_progress:
            self.controller.stop(pain=True)  # the advice follows as the session ends (_on_ended)
        else:
            self.show_pain_advice(recording=False)

    def request_quit(self) -> None:
        """Ctrl+Q: as in the main window, asks first while a session is in progress."""
        if self.gate.may_quit():
            QApplication.closeAllWindows()

    def start_again(self) -> None:
        """From the summary: a fresh idle session of the same routine (Space then starts it)."""
        if self._summary is not None:
            self.controller.reset()

    # ---- keys ----------------------------------------------------------------------------------

    def leave_skipping_rating(self) -> None:
        """Esc: the rating says "Esc to skip"; Esc also leaves."""
        self.summary_page.skip_rating()
        self.leave()

    def rate_digit(self, digit: int) -> None:
        if self._summary is not None:
            self.summary_page.type_digit(digit)

    def command_slots(self) -> dict[str, Callable[[], None]]:
        """What each follow-along command of the table does (the rating digits are handled apart)."""
        return {
            "start_pause": self.toggle,
            "previous": self.previous,
            "next": self.next,
            "restart": self.restart,
            "add_time": self.add_time,
            "stop": self.stop,
            "hurts": self.hurts,
            "follow_along": self.leave,
            "leave": self.leave_skipping_rating,
            "quit": self.request_quit,
        }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = (event.modifiers() & ~_IGNORED).value
        command_id = KEY_MAP.get((event.key(), modifiers))
        if self.showing_pain_advice:  # only its own button (Enter), leaving and quitting work here
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pain_read()
            elif command_id in ("follow_along", "leave", "quit"):
                self.command_slots()[command_id]()
            event.accept()
            return
        if command_id == "rate":
            self.rate_digit(int(event.text()) if event.text().isdigit() else event.key() - Qt.Key.Key_0)
        elif command_id is not None:
            self.command_slots()[command_id]()
        else:
            super().keyPressEvent(event)  # type: ignore[misc]
            return
        event.accept()
