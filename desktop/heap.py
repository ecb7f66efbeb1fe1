"""Hand memory the app has freed back to the system, once a session is over.

A session builds and drops a great deal of small native memory (text layouts, paths, the cue pictures of
each step). glibc keeps freed heap pages for reuse rather than returning them, so an app left open for
months looked as if it grew: in the 200-session soak (benchmarks/probe_soak.py, issue 19) resident memory
rose 21 MB, of which about 14 MB was freed memory the allocator held. `malloc_trim(0)` returns those
pages; it takes a few milliseconds, so it runs at the end of a session, never during one. Elsewhere than
glibc (musl, macOS) there is no such call and this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_freed_memory() -> bool:
    """Return freed heap pages to the system; True when the C library could do it."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
