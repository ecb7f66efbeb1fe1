"""Write the packaged data's start-up snapshots after editing a packaged file.

    python -m desktop.model.snapshots [--check]

The app reads two kinds at start-up instead of parsing the files they were made from: each diagram
view's geometry (desktop.model.geometry_snapshot) and the packaged TOML files
(desktop.model.toml_snapshot). A snapshot that does not match its file is ignored, so a forgotten run
costs start-up time, never correctness; `--check` (and tests/test_*_snapshot.py) says which are out of date.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.model import geometry_snapshot_writer, toml_snapshot_writer


def main(argv: Sequence[str] | None = None) -> int:
    """Write the snapshots; with `--check`, only list the out-of-date ones (exit 1 if any)."""
    args = list(sys.argv[1:] if argv is None else argv)
    check_only = args == ["--check"]
    if args and not check_only:
        print("usage: python -m desktop.model.snapshots [--check]", file=sys.stderr)
        return 2
    stale = geometry_snapshot_writer.write_all(check_only) + toml_snapshot_writer.write_all(check_only)
    for path in stale:
        print(f"{'out of date' if check_only else 'written'}: {path}")
    return 1 if check_only and stale else 0


if __name__ == "__main__":
    sys.exit(main())
