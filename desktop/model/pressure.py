"""Your own pressure scale: what "light", "moderate" and "firm" weigh for you, read off a kitchen or
bathroom scale pressed with a thumb.

No published source gives kilogram figures for self-massage pressure labels: pressure-pain thresholds
vary several-fold between people and between spots on the same foot. So the app gives none of its own;
the person's own calibration is the reference, and each step shows that figure beside its label.
The bounds below only refuse typing slips (a thumb on a household scale); they are not health rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.model.i18n import QT_TRANSLATE_NOOP, local_decimal, translate
from desktop.model.routine import Pressure

MIN_KG = 0.1  # below this a household scale shows nothing useful (input bound, not a health rule)
MAX_KG = 30.0  # more than one thumb can press; refuses slips like "250" (input bound, not a health rule)
CALIBRATED = (Pressure.LIGHT, Pressure.MODERATE, Pressure.FIRM)
"""The labels a person calibrates, lightest first ("deep" is shown as more than their firm)."""
_FIELD_NAMES = {
    Pressure.LIGHT: QT_TRANSLATE_NOOP("pressure", "Light"),
    Pressure.MODERATE: QT_TRANSLATE_NOOP("pressure", "Moderate"),
    Pressure.FIRM: QT_TRANSLATE_NOOP("pressure", "Firm"),
}


def _field(label: Pressure) -> str:
    """The calibration field's name as the dialog shows it, for messages."""
    return translate("pressure", _FIELD_NAMES[label])


def format_kg(kg: float) -> str:
    """ "2.5", "4" (no trailing ".0"), one decimal at most."""
    return f"{round(kg, 1):g}"


def shown_kg(kg: float) -> str:
    """format_kg for a person to read, with the language's decimal mark ("2,5" in German)."""
    return local_decimal(format_kg(kg))


def parse_kg(text: object, *, field: str) -> float:
    """A reading in kg from what was typed ("2,5" too); ValueError naming `field` when it is not one."""
    raw = str(text).strip().replace(",", ".").removesuffix("kg").strip()
    if not raw:
        raise ValueError(translate("pressure", "{field}: no reading yet").format(field=field))
    if len(raw) > 12:  # bound the work on pasted text
        raise ValueError(
            translate("pressure", "{field}: {text}… is not a number of kg").format(
                field=field, text=repr(str(text)[:12])
            )
        )
    try:
        kg = float(raw)
    except ValueError:
        raise ValueError(
            translate("pressure", "{field}: {text} is not a number of kg").format(field=field, text=repr(raw))
        ) from None
    if not math.isfinite(kg) or not MIN_KG <= kg <= MAX_KG:
        shown = shown_kg(kg) if math.isfinite(kg) else raw
        raise ValueError(
            translate("pressure", "{field}: {kg} kg is outside {min}–{max} kg").format(
                field=field, kg=shown, min=shown_kg(MIN_KG), max=shown_kg(MAX_KG)
            )
        )
    return round(kg, 1)


@dataclass(frozen=True)
class PressureScale:
    """Light < moderate < firm, in kg as the person read them on a scale."""

    light: float
    moderate: float
    firm: float

    def __post_init__(self) -> None:
        values = [parse_kg(getattr(self, p.value), field=_field(p)) for p in CALIBRATED]
        for label, value in zip(CALIBRATED, values, strict=True):
            object.__setattr__(self, label.value, value)  # as read: one decimal
        for n in range(1, len(values)):
            if values[n] <= values[n - 1]:
                message = (
                    translate("pressure", "Moderate ({kg} kg) must be more than light ({lower} kg)")
                    if CALIBRATED[n] is Pressure.MODERATE
                    else translate("pressure", "Firm ({kg} kg) must be more than moderate ({lower} kg)")
                )
                raise ValueError(message.format(kg=shown_kg(values[n]), lower=shown_kg(values[n - 1])))

    def kg(self, label: Pressure) -> float | None:
        """The person's figure for `label` (None for deep: more than their firm)."""
        return getattr(self, label.value) if label in CALIBRATED else None

    def to_text(self) -> str:
        """How it is stored in the settings file: "1 2.5 4"."""
        return " ".join(format_kg(getattr(self, label.value)) for label in CALIBRATED)


def calibrate(light: object, moderate: object, firm: object) -> PressureScale:
    """A scale from what was typed; ValueError with one sentence naming the field otherwise."""
    return PressureScale(
        parse_kg(light, field=_field(Pressure.LIGHT)),
        parse_kg(moderate, field=_field(Pressure.MODERATE)),
        parse_kg(firm, field=_field(Pressure.FIRM)),
    )


def still_empty(light: object, moderate: object, firm: object) -> str:
    """While the readings are being typed: "" when every field holds something, else a plain sentence
    naming the fields still empty. An empty field is not an error; it is only not filled in yet."""
    empty = [
        _field(label)
        for label, text in zip(CALIBRATED, (light, moderate, firm), strict=True)
        if not str(text).strip()
    ]
    if not empty:
        return ""
    return translate("pressure", "Still to fill in: {fields}.").format(fields=", ".join(empty))


def check_typed(light: object, moderate: object, firm: object) -> PressureScale | None:
    """What the readings typed so far make: the scale once all three are filled in and in order; None
    while a field is still empty. ValueError (one sentence naming the field) for a reading that is
    there but wrong ("abc", a negative, more than a thumb presses), whether or not the others are."""
    texts = (light, moderate, firm)
    for label, text in zip(CALIBRATED, texts, strict=True):
        if str(text).strip():
            parse_kg(text, field=_field(label))
    if still_empty(*texts):
        return None
    return calibrate(*texts)


def from_text(text: object) -> PressureScale | None:
    """The stored scale, or None when there is none or it cannot be read (a hand-edited file)."""
    if not isinstance(text, str) or len(text) > 60:
        return None
    parts = text.split()
    if len(parts) != len(CALIBRATED):
        return None
    try:
        return calibrate(*parts)
    except ValueError:
        return None


def figure_text(label: Pressure, scale: PressureScale | None) -> str:
    """ "≈ 2.5 kg for you" beside a pressure label; "more than ≈ 4 kg for you" for deep; "" uncalibrated."""
    if scale is None:
        return ""
    kg = scale.kg(label)
    if kg is None:
        return translate("pressure", "more than ≈ {kg} kg for you").format(kg=shown_kg(scale.firm))
    return translate("pressure", "≈ {kg} kg for you").format(kg=shown_kg(kg))
