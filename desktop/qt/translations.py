"""Loads the app's catalogue (assets/i18n/ankle_guide_<lang>.qm) and Qt's own, and routes the model's
translate() through QCoreApplication.translate, so both speak the chosen language.

Called once at start-up, before any window or catalogue of zones and routines exists: text is looked up
when it is built, so a change of language takes effect at the next start (the settings offer a restart).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import resources
from desktop.model import i18n

log = logging.getLogger(__name__)

_installed: list[tuple[QTranslator, bytes]] = []  # kept alive: Qt holds a pointer, load(data) keeps no copy


def catalogue_path(language: str) -> str:
    """The packaged compiled catalogue of `language`, relative to the resources root."""
    return f"assets/i18n/ankle_guide_{language}.qm"


def install_translations(app: QCoreApplication, language: str) -> str:
    """Speak `language` ("en", "de") from now on; returns the language actually installed (English when
    the catalogue is missing or unreadable, which is logged, never fatal)."""
    remove_translations(app)
    if language == i18n.ENGLISH or language not in i18n.LANGUAGES:
        return i18n.ENGLISH
    try:
        data = resources.read_bytes(catalogue_path(language))
    except OSError as error:
        log.warning("no %s catalogue (%s); staying in English", language, error)
        return i18n.ENGLISH
    ours = QTranslator(app)
    if not ours.load(data):
        log.warning("the %s catalogue is unreadable; staying in English", language)
        return i18n.ENGLISH
    qt_own = QTranslator(app)  # Qt's standard dialogs and buttons ("Cancel", "Yes")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        _installed.append((qt_own, b""))
    app.installTranslator(ours)
    _installed.append((ours, data))
    QLocale.setDefault(QLocale(language))
    i18n.install(_qt_lookup, language)
    return language


def remove_translations(app: QCoreApplication) -> None:
    """Back to the English source (tests switch languages within one process)."""
    while _installed:
        app.removeTranslator(_installed.pop()[0])
    QLocale.setDefault(QLocale.system())
    i18n.install(None)


def _qt_lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_locale_name() -> str:
    """The desktop's language as Qt reads it (LANGUAGE/LC_ALL/LC_MESSAGES/LANG on Linux)."""
    languages = QLocale.system().uiLanguages()
    return languages[0] if languages else QLocale.system().name()
