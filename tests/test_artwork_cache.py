"""The artwork drawn last time is read back from disk at the next start instead of drawing the SVG again
(issue 19: ~9 ms of the first paint), and a damaged, foreign or special file in the cache is ignored:
the SVG is drawn as before, nothing hangs and nothing is shown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_child import run_app_child
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.qt import artwork_cache
from desktop.qt.artwork_cache import KEEP, MAX_PIXELS, ArtworkCache, cache_name

SOURCE = b"<svg>the artwork's bytes</svg>"
FORMAT = QImage.Format.Format_ARGB32_Premultiplied


def drawing(width: int = 40, height: int = 30, seed: int = 0) -> QImage:
    """An image with different pixels everywhere, so a shifted or partial read would show."""
    image = QImage(width, height, FORMAT)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    for x in range(0, width, 3):
        painter.fillRect(x, 0, 2, height, QColor((x * 7 + seed) % 256, (x * 13) % 256, 90, 200))
    painter.end()
    return image


def kept(cache: ArtworkCache, source: bytes, image: QImage) -> None:
    cache.remember(source, image)
    cache.flush()


@pytest.fixture
def cache(qapp, tmp_path: Path) -> ArtworkCache:
    return ArtworkCache(tmp_path / "artwork")


def test_a_drawing_kept_is_read_back_pixel_for_pixel(cache) -> None:
    image = drawing()
    assert cache.load(SOURCE, 40, 30) is None  # nothing kept yet
    kept(cache, SOURCE, image)
    back = cache.load(SOURCE, 40, 30)
    assert back is not None and back.format() == FORMAT
    assert back == image
    assert (cache.writes, cache.hits) == (1, 1)


def test_another_artwork_or_size_is_not_read_as_this_one(cache) -> None:
    kept(cache, SOURCE, drawing())
    assert cache.load(SOURCE + b" changed", 40, 30) is None  # the SVG changed: its digest did
    assert cache.load(SOURCE, 41, 30) is None


def test_a_window_being_resized_writes_only_the_size_it_stopped_at(cache) -> None:
    for width in range(40, 60):
        cache.remember(SOURCE, drawing(width))  # each size the drag passed through
    assert cache.writes == 0  # nothing yet: the write waits for the size to stay
    cache.flush()
    assert cache.writes == 1
    assert cache.load(SOURCE, 59, 30) is not None
    assert cache.load(SOURCE, 45, 30) is None


def test_the_write_happens_once_the_size_has_stayed_a_while(qtbot, cache, monkeypatch) -> None:
    monkeypatch.setattr(artwork_cache, "WRITE_AFTER_MS", 50)
    slow = ArtworkCache(cache.folder)
    slow.remember(SOURCE, drawing())
    qtbot.waitUntil(lambda: slow.writes == 1, timeout=2000)
    assert slow.load(SOURCE, 40, 30) is not None


def test_only_the_most_recently_used_sizes_are_kept(cache) -> None:
    for n, width in enumerate(range(40, 40 + KEEP)):
        kept(cache, SOURCE, drawing(width))
        os.utime(cache.folder / cache_name(SOURCE, width, 30), (1000 + n, 1000 + n))
    assert cache.load(SOURCE, 40, 30) is not None  # the oldest, used now: kept
    kept(cache, SOURCE, drawing(99))  # one more than KEEP: the least recently used goes
    files = sorted(path.name for path in cache.folder.iterdir())
    assert len(files) == KEEP
    assert cache_name(SOURCE, 40, 30) in files
    assert cache_name(SOURCE, 41, 30) not in files


def test_a_drawing_too_large_to_keep_is_not_written(cache) -> None:
    side = int(MAX_PIXELS**0.5) + 1
    kept(cache, SOURCE, QImage(side, side, FORMAT))
    assert cache.writes == 0
    assert not cache.folder.exists()


@pytest.mark.parametrize(
    "damage",
    ["truncated", "longer", "wrong_magic", "wrong_size_in_header", "empty"],
)
def test_a_damaged_file_is_ignored(cache, damage: str) -> None:
    kept(cache, SOURCE, drawing())
    path = cache.folder / cache_name(SOURCE, 40, 30)
    data = path.read_bytes()
    path.write_bytes(
        {
            "truncated": data[:-7],
            "longer": data + b"\0" * 4,
            "wrong_magic": b"XXXXXXXX" + data[8:],
            "wrong_size_in_header": data[:8] + (41).to_bytes(4, "little") + data[12:],
            "empty": b"",
        }[damage]
    )
    assert cache.load(SOURCE, 40, 30) is None
    assert cache.hits == 0


@pytest.mark.parametrize("kind", ["fifo", "folder", "symlink_to_device"])
def test_a_special_file_in_its_place_is_refused_without_hanging(cache, kind: str) -> None:
    cache.folder.mkdir(parents=True)
    path = cache.folder / cache_name(SOURCE, 40, 30)
    if kind == "fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer forever
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")  # endless zeros (only read here: see the test below for writing)
    assert cache.load(SOURCE, 40, 30) is None
    assert cache.hits == 0


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_writing_over_a_special_file_neither_hangs_nor_raises(cache, kind: str) -> None:
    cache.folder.mkdir(parents=True)
    path = cache.folder / cache_name(SOURCE, 40, 30)
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    kept(cache, SOURCE, drawing())
    if kind == "folder":  # a folder is left alone, and nothing is kept
        assert cache.writes == 0 and path.is_dir()
    else:  # the pipe is replaced by the drawing, whole
        assert cache.load(SOURCE, 40, 30) == drawing()


def test_a_symlink_in_the_cache_is_replaced_never_written_through(cache, tmp_path: Path) -> None:
    victim = tmp_path / "a file of the person's"
    victim.write_text("keep me")
    cache.folder.mkdir(parents=True)
    path = cache.folder / cache_name(SOURCE, 40, 30)
    path.symlink_to(victim)
    kept(cache, SOURCE, drawing())
    assert victim.read_text() == "keep me"
    assert not path.is_symlink()
    assert cache.load(SOURCE, 40, 30) == drawing()


def test_a_cache_folder_that_cannot_be_made_loses_nothing_but_the_cache(qapp, tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    cache = ArtworkCache(blocked / "artwork")
    kept(cache, SOURCE, drawing())  # no exception
    assert cache.writes == 0
    assert cache.load(SOURCE, 40, 30) is None


WATCHED = """
from desktop.ui import artwork as artwork_module

