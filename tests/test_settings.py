"""Settings: the typed AppSettings rules (no Qt) and the QSettings-backed store on an INI file in tmp_path."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from desktop.model.routine import SidePlan
from desktop.model.settings import AppSettings
from desktop.qt.settings_store import SettingsStore

# ---- the model -----------------------------------------------------------------------------------


def test_defaults_are_a_gentle_first_run() -> None:
    s = AppSettings()
    assert s.last_routine is None
    assert s.side is SidePlan.BOTH
    assert s.pace == 1.0
    assert (s.sound, s.speech, s.get_ready, s.labels) == (True, False, True, False)
    assert s.get_ready_seconds == 5
    assert s.view == "medial"
    assert s.safety_checked_on is None
    assert s.validated() == s


@pytest.mark.parametrize(
    ("pace", "expected"),
    [(0.1, 0.75), (0.75, 0.75), (1.25, 1.25), (1.5, 1.5), (9.0, 1.5), (math.nan, 1.0), (math.inf, 1.0)],
)
def test_pace_is_clamped_into_the_offered_range(pace: float, expected: float) -> None:
    assert AppSettings(pace=pace).validated().pace == expected


def test_bad_values_are_repaired_not_kept() -> None:
    bad = AppSettings(
        last_routine="  ",
        side="sideways",  # type: ignore[arg-type]
        sound="maybe",  # type: ignore[arg-type]
        get_ready_seconds=900,
        view="top-down",
        safety_checked_on="2025-02-30",
    ).validated()
    assert bad.last_routine is None
    assert bad.side is SidePlan.BOTH
    assert bad.sound is True
    assert bad.get_ready_seconds == 30
    assert bad.view == "medial"
    assert bad.safety_checked_on is None


def test_readable_variants_are_normalised() -> None:
    s = AppSettings(side=" LEFT ", view="Posterior", safety_checked_on="2025-03-04").validated()  # type: ignore[arg-type]
    assert s.side is SidePlan.LEFT
    assert s.view == "posterior"
    assert s.safety_checked_date() == date(2025, 3, 4)


def test_from_raw_reads_ini_strings_and_ignores_unknown_keys() -> None:
    raw = {
        "last_routine": "standard",
        "side": "right",
        "pace": "1.25",
        "sound": "false",
        "speech": "true",
        "get_ready": "0",
        "get_ready_seconds": "8",
        "view": "lateral",
        "labels": "no",
        "safety_checked_on": "2025-01-02",
        "colour_scheme": "pink",  # from a newer version: ignored
    }
    assert AppSettings.from_raw(raw) == AppSettings(
        last_routine="standard",
        side=SidePlan.RIGHT,
        pace=1.25,
        sound=False,
        speech=True,
        get_ready=False,
        get_ready_seconds=8,
        view="lateral",
        labels=False,
        safety_checked_on="2025-01-02",
    )


def test_from_raw_falls_back_per_value() -> None:
    raw = {"pace": "fast", "sound": ["a", "b"], "get_ready_seconds": "abc", "speech": True, "side": None}
    s = AppSettings.from_raw(raw)
    assert (s.pace, s.sound, s.get_ready_seconds, s.side) == (1.0, True, 5, SidePlan.BOTH)
    assert s.speech is True  # the one good value survives


def test_to_raw_then_from_raw_is_lossless() -> None:
    s = AppSettings(last_routine="quick-break", side=SidePlan.LEFT, pace=0.75, safety_checked_on="2024-12-31")
    assert AppSettings.from_raw(s.to_raw()) == s


# ---- the store -----------------------------------------------------------------------------------


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_a_missing_file_loads_the_defaults(tmp_path: Path) -> None:
    assert SettingsStore(ini(tmp_path / "none.ini")).load() == AppSettings()


def test_saved_settings_come_back_in_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    chosen = AppSettings(
        last_routine="tension-relief",
        side=SidePlan.RIGHT,
        pace=1.5,
        sound=False,
        speech=True,
        get_ready=False,
        get_ready_seconds=10,
        view="anterior",
        labels=False,
        safety_checked_on="2025-06-01",
    )
    SettingsStore(ini(path)).save(chosen)
    assert path.is_file()  # written to disk on save, not at exit
    assert SettingsStore(ini(path)).load() == chosen


def test_clearing_a_value_removes_it(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    store = SettingsStore(ini(path))
    store.save(AppSettings(last_routine="standard", safety_checked_on="2025-06-01"))
    store.save(AppSettings())
    assert SettingsStore(ini(path)).load() == AppSettings()
    assert "last_routine" not in path.read_text()


def test_a_hand_edited_file_with_bad_values_never_crashes(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text(
        "[settings]\n"
        "pace=fast\n"
        "sound=maybe\n"
        "side=@Invalid()\n"
        "view=123\n"
        "get_ready_seconds=abc\n"
        "this line has no equals sign\n"
        "labels=a, b\n"
        "speech=true\n"
        "last_routine=standard\n"
        "safety_checked_on=yesterday\n"
    )
    s = SettingsStore(ini(path)).load()
    assert s == AppSettings(speech=True, last_routine="standard")


def test_binary_garbage_loads_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_bytes(bytes(range(256)) * 8)
    assert SettingsStore(ini(path)).load() == AppSettings()


def test_window_geometry_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    blob = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00 geometry")
    SettingsStore(ini(path)).save_geometry("main-window", blob)
    again = SettingsStore(ini(path))
    assert again.restore_geometry("main-window") == blob
    assert again.restore_geometry("follow_along") is None


def test_geometry_that_is_not_bytes_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[geometry]\nmain=hello\nempty=@ByteArray()\n")
    store = SettingsStore(ini(path))
    assert store.restore_geometry("main") is None
    assert store.restore_geometry("empty") is None


@pytest.mark.parametrize("name", ["", "a/b", "../x", "x" * 65, "main window"])
def test_geometry_names_cannot_escape_their_group(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="geometry name"):
        SettingsStore(ini(tmp_path / "s.ini")).save_geometry(name, QByteArray(b"x"))
