"""The safety check before massaging: when not to massage, and what to do instead.

Kept apart from any widget so the wording and the rule ("any yes blocks the session") are tested
without a display, and so Help → Safety information and the gate never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class SafetyQuestion:
    """One yes/no question; a "yes" means: do not massage today, do `advice` instead.

    The English texts are kept as given (marked for the catalogue); `question` and `advice` are looked
    up in the app's language each time they are read, so the one shared tuple speaks German too."""

    id: str
    question_text: str
    advice_text: str
    urgent: bool = False  # a "yes" needs medical help now, not just rest

    @property
    def question(self) -> str:
        return translate("safety", self.question_text)

    @property
    def advice(self) -> str:
        return translate("safety", self.advice_text)


SAFETY_QUESTIONS: tuple[SafetyQuestion, ...] = (
    SafetyQuestion(
        id="acute_injury",
        question_text=QT_TRANSLATE_NOOP(
            "safety",
            "Have you sprained, twisted, broken or otherwise injured this ankle or foot in the last "
            "few weeks?",
        ),
        advice_text=QT_TRANSLATE_NOOP(
            "safety",
            "Do not massage a recent injury: rubbing it can make the damage worse. Rest the ankle, and "
            "see a doctor or physiotherapist before you massage it.",
        ),
    ),
    SafetyQuestion(
        id="broken_skin",
        question_text=QT_TRANSLATE_NOOP(
            "safety", "Is there broken skin, a cut, a blister or an open wound anywhere you would massage?"
        ),
        advice_text=QT_TRANSLATE_NOOP(
            "safety",
            "Do not massage over broken skin or a wound. Let it heal first, and see a clinician if it "
            "is slow to heal.",
        ),
    ),
    SafetyQuestion(
        id="skin_infection",
        question_text=QT_TRANSLATE_NOOP(
            "safety",
            "Does the skin there look infected: a red patch that is spreading, pus or weeping, or "
            "cracked, sore skin between the toes?",
        ),
        advice_text=QT_TRANSLATE_NOOP(
            "safety",
            "Do not massage infected skin: it can spread the infection. See a doctor or pharmacist, "
            "and wait until it has cleared.",
        ),
    ),
    SafetyQuestion(
        id="swelling",
        question_text=QT_TRANSLATE_NOOP(
            "safety", "Has your ankle, foot or leg swollen suddenly, badly, or for no reason you know of?"
        ),
        advice_text=QT_TRANSLATE_NOOP(
            "safety",
            "Sudden, severe or unexplained swelling needs a medical check, not massage. Rest, and "
            "contact your doctor or a health advice line today.",
        ),
    ),
    SafetyQuestion(
        id="blood_clot",
        question_text=QT_TRANSLATE_NOOP(
            "safety",
            "Do you have pain, tenderness, warmth, redness or swelling in one calf or leg only "
            "(especially after a long journey, an operation or time in bed)?",
        ),
        advice_text=QT_TRANSLATE_NOOP(
            "safety",
            "These can be signs of a blood clot in the leg (deep vein thrombosis). Do not massage the "
            "leg. Get medical help now: call your doctor straight away, or your emergency number "
            "(112, 999 or 911) if you are short of breath or have chest pain.",
        ),
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


# Shown by the widgets: translate("safety", CONSTANT) where shown (the language is chosen after import).
BLOCKED_HEADLINE = QT_TRANSLATE_NOOP("safety", "Please don't massage today.")
URGENT_HEADLINE = QT_TRANSLATE_NOOP("safety", "Get medical help now.")

PAIN_STOP_TITLE = QT_TRANSLATE_NOOP("safety", "Stop — this hurts")
PAIN_STOP_PARAGRAPHS = (
    QT_TRANSLATE_NOOP("safety", "Stop massaging now and rest the ankle."),
    QT_TRANSLATE_NOOP(
        "safety", "Mild soreness that fades within a minute or two is common. Sharp pain is not."
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "If the pain is sharp, if it is still there after resting, or if you feel tingling or numbness, "
        "do not carry on today.",
    ),
    QT_TRANSLATE_NOOP(
        "safety", "Ask a doctor or physiotherapist for advice before you massage this ankle again."
    ),
    QT_TRANSLATE_NOOP("safety", "Next time, use lighter pressure and skip the step that hurt."),
)
"""The advice after "Stop — this hurts", one short paragraph each, so it reads at a glance."""
PAIN_STOP_TEXT = "\n\n".join(PAIN_STOP_PARAGRAPHS)
PAIN_RECORD_BUTTON = QT_TRANSLATE_NOOP("safety", "I'm OK — record this session")
PAIN_CLOSE_BUTTON = QT_TRANSLATE_NOOP("safety", "I've read this")
PAIN_RECORDED = QT_TRANSLATE_NOOP("safety", "Saved to your history as a stop for pain.")


def pain_stop_paragraphs() -> list[str]:
    """The advice after "Stop — this hurts", one paragraph each, in the app's language."""
    return [translate("safety", p) for p in PAIN_STOP_PARAGRAPHS]


def pain_stop_text() -> tuple[str, str]:
    """Title and body (paragraphs split by blank lines) of the advice after "Stop — this hurts"."""
    return translate("safety", PAIN_STOP_TITLE), "\n\n".join(pain_stop_paragraphs())


def safety_info_text() -> str:
    """Plain-text safety information for Help → Safety information (paragraphs split by blank lines)."""
    reasons = "\n".join(f"• {q.question}\n  {q.advice}" for q in SAFETY_QUESTIONS)
    return translate(
        "safety",
        "Ankle Guide helps you massage your own ankle for everyday stiffness and tension. It is not "
        "medical treatment and does not replace advice from a doctor or physiotherapist.\n\n"
        "Do not massage if any of these applies:\n\n"
        "{reasons}\n\n"
        "While you massage:\n\n"
        "• Pressure should feel firm but comfortable. Stop at any sharp pain, tingling or numbness; use "
        "the \u201cStop — this hurts\u201d button.\n"
        "• Glide over the Achilles tendon only; never press or knead the tendon itself.\n"
        "• In the hollow below the inner ankle bone, nerves and blood vessels pass: press firmly but "
        "never sharply.\n"
        "• Circle the soft tissue around the ankle bones, not the bare bone.\n"
        "• Move the foot slowly and smoothly; never force a stretch or a rotation.\n\n"
        "If pain is sharp, keeps coming back or lasts after you stop, see a clinician before massaging "
        "again.",
    ).format(reasons=reasons)
