"""The store's tables, versioned: each migration brings a database one version forward.

Every table is keyed by the Record id (``record``); ``articles.record_json`` keeps the
whole Record so nothing is lost when a table leaves a field out.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

from rashomon import settings
from rashomon.errors import Errors, RashomonError, first_line

VERSION = 2

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE articles (
            record VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, publisher VARCHAR,
            path VARCHAR, published DATE, published_inferred BOOLEAN, words INTEGER,
            duplicate_of VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp,
            minhash UBIGINT[], record_json JSON)""",
        """CREATE TABLE entities (
            record VARCHAR, id VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR,
            code VARCHAR, roles JSON, mentions INTEGER)""",
        """CREATE TABLE mentions (
            record VARCHAR, entity VARCHAR, start_offset INTEGER, end_offset INTEGER,
            text VARCHAR)""",
        """CREATE TABLE quotes (
            record VARCHAR, id VARCHAR, kind VARCHAR, content VARCHAR, speaker VARCHAR,
            speaker_name VARCHAR, addressee VARCHAR, addressee_name VARCHAR, cue VARCHAR,
            via JSON, time VARCHAR, date VARCHAR, confidence DOUBLE, start_offset INTEGER,
            end_offset INTEGER)""",
        """CREATE TABLE timexes (
            record VARCHAR, id VARCHAR, text VARCHAR, type VARCHAR, value VARCHAR,
            mod VARCHAR, anchor VARCHAR, start_offset INTEGER, end_offset INTEGER)""",
        """CREATE TABLE events (
            record VARCHAR, id VARCHAR, type VARCHAR, cameo VARCHAR, subtype VARCHAR,
            actor VARCHAR, actor_name VARCHAR, actor_code VARCHAR, target VARCHAR,
            target_name VARCHAR, target_code VARCHAR, trigger VARCHAR, mode VARCHAR,
            time VARCHAR, date VARCHAR, place VARCHAR, place_name VARCHAR,
            quantities JSON, source VARCHAR, start_offset INTEGER, end_offset INTEGER)""",
        """CREATE TABLE places (
            record VARCHAR, entity VARCHAR, name VARCHAR, country VARCHAR, admin1 VARCHAR,
            lat DOUBLE, lon DOUBLE, geonameid BIGINT)""",
    ],
    2: [  # issue 15: what a place is, and a state's or province's ISO 3166-2 code
        "ALTER TABLE places ADD COLUMN kind VARCHAR",
        "ALTER TABLE places ADD COLUMN region_code VARCHAR",
    ],
}

TABLES = ("articles", "entities", "mentions", "quotes", "timexes", "events", "places")


def migrate(connection: duckdb.DuckDBPyConnection, start: int) -> None:
    """Bring the database from version ``start`` (what ``check_store`` read) to
    ``VERSION``, one migration per transaction."""
    connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
    for version in range(start + 1, VERSION + 1):
        connection.execute("BEGIN TRANSACTION")
        for statement in MIGRATIONS[version]:
            connection.execute(statement)
        connection.execute("INSERT INTO schema_version VALUES (?)", [version])
        connection.execute("COMMIT")


def open_with_retry(
    path: str | Path, read_only: bool, config: dict | None = None, wait: float | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file at ``path``, waiting up to ``wait`` seconds while another
    process holds it (DuckDB lets a process write only while no other has the file
    open); a one-line ``RashomonError`` when it cannot be opened."""
    if wait is None:
        wait = settings.STORE_READ_WAIT if read_only else settings.STORE_WRITE_WAIT
    deadline = time.monotonic() + wait
    pause = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.Error as error:
            message = str(error)
            if "Conflicting lock" not in message:
                raise RashomonError(Errors.R014, path=str(path),
                                    reason=first_line(error)) from None
            if time.monotonic() + pause > deadline:
                raise RashomonError(Errors.R013, path=str(path), holder=_holder(message)) from None
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def _holder(message: str) -> str:
    """The process DuckDB names in a lock conflict ("process 1234 (python3.11)")."""
    found = re.search(r"held in (\S+) \(PID (\d+)\)", message)
    return f"process {found[2]} ({Path(found[1]).name})" if found else "another process"


def stored_version(connection: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version of an open database; 0 for an empty one, None for a database
    with tables of its own (not a Rashomon store)."""
    tables = {row[0] for row in connection.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}
    if "schema_version" in tables:
        return connection.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0
    return 0 if not tables else None


def check_store(connection: duckdb.DuckDBPyConnection, path: str | Path) -> int:
    """The store's schema version, or a one-line error (closing ``connection``) when the
    file is not a Rashomon store or was made by a newer Rashomon."""
    try:
        version = stored_version(connection)
    except duckdb.Error as error:
        connection.close()
        raise RashomonError(Errors.R014, path=str(path), reason=first_line(error)) from None
    if version is None or version > VERSION:
        connection.close()
        reason = ("it holds other tables and no schema_version" if version is None
                  else f"its schema is version {version}; this Rashomon knows up to {VERSION}")
        raise RashomonError(Errors.R014, path=str(path), reason=reason)
    return version
