"""AppSettings ⇄ QSettings, plus saved window geometry.

The store only moves raw values; reading a stored value into a typed, in-range setting is the model's job
(`AppSettings.from_raw`), so a hand-edited or outdated file falls back to defaults and never crashes.
The QSettings object is injected, so tests point it at an INI file under tmp_path.
"""

from __future__ import annotations

import logging
import re
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop import ORG_NAME
from desktop.model.i18n import translate
from desktop.model.safe_read import not_regular
from desktop.model.settings import AppSettings

log = logging.getLogger(__name__)

APP_KEY = "ankle-guide"
_GROUP = "settings"
_GEOMETRY_GROUP = "geometry"
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
_FIELDS = tuple(f.name for f in fields(AppSettings))


def default_qsettings() -> QSettings:
    """The user's settings file: an INI file on every platform, so it can be read and repaired by hand.
    QSettings reads the file as it is made: check `refusal(settings_file())` first."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_KEY)


def settings_file() -> str:
    """Where default_qsettings keeps its file, found without opening it: beside the file of a QSettings
    that has none (wherever QSettings.setPath or XDG_CONFIG_HOME put user-scope INI files)."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, f"{APP_KEY}-path")
    return str(Path(probe.fileName()).with_name(f"{APP_KEY}.ini"))


def refusal(file_name: str) -> str | None:
    """Why the settings file at `file_name` is not read (a named pipe, a folder, a device: QSettings would
    wait for ever on a pipe, before any window shows), in the words the person is shown; None if it
    is a regular file or not there yet."""
    try:
        reason = not_regular(Path(file_name).stat().st_mode)
    except OSError:
        return None  # not there yet (it is made at the first save), or unreadable: QSettings says so
    if reason is None:
        return None
    return translate(
        "settings_store", "Your settings file {path} {reason}: the defaults are used and nothing is saved."
    ).format(path=file_name, reason=reason)


class SettingsStore:
    """Loads and saves AppSettings and named window geometries.

    `problem`: why the settings file is not used at all (see `refusal`), for the app to show; then the
    defaults are loaded and nothing is saved.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._file = qsettings.fileName() if qsettings is not None else settings_file()
        self.problem = refusal(self._file)
        self._qs = None if self.problem else (qsettings if qsettings is not None else default_qsettings())
        if self.problem:
            log.warning("%s", self.problem)

    @property
    def file_name(self) -> str:
        return self._file

    def load(self) -> AppSettings:
        """The stored settings; any missing, unreadable or out-of-range value is its default."""
        if self.problem:
            return AppSettings()
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
        if self.problem:
            return
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
        if self.problem:
            return
        self._qs.setValue(_geometry_key(name), QByteArray(geometry))
        self._sync()

    def restore_geometry(self, name: str) -> QByteArray | None:
        """The bytes saved under `name`, or None if there are none (or they are not bytes)."""
        if self.problem:
            return None
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
