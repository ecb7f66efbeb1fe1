"""The Debian packages a PyInstaller bundle needs from the system, read from its ELF files.

    python3 packaging/deb_depends.py dist/ankle-guide      # prints "Depends: ..." and "Recommends: ..."

PyInstaller copies most libraries into the bundle; what it leaves to the system (glibc, OpenGL/EGL,
libxcb, libdrm, Wayland, speech-dispatcher) is every DT_NEEDED entry that no file in the bundle provides.
Each such library is found with `ldconfig -p`, its package with `dpkg -S`, and the lowest version from
that package's shlibs file, as dpkg-shlibdeps would use. (dpkg-shlibdeps itself cannot be used here: it
follows the bundled copies of system libraries and names their packages too, which the bundle does not
need.) A library needed only by an optional plugin, without which Qt carries on (the Wayland platform,
the speech-dispatcher voice), goes to Recommends.

This is a checked step: it exits 1, naming the library and the file that needs it, when a library is
neither in the bundle nor installed from a package on the build machine.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path

# Files of the bundle that Qt loads only when it can; without their libraries the app still runs.
OPTIONAL = (
    "*/platforms/libqwayland*.so",
    "*/wayland-*/*.so",
    "*/libQt6WaylandClient.so*",
    "*/libQt6WlShellIntegration.so*",
    "*/texttospeech/libqtexttospeech_speechd.so",
)
ELF_MAGIC = b"\x7fELF"


class DependencyError(Exception):
    """A library the bundle needs that no installed package provides."""


def elf_files(bundle: Path) -> list[Path]:
    """Every regular ELF file in the bundle (executables, libraries, plugins, Python extensions)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    """The DT_NEEDED sonames of one ELF file (objdump is in binutils, which PyInstaller needs too)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def is_optional(path: Path) -> bool:
    return any(fnmatch(path.as_posix(), pattern) for pattern in OPTIONAL)


def system_sonames(bundle: Path) -> tuple[dict[str, list[Path]], dict[str, list[Path]]]:
    """(required, optional): each soname the bundle leaves to the system, with the files that need it."""
    provided = {p.name for p in bundle.rglob("*")}
    required: dict[str, list[Path]] = {}
    optional: dict[str, list[Path]] = {}
    for path in elf_files(bundle):
        for soname in needed(path):
            if soname not in provided:
                (optional if is_optional(path) else required).setdefault(soname, []).append(path)
    for soname in required:
        optional.pop(soname, None)
    return required, optional


def _ldconfig_paths() -> dict[str, str]:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+) \((\S+)\) => (\S+)$", line)
        if match and "x86-64" in match.group(2):  # the bundle is x86-64; skip i386 copies
            paths.setdefault(match.group(1), match.group(3))
    return paths


def _owner(path: str) -> str | None:
    """The package that installed `path`, trying the /lib and /usr/lib spellings (merged /usr)."""
    candidates = [path, str(Path(path).resolve())]
    candidates += [
        c.removeprefix("/usr") if c.startswith("/usr/lib") else "/usr" + c for c in list(candidates)
    ]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def _shlibs_dependency(package: str, soname: str) -> str:
    """`package (>= version)` from the package's shlibs file, or the bare name when it has none."""
    match = re.match(r"(.+)\.so\.(\d+)", soname)
    for shlibs in sorted(Path("/var/lib/dpkg/info").glob(f"{package}*.shlibs")):
        if shlibs.name.split(".shlibs")[0].split(":")[0] != package:
            continue
        for line in shlibs.read_text(encoding="utf-8").splitlines():
            fields = line.split(maxsplit=2)
            if match and len(fields) == 3 and fields[:2] == [match.group(1), match.group(2)]:
                return fields[2]
    return package


def packages_for(sonames: dict[str, list[Path]], bundle: Path) -> list[str]:
    """Dependency strings for the sonames, sorted; raises DependencyError naming what cannot be found."""
    paths = _ldconfig_paths()
    deps: set[str] = set()
    missing = []
    for soname, users in sorted(sonames.items()):
        where = paths.get(soname)
        package = _owner(where) if where else None
        if package is None:
            missing.append(f"{soname} (needed by {users[0].relative_to(bundle)})")
            continue
        deps.add(_shlibs_dependency(package, soname))
    if missing:
        raise DependencyError(
            "no installed package provides " + ", ".join(missing) + ": install it on the build machine "
            "(bash packaging/debian-deps.sh deb)"
        )
    return _merge(deps)


def _merge(deps: Iterable[str]) -> list[str]:
    """One entry per package: the versioned one wins over a bare name (glibc's sonames all say libc6)."""
    by_package: dict[str, str] = {}
    for dep in sorted(deps):
        name = dep.split()[0]
        if name not in by_package or "(" in dep:
            by_package[name] = dep
    return [by_package[name] for name in sorted(by_package)]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: deb_depends.py BUNDLE_DIR", file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()
    required, optional = system_sonames(bundle)
    try:
        depends = packages_for(required, bundle)
        recommends = [
            d for d in packages_for(optional, bundle) if d.split()[0] not in {r.split()[0] for r in depends}
        ]
    except DependencyError as exc:
        print(f"deb_depends: {exc}", file=sys.stderr)
        return 1
    print("Depends: " + ", ".join(depends))
    print("Recommends: " + ", ".join(recommends))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
