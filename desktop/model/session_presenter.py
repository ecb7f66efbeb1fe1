"""The one voice of a session: every word a window shows about it, decided from a snapshot and the plan.

No Qt, so every rule is tested directly. The main window's timer panel and follow-along both render a
SessionPresenter's SessionText; neither composes session wording itself (tests/test_session_presenter.py
checks that each sentence lives here only). Which headline a side switch gets, when the "Next" line
stands out, how the step counter counts (per foot) and what a stop for pain advises are decided here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.model.pain_scale import TENSION_SCALE
from desktop.model.pressure import CALIBRATED as CALIBRATED_LABELS
from desktop.model.pressure import PressureScale, figure_text, format_kg
from desktop.model.pressure import from_text as pressure_from_text
from desktop.model.routine import MotionPattern, Pressure, Routine, Side, SidePlan, Step
from desktop.model.safety import pain_stop_text
from desktop.model.session_events import ItemKind, PlanItem, SessionSnapshot, SessionState
from desktop.model.session_outcome import SessionSummary
from desktop.model.session_plan import COUNTDOWN_FROM, build_plan, display_seconds, phase_starts
from desktop.model.session_text import HudMode, SessionText, SummaryText, Tone
from desktop.model.timefmt import format_mmss
from desktop.model.zones import ZoneCatalogue

TRANSITION_SECONDS = COUNTDOWN_FROM
"""The "Next: ..." line stands out for the last seconds of an item: the same moments the engine fires
its Countdown events (and the tick sound plays), so sight and sound agree."""

NO_SESSION_TITLE = "Choose a routine to begin"
_PRESSURE_LEVEL = {Pressure.LIGHT: 1, Pressure.MODERATE: 2, Pressure.FIRM: 3, Pressure.DEEP: 4}
_STATE_NOTE = {
    SessionState.IDLE: "Ready",
    SessionState.RUNNING: "",
    SessionState.PAUSED: "Paused",
    SessionState.FINISHED: "Finished — well done",
    SessionState.STOPPED: "Stopped",
}
_TOGGLE_LABEL = {
    SessionState.IDLE: "Start",
    SessionState.RUNNING: "Pause",
    SessionState.PAUSED: "Resume",
    SessionState.FINISHED: "Start again",
    SessionState.STOPPED: "Start again",
}


class SessionPresenter:
    """Words for one plan: `set_plan` when the session changes, then `text(snapshot)` at every tick."""

    def __init__(self, catalogue: ZoneCatalogue) -> None:
        self.catalogue = catalogue
        self.steps_per_side = 0
        self.routine_title = ""
        self.pressure_scale: PressureScale | None = None  # the person's own kg figures, if calibrated

    def set_pressure_scale(self, stored: str | None) -> bool:
        """The calibration as AppSettings stores it (desktop.model.pressure); None or unreadable: none.
        True when it changed (the step on screen should be shown again)."""
        scale = pressure_from_text(stored)
        changed = scale != self.pressure_scale
        self.pressure_scale = scale
        return changed

    def set_plan(self, plan: Sequence[PlanItem], routine_title: str | None = None) -> None:
        self.steps_per_side = steps_per_side(plan)
        if routine_title is not None:
            self.routine_title = routine_title

    def text(self, snapshot: SessionSnapshot) -> SessionText:
        """The screen for a session that is idle, running, paused or over (not the count-in)."""
        return present(
            snapshot,
            self.catalogue,
            steps_per_side=self.steps_per_side,
            routine_title=self.routine_title,
            pressure_scale=self.pressure_scale,
        )

    def get_ready_text(self, snapshot: SessionSnapshot, *, seconds_left: int, paused: bool) -> SessionText:
        """The count-in: big seconds, with the first step previewed (its zone shown, its words readable)."""
        base = self.text(snapshot)
        first = snapshot.item.step
        return replace(
            base,
            mode=HudMode.GET_READY,
            title=f"First: {first.title}" if first else base.title,
            status="Paused — Space resumes" if paused else "Get ready",
            tone=Tone.WAITING if paused else Tone.READY,
            countdown=str(seconds_left),
            next_line="Press → to start now",
            transition=False,
            running=not paused,
        )


def steps_per_side(plan: Sequence[PlanItem]) -> int:
    """Steps each foot gets, for "Step 2 of 7" (a both-feet plan has every step twice)."""
    steps = [item for item in plan if item.kind is ItemKind.STEP]
    sides = {item.side for item in steps}
    return len(steps) // len(sides) if sides else 0


def side_text(side: Side) -> str:
    return f"{side.value.capitalize()} foot"


def counter_text(item: PlanItem, per_side: int) -> str:
    """ "Step 3 of 7", counted per foot (the foot is named beside it); "Change feet" for the switch."""
    if item.kind is ItemKind.SWITCH_SIDES or item.step is None:
        return "Change feet"
    return f"Step {item.step_number} of {per_side}" if per_side else f"Step {item.step_number}"


def next_line(upcoming: PlanItem | None, catalogue: ZoneCatalogue) -> str:
    """What comes next, at a glance: one zone, when the title does not already say where."""
    if upcoming is None:
        return "Last step"
    if upcoming.kind is ItemKind.SWITCH_SIDES or upcoming.step is None:
        words = switch_to(upcoming.side)
        return f"Next: {words[:1].lower()}{words[1:]}"
    # the full list shows on the drawing once the step starts
    title, zones = upcoming.step.title, upcoming.step.zones
    place = catalogue.plain_names(zones, mid_sentence=True)
    if len(zones) != 1 or place.casefold() in title.casefold():
        return f"Next: {title}"
    return f"Next: {title} — {place}"


def switch_to(side: Side, *, loud: bool = False) -> str:
    """ "Switch to your left foot" (`loud`: "LEFT", to read from across the room)."""
    return f"Switch to your {side.value.upper() if loud else side.value} foot"


def toggle_label(state: SessionState) -> str:
    """The start/pause button's word for the state it is in."""
    return _TOGGLE_LABEL[state]


