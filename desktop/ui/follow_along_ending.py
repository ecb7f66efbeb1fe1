"""What follow-along shows when a session ends: the summary and its rating, or the pain advice (a mixin).

A module of its own so desktop.ui.follow_along reads as the running screen (count-in, HUD, diagram,
controls) and this one as the pages after it: a stop for pain shows the advice alone and asks no rating;
any other end shows the summary, whose answer goes to history by the session gate's one route. The
window mixes this in before QWidget and supplies the attributes below; the signals re-emitted here are
the window's (documented there).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.model.session_presenter import summary_text
from desktop.ui.dialogs import zone_choices

if TYPE_CHECKING:  # only for the annotations: the window provides these
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStackedLayout

    from desktop.model.session_gate import SessionGate
    from desktop.model.session_outcome import SessionSummary
    from desktop.model.zones import ZoneCatalogue
    from desktop.ui.follow_along_countin import CountIn
    from desktop.ui.follow_along_hud import HudPage
    from desktop.ui.follow_along_pages import PainPage
    from desktop.ui.follow_along_summary import SummaryPage


class FollowAlongEnding:
    """The summary and pain-advice pages of FollowAlongWindow, which lists this class before QWidget."""

    catalogue: ZoneCatalogue
    gate: SessionGate
    count_in: CountIn
    hud: HudPage
    summary_page: SummaryPage
    pain_page: PainPage
    _pages: QStackedLayout
    _summary: SessionSummary | None
    rated: SignalInstance
    recorded: SignalInstance
    rating_skipped: SignalInstance
    setFocus: Callable[..., None]
    _render: Callable[[], None]
    _sync: Callable[[], None]

    @property
    def showing_summary(self) -> bool:
        return self._pages.currentWidget() is self.summary_page

    @property
    def showing_pain_advice(self) -> bool:
        return self._pages.currentWidget() is self.pain_page

    def _on_ended(self, summary: SessionSummary) -> None:
        self._summary = summary
        self.count_in.cancel()
        if summary.stopped_for_pain:  # safety first: the advice is the whole screen, no rating asked
            self.show_pain_advice(recording=True)
            return
        self.summary_page.show_summary(summary_text(summary), zone_choices(summary.zones, self.catalogue))
        self._pages.setCurrentWidget(self.summary_page)
        self._sync()

    def show_pain_advice(self, *, recording: bool) -> None:
        """The pain advice page (after a stop for pain, or "this hurts" with no session running)."""
        self.count_in.cancel()
        self.pain_page.show_advice(recording=recording)
        self._pages.setCurrentWidget(self.pain_page)
        self._sync()

    def pain_read(self) -> None:
        """The pain page's one button: after a stop, the session's record (no rating); else back."""
        if not self.showing_pain_advice:
            return
        if self._summary is not None and self.pain_page.recording:
            self.summary_page.show_summary(summary_text(self._summary), rate=False)
            self._pages.setCurrentWidget(self.summary_page)
        else:
            self._pages.setCurrentWidget(self.hud)
            self._render()
        self._sync()

    def _on_rated(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rated.emit(value)

    def _on_recorded(self, answer) -> None:
        """The summary page's answer goes to history by the gate's one route."""
        self.gate.save_after(self._summary, answer)
        self.recorded.emit(answer)

    def _on_rating_skipped(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rating_skipped.emit()
