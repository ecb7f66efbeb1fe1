"""Answers the real app's modal dialogs as they open, the way a person would, in the order planned.

Modal dialogs run their own event loop (exec), so a test cannot click them after the call that opens
them returns: a 10 ms poll finds the dialog once it is up and runs the planned answer, then stops.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class ModalAnswers:
    """`then(kind, answer)`: when a modal dialog of `kind` opens, `answer(dialog)`; `seen` lists them."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._plan: list[tuple[type, Callable[[QWidget], None]]] = []
        self._answered: set[int] = set()
        self._kept: list[QWidget] = []
        self._poll = QTimer()
        self._poll.setInterval(10)
        self._poll.timeout.connect(self._answer)

    def then(self, kind: type, answer: Callable[[QWidget], None]) -> None:
        self._plan.append((kind, answer))
        self._poll.start()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or id(modal) in self._answered or not self._plan:
            return
        kind, answer = self._plan[0]
        if isinstance(modal, kind) and modal.isVisible():
            self._plan.pop(0)
            self._answered.add(id(modal))
            self._kept.append(modal)  # held, so a later dialog can never reuse its id
            self.seen.append(type(modal).__name__)
            if not self._plan:
                self._poll.stop()
            answer(modal)

    def stop(self) -> None:
        self._poll.stop()
