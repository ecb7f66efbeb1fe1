"""Write a file all at once or not at all (QSaveFile): a crash or a full disk never leaves half a routine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile


def write_atomically(path: Path, data: bytes) -> str | None:
    """Write `data` to `path` (creating its folder); None on success, else one line saying why not."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"{path.parent}: cannot create the folder: {exc.strerror or exc}"
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        return f"{path}: cannot be written: {file.errorString()}"
    if file.write(data) != len(data):
        message = f"{path}: cannot be written: {file.errorString()}"
        file.cancelWriting()
        return message
    if not file.commit():
        return f"{path}: cannot be saved: {file.errorString()}"
    return None