def present(
    snapshot: SessionSnapshot,
    catalogue: ZoneCatalogue,
    *,
    steps_per_side: int,
    routine_title: str = "",
    pressure_scale: PressureScale | None = None,
) -> SessionText:
    """Every word about the session at `snapshot` (a SessionPresenter remembers the arguments)."""
    item = snapshot.item
    state = snapshot.state
    over = state in (SessionState.FINISHED, SessionState.STOPPED)
    left = display_seconds(snapshot.remaining_s)
    done = 1.0 - snapshot.total_remaining_s / snapshot.total_s if snapshot.total_s > 0 else 1.0
    counter = counter_text(item, steps_per_side)
    common = {
        "side": side_text(item.side),
        "counter": counter,
        "position": f"{counter}  ·  {routine_title}" if routine_title else counter,
        "total_left": f"{format_mmss(display_seconds(snapshot.total_remaining_s))} left",
        "progress": min(1.0, max(0.0, done)),
        "countdown": format_mmss(left),
        "state_note": _STATE_NOTE[state],
        "next_line": "" if over else next_line(snapshot.next_item, catalogue),
        "transition": (
            state in (SessionState.RUNNING, SessionState.PAUSED)
            and snapshot.next_item is not None
            and 0 < left <= TRANSITION_SECONDS
        ),
        "running": state is SessionState.RUNNING,
        "diagram_side": item.side.value,
    }
    waiting = _waiting(state)
    if item.kind is ItemKind.SWITCH_SIDES or item.step is None:
        upcoming = snapshot.next_item.step if snapshot.next_item and snapshot.next_item.step else None
        other = "left" if item.side is Side.RIGHT else "right"
        return SessionText(
            mode=HudMode.SWITCH,
            title=f"{other.capitalize()} foot done",
            detail="A short pause",
            detail_spoken="A short pause",
            phase="",
            status=waiting or "Switch feet",
            tone=Tone.WAITING if waiting else Tone.SWITCH,
            cue=switch_to(item.side, loud=True),
            instructions=(
                f"Rest your {other} foot and settle your {item.side.value} foot across your knee, "
                "the same way as before. The next step starts by itself."
            ),
            cautions=(),
            zones=upcoming.zones if upcoming else (),
            zone_caption=f"Then: {catalogue.plain_names(upcoming.zones)}" if upcoming else "",
            motion=upcoming.motion if upcoming else None,
            phase_direction=None,
            **common,
        )
    step = item.step
    phase = step.phases[snapshot.phase_index] if 0 <= snapshot.phase_index < len(step.phases) else None
    detail, spoken = _detail(step, pressure_scale)
    return SessionText(
        mode=HudMode.STEP if state is not SessionState.IDLE else HudMode.IDLE,
        title=step.title,
        detail=detail,
        detail_spoken=spoken,
        phase=_capitalise(phase.name) if phase else "",
        status=waiting or _capitalise(phase.name if phase else step.technique.label),
        tone=Tone.WAITING if waiting else Tone.ACTIVE,
        cue=_one_line(snapshot.phase_cue or step.cue),
        instructions=_one_line(step.instructions),
        cautions=tuple(_one_line(c) for c in step.cautions),
        zones=step.zones,
        # follow-along names the zones over the drawing; with a calibration, your pressure figure under
        # them (it shows no "detail" line, where the main window has it)
        zone_caption=catalogue.plain_names(step.zones)
        + (f"\n{pressure_label(step.pressure, pressure_scale)}" if pressure_scale else ""),
        motion=step.motion,
        phase_direction=phase.direction if phase else None,
        **common,
    )


