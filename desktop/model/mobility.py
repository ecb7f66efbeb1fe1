"""Ankle mobility measured with the knee-to-wall (weight-bearing lunge) test, and when a change is real.

The person stands facing a wall, the foot straight, and lunges the knee to the wall with the heel kept
down; the distance from the big toe to the wall at the furthest point where the knee still touches the
wall with the heel down is the score, in cm. Three tries per foot, the best is kept.

Sources (quoted facts; numbers beside each constant):
- Bennell KL, Talbot RC, Wajswelner H, et al. Intra-rater and inter-rater reliability of a
  weight-bearing lunge measure of ankle dorsiflexion. Aust J Physiother 1998;44(3):175-180
  (toe-to-wall distance; excellent reliability, ICC 0.97-0.99).
- Powden CJ, Hoch JM, Hoch MC. Reliability and minimal detectable change of the weight-bearing lunge
  test: a systematic review. Man Ther 2015;20(4):524-532 (average MDC 1.6 cm between clinicians and
  1.9 cm for the same clinician).
- Chisholm MD, Birmingham TB, Brown J, et al. Reliability and validity of a weight-bearing measure of
  ankle dorsiflexion range of motion. Physiother Can 2012;64(4):347-355 (MDC 1.5 cm for the difference
  between the two legs).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.model.i18n import local_decimal, translate

# Bennell 1998 used three trials per foot; the app keeps the best of three (the furthest distance).
TRIES_PER_FOOT = 3
# Powden, Hoch & Hoch 2015: average intra-clinician MDC 1.9 cm. At home the same person measures each
# time, so the same-rater figure applies: a change smaller than this is within the test's error.
MDC_CM = 1.9
# Chisholm et al. 2012: MDC 1.5 cm for the side-to-side difference (LTDiff).
SIDE_DIFF_MDC_CM = 1.5
# Plausible tape readings (0 = toe at the wall; the studies' distances are well under this bound).
# No source gives a maximum; this only refuses typing slips, it judges nothing.
MAX_CM = 30.0


class Foot(StrEnum):
    RIGHT = "right"
    LEFT = "left"


class Change(StrEnum):
    """A change between two measurements, judged against the MDC band."""

    BETTER = "better"  # moved further by more than the MDC
    WORSE = "worse"  # lost more than the MDC
    WITHIN_ERROR = "within_error"  # inside the band: not a change the test can tell from noise


def check_cm(value: float, *, field: str = "distance") -> float:
    """A tape reading in cm, rounded to 0.1; raise ValueError naming the field when it is not usable."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{field}: not a number ({value!r})")
    if not 0 <= value <= MAX_CM:
        raise ValueError(f"{field}: {value} cm is outside 0–{MAX_CM:g} cm")
    return round(float(value), 1)


def best_of(tries: Sequence[float]) -> float:
    """The best (furthest) of up to TRIES_PER_FOOT tries; at least one try is needed."""
    if not tries:
        raise ValueError("tries: at least one try is needed")
    if len(tries) > TRIES_PER_FOOT:
        raise ValueError(f"tries: at most {TRIES_PER_FOOT} tries per foot, not {len(tries)}")
    return max(check_cm(t, field=f"try {i}") for i, t in enumerate(tries, start=1))


@dataclass(frozen=True)
class LungeResult:
    """One measurement: the best try of each foot measured (None = not measured this time)."""

    right_cm: float | None
    left_cm: float | None

    @property
    def side_difference_cm(self) -> float | None:
        """Right minus left; None unless both feet were measured."""
        if self.right_cm is None or self.left_cm is None:
            return None
        return round(self.right_cm - self.left_cm, 1)

    @property
    def sides_differ(self) -> bool | None:
        """True when the side-to-side difference is beyond its MDC (Chisholm 2012)."""
        diff = self.side_difference_cm
        return None if diff is None else abs(diff) > SIDE_DIFF_MDC_CM


def measure(right_tries: Sequence[float] = (), left_tries: Sequence[float] = ()) -> LungeResult:
    """Best of each foot's tries; a foot without tries is not measured. At least one foot is needed."""
    if not right_tries and not left_tries:
        raise ValueError("measure at least one foot")
    return LungeResult(
        best_of(right_tries) if right_tries else None, best_of(left_tries) if left_tries else None
    )


def band(baseline_cm: float, mdc_cm: float = MDC_CM) -> tuple[float, float]:
    """The band around a baseline inside which a later measurement is not a real change."""
    return (round(baseline_cm - mdc_cm, 1), round(baseline_cm + mdc_cm, 1))


def change(before_cm: float, after_cm: float, mdc_cm: float = MDC_CM) -> Change:
    """Judge a change: real only when larger than the MDC (Powden, Hoch & Hoch 2015)."""
    delta = round(after_cm - before_cm, 1)
    if delta > mdc_cm:
        return Change.BETTER
    if delta < -mdc_cm:
        return Change.WORSE
    return Change.WITHIN_ERROR


def change_words(foot: Foot | str, before_cm: float, after_cm: float, *, since_first: bool = False) -> str:
    """One sentence for the person about a change on one foot (`since_first`: over the whole history)."""
    delta = f"{round(after_cm - before_cm, 1):+.1f}"
    verdict = change(before_cm, after_cm)
    if verdict is Change.WITHIN_ERROR:
        what = translate(
            "mobility",
            "{delta} cm — within the test's {mdc} cm margin of error, so not a change the test can tell "
            "apart from day-to-day variation.",
        )
    elif verdict is Change.BETTER:
        what = translate("mobility", "{delta} cm — reaches further by more than the {mdc} cm margin.")
    else:
        what = translate("mobility", "{delta} cm — reaches less far by more than the {mdc} cm margin.")
    what = what.format(delta=local_decimal(delta), mdc=local_decimal(f"{MDC_CM:g}"))
    right = str(foot) == Foot.RIGHT
    if since_first:
        line = (
            translate("mobility", "Right foot since the first test: {change}")
            if right
            else translate("mobility", "Left foot since the first test: {change}")
        )
    else:
        line = (
            translate("mobility", "Right foot: {change}")
            if right
            else translate("mobility", "Left foot: {change}")
        )
    return line.format(change=what)
