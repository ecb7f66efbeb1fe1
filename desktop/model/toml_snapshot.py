"""The packaged TOML files (zones, built-in routines, their translations), already read into JSON.

Reading them at start-up costs the TOML reader's import (~3 ms; it compiles its patterns), the linear
pre-scan and the parse (~4 ms) before the first paint. `assets/toml-snapshot.json` holds, for each
packaged file, what tomllib made of it, as JSON text, written by
`python -m desktop.model.snapshots` and compared with a fresh reading by the tests. Each entry
names the bytes it was made from by length and CRC-32: a file edited without writing the snapshot again
is simply read as TOML. That check catches a forgotten step, not an attack; the snapshot is trusted as
far as the files shipped beside it. What comes out is checked by the same readers as a parsed file
(desktop.model.table_reader and friends), so a wrong entry can only be refused, never slip through.

Only packaged paths ("routines/standard.toml") are looked up; a person's own files never are.
"""

from __future__ import annotations

import json
import zlib
from functools import lru_cache
from typing import Any

SNAPSHOT = "assets/toml-snapshot.json"
FORMAT = 1
MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024  # the packaged files are ~100 KB together


def fingerprint(data: bytes) -> dict[str, int]:
    """What names the bytes an entry was made from (a stale-file check, not a security one)."""
    return {"bytes": len(data), "crc32": zlib.crc32(data)}


def entry(data: bytes, table: dict[str, Any]) -> dict[str, Any]:
    """One file's entry: its fingerprint and its table as JSON text (decoded afresh at each use, so no
    caller can change what the next one gets)."""
    return {**fingerprint(data), "json": json.dumps(table, ensure_ascii=False, separators=(",", ":"))}


def dump(entries: dict[str, dict[str, Any]]) -> str:
    """The snapshot file's text, one packaged file per line."""
    lines = [
        json.dumps(path) + ":" + json.dumps(entries[path], ensure_ascii=False) for path in sorted(entries)
    ]
    return '{"format":' + str(FORMAT) + ',"files":{\n' + ",\n".join(lines) + "\n}}\n"


def packaged_table(file: str, data: bytes) -> dict[str, Any] | None:
    """What tomllib makes of `data`, the packaged file at `file`, if the snapshot holds it for exactly
    these bytes; None to read the TOML instead."""
    found = _entries().get(file)
    if not isinstance(found, dict) or any(found.get(k) != v for k, v in fingerprint(data).items()):
        return None
    text = found.get("json")
    if not isinstance(text, str):
        return None
    try:
        table = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return table if isinstance(table, dict) else None


@lru_cache(maxsize=1)
def _entries() -> dict[str, Any]:
    from desktop import resources

    try:
        node = resources.resource(SNAPSHOT)
        with node.open("rb") as handle:
            raw = handle.read(MAX_SNAPSHOT_BYTES + 1)
    except (OSError, ValueError):
        return {}
    if len(raw) > MAX_SNAPSHOT_BYTES:
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(body, dict) or body.get("format") != FORMAT or not isinstance(body.get("files"), dict):
        return {}
    return body["files"]
