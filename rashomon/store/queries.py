"""Reading the store: filtered lists, read-only SQL, Parquet export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from rashomon.errors import Errors, RashomonError, first_line
from rashomon.store.schema import TABLES, check_store, open_with_retry


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


# A connection for statements a user writes: it reads the store and nothing else (no
# files, no ATTACH, no extensions), and the statement cannot change that.
_SANDBOX = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
_READING = (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN)


def connect(db: Path, sandboxed: bool = False) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the Rashomon store at ``db`` (``sandboxed``: without
    access to anything but the store; only ``rashomon sql``, its own process, uses it)."""
    if not Path(db).is_file():
        raise RashomonError(Errors.R001, path=str(db), reason="no such database")
    connection = open_with_retry(db, read_only=True, config=_SANDBOX if sandboxed else None)
    check_store(connection, db)
    return connection


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
    """(columns, rows) of a parameterised statement on the store, opened read-only (with
    the same configuration as ``Store``: DuckDB refuses a second connection to a file with
    another one in the same process)."""
    with connect(db) as connection:
        try:
            cursor = connection.execute(statement, values or [])
        except duckdb.Error as error:
            raise RashomonError(Errors.R012, what=f"query failed: {first_line(error)}") from None
        return [d[0] for d in cursor.description], cursor.fetchall()


def run_sql(db: Path, statement: str) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of one SELECT statement, run where it can read the store and
    nothing else: no writes, files, attached databases or extensions."""
    with connect(db, sandboxed=True) as connection:
        try:
            parsed = connection.extract_statements(statement)
            if len(parsed) != 1 or parsed[0].type not in _READING:
                kinds = ", ".join(p.type.name for p in parsed) or "nothing"
                raise RashomonError(Errors.R015, found=kinds)
            cursor = connection.execute(statement)
        except duckdb.Error as error:
            raise RashomonError(Errors.R012, what=f"SQL error: {first_line(error)}") from None
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()


def export_parquet(db: Path, folder: Path) -> list[tuple[Path, int]]:
    """One Parquet file per table in ``folder``; returns (file, rows) pairs. Each file is
    written beside its place and renamed into it, so a failed export leaves no partial
    file and replaces nothing."""
    if folder.exists() and not folder.is_dir():
        raise RashomonError(Errors.R001, path=str(folder), reason="it is a file, not a folder")
    written, pending = [], []
    try:
        with connect(db) as connection:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise RashomonError(Errors.R001, path=str(folder),
                                    reason=error.strerror or str(error)) from None
            for table in TABLES:
                target = folder / f"{table}.parquet"
                partial = folder / f".{table}.parquet.partial"
                pending.append(partial)
                connection.execute(f"COPY {table} TO {_literal(partial)} (FORMAT parquet)")
                rows = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                written.append((target, rows))
        for partial, (target, _) in zip(pending, written, strict=True):
            partial.replace(target)
    except duckdb.Error as error:
        raise RashomonError(Errors.R014, path=str(db), reason=first_line(error)) from None
    finally:
        for partial in pending:
            partial.unlink(missing_ok=True)
    return written


def _literal(path: Path) -> str:
    """``path`` as an SQL string literal (quotes doubled)."""
    return "'" + path.as_posix().replace("'", "''") + "'"
