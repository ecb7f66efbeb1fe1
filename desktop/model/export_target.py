"""Where an export may be written: a new file, or an existing regular file (keeping its permissions).

The export writes a temporary file and renames it over the target, so whatever the target was becomes
a regular file: a named pipe, a device or a symbolic link would be silently replaced. So only a
regular file is ever replaced, and only once the person has said so (the app asks; the command line
wants --force); a replaced file keeps its permission bits.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate

_KINDS = (  # whole sentences: the kind is named inside each, in the app's language
    (
        stat.S_ISLNK,
        QT_TRANSLATE_NOOP(
            "export_target",
            "{path} is a symbolic link; the history is only written to a new or a regular file",
        ),
    ),
    (
        stat.S_ISDIR,
        QT_TRANSLATE_NOOP(
            "export_target", "{path} is a folder; the history is only written to a new or a regular file"
        ),
    ),
    (
        stat.S_ISFIFO,
        QT_TRANSLATE_NOOP(
            "export_target",
            "{path} is a named pipe (FIFO); the history is only written to a new or a regular file",
        ),
    ),
    (
        stat.S_ISCHR,
        QT_TRANSLATE_NOOP(
            "export_target", "{path} is a device; the history is only written to a new or a regular file"
        ),
    ),
    (
        stat.S_ISBLK,
        QT_TRANSLATE_NOOP(
            "export_target", "{path} is a device; the history is only written to a new or a regular file"
        ),
    ),
    (
        stat.S_ISSOCK,
        QT_TRANSLATE_NOOP(
            "export_target", "{path} is a socket; the history is only written to a new or a regular file"
        ),
    ),
)
_OTHER = QT_TRANSLATE_NOOP(
    "export_target", "{path} is not a regular file; the history is only written to a new or a regular file"
)


class ExportRefused(OSError):
    """The target is not something an export may replace; str(exc) says why in one line."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.strerror = message


def existing_target(path: Path) -> os.stat_result | None:
    """The regular file already at `path` (its lstat), or None if nothing is there.

    Raises ExportRefused for anything else at `path` (it is never opened), OSError if it can't be seen.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISREG(info.st_mode):
        return info
    sentence = next((text for test, text in _KINDS if test(info.st_mode)), _OTHER)
    raise ExportRefused(translate("export_target", sentence).format(path=path))


def keep_mode(new_file: Path, old: os.stat_result | None) -> None:
    """Give the file about to replace `old` the permission bits `old` had."""
    if old is not None:
        Path(new_file).chmod(stat.S_IMODE(old.st_mode))
