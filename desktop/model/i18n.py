"""One way to mark and look up the words a person reads, for the model and the widgets alike.

The model knows nothing of Qt, yet its sentences (the session presenter's, the safety rules', the pain
scale's) must be German when the app is. So every visible string goes through `translate(context, text)`
here; the Qt side installs QCoreApplication.translate as the look-up at start-up (desktop.qt.translations)
and `pyside6-lupdate` finds every call by its name, so the catalogue (desktop/i18n/*.ts) is built from the
source. Without an installed look-up (model tests, the CLI) the English source text is returned.

Rules for callers, so translators can work and nothing crashes in German:
- context and text are string literals (lupdate reads the source, it does not run it);
- no f-strings: write placeholders as {name} and call .format(name=...) on the *translated* text;
- plurals: pick between two whole sentences by the count ("1 minute" / "{n} minutes"): English and
  German both have one form for 1 and one for the rest. Never pass a count (translate's n): our
  pyside6-lupdate drops such a call from the catalogue when n is an expression, and never marks it as
  a plural otherwise (tests/test_translations.py refuses such calls);
- constants defined at import time are marked with QT_TRANSLATE_NOOP and translated where shown.
"""

from __future__ import annotations

from collections.abc import Callable

Lookup = Callable[[str, str, "str | None", int], str]

ENGLISH = "en"
GERMAN = "de"
LANGUAGES: dict[str, str] = {ENGLISH: "English", GERMAN: "Deutsch"}
"""The languages the app ships, by code, each named in its own language (the way a chooser lists them)."""


def _source_text(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """No catalogue: the English source, with %n filled in as Qt does for an untranslated plural."""
    return text.replace("%n", str(n)) if n >= 0 else text


_lookup: Lookup = _source_text
_language = ENGLISH


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the app's language. `context` groups strings for the translator (usually the module)."""
    return _lookup(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a constant for the catalogue without translating it yet: translate(context, it) where shown."""
    return text


def install(lookup: Lookup | None, language: str = ENGLISH) -> None:
    """Use `lookup` for every translate() from now on; None goes back to the English source."""
    global _lookup, _language
    _lookup = lookup or _source_text
    _language = language if lookup else ENGLISH


def current_language() -> str:
    """The code ("en", "de") of the catalogue installed, for text files that come per language."""
    return _language


def local_decimal(number_text: str) -> str:
    """A number written for a person: "2,5" in German, "2.5" in English. Only for display; what is
    stored or exported keeps the point."""
    return number_text.replace(".", ",") if _language == GERMAN else number_text


def choose_language(setting: str | None, system_locale_name: str) -> str:
    """The language to start in: the person's choice if it is one we ship, else the system's if we ship
    it (from a locale name such as "de_AT.UTF-8"), else English."""
    if setting in LANGUAGES:
        return setting
    system = (system_locale_name or "").replace("-", "_").split("_", 1)[0].lower()
    return system if system in LANGUAGES else ENGLISH
