"""Where it most often felt tight: a ranked list of zones by how many sessions marked them.

Shown beside the history plot; when a body-map widget is available it sits under the map, so the
coloured areas have names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.model.i18n import translate
from desktop.model.problems import ValidationError
from desktop.ui import layouts


def catalogue_names() -> Callable[[str], str]:
    """zone id → the plain name people know it by (the catalogue's), or a tidied id if unknown."""
    try:
        from desktop.model.zones import load_catalogue

        catalogue = load_catalogue()
    except (ValidationError, OSError):
        catalogue = None

    def name(zone_id: str) -> str:
        zone = catalogue.get(zone_id) if catalogue is not None else None
        return zone.plain if zone is not None else zone_id.replace("_", " ").capitalize()

    return name


def zone_tints(counts: dict[str, int]) -> dict[str, float]:
    """Counts scaled to 0..1 (the most often tight zone is 1.0), for a body map's tints."""
    top = max(counts.values(), default=0)
    return {zone: n / top for zone, n in counts.items()} if top else {}


class ZoneRanking(QWidget):
    """Up to `limit` zones, most often tight first, each with a bar of "n of m sessions"."""

    def __init__(
        self, parent: QWidget | None = None, *, limit: int = 8, names: Callable[[str], str] | None = None
    ) -> None:
        super().__init__(parent)
        self._limit = limit
        self._names = names or catalogue_names()
        self._title = QLabel(translate("history_zones", "<b>Where it felt tight most often</b>"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        self._grid = layouts.grid(layout)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._grid.setVerticalSpacing(4)
        layout.addStretch(1)
        self._rows: list[tuple[str, int]] = []
        # One row of widgets per place in the ranking, made once and reused: a refresh after every
        # session changes texts and bars, and never makes or deletes widgets.
        self._empty = QLabel(translate("history_zones", "No tight spots marked in this period."))
        self._empty.setWordWrap(True)
        self._grid.addWidget(self._empty, 0, 0, 1, 3)
        self._places: list[tuple[QLabel, QProgressBar, QLabel]] = []
        for row in range(limit):
            label = QLabel()
            label.setWordWrap(True)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(12)
            count = QLabel()
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, widget in enumerate((label, bar, count)):
                self._grid.addWidget(widget, row + 1, column)
                widget.hide()
            self._places.append((label, bar, count))

    def rows(self) -> list[tuple[str, int]]:
        """(name, count) as listed, top first."""
        return list(self._rows)

    def set_counts(self, counts: dict[str, int], sessions: int) -> None:
        """`counts` from HistoryStore.zone_counts; `sessions` = how many sessions the period holds."""
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], self._names(kv[0])))[: self._limit]
        self._rows = [(self._names(zone), n) for zone, n in ranked]
        self._empty.setVisible(not ranked)
        for place, (label, bar, count) in enumerate(self._places):
            shown = place < len(ranked)
            for widget in (label, bar, count):
                widget.setVisible(shown)
            if not shown:
                continue
            zone_id, n = ranked[place]
            of = max(sessions, n)
            label.setText(self._names(zone_id))
            label.setToolTip(zone_id)
            bar.setRange(0, max(of, 1))
            bar.setValue(n)
            bar.setAccessibleName(
                translate("history_zones", "{zone}: tight in {count} of {sessions} sessions").format(
                    zone=label.text(), count=n, sessions=of
                )
            )
            count.setText(translate("history_zones", "{count} of {sessions}").format(count=n, sessions=of))
