"""The history window's four totals (sessions this week, days in a row, average change in tension,
minutes of massage): a big number over a caption each, worded for the chosen period.

Singular and plural are two whole texts chosen here by the count: pyside6-lupdate marks no Python call
as a plural ("%n" with numerus forms), so each text is translated as it stands (right for English and
German, which both have one form for 1 and one for every other number).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.model.history_stats import HistoryStats
from desktop.model.i18n import translate
from desktop.ui.history_table import number_text

Totals = dict[str, tuple[QLabel, QLabel]]  # name ("week", "streak", "drop", "minutes") → (value, caption)


def stat_card() -> tuple[QFrame, QLabel, QLabel]:
    """A framed big value with its caption under it (frame, value, caption)."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    value = QLabel("–")
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    value.setFont(font)
    detail = QLabel()
    detail.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 6, 12, 6)
    layout.addWidget(value)
    layout.addWidget(detail)
    return frame, value, detail


def show_totals(totals: Totals, stats: HistoryStats, period: str) -> None:
    """Fill the cards; `period` is the chosen period as said inside a sentence ("last 4 weeks")."""
    value, detail = totals["week"]
    value.setText(str(stats.sessions_this_week))
    detail.setText(
        translate("history_totals", "session this week")
        if stats.sessions_this_week == 1
        else translate("history_totals", "sessions this week")
    )
    value, detail = totals["streak"]
    value.setText(str(stats.streak_days))
    detail.setText(
        translate("history_totals", "day in a row")
        if stats.streak_days == 1
        else translate("history_totals", "days in a row")
    )
    value, detail = totals["drop"]
    drop, rated = stats.average_drop, stats.rated_sessions
    if drop is None:
        value.setText("–")
        detail.setText(
            translate(
                "history_totals", "change in tension, {period}: no session rated before and after yet"
            ).format(period=period)
        )
    else:
        value.setText(number_text(f"{'↓' if drop > 0 else '↑' if drop < 0 else ''} {abs(drop):.1f}".strip()))
        if drop > 0:
            text = translate("history_totals", "points lower after a session on average, {period} ({rated})")
        elif drop < 0:
            text = translate("history_totals", "points higher after a session on average, {period} ({rated})")
        else:
            text = translate(
                "history_totals", "points the same after a session on average, {period} ({rated})"
            )
        rated_text = (
            translate("history_totals", "{count} rated session")
            if rated == 1
            else translate("history_totals", "{count} rated sessions")
        )
        detail.setText(text.format(period=period, rated=rated_text.format(count=rated)))
    value, detail = totals["minutes"]
    minutes = round(stats.minutes)
    value.setText(f"{minutes}")
    text = (
        translate("history_totals", "minute of massage, {period} ({sessions})")
        if minutes == 1
        else translate("history_totals", "minutes of massage, {period} ({sessions})")
    )
    detail.setText(text.format(period=period, sessions=sessions_text(stats.sessions)))


def sessions_text(count: int) -> str:
    """'1 session', '3 sessions' (for a caption's brackets)."""
    text = (
        translate("history_totals", "{count} session")
        if count == 1
        else translate("history_totals", "{count} sessions")
    )
    return text.format(count=count)
