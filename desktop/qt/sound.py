"""Short cue sounds (new step, halfway, last seconds, switch sides, finished) through QSoundEffect.

Sound is a nicety: a machine with no audio device, no PulseAudio library or a broken sound file gets a
quiet app with a reason it can show, never an exception. QtMultimedia is imported lazily inside a try
for the same reason. Which cue goes with which session event is decided in desktop.model.cues.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from importlib.resources import as_file
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl, Signal

from desktop import resources
from desktop.model.cues import CUE_NAMES, cue_for_event
from desktop.model.i18n import translate
from desktop.model.session_events import SessionEvent

log = logging.getLogger(__name__)

SOUNDS_FOLDER = "assets/sounds"


class SoundEffectLike(Protocol):
    """The part of QSoundEffect this module uses (tests pass a fake through `effect_factory`)."""

    statusChanged: Any  # a Qt signal

    def setSource(self, url: QUrl) -> None: ...
    def setVolume(self, volume: float) -> None: ...
    def status(self) -> Any: ...
    def play(self) -> None: ...
    def stop(self) -> None: ...


EffectFactory = Callable[[QObject], SoundEffectLike]


def default_sources() -> dict[str, Traversable]:
    """The packaged wav file of every cue (they may be missing from a broken install)."""
    return {name: resources.resource(f"{SOUNDS_FOLDER}/{name}.wav") for name in CUE_NAMES}


def has_audio_output() -> bool:
    """True when Qt sees at least one audio output device (a separate function so tests can replace it)."""
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


class SoundCues(QObject):
    """Plays the named cue sounds; quiet, with `unavailable_reason`, whenever sound cannot work.

    Signals:
        availability_changed(bool): `available` changed, e.g. a sound failed to load after start-up.
    """

    availability_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sources: Mapping[str, Traversable | Path] | None = None,
        effect_factory: EffectFactory | None = None,
        volume: float = 0.8,
    ) -> None:
        super().__init__(parent)
        self._muted = False
        self._effects: dict[str, SoundEffectLike] = {}
        self._failed: dict[str, str] = {}  # cue -> why it is quiet
        self._reason = ""
        self._files = ExitStack()  # temporary copies when resources are not plain files (zipped install)
        self._finalizer = weakref.finalize(self, self._files.close)
        try:
            self._setup(default_sources() if sources is None else sources, effect_factory, volume)
        except Exception as exc:  # sound must never break the app
            log.warning("sound cues disabled: %s", exc, exc_info=True)
            self._effects.clear()
            self._reason = translate("sound", "Sound could not start ({error})").format(error=exc)

    # ---- public API ------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True while every cue can be played (muting does not change this)."""
        return not self._reason and not self._failed

    @property
    def unavailable_reason(self) -> str:
        """One line saying why sound is (partly) off, or "" when all is well."""
        if self._reason:
            return self._reason
        if self._failed:
            return "; ".join(self._failed[name] for name in sorted(self._failed))
        return ""

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Muting also cuts a sound that is playing now."""
        self._muted = bool(muted)
        if self._muted:
            for effect in self._effects.values():
                effect.stop()

    def play(self, cue: str) -> bool:
        """Start the named cue ("step", "halfway", "tick", "switch", "finish"); True if a sound started.

        Quietly does nothing when muted, unavailable, or for an unknown name.
        """
        if self._muted or cue in self._failed:
            return False
        effect = self._effects.get(cue)
        if effect is None:
            if cue not in CUE_NAMES:
                log.debug("unknown sound cue %r", cue)
            return False
        try:
            effect.stop()  # restart rather than overlap when steps are skipped quickly
            effect.play()
        except Exception:  # a misbehaving backend must not reach the session
            log.warning("playing sound cue %r failed", cue, exc_info=True)
            return False
        return True

    def on_event(self, event: SessionEvent) -> None:
        """Slot for the session driver's events: plays the matching cue, if any."""
        cue = cue_for_event(event)
        if cue is not None:
            self.play(cue)

    def close(self) -> None:
        """Stop everything and drop temporary copies of sound files (if any were made)."""
        for effect in self._effects.values():
            effect.stop()
        self._effects.clear()
        self._finalizer()

    # ---- set-up ----------------------------------------------------------------------------------

    def _setup(
        self,
        sources: Mapping[str, Traversable | Path],
        effect_factory: EffectFactory | None,
        volume: float,
    ) -> None:
        if effect_factory is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except (ImportError, OSError) as exc:
                self._reason = translate(
                    "sound", "Sound is off: Qt Multimedia could not be loaded ({error})"
                ).format(error=exc)
                log.info("sound is off: Qt Multimedia could not be loaded (%s)", exc)
                return
            if not has_audio_output():
                self._reason = translate("sound", "Sound is off: no audio output device was found")
                log.info("sound is off: no audio output device was found")
                return
            effect_factory = QSoundEffect
        for name, source in sources.items():
            path = self._local_path(source)
            if path is None:
                self._failed[name] = translate("sound", "Sound file missing: {file}").format(
                    file=f"{name}.wav"
                )
                continue
            effect = effect_factory(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(min(max(volume, 0.0), 1.0))
            effect.statusChanged.connect(lambda name=name: self._on_status_changed(name))
            self._effects[name] = effect
            self._on_status_changed(name)

    def _local_path(self, source: Traversable | Path) -> Path | None:
        """A real file path for QUrl.fromLocalFile; a temporary copy when the resource is not a plain file."""
        if not source.is_file():
            return None
        if isinstance(source, Path):
            return source
        return self._files.enter_context(as_file(source))

    def _on_status_changed(self, name: str) -> None:
        effect = self._effects.get(name)
        # Compared by name so fakes need not import QtMultimedia.
        if effect is None or name in self._failed or getattr(effect.status(), "name", "") != "Error":
            return
        was_available = self.available
        self._failed[name] = translate(
            "sound", "The '{sound}' sound cannot be played on this audio device"
        ).format(sound=name)
        log.info("the %r sound cannot be played on this audio device", name)
        if was_available:
            self.availability_changed.emit(False)
