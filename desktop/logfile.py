"""Warnings and errors in a small rotating log, for a problem report a person can send.

The log is `$XDG_STATE_HOME/ankle-guide/ankle-guide.log` (`~/.local/state/...` when that is unset),
at most MAX_BYTES, with BACKUPS older files beside it, so it never grows past ~1 MB. Only warnings and
errors go there: from the app's own loggers and from Qt (qInstallMessageHandler routes Qt's messages
through `logging`, logger `qt.<category>`). What a person does in a session (ratings, notes, zones,
times) is never logged; the app's loggers report failures, not data. Everything still reaches stderr
as before.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

LOG_NAME = "ankle-guide.log"
MAX_BYTES = 256 * 1024
BACKUPS = 2
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_started: Path | None = None


def log_path(environ: dict[str, str] | None = None) -> Path:
    """Where the log is (or would be): XDG_STATE_HOME when set to an absolute path, else ~/.local/state."""
    env = os.environ if environ is None else environ
    state = env.get("XDG_STATE_HOME", "")
    base = Path(state) if state and Path(state).is_absolute() else Path.home() / ".local" / "state"
    return base / "ankle-guide" / LOG_NAME


def start_logging() -> Path | None:
    """Send warnings and errors to the log file and stderr; returns the file's path, or None when it
    cannot be made (they then go to stderr only). The file is created at the first warning, not before.
    Imports no Qt: route_qt_messages() adds Qt's messages once the app is about to start."""
    global _started
    if _started is not None:
        return _started
    root = logging.getLogger()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(logging.Formatter("%(message)s"))  # as before: what Python/Qt printed by default
    root.addHandler(stderr)
    path = log_path()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _RotatingOnFirstRecord(path)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s); warnings go to stderr only", exc)
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _started = path
    return path


class _RotatingOnFirstRecord(logging.Handler):
    """A RotatingFileHandler made at the first record: `logging.handlers` (sockets, pickle, queues;
    ~9 ms) is imported only by a run that has something to log, not by every start (issue 19)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            if self._refused():
                return  # stderr still has it
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self._path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def _refused(self) -> bool:
        """A log "file" that is a named pipe (opening it would wait for a reader for ever, freezing the
        app at its first warning), a folder or a device is not written to."""
        try:
            return not stat.S_ISREG(self._path.stat().st_mode)
        except FileNotFoundError:
            return False  # made now
        except OSError:
            return True

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def route_qt_messages() -> None:
    """Qt's warnings and errors into `logging` (so into the log file), through qInstallMessageHandler."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def route(kind, context, message: str) -> None:
        """Qt's warnings and worse go to `logging` (file and stderr); its debug and info lines, which
        Qt prints only when a logging rule asks for them, go to stderr as Qt would print them."""
        level = levels.get(kind, logging.WARNING)
        if level >= logging.WARNING:
            category = getattr(context, "category", None) or "default"
            logging.getLogger(f"qt.{category}").log(level, "%s", message)
        else:
            print(message, file=sys.stderr)

    qInstallMessageHandler(route)
