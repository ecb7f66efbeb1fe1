"""Keeping QtMultimedia quiet, set before the app's QApplication exists (desktop.startup).

Apart from desktop.qt.sound so that setting it up loads nothing of the sound cues before the first paint.
"""

from __future__ import annotations

MULTIMEDIA_LOG_RULES = "qt.multimedia*=false"
"""Qt logging rules that keep QtMultimedia's start-up chatter off stderr: the symbol resolver's
"Couldn't load pipewire-0.3/va library" lines and the FFmpeg backend's version banner (both in
qt.multimedia.* categories; checked with Qt 6.11.3). Rules must be set before QtMultimedia loads.
A person who wants them back sets QT_LOGGING_RULES, which Qt ranks above these."""

NO_DEVICE_MESSAGES = (
    # uncategorised warnings from QtMultimedia when there is no sound server or device; the app
    # already says "Sound is off: ..." itself (SoundCues.unavailable_reason)
    "PulseAudioService: pa_context_connect() failed",
    "QSoundEffect: playback of this format is not supported on the selected audio device",
)


def quiet_multimedia_logging() -> None:
    """Set MULTIMEDIA_LOG_RULES (the app calls this before its QApplication exists)."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(MULTIMEDIA_LOG_RULES)
