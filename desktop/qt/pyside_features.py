"""PySide6's per-module feature check, answered without reading every module's source.

PySide6 can switch its classes to other spellings per module (`from __feature__ import snake_case,
true_property`). To know which modules take part, an import hook (PYSIDE-2029, shibokensupport.feature)
asks of every module imported after PySide6 whether its source mentions "PySide6": 0 ("uses PySide, no
feature") if so, -1 ("leave out of feature switching") if not. It asks through inspect.getsource, so
linecache keeps every line of every module (~4.4 MB) and the start pays for reading and splitting ~250
files (~10-20 ms before the first paint).

This app never turns a feature on (tests/test_pyside_features.py checks that no module of it imports
`__feature__`), and with no feature on, 0 and -1 behave the same: the classes keep their one, normal
spelling, so there is nothing to switch. Every module is therefore answered 0 without reading anything.
A module that does import `__feature__` is still handled by PySide itself (that import sets its entry).

`skip_source_scans()` imports PySide6 (the cost every window pays first) and installs the answer: call
it before the modules that follow are imported. It is a no-op on a PySide6 without the hook.
"""

from __future__ import annotations

import linecache
import sys


def skip_source_scans() -> None:
    import PySide6  # noqa: F401 - its import installs the hook; the modules already loaded are scanned then

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    if getattr(feature._mod_uses_pyside, "answers_without_reading", False):
        return
    feature._mod_uses_pyside = _uses_pyside
    linecache.clearcache()  # the sources PySide's own check read for the modules loaded before it


def _uses_pyside(module: object) -> bool:
    """0 ("no feature") for every module: the same as -1 while no module turns a feature on."""
    return True


_uses_pyside.answers_without_reading = True  # type: ignore[attr-defined]