def hold_fraction(snapshot: SessionSnapshot) -> float | None:
    """How far through the current phase (or the step) a sustained press is, for the filling ring.

    None (the ring breathes) for other motions and before the session starts. Added time lengthens the
    phase in the engine only, so the ring then waits full for the extra seconds: it never runs backwards.
    """
    item = snapshot.item
    step = item.step
    if step is None or step.motion.pattern is not MotionPattern.HOLD or snapshot.state is SessionState.IDLE:
        return None
    starts = phase_starts(item)
    if starts and 0 <= snapshot.phase_index < len(starts):
        scale = item.duration_s / step.duration_s
        start = starts[snapshot.phase_index]
        length = step.phases[snapshot.phase_index].seconds * scale
    else:
        start, length = 0.0, item.duration_s
    if length <= 0:
        return None
    return min(1.0, max(0.0, (snapshot.item_elapsed_s - start) / length))


def summary_text(summary: SessionSummary) -> SummaryText:
    """The end of a session: how it went, and for a stop for pain, what to do now."""
    if summary.stopped_for_pain:
        headline = "Stopped — this hurts"
    elif summary.finished:
        headline = "Well done — session complete"
    else:
        headline = "Session stopped early"
    minutes = format_mmss(display_seconds(summary.active_s))
    total = summary.steps_total
    steps = f"{summary.steps_done} of {total} step{'s' if total != 1 else ''} done"
    parts = (summary.routine_title, f"{minutes} of massage", steps)
    advice_title, advice = pain_stop_text() if summary.stopped_for_pain else ("", "")
    return SummaryText(
        headline=headline,
        stats="  ·  ".join(part for part in parts if part),
        advice_title=advice_title,
        advice=advice,
    )


# ---- questions and notices around a session --------------------------------------------------------

NOT_STARTED_UNSAFE = "Session not started: see the safety advice."
PREPARATION_TITLE = "Before you start"
PREPARATION_DONE = "Got it — hide for today"
QUIT_QUESTION = (
    "Quit during a session?",
    "The session is paused. Quit now and it is saved to your history as stopped early.",
)
ABANDON_TITLE = "End this session?"
ABANDON_TEXT = "This ends the session in progress. It is saved to your history."
# The 0–10 ratings take their words and anchors from desktop.model.pain_scale (the numeric rating scale,
# cited there): tension and pain are asked apart.
BEFORE_RATING = ("Before you start", TENSION_SCALE.question)
AFTER_RATING = TENSION_SCALE.question_after
BEFORE_PAIN = "Any pain? Optional: pick a number first, then rate the tightness below."
"""Above the before-session tension rating: pain apart from tension, optional, so no extra action."""


def pain_picked(value: int) -> str:
    """Under the before-session pain row, once a number is picked."""
    return f"Pain: {value} out of 10 — now rate the tightness below (or Skip)."
