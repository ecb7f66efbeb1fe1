"""Which sound and which spoken words go with each session event.

Pure functions, no Qt: the sound and speech adapters (desktop.qt.sound, desktop.qt.speech) only play
what these return, so the choice is tested without a display or an audio device.

Two rules keep the cues from talking over each other:
- A switch-sides item starts with both `ItemStarted` and `SidesSwitched`; only `SidesSwitched` gets a cue.
- A step's first phase is announced with the step itself, so a `PhaseChanged` for phase 0 (if the engine
  sends one right after `ItemStarted`) stays silent; later phases are announced as they begin.

The words are the app's language (desktop.model.i18n, context "cues"); a step's own cue and title come
from the routine file, which is per language already.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.routine import Side
from desktop.model.session_events import (
    Countdown,
    Finished,
    Halfway,
    ItemKind,
    ItemStarted,
    Paused,
    PhaseChanged,
    PlanItem,
    SessionEvent,
    SessionSnapshot,
    SidesSwitched,
    Started,
    Stopped,
)
from desktop.model.session_presenter import switch_to

CueName = Literal["step", "halfway", "tick", "switch", "finish"]

# The sound files are assets/sounds/<name>.wav.
CUE_NAMES: Final[tuple[CueName, ...]] = ("step", "halfway", "tick", "switch", "finish")

FINISHED_TEXT: Final = QT_TRANSLATE_NOOP("cues", "Well done. Session complete.")
"""The English source; said as translate("cues", FINISHED_TEXT)."""

SessionContext = SessionSnapshot | Sequence[PlanItem] | None


def cue_for_event(event: SessionEvent) -> CueName | None:
    """The sound to play for `event`, or None for events that should stay quiet (pause, stop, ...)."""
    match event:
        case ItemStarted(item=item):
            return "step" if item.kind is ItemKind.STEP else None
        case Halfway():
            return "halfway"
        case Countdown():
            return "tick"
        case SidesSwitched():
            return "switch"
        case Finished():
            return "finish"
    return None


def speech_for_event(event: SessionEvent, context: SessionContext = None) -> str | None:
    """The words to say for `event`, or None. Countdown ticks are never spoken (the tick sound covers them).

    `context` is the current snapshot or the played plan; it is only needed to name the first foot when
    the session starts, and everything else comes from the event itself.
    """
    match event:
        case Started():
            side = _first_side(context)
            if side is None:
                return None
            if side is Side.LEFT:
                return translate("cues", "Start with your left foot.")
            return translate("cues", "Start with your right foot.")
        case ItemStarted(item=item):
            return _step_text(item)
        case PhaseChanged(phase_index=phase_index, phase_name=name, cue=cue):
            if phase_index <= 0:
                return None
            if _clean(cue):
                return _clean(cue)
            return translate("cues", "Now {phase}").format(phase=name.strip()) if name.strip() else None
        case SidesSwitched(to_side=to_side):
            return f"{switch_to(to_side)}."
        case Finished():
            return translate("cues", FINISHED_TEXT)
    return None


def silences_speech(event: SessionEvent) -> bool:
    """True when speech in progress should be cut: the session paused or stopped (e.g. "this hurts")."""
    return isinstance(event, Paused | Stopped)


def _step_text(item: PlanItem) -> str | None:
    """A step's short cue, followed by its first phase's cue when it has one."""
    if item.kind is not ItemKind.STEP or item.step is None:
        return None
    step = item.step
    text = _clean(step.cue) or _clean(step.title)
    if step.phases:
        first = _clean(step.phases[0].cue)
        if first and first.casefold() != text.casefold():
            text = f"{text.rstrip('.!?;:,')}. {first}" if text else first
    return text or None


def _first_side(context: SessionContext) -> Side | None:
    if isinstance(context, SessionSnapshot):
        return context.item.side
    if context:
        return context[0].side
    return None


def _clean(text: str) -> str:
    """Collapse whitespace so a multi-line TOML string is read as one sentence."""
    return " ".join(text.split())
