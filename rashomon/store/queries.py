"""Reading the store: filtered lists, read-only SQL, Parquet export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from rashomon.errors import Errors, RashomonError
from rashomon.store.schema import TABLES


@dataclass
class Filters:
    """Filters of ``rashomon query`` (each None means: any)."""

    actor: str | None = None
    speaker: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None
    limit: int = 50


# For each listing: its SELECT and the column each filter applies to.
_LISTINGS = {
    "events": (
        "SELECT e.date, e.actor_name, e.actor_code, e.type, e.cameo, e.target_name, "
        "e.target_code, e.mode, e.trigger, e.place_name, e.quantities, e.record, "
        "e.start_offset, e.end_offset "
        "FROM events e JOIN articles a USING (record)",
        {"actor": "e.actor_name || ' ' || coalesce(e.actor_code, '')", "type": "e.type",
         "date": "coalesce(e.date, CAST(a.published AS VARCHAR))", "place": "e.place_name",
         "text": "e.trigger"},
    ),
    "quotes": (
        "SELECT q.date, q.speaker_name, q.addressee_name, q.kind, q.cue, q.content, "
        "q.confidence, q.record, q.start_offset, q.end_offset "
        "FROM quotes q JOIN articles a USING (record)",
        {"speaker": "q.speaker_name", "actor": "q.speaker_name", "type": "q.kind",
         "date": "coalesce(q.date, CAST(a.published AS VARCHAR))", "text": "q.content"},
    ),
    "entities": (
        "SELECT name, type, country, code, count(DISTINCT record) AS articles, "
        "sum(mentions) AS mentions FROM entities",
        {"actor": "name || ' ' || coalesce(code, '')", "type": "type", "text": "name"},
    ),
    "timeline": (
        "SELECT t.value AS date, t.text, t.type, a.title, t.record "
        "FROM timexes t JOIN articles a USING (record)",
        {"date": "t.value", "type": "t.type", "text": "a.title"},
    ),
    "articles": (
        "SELECT record, published, title, publisher, words, duplicate_of FROM articles",
        {"date": "CAST(published AS VARCHAR)",
         "text": "coalesce(title, '') || ' ' || json_extract_string(record_json, '$.text')"},
    ),
}
_ORDER = {
    "events": "ORDER BY 1 NULLS LAST", "quotes": "ORDER BY 1 NULLS LAST",
    "entities": "GROUP BY name, type, country, code ORDER BY mentions DESC",
    "timeline": "ORDER BY 1", "articles": "ORDER BY published NULLS LAST",
}


def connect(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the store at ``db``."""
    if not Path(db).is_file():
        raise RashomonError(Errors.R001, path=str(db), reason="no such database")
    try:
        return duckdb.connect(str(db), read_only=True)
    except duckdb.Error as error:
        if "Conflicting lock" in str(error):
            raise RashomonError(Errors.R013, path=str(db)) from None
        raise RashomonError(Errors.R001, path=str(db), reason=str(error)) from None


def where(what: str, filters: Filters, prefix: str = " WHERE ") -> tuple[str, list]:
    """The WHERE clause (with its parameters) that applies ``filters`` to a listing."""
    columns = _LISTINGS[what][1]
    conditions, values = [], []
    for name in ("actor", "speaker", "type", "place", "text"):
        wanted = getattr(filters, name)
        if wanted and name in columns:
            conditions.append(f"{columns[name]} ILIKE ?")
            values.append(f"%{wanted}%")
    if "date" in columns:
        if filters.since:
            conditions.append(f"{columns['date']} >= ?")
            values.append(filters.since)
        if filters.until:
            conditions.append(f"{columns['date']} <= ? || '~'")
            values.append(filters.until)
    return (f"{prefix}{' AND '.join(conditions)}" if conditions else ""), values


def run_query(db: Path, what: str, filters: Filters) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of a listing, filtered."""
    condition, values = where(what, filters)
    statement = f"{_LISTINGS[what][0]}{condition} {_ORDER[what]} LIMIT {int(filters.limit)}"
    return fetch(db, statement, values)


def query_rows(db: Path, what: str, filters: Filters) -> list[dict]:
    """A listing, filtered, as one dict per row (column name → value)."""
    columns, rows = run_query(db, what, filters)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def fetch(db: Path, statement: str, values: list | None = None) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of a parameterised statement on the store, opened read-only."""
    with connect(db) as connection:
        cursor = connection.execute(statement, values or [])
        return [d[0] for d in cursor.description], cursor.fetchall()


def run_sql(db: Path, statement: str) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of a read-only SQL statement."""
    with connect(db) as connection:
        try:
            cursor = connection.execute(statement)
        except duckdb.Error as error:
            message = str(error).splitlines()[0]
            raise RashomonError(Errors.R012, what=f"SQL error: {message}") from None
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()


def export_parquet(db: Path, folder: Path) -> list[tuple[Path, int]]:
    """One Parquet file per table in ``folder``; returns (file, rows) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with connect(db) as connection:
        for table in TABLES:
            target = folder / f"{table}.parquet"
            connection.execute(f"COPY {table} TO '{target.as_posix()}' (FORMAT parquet)")
            rows = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            written.append((target, rows))
    return written
