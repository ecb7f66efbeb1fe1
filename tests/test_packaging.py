"""Desktop integration a user meets before the app even starts: menu entry, icon, store metadata, installer.

The validators (desktop-file-validate, appstreamcli) come from Debian's desktop-file-utils and appstream,
which packaging/debian-deps.sh installs; a test that needs one is skipped, saying so, only when it is absent.
The bundle test builds the real PyInstaller bundle (1-2 minutes) and runs only with
ANKLE_GUIDE_BUNDLE_TEST=1.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import time
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from defusedxml import ElementTree

from desktop import APP_ID, APP_NAME

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SVG = PACKAGING / "icons" / f"{APP_ID}.svg"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: packaging/debian-deps.sh installs it)")
    return path


def _png_header(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk (colour type 6 = RGBA)."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert data[12:16] == b"IHDR", f"{path} has no IHDR chunk first"
    width, height, _depth, colour_type = struct.unpack(">IIBB", data[16:26])
    return width, height, colour_type


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _metainfo_releases() -> list[tuple[str, str]]:
    root = ElementTree.parse(METAINFO).getroot()
    return [(r.get("version"), r.get("date")) for r in root.iterfind("releases/release")]


def _changelog_releases() -> list[tuple[str, str]]:
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d[^\]]*)\] - (\d{4}-\d{2}-\d{2})$", text, flags=re.MULTILINE)


def _render_icons_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- desktop entry and AppStream metadata ---------------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"\b(error|warning):", result.stdout + result.stderr), result.stdout


def test_desktop_entry_starts_the_command_with_the_app_icon() -> None:
    entry = _desktop_entry(DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == "ankle-guide"
    assert entry["Icon"] == APP_ID  # the name the installed icons carry, so the menu shows our icon
    assert entry["Terminal"] == "false"
    assert "massage" in entry["Keywords"].split(";")


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_and_launches_its_desktop_entry() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("project_license") == "MIT"
    assert root.find("launchable").text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "ankle-guide"
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_release_version_agrees_in_pyproject_metainfo_and_changelog() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    metainfo, changelog = _metainfo_releases(), _changelog_releases()
    assert metainfo, "the metainfo lists no release"
    assert metainfo == changelog, "metainfo <releases> and CHANGELOG.md list different versions or dates"
    assert metainfo[0][0] == pyproject["project"]["version"], "newest release is not the pyproject version"


# --- icons ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_each_size_with_transparency(size: int) -> None:
    path = PACKAGING / "icons" / f"{size}x{size}" / f"{APP_ID}.png"
    assert path.is_file(), f"missing {path.relative_to(REPO)}: run packaging/render_icons.py"
    assert _png_header(path) == (size, size, 6)


def test_icon_pngs_are_renderings_of_the_current_svg(qapp) -> None:
    """Catches an SVG edited without re-running packaging/render_icons.py."""
    from PySide6.QtGui import QImage

    render_icons = _render_icons_module()
    renderer = render_icons.load(ICON_SVG)
    for size in ICON_SIZES:
        fresh = render_icons.render_image(renderer, size).convertToFormat(QImage.Format.Format_ARGB32)
        committed = QImage(str(render_icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert fresh.size() == committed.size(), f"{size}x{size} PNG has the wrong size"
        # Qt's raster engine rounds a few anti-aliased edge pixels differently on other CPUs (±1 seen);
        # an edited drawing changes many pixels by far more than that.
        a, b = bytes(fresh.constBits()), bytes(committed.constBits())
        off = sum(1 for x, y in zip(a, b, strict=True) if abs(x - y) > 2)
        assert off == 0, f"{size}x{size} PNG out of date ({off} channels): run packaging/render_icons.py"


def test_window_icon_is_the_same_svg_as_the_desktop_icon() -> None:
    assert (REPO / "assets" / "icons" / "app.svg").read_bytes() == ICON_SVG.read_bytes()


# --- per-user install and uninstall ----------------------------------------------------------------------


def _files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def _run(script: str, env_extra: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANKLE_GUIDE_INSTALL_SKIP_APP": "1"}
    env.pop("ANKLE_GUIDE_PREFIX", None)
    env.update(env_extra)
    result = subprocess.run(
        ["bash", str(PACKAGING / script), *args], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _expected_data_files() -> set[str]:
    files = {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    }
    files |= {f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}
    return files


def test_install_user_puts_exactly_the_desktop_files_in_xdg_data_home(_fresh_user_dirs: Path) -> None:
    home = _fresh_user_dirs
    data = Path(os.environ["XDG_DATA_HOME"])
    (data / "AnkleGuide" / "ankle-guide").mkdir(parents=True)
    (data / "AnkleGuide" / "ankle-guide" / "history.sqlite3").write_bytes(b"my sessions")
    before = _files_under(home)

    _run("install-user.sh", {})
    added = _files_under(home) - before
    assert added == {str((data / f).relative_to(home)) for f in _expected_data_files()}
    assert (data / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").read_bytes() == (
        PACKAGING / "icons/48x48" / f"{APP_ID}.png"
    ).read_bytes()
    # The menu entry runs the launcher by full path: ~/.local/bin is not on every desktop session's PATH.
    installed = data / "applications" / f"{APP_ID}.desktop"
    assert _desktop_entry(installed)["Exec"] == str(home / ".local" / "bin" / "ankle-guide")

    _run("uninstall-user.sh", {})
    assert _files_under(home) == before  # the user's own history is still there


def test_installed_desktop_entry_still_validates(_fresh_user_dirs: Path) -> None:
    _run("install-user.sh", {})
    installed = Path(os.environ["XDG_DATA_HOME"]) / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(installed)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_install_user_defaults_to_local_share_without_xdg_data_home(
    _fresh_user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_DATA_HOME")
    home = _fresh_user_dirs
    before = _files_under(home)
    _run("install-user.sh", {})
    assert _files_under(home) - before == {f".local/share/{f}" for f in _expected_data_files()}
    _run("uninstall-user.sh", {})
    assert _files_under(home) == before


@pytest.mark.parametrize("how", ["env", "argument"])
def test_prefix_puts_everything_under_it_and_nothing_in_home(_fresh_user_dirs: Path, how: str) -> None:
    prefix = _fresh_user_dirs.parent / "prefix"
    home_before = _files_under(_fresh_user_dirs)
    env, args = ({"ANKLE_GUIDE_PREFIX": str(prefix)}, ()) if how == "env" else ({}, ("--prefix", str(prefix)))

    _run("install-user.sh", env, *args)
    assert _files_under(prefix) == {f"share/{f}" for f in _expected_data_files()}
    assert _desktop_entry(prefix / "share/applications" / f"{APP_ID}.desktop")["Exec"] == str(
        prefix / "bin" / "ankle-guide"
    )
    assert _files_under(_fresh_user_dirs) == home_before

    _run("uninstall-user.sh", env, *args)
    assert _files_under(prefix) == set()


def test_uninstall_removes_our_venv_and_launcher_but_not_a_foreign_command(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    venv_cmd = prefix / "share/ankle-guide/venv/bin/ankle-guide"
    venv_cmd.parent.mkdir(parents=True)
    venv_cmd.write_text("#!/bin/sh\n")
    (prefix / "bin").mkdir()
    (prefix / "bin" / "ankle-guide").symlink_to(venv_cmd)
    _run("uninstall-user.sh", {"ANKLE_GUIDE_PREFIX": str(prefix)})
    assert _files_under(prefix) == set()
    assert not (prefix / "share/ankle-guide").exists()

    foreign = prefix / "bin" / "ankle-guide"
    foreign.write_text("#!/bin/sh\necho someone else's\n")
    _run("uninstall-user.sh", {"ANKLE_GUIDE_PREFIX": str(prefix)})
    assert foreign.read_text() == "#!/bin/sh\necho someone else's\n"


def test_an_existing_icon_cache_is_refreshed_and_none_is_created(tmp_path: Path) -> None:
    tool = _tool("gtk-update-icon-cache")
    prefix = tmp_path / "prefix"
    hicolor = prefix / "share/icons/hicolor"
    _run("install-user.sh", {"ANKLE_GUIDE_PREFIX": str(prefix)})
    assert not (hicolor / "icon-theme.cache").exists()
    _run("uninstall-user.sh", {"ANKLE_GUIDE_PREFIX": str(prefix)})

    other = hicolor / "48x48/apps/org.example.Other.png"  # another app's icon, cached before we came
    shutil.copyfile(PACKAGING / "icons/48x48" / f"{APP_ID}.png", other)
    subprocess.run([tool, "-q", "-f", "-t", str(hicolor)], check=True)
    cache = hicolor / "icon-theme.cache"
    assert APP_ID.encode() not in cache.read_bytes()

    _run("install-user.sh", {"ANKLE_GUIDE_PREFIX": str(prefix)})
    assert APP_ID.encode() in cache.read_bytes()  # else GTK, trusting its cache, would not find our icon
    _run("uninstall-user.sh", {"ANKLE_GUIDE_PREFIX": str(prefix)})
    assert APP_ID.encode() not in cache.read_bytes()
    assert b"org.example.Other" in cache.read_bytes()


# --- the PyInstaller bundle and the Debian package --------------------------------------------------------

needs_bundle = pytest.mark.skipif(
    os.environ.get("ANKLE_GUIDE_BUNDLE_TEST") != "1",
    reason="builds the PyInstaller bundle (1-2 minutes); set ANKLE_GUIDE_BUNDLE_TEST=1 to run it",
)


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/ankle-guide/, built at most once per run: build.sh --if-changed keeps it while its sources
    are unchanged (their hash is in build/bundle-source.sha256), so the .deb test reuses it."""
    build = subprocess.run(
        ["bash", str(PACKAGING / "build.sh"), "--if-changed"],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return REPO / "dist" / "ankle-guide"


@pytest.mark.slow
@needs_bundle
def test_bundle_builds_and_renders_the_window(bundle: Path, tmp_path: Path) -> None:
    exe = bundle / "ankle-guide"
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [str(exe), "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert _png_header(shot)[:2] == (1280, 800)  # the default --size


def _installed(package: str) -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    ).stdout
    return status.endswith(" installed") and "not-installed" not in status


def _apt(*args: str) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    result = subprocess.run(
        ["apt-get", "-y", "-q", *args], env=env, capture_output=True, text=True, check=False, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def _user_env(home: Path) -> dict[str, str]:
    """A person's environment, in a throw-away home; the app comes from PATH (/usr/bin)."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


@pytest.mark.slow
@needs_bundle
def test_deb_installs_runs_from_usr_bin_and_purges_without_a_trace(bundle: Path, tmp_path: Path) -> None:
    if os.getuid() != 0:
        pytest.skip("installs the .deb system-wide with apt-get: needs root (CI runs make test as root)")
    if _installed("ankle-guide"):
        pytest.skip(
            "an ankle-guide package is installed on this machine: the test would replace and purge it"
        )
    build = subprocess.run(
        ["bash", str(PACKAGING / "build-deb.sh")], capture_output=True, text=True, check=False, timeout=1800
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert "build-deb: lintian" in build.stdout
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    deb = REPO / "dist" / f"ankle-guide_{version}_{arch.stdout.strip()}.deb"

    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    )
    names = {d.split()[0] for d in depends.stdout.strip().split(", ")}
    assert {"libc6", "libgl1", "libegl1", "libxcb1"} <= names
    assert "libxcb-cursor0" not in names  # the bundle carries it: not a dependency

    home = tmp_path / "person"
    data = home / ".local/share/AnkleGuide/ankle-guide"
    data.mkdir(parents=True)
    (data / "history.sqlite3").write_bytes(b"")  # an empty file: the app makes a new history in it
    env = _user_env(home)
    _apt("install", str(deb))
    try:
        files = subprocess.run(["dpkg", "-L", "ankle-guide"], capture_output=True, text=True, check=True)
        installed = files.stdout.split()
        for wanted in (
            "/opt/ankle-guide/ankle-guide",
            "/usr/bin/ankle-guide",
            f"/usr/share/applications/{APP_ID}.desktop",
            f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
            f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
            f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            "/usr/share/man/man1/ankle-guide.1.gz",
            "/usr/share/doc/ankle-guide/copyright",
        ):
            assert wanted in installed, f"{wanted} is not in the package"
        assert shutil.which("ankle-guide", path=env["PATH"]) == "/usr/bin/ankle-guide"

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            result = subprocess.run(
                ["ankle-guide", *args], env=env, capture_output=True, text=True, check=False, timeout=120
            )
            assert result.returncode == 0, f"ankle-guide {' '.join(args)}: {result.stderr[-2000:]}"
            return result

        assert run("--version").stdout.strip() == f"ankle-guide {version}"
        listed = run("--list-routines").stdout.splitlines()
        assert len(listed) == len(list((REPO / "routines").glob("*.toml")))
        shot = tmp_path / "shot.png"
        run("--screenshot", str(shot), "--size", "1024x700")
        assert _png_header(shot)[:2] == (1024, 700)
        # One window per person, in the bundle too (QtNetwork came along): a second launch hands over.
        first = subprocess.Popen(["ankle-guide"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            socket_file = Path(env["XDG_RUNTIME_DIR"]) / "ankle-guide" / "instance"
            for _ in range(600):
                if socket_file.exists() or first.poll() is not None:
                    break
                time.sleep(0.1)
            assert socket_file.exists(), "the first window never listened"
            run("--routine", "quick-break")  # exits 0: handed over (it waits while the first starts up)
            assert first.poll() is None, "the first window is gone"
        finally:
            first.terminate()
            first.communicate(timeout=30)
        user_files = _files_under(home)
    finally:
        _apt("purge", "ankle-guide")

    assert not _installed("ankle-guide")
    left = [f for f in installed if os.path.lexists(f) and not Path(f).is_dir()]
    assert left == [], f"files of the package still there after purge: {left[:10]}"
    assert not Path("/opt/ankle-guide").exists()
    assert _files_under(home) == user_files  # the person's files are all still there
    assert (data / "history.sqlite3").exists()
