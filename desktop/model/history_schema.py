"""The history file's schema and its forward migrations, versioned by `PRAGMA user_version` (invariant 6).

`MIGRATIONS[v]` takes a file from version v to v + 1. A new file walks the same path from 0, so the
migrations run on every fresh install and cannot rot. Never edit a shipped step: append a new one.
Timestamps are whole epoch seconds, UTC; the UI shows local time.
"""

from __future__ import annotations

import sqlite3

from desktop.model.i18n import translate

CHANGES_KEPT = 512  # journal rows kept: a longer gap means "re-read everything" (history_reads)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1: one row per session, ratings inline.
    (
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            routine_id TEXT NOT NULL,
            routine_title TEXT NOT NULL,
            sides TEXT NOT NULL,
            steps_completed INTEGER NOT NULL DEFAULT 0,
            steps_total INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            tension_before INTEGER CHECK (tension_before BETWEEN 0 AND 10),
            tension_after INTEGER CHECK (tension_after BETWEEN 0 AND 10)
        )""",
        "CREATE INDEX sessions_started_at ON sessions (started_at)",
    ),
    # v2: where it felt tight (a child table) and a free-text note.
    (
        "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE session_zones (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            zone_id TEXT NOT NULL,
            PRIMARY KEY (session_id, zone_id)
        ) WITHOUT ROWID""",
    ),
    # v3: massage time with pauses left out, so "minutes" means minutes of massage.
    ("ALTER TABLE sessions ADD COLUMN active_s INTEGER",),
    # v4: costs that do not grow with the years (issue 19). One index holds every column the history
    # window's totals read, so they are answered from the index alone (it replaces the v1 index, of
    # which it is an extension); zones are counted in zone order; a short journal of which sessions
    # changed, kept by triggers, lets the window redraw only those after a session, whoever wrote them.
    (
        "CREATE INDEX sessions_figures ON sessions "
        "(started_at, steps_completed, active_s, ended_at, tension_before, tension_after)",
        "DROP INDEX sessions_started_at",
        "CREATE INDEX session_zones_by_zone ON session_zones (zone_id, session_id)",  # counts per zone
        "CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, session_id INTEGER NOT NULL)",
        *(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
            f"INSERT INTO changes (session_id) VALUES ({row}); END"
            for name, event, table, row in (
                ("sessions_inserted", "INSERT", "sessions", "NEW.id"),
                ("sessions_updated", "UPDATE", "sessions", "NEW.id"),
                ("sessions_deleted", "DELETE", "sessions", "OLD.id"),
                ("zones_inserted", "INSERT", "session_zones", "NEW.session_id"),
                ("zones_deleted", "DELETE", "session_zones", "OLD.session_id"),
            )
        ),
        f"CREATE TRIGGER changes_pruned AFTER INSERT ON changes BEGIN "
        f"DELETE FROM changes WHERE seq <= NEW.seq - {CHANGES_KEPT}; END",
    ),
    # v5 (issue 18): pain kept apart from tension, the pressure used, knee-to-wall lunge tests (per foot,
    # best of three, cm; before/after a session or on their own) and the next-morning answers.
    (
        "ALTER TABLE sessions ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10)",
        "ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)",
        "ALTER TABLE sessions ADD COLUMN pressure_kg REAL CHECK (pressure_kg BETWEEN 0 AND 50)",
        """CREATE TABLE lunge_tests (
            id INTEGER PRIMARY KEY,
            measured_at INTEGER NOT NULL,
            session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
            timing TEXT NOT NULL CHECK (timing IN ('before', 'after', 'alone')),
            right_cm REAL CHECK (right_cm BETWEEN 0 AND 30),
            left_cm REAL CHECK (left_cm BETWEEN 0 AND 30),
            CHECK (right_cm IS NOT NULL OR left_cm IS NOT NULL)
        )""",
        "CREATE INDEX lunge_tests_measured_at ON lunge_tests (measured_at)",
        """CREATE TABLE morning_checks (
            session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            answered_at INTEGER NOT NULL,
            feel TEXT NOT NULL CHECK (feel IN ('better', 'same', 'worse')),
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            hurt_step TEXT
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
TABLES = frozenset({"sessions", "session_zones", "changes", "lunge_tests", "morning_checks"})


class SchemaProblem(Exception):
    """The file is a database, but not one this version can use; `newer`: it is from a later version."""

    def __init__(self, message: str, *, newer: bool = False) -> None:
        super().__init__(message)
        self.newer = newer


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return {name for (name,) in rows}


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file up to SCHEMA_VERSION, one transaction per step; returns the version found.

    The version is re-read inside each write lock, so two app instances opening an old file at once
    do not both apply the same step. `conn` must be in autocommit mode (isolation_level=None).
    """
    conn.execute("BEGIN")  # one snapshot: another instance may create the tables between two reads
    try:
        found, has_tables = user_version(conn), bool(_tables(conn))
    finally:
        conn.execute("COMMIT")
    if found > SCHEMA_VERSION:
        raise SchemaProblem(
            translate(
                "history_schema", "it was written by a newer version of the app (schema {found})"
            ).format(found=found),
            newer=True,
        )
    if found == 0 and has_tables:
        raise SchemaProblem(translate("history_schema", "it is a database, but not a session history"))
    while True:
        conn.execute("BEGIN IMMEDIATE")
        with conn:  # commit on success, roll back on any error
            version = user_version(conn)
            if version >= SCHEMA_VERSION:
                break
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    missing = TABLES - _tables(conn)
    if missing:
        raise SchemaProblem(
            translate("history_schema", "it is missing the table(s) {tables}").format(
                tables=", ".join(sorted(missing))
            )
        )
    return found
