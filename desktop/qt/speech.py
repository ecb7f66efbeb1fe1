"""Spoken cues ("Switch to your left foot") through QTextToSpeech, so the screen can be ignored mid-massage.

The engine is always named (default "speechd" on Linux; tests use "mock"): the order of
QTextToSpeech.availableEngines() varies between machines, so "the first one" is not a choice. Without an
engine the app is quiet and says why, never broken. The words come from desktop.model.cues, in the
app's language, and the engine is set to a voice of that language when it has one.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from desktop.model.cues import SessionContext, silences_speech, speech_for_event
from desktop.model.i18n import GERMAN, current_language, translate
from desktop.model.session_events import ItemStarted, SessionEvent, SidesSwitched, Started

log = logging.getLogger(__name__)

DEFAULT_ENGINE = "speechd"


def prefer_language(tts: Any, language: QLocale.Language) -> None:
    """Switch the engine to a voice of `language` (the cue texts') if it is set to another language.

    The user's own variant (en_GB, en_US, de_AT, ...) wins when the engine has it.
    """
    if tts.locale().language() == language:
        return
    offered = [loc for loc in tts.availableLocales() if loc.language() == language]
    if not offered:
        return  # better an accent than silence
    system = QLocale.system()
    tts.setLocale(next((loc for loc in offered if loc.territory() == system.territory()), offered[0]))


def prefer_english(tts: Any) -> None:
    """An English voice, for English cue texts (see prefer_language)."""
    prefer_language(tts, QLocale.Language.English)


def cue_language() -> QLocale.Language:
    """The language the cue texts are in: the app's (desktop.model.i18n)."""
    return QLocale.Language.German if current_language() == GERMAN else QLocale.Language.English


def _missing_engine_reason(engine: str) -> str:
    if engine == "speechd":
        return translate("speech", "No speech engine is installed (install speech-dispatcher)")
    return translate("speech", "The speech engine '{engine}' is not installed").format(engine=engine)


def speech_unavailable_reason(engine: str = DEFAULT_ENGINE) -> str:
    """Why speech cannot work here ("" when the engine is installed), without starting the engine:
    the menu can then grey spoken guidance out before anyone ticks it."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError) as exc:
        return translate("speech", "Speech is off: Qt TextToSpeech could not be loaded ({error})").format(
            error=exc
        )
    if engine not in QTextToSpeech.availableEngines():
        return _missing_engine_reason(engine)
    return ""


class SpeechCues(QObject):
    """Says short texts, one after another; quiet, with `unavailable_reason`, when speech cannot work.

    Signals:
        availability_changed(bool): `available` changed, e.g. the engine failed after start-up.
    """

    availability_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, *, engine: str = DEFAULT_ENGINE, enabled: bool = True
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._enabled = bool(enabled)
        self._tts: Any = None  # QTextToSpeech, imported lazily
        self._reason = ""
        self._queued_for: int | None = None  # plan item whose words are queued now
        try:
            self._setup(engine)
        except Exception as exc:  # speech must never break the app
            log.warning("speech cues disabled: %s", exc, exc_info=True)
            self._tts = None
            self._reason = translate("speech", "Speech could not start ({error})").format(error=exc)

    # ---- public API ------------------------------------------------------------------------------

    @property
    def engine(self) -> str:
        return self._engine_name

    @property
    def available(self) -> bool:
        return self._tts is not None and not self._reason

    @property
    def unavailable_reason(self) -> str:
        """One line saying why speech is off, or "" when it works."""
        return self._reason

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Turning speech off also cuts what is being said now."""
        self._enabled = bool(enabled)
        if not self._enabled:
            self.stop()

    def say(self, text: str, *, interrupt: bool = False) -> bool:
        """Queue `text` after whatever is being said (or cut that first with `interrupt`); True if queued."""
        text = " ".join(text.split())
        if not text or not self._enabled or not self.available:
            return False
        try:
            if interrupt:
                self._stop_engine()
            self._tts.enqueue(text)
        except Exception:
            log.warning("speaking %r failed", text, exc_info=True)
            return False
        return True

    def stop(self) -> None:
        """Stop talking and forget anything queued."""
        self._queued_for = None
        self._stop_engine()

    def on_event(self, event: SessionEvent, context: SessionContext = None) -> None:
        """Slot for the session driver's events: says the matching words, if any.

        When a new plan item starts while words from an earlier item are still queued (the user skipped
        ahead), the stale words are dropped so speech never lags behind the session.
        """
        if silences_speech(event):
            self.stop()
            return
        if isinstance(event, Started | SidesSwitched):
            self._queued_for = None  # these words lead into the item that starts next: never cut them
        elif isinstance(event, ItemStarted):
            if self._queued_for is not None and self._queued_for != event.index:
                self._stop_engine()
            self._queued_for = event.index
        text = speech_for_event(event, context)
        if text:
            self.say(text)

    def _stop_engine(self) -> None:
        if self._tts is not None:
            try:
                self._tts.stop()
            except Exception:
                log.warning("stopping speech failed", exc_info=True)

    # ---- set-up ----------------------------------------------------------------------------------

    def _setup(self, engine: str) -> None:
        self._reason = speech_unavailable_reason(engine)
        if self._reason:
            log.info("%s", self._reason)
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = QTextToSpeech(engine, self)
        self._tts = tts
        tts.errorOccurred.connect(self._on_error)
        if tts.state() == QTextToSpeech.State.Error:
            self._fail(tts.errorReason(), tts.errorString())
        else:
            prefer_language(tts, cue_language())

    def _on_error(self, reason: Any, message: str) -> None:
        self._fail(reason, message)

    def _fail(self, reason: Any, message: str) -> None:
        """Initialisation/configuration errors turn speech off; a failed sentence is only logged."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        log.info("speech engine %r error %s: %s", self._engine_name, reason, message)
        fatal = (QTextToSpeech.ErrorReason.Initialization, QTextToSpeech.ErrorReason.Configuration)
        if reason not in fatal or self._reason:
            return
        if self._engine_name == "speechd":
            self._reason = _missing_engine_reason(self._engine_name)
        else:
            self._reason = translate(
                "speech", "The speech engine '{engine}' could not start ({error})"
            ).format(engine=self._engine_name, error=message)
        self.availability_changed.emit(False)
