"""Python's cyclic garbage collector is off while the window is built, then kept off those objects.

Starting a window makes ~55,000 objects that live as long as the app (classes, Qt wrappers, the model)
and next to no garbage (~620 objects, ~100 KB, measured at the first paint). The collector still ran
~46 times over them, ~5.5 ms before the first paint on the benchmark machine (issue 19), and ~4 ms more
while PySide6 loads. So it is off from the moment a window is wanted until the first paint. Then
`gc.freeze()` (https://docs.python.org/3/library/gc.html#gc.freeze) moves everything made so far into
the permanent generation: no later collection walks the start-up objects again (which also makes every
later full collection cheaper), and everything made after is collected as usual.

The price, bounded and paid once: the start-up garbage, and any start-up object that later becomes
garbage inside a reference cycle, is never freed.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """No collections from now until `resume()`: a window is about to be built."""
    gc.disable()


def resume() -> None:
    """Freeze what exists (start-up's objects) out of every later collection, and collect again."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
