"""How the history file is opened: waiting out another instance, and reading what cannot be written.

Two instances started together both open a new file: switching it to WAL needs a lock SQLite does not
wait for, so one of them got "database is locked" and recorded nothing for its whole run. Opening now
retries what takes such a lock (the WAL switch, the integrity check, the schema's creation) for a few
seconds. And when the file cannot be written (a read-only folder or file, a full disk) the sessions it
holds are still read, through a read-only connection, with one sentence saying exactly why nothing new
is recorded.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop.model.disk_space import disk_full
from desktop.model.history_record import HistoryUnavailable, damaged
from desktop.model.history_schema import SCHEMA_VERSION, SchemaProblem, migrate, user_version
from desktop.model.i18n import translate
from desktop.model.safe_read import not_regular

T = TypeVar("T")
_MAGIC = b"SQLite format 3\x00"

BUSY_WAIT_S = 10.0  # how long opening waits for another instance holding the file
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED (sqlite3.h)
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


def is_busy(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _BUSY_CODES


def retry_busy(
    action: Callable[[], T], *, wait_s: float = BUSY_WAIT_S, sleep: Callable[[float], None] = time.sleep
) -> T:
    """`action()`, tried again while another connection holds a lock SQLite's busy timeout skips."""
    deadline = time.monotonic() + wait_s
    delay = 0.01
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() >= deadline:
                raise
        sleep(delay)
        delay = min(delay * 2, 0.25)


def why_not_writable(path: Path) -> str | None:
    """Why the history at `path` cannot be written, in the words the person is shown; None if it can.

    Asks the file system, not permission bits: as root a 0555 folder is writable and a read-only mount
    is not. A folder that takes no new file is read-only; a disk with no free block is full.
    """
    import tempfile  # only when something failed: it costs start-up ~3 ms

    folder = path.parent
    if disk_full(folder) or (not path.exists() and _no_free_inodes(folder)):
        return "disk full"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return "disk full"
        if exc.errno in _READ_ONLY_ERRNOS:
            return "read-only folder"
        return None
    if path.exists() and not os.access(path, os.W_OK):
        return "read-only file"
    return None


def _no_free_inodes(folder: Path) -> bool:
    try:
        return os.statvfs(folder).f_favail == 0
    except OSError:
        return False


def explain_read_only(kind: str, path: Path, *, readable: bool) -> str:
    """The one message for a history that cannot be written (`kind` from why_not_writable)."""
    if kind == "disk full":
        text = (
            translate(
                "history_access",
                "Disk full: there is no space left on the disk holding {folder}, so new sessions aren't "
                "recorded until this is fixed. Your past sessions are shown and can be exported. ({path})",
            )
            if readable
            else translate(
                "history_access",
                "Disk full: there is no space left on the disk holding {folder}, so new sessions aren't "
                "recorded until this is fixed. ({path})",
            )
        )
    elif kind == "read-only file":
        text = (
            translate(
                "history_access",
                "Read-only file: the history file can't be written to (check its permissions), so new "
                "sessions aren't recorded until this is fixed. Your past sessions are shown and can be "
                "exported. ({path})",
            )
            if readable
            else translate(
                "history_access",
                "Read-only file: the history file can't be written to (check its permissions), so new "
                "sessions aren't recorded until this is fixed. ({path})",
            )
        )
    else:
        text = (
            translate(
                "history_access",
                "Read-only folder: {folder} can't be written to, so new sessions aren't recorded until this "
                "is fixed. Your past sessions are shown and can be exported. ({path})",
            )
            if readable
            else translate(
                "history_access",
                "Read-only folder: {folder} can't be written to, so new sessions aren't recorded until this "
                "is fixed. ({path})",
            )
        )
    return text.format(folder=path.parent, path=path)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads. Without write access to the folder SQLite cannot make the WAL's
    shared-memory file; then the file is opened as immutable, which needs none (nothing else can be
    writing it, since nothing can write there)."""
    from urllib.parse import quote

    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        conn.close()
    return sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)


def _check_header(path: Path) -> None:
    """Refuse what is not a history file before SQLite opens it: anything but a regular file (a named
    pipe would block the app at its first paint, waiting for a writer), and a regular file that does
    not start as SQLite's do (SQLite would delete the -wal of a non-database)."""
    _refuse_special(path.stat().st_mode, path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        _refuse_special(os.fstat(fd).st_mode, path)  # swapped for something else since the stat
        head = os.read(fd, len(_MAGIC))
    finally:
        os.close(fd)
    if head and head != _MAGIC:
        raise damaged(path)


def _refuse_special(mode: int, path: Path) -> None:
    reason = not_regular(mode)
    if reason:
        raise HistoryUnavailable(
            translate(
                "history_access",
                "Session history can't be saved because {path} {reason}. Your sessions still run; they "
                "just aren't recorded until this is fixed.",
            ).format(path=path, reason=reason)
        )


def open_read_write(path: Path) -> sqlite3.Connection:
    """The history's connection for reading and writing, the file created (owner-only) if need be.

    Raises HistoryUnavailable, SchemaProblem, sqlite3.Error or OSError; never leaves a connection open.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if disk_full(path.parent):
        raise HistoryUnavailable(explain_read_only("disk full", path, readable=False))
    if not path.exists():  # health data: readable by its owner only
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    elif not os.access(path, os.W_OK):  # SQLite would open it read-only without a word
        raise HistoryUnavailable(explain_read_only("read-only file", path, readable=False))
    _check_header(path)
    conn = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # deleted sessions are wiped, not just unlinked
        # Another instance opening the same new file holds locks the busy timeout does not wait for.
        retry_busy(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchall())
        conn.execute("PRAGMA synchronous = FULL")
        # quick_check, not integrity_check: every page and row is still read and checked, but not each
        # index against its table, which is what made the full check grow with the years (12 ms at
        # 10,000 sessions before the first paint; this: 4.6 ms). A damaged index met later is an
        # sqlite3.DatabaseError, which HistoryStore turns into a plain message like any other.
        if retry_busy(lambda: conn.execute("PRAGMA quick_check").fetchall()) != [("ok",)]:
            raise damaged(path)
        retry_busy(lambda: migrate(conn))
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads a history file of this version; raises like open_read_write."""
    _check_header(path)
    conn = connect_read_only(path)
    try:
        found = user_version(conn)
        if found > SCHEMA_VERSION:
            raise SchemaProblem(
                translate(
                    "history_access", "it was written by a newer version of the app (schema {found})"
                ).format(found=found),
                newer=True,
            )
        if found < SCHEMA_VERSION:  # empty, or older: only a write could bring it up to date
            raise HistoryUnavailable(
                translate(
                    "history_access", "Session history can't be read without updating it. ({path})"
                ).format(path=path)
            )
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise damaged(path)
    except BaseException:
        conn.close()
        raise
    return conn


def move_aside(path: Path, stamp: str) -> Path:
    """Rename the file and its -wal/-shm to `<name>.corrupt-<stamp>`; the WAL goes first so a stale
    log can never be replayed into the fresh file."""
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(Path(f"{target}{suffix}"))
    return target
