"""Cold-load probe: parsing all four diagram views, or loading all routines, in a fresh process.

    python -m benchmarks.probe_load svg|routines|startup

`svg` and `routines` time the imports (the `desktop` package itself, then the loading module with
svgelements or tomllib and the catalogue: all part of the cost on first use) and the loading itself,
separately, in a process without Qt: the issue's cold figures.

`startup` measures what the app itself spends on them before its first paint: in a process that has
already imported what the app has by then (PySide6's widgets, which bring most of the standard library
the loaders use, and the `desktop` package), it imports the loaders, loads the catalogue and every
routine, and parses the one view the window shows first.
"""

from __future__ import annotations

import argparse
import sys
import time

from benchmarks.probe_kit import emit


def _import_package() -> float:
    """Import the `desktop` package on its own first: both loads pay for it, the app pays once."""
    start = time.perf_counter()
    import desktop  # noqa: F401

    return (time.perf_counter() - start) * 1000


def load_svg() -> dict:
    start = time.perf_counter()
    package_ms = _import_package()
    from desktop.model.anatomy import load_view
    from desktop.model.zones import VIEWS

    imported = time.perf_counter()
    per_view = {}
    for view in VIEWS:
        t = time.perf_counter()
        load_view(view)
        per_view[view] = (time.perf_counter() - t) * 1000
    end = time.perf_counter()
    return {
        "package_ms": package_ms,
        "import_ms": (imported - start) * 1000,
        "load_ms": (end - imported) * 1000,
        "total_ms": (end - start) * 1000,
        "per_view_ms": per_view,
    }


def load_routines() -> dict:
    start = time.perf_counter()
    package_ms = _import_package()
    from desktop.model.library import load_library
    from desktop.model.zones import load_catalogue

    imported = time.perf_counter()
    library = load_library(user_dir=None, catalogue=load_catalogue())
    end = time.perf_counter()
    return {
        "package_ms": package_ms,
        "import_ms": (imported - start) * 1000,
        "load_ms": (end - imported) * 1000,
        "total_ms": (end - start) * 1000,
        "routines": len(library.routines),
        "problems": len(library.problems),
    }


def load_at_startup() -> dict:
    from PySide6 import QtWidgets  # noqa: F401  (imported by then, with the standard library it brings)

    import desktop  # noqa: F401  (imported by then: `python -m desktop` starts in it)

    start = time.perf_counter()
    from desktop.model.anatomy import load_view
    from desktop.model.library import load_library
    from desktop.model.settings import AppSettings
    from desktop.model.zones import load_catalogue

    imported = time.perf_counter()
    load_library(user_dir=None, catalogue=load_catalogue())
    load_view(AppSettings().view)
    end = time.perf_counter()
    return {"import_ms": (imported - start) * 1000, "total_ms": (end - start) * 1000}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_load")
    parser.add_argument("what", choices=("svg", "routines", "startup"))
    args = parser.parse_args(argv)
    emit({"svg": load_svg, "routines": load_routines, "startup": load_at_startup}[args.what]())


if __name__ == "__main__":
    main(sys.argv[1:])
