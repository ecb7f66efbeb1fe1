"""Generate the app's cue sounds (assets/sounds/*.wav) from a few lines of arithmetic.

Why generated: the sounds stay licence-free, small and reproducible, and anyone can tweak a pitch here
and regenerate instead of hunting for a sample. Each cue is a soft bell-like chime (a sine with a quiet
octave partial, a short raised-cosine fade-in, an exponential decay and a fade-out to exact silence), so
nothing clicks. Output: 16-bit mono 44.1 kHz PCM, each file well under 60 KB.

    python packaging/make_sounds.py            # writes assets/sounds/
    python packaging/make_sounds.py --out DIR
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
MAX_SECONDS = 0.65  # 0.65 s of 16-bit mono is ~57 KB: the size budget is 60 KB per file
FADE_IN_S = 0.012
FADE_OUT_S = 0.06


@dataclass(frozen=True)
class Note:
    """One struck note of a chime."""

    freq: float
    start: float  # seconds from the start of the cue
    decay: float  # time constant of the exponential decay, seconds
    gain: float = 1.0


@dataclass(frozen=True)
class Cue:
    notes: tuple[Note, ...]
    seconds: float
    peak: float  # final peak amplitude as a fraction of full scale


# Pitches (Hz): A-major-ish, mid register, pleasant on laptop speakers.
_C5, _E5, _G5, _A5, _C6, _E6 = 523.25, 659.25, 783.99, 880.0, 1046.5, 1318.5

CUES: dict[str, Cue] = {
    # A new step: two rising notes, "ding-dong" upwards.
    "step": Cue((Note(_E5, 0.0, 0.16), Note(_A5, 0.14, 0.2)), 0.6, 0.45),
    # Halfway through a step: one gentle mid note.
    "halfway": Cue((Note(_G5, 0.0, 0.18, 1.0), Note(_C6, 0.0, 0.12, 0.25)), 0.5, 0.35),
    # The last three seconds: a very short, quiet tick.
    "tick": Cue((Note(_E6, 0.0, 0.025),), 0.12, 0.25),
    # Switch sides: three notes up then back down, clearly different from a step.
    "switch": Cue((Note(_C5, 0.0, 0.12), Note(_G5, 0.12, 0.12), Note(_C5, 0.24, 0.2)), 0.6, 0.45),
    # Finished: a rising major arpeggio that rings out.
    "finish": Cue(
        (Note(_C5, 0.0, 0.3), Note(_E5, 0.09, 0.3), Note(_G5, 0.18, 0.3), Note(_C6, 0.27, 0.3)), 0.65, 0.45
    ),
}


def _raised_cosine(x: float) -> float:
    """0 → 1 over x in [0, 1], with zero slope at both ends (no click)."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(x, 0.0), 1.0))


def render(cue: Cue) -> array:
    """The cue as signed 16-bit samples."""
    if not 0 < cue.seconds <= MAX_SECONDS:
        raise ValueError(f"a cue must last 0–{MAX_SECONDS} s, got {cue.seconds}")
    n = round(cue.seconds * RATE)
    mix = [0.0] * n
    for note in cue.notes:
        first = round(note.start * RATE)
        for i in range(first, n):
            t = (i - first) / RATE
            envelope = _raised_cosine(t / FADE_IN_S) * math.exp(-t / note.decay)
            phase = 2 * math.pi * note.freq * t
            # Fundamental plus a quiet octave partial that dies away faster: a soft bell colour.
            tone = math.sin(phase) + 0.18 * math.sin(2 * phase) * math.exp(-t / (note.decay / 2))
            mix[i] += note.gain * envelope * tone
    fade_out = round(FADE_OUT_S * RATE)
    for k in range(fade_out):
        mix[n - 1 - k] *= _raised_cosine(k / fade_out)
    loudest = max(abs(v) for v in mix) or 1.0
    scale = cue.peak * 32767 / loudest
    return array("h", (round(v * scale) for v in mix))


def write_wav(path: Path, samples: array) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        if sys.byteorder != "little":
            samples = array("h", samples)
            samples.byteswap()
        out.writeframes(samples.tobytes())


def write_all(out_dir: Path) -> list[Path]:
    """Write every cue as `<name>.wav` into out_dir; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, cue in CUES.items():
        path = out_dir / f"{name}.wav"
        write_wav(path, render(cue))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parent.parent / "assets" / "sounds"
    parser.add_argument("--out", type=Path, default=default_out, help="folder to write into")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(f"{path}  {path.stat().st_size / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
