"""The safety check before massaging: when not to massage, and what to do instead.

Kept apart from any widget so the wording and the rule ("any yes blocks the session") are tested
without a display, and so Help → Safety information and the gate never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SafetyQuestion:
    """One yes/no question; a "yes" means: do not massage today, do `advice` instead."""

    id: str
    question: str
    advice: str
    urgent: bool = False  # a "yes" needs medical help now, not just rest


SAFETY_QUESTIONS: tuple[SafetyQuestion, ...] = (
    SafetyQuestion(
        id="acute_injury",
        question="Have you sprained, twisted, broken or otherwise injured this ankle or foot in the last "
        "few weeks?",
        advice="Do not massage a recent injury: rubbing it can make the damage worse. Rest the ankle, and "
        "see a doctor or physiotherapist before you massage it.",
    ),
    SafetyQuestion(
        id="broken_skin",
        question="Is there broken skin, a cut, a blister or an open wound anywhere you would massage?",
        advice="Do not massage over broken skin or a wound. Let it heal first, and see a clinician if it "
        "is slow to heal.",
    ),
    SafetyQuestion(
        id="skin_infection",
        question="Does the skin there look infected: a red patch that is spreading, pus or weeping, or "
        "cracked, sore skin between the toes?",
        advice="Do not massage infected skin: it can spread the infection. See a doctor or pharmacist, "
        "and wait until it has cleared.",
    ),
    SafetyQuestion(
        id="swelling",
        question="Has your ankle, foot or leg swollen suddenly, badly, or for no reason you know of?",
        advice="Sudden, severe or unexplained swelling needs a medical check, not massage. Rest, and "
        "contact your doctor or a health advice line today.",
    ),
    SafetyQuestion(
        id="blood_clot",
        question="Do you have pain, tenderness, warmth, redness or swelling in one calf or leg only "
        "(especially after a long journey, an operation or time in bed)?",
        advice="These can be signs of a blood clot in the leg (deep vein thrombosis). Do not massage the "
        "leg. Get medical help now: call your doctor straight away, or your emergency number (112, 999 or "
        "911) if you are short of breath or have chest pain.",
        urgent=True,
    ),
)

_BY_ID = {q.id: q for q in SAFETY_QUESTIONS}


@dataclass(frozen=True)
class SafetyResult:
    """The outcome of a check: `ok` only when every question was answered "no"."""

    ok: bool
    blocking: list[SafetyQuestion] = field(default_factory=list)  # questions answered "yes"
    urgent: bool = False  # some "yes" needs medical help now
    advice: list[str] = field(default_factory=list)  # what to do instead, urgent advice first
    unanswered: list[str] = field(default_factory=list)  # ids not yet answered


def assess(answers: Mapping[str, bool]) -> SafetyResult:
    """Judge the answers (question id → True for "yes, this applies").

    A question missing from `answers` is unanswered, and an unanswered check never passes: nobody gets
    through by not reading. Unknown ids raise ValueError, so a typo cannot silently skip a question.
    """
    unknown = sorted(set(answers) - set(_BY_ID))
    if unknown:
        raise ValueError(f"unknown safety question id(s): {', '.join(unknown)}")
    blocking = [q for q in SAFETY_QUESTIONS if answers.get(q.id) is True]
    unanswered = [q.id for q in SAFETY_QUESTIONS if q.id not in answers]
    ordered = sorted(blocking, key=lambda q: not q.urgent)  # urgent advice first, stable otherwise
    return SafetyResult(
        ok=not blocking and not unanswered,
        blocking=blocking,
        urgent=any(q.urgent for q in blocking),
        advice=[q.advice for q in ordered],
        unanswered=unanswered,
    )


def needs_check(last_checked_on: date | None, today: date) -> bool:
    """True before the first session of a day (and whenever the date looks wrong, to be safe)."""
    return last_checked_on != today


BLOCKED_HEADLINE = "Please don't massage today."
URGENT_HEADLINE = "Get medical help now."

PAIN_STOP_TITLE = "Stop — this hurts"
PAIN_STOP_PARAGRAPHS = (
    "Stop massaging now and rest the ankle.",
    "Mild soreness that fades within a minute or two is common. Sharp pain is not.",
    "If the pain is sharp, if it is still there after resting, or if you feel tingling or numbness, "
    "do not carry on today.",
    "Ask a doctor or physiotherapist for advice before you massage this ankle again.",
    "Next time, use lighter pressure and skip the step that hurt.",
)
"""The advice after "Stop — this hurts", one short paragraph each, so it reads at a glance."""
PAIN_STOP_TEXT = "\n\n".join(PAIN_STOP_PARAGRAPHS)
PAIN_RECORD_BUTTON = "I'm OK — record this session"
PAIN_CLOSE_BUTTON = "I've read this"
PAIN_RECORDED = "Saved to your history as a stop for pain."


def pain_stop_text() -> tuple[str, str]:
    """Title and body (paragraphs split by blank lines) of the advice after "Stop — this hurts"."""
    return PAIN_STOP_TITLE, PAIN_STOP_TEXT


def safety_info_text() -> str:
    """Plain-text safety information for Help → Safety information (paragraphs split by blank lines)."""
    reasons = "\n".join(f"• {q.question}\n  {q.advice}" for q in SAFETY_QUESTIONS)
    return (
        "Ankle Guide helps you massage your own ankle for everyday stiffness and tension. It is not "
        "medical treatment and does not replace advice from a doctor or physiotherapist.\n\n"
        "Do not massage if any of these applies:\n\n"
        f"{reasons}\n\n"
        "While you massage:\n\n"
        "• Pressure should feel firm but comfortable. Stop at any sharp pain, tingling or numbness; use "
        "the \u201cStop — this hurts\u201d button.\n"
        "• Glide over the Achilles tendon only; never press or knead the tendon itself.\n"
        "• In the hollow below the inner ankle bone, nerves and blood vessels pass: press firmly but "
        "never sharply.\n"
        "• Circle the soft tissue around the ankle bones, not the bare bone.\n"
        "• Move the foot slowly and smoothly; never force a stretch or a rotation.\n\n"
        "If pain is sharp, keeps coming back or lasts after you stop, see a clinician before massaging "
        "again."
    )
