"""What each key and button of the follow-along window does (the window mixes this in).

Every command goes to the shared SessionController or to the window's count-in; a command that does not
apply at the moment (say → during the summary) does nothing rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from desktop.model.session_events import SessionState

if TYPE_CHECKING:  # only for the annotations: the window provides these
    from desktop.model.session_outcome import SessionSummary
    from desktop.model.settings import AppSettings
    from desktop.qt.session_controller import SessionController
    from desktop.ui.follow_along_countin import CountIn
    from desktop.ui.follow_along_summary import SummaryPage

ADD_SECONDS = 10.0


class FollowAlongCommands:
    """The commands and the key map of FollowAlongWindow, which supplies the attributes below and lists
    this class before QWidget (so `super().keyPressEvent` is QWidget's).

    Keys: Space start/pause/resume, ← → previous/next, R restart the step, + or = add 10 s, S stop,
    H "Stop — this hurts", Esc/F leave; on the summary 0–9 rate ("1" then "0" within a second: 10),
    R start again, Esc skips the rating (as the rating widget says) and leaves.
    """

    controller: SessionController
    count_in: CountIn
    settings: AppSettings
    summary_page: SummaryPage
    _summary: SessionSummary | None
    leave: Callable[[], None]  # leave fullscreen

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
        if not self.controller.approve_start():  # the day's safety check comes before the count-in
            return
        if self.settings.get_ready and self.settings.get_ready_seconds > 0:
            self.count_in.begin(self.settings.get_ready_seconds)
        else:
            self.controller.start()

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
        if self._summary is not None:
            return
        self.count_in.cancel()
        self.controller.stop(pain=True)

    def start_again(self) -> None:
        """From the summary: a fresh idle session of the same routine (Space then starts it)."""
        if self._summary is not None:
            self.controller.reset()

    # ---- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        text = event.text()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F):
            if key == Qt.Key.Key_Escape:
                self.summary_page.skip_rating()  # the rating says "Esc to skip"; Esc also leaves
            self.leave()
        elif self._summary is not None and len(text) == 1 and text.isascii() and text.isdigit():
            self.summary_page.type_digit(int(text))
        elif key == Qt.Key.Key_R:
            self.restart()
        elif self._summary is not None:
            super().keyPressEvent(event)
            return
        elif key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Left:
            self.previous()
        elif key == Qt.Key.Key_Right:
            self.next()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.add_time()
        elif key == Qt.Key.Key_S:
            self.stop()
        elif key == Qt.Key.Key_H:
            self.hurts()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
