"""Cue sounds: the shipped wav files, and SoundCues staying quiet (never broken) when sound cannot work."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
import wave
import zipfile
from array import array
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QObject, QUrl, Signal

from desktop import resources
from desktop.model.cues import CUE_NAMES
from desktop.model.routine import Side
from desktop.model.session_events import Countdown, ItemKind, ItemStarted, Paused, PauseReason, PlanItem
from desktop.qt import sound
from desktop.qt.sound import SoundCues

REPO = Path(__file__).resolve().parent.parent


def read_wav(path: Path) -> tuple[wave._wave_params, array]:
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        samples = array("h", w.readframes(w.getnframes()))
    if sys.byteorder != "little":
        samples.byteswap()
    return params, samples


def load_generator(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """packaging/make_sounds.py is a script, not part of the package: load it by path."""
    spec = importlib.util.spec_from_file_location("make_sounds", REPO / "packaging" / "make_sounds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_sounds", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


# ---- the shipped files ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", CUE_NAMES)
def test_each_cue_ships_as_a_small_soft_wav(name: str) -> None:
    node = resources.resource(f"assets/sounds/{name}.wav")
    assert node.is_file()
    data = node.read_bytes()
    assert len(data) < 60 * 1024
    path = Path(str(node))
    params, samples = read_wav(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    peak = max(abs(s) for s in samples)
    assert 0.15 * 32767 < peak < 0.6 * 32767  # clearly audible, far from clipping
    # Fades in from and out to silence, so it never clicks.
    assert abs(samples[0]) < 50
    assert abs(samples[-1]) < 50


def test_the_tick_is_the_shortest_and_quietest_cue() -> None:
    """It plays three times in a row at the end of every step: it must stay unobtrusive."""
    samples = {n: read_wav(Path(str(resources.resource(f"assets/sounds/{n}.wav"))))[1] for n in CUE_NAMES}
    assert min(samples, key=lambda n: len(samples[n])) == "tick"
    assert min(samples, key=lambda n: max(abs(s) for s in samples[n])) == "tick"


def test_committed_sounds_match_the_generator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tweak to packaging/make_sounds.py must be followed by regenerating assets/sounds."""
    written = load_generator(monkeypatch).write_all(tmp_path)
    assert sorted(p.stem for p in written) == sorted(CUE_NAMES)
    for path in written:
        _, fresh = read_wav(path)
        _, shipped = read_wav(REPO / "assets" / "sounds" / path.name)
        assert len(fresh) == len(shipped), path.name
        assert max(abs(a - b) for a, b in zip(fresh, shipped, strict=True)) <= 1, path.name  # libm rounding


# ---- SoundCues with stand-in effects -------------------------------------------------------------


class FakeEffect(QObject):
    """Records what SoundCues asks of a QSoundEffect."""

    statusChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = QUrl()
        self.volume = -1.0
        self.plays = 0
        self.stops = 0
        self.state = "Ready"

    def setSource(self, url: QUrl) -> None:
        self.source = url

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> object:
        return type("Status", (), {"name": self.state})()

    def play(self) -> None:
        self.plays += 1

    def stop(self) -> None:
        self.stops += 1

    def fail(self) -> None:
        self.state = "Error"
        self.statusChanged.emit()


class Factory:
    def __init__(self) -> None:
        self.made: list[FakeEffect] = []

    def __call__(self, parent: QObject) -> FakeEffect:
        effect = FakeEffect(parent)
        self.made.append(effect)
        return effect

    def by_name(self, name: str) -> FakeEffect:
        return next(e for e in self.made if Path(e.source.toLocalFile()).stem == name)


@pytest.fixture
def factory(qapp) -> Factory:
    return Factory()


def test_every_cue_loads_from_a_real_file(factory: Factory) -> None:
    cues = SoundCues(effect_factory=factory)
    assert cues.available
    assert cues.unavailable_reason == ""
    assert sorted(Path(e.source.toLocalFile()).stem for e in factory.made) == sorted(CUE_NAMES)
    assert all(Path(e.source.toLocalFile()).is_file() for e in factory.made)


def test_play_starts_the_named_sound(factory: Factory) -> None:
    cues = SoundCues(effect_factory=factory)
    assert cues.play("halfway") is True
    assert factory.by_name("halfway").plays == 1
    assert sum(e.plays for e in factory.made) == 1


def test_mute_silences_and_unmute_restores(factory: Factory) -> None:
    cues = SoundCues(effect_factory=factory)
    cues.set_muted(True)
    assert cues.muted
    assert cues.play("step") is False
    assert factory.by_name("step").plays == 0
    assert factory.by_name("finish").stops >= 1  # a sound already playing is cut too
    assert cues.available  # muted is a choice, not a fault

    cues.set_muted(False)
    assert cues.play("step") is True
    assert factory.by_name("step").plays == 1


def test_unknown_cue_is_ignored(factory: Factory) -> None:
    cues = SoundCues(effect_factory=factory)
    assert cues.play("fanfare") is False
    assert sum(e.plays for e in factory.made) == 0


def test_session_events_play_their_cues(factory: Factory) -> None:
    cues = SoundCues(effect_factory=factory)
    switch = PlanItem(3, ItemKind.SWITCH_SIDES, Side.LEFT, 10.0)
    cues.on_event(Countdown(2, 3))
    cues.on_event(ItemStarted(3, switch))  # the switch sound comes with SidesSwitched, not here
    cues.on_event(Paused(PauseReason.USER))
    assert factory.by_name("tick").plays == 1
    assert sum(e.plays for e in factory.made) == 1


