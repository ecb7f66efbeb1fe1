"""The main window's status bar, where a notice too long for one line ends in "…" instead of mid-word.

QStatusBar draws a message on one line and cuts it wherever the bar ends ("…a new, empty history has
be"). Notices here can be long (a damaged history file, a routine file's problems, an unknown zone with
the known ones listed), so the bar shows what fits, ending in "…", and the whole notice as its tooltip;
it fits the notice again when the window is resized. `currentMessage()` is what is shown,
`whole_notice()` the notice itself. A screen reader is told each notice, whole (politely, as the
session's changes are: desktop.ui.announcer); a status bar message alone reaches none.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget

from desktop.ui.announcer import announce_politely

# QStatusBar's own message area (qstatusbar.cpp, messageRect): from 6 px in to 12 px before the end, or
# to the size grip, or to 2 px before the first permanent widget.
_LEFT, _RIGHT, _GAP = 6, 12, 2


class NoticeBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""  # the notice being shown, before fitting
        self._showing = ""  # and as it was fitted
        self._timeout_ms = 0
        self._permanent: list[QWidget] = []
        self.announced: list[str] = []  # the notices told to a screen reader (tests)
        self.messageChanged.connect(self._on_message_changed)

    def show_notice(self, text: str, timeout_ms: int = 0) -> None:
        """Show `text` for `timeout_ms` (0: until replaced), cut to the bar's width if need be."""
        self._whole = text
        self._timeout_ms = timeout_ms
        self._show_fitted()
        self.announced.append(text)
        del self.announced[:-20]
        announce_politely(text, self.window())

    def whole_notice(self) -> str:
        """The notice shown now, whole ("" when the bar shows none of them)."""
        return self._whole

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._whole:
            self._show_fitted()  # the whole notice may fit now, or need cutting shorter

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._whole:
            self._show_fitted()  # given before the window first showed (its first resize came before)

    def message_width(self) -> int:
        """The width QStatusBar draws its message in."""
        right = self.width() - _RIGHT
        children = self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        grips = [child for child in children if isinstance(child, QSizeGrip)]
        for widget, gap in [(grip, 0) for grip in grips] + [(widget, _GAP) for widget in self._permanent]:
            if widget.isVisible() and widget.x() > _LEFT:  # at x 0 it is not laid out yet
                right = min(right, widget.x() - gap)
        return max(0, right - _LEFT)

    def _show_fitted(self) -> None:
        shown = self._whole
        if self.isVisible():  # else not laid out yet: fitted when it is (resizeEvent)
            width = self.message_width()
            shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, width)
        self.setToolTip(self._whole if shown != self._whole else "")
        self._showing = shown
        self.showMessage(shown, self._timeout_ms)

    def _on_message_changed(self, message: str) -> None:
        if message != self._showing:
            self._whole = ""  # cleared, timed out, or another message came (QStatusBar.showMessage)
            self.setToolTip("")
