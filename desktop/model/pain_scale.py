"""The 0–10 numeric rating scale (NRS) the app asks with, and keeping "tension" and "pain" apart.

Sources:
- Hawker GA, Mian S, Kendzerska T, French M. Measures of adult pain. Arthritis Care Res 2011;63(S11):
  S240-S252 (the 11-point NRS: 0 = one extreme, "no pain", 10 = the other, e.g. "worst pain imaginable").
- Dworkin RH, Turk DC, Farrar JT, et al. Core outcome measures for chronic pain clinical trials: IMMPACT
  recommendations. Pain 2005;113(1-2):9-19 (the 0–10 NRS recommended for pain intensity).
- Farrar JT, Young JP, LaMoreaux L, et al. Clinical importance of changes in chronic pain intensity
  measured on an 11-point numerical pain rating scale. Pain 2001;94(2):149-158 (about 2 points, or
  about 30 %, is a clinically important change).

No published scale gives anchors for "tension" (felt tightness); the app uses the same 0–10 shape with
its own words and compares a person only with their own earlier ratings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate

# Hawker et al. 2011: 11 points, 0 to 10.
NRS_MIN, NRS_MAX = 0, 10
# Farrar et al. 2001: a change of about 2 points on the 0–10 NRS is clinically important.
CLINICALLY_IMPORTANT_POINTS = 2


class Measure(StrEnum):
    PAIN = "pain"
    TENSION = "tension"


class Scale(NamedTuple):
    """The words that go with one 0–10 question: English sources marked for the catalogue, read in the
    app's language through the properties (the scales are module constants, built before the language
    is chosen).

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    measure: Measure
    question_text: str
    low_anchor_text: str  # beside 0
    high_anchor_text: str  # beside 10
    question_after_text: str = ""  # the same question at the end of a session

    @property
    def question(self) -> str:
        return translate("pain_scale", self.question_text)

    @property
    def low_anchor(self) -> str:
        return translate("pain_scale", self.low_anchor_text)

    @property
    def high_anchor(self) -> str:
        return translate("pain_scale", self.high_anchor_text)

    @property
    def question_after(self) -> str:
        return translate("pain_scale", self.question_after_text) if self.question_after_text else ""

    def describe(self, value: int) -> str:
        """A button's tooltip: the anchor at either end, "3 out of 10" between."""
        check_rating(value, field=self.measure.value)
        if value == NRS_MIN:
            return self.low_anchor
        if value == NRS_MAX:
            return self.high_anchor
        return translate("pain_scale", "{value} out of {max}").format(value=value, max=NRS_MAX)


PAIN_SCALE = Scale(
    Measure.PAIN,
    QT_TRANSLATE_NOOP("pain_scale", "How much does the ankle hurt right now?"),
    QT_TRANSLATE_NOOP("pain_scale", "0 = no pain"),  # Hawker 2011 anchor
    # Hawker 2011 anchor ("worst pain imaginable"), own words
    QT_TRANSLATE_NOOP("pain_scale", "10 = the worst pain you can imagine"),
    QT_TRANSLATE_NOOP("pain_scale", "How much does the ankle hurt now?"),
)
TENSION_SCALE = Scale(
    Measure.TENSION,
    QT_TRANSLATE_NOOP(
        "pain_scale",
        "How tight or stiff does the ankle feel right now? (Not pain — that is asked separately.)",
    ),
    QT_TRANSLATE_NOOP("pain_scale", "0 = not tight at all"),
    QT_TRANSLATE_NOOP("pain_scale", "10 = as tight as you can imagine"),
    QT_TRANSLATE_NOOP("pain_scale", "How tight or stiff does the ankle feel now?"),
)


def check_rating(value: object, *, field: str) -> int:
    """A whole number 0–10; raise ValueError naming `field` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or not NRS_MIN <= value <= NRS_MAX:
        raise ValueError(f"{field} must be a whole number from {NRS_MIN} to {NRS_MAX}, not {value!r}")
    return value


@dataclass(frozen=True)
class Ratings:
    """Pain and tension as separate numbers: a person can be very tight and pain-free, or the reverse."""

    pain: int | None = None
    tension: int | None = None

    def __post_init__(self) -> None:
        for name in ("pain", "tension"):
            value = getattr(self, name)
            if value is not None:
                check_rating(value, field=name)


def clearly_higher(now: int, baseline: int) -> bool:
    """True when `now` is higher than `baseline` by a clinically important margin (Farrar 2001)."""
    check_rating(now, field="now")
    check_rating(baseline, field="baseline")
    return now - baseline >= CLINICALLY_IMPORTANT_POINTS
