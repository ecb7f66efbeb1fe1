"""Cold-load probe: parsing all four diagram views, or loading all routines, in a fresh process.

    python -m benchmarks.probe_load svg|routines

Times the imports (the `desktop` package itself, then the loading module with svgelements or tomllib and
the catalogue: all part of the cost on first use) and the loading itself, separately. No Qt is imported.
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe_load")
    parser.add_argument("what", choices=("svg", "routines"))
    args = parser.parse_args(argv)
    emit(load_svg() if args.what == "svg" else load_routines())


if __name__ == "__main__":
    main(sys.argv[1:])
