"""Freed memory goes back to the system when a session ends (issue 19: the 200-session soak's growth was
mostly freed heap that glibc kept)."""

from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path

import pytest
from scripted_dialogs import ScriptedDialogs

from desktop import heap
from desktop.app import App
from desktop.cli import build_parser
from desktop.model.clock import FakeClock


def test_release_returns_freed_heap_on_glibc() -> None:
    if ctypes.util.find_library("c") is None or not hasattr(ctypes.CDLL(None), "malloc_trim"):
        pytest.skip("not glibc")
    assert heap.release_freed_memory() is True


def test_release_does_nothing_without_malloc_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    heap._malloc_trim.cache_clear()
    monkeypatch.setattr(heap.ctypes, "CDLL", lambda _name: object())  # a C library with no malloc_trim
    try:
        assert heap.release_freed_memory() is False
    finally:
        heap._malloc_trim.cache_clear()


def test_the_app_releases_freed_memory_when_a_session_ends(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(heap, "release_freed_memory", lambda: calls.append("released") or True)
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    built = App(args, history_path=tmp_path / "history.sqlite3", dialogs=ScriptedDialogs())
    qtbot.addWidget(built.window)
    try:
        built.controller.clock = FakeClock()
        built.controller.start()
        assert calls == []  # never while a session runs
        built.controller.stop()
        qtbot.waitUntil(lambda: calls == ["released"])  # once the event loop has run
    finally:
        built.close()
