"""The one voice of a session: every word a window shows about it, decided from a snapshot and the plan.

No Qt, so every rule is tested directly. The main window's timer panel and follow-along both render a
SessionPresenter's SessionText; neither composes session wording itself. The questions and notices
around a session (quit, end, ratings, "Start here") are desktop.model.session_questions;
tests/test_session_presenter.py checks that each sentence lives in one of the two, once. Which headline
a side switch gets, when the "Next" line stands out, how the step counter counts (per foot) and what a
stop for pain advises are decided here.

Every sentence is looked up in the app's language (desktop.model.i18n, context "session_presenter")
when it is composed, whole: a sentence that names a foot is written once per foot, because German
inflects "your left foot" differently from "Left foot".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.pressure import CALIBRATED as CALIBRATED_LEVELS
from desktop.model.pressure import PressureScale, figure_text, shown_kg
from desktop.model.pressure import from_text as pressure_from_text
from desktop.model.routine import MotionPattern, Pressure, Side, Step
from desktop.model.session_plan import COUNTDOWN_FROM, display_seconds, phase_starts
from desktop.model.session_snapshot import ItemKind, PlanItem, SessionSnapshot, SessionState
from desktop.model.session_text import HudMode, SessionText, SummaryText, Tone
from desktop.model.timefmt import format_mmss
from desktop.model.zones import ZoneCatalogue

if TYPE_CHECKING:
    from desktop.model.session_outcome import SessionSummary

TRANSITION_SECONDS = COUNTDOWN_FROM
"""The "Next: ..." line stands out for the last seconds of an item: the same moments the engine fires
its Countdown events (and the tick sound plays), so sight and sound agree."""

NO_SESSION_TITLE = QT_TRANSLATE_NOOP("session_presenter", "Choose a routine to begin")
_PRESSURE_LEVEL = {Pressure.LIGHT: 1, Pressure.MODERATE: 2, Pressure.FIRM: 3, Pressure.DEEP: 4}
_STATE_NOTE = {
    SessionState.IDLE: QT_TRANSLATE_NOOP("session_presenter", "Ready"),
    SessionState.RUNNING: "",
    SessionState.PAUSED: QT_TRANSLATE_NOOP("session_presenter", "Paused"),
    SessionState.FINISHED: QT_TRANSLATE_NOOP("session_presenter", "Finished — well done"),
    SessionState.STOPPED: QT_TRANSLATE_NOOP("session_presenter", "Stopped"),
}
_TOGGLE_LABEL = {
    SessionState.IDLE: QT_TRANSLATE_NOOP("session_presenter", "Start"),
    SessionState.RUNNING: QT_TRANSLATE_NOOP("session_presenter", "Pause"),
    SessionState.PAUSED: QT_TRANSLATE_NOOP("session_presenter", "Resume"),
    SessionState.FINISHED: QT_TRANSLATE_NOOP("session_presenter", "Start again"),
    SessionState.STOPPED: QT_TRANSLATE_NOOP("session_presenter", "Start again"),
}


def shown(marked: str) -> str:
    """One of this module's marked constants (NO_SESSION_TITLE, PREPARATION_DONE, ...) in the app's
    language: call it where the words are shown, never at import time."""
    return translate("session_presenter", marked) if marked else ""


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
        return base._replace(
            mode=HudMode.GET_READY,
            title=translate("session_presenter", "First: {step}").format(step=first.title)
            if first
            else base.title,
            status=_waiting(SessionState.PAUSED) if paused else translate("session_presenter", "Get ready"),
            tone=Tone.WAITING if paused else Tone.READY,
            countdown=str(seconds_left),
            next_line=translate("session_presenter", "Press → to start now"),
            transition=False,
            running=not paused,
        )


def steps_per_side(plan: Sequence[PlanItem]) -> int:
    """Steps each foot gets, for "Step 2 of 7" (a both-feet plan has every step twice)."""
    steps = [item for item in plan if item.kind is ItemKind.STEP]
    sides = {item.side for item in steps}
    return len(steps) // len(sides) if sides else 0


def side_text(side: Side) -> str:
    """ "Right foot" / "Left foot"."""
    return side.foot_label


def counter_text(item: PlanItem, per_side: int) -> str:
    """ "Step 3 of 7", counted per foot (the foot is named beside it); "Change feet" for the switch."""
    if item.kind is ItemKind.SWITCH_SIDES or item.step is None:
        return translate("session_presenter", "Change feet")
    if per_side:
        return translate("session_presenter", "Step {number} of {total}").format(
            number=item.step_number, total=per_side
        )
    return translate("session_presenter", "Step {number}").format(number=item.step_number)


def next_line(upcoming: PlanItem | None, catalogue: ZoneCatalogue) -> str:
    """What comes next, at a glance: one zone, when the title does not already say where."""
    if upcoming is None:
        return translate("session_presenter", "Last step")
    if upcoming.kind is ItemKind.SWITCH_SIDES or upcoming.step is None:
        if upcoming.side is Side.LEFT:
            return translate("session_presenter", "Next: switch to your left foot")
        return translate("session_presenter", "Next: switch to your right foot")
    # the full list shows on the drawing once the step starts
    title, zones = upcoming.step.title, upcoming.step.zones
    place = catalogue.plain_names(zones, mid_sentence=True)
    if len(zones) != 1 or place.casefold() in title.casefold():
        return translate("session_presenter", "Next: {step}").format(step=title)
    return translate("session_presenter", "Next: {step} — {zone}").format(step=title, zone=place)


def switch_to(side: Side, *, loud: bool = False) -> str:
    """ "Switch to your left foot" (`loud`: "LEFT", to read from across the room)."""
    if side is Side.LEFT:
        if loud:
            return translate("session_presenter", "Switch to your LEFT foot")
        return translate("session_presenter", "Switch to your left foot")
    if loud:
        return translate("session_presenter", "Switch to your RIGHT foot")
    return translate("session_presenter", "Switch to your right foot")


def toggle_label(state: SessionState) -> str:
    """The start/pause button's word for the state it is in."""
    return shown(_TOGGLE_LABEL[state])


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
        "total_left": translate("session_presenter", "{time} left").format(
            time=format_mmss(display_seconds(snapshot.total_remaining_s))
        ),
        "progress": min(1.0, max(0.0, done)),
        "countdown": format_mmss(left),
        "state_note": shown(_STATE_NOTE[state]),
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
        pause = translate("session_presenter", "A short pause")
        title, instructions = _switch_words(item.side)
        return SessionText(
            mode=HudMode.SWITCH,
            title=title,
            detail=pause,
            detail_spoken=pause,
            phase="",
            status=waiting or translate("session_presenter", "Switch feet"),
            tone=Tone.WAITING if waiting else Tone.SWITCH,
            cue=switch_to(item.side, loud=True),
            instructions=instructions,
            cautions=(),
            zones=upcoming.zones if upcoming else (),
            zone_caption=translate("session_presenter", "Then: {zones}").format(
                zones=catalogue.plain_names(upcoming.zones)
            )
            if upcoming
            else "",
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


def _switch_words(to: Side) -> tuple[str, str]:
    """The switch's headline and instructions, moving to foot `to`."""
    if to is Side.LEFT:
        return (
            translate("session_presenter", "Right foot done"),
            translate(
                "session_presenter",
                "Rest your right foot and settle your left foot across your knee, the same way as before. "
                "The next step starts by itself.",
            ),
        )
    return (
        translate("session_presenter", "Left foot done"),
        translate(
            "session_presenter",
            "Rest your left foot and settle your right foot across your knee, the same way as before. "
            "The next step starts by itself.",
        ),
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
    from desktop.model.safety import pain_stop_text  # (imported on first use: start-up, issue 19)

    if summary.stopped_for_pain:
        headline = translate("session_presenter", "Stopped — this hurts")
    elif summary.finished:
        headline = translate("session_presenter", "Well done — session complete")
    else:
        headline = translate("session_presenter", "Session stopped early")
    minutes = format_mmss(display_seconds(summary.active_s))
    done, total = summary.steps_done, summary.steps_total
    # English and German both have one singular and one plural, so two whole sentences suffice (and the
    # English source needs no catalogue of its own)
    if total == 1:
        steps = translate("session_presenter", "{done} of {total} step done").format(done=done, total=total)
    else:
        steps = translate("session_presenter", "{done} of {total} steps done").format(done=done, total=total)
    massage = translate("session_presenter", "{time} of massage").format(time=minutes)
    parts = (summary.routine_title, massage, steps)
    advice_title, advice = pain_stop_text() if summary.stopped_for_pain else ("", "")
    return SummaryText(
        headline=headline,
        stats="  ·  ".join(part for part in parts if part),
        advice_title=advice_title,
        advice=advice,
    )


def pressure_label(label: Pressure, scale: PressureScale | None = None) -> str:
    """ "Moderate pressure", and with a calibration the person's own figure beside it:
    "Moderate pressure (≈ 2.5 kg for you)". No source gives kg for massage pressure labels, so the
    figure is only ever the person's own (desktop.model.pressure)."""
    figure = figure_text(label, scale)
    return f"{label.phrase} ({figure})" if figure else label.phrase


def _detail(step: Step, scale: PressureScale | None = None) -> tuple[str, str]:
    level = _PRESSURE_LEVEL[step.pressure]
    dots = "●" * level + "○" * (4 - level)
    figure = figure_text(step.pressure, scale)
    shown_figure = f"  ({figure})" if figure else ""
    spoken = translate("session_presenter", "{technique}, {pressure} ({level} of 4)").format(
        technique=step.technique.label, pressure=step.pressure.phrase_in_sentence, level=level
    )
    return (
        f"{step.technique.label}  ·  {step.pressure.phrase} {dots}{shown_figure}",
        spoken + _spoken_figure(step.pressure, scale),
    )


def _spoken_figure(level: Pressure, scale: PressureScale | None) -> str:
    """The calibrated figure as a screen reader should say it: ", about 2.5 kilograms for you"."""
    if scale is None:
        return ""
    kg = scale.kg(level)
    if kg is None:
        return translate("session_presenter", ", more than about {kg} kilograms for you").format(
            kg=shown_kg(scale.firm)
        )
    return translate("session_presenter", ", about {kg} kilograms for you").format(kg=shown_kg(kg))


def pressure_used_hint(scale: PressureScale | None) -> str:
    """Beside "Pressure used" after a session: the person's own figures, to compare with."""
    if scale is None:
        return translate("session_presenter", "As read on a kitchen or bathroom scale (optional).")
    figures = " · ".join(f"{p.word} {shown_kg(scale.kg(p) or 0)}" for p in CALIBRATED_LEVELS)
    return translate("session_presenter", "Your own scale, in kg: {figures} (optional).").format(
        figures=figures
    )


def _waiting(state: SessionState) -> str:
    if state is SessionState.IDLE:
        return translate("session_presenter", "Press Space to start")
    if state is SessionState.PAUSED:
        return translate("session_presenter", "Paused — Space resumes")
    return ""


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _one_line(text: str) -> str:
    """Collapse the hard line breaks of multi-line TOML strings; the widget wraps to its own width."""
    return " ".join(text.split())
