"""assets/toml-snapshot.json: up to date, the same tables as reading the TOML, used by the app's readers,
and never trusted when it does not match (stale, broken or hostile entries mean the TOML is read)."""

from __future__ import annotations

import json
import tomllib

import pytest

from desktop import resources
from desktop.model import toml_snapshot, toml_snapshot_writer, zones
from desktop.model.library import load_library
from desktop.model.routine_loader import builtin_drafts


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch):
    toml_snapshot._entries.cache_clear()
    monkeypatch.setattr(zones, "_catalogues", {})
    yield
    toml_snapshot._entries.cache_clear()


def test_the_snapshot_is_up_to_date() -> None:
    assert toml_snapshot_writer.write_all(check_only=True) == [], "run `python -m desktop.model.snapshots`"


@pytest.mark.parametrize("file", toml_snapshot_writer.packaged_toml_files())
def test_every_packaged_file_has_the_table_tomllib_reads(file: str) -> None:
    data = resources.read_bytes(file)
    assert toml_snapshot.packaged_table(file, data) == tomllib.loads(data.decode("utf-8-sig"))


def _without_tomllib(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a packaged file was read as TOML although the snapshot holds it")

    monkeypatch.setattr(tomllib, "loads", refuse)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_catalogue_and_routines_come_from_it_and_match_reading_the_toml(monkeypatch, language) -> None:
    read = (zones.load_catalogue(language), builtin_drafts(language=language), load_library().routines)
    toml_snapshot._entries.cache_clear()
    monkeypatch.setattr(zones, "_catalogues", {})
    with monkeypatch.context() as patch:
        _without_tomllib(patch)
        snapped = (zones.load_catalogue(language), builtin_drafts(language=language), load_library().routines)
    assert [z for z in snapped[0]] == [z for z in read[0]] and snapped[0].problems == read[0].problems
    assert snapped[1] == read[1]
    assert snapped[2] == read[2] and len(snapped[2]) >= 4


def test_the_toml_is_read_when_the_snapshot_is_missing(monkeypatch) -> None:
    expected = load_library().routines
    toml_snapshot._entries.cache_clear()
    monkeypatch.setattr(zones, "_catalogues", {})
    monkeypatch.setattr(toml_snapshot, "SNAPSHOT", "assets/no-such-snapshot.json")
    assert (
        toml_snapshot.packaged_table("routines/standard.toml", resources.read_bytes("routines/standard.toml"))
        is None
    )
    assert load_library().routines == expected


def test_other_bytes_or_another_path_are_not_looked_up() -> None:
    data = resources.read_bytes("routines/standard.toml")
    assert toml_snapshot.packaged_table("routines/standard.toml", data) is not None
    assert toml_snapshot.packaged_table("routines/standard.toml", data + b"\n# edited\n") is None
    assert toml_snapshot.packaged_table("/home/someone/standard.toml", data) is None  # a person's own file


def test_each_use_gets_its_own_table() -> None:
    data = resources.read_bytes("routines/standard.toml")
    first = toml_snapshot.packaged_table("routines/standard.toml", data)
    first["title"] = "changed"
    assert toml_snapshot.packaged_table("routines/standard.toml", data)["title"] != "changed"


def _snapshot_of(text: bytes, monkeypatch, tmp_path) -> None:
    root = tmp_path / "tree"
    (root / "assets").mkdir(parents=True)
    (root / "assets" / "toml-snapshot.json").write_bytes(text)
    monkeypatch.setattr(resources, "_root", lambda: root)
    toml_snapshot._entries.cache_clear()


def _entry_for(file: str, json_text: str) -> bytes:
    data = resources.read_bytes(file)
    return json.dumps(
        {"format": 1, "files": {file: {**toml_snapshot.fingerprint(data), "json": json_text}}}
    ).encode()


BROKEN = {
    "not JSON": lambda: b"{not json",
    "another format": lambda: b'{"format": 2, "files": {}}',
    "files not a table": lambda: b'{"format": 1, "files": []}',
    "an entry that is not a table": lambda: _entry_for("routines/standard.toml", "[1, 2]"),
    "an entry that is not JSON": lambda: _entry_for("routines/standard.toml", "{oops"),
    "an entry nested too deeply": lambda: _entry_for("routines/standard.toml", "[" * 100_000 + "]" * 100_000),
    "over the size limit": lambda: b" " * (toml_snapshot.MAX_SNAPSHOT_BYTES + 1),
}


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_snapshot_is_not_used(name, monkeypatch, tmp_path) -> None:
    data = resources.read_bytes("routines/standard.toml")
    broken = BROKEN[name]()  # made while the real files are still reachable
    _snapshot_of(broken, monkeypatch, tmp_path)
    assert toml_snapshot.packaged_table("routines/standard.toml", data) is None


def test_a_wrong_but_well_formed_entry_is_refused_by_the_routine_checks(monkeypatch, tmp_path) -> None:
    """An entry is checked like a parsed file: a bad value is a problem naming the file and field."""
    from desktop.model.routine_draft import read_draft

    data = resources.read_bytes("routines/standard.toml")
    table = tomllib.loads(data.decode())
    table["title"] = 42
    catalogue = zones.load_catalogue("en")
    _snapshot_of(_entry_for("routines/standard.toml", json.dumps(table)), monkeypatch, tmp_path)
    _draft, problems = read_draft(data, "routines/standard.toml", catalogue=catalogue)
    assert [(p.file, p.field) for p in problems] == [("routines/standard.toml", "title")]
