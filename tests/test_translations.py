"""The German catalogue (assets/i18n): built from the source by the project's own tooling, complete,
safe to format, compiled, and chosen the way a person expects (their setting, else the desktop's
language, else English)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.model import i18n

REPO = Path(__file__).resolve().parent.parent
CATALOGUE = REPO / "assets" / "i18n" / "ankle_guide_de.ts"
COMPILED = CATALOGUE.with_suffix(".qm")
BRIDGE = Path("desktop/qt/translations.py")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%[0-9]")


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _forms(message) -> list[str]:
    translation = message.find("translation")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_message_has_a_finished_translation() -> None:
    unfinished = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(CATALOGUE)
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not all(form.strip() for form in _forms(message))
    ]
    assert not unfinished, "translate these in assets/i18n/ankle_guide_de.ts:\n" + "\n".join(unfinished)


def test_translations_keep_every_placeholder_and_one_mnemonic_at_most() -> None:
    broken = []
    for context, message in _messages(CATALOGUE):
        source = message.findtext("source")
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in _forms(message):
            got = sorted(PLACEHOLDER.findall(form))
            if message.get("numerus") == "yes":  # a German singular may spell the number out
                got, wanted_here = sorted(set(got) - {"%n"}), sorted(set(wanted) - {"%n"})
            else:
                wanted_here = wanted
            mnemonics = len(re.findall(r"&(?!&)", form.replace("&&", "")))
            if (
                got != wanted_here
                or mnemonics > 1
                or (mnemonics == 0) != ("&" not in source.replace("&&", ""))
            ):
                broken.append(f"{context}: {source!r} → {form!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="needs pyside6-lupdate in the venv")
def test_the_catalogue_holds_every_string_of_the_source(tmp_path: Path) -> None:
    """packaging/translations.sh run afresh finds no new, changed or vanished string: nothing was
    added to the source without its German."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(CATALOGUE, fresh)
    command = [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete"]
    subprocess.run([*command, "desktop", "-ts", str(fresh)], cwd=REPO, check=True, capture_output=True)
    before = {(c, m.findtext("source")) for c, m in _messages(CATALOGUE)}
    after = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    assert after - before == set(), (
        f"new strings: run packaging/translations.sh and translate {after - before}"
    )
    assert before - after == set(), (
        f"strings gone from the source: run packaging/translations.sh {before - after}"
    )


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="needs pyside6-lrelease in the venv")
def test_the_shipped_qm_is_compiled_from_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == COMPILED.read_bytes(), "stale .qm: run packaging/translations.sh"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("de", "en_GB.UTF-8", "de"),  # the person's choice wins
        ("en", "de_DE.UTF-8", "en"),
        ("system", "de_AT.UTF-8", "de"),  # any German-speaking region
        ("system", "de-CH", "de"),  # Qt's uiLanguages spelling
        ("system", "fr_FR.UTF-8", "en"),  # a language we do not ship
        ("system", "", "en"),
        ("klingon", "C", "en"),  # a hand-edited settings file
    ],
)
def test_the_language_comes_from_the_setting_then_the_desktop(setting, system, expected) -> None:
    assert i18n.choose_language(setting, system) == expected


def test_a_missing_catalogue_leaves_the_app_in_english(qapp, monkeypatch) -> None:
    from desktop.qt import translations

    monkeypatch.setattr(translations, "catalogue_path", lambda language: "assets/i18n/none.qm")
    assert translations.install_translations(qapp, "de") == "en"
    assert i18n.current_language() == "en" and i18n.translate("x", "Start") == "Start"


def test_german_is_installed_and_removed(qapp) -> None:
    from desktop.qt import translations

    assert translations.install_translations(qapp, "de") == "de"
    try:
        assert i18n.current_language() == "de"
        assert i18n.translate("x", "no such source") == "no such source"  # unknown text stays as it is
    finally:
        translations.remove_translations(qapp)
    assert i18n.current_language() == "en"


_OWNERS = ("i18n", "QCoreApplication")


def _is_translation_call(func) -> bool:
    import ast

    if isinstance(func, ast.Name):
        return func.id in ("translate", "QT_TRANSLATE_NOOP", "tr")
    if isinstance(func, ast.Attribute):
        return func.attr == "tr" or (func.attr == "translate" and getattr(func.value, "id", "") in _OWNERS)
    return False


def _translate_calls():
    import ast

    for path in sorted((REPO / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _is_translation_call(node.func):
                yield path.relative_to(REPO), node


def _literal_text(call) -> bool:
    """A literal text is what lupdate collects; a variable one looks up a constant marked elsewhere."""
    import ast

    return len(call.args) > 1 and isinstance(call.args[1], ast.Constant)


def test_every_call_is_one_lupdate_can_read() -> None:
    """lupdate reads the source without running it: the context must be a literal; a count argument
    makes it drop the call (or miss the plural), so none is passed (desktop/model/i18n.py rules);
    self.tr() takes its context from the class at run time, which breaks in subclasses."""
    import ast

    wrong = []
    for path, call in _translate_calls():
        where = f"{path}:{call.lineno}"
        if path == BRIDGE:
            continue  # the one place that hands the model's look-ups to Qt
        if getattr(call.func, "attr", None) == "tr" or getattr(call.func, "id", None) == "tr":
            wrong.append(f"{where}: tr() — use translate(context, text)")
        elif not call.args or (not isinstance(call.args[0], ast.Constant) and _literal_text(call)):
            wrong.append(f"{where}: the context is not a string literal")
        elif len(call.args) > 3 or call.keywords:
            wrong.append(f"{where}: a count or keyword argument — pick one of two whole sentences instead")
    assert not wrong, "\n".join(wrong)


def test_every_literal_call_is_in_the_catalogue() -> None:
    """lupdate skips, without a word, a call with another call among its arguments: read the source
    ourselves and find every literal (context, text) in the catalogue."""
    import ast

    known = {(c, m.findtext("source")) for c, m in _messages(CATALOGUE)}
    missing = []
    for path, call in _translate_calls():
        args = call.args
        if path == BRIDGE or len(args) < 2:
            continue
        literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2])
        if literal and (args[0].value, args[1].value) not in known:
            missing.append(f"{path}:{call.lineno}: {args[0].value}: {args[1].value!r}")
    assert not missing, "not in the catalogue (lupdate skipped them):\n" + "\n".join(missing)
