"""The user's preferences as one typed, immutable value.

Why here and not in the Qt store: the rules (defaults, allowed ranges, how to read a hand-edited or
old value) are business rules and are tested without Qt. desktop.qt.settings_store only moves raw values
between QSettings and `AppSettings.from_raw` / `AppSettings.to_raw`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Final

from desktop.model import appearance, i18n
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.pressure import from_text as pressure_from_text
from desktop.model.routine import SidePlan
from desktop.model.zones import VIEWS

PACE_MIN: Final = 0.75
PACE_MAX: Final = 1.5
GET_READY_MIN_S: Final = 3  # the 3-2-1 ticks need at least three seconds
GET_READY_MAX_S: Final = 30
_MAX_ID_LENGTH: Final = 200

PACE_CHOICES: Final = (
    (
        1.5,
        QT_TRANSLATE_NOOP("settings", "Much slower"),
        QT_TRANSLATE_NOOP("settings", "Each step lasts half as long again as the routine says"),
    ),
    (
        1.25,
        QT_TRANSLATE_NOOP("settings", "Slower"),
        QT_TRANSLATE_NOOP("settings", "Each step lasts a quarter longer than the routine says"),
    ),
    (
        1.0,
        QT_TRANSLATE_NOOP("settings", "Normal pace"),
        QT_TRANSLATE_NOOP("settings", "Each step lasts as long as the routine says"),
    ),
    (
        0.75,
        QT_TRANSLATE_NOOP("settings", "Quicker"),
        QT_TRANSLATE_NOOP("settings", "Each step lasts a quarter less than the routine says"),
    ),
)
"""The pace picker, in words, so a bigger number can never seem to mean slower: (step-length factor,
name, what it does). English sources; pace_choices() gives them in the app's language."""


def pace_choices() -> tuple[tuple[float, str, str], ...]:
    """PACE_CHOICES with the name and description in the app's language (the language is chosen after
    import, so the constant holds the English source)."""
    return tuple(
        (pace, translate("settings", name), translate("settings", what)) for pace, name, what in PACE_CHOICES
    )


_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


@dataclass(frozen=True)
class AppSettings:
    """Everything the app remembers between runs; call `validated()` on values built from untrusted input."""

    last_routine: str | None = None  # routine id
    side: SidePlan = SidePlan.BOTH
    pace: float = 1.0  # multiplies step durations; 1.0 is the routine's own timing
    sound: bool = True
    speech: bool = False
    get_ready: bool = True  # a short countdown before the first step
    get_ready_seconds: int = 5
    view: str = "medial"  # one of desktop.model.zones.VIEWS
    labels: bool = False  # zone labels on the diagram (off: they cover the zone being worked)
    safety_checked_on: str | None = None  # ISO date (YYYY-MM-DD) of the last passed safety check
    preparation_read: str | None = None  # "YYYY-MM-DD id id": notes read today (model.preparation)
    pressure_scale: str | None = None  # "light moderate firm" in kg, your own (desktop.model.pressure)
    theme: str = appearance.SYSTEM  # desktop.model.appearance.THEME_CHOICES
    motion: str = appearance.SYSTEM  # desktop.model.appearance.MOTION_CHOICES
    text_scale: int = appearance.TEXT_SCALE_MIN  # percent of the system font, 100–200
    language: str = appearance.SYSTEM  # "system", or a code of desktop.model.i18n.LANGUAGES

    def validated(self) -> AppSettings:
        """A copy with every bad value clamped into range or replaced by its default."""
        default = AppSettings()
        return replace(
            self,
            last_routine=_routine_id(self.last_routine),
            side=_side(self.side, default.side),
            pace=_pace(self.pace, default.pace),
            sound=_bool(self.sound, default.sound),
            speech=_bool(self.speech, default.speech),
            get_ready=_bool(self.get_ready, default.get_ready),
            get_ready_seconds=_seconds(self.get_ready_seconds, default.get_ready_seconds),
            view=_view(self.view, default.view),
            labels=_bool(self.labels, default.labels),
            safety_checked_on=_iso_date(self.safety_checked_on),
            preparation_read=_short_text(self.preparation_read),
            pressure_scale=_pressure_scale(self.pressure_scale),
            theme=appearance.theme_choice(self.theme),
            motion=appearance.motion_choice(self.motion),
            text_scale=appearance.text_scale(self.text_scale),
            language=_language(self.language),
        )

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> AppSettings:
        """Settings from loosely typed stored values (INI strings, numbers, None); unknown keys are ignored.

        Never raises: a value that cannot be read becomes the default.
        """
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known}).validated()

    def to_raw(self) -> dict[str, str | float | int | bool | None]:
        """Plain values to store, keyed by field name (None means "not set")."""
        clean = self.validated()
        return {f.name: _plain(getattr(clean, f.name)) for f in fields(clean)}

    def safety_checked_date(self) -> date | None:
        """The date of the last passed safety check, or None if there was none."""
        return date.fromisoformat(self.safety_checked_on) if self.safety_checked_on else None


def _language(value: object) -> str:
    return value if isinstance(value, str) and value in i18n.LANGUAGES else appearance.SYSTEM


def _plain(value: object) -> str | float | int | bool | None:
    if isinstance(value, SidePlan):
        return value.value
    if value is None or isinstance(value, str | float | int | bool):
        return value
    return str(value)


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    return default


def _number(value: object) -> float | None:
    """A finite float from a number or numeric string; None otherwise (bools are not numbers here)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _pace(value: object, default: float) -> float:
    number = _number(value)
    if number is None:
        return default
    return min(max(number, PACE_MIN), PACE_MAX)


def _seconds(value: object, default: int) -> int:
    number = _number(value)
    if number is None:
        return default
    return int(min(max(round(number), GET_READY_MIN_S), GET_READY_MAX_S))


def _side(value: object, default: SidePlan) -> SidePlan:
    if isinstance(value, str):
        try:
            return SidePlan(value.strip().lower())
        except ValueError:
            return default
    return default


def _view(value: object, default: str) -> str:
    if isinstance(value, str) and value.strip().lower() in VIEWS:
        return value.strip().lower()
    return default


def _routine_id(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > _MAX_ID_LENGTH or not value.isprintable():
        return None
    return value


def _short_text(value: object) -> str | None:
    """A printable one-line string of bounded length, else None."""
    if not isinstance(value, str) or len(value) > 2000 or not value.isprintable():
        return None
    return value.strip() or None


def _pressure_scale(value: object) -> str | None:
    """A readable light < moderate < firm calibration in its stored form, else None (recalibrate)."""
    scale = pressure_from_text(value)
    return scale.to_text() if scale else None


def _iso_date(value: object) -> str | None:
    """Only a real calendar date in YYYY-MM-DD form survives (date.fromisoformat alone accepts more)."""
    if not isinstance(value, str) or len(value.strip()) != 10:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None
