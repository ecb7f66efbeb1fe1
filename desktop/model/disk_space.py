"""Whether a disk has room left to record a session (shared by opening and by explaining errors)."""

from __future__ import annotations

import os
from pathlib import Path

MIN_FREE_BYTES = 256 * 1024  # a session's few pages, its WAL frames and a checkpoint fit easily


def disk_full(folder: Path) -> bool:
    """Whether the disk holding `folder` has too little room left to record a session.

    Checked before opening: SQLite opens a history on a full disk without complaint (its WAL index is a
    sparse file) and only the first write fails, mid-session.
    """
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < MIN_FREE_BYTES
