"""Writing the packaged views' geometry snapshots (desktop.model.geometry_snapshot) after an SVG is edited
(`python -m desktop.model.snapshots`; packaging/artwork/drawing/build.py runs it too).

Apart from the snapshot module, so that reading a snapshot (at every start) and parsing an SVG to write
one (here) do not import each other.
"""

from __future__ import annotations

from pathlib import Path

from desktop import resources
from desktop.model.anatomy import packaged_views, parse_view, view_file
from desktop.model.geometry_snapshot import dump, snapshot_path


def write_all(check_only: bool = False) -> list[str]:
    """Write (or, with `check_only`, compare) every packaged view's snapshot; the files not up to date."""
    stale = []
    for view in packaged_views():
        svg = resources.read_bytes(view_file(view))
        text = dump(parse_view(svg, view, file=view_file(view)), svg)
        target = resources.resource(snapshot_path(view))
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            stale.append(snapshot_path(view))
            if not check_only:
                with Path(str(target)).open("w", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
    return stale
