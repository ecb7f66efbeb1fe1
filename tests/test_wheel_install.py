"""A plain, non-editable install of the wheel finds its assets and routines (invariant 8).

The wheel is built from this checkout and installed with `pip install --no-deps --target`, then run from
a folder outside the checkout with that target first on the path, so nothing can come from the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("ankle_guide-*.whl")
    return built


def test_wheel_ships_assets_and_routines(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "desktop/_data/assets/zones.toml",
        "desktop/_data/assets/svg/medial.svg",
        "desktop/_data/assets/sounds/step.wav",
        "desktop/_data/routines/standard.toml",
        "desktop/_data/assets/icons/app.svg",
    ):
        assert needed in names
    assert not any(n.startswith("desktop/_data/assets/svg/drawing") for n in names)


def test_installed_wheel_runs_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
        )

    where = run(
        "-c",
        "import desktop, desktop.resources as r; print(desktop.__file__); "
        "print(r.resource('assets/zones.toml'))",
    )
    assert where.returncode == 0, where.stderr
    module_file, zones_file = where.stdout.split()
    assert module_file.startswith(str(target))
    assert zones_file.startswith(str(target)) and "_data" in zones_file

    listed = run("-m", "desktop", "--list-routines")
    assert listed.returncode == 0, listed.stderr
    assert {line.split("\t")[0] for line in listed.stdout.splitlines()} >= {
        "standard",
        "tension-relief",
        "full-session",
        "quick-break",
    }

    shot = tmp_path / "shot.png"
    rendered = run("-m", "desktop", "--screenshot", str(shot), "--routine", "standard", "--step", "2")
    assert rendered.returncode == 0, rendered.stderr
    assert shot.stat().st_size > 10_000