def test_a_missing_file_makes_only_that_cue_quiet(factory: Factory, tmp_path: Path) -> None:
    sources = {name: resources.resource(f"assets/sounds/{name}.wav") for name in CUE_NAMES}
    sources["tick"] = tmp_path / "gone.wav"
    cues = SoundCues(sources=sources, effect_factory=factory)
    assert not cues.available
    assert "tick.wav" in cues.unavailable_reason
    assert cues.play("tick") is False
    assert cues.play("step") is True


def test_sounds_inside_a_zip_are_played_from_a_temporary_copy(factory: Factory, tmp_path: Path) -> None:
    """A zipped install has no real file for QUrl.fromLocalFile: a copy is made, and removed on close()."""
    wav = (REPO / "assets" / "sounds" / "switch.wav").read_bytes()
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("sounds/switch.wav", wav)
    with zipfile.ZipFile(archive) as z:
        cues = SoundCues(sources={"switch": zipfile.Path(z, "sounds/switch.wav")}, effect_factory=factory)
        (effect,) = factory.made
        copy = Path(effect.source.toLocalFile())
        assert copy.read_bytes() == wav
        assert cues.play("switch") is True
        cues.close()
    assert not copy.exists()


def test_an_effect_that_fails_to_load_goes_quiet_and_says_so(qtbot, factory: Factory) -> None:
    cues = SoundCues(effect_factory=factory)
    with qtbot.waitSignal(cues.availability_changed) as blocker:
        factory.by_name("finish").fail()
    assert blocker.args == [False]
    assert not cues.available
    assert "finish" in cues.unavailable_reason
    assert cues.play("finish") is False
    assert factory.by_name("finish").plays == 0


def test_a_backend_that_raises_on_play_is_contained(factory: Factory) -> None:
    cues = SoundCues(effect_factory=factory)

    def explode() -> None:
        raise RuntimeError("device vanished")

    factory.by_name("step").play = explode  # type: ignore[method-assign]
    assert cues.play("step") is False


# ---- SoundCues with the real QtMultimedia ---------------------------------------------------------


def test_real_effects_never_raise(qapp) -> None:
    cues = SoundCues()
    assert cues.available or cues.unavailable_reason  # quiet only with a reason
    for name in CUE_NAMES:
        cues.play(name)
    cues.set_muted(True)
    cues.play("step")
    cues.close()


def test_real_effects_point_at_the_packaged_files(qapp) -> None:
    from PySide6.QtMultimedia import QSoundEffect

    made: list[QSoundEffect] = []

    def real(parent: QObject) -> QSoundEffect:
        made.append(QSoundEffect(parent))
        return made[-1]

    SoundCues(effect_factory=real)
    assert sorted(Path(e.source().toLocalFile()).name for e in made) == sorted(f"{n}.wav" for n in CUE_NAMES)
    assert all(Path(e.source().toLocalFile()).is_file() for e in made)


def test_no_audio_device_means_quiet_with_a_reason(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "has_audio_output", lambda: False)
    cues = SoundCues()
    assert not cues.available
    assert cues.unavailable_reason == "Sound is off: no audio output device was found"
    assert cues.play("step") is False


def test_qtmultimedia_failing_to_import_means_quiet_with_a_reason(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the next import raises ImportError
    cues = SoundCues()
    assert not cues.available
    assert "Qt Multimedia could not be loaded" in cues.unavailable_reason
    assert cues.play("finish") is False
    cues.set_muted(True)
    cues.close()


# ---- optional: prove a cue really sounds, by recording a PulseAudio null sink ---------------------

_PLAYER = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from desktop.qt.sound import SoundCues

app = QCoreApplication([])
cues = SoundCues()
cues.set_muted(sys.argv[2] == "muted")
def go():
    print("played", cues.play(sys.argv[1]), cues.unavailable_reason, flush=True)
    QTimer.singleShot(1500, app.quit)  # let the sound finish before exiting
QTimer.singleShot(300, go)  # let the effect load
app.exec()
"""


@pytest.fixture
def null_sink(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server with one null sink; its monitor is what the "speakers" hear."""
    if os.environ.get("ANKLE_GUIDE_AUDIO_TEST") != "1":
        pytest.skip("records real audio (timing-sensitive on a loaded machine); set ANKLE_GUIDE_AUDIO_TEST=1")
    if not (shutil.which("pulseaudio") and shutil.which("parecord")):
        pytest.skip("pulseaudio and pulseaudio-utils are not installed")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime / "pulse")}
    args = [
        "pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--disable-shm=yes",
        "--load=module-native-protocol-unix", "--load=module-null-sink sink_name=nullsink",
    ]  # fmt: skip
    with subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as server:
        try:
            deadline = time.monotonic() + 20
            while not (runtime / "pulse" / "native").exists():
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.skip("pulseaudio did not start here")
                time.sleep(0.05)
            yield env
        finally:
            server.terminate()


def record_peak(env: dict[str, str], out: Path, cue: str, muted: bool) -> tuple[float, str]:
    recorder_args = ["parecord", "-d", "nullsink.monitor", "--file-format=wav", str(out)]
    with subprocess.Popen(recorder_args, env=env) as recorder:
        try:
            player = subprocess.run(
                [sys.executable, "-c", _PLAYER, cue, "muted" if muted else "loud"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
        finally:
            recorder.terminate()
    _, samples = read_wav(out)
    return max((abs(s) for s in samples), default=0) / 32767, player.stdout


@pytest.mark.slow
def test_a_cue_is_really_heard_and_mute_really_silences(null_sink: dict[str, str], tmp_path: Path) -> None:
    peak, said = record_peak(null_sink, tmp_path / "loud.wav", "finish", muted=False)
    assert said.startswith("played True"), said
    assert peak > 0.1

    peak, said = record_peak(null_sink, tmp_path / "muted.wav", "finish", muted=True)
    assert said.startswith("played False"), said
    assert peak < 0.01
