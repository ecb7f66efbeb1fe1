"""When and how fast the diagram's pulse and motion cues move: a frame clock and an animation policy.

Why not a QVariantAnimation: every running QAbstractAnimation is ticked by Qt's shared animation timer
at ~60 Hz, whatever the frame rate wanted, and each tick wakes the process (and passes through any
application-wide event filter). One QTimer at the policy's frame rate wakes it only for frames it
draws, and it runs only while something moves (invariant 2).

Policy: `burst_s` seconds of motion after each change the person should see (a new step, a phase that
turns the other way, resuming, the pointer coming onto the drawing, the widget shown again), then a
still frame; or `burst_s=None` for motion for as long as the session runs (follow-along).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

PULSE_MS = 1600
PULSE_HOLD = 0.05  # levels this close to either end rest at the end (see pulse_level)
BURST_S = 3.2  # two pulse beats, and at least one whole loop of every cue pattern: then hold still
MAIN_FPS = 12  # enough for slow hand motions, close up
TIMER_NAME = "diagram_frames"


def pulse_level(frame: int, fps: int) -> float:
    """Glow strength 0..1 at `frame`: full at frame 0 and after every whole beat, faintest mid-beat.

    Whole frames per beat, so a burst of whole beats ends on the full glow the still frame shows.
    Within PULSE_HOLD of either end the level rests there: the cosine barely moves near its ends (a
    2 % change of the zone's opacity at 10 frames a second), and a frame whose level is unchanged
    repaints nothing of the zone, which at 4K is most of a frame's cost (issue 19). A level recurs
    exactly, so the view's backdrop can keep each one composed (desktop.ui.pixel_cache.Backdrop)."""
    beat = max(2, round(PULSE_MS * fps / 1000))
    step = min(frame % beat, beat - frame % beat)  # the same level, to the bit, on the way down and up
    level = 0.5 + 0.5 * math.cos(2 * math.pi * step / beat)
    return 1.0 if level > 1 - PULSE_HOLD else 0.0 if level < PULSE_HOLD else level


def loop_progress(frame: int, fps: int, loop_s: float) -> float:
    """Progress 0..1 through a cue loop of `loop_s` seconds, in whole frames per loop, so the same
    few frames recur and each cue can keep the ones it has drawn."""
    frames = max(1, round(loop_s * fps))
    return (frame % frames) / frames


class DiagramAnimator(QObject):
    """Runs the frame timer while the diagram is live, has something to move and the policy allows.

    The diagram supplies three callbacks: `live()` (shown, not paused, something highlighted),
    `show_frame(frame, fps)` (draw frame number `frame`) and `hold_still()` (full glow, cues at rest).
    """

    def __init__(
        self,
        parent: QObject,
        live: Callable[[], bool],
        show_frame: Callable[[int, int], None],
        hold_still: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._live = live
        self._show_frame = show_frame
        self._hold_still = hold_still
        self._burst_s: float | None = BURST_S
        self._fps = MAIN_FPS
        self._due = False  # a change the person has not yet seen move
        self._last = -1
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setObjectName(TIMER_NAME)
        self._timer.timeout.connect(self._tick)

    @property
    def policy(self) -> tuple[float | None, int]:
        return self._burst_s, self._fps

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_policy(self, burst_s: float | None, fps: int) -> None:
        if burst_s is not None and not burst_s > 0:
            raise ValueError(f"burst_s must be positive or None, not {burst_s!r}")
        if int(fps) < 1:
            raise ValueError(f"fps must be at least 1, not {fps!r}")
        self._burst_s, self._fps = burst_s, int(fps)
        self.replay()

    def replay(self) -> None:
        """Something changed: move again from the first frame (once live)."""
        self._timer.stop()
        self._due = True
        self.sync()

    def nudge(self) -> None:
        """A request to see the motion that does not restart one already playing."""
        if not self.running:
            self.replay()

    def sync(self) -> None:
        """Start or stop the timer to match the diagram's state; show the still frame when stopped."""
        wanted = self._live() and (self._burst_s is None or self._due)
        if wanted and not self.running:
            self._since.start()
            self._last = -1
            self._timer.start(max(1, round(1000 / self._fps)))
            self._tick()
        elif not wanted and self.running:
            self._timer.stop()
        if not wanted:
            self._hold_still()

    def _tick(self) -> None:
        elapsed = self._since.elapsed()
        if self._burst_s is not None and elapsed >= self._burst_s * 1000:
            self._due = False
            self.sync()
            return
        frame = round(elapsed * self._fps / 1000)  # from the clock, so late ticks never add up
        if frame != self._last:
            self._last = frame
            self._show_frame(frame, self._fps)
