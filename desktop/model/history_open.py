"""Opening the session history for the app: always something usable, plus one message when it is not OK.

A damaged file is moved aside and a fresh one started; a file that cannot be written (read-only folder
or file, full disk) is opened read-only, so every past session is still shown and exportable
(desktop.model.history_access); one that cannot be read at all (newer app version) gives a
`NullHistoryStore` that quietly records nothing. Either comes with one plain-words message for the user.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.model.history import History, HistoryStore
from desktop.model.history_access import explain_read_only, move_aside, why_not_writable
from desktop.model.history_null import NullHistoryStore
from desktop.model.history_record import HistoryCorrupt, HistoryUnavailable, explain
from desktop.model.i18n import translate


def open_history(path: Path, *, now: datetime | None = None) -> tuple[History, str | None]:
    """Open the history at `path` for the app: always returns something usable, plus a message if not OK."""
    try:
        return HistoryStore(path), None
    except HistoryCorrupt:
        stamp = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")
        try:
            moved = move_aside(Path(path), stamp)
            store = HistoryStore(path)
        except OSError as exc:
            return NullHistoryStore(path, str(explain(exc, Path(path)))), str(explain(exc, Path(path)))
        except HistoryUnavailable as exc:
            return NullHistoryStore(path, str(exc)), str(exc)
        message = translate(
            "history",
            "Your session history file was damaged and couldn't be read. It has been kept as "
            "{name} (in {folder}) and a new, empty history has been started.",
        ).format(name=moved.name, folder=moved.parent)
        return store, message
    except HistoryUnavailable as exc:
        kind = why_not_writable(Path(path))
        if kind is None:
            return NullHistoryStore(path, str(exc)), str(exc)
        return _read_only(Path(path), kind)


def _read_only(path: Path, kind: str) -> tuple[History, str]:
    """The history opened only to read, with the message saying why (or a NullHistoryStore if even
    reading fails, or there is nothing to read)."""
    message = explain_read_only(kind, path, readable=True)
    try:
        if path.stat().st_size > 0:
            return HistoryStore(path, read_only=True, reason=message), message
    except (OSError, HistoryUnavailable):
        pass
    message = explain_read_only(kind, path, readable=False)
    return NullHistoryStore(path, message), message
