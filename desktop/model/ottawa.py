"""The Ottawa ankle and midfoot rules as a guided self-check after a recent injury.

Why here: after a twist, the question is not "which massage" but "should this be massaged at all".
The Ottawa rules are the published, validated way clinicians decide whether an injured ankle or midfoot
needs an X-ray. The app walks the person through the same points and questions, then advises. It never
diagnoses, and it never says the ankle is fine: with every answer "no", a fresh injury is still not
massaged.

Sources (quoted facts only; the app's sentences are its own):
- Stiell IG, Greenberg GH, McKnight RD, et al. A study to develop clinical decision rules for the use of
  radiography in acute ankle injuries. Ann Emerg Med 1992;21(4):384-390.
- Stiell IG, Greenberg GH, McKnight RD, et al. Decision rules for the use of radiography in acute ankle
  injuries: refinement and prospective validation. JAMA 1993;269(9):1127-1132.
- Bachmann LM, Kolb E, Koller MT, Steurer J, ter Riet G. Accuracy of Ottawa ankle rules to exclude
  fractures of the ankle and mid-foot: systematic review. BMJ 2003;326:417 (sensitivity close to 100 %,
  modest specificity: a tool to rule a fracture *out* of X-ray need, never a diagnosis).
- Dubois B, Esculier J-F. Soft-tissue injuries simply need PEACE and LOVE. Br J Sports Med
  2020;54(2):72-73 (protect: unload or restrict movement for 1-3 days; let pain guide the end of it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate


class PalpationPoint(StrEnum):
    """The four bone points of the rules; the value is the diagram zone id (assets/zones.toml)."""

    # Stiell 1993: bone tenderness along the distal 6 cm of the posterior edge of the fibula or the tip of
    # the lateral malleolus; the same for the tibia / medial malleolus (ankle rule).
    LATERAL_MALLEOLUS = "ottawa_lateral_malleolus"
    MEDIAL_MALLEOLUS = "ottawa_medial_malleolus"
    # Stiell 1993: bone tenderness at the base of the fifth metatarsal or at the navicular (midfoot rule).
    FIFTH_METATARSAL = "ottawa_fifth_metatarsal"
    NAVICULAR = "ottawa_navicular"


# Stiell 1993: the malleolar zone is the lowest 6 cm of each leg bone (posterior edge or tip).
MALLEOLAR_ZONE_CM = 6
# Stiell 1993: "inability to bear weight" = unable to take four steps, both immediately after the injury
# and at the time of the examination.
WEIGHT_BEARING_STEPS = 4
# Stiell 1992: injuries more than 10 days old were not studied; the rules are for fresh injuries only.
RULES_VALID_DAYS = 10
# Dubois & Esculier 2020 (PEACE): protect the injured part for the first 1-3 days.
PROTECT_DAYS = (1, 3)

ANKLE_POINTS = (PalpationPoint.LATERAL_MALLEOLUS, PalpationPoint.MEDIAL_MALLEOLUS)
MIDFOOT_POINTS = (PalpationPoint.FIFTH_METATARSAL, PalpationPoint.NAVICULAR)
POINTS = ANKLE_POINTS + MIDFOOT_POINTS

# The texts below are marked for the catalogue and shown through the functions after them (or with
# translate("ottawa", CONSTANT).format(...) where shown): the language is chosen after import.
_POINT_PROMPTS: dict[PalpationPoint, str] = {
    PalpationPoint.LATERAL_MALLEOLUS: QT_TRANSLATE_NOOP(
        "ottawa",
        "Press with one fingertip along the back edge of the outer ankle bone, from its tip up to about "
        "{cm} cm above it.",
    ),
    PalpationPoint.MEDIAL_MALLEOLUS: QT_TRANSLATE_NOOP(
        "ottawa",
        "Press with one fingertip along the back edge of the inner ankle bone, from its tip up to about "
        "{cm} cm above it.",
    ),
    PalpationPoint.FIFTH_METATARSAL: QT_TRANSLATE_NOOP(
        "ottawa",
        "Press the bony bump halfway along the outer edge of the foot, where the long bone behind the "
        "little toe begins.",
    ),
    PalpationPoint.NAVICULAR: QT_TRANSLATE_NOOP(
        "ottawa",
        "Press the bony bump on the inner side of the midfoot, a little in front of and below the inner "
        "ankle bone.",
    ),
}


class _Prompts(Mapping[PalpationPoint, str]):
    """POINT_PROMPTS: each point's instruction, in the app's language when it is read."""

    def __getitem__(self, point: PalpationPoint) -> str:
        return translate("ottawa", _POINT_PROMPTS[point]).format(cm=MALLEOLAR_ZONE_CM)

    def __iter__(self) -> Iterator[PalpationPoint]:
        return iter(_POINT_PROMPTS)

    def __len__(self) -> int:
        return len(_POINT_PROMPTS)


POINT_PROMPTS: Mapping[PalpationPoint, str] = _Prompts()

_WEIGHT_QUESTION_IMMEDIATE = QT_TRANSLATE_NOOP(
    "ottawa", "Right after the injury, could you take {steps} steps on that foot (limping is fine)?"
)
_WEIGHT_QUESTION_NOW = QT_TRANSLATE_NOOP(
    "ottawa", "Now, can you take {steps} steps on that foot (limping is fine)?"
)
GET_CHECKED_HEADLINE = QT_TRANSLATE_NOOP("ottawa", "Get it checked before any massage.")
GET_CHECKED_TEXT = QT_TRANSLATE_NOOP(
    "ottawa",
    "What you found is one of the signs doctors use to decide whether an injured ankle or foot needs an "
    "X-ray. It does not mean a bone is broken, but it needs a look: see a doctor, an urgent-care clinic "
    "or a minor-injuries unit today, and do not massage this ankle until they have seen it.",
)
STILL_REST_HEADLINE = QT_TRANSLATE_NOOP("ottawa", "Still no massage on a fresh injury.")
_STILL_REST_TEXT = QT_TRANSLATE_NOOP(
    "ottawa",
    "None of the X-ray signs in this check showed up. That cannot rule everything out, and a fresh injury "
    "is not for massage: rubbing it can make the bleeding and swelling worse.\n\n"
    "For the first {first}–{last} days, protect it: take weight off it or move it "
    "less, raise it above the level of your heart when you can, and a firm (not tight) bandage may help "
    "with swelling. Then move it gently as pain allows.\n\n"
    "Massage becomes reasonable once the swelling has gone down, you can walk without limping, and "
    "pressing the area no longer hurts sharply. If it is not clearly getting better within a few days, "
    "or you cannot put weight on it, see a doctor or physiotherapist.",
)
_OLD_INJURY_NOTE = QT_TRANSLATE_NOOP(
    "ottawa",
    "This check is meant for injuries of the last {days} days. For an older injury that still "
    "hurts, ask a doctor or physiotherapist.",
)


def weight_question_immediate() -> str:
    return translate("ottawa", _WEIGHT_QUESTION_IMMEDIATE).format(steps=WEIGHT_BEARING_STEPS)


def weight_question_now() -> str:
    return translate("ottawa", _WEIGHT_QUESTION_NOW).format(steps=WEIGHT_BEARING_STEPS)


def still_rest_text() -> str:
    return translate("ottawa", _STILL_REST_TEXT).format(first=PROTECT_DAYS[0], last=PROTECT_DAYS[1])


def old_injury_note() -> str:
    return translate("ottawa", _OLD_INJURY_NOTE).format(days=RULES_VALID_DAYS)


def headline(constant: str) -> str:
    """GET_CHECKED_HEADLINE or STILL_REST_HEADLINE in the app's language."""
    return translate("ottawa", constant)