class Watched(app_module.App):
    def load_user_routines(self):  # run_app calls it right after the first paint
        super().load_user_routines()
        cache = artwork_module._disk_cache
        drawn = self.window.diagram._artwork.renders
        qtsvg = "PySide6.QtSvg" in sys.modules
        print(f"after paint: svg_drawn={drawn} read_back={cache.hits} qtsvg={qtsvg}")
        QTimer.singleShot(0, self.quit)
"""


def test_the_second_start_reads_the_artwork_back_instead_of_drawing_it(tmp_path: Path) -> None:
    first = run_app_child(WATCHED, tmp_path, "--size", "900x700")
    assert first.returncode == 0, first.stderr
    assert "after paint: svg_drawn=1 read_back=0 qtsvg=True" in first.stdout
    files = list((tmp_path / "cache").rglob("*.argb"))
    assert len(files) == 1  # written as the app quit
    second = run_app_child(WATCHED, tmp_path, "--size", "900x700")
    assert second.returncode == 0, second.stderr
    assert "after paint: svg_drawn=0 read_back=1 qtsvg=False" in second.stdout  # QtSvg not even loaded
    files[0].write_bytes(b"damaged")  # a damaged cache: drawn again, and nothing else changes
    third = run_app_child(WATCHED, tmp_path, "--size", "900x700")
    assert third.returncode == 0, third.stderr
    assert "after paint: svg_drawn=1 read_back=0 qtsvg=True" in third.stdout
    assert third.stderr.count("Traceback") == 0
