"""The history that records nothing: what the app uses when the database cannot be opened or written,
so every caller keeps one code path (desktop.model.history opens the real one)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at start-up, when the app holds this store until the real one opens
    from desktop.model import history_reads as reads
    from desktop.model.history_record import SessionRecord
    from desktop.model.history_stats import HistoryStats


class NullHistoryStore:
    """Stands in when history can't be used: same methods, records nothing, so callers need no checks."""

    available = False
    readable = False

    def __init__(self, path: Path | None = None, reason: str = "") -> None:
        self.path = path
        self.reason = reason

    def close(self) -> None:
        pass

    def begin_session(self, *args: object, **kwargs: object) -> int:
        return 0

    def record_progress(self, *args: object, **kwargs: object) -> None:
        pass

    def finish_session(self, *args: object, **kwargs: object) -> None:
        pass

    def set_ratings(self, *args: object, **kwargs: object) -> None:
        pass

    def set_tight_zones(self, *args: object, **kwargs: object) -> None:
        pass

    def set_note(self, *args: object, **kwargs: object) -> None:
        pass

    def delete_session(self, *args: object, **kwargs: object) -> None:
        pass

    def delete_all(self) -> None:
        pass

    def sessions(self, since: datetime | None = None) -> list[SessionRecord]:
        return []

    def iter_sessions(self, chunk: int = 500) -> Iterator[SessionRecord]:
        return iter(())

    def session(self, session_id: int) -> SessionRecord | None:
        return None

    def stats(self, *args: object, **kwargs: object) -> HistoryStats:
        from desktop.model.history_stats import HistoryStats

        return HistoryStats()

    def has_sessions(self) -> bool:
        return False

    def records(self, ids: Iterable[int]) -> dict[int, SessionRecord]:
        return {}

    def tension_points(self, since: datetime | None = None) -> list[tuple[int, int, int | None, int | None]]:
        return []

    def page(self, *args: object, **kwargs: object) -> list[tuple[SessionRecord, reads.Cursor]]:
        return []

    def cursor(self, *args: object) -> reads.Cursor | None:
        return None

    def change_mark(self) -> int:
        return 0

    def changed_since(self, mark: int) -> tuple[int, list[int]] | None:
        return mark, []

    def zone_counts(self, since: datetime | None = None) -> dict[str, int]:
        return {}
