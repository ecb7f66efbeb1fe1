"""The diagram's artwork as drawn last time, kept on disk so the next start copies pixels instead.

Drawing the SVG artwork at the window's size (75 gradient-filled paths) takes ~9 ms, the largest single
cost of the first paint (issue 19); the window opens at the size it was closed at, so the pixels drawn
last time are the ones needed. This is what KDE does for its SVG themes (KImageCache). A file holds one
drawing: a 16-byte header (magic, width, height) and the raw premultiplied ARGB32 pixels. Its name holds
the SVG's length and a CRC-32 of its bytes, Qt's version and RENDER_VERSION, plus the size, so a changed
artwork, a new Qt or a change in how the artwork is drawn never shows old pixels. Like the geometry
snapshots' (desktop.model.geometry_snapshot), that is a stale-file check, not a security one: whoever can
write to the cache folder can put any pixels there, digest or not; and hashlib alone costs ~3 ms.

It is a cache: any problem (a damaged or truncated file, a named pipe in its place, a read-only or full
disk) means the SVG is drawn as before and nothing is shown. Files are read only if regular and of
exactly the size their name promises, and written with QSaveFile (whole or not at all, so two
instances cannot tear one) after any symlink in the way is removed, never followed. A size is written
once it has been shown for WRITE_AFTER_MS (a window being resized draws every size it passes through)
or at quit, and only the KEEP most recently used files stay, each at most MAX_PIXELS: the cache never
grows past ~KEEP × 10 MB.
"""

from __future__ import annotations

import contextlib
import os
import stat
import struct
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, qVersion
from PySide6.QtGui import QImage

from desktop.model.safe_read import FileRefused, open_regular

RENDER_VERSION = 1  # raise when desktop.ui.artwork draws the SVG differently
MAGIC = b"AGART1\0\0"
_HEADER = struct.Struct("<8sII")  # magic, width, height
SUFFIX = ".argb"
KEEP = 6
MAX_PIXELS = 2_500_000  # ~10 MB: a main window on a 4K screen; a larger drawing is not kept
WRITE_AFTER_MS = 2000
_FORMAT = QImage.Format.Format_ARGB32_Premultiplied


def _clear_the_way(path: Path) -> None:
    """Remove a symlink, named pipe or the like where a drawing is to be written. QSaveFile writes to
    a symlink's target: a link planted here would have the cache overwrite the file it points to."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(mode):
        path.unlink()


def _read_pixels(fd: int, width: int, height: int) -> QImage | None:
    """The drawing in the open file, read straight into a new image's pixels; None unless the file is
    exactly a header for this size and its pixels."""
    if os.fstat(fd).st_size != _HEADER.size + width * height * 4:
        return None
    if _HEADER.unpack(os.read(fd, _HEADER.size).ljust(_HEADER.size, b"\0")) != (MAGIC, width, height):
        return None
    image = QImage(width, height, _FORMAT)
    pixels = image.bits()  # width * 4 bytes a line, no padding: ARGB32 lines are whole 32-bit words
    got = 0
    while got < len(pixels):
        count = os.readv(fd, [pixels[got:]])
        if not count:
            return None  # shrank while being read
        got += count
    return image


def cache_name(source: bytes, width: int, height: int) -> str:
    """The file name of `source` drawn at width × height device pixels."""
    crc = zlib.crc32(f"|Qt {qVersion()}|render {RENDER_VERSION}".encode(), zlib.crc32(source))
    return f"{crc:08x}-{len(source)}-{width}x{height}{SUFFIX}"


class ArtworkCache(QObject):
    """`load` a drawing kept before (or None), `remember` one just drawn; `flush` writes what is due."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._due: tuple[str, QImage] | None = None
        self._timer: QTimer | None = None  # made at the first drawing to keep
        self.hits = 0  # drawings read back (tests, benchmarks)
        self.writes = 0

    def load(self, source: bytes, width: int, height: int) -> QImage | None:
        if not 0 < width * height <= MAX_PIXELS:
            return None
        path = self.folder / cache_name(source, width, height)
        try:
            fd = open_regular(path)
        except (FileRefused, OSError):
            return None  # absent, or not a file this cache wrote: draw the SVG
        try:
            image = _read_pixels(fd, width, height)
        except OSError:
            image = None
        finally:
            os.close(fd)
        if image is None:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept when older sizes are dropped
        self.hits += 1
        return image

    def remember(self, source: bytes, image: QImage) -> None:
        """`image` (the SVG drawn at its size) is to be kept, once it has been shown a while."""
        if image.format() != _FORMAT or not 0 < image.width() * image.height() <= MAX_PIXELS:
            return
        self._due = (cache_name(source, image.width(), image.height()), image)
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self.flush)
        self._timer.start(WRITE_AFTER_MS)

    def flush(self) -> None:
        """Write the drawing due now (the timer, or the app quitting), then drop the least used files."""
        if self._timer is not None:
            self._timer.stop()
        due, self._due = self._due, None
        if due is None:
            return
        name, image = due
        path = self.folder / name
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _clear_the_way(path)
        except OSError:
            return
        from PySide6.QtCore import QIODevice, QSaveFile  # not before the first paint: ~1 ms of classes

        out = QSaveFile(str(path))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            return
        out.write(_HEADER.pack(MAGIC, image.width(), image.height()))
        out.write(bytes(image.constBits())[: image.width() * image.height() * 4])
        if out.commit():
            self.writes += 1
            self._drop_least_used()

    def _drop_least_used(self) -> None:
        with contextlib.suppress(OSError):
            kept = sorted(
                (entry.stat().st_mtime, entry.path)
                for entry in os.scandir(self.folder)
                if entry.name.endswith(SUFFIX) and entry.is_file(follow_symlinks=False)
            )
            for _mtime, path in kept[:-KEEP]:
                Path(path).unlink()
