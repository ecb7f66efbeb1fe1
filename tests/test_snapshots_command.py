"""`python -m desktop.model.snapshots`: says which start-up snapshots an edit made stale, and writes them."""

from __future__ import annotations

import shutil

from desktop import resources
from desktop.model import anatomy, snapshots, toml_snapshot


def test_check_names_the_stale_snapshots_and_writing_brings_them_up_to_date(tmp_path, monkeypatch, capsys):
    root = tmp_path / "tree"  # a copy of the packaged files: the real ones are never written here
    shutil.copytree(resources.resource("assets"), root / "assets")
    shutil.copytree(resources.resource("routines"), root / "routines")
    (root / "assets" / "svg" / "posterior.geometry.json").write_text("{}\n", encoding="utf-8")
    with (root / "routines" / "standard.toml").open("a", encoding="utf-8") as edited:
        edited.write("\n# edited by hand\n")
    monkeypatch.setattr(resources, "_root", lambda: root)
    anatomy.load_view.cache_clear()
    toml_snapshot._entries.cache_clear()
    try:
        assert snapshots.main(["--check"]) == 1
        assert capsys.readouterr().out.splitlines() == [
            "out of date: assets/svg/posterior.geometry.json",
            "out of date: assets/toml-snapshot.json",
        ]
        assert snapshots.main([]) == 0
        assert snapshots.main(["--check"]) == 0
        toml_snapshot._entries.cache_clear()
        edited_bytes = (root / "routines" / "standard.toml").read_bytes()
        assert toml_snapshot.packaged_table("routines/standard.toml", edited_bytes) is not None
        assert snapshots.main(["--bogus"]) == 2
    finally:
        anatomy.load_view.cache_clear()
        toml_snapshot._entries.cache_clear()