TIGHT_TITLE = "Where did it feel tight? (optional)"
TIGHT_TAP_TITLE = "Where did it feel tight? Tap any (optional), then rate."  # follow-along: tap, then rate


def minutes_text(seconds: float) -> str:
    """ "7 min" (never "0 min": a short routine is "1 min")."""
    return f"{max(1, round(seconds / 60))} min"


def routine_choice(routine: Routine, sides: SidePlan, pace: float = 1.0) -> str:
    """The routine picker's entry for the session actually chosen: "Quick break · 3 min" on one foot,
    "Standard ankle massage · 7 min a foot · 14 min both" on both (the switch included in the total)."""
    plan = build_plan(routine, sides, pace=pace)
    total = sum(item.duration_s for item in plan)
    feet = len({item.side for item in plan if item.kind is ItemKind.STEP})
    if feet < 2:
        return f"{routine.title} · {minutes_text(total)}"
    per_foot = sum(i.duration_s for i in plan if i.kind is ItemKind.STEP) / feet
    return f"{routine.title} · {minutes_text(per_foot)} a foot · {minutes_text(total)} both"


def mid_sentence(name: str) -> str:
    """A name as it reads inside a sentence: "the calf" (an acronym keeps its capitals)."""
    return name if name[:2].isupper() else name[:1].lower() + name[1:]


def rated_thanks(value: int, tight_names: Sequence[str] = ()) -> str:
    """Follow-along's answer to a rating: "Thank you — noted 3 out of 10. Tight: the calf."."""
    where = f" Tight: {', '.join(mid_sentence(n) for n in tight_names)}." if tight_names else ""
    return f"Thank you — noted {value} out of 10.{where}"


def jump_question(step_title: str, *, other_routine: str = "") -> tuple[str, str]:
    """ "Start here" while a session runs: (title, text) of the one question asked before it acts."""
    if other_routine:
        return (
            "Start a new session here?",
            f"This ends the session in progress (it is saved to your history) and starts "
            f"“{other_routine}” at “{step_title}”.",
        )
    return ("Jump to this step?", f"The session carries on from “{step_title}”.")


def jumped_notice(step_title: str) -> str:
    return f"Jumped to “{step_title}”."


def pressure_label(label: Pressure, scale: PressureScale | None = None) -> str:
    """ "Moderate pressure", and with a calibration the person's own figure beside it:
    "Moderate pressure (≈ 2.5 kg for you)". No source gives kg for massage pressure labels, so the
    figure is only ever the person's own (desktop.model.pressure)."""
    figure = figure_text(label, scale)
    words = f"{label.value.capitalize()} pressure"
    return f"{words} ({figure})" if figure else words


def _detail(step: Step, scale: PressureScale | None = None) -> tuple[str, str]:
    level = _PRESSURE_LEVEL[step.pressure]
    dots = "●" * level + "○" * (4 - level)
    figure = figure_text(step.pressure, scale)
    spoken_figure = f", {figure.replace('≈ ', 'about ').replace(' kg', ' kilograms')}" if figure else ""
    shown_figure = f"  ({figure})" if figure else ""
    return (
        f"{step.technique.label}  ·  {step.pressure.value.capitalize()} pressure {dots}{shown_figure}",
        f"{step.technique.label}, {step.pressure.value} pressure ({level} of 4){spoken_figure}",
    )


def pressure_used_hint(scale: PressureScale | None) -> str:
    """Beside "Pressure used" after a session: the person's own figures, to compare with."""
    if scale is None:
        return "As read on a kitchen or bathroom scale (optional)."
    figures = " · ".join(f"{p.value} {format_kg(scale.kg(p) or 0)}" for p in CALIBRATED_LABELS)
    return f"Your own scale, in kg: {figures} (optional)."


def _waiting(state: SessionState) -> str:
    if state is SessionState.IDLE:
        return "Press Space to start"
    if state is SessionState.PAUSED:
        return "Paused — Space resumes"
    return ""


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _one_line(text: str) -> str:
    """Collapse the hard line breaks of multi-line TOML strings; the widget wraps to its own width."""
    return " ".join(text.split())
