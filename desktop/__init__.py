"""Ankle Guide: guided self-massage for ankle pain and tension."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ankle-guide")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"

APP_NAME = "Ankle Guide"
APP_ID = "io.github.ankleguide.AnkleGuide"
ORG_NAME = "AnkleGuide"
