"""A person's own routine files, as many as asked, for the routine-growth benchmarks (no Qt).

Each is a copy of a built-in routine (all four in turn, so sizes vary as real files would) under its
own id and title: what someone who saved many variations of the shipped routines would have.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ORG = "AnkleGuide"  # desktop.ORG_NAME and paths.APP_DIR_NAME: where QStandardPaths puts user files
APP_DIR = "ankle-guide"


def user_routines_dir(data_home: Path) -> Path:
    """desktop.paths.user_routines_dir() for XDG_DATA_HOME=`data_home` (read without Qt)."""
    return Path(data_home) / ORG / APP_DIR / "routines"


def write_routines(folder: Path, count: int) -> list[Path]:
    """Write `count` routine files into `folder` (made if missing); returns their paths."""
    from desktop import resources

    sources = [item.read_text(encoding="utf-8") for item in resources.listdir("routines", ".toml")]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        text = sources[n % len(sources)]
        text = re.sub(r'^id = ".*"$', f'id = "mine-{n:04d}"', text, count=1, flags=re.MULTILINE)
        text = re.sub(
            r'^title = "(.*)"$', rf'title = "\1 (my version {n})"', text, count=1, flags=re.MULTILINE
        )
        path = folder / f"mine-{n:04d}.toml"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def remove_routines(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
