"""Write a file all at once or not at all (QSaveFile): a crash or a full disk never leaves half a routine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from desktop.model.i18n import translate


def write_atomically(path: Path, data: bytes) -> str | None:
    """Write `data` to `path` (creating its folder); None on success, else one line saying why not."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return translate("save_file", "{path}: cannot create the folder: {reason}").format(
            path=path.parent, reason=reason
        )
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        return translate("save_file", "{path}: cannot be written: {reason}").format(
            path=path, reason=file.errorString()
        )
    if file.write(data) != len(data):
        message = translate("save_file", "{path}: cannot be written: {reason}").format(
            path=path, reason=file.errorString()
        )
        file.cancelWriting()
        return message
    if not file.commit():
        return translate("save_file", "{path}: cannot be saved: {reason}").format(
            path=path, reason=file.errorString()
        )
    return None
