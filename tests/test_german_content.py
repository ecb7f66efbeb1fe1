"""German routine and zone words (routines/de/, assets/i18n/de/): the shipped files are complete and
clean, the app in German shows them, a broken one falls back to English with a clear line, and English
is untouched. Model only, no display."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import resources
from desktop.checks import check_paths, expand
from desktop.model import i18n, zones
from desktop.model.library import Library, load_library
from desktop.model.routine import Routine, Step
from desktop.model.routine_loader import builtin_drafts
from desktop.model.routine_words import read_routine_words
from desktop.model.zone_words import read_zone_words
from desktop.model.zones import load_catalogue

REPO = Path(__file__).resolve().parent.parent
SHIPPED = ("full-session", "quick-break", "standard", "tension-relief")


@pytest.fixture
def german() -> Iterator[None]:
    """The app in German, as start-up installs it (the words' look-up itself does not matter here)."""
    i18n.install(_passthrough, i18n.GERMAN)
    yield
    i18n.install(None)


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the packaged files that a test may break; the app reads it instead of the real ones."""
    for top in ("assets", "routines"):
        shutil.copytree(REPO / top, tmp_path / top, ignore=shutil.ignore_patterns("*.svg", "*.wav", "*.png"))
    monkeypatch.setattr(resources, "_root", lambda: tmp_path)
    monkeypatch.setattr(zones, "_catalogues", {})  # parsed again from the copy
    return tmp_path


def german_library() -> Library:
    return load_library(catalogue=load_catalogue(i18n.GERMAN))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def lines(library: Library) -> list[str]:
    return [str(p) for p in library.problems]


# --- the shipped German files ---------------------------------------------------------------------


def test_every_built_in_routine_and_zone_has_german_words_without_a_problem(german: None) -> None:
    english, _ = builtin_drafts(language=i18n.ENGLISH)
    assert sorted(d.id for d in english) == list(SHIPPED)
    for draft in english:
        file = f"routines/de/{draft.id}.toml"
        words, problems = read_routine_words(resources.read_bytes(file), file, draft)
        assert problems == [] and words is not None, file
        written = {e.id for e in draft.entries if isinstance(e, Step)}
        assert set(words.steps) == written, file  # every step written out in English has its words
    catalogue = load_catalogue(i18n.ENGLISH)
    words, problems = read_zone_words(
        resources.read_bytes("assets/i18n/de/zones.toml"), "zones", catalogue.words()
    )
    assert problems == [] and set(words) == catalogue.ids
    assert [f.name for f in resources.listdir("routines/de", ".toml")] == [f"{r}.toml" for r in SHIPPED]
    library = german_library()
    assert library.problems == () and load_catalogue(i18n.GERMAN).problems == ()


def test_check_passes_the_german_files_and_lists_them_with_the_routines_folder() -> None:
    files = expand([REPO / "routines"])
    assert REPO / "routines" / "de" / "standard.toml" in files
    assert check_paths([REPO / "routines", REPO / "assets" / "i18n" / "de"]) == []


def test_german_plain_zone_names_join_into_a_sentence() -> None:
    """Plain names are joined with "and" (translated) and lower-cased mid-sentence: each German one
    starts with an article, so no noun loses its capital, and holds no "und" of its own."""
    for zone in load_catalogue(i18n.GERMAN):
        assert zone.plain.split()[0] in {"Der", "Die", "Das"}, zone.id
        assert " und " not in zone.plain, zone.id


# --- the app in German ----------------------------------------------------------------------------


def _passthrough(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


def _english_by_id() -> dict[str, Routine]:
    """The built-in routines as an English app loads them, whatever language the test has installed."""
    language = i18n.current_language()
    i18n.install(None)
    try:
        return {r.id: r for r in load_library(catalogue=load_catalogue(i18n.ENGLISH)).routines}
    finally:
        if language != i18n.ENGLISH:
            i18n.install(_passthrough, language)


def test_in_german_the_built_in_routines_and_zones_come_with_the_german_words(german: None) -> None:
    english = _english_by_id()
    library = german_library()
    assert library.problems == ()
    standard = library.get("standard")
    assert standard is not None and standard.title == "Standard-Massage für das Sprunggelenk"
    assert standard.steps[0].cue == "Lange, leichte Striche hinauf zur Wade"
    assert "nie" in standard.steps[0].cautions[0]  # "never press" keeps its force
    press = library.get("tension-relief").step_by_id("hollow-press")
    assert [(p.name, p.cue) for p in press.phases] == [
        ("Halten", "Fest und gleichmäßig halten"),
        ("Lösen", "Langsam nachlassen"),
    ]
    full = library.get("full-session")
    assert full.title == "Ausführliche Sitzung" and full.steps[0].title == "Aufwärmen durch Ausstreichen"
    for routine in library.routines:  # only the words changed: timing, zones, pressure, motion are English
        original = english[routine.id]
        assert routine.preparation != original.preparation
        for mine, theirs in zip(routine.steps, original.steps, strict=True):
            assert mine.title != theirs.title
            assert (mine.id, mine.zones, mine.duration_s, mine.pressure, mine.motion, mine.technique) == (
                theirs.id,
                theirs.zones,
                theirs.duration_s,
                theirs.pressure,
                theirs.motion,
                theirs.technique,
            )
            assert [(p.seconds, p.direction) for p in mine.phases] == [
                (p.seconds, p.direction) for p in theirs.phases
            ]
    heel = load_catalogue(i18n.GERMAN)["heel"]
    assert (heel.name, heel.plain, heel.views) == (
        "Ferse",
        "Die Ferse",
        load_catalogue(i18n.ENGLISH)["heel"].views,
    )
    assert load_catalogue(i18n.GERMAN)["achilles_tendon"].no_press


def test_a_users_own_routine_is_shown_as_written(german: None, tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_bytes(
        b'id = "mine"\ntitle = "My evening"\nsummary = "Mine."\nsides = "both"\n\n'
        b'[[steps]]\nid = "hold"\ntitle = "Hold the hollow"\ntechnique = "sustained_pressure"\n'
        b'zones = ["inner_ankle_concavity"]\nduration = 30\npressure = "firm"\n'
        b'motion = { pattern = "hold", direction = "still" }\ncue = "Press and hold"\n'
        b'instructions = "Press and hold the hollow."\n'
    )
    library = load_library(tmp_path, catalogue=load_catalogue(i18n.GERMAN))
    mine = library.get("mine")
    assert library.problems == () and mine is not None
    assert (mine.title, mine.steps[0].title, mine.steps[0].cue) == (
        "My evening",
        "Hold the hollow",
        "Press and hold",
    )


def test_english_is_unaffected_even_by_a_broken_german_file(tree: Path) -> None:
    (tree / "routines" / "de" / "standard.toml").write_text("title = ", encoding="utf-8")
    (tree / "assets" / "i18n" / "de" / "zones.toml").write_text("[zones", encoding="utf-8")
    library = load_library(catalogue=load_catalogue())
    assert library.problems == () and load_catalogue().problems == ()
    assert library.get("standard").title == "Standard ankle massage"
    assert load_catalogue()["heel"].plain == "Heel"


# --- broken translations: one clear line, and English for that routine ----------------------------

STANDARD = "routines/de/standard.toml"
RELIEF = "routines/de/tension-relief.toml"
ROUTINE_CASES = {
    # kind: (file, old text, new text, expected start of a problem line, words in it)
    "unknown step": (
        STANDARD,
        "[steps.closing-glide]",
        "[steps.closing-glid]",
        f"{STANDARD}: field 'steps.closing-glid'",
        "unknown step 'closing-glid'; did you mean 'closing-glide'?",
    ),
    "missing step": (
        STANDARD,
        "[steps.closing-glide]",
        "[unused.closing-glide]",
        f"{STANDARD}: step 6 'closing-glide'",
        "missing: add a [steps.closing-glide] table",
    ),
    "wrong type": (
        STANDARD,
        'cue = "Jetzt um den Außenknöchel kreisen"',
        "cue = 5",
        f"{STANDARD}: step 3 'outer-bone-circles': field 'cue'",
        "must be text in quotes, not the number 5",
    ),
    "empty text": (
        STANDARD,
        'title = "Fuß anziehen und strecken"',
        'title = "  "',
        f"{STANDARD}: step 5 'flex-and-point': field 'title'",
        "must not be empty",
    ),
    "cue too long": (
        STANDARD,
        'cue = "Lange, leichte Striche hinauf zur Wade"',
        'cue = "Lange, leichte und ruhige Striche ganz hinauf zur Wade"',
        f"{STANDARD}: step 1 'warm-up-glide': field 'cue'",
        "has 9 words; keep it to 8",
    ),
    "caution count": (
        STANDARD,
        'cautions = ["Über der Achillessehne',
        'cautions = ["Vorsicht.", "Über der Achillessehne',
        f"{STANDARD}: step 1 'warm-up-glide': field 'cautions'",
        "has 2 entries; the English file has 1",
    ),
    "caution the English lacks": (
        STANDARD,
        'title = "Abschließendes Ausstreichen"',
        'title = "Abschließendes Ausstreichen"\ncautions = ["Vorsicht."]',
        f"{STANDARD}: step 6 'closing-glide': field 'cautions'",
        "the English file has none",
    ),
    "placeholder": (
        STANDARD,
        "Beenden Sie die Massage",
        "Beenden Sie nach {seconds} Sekunden die Massage",
        f"{STANDARD}: step 6 'closing-glide': field 'instructions'",
        "holds {seconds}, which the English text does not",
    ),
    "a field of the English file": (
        STANDARD,
        'title = "Kreise um den Innenknöchel"',
        'title = "Kreise um den Innenknöchel"\nduration = 30',
        f"{STANDARD}: step 2 'inner-bone-circles': field 'duration'",
        "is set in the English file (routines/standard.toml) only",
    ),
    "misspelt field": (
        STANDARD,
        'title = "Kreise um den Außenknöchel"',
        'titel = "Kreise um den Außenknöchel"',
        f"{STANDARD}: step 3 'outer-bone-circles': field 'titel'",
        "unknown field; did you mean 'title'?",
    ),
    "preparation count": (
        STANDARD,
        '    "Wärmen Sie etwas Massageöl',
        '    "Zusatz.",\n    "Wärmen Sie etwas Massageöl',
        f"{STANDARD}: field 'preparation'",
        "has 5 entries; the English file has 4",
    ),
    "phase count": (
        RELIEF,
        '    { name = "Lösen", cue = "Langsam nachlassen" },\n',
        "",
        f"{RELIEF}: step 4 'hollow-press': field 'phases'",
        "has 1 phases; the English step has 2",
    ),
    "phase cue too long": (
        RELIEF,
        'cue = "Langsam nachlassen"',
        'cue = "Ganz langsam und sehr behutsam mit dem Daumen nachlassen"',
        f"{RELIEF}: step 4 'hollow-press': field 'phases[2].cue'",
        "has 9 words",
    ),
    "words for a reused step": (
        RELIEF,
        "[steps.outer-ligament-friction]",
        '[steps.warm-up-glide]\ntitle = "x"\n\n[steps.outer-ligament-friction]',
        f"{RELIEF}: field 'steps.warm-up-glide'",
        "reuses 'standard/warm-up-glide', so its words come from the translation of routine 'standard'",
    ),
    "invalid TOML": (STANDARD, 'title = "Standard', "title = Standard", STANDARD, "is not valid TOML"),
    "nested too deeply": (
        STANDARD,
        'title = "Standard-Massage für das Sprunggelenk"',
        "title = " + "[" * 40 + "]" * 40,
        STANDARD,
        "values are nested too deeply",
    ),
}


@pytest.mark.parametrize("kind", sorted(ROUTINE_CASES))
def test_a_broken_routine_translation_is_reported_and_that_routine_stays_english(
    kind: str, german: None, tree: Path
) -> None:
    file, old, new, where, words = ROUTINE_CASES[kind]
    edit(tree / file, old, new)
    library = german_library()
    found = lines(library)
    assert any(line.startswith(f"{where}: ") and words in line for line in found), "\n".join(found)
    routine_id = Path(file).stem
    assert f"{file}: routine '{routine_id}' is shown in English until this is fixed" in found
    english = _english_by_id()[routine_id]
    broken = library.get(routine_id)
    assert broken is not None and broken.title == english.title
    drafts = builtin_drafts(language=i18n.ENGLISH)[0]
    own = {e.id for d in drafts if d.id == routine_id for e in d.entries if isinstance(e, Step)}
    assert [s.cue for s in broken.steps if s.id in own] == [s.cue for s in english.steps if s.id in own]
    others = [r for r in library.routines if r.id not in (routine_id, "full-session", "quick-break")]
    assert others and all(r.title != _english_by_id()[r.id].title for r in others)  # still German
    # `--check` on the same file gives the same line, named by the path it was given
    checked = check_paths([tree / file])
    assert any(words in line and line.startswith(str(tree / file)) for line in checked), checked


def test_a_missing_translation_is_reported_and_that_routine_stays_english(german: None, tree: Path) -> None:
    (tree / "routines" / "de" / "quick-break.toml").unlink()
    library = german_library()
    assert lines(library) == [
        "routines/de/quick-break.toml: is missing; routine 'quick-break' is shown in English"
    ]
    assert library.get("quick-break").title == "Quick break"
    assert library.get("standard").title != "Standard ankle massage"


def test_a_translation_of_no_built_in_routine_is_reported(german: None, tree: Path) -> None:
    shutil.copy(tree / "routines" / "de" / "standard.toml", tree / "routines" / "de" / "standrad.toml")
    expected = "routines/de/standrad.toml: unknown routine 'standrad'; did you mean 'standard'?"
    assert any(line.startswith(expected) for line in lines(german_library()))
    assert any(
        line.startswith(str(tree / "routines/de/standrad.toml")) for line in check_paths([tree / "routines"])
    )


def test_an_oversized_translation_is_refused_by_size(german: None, tree: Path) -> None:
    path = tree / "routines" / "de" / "standard.toml"
    path.write_bytes(path.read_bytes() + b"# padding\n" * 30_000)
    found = lines(german_library())
    size = path.stat().st_size // 1024
    assert f"{STANDARD}: is {size} KiB; translation files are limited to 256 KiB" in found
    assert german_library().get("standard").title == "Standard ankle massage"


# --- broken zone words: that zone stays English, the others German --------------------------------

ZONES = "assets/i18n/de/zones.toml"
ZONE_CASES = {
    "missing zone": ("[zones.heel]", "[unused.heel]", "heel", f"{ZONES}: zone 'heel'", "missing"),
    "unknown zone": (
        "[zones.heel]",
        "[zones.hele]",
        "heel",
        f"{ZONES}: field 'zones.hele'",
        "unknown zone 'hele'",
    ),
    "empty name": (
        'name = "Ferse"',
        'name = ""',
        "heel",
        f"{ZONES}: zone 'heel': field 'name'",
        "must not be empty",
    ),
    "caution the English lacks": (
        'plain = "Die Ferse"',
        'plain = "Die Ferse"\ncaution = "Vorsicht."',
        "heel",
        f"{ZONES}: zone 'heel': field 'caution'",
        "the English zone has none",
    ),
    "caution left out": (
        'caution = "Über die Sehne nur streichen; drücken oder kneten Sie sie nie direkt."\n',
        "",
        "achilles_tendon",
        f"{ZONES}: zone 'achilles_tendon': field 'caution'",
        "missing required field",
    ),
    "a field of the English file": (
        'plain = "Die Wade"',
        'plain = "Die Wade"\nviews = ["medial"]',
        "calf_belly",
        f"{ZONES}: zone 'calf_belly': field 'views'",
        "is set in the English file (assets/zones.toml) only",
    ),
    "wrong type": (
        'plain = "Die Wade"',
        "plain = true",
        "calf_belly",
        f"{ZONES}: zone 'calf_belly': field 'plain'",
        "must be text",
    ),
}


@pytest.mark.parametrize("kind", sorted(ZONE_CASES))
def test_a_broken_zone_translation_keeps_that_zone_english(kind: str, german: None, tree: Path) -> None:
    old, new, zone_id, where, words = ZONE_CASES[kind]
    edit(tree / ZONES, old, new)
    catalogue = load_catalogue(i18n.GERMAN)
    found = [str(p) for p in catalogue.problems]
    assert any(line.startswith(f"{where}: ") and words in line for line in found), "\n".join(found)
    assert f"{ZONES}: shown in English until this is fixed: zone {zone_id}" in found
    english = load_catalogue(i18n.ENGLISH)
    assert catalogue[zone_id].plain == english[zone_id].plain
    assert catalogue["lower_leg"].plain == "Der ganze Unterschenkel"  # the rest are German
    assert set(found) <= set(lines(load_library(catalogue=catalogue)))  # reported with the routine problems
    assert any(words in line for line in check_paths([tree / ZONES]))


def test_an_unreadable_zone_translation_leaves_every_zone_english(german: None, tree: Path) -> None:
    (tree / ZONES).write_bytes(b"\xff\xfe not text")
    catalogue = load_catalogue(i18n.GERMAN)
    assert str(catalogue.problems[0]) == f"{ZONES}: is not valid UTF-8 text (line 1); save it as UTF-8"
    assert [z.plain for z in catalogue] == [z.plain for z in load_catalogue(i18n.ENGLISH)]


def test_check_on_the_command_line_names_file_step_and_field_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    folder = tmp_path / "de"  # a translation being written, outside the app: checked against the built-in
    folder.mkdir()
    shutil.copy(REPO / STANDARD, folder / "standard.toml")
    shutil.copy(REPO / ZONES, folder / "zones.toml")
    edit(folder / "standard.toml", 'cue = "Neben der Sehne kneten, nicht darauf"', 'cue = ""')
    assert main(["--check", str(folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{folder / 'standard.toml'}: step 4 'heel-cord-kneading': field 'cue': must not be empty",
        f"{folder / 'zones.toml'}: OK",
    ]
