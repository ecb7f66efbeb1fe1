"""Hand memory the app has freed back to the system, once a session is over.

A session builds and drops a great deal of small native memory (text layouts, paths, the cue pictures of
each step). Some of it hangs off Python reference cycles, freed only when the garbage collector gets to
them, and glibc keeps freed heap pages for reuse rather than returning them, so an app left open for
months looked as if it grew: in the 200-session soak (benchmarks/probe_soak.py, issue 19) resident memory
rose 21-30 MB, of which 14-22 MB was freed memory the allocator held. A full collection, then
`malloc_trim(0)`, returns those pages; together they take tens of milliseconds, so they run once a
session is over, never during one. Elsewhere than glibc (musl, macOS) there is no trim and only the
collection runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
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
    """Free unreachable cycles, then return freed heap pages to the system; True when the C library
    could do the latter."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
