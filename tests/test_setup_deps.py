"""Set-up asks only for what it needs: packaging/debian-deps.sh, the Makefile targets and the README.

The script runs for real against stand-in commands (dpkg-query, id, sudo, apt-get) on a PATH of their
own, which record what they were asked: nothing is installed or looked up on this machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "packaging" / "debian-deps.sh"


def group(name: str) -> list[str]:
    out = subprocess.run(["bash", str(SCRIPT), "--list", name], capture_output=True, text=True, check=True)
    return out.stdout.split()


def _quick_start() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Quick start.*?(?=^## )", text, flags=re.MULTILINE | re.DOTALL)
    assert match, "README has no Quick start section"
    return match.group(0)


@pytest.mark.parametrize("name", ["setup", "runtime", "test-tools", "deb-tools"])
def test_readme_quick_start_lists_each_group_exactly_as_the_script_installs_it(name: str) -> None:
    packages = " ".join(group(name))
    assert f"`{packages}`" in _quick_start(), (
        f"README Quick start does not list the {name} group as: {packages}"
    )


def test_readme_names_make_and_python3_venv_and_the_groups_do_not_overlap() -> None:
    assert group("setup") == ["make", "python3-venv"]
    runtime, tools = set(group("runtime")), set(group("test-tools")) | set(group("deb-tools"))
    assert not runtime & tools
    assert set(group("test")) == runtime | tools  # make test: everything the tests use
    assert {"xvfb", "xdotool", "x11-apps", "imagemagick", "lintian"} <= tools


class FakeSystem:
    """Stand-ins for dpkg-query, id, sudo and apt-get on a PATH with nothing else on it."""

    def __init__(self, root: Path, *, installed: set[str] | None, uid: int, sudo: str | None) -> None:
        self.bin = root / "bin"
        self.bin.mkdir()
        self.log = root / "calls.log"
        self.log.touch()
        for tool in ("grep",):
            (self.bin / tool).symlink_to(shutil.which(tool))
        everything = installed is None
        known = " ".join(sorted(installed or ()))
        self._script(
            "dpkg-query",
            f'pkg="${{@: -1}}"; if [ {int(everything)} = 1 ] || [[ " {known} " == *" $pkg "* ]]; then '
            'printf "install ok installed"; else exit 1; fi',
        )
        self._script("id", f"echo {uid}")
        self._script("apt-get", f'echo "apt-get $*" >> {self.log}')
        if sudo == "works":
            self._script("sudo", f'echo "sudo $*" >> {self.log}; "$@"')
        elif sudo == "refused":
            self._script("sudo", f'echo "sudo refused" >> {self.log}; exit 1')

    def _script(self, name: str, body: str) -> None:
        path = self.bin / name
        path.write_text(f"#!/bin/bash\n{body}\n")
        path.chmod(0o755)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": str(self.bin), "HOME": os.environ.get("HOME", "/tmp")}
        return subprocess.run(
            ["/bin/bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False
        )

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines()


def test_runtime_libraries_present_installs_nothing_and_asks_no_sudo(tmp_path: Path) -> None:
    fake = FakeSystem(tmp_path, installed=set(group("runtime")), uid=1000, sudo="works")
    result = fake.run("runtime")
    assert result.returncode == 0, result.stderr
    assert fake.calls() == []
    assert result.stdout == result.stderr == ""


def test_make_run_installs_nothing_when_the_runtime_libraries_are_there(tmp_path: Path) -> None:
    """`make run` itself, as a person types it, with its venv already made: it only starts the app."""
    if not (REPO / ".venv" / "bin" / "ankle-guide").exists():
        pytest.skip("needs the checkout's .venv (make .venv/.installed)")
    fake = FakeSystem(tmp_path, installed=set(group("runtime")), uid=1000, sudo="works")
    make = shutil.which("make")
    assert make, "make is not installed"
    env = {**os.environ, "PATH": f"{fake.bin}:{os.environ['PATH']}"}
    result = subprocess.run(
        [make, "--no-print-directory", "-o", ".venv/.installed", "run", "ARGS=--version"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ankle-guide " in result.stdout
    assert fake.calls() == []


def test_make_run_asks_for_runtime_libraries_only_and_make_test_for_the_tools() -> None:
    make = shutil.which("make")
    assert make, "make is not installed"
    dry = {
        target: subprocess.run(
            [make, "-n", "--no-print-directory", "-o", ".venv/.installed", target],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for target in ("run", "test", "deb")
    }
    assert "bash packaging/debian-deps.sh runtime\n" in dry["run"]
    assert "debian-deps.sh test" not in dry["run"] and "debian-deps.sh deb" not in dry["run"]
    assert "bash packaging/debian-deps.sh test\n" in dry["test"]
    assert "bash packaging/debian-deps.sh deb\n" in dry["deb"]


def test_without_sudo_it_prints_the_exact_apt_get_line_and_stops(tmp_path: Path) -> None:
    runtime = group("runtime")
    fake = FakeSystem(tmp_path, installed=set(runtime) - {"libxcb-cursor0", "libpulse0"}, uid=1000, sudo=None)
    result = fake.run("runtime")
    assert result.returncode == 1
    assert "  sudo apt-get install --no-install-recommends libpulse0 libxcb-cursor0\n" in result.stderr
    assert "sudo is not available" in result.stderr
    assert fake.calls() == []


def test_when_sudo_is_refused_it_prints_the_line_and_stops(tmp_path: Path) -> None:
    fake = FakeSystem(tmp_path, installed=set(group("runtime")) - {"libegl1"}, uid=1000, sudo="refused")
    result = fake.run("runtime")
    assert result.returncode == 1
    assert "  sudo apt-get install --no-install-recommends libegl1\n" in result.stderr
    assert fake.calls() == ["sudo refused"]  # asked once, then stopped: no install attempted without it


def test_with_sudo_it_installs_exactly_the_missing_packages(tmp_path: Path) -> None:
    fake = FakeSystem(tmp_path, installed=set(group("runtime")) - {"libegl1"}, uid=1000, sudo="works")
    result = fake.run("runtime")
    assert result.returncode == 0, result.stderr
    assert fake.calls() == [
        "sudo apt-get update -qq",
        "apt-get update -qq",
        "sudo apt-get install --no-install-recommends libegl1 -y -qq",
        "apt-get install --no-install-recommends libegl1 -y -qq",
    ]


def test_as_root_make_test_gets_every_tool_without_sudo(tmp_path: Path) -> None:
    fake = FakeSystem(tmp_path, installed=set(group("runtime")), uid=0, sudo=None)
    result = fake.run("test")
    assert result.returncode == 0, result.stderr
    tools = " ".join(group("test-tools") + group("deb-tools"))
    assert fake.calls() == ["apt-get update -qq", f"apt-get install --no-install-recommends {tools} -y -qq"]
