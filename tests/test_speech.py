"""Spoken cues through QTextToSpeech's "mock" engine, which reports every word it "says"."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import cue_samples as samples
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

from desktop.model.cues import FINISHED_TEXT
from desktop.model.routine import (
    Phase,
    Side,
)
from desktop.model.session_events import (
    Countdown,
    Finished,
    Halfway,
    ItemKind,
    ItemStarted,
    Paused,
    PauseReason,
    PhaseChanged,
    PlanItem,
    SessionEvent,
    SidesSwitched,
    Started,
    Stopped,
    StopReason,
)
from desktop.qt.speech import SpeechCues, prefer_english

# the shared samples, with the phase words these tests listen for
CIRCLES = samples.CIRCLES._replace(
    phases=(Phase("clockwise", 10, ""), Phase("counter-clockwise", 10, "Now counter-clockwise")),
)
PRESS = samples.PRESS._replace(
    cue="Press into the hollow",
    phases=(Phase("hold", 8, ""), Phase("release", 4, "Slowly release")),
)

RIGHT_CIRCLES = PlanItem(0, ItemKind.STEP, Side.RIGHT, 20.0, CIRCLES, 1)
RIGHT_PRESS = PlanItem(1, ItemKind.STEP, Side.RIGHT, 12.0, PRESS, 2)
SWITCH = PlanItem(2, ItemKind.SWITCH_SIDES, Side.LEFT, 10.0)
LEFT_CIRCLES = PlanItem(3, ItemKind.STEP, Side.LEFT, 20.0, CIRCLES, 1)
PLAN = (RIGHT_CIRCLES, RIGHT_PRESS, SWITCH, LEFT_CIRCLES)


def words(*texts: str) -> list[str]:
    """What the mock engine reports for these texts: their words, punctuation dropped."""
    return [w for text in texts for w in re.findall(r"\w+", text)]


@pytest.fixture
def speech(qapp) -> Iterator[SpeechCues]:
    cues = SpeechCues(engine="mock")
    engine_of(cues).setRate(1.0)  # the mock engine's fastest: 50 ms a word
    yield cues
    cues.stop()


def engine_of(cues: SpeechCues) -> QTextToSpeech:
    engine = cues.findChild(QTextToSpeech)
    assert engine is not None
    return engine


@pytest.fixture
def heard(speech: SpeechCues) -> list[str]:
    """Every word the engine speaks, in order."""
    said: list[str] = []
    engine_of(speech).sayingWord.connect(lambda word, _id, _start, _length: said.append(word))
    return said


def test_mock_engine_is_available(speech: SpeechCues) -> None:
    assert speech.available
    assert speech.unavailable_reason == ""
    assert speech.engine == "mock"


def test_a_session_is_narrated_in_order_without_ticks(qtbot, speech: SpeechCues, heard: list[str]) -> None:
    # The engine's order: a switch item brings ItemStarted + SidesSwitched; a phased step also brings
    # PhaseChanged for phase 0 right after ItemStarted.
    events: list[SessionEvent] = [
        Started(62.0),
        ItemStarted(0, RIGHT_CIRCLES),
        PhaseChanged(0, 0, "clockwise", ""),
        Halfway(0),
        PhaseChanged(0, 1, "counter-clockwise", "Now counter-clockwise"),
        Countdown(0, 3),
        Countdown(0, 2),
        Countdown(0, 1),
        ItemStarted(1, RIGHT_PRESS),
        PhaseChanged(1, 1, "release", "Slowly release"),
        ItemStarted(2, SWITCH),
        SidesSwitched(Side.LEFT),
        ItemStarted(3, LEFT_CIRCLES),
        Finished(62.0, 4),
    ]
    engine = engine_of(speech)
    for event in events:
        speech.on_event(event, PLAN)
        # Real steps last far longer than their cue: let each finish as it would in a session.
        qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=30_000)
    expected = words(
        "Start with your right foot.",
        "Thumb circles round the inner ankle bone",
        "Now counter-clockwise",
        "Press into the hollow",
        "Slowly release",
        "Switch to your left foot.",
        "Thumb circles round the inner ankle bone",
        FINISHED_TEXT,
    )
    assert heard == expected


def test_words_leading_into_an_item_are_never_cut(qtbot, speech: SpeechCues, heard: list[str]) -> None:
    speech.on_event(Started(60.0), PLAN)
    speech.on_event(ItemStarted(0, RIGHT_CIRCLES), PLAN)
    expected = words("Start with your right foot.", "Thumb circles round the inner ankle bone")
    qtbot.waitUntil(lambda: len(heard) >= len(expected), timeout=30_000)
    assert heard == expected

    heard.clear()
    speech.on_event(ItemStarted(2, SWITCH), PLAN)
    speech.on_event(SidesSwitched(Side.LEFT), PLAN)
    speech.on_event(ItemStarted(3, LEFT_CIRCLES), PLAN)  # "next" pressed during the switch pause
    expected = words("Switch to your left foot.", "Thumb circles round the inner ankle bone")
    qtbot.waitUntil(lambda: len(heard) >= len(expected), timeout=30_000)
    assert heard == expected


def test_skipping_ahead_drops_stale_words(qtbot, speech: SpeechCues, heard: list[str]) -> None:
    speech.on_event(ItemStarted(0, RIGHT_CIRCLES))
    speech.on_event(ItemStarted(1, RIGHT_PRESS))  # the user pressed "next" straight away
    expected = words("Press into the hollow")
    qtbot.waitUntil(lambda: len(heard) >= len(expected), timeout=30_000)
    assert heard == expected


def test_stopping_for_pain_cuts_speech_at_once(speech: SpeechCues) -> None:
    speech.say("A long sentence that is still being read out when the user stops")
    assert engine_of(speech).state() == QTextToSpeech.State.Speaking
    speech.on_event(Stopped(StopReason.PAIN, 10.0, 0))
    assert engine_of(speech).state() == QTextToSpeech.State.Ready


def test_pause_cuts_speech(speech: SpeechCues) -> None:
    speech.say("Something long enough to still be speaking")
    speech.on_event(Paused(PauseReason.USER))
    assert engine_of(speech).state() == QTextToSpeech.State.Ready


def test_an_engine_set_to_another_language_is_switched_to_english(speech: SpeechCues) -> None:
    engine = engine_of(speech)
    engine.setLocale(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    assert engine.locale().language() == QLocale.Language.Finnish
    prefer_english(engine)
    assert engine.locale().language() == QLocale.Language.English


def test_disabled_speech_says_nothing(speech: SpeechCues) -> None:
    speech.say("Cut me off")
    speech.set_enabled(False)
    assert not speech.enabled
    assert engine_of(speech).state() == QTextToSpeech.State.Ready
    assert speech.say("Hello") is False
    speech.on_event(Finished(10.0, 1))
    assert engine_of(speech).state() == QTextToSpeech.State.Ready

    speech.set_enabled(True)
    assert speech.say("Hello") is True


def test_blank_text_is_not_spoken(speech: SpeechCues) -> None:
    assert speech.say("   \n ") is False
    assert engine_of(speech).state() == QTextToSpeech.State.Ready


def test_an_unknown_engine_is_quiet_with_a_reason(qapp) -> None:
    cues = SpeechCues(engine="no-such-engine")
    assert not cues.available
    assert cues.unavailable_reason == "The speech engine 'no-such-engine' is not installed"
    assert cues.say("Hello") is False
    cues.on_event(Finished(1.0, 1))
    cues.stop()


def test_missing_speechd_plugin_suggests_speech_dispatcher(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    cues = SpeechCues()  # the default engine
    assert cues.engine == "speechd"
    assert cues.unavailable_reason == "No speech engine is installed (install speech-dispatcher)"
    assert cues.say("Hello") is False


def test_speechd_that_cannot_start_is_quiet_with_a_reason(qapp) -> None:
    """On a machine without speech-dispatcher the speechd plug-in loads but fails: quiet, never broken."""
    cues = SpeechCues(engine="speechd")
    if cues.available:
        pytest.skip("speech-dispatcher works on this machine")
    assert cues.unavailable_reason == "No speech engine is installed (install speech-dispatcher)"
    assert cues.say("Hello") is False


def test_qttexttospeech_failing_to_import_is_quiet(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    cues = SpeechCues(engine="mock")
    assert not cues.available
    assert "could not be loaded" in cues.unavailable_reason
    assert cues.say("Hello") is False
