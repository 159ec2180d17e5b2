"""The DuckDB store: Records in, rows out, safely.

``Store.add`` writes a batch of Records in one transaction: a Record already stored is
skipped (the id is the hash of the normalised text, so re-ingesting changes nothing), a
near-duplicate of a stored article (the same wire story on another site, found by
MinHash over word shingles) is kept as an article pointing to the first one, without
its own entities, quotes, events or places. Killing the process mid-batch leaves the
database as it was before the batch.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy
import pyarrow
from datasketch import MinHash, MinHashLSH

from rashomon import settings
from rashomon.errors import Errors, RashomonError, first_line
from rashomon.record import Record
from rashomon.store import rows
from rashomon.store.schema import TABLES, VERSION, check_store, migrate, open_with_retry

_SCHEME = "affine32"  # datasketch's hashing scheme, fixed so stored signatures stay valid


@dataclass
class Prepared:
    """A Record turned into rows, ready to store: the work a worker process can do so
    that the single writer only writes."""

    id: str
    article: dict
    children: dict[str, list[dict]]
    minhash: list[int] | None


def prepare(record: Record) -> Prepared:
    """The rows and MinHash signature of ``record``."""
    signature = _minhash(record.text)
    values = [int(v) for v in signature.hashvalues] if signature else None
    return Prepared(record.id, rows.article(record, values, None), rows.children(record), values)


@dataclass
class AddResult:
    """What a batch did: articles stored, already stored, stored as near-duplicates."""

    added: int = 0
    already: int = 0
    near_duplicates: int = 0


class Store:
    """A DuckDB database of Records (``settings.DEFAULT_DB`` by default)."""

    def __init__(
        self, path: str | Path = settings.DEFAULT_DB, read_only: bool = False, hold: bool = True
    ) -> None:
        """Open (and create or migrate, unless read-only) the database at ``path``.

        read_only: only read; the file must exist.
        hold: keep the file open between writes. With False, each ``add`` opens it and
            releases it after its transaction, so that readers in other processes (``rashomon
            serve``) can open it between batches; DuckDB lets a process write a file only
            while no other process has it open.
        Raises a one-line ``RashomonError`` for a missing, busy, corrupt or foreign file.
        """
        self.path = str(path)
        self.read_only = read_only
        self.hold = hold
        self._connection: duckdb.DuckDBPyConnection | None = None
        self._lsh: MinHashLSH | None = None
        self._open()
        if not hold:
            self.release()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open connection (opened again after ``release``)."""
        if self._connection is None:
            self._open()
        assert self._connection is not None
        return self._connection

    def _open(self) -> None:
        if self.read_only and not Path(self.path).is_file():
            raise RashomonError(Errors.R001, path=self.path, reason="no such database")
        connection = open_with_retry(self.path, read_only=self.read_only)
        version = check_store(connection, self.path)
        if not self.read_only and version < VERSION:
            try:
                migrate(connection, version)
            except duckdb.Error as error:
                connection.close()
                raise RashomonError(Errors.R014, path=self.path, reason=first_line(error)) from None
        self._connection = connection

    def release(self) -> None:
        """Close the file until the next read or write needs it."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def close(self) -> None:
        self.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # Writing

    def add(self, records: Iterable[Record | Prepared]) -> AddResult:
        """Store ``records`` (Records, or Records already ``prepare``d) in one transaction,
        all or nothing."""
        result = AddResult()
        items = [r if isinstance(r, Prepared) else prepare(r) for r in records]
        known = self._known([item.id for item in items])
        lsh = self._index()
        pending: list[tuple[str, MinHash]] = []
        tables: dict[str, list[dict]] = {}
        for item in items:
            if item.id in known:
                result.already += 1
                continue
            known.add(item.id)
            signature = _from_values(item.minhash) if item.minhash else None
            duplicate_of = _duplicate_of(signature, lsh, pending)
            tables.setdefault("articles", []).append({**item.article, "duplicate_of": duplicate_of})
            if duplicate_of is not None:
                result.near_duplicates += 1  # the story is stored once; this copy points to it
                continue
            result.added += 1
            if signature:
                pending.append((item.id, signature))
            for table, found in item.children.items():
                tables.setdefault(table, []).extend(found)
        connection = self.connection
        try:
            connection.execute("BEGIN TRANSACTION")
            for table, found in tables.items():
                self._insert_rows(table, found)
            connection.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(duckdb.Error):  # none began: the first error says why
                connection.execute("ROLLBACK")
            if isinstance(error, duckdb.Error):
                raise RashomonError(Errors.R014, path=self.path, reason=first_line(error)) from None
            raise
        finally:
            if not self.hold:
                self.release()
        for key, signature in pending:
            lsh.insert(key, signature)
        return result

    def _insert_rows(self, table: str, found: list[dict]) -> None:
        """Insert many rows at once through an Arrow table (far faster than executemany)."""
        if not found:
            return
        columns = ", ".join(found[0])
        self.connection.register("incoming", pyarrow.Table.from_pylist(found))
        try:
            self.connection.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming"
            )
        finally:
            self.connection.unregister("incoming")

    def _known(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        found = self.connection.execute(
            "SELECT record FROM articles WHERE record IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {row[0] for row in found}

    def _index(self) -> MinHashLSH:
        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=settings.NEAR_DUPLICATE,
                                   num_perm=settings.MINHASH_PERMUTATIONS)
            stored = self.connection.execute(
                "SELECT record, minhash FROM articles "
                "WHERE duplicate_of IS NULL AND minhash IS NOT NULL"
            ).fetchall()
            for key, values in stored:
                self._lsh.insert(key, _from_values(values))
        return self._lsh

    # Reading

    def record(self, record_id: str) -> Record | None:
        """The stored Record with id ``record_id`` (a unique prefix will do), or None."""
        if not record_id:
            return None
        found = self.connection.execute(
            "SELECT record_json FROM articles WHERE starts_with(record, ?)", [record_id]
        ).fetchall()
        if len(found) != 1:
            return None
        return Record.model_validate(json.loads(found[0][0]))

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {
            table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLES
        }


def _duplicate_of(
    signature: MinHash | None, lsh: MinHashLSH, pending: list[tuple[str, MinHash]]
) -> str | None:
    """The stored (or same-batch) article this one is a near-duplicate of, if any."""
    if signature is None:
        return None
    found = next(iter(lsh.query(signature)), None)
    if found is None:
        found = next(
            (key for key, other in pending if other.jaccard(signature) >= settings.NEAR_DUPLICATE),
            None,
        )
    return found


def _shingles(text: str) -> set[bytes]:
    words = text.lower().split()
    size = settings.SHINGLE_WORDS
    return {" ".join(words[i : i + size]).encode() for i in range(max(0, len(words) - size + 1))}


def _minhash(text: str) -> MinHash | None:
    shingles = _shingles(text)
    if not shingles:
        return None
    signature = MinHash(num_perm=settings.MINHASH_PERMUTATIONS, seed=1, scheme=_SCHEME)
    signature.update_batch(list(shingles))
    return signature


def _from_values(values) -> MinHash:
    return MinHash(num_perm=settings.MINHASH_PERMUTATIONS, seed=1, scheme=_SCHEME,
                   hashvalues=numpy.array(values, dtype=numpy.uint32))
