"""The next-morning check after a session, and the lighter next session it may lead to.

The pain-monitoring model used in tendon rehabilitation judges a day's load by the next morning: pain
brought on by the exercise should have settled by then, and morning pain and stiffness should not climb.
When they do, the load is reduced; when they are steady, it is kept. The app applies the same rule to a
massage session, as advice: the person always chooses.

Sources:
- Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring
  model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study.
  Am J Sports Med 2007;35(6):897-906 (pain after activity must subside by the following morning; morning
  pain and stiffness must not increase from week to week).
- Thomeé R. A comprehensive treatment approach for patellofemoral pain syndrome in young women.
  Phys Ther 1997;77(12):1690-1703 (the original pain-monitoring model).
- Farrar et al. 2001 (desktop.model.pain_scale): about 2 points on the 0–10 scale is a clinically
  important change — the "clear margin" used here, so one point of day-to-day noise changes nothing.

Where the person gave no pain rating before the session there is no number to compare with; the app then
goes by their own comparison ("worse than before yesterday's session"), i.e. their own baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.pain_scale import CLINICALLY_IMPORTANT_POINTS, check_rating, clearly_higher
from desktop.model.routine import Pressure, Routine

# Shown with translate("next_morning", CONSTANT) (or question(), feel_label()): the language is chosen
# after import.
QUESTION = QT_TRANSLATE_NOOP(
    "next_morning", "How does the ankle feel this morning compared with before yesterday's session?"
)
RATING_QUESTION = QT_TRANSLATE_NOOP(
    "next_morning",
    "And how much does it hurt right now, from 0 (no pain) to 10 (the worst pain you can imagine)?",
)

# Silbernagel 2007 / Thomeé 1997: when the morning after is worse, reduce the load. The app's load
# levers: one pressure label lighter, shorter steps, and the step that hurt left out.
LIGHTER_PRESSURE: dict[Pressure, Pressure] = {
    Pressure.DEEP: Pressure.FIRM,
    Pressure.FIRM: Pressure.MODERATE,
    Pressure.MODERATE: Pressure.LIGHT,
    Pressure.LIGHT: Pressure.LIGHT,
}
# The shortest pace the app offers (desktop.model.session_plan: 0.75× of each step's time). No source
# gives a dose figure for massage; this is the app's own gentlest setting.
LIGHTER_PACE = 0.75


class Feel(StrEnum):
    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


FEEL_LABELS = {
    Feel.BETTER: QT_TRANSLATE_NOOP("next_morning", "Better"),
    Feel.SAME: QT_TRANSLATE_NOOP("next_morning", "About the same"),
    Feel.WORSE: QT_TRANSLATE_NOOP("next_morning", "Worse"),
}


def question() -> str:
    """The next-morning question in the app's language."""
    return translate("next_morning", QUESTION)


def feel_label(feel: Feel) -> str:
    """A choice's label in the app's language."""
    return translate("next_morning", FEEL_LABELS[Feel(feel)])


@dataclass(frozen=True)
class MorningAnswer:
    """The answer to the next-morning question for one session."""

    session_id: int
    feel: Feel
    pain: int | None = None  # 0–10 NRS this morning

    def __post_init__(self) -> None:
        Feel(self.feel)
        if self.pain is not None:
            check_rating(self.pain, field="pain this morning")


@dataclass(frozen=True)
class DoseOffer:
    """What the next session is offered as. `lighter` False: no change (and `reason` says why)."""

    lighter: bool
    reason: str
    pressure: dict[Pressure, Pressure] = field(default_factory=dict)  # label → offered label
    pace: float | None = None  # offered pace, None = unchanged
    skip_step_ids: tuple[str, ...] = ()

    def offered_pressure(self, label: Pressure) -> Pressure:
        return self.pressure.get(label, label) if self.lighter else label


NO_CHANGE = DoseOffer(False, "")


def due(last_session_day: date | None, today: date, already_answered: bool) -> bool:
    """Ask on the first launch of the day after a session: the session was yesterday and not answered."""
    return last_session_day is not None and not already_answered and today - last_session_day == timedelta(1)


def worse_by_clear_margin(answer: MorningAnswer, pain_before: int | None) -> bool:
    """The rule: the person says "worse" AND, when a pain rating from before the session exists, this
    morning's pain is at least CLINICALLY_IMPORTANT_POINTS higher (Silbernagel 2007 + Farrar 2001).
    Without a rating before, the person's own "worse" is the baseline comparison."""
    if answer.feel is not Feel.WORSE:
        return False
    if pain_before is None or answer.pain is None:
        return True
    return clearly_higher(answer.pain, pain_before)


def offer(
    answer: MorningAnswer | None, pain_before: int | None, hurt_step_id: str | None = None
) -> DoseOffer:
    """The next session's offer after this morning's answer (None: not answered → no change)."""
    if answer is None:
        return NO_CHANGE
    if worse_by_clear_margin(answer, pain_before):
        if pain_before is not None and answer.pain is not None:
            why = translate(
                "next_morning",
                "This morning's pain ({pain}/10) is {points} points above the {before}/10 you gave before "
                "yesterday's session.",
            ).format(pain=answer.pain, points=answer.pain - pain_before, before=pain_before)
        else:
            why = translate(
                "next_morning", "You said the ankle feels worse this morning than before yesterday's session."
            )
        if hurt_step_id:
            then = translate(
                "next_morning",
                "Soreness from a session should have settled by the next morning; when it has not, a "
                "lighter session is the usual next step. So today's session is offered with lighter pressure "
                "and shorter steps, leaving out the step that hurt. You can still choose the usual session.",
            )
        else:
            then = translate(
                "next_morning",
                "Soreness from a session should have settled by the next morning; when it has not, a "
                "lighter session is the usual next step. So today's session is offered with lighter pressure "
                "and shorter steps. You can still choose the usual session.",
            )
        skip = (hurt_step_id,) if hurt_step_id else ()
        return DoseOffer(True, f"{why} {then}", dict(LIGHTER_PRESSURE), LIGHTER_PACE, skip)
    if answer.feel is Feel.WORSE:
        return DoseOffer(
            False,
            translate(
                "next_morning",
                "A little worse, but less than {points} points above your rating before the session — "
                "within day-to-day variation, so the session stays as it was. If it is worse again "
                "tomorrow, it will be offered lighter.",
            ).format(points=CLINICALLY_IMPORTANT_POINTS),
        )
    return DoseOffer(
        False,
        translate(
            "next_morning", "The ankle is no worse than before yesterday's session: no change to the session."
        ),
    )


def hurt_step_index(outcome: str, steps_completed: int, steps_per_foot: int) -> int | None:
    """The step a session was stopped at with "Stop — this hurts" (index within one foot's steps)."""
    if outcome != "stopped_pain" or steps_per_foot <= 0:
        return None
    return steps_completed % steps_per_foot


LIGHTER_TITLE = QT_TRANSLATE_NOOP("next_morning", "{title} (lighter today)")


def lighter_routine(routine: Routine, offer: DoseOffer) -> Routine:
    """The routine as the lighter offer has it: each step's pressure label one lighter and the step that
    hurt left out (unless it is the only step). Same id, so history keeps it with the usual routine."""
    if not offer.lighter:
        return routine
    steps = tuple(s for s in routine.steps if s.id not in offer.skip_step_ids) or routine.steps
    steps = tuple(s._replace(pressure=offer.offered_pressure(s.pressure)) for s in steps)
    return routine._replace(
        steps=steps, title=translate("next_morning", LIGHTER_TITLE).format(title=routine.title)
    )
