"""AppSettings ⇄ QSettings, plus saved window geometry.

The store only moves raw values; reading a stored value into a typed, in-range setting is the model's job
(`AppSettings.from_raw`), so a hand-edited or outdated file falls back to defaults and never crashes.
The QSettings object is injected, so tests point it at an INI file under tmp_path.
"""

from __future__ import annotations

import logging
import re
from dataclasses import fields

from PySide6.QtCore import QByteArray, QSettings

from desktop import ORG_NAME
from desktop.model.settings import AppSettings

log = logging.getLogger(__name__)

APP_KEY = "ankle-guide"
_GROUP = "settings"
_GEOMETRY_GROUP = "geometry"
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
_FIELDS = tuple(f.name for f in fields(AppSettings))


def default_qsettings() -> QSettings:
    """The user's settings file: an INI file on every platform, so it can be read and repaired by hand."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_KEY)


class SettingsStore:
    """Loads and saves AppSettings and named window geometries."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qs = qsettings if qsettings is not None else default_qsettings()

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def load(self) -> AppSettings:
        """The stored settings; any missing, unreadable or out-of-range value is its default."""
        if self._qs.status() != QSettings.Status.NoError:
            log.warning("settings file %s is unreadable; using defaults", self._qs.fileName())
            return AppSettings()
        raw: dict[str, object] = {}
        self._qs.beginGroup(_GROUP)
        try:
            for key in _FIELDS:
                if self._qs.contains(key):
                    raw[key] = self._qs.value(key)
        except Exception:  # a value Qt cannot convert to Python
            log.warning(
                "settings file %s has a bad value; using defaults", self._qs.fileName(), exc_info=True
            )
            return AppSettings()
        finally:
            self._qs.endGroup()
        return AppSettings.from_raw(raw)

    def save(self, settings: AppSettings) -> None:
        """Write every field (validated first) and flush to disk; "not set" values are removed."""
        self._qs.beginGroup(_GROUP)
        try:
            for key, value in settings.to_raw().items():
                if value is None:
                    self._qs.remove(key)
                else:
                    self._qs.setValue(key, value)
        finally:
            self._qs.endGroup()
        self._sync()

    def save_geometry(self, name: str, geometry: QByteArray) -> None:
        """Remember a window's `saveGeometry()` (or a splitter's `saveState()`) under `name`."""
        self._qs.setValue(_geometry_key(name), QByteArray(geometry))
        self._sync()

    def restore_geometry(self, name: str) -> QByteArray | None:
        """The bytes saved under `name`, or None if there are none (or they are not bytes)."""
        try:
            value = self._qs.value(_geometry_key(name))
        except Exception:
            log.warning("bad geometry value for %r", name, exc_info=True)
            return None
        if isinstance(value, bytes | bytearray):
            value = QByteArray(bytes(value))
        if not isinstance(value, QByteArray) or value.isEmpty():
            return None
        return value

    def _sync(self) -> None:
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            log.warning("could not write settings to %s (%s)", self._qs.fileName(), self._qs.status().name)


def _geometry_key(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError(f"geometry name must be 1–64 letters, digits, '-' or '_': {name!r}")
    return f"{_GEOMETRY_GROUP}/{name}"
