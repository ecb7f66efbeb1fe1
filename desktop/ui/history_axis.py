"""A pyqtgraph date axis that names days and months in the app's language.

pyqtgraph's DateAxisItem writes its ticks with strftime, whose %a and %b are the C locale's English
names whatever language the app speaks ("03 Nov" under a German window). This axis puts the app's
locale's short names (desktop.ui.history_table.display_locale) in their place before strftime runs.
Imports pyqtgraph: only the history window's plots import this module, when they are first built.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    MONTH_DAY_ZOOM_LEVEL,
    TickSpec,
    ZoomLevel,
    adjustTimestampToPreferredUtcOffset,
    makeSStepper,
    utcfromtimestamp,
)
from PySide6.QtCore import QLocale

from desktop.ui.history_table import display_locale

_SHORT = QLocale.FormatType.ShortFormat
# pyqtgraph's month+day level draws "Nov" beside "30" and "03"; one "03 Nov" label per tick reads better,
# and stays in use up to a few months so the weeks stay visible. Both history charts use it.
DAY_MONTH_SPACING = 14 * 86400
DAY_MONTH_ZOOM = ZoomLevel(
    [TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%d %b", autoSkip=[1, 2, 7, 14])], "00 MMM"
)


def localised(moment: datetime, pattern: str, locale: QLocale) -> str:
    """strftime(`pattern`) with %a and %b as `locale`'s short day and month names."""
    day = locale.dayName(moment.isoweekday(), _SHORT).replace("%", "%%")
    month = locale.monthName(moment.month, _SHORT).replace("%", "%%")
    return moment.strftime(pattern.replace("%a", day).replace("%b", month))


class LocalDateAxis(pg.DateAxisItem):
    """DateAxisItem whose day and month names follow the app's language, with one "03 Nov" label per
    tick where pyqtgraph writes the month apart (the rest is pyqtgraph's)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.zoomLevels = OrderedDict(
            (DAY_MONTH_SPACING, DAY_MONTH_ZOOM) if level is MONTH_DAY_ZOOM_LEVEL else (spacing, level)
            for spacing, level in self.zoomLevels.items()
        )

    def tickStrings(self, values, scale, spacing):  # pyqtgraph's signature
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or ("%a" not in spec.format and "%b" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        locale = display_locale()
        out = []
        for value in values:
            try:  # the moment as pyqtgraph's own tickStrings reads it (local time unless utcOffset)
                moment = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
                out.append(localised(moment, spec.format, locale))
            except (OverflowError, ValueError, OSError):
                out.append("")
        return out
