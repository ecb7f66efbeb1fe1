"""Writing `assets/toml-snapshot.json` (desktop.model.toml_snapshot) after a packaged TOML file is edited
(`python -m desktop.model.snapshots`).

Every packaged TOML file is read the way the app reads it when there is no snapshot (size limit, UTF-8,
the linear pre-scan, tomllib); a file that does not read cleanly, or holds a TOML value JSON has no
word for (a date), is left out, and the app keeps reading it as TOML.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop import resources
from desktop.model.i18n import LANGUAGES
from desktop.model.toml_guard import TomlTooComplex, prescan
from desktop.model.toml_snapshot import SNAPSHOT, dump, entry


def packaged_toml_files() -> list[str]:
    """Every packaged TOML file the app reads: the zones, the built-in routines and their translations."""
    files = ["assets/zones.toml"]
    files += [f"routines/{item.name}" for item in resources.listdir("routines", ".toml")]
    for language in LANGUAGES:
        files += [
            f"routines/{language}/{item.name}" for item in resources.listdir(f"routines/{language}", ".toml")
        ]
        if resources.resource(f"assets/i18n/{language}/zones.toml").is_file():
            files.append(f"assets/i18n/{language}/zones.toml")
    return files


def snapshot_text() -> str:
    entries = {}
    for file in packaged_toml_files():
        data = resources.read_bytes(file)
        try:
            text = data.decode("utf-8-sig")
            prescan(text)
            table = tomllib.loads(text)
            entries[file] = entry(data, table)
        except (UnicodeDecodeError, TomlTooComplex, tomllib.TOMLDecodeError, TypeError, ValueError):
            continue  # read as TOML at run time, with its problem reported there
    return dump(entries)


def write_all(check_only: bool = False) -> list[str]:
    """Write (or, with `check_only`, compare) the snapshot; the files not up to date ([] or [SNAPSHOT])."""
    target = resources.resource(SNAPSHOT)
    text = snapshot_text()
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if current == text:
        return []
    if not check_only:
        with Path(str(target)).open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    return [SNAPSHOT]
