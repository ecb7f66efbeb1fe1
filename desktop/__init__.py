"""Ankle Guide: guided self-massage for ankle pain and tension."""

from __future__ import annotations

APP_NAME = "Ankle Guide"
APP_ID = "io.github.ankleguide.AnkleGuide"
ORG_NAME = "AnkleGuide"


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed metadata (single-sourced from pyproject) on first use.

    Lazy because importing importlib.metadata costs 35–55 ms, which the window's first paint must not
    wait for; only --version, the About box and the app's version (set after the first paint) need it.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("ankle-guide")
    except PackageNotFoundError:  # running from a checkout that was never installed
        value = "0.0.0+checkout"
    globals()["__version__"] = value
    return value
