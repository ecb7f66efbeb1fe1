"""Read a user's file only if it is a regular file, never blocking, never reading more than a limit.

Opening a named pipe waits for a writer forever, a device can have side effects when opened and
never end, a socket cannot be opened at all. So the path is stat'ed first (which opens nothing) and
anything but a regular file is refused by name; a regular file is then opened non-blocking and
checked again on the open descriptor, in case it was swapped for something else in between.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate

_KINDS = (  # whole phrases, each in the app's language where shown
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("safe_read", "is a folder, not a regular file; not opened")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("safe_read", "is a named pipe (FIFO), not a regular file; not opened")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("safe_read", "is a character device, not a regular file; not opened")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("safe_read", "is a block device, not a regular file; not opened")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("safe_read", "is a socket, not a regular file; not opened")),
)
_OTHER = QT_TRANSLATE_NOOP("safe_read", "is not a regular file; not opened")


class FileRefused(Exception):
    """str(exc) is the rest of a one-line problem, to follow the file's name."""


def not_regular(mode: int) -> str | None:
    """Why a file of this st_mode is not read ("is a named pipe (FIFO) ..."), or None if it is regular."""
    if stat.S_ISREG(mode):
        return None
    return translate("safe_read", next((text for test, text in _KINDS if test(mode)), _OTHER))


def open_regular(path: Path) -> int:
    """A non-blocking, close-on-exec descriptor of the regular file at `path` (a symlink to one is fine),
    for reading. Raises FileRefused for anything else; OSError if it cannot be opened."""
    reason = not_regular(Path(path).stat().st_mode)
    if reason:
        raise FileRefused(reason)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        reason = not_regular(os.fstat(fd).st_mode)  # swapped for something else since the stat?
    except OSError:
        os.close(fd)
        raise
    if reason:
        os.close(fd)
        raise FileRefused(reason)
    return fd


def read_regular_file(path: Path, limit: int, too_large: Callable[[int], str]) -> bytes:
    """At most `limit` bytes of the regular file at `path` (a symlink to one is fine).

    Raises FileRefused for anything else, for a file over `limit` (message `too_large(size)`) and for
    any OSError ("cannot be read: <reason>").
    """
    try:
        fd = open_regular(path)
        try:
            info = os.fstat(fd)
            if info.st_size > limit:
                raise FileRefused(too_large(info.st_size))
            chunks: list[bytes] = []
            remaining = limit + 1  # one byte over the limit shows the file grew while being read
            while remaining > 0:
                chunk = os.read(fd, min(remaining, 1 << 16))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
        finally:
            os.close(fd)
    except OSError as exc:
        raise FileRefused(
            translate("safe_read", "cannot be read: {reason}").format(reason=exc.strerror or exc)
        ) from None
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileRefused(too_large(len(data)))
    return data


def read_checked(source: Path | Traversable, file: str, limit: int, too_large: Callable[[int], str]) -> bytes:
    """A routine or translation file's bytes: a person's file through read_regular_file, a packaged one
    (inside a wheel or bundle) read up to `limit` + 1 bytes (the decoder refuses the extra byte).
    Every refusal is a ValidationError naming `file`."""
    from desktop.model.problems import Problem, ValidationError

    if isinstance(source, Path):
        try:
            return read_regular_file(source, limit, too_large)
        except FileRefused as exc:
            raise ValidationError([Problem(file, str(exc))]) from None
    try:
        with source.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        reason = translate("safe_read", "cannot be read: {reason}").format(reason=exc.strerror or exc)
        raise ValidationError([Problem(file, reason)]) from None