# English, as the module has always offered them (tests and the command line read these).
WEIGHT_QUESTION_IMMEDIATE = _WEIGHT_QUESTION_IMMEDIATE.format(steps=WEIGHT_BEARING_STEPS)
WEIGHT_QUESTION_NOW = _WEIGHT_QUESTION_NOW.format(steps=WEIGHT_BEARING_STEPS)
STILL_REST_TEXT = _STILL_REST_TEXT.format(first=PROTECT_DAYS[0], last=PROTECT_DAYS[1])
OLD_INJURY_NOTE = _OLD_INJURY_NOTE.format(days=RULES_VALID_DAYS)


@dataclass(frozen=True)
class OttawaAnswers:
    """What the person reported. None = not answered yet."""

    tender: Mapping[PalpationPoint, bool | None]
    walked_immediately: bool | None = None  # four steps right after the injury
    walks_now: bool | None = None  # four steps now


@dataclass(frozen=True)
class OttawaResult:
    """`positive`: some rule says "needs checking"; `complete`: everything answered. Always blocks massage."""

    positive: bool
    complete: bool
    findings: tuple[str, ...]  # plain words for each positive finding
    headline: str
    advice: str
    blocks_massage: bool = True  # fresh injury either way (Dubois & Esculier 2020); never "you are fine"


_FINDING = {
    PalpationPoint.LATERAL_MALLEOLUS: QT_TRANSLATE_NOOP(
        "ottawa", "tender along the back edge or tip of the outer ankle bone"
    ),
    PalpationPoint.MEDIAL_MALLEOLUS: QT_TRANSLATE_NOOP(
        "ottawa", "tender along the back edge or tip of the inner ankle bone"
    ),
    PalpationPoint.FIFTH_METATARSAL: QT_TRANSLATE_NOOP(
        "ottawa", "tender at the base of the bone behind the little toe"
    ),
    PalpationPoint.NAVICULAR: QT_TRANSLATE_NOOP(
        "ottawa", "tender at the bump on the inner midfoot (navicular)"
    ),
}


def cannot_bear_weight(answers: OttawaAnswers) -> bool:
    """Stiell 1993: unable to take four steps both right after the injury AND now."""
    return answers.walked_immediately is False and answers.walks_now is False


def assess(answers: OttawaAnswers) -> OttawaResult:
    """Apply the ankle and midfoot rules. Any positive finding → get it checked; an incomplete check
    with no finding yet is treated as not cleared (same advice as all-negative: no massage)."""
    unknown = set(answers.tender) - set(POINTS)
    if unknown:
        raise ValueError(f"unknown palpation point(s): {', '.join(sorted(map(str, unknown)))}")
    findings = [translate("ottawa", _FINDING[p]) for p in POINTS if answers.tender.get(p) is True]
    if cannot_bear_weight(answers):
        findings.append(
            translate("ottawa", "could not take {steps} steps, right after the injury and now").format(
                steps=WEIGHT_BEARING_STEPS
            )
        )
    complete = all(answers.tender.get(p) is not None for p in POINTS) and None not in (
        answers.walked_immediately,
        answers.walks_now,
    )
    if findings:
        return OttawaResult(
            True,
            complete,
            tuple(findings),
            translate("ottawa", GET_CHECKED_HEADLINE),
            translate("ottawa", GET_CHECKED_TEXT),
        )
    return OttawaResult(False, complete, (), translate("ottawa", STILL_REST_HEADLINE), still_rest_text())
