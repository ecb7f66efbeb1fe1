"""One undoable change in the routine editor: the whole routine before and after (values are immutable).

Typing into one field merges into one change per field, so Undo takes back a word-by-word edit of
the title at once, not one letter at a time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop.model.routine_edit import EditRoutine

Show = Callable[[EditRoutine, int], None]  # (routine, step index to select)
_MERGEABLE = 1


class EditCommand(QUndoCommand):
    def __init__(
        self,
        show: Show,
        before: tuple[EditRoutine, int],
        after: tuple[EditRoutine, int],
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self._show = show
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self._show(*self.after)

    def undo(self) -> None:
        self._show(*self.before)

    def id(self) -> int:
        return _MERGEABLE if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
