"""What the follow-along screen says, decided from plain data: no Qt, so every rule is tested directly.

The window (desktop.ui.follow_along) only places these strings; which headline a side switch gets,
when the "Next" line stands out, and what a stop for pain advises are decided here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.model.routine import Direction, MotionCue, MotionPattern, Side
from desktop.model.safety import pain_stop_text
from desktop.model.session_events import ItemKind, PlanItem, SessionSnapshot, SessionState
from desktop.model.session_plan import COUNTDOWN_FROM, display_seconds, phase_starts
from desktop.model.timefmt import format_mmss
from desktop.model.zones import ZoneCatalogue

if TYPE_CHECKING:  # only for the annotation: this module stays free of Qt
    from desktop.qt.session_controller import SessionSummary

TRANSITION_SECONDS = COUNTDOWN_FROM
"""The "Next: ..." line stands out for the last seconds of an item: the same moments the engine fires
its Countdown events (and the tick sound plays), so sight and sound agree."""

KEY_HINTS = (
    "Space pause  ·  ← → step  ·  +  10 s more  ·  R restart step  ·  S stop  ·  H this hurts  ·  Esc leave"
)
SUMMARY_KEY_HINTS = "0–10 rate  ·  R start again  ·  Esc leave"


class HudMode(StrEnum):
    IDLE = "idle"  # not started: shows the step it will start with
    GET_READY = "get_ready"  # the count-in before the first step
    STEP = "step"
    SWITCH = "switch"  # moving to the other foot


class Tone(StrEnum):
    """How the status line is coloured; never the only carrier of meaning (it always has words)."""

    ACTIVE = "active"  # a phase or technique while running
    WAITING = "waiting"  # idle or paused: the person must press something
    READY = "ready"  # the count-in
    SWITCH = "switch"


@dataclass(frozen=True)
class HudText:
    """Everything the running screen shows, as strings plus what the diagram should highlight."""

    mode: HudMode
    side: str  # "Right foot"
    position: str  # "Step 3 of 7  ·  Tension relief"
    total_left: str  # "12:34 left"
    progress: float  # of the whole routine, 0..1
    title: str
    status: str  # phase name, technique, "Paused — Space resumes", "Get ready", ...
    tone: Tone
    countdown: str
    cue: str
    instructions: str
    cautions: tuple[str, ...]
    next_line: str
    transition: bool  # the last seconds of an item: the Next line stands out
    zones: tuple[str, ...]
    zone_caption: str  # the zones' names, shown on the diagram
    motion: MotionCue | None
    phase_direction: Direction | None
    diagram_side: str  # "right" / "left"
    running: bool  # animations may run


@dataclass(frozen=True)
class SummaryText:
    headline: str
    stats: str
    advice_title: str  # "" unless stopped for pain
    advice: str


def next_line(upcoming: PlanItem | None, catalogue: ZoneCatalogue) -> str:
    if upcoming is None:
        return "Last step"
    if upcoming.kind is ItemKind.SWITCH_SIDES or upcoming.step is None:
        return f"Next: switch to your {upcoming.side.value} foot"
    # A glance, not a list: one zone, when the title does not already say where; the full list shows
    # on the drawing once the step starts.
    title, zones = upcoming.step.title, upcoming.step.zones
    place = catalogue.plain_names(zones, mid_sentence=True)
    if len(zones) != 1 or place.casefold() in title.casefold():
        return f"Next: {title}"
    return f"Next: {title} — {place}"


def side_text(side: Side) -> str:
    return f"{side.value.capitalize()} foot"


def hud_for_snapshot(
    snapshot: SessionSnapshot, catalogue: ZoneCatalogue, *, steps_per_side: int, routine_title: str = ""
) -> HudText:
    """The screen for a session that is idle, running or paused (not the count-in, not the summary)."""
    item = snapshot.item
    state = snapshot.state
    running = state is SessionState.RUNNING
    left = display_seconds(snapshot.remaining_s)
    done = 1.0 - snapshot.total_remaining_s / snapshot.total_s if snapshot.total_s > 0 else 1.0
    common = {
        "total_left": f"{format_mmss(display_seconds(snapshot.total_remaining_s))} left",
        "progress": min(1.0, max(0.0, done)),
        "countdown": format_mmss(left),
        "next_line": next_line(snapshot.next_item, catalogue),
        "transition": (
            state in (SessionState.RUNNING, SessionState.PAUSED)
            and snapshot.next_item is not None
            and 0 < left <= TRANSITION_SECONDS
        ),
        "running": running,
    }
    if item.kind is ItemKind.SWITCH_SIDES or item.step is None:
        upcoming = snapshot.next_item.step if snapshot.next_item and snapshot.next_item.step else None
        other = "left" if item.side is Side.RIGHT else "right"
        return HudText(
            mode=HudMode.SWITCH,
            side=side_text(item.side),
            position=_position("Change feet", routine_title),
            title=f"{other.capitalize()} foot done",
            status=_waiting(state) or "Switch feet",
            tone=Tone.WAITING if _waiting(state) else Tone.SWITCH,
            cue=f"Switch to your {item.side.value.upper()} foot",
            instructions=(
                f"Rest your {other} foot and settle your {item.side.value} foot across your knee, "
                "the same way as before. The next step starts by itself."
            ),
            cautions=(),
            zones=upcoming.zones if upcoming else (),
            zone_caption=f"Then: {catalogue.plain_names(upcoming.zones)}" if upcoming else "",
            motion=upcoming.motion if upcoming else None,
            phase_direction=None,
            diagram_side=item.side.value,
            **common,
        )
    step = item.step
    of = f" of {steps_per_side}" if steps_per_side else ""
    phase = step.phases[snapshot.phase_index] if 0 <= snapshot.phase_index < len(step.phases) else None
    status = _waiting(state)
    return HudText(
        mode=HudMode.STEP if state is not SessionState.IDLE else HudMode.IDLE,
        side=side_text(item.side),
        position=_position(f"Step {item.step_number}{of}", routine_title),
        title=step.title,
        status=status or _capitalise(phase.name if phase else step.technique.label),
        tone=Tone.WAITING if status else Tone.ACTIVE,
        cue=_one_line(snapshot.phase_cue or step.cue),
        instructions=_one_line(step.instructions),
        cautions=tuple(_one_line(c) for c in step.cautions),
        zones=step.zones,
        zone_caption=catalogue.plain_names(step.zones),
        motion=step.motion,
        phase_direction=phase.direction if phase else None,
        diagram_side=item.side.value,
        **common,
    )


def hud_for_get_ready(
    snapshot: SessionSnapshot,
    catalogue: ZoneCatalogue,
    *,
    seconds_left: int,
    paused: bool,
    steps_per_side: int,
    routine_title: str = "",
) -> HudText:
    """The count-in: big seconds, with the first step previewed (its zone shown, its words readable)."""
    base = hud_for_snapshot(snapshot, catalogue, steps_per_side=steps_per_side, routine_title=routine_title)
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
    """The end screen's words: how it went, and for a stop for pain, what to do now."""
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


def steps_per_side(plan: Sequence[PlanItem]) -> int:
    """Steps each foot gets, for "Step 2 of 7" (a both-sides plan has every step twice)."""
    steps = [item for item in plan if item.kind is ItemKind.STEP]
    sides = {item.side for item in steps}
    return len(steps) // len(sides) if sides else 0


def _waiting(state: SessionState) -> str:
    if state is SessionState.IDLE:
        return "Press Space to start"
    if state is SessionState.PAUSED:
        return "Paused — Space resumes"
    return ""


def _position(where: str, routine_title: str) -> str:
    return f"{where}  ·  {routine_title}" if routine_title else where


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _one_line(text: str) -> str:
    """Collapse the hard line breaks of multi-line TOML strings; the widget wraps to its own width."""
    return " ".join(text.split())
