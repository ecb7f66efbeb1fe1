"""The session gate's questions as real dialogs (desktop.model.session_gate.SessionDialogs).

Each dialog is imported when first shown (the first paint needs none of them) and is owned by the window
the person is looking at: follow-along when it is up, else the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from desktop.model.pain_scale import Ratings
from desktop.model.pressure import PressureScale
from desktop.model.session_questions import before_rating_words
from desktop.model.zones import ZoneCatalogue
from desktop.ui import style

if TYPE_CHECKING:
    from desktop.model.session_outcome import AfterSession, SessionSummary


class WindowDialogs:
    """Modal dialogs over `owner` (or over the active window, when that is another one of the app)."""

    def __init__(self, owner: QWidget, catalogue: ZoneCatalogue | None = None) -> None:
        self.owner = owner
        self.catalogue = catalogue
        self._injury = False  # the last safety check said "recent injury: yes"
        # set by desktop.ui.progress_hooks: the summary then asks the pressure used (optional), kept here
        self.record_pressure: Callable[[int, float], None] | None = None
        self.pressure_scale: Callable[[], PressureScale | None] = lambda: None

    def _parent(self) -> QWidget:
        active = QApplication.activeWindow()
        return active if active is not None and active.isVisible() else self.owner

    def safety_check(self) -> bool:
        from desktop.ui.safety_gate import SafetyGate

        dialog = SafetyGate(self._parent())
        passed = dialog.exec() == SafetyGate.DialogCode.Accepted
        self._injury = dialog.answers().get("acute_injury") is True
        return passed

    def recent_injury(self) -> bool:
        return self._injury

    def injury_check(self) -> None:
        from desktop.ui.injury_check import InjuryCheck

        InjuryCheck(self._parent()).exec()

    def before_rating(self) -> Ratings | None:
        from desktop.ui.before_rating import BeforeRatingDialog

        dialog = BeforeRatingDialog(*before_rating_words(), self._parent())
        dialog.exec()
        return dialog.ratings()

    def pain_advice(self, *, recording: bool) -> None:
        from desktop.ui.pain_advice import PainAdviceDialog

        PainAdviceDialog(self._parent(), recording=recording).exec()

    def after_session(self, summary: SessionSummary) -> AfterSession | None:
        from desktop.model.session_outcome import AfterSession  # (imported on first use: start-up, issue 19)
        from desktop.ui.dialogs import SummaryDialog

        dialog = SummaryDialog(summary, self._parent(), catalogue=self.catalogue)
        used = None
        if self.record_pressure is not None and summary.history_id is not None:
            from desktop.ui.pressure_calibration import add_pressure_used

            used = add_pressure_used(dialog, self.pressure_scale())
        if dialog.exec() != SummaryDialog.DialogCode.Accepted:
            return None
        kg = used.kg() if used is not None else None
        if kg is not None and self.record_pressure is not None and summary.history_id is not None:
            self.record_pressure(summary.history_id, kg)
        return AfterSession(dialog.value, dialog.tight_zones, dialog.note)

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # here: PySide builds the class and its enums on first use

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self._parent())
        style.dialog_look(box)
        return box.exec() == QMessageBox.StandardButton.Yes
