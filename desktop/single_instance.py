"""One running window per user: a second launch hands its arguments to the first and exits.

The first instance listens on a local socket, `<runtime dir>/ankle-guide/instance`, served by a
QLocalServer (desktop.qt.instance_server). The runtime dir is $XDG_RUNTIME_DIR (per user, mode 0700)
or, when that is unset or unusable, the temp folder; the `ankle-guide` (or `ankle-guide-<uid>`) folder
in it is made mode 0700 and must belong to this user, so no other user can see or reach the socket. A
launch that is not the first sends the choices on its command line (HANDED_OVER_OPTIONS, already
parsed and checked by argparse) as one line of JSON, and waits for "ok".

Claiming happens before any QApplication exists (a second launch must not pay for Qt, nor open a
window), so this module imports no Qt: the socket is bound with Python's socket module while a lock
file is held, so two launches at the same moment cannot both become first, and the bound socket is
then handed to QLocalServer. A socket file nobody answers on (left by a crashed instance) is stale: it
is removed and replaced.
"""

from __future__ import annotations

import contextlib
import enum
import fcntl
import json
import logging
import os
import socket
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)

DIR_NAME = "ankle-guide"
SOCKET_NAME = "instance"
# Seconds a later launch waits for the running one to answer. It answers at once when its window is up;
# longer only while it is still starting (a double-click on the launcher), which can take seconds.
HANDOVER_TIMEOUT = 10.0


class NotOurs(OSError):
    """The socket folder exists but another user owns it, or it is not a plain folder."""


def socket_dir(environ: dict[str, str] | None = None) -> Path:
    """The private folder for the socket, created mode 0700 if needed; raises NotOurs/OSError."""
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR", "")
    base: Path | None = Path(runtime) if runtime and Path(runtime).is_absolute() else None
    if base is not None and not (base.is_dir() and os.access(base, os.W_OK | os.X_OK)):
        base = None
    folder = base / DIR_NAME if base else Path(tempfile.gettempdir()) / f"{DIR_NAME}-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise NotOurs(f"{folder} is not a folder of this user")
    if stat.S_IMODE(info.st_mode) & 0o077:
        folder.chmod(0o700)  # ours, but readable by others: close it
    return folder


class Claim(NamedTuple):
    """This process is the first: `sock` is bound and listening at `path`, waiting for InstanceServer.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    path: Path
    sock: socket.socket


# What a later launch can ask of the running window (the desktop.cli options of the same names).
HANDED_OVER_OPTIONS = ("routine", "side", "step", "view", "follow_along")


def _send(path: Path, options: dict[str, object], timeout: float) -> bool:
    """Hand `options` to the instance listening at `path`; True when it answered "ok".

    Raises ConnectionRefusedError/FileNotFoundError when nobody listens there."""
    deadline = time.monotonic() + timeout
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        client.connect(str(path))
        client.sendall(json.dumps({"options": options}).encode() + b"\n")
        reply = b""
        while not reply.endswith(b"\n"):
            client.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                chunk = client.recv(64)
            except TimeoutError:
                return False
            if not chunk:
                return False
            reply += chunk
        return reply == b"ok\n"


class Outcome(enum.Enum):
    """What became of a launch that did not claim the socket."""

    HANDED_OVER = "handed over"  # the running instance took the arguments: exit 0
    NO_ANSWER = "no answer"  # an instance is there but did not answer in time: do not open another
    ALONE = "alone"  # no single instance here (folder not ours, path too long...): run on its own


def claim_or_hand_over(options: dict[str, object], *, timeout: float | None = None) -> Claim | Outcome:
    """Become the first instance (a Claim) or hand `options` to the running one."""
    timeout = HANDOVER_TIMEOUT if timeout is None else timeout
    try:
        folder = socket_dir()
        path = folder / SOCKET_NAME
        with _lock_file(folder / "instance.lock") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # held for milliseconds; released if this process dies
            try:
                return Outcome.HANDED_OVER if _send(path, options, timeout) else Outcome.NO_ANSWER
            except (ConnectionRefusedError, FileNotFoundError):
                pass  # nobody listens: no instance, or a stale socket left by a crash
            with contextlib.suppress(FileNotFoundError):
                if not stat.S_ISSOCK(path.lstat().st_mode):
                    raise NotOurs(f"{path} is not a socket")
                path.unlink()
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(str(path))
                path.chmod(0o600)
                sock.listen(8)
            except OSError:
                sock.close()
                raise
            return Claim(path, sock)
    except OSError as exc:
        log.warning("single instance unavailable (%s); starting anyway", exc)
        return Outcome.ALONE


def _lock_file(path: Path):
    """The lock file, opened without waiting: a named pipe there (open() would wait for a reader for
    ever, before any window) or anything else that is no regular file is refused."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    # a pipe with no reader fails at once (ENXIO, an OSError); a folder too (EISDIR)
    fd = os.open(path, flags | getattr(os, "O_NOCTTY", 0), 0o600)
    lock = os.fdopen(fd, "w")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        lock.close()
        raise NotOurs(f"{path} is not a regular file")
    return lock


def claim_for_window(args: object) -> tuple[int | None, Claim | None]:
    """For the command line (`args`, its argparse Namespace): (exit code, None) when this launch is
    done, else (None, the claim or None)."""
    result = claim_or_hand_over({name: getattr(args, name, None) for name in HANDED_OVER_OPTIONS})
    if result is Outcome.HANDED_OVER:
        return 0, None
    if result is Outcome.NO_ANSWER:
        print(
            "ankle-guide: it is already running but does not answer; close it and try again.", file=sys.stderr
        )
        return 1, None
    return None, result if isinstance(result, Claim) else None
