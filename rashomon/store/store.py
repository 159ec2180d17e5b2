"""The DuckDB store: Records in, rows out, safely.

``Store.add`` writes a batch of Records in one transaction: a Record already stored is
skipped (the id is the hash of the normalised text, so re-ingesting changes nothing), a
near-duplicate of a stored article (the same wire story on another site, found by
MinHash over word shingles) is kept as an article pointing to the first one, without
its own entities, quotes, events or places. Killing the process mid-batch leaves the
database as it was before the batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy
from datasketch import MinHash, MinHashLSH

from rashomon import settings
from rashomon.errors import Errors, RashomonError
from rashomon.record import Record
from rashomon.store import rows
from rashomon.store.schema import TABLES, migrate

_SCHEME = "affine32"  # datasketch's hashing scheme, fixed so stored signatures stay valid


@dataclass
class AddResult:
    """What a batch did: articles stored, already stored, stored as near-duplicates."""

    added: int = 0
    already: int = 0
    near_duplicates: int = 0


class Store:
    """A DuckDB database of Records (``settings.DEFAULT_DB`` by default)."""

    def __init__(self, path: str | Path = settings.DEFAULT_DB, read_only: bool = False) -> None:
        """Open (and create or migrate, unless read-only) the database at ``path``."""
        self.path = str(path)
        try:
            self.connection = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as error:
            raise RashomonError(Errors.R001, path=self.path, reason=str(error)) from None
        if not read_only:
            migrate(self.connection)
        self._lsh: MinHashLSH | None = None

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # Writing

    def add(self, records: Iterable[Record]) -> AddResult:
        """Store ``records`` in one transaction (all or nothing)."""
        result = AddResult()
        records = list(records)
        known = self._known([r.id for r in records])
        lsh = self._index()
        pending: list[tuple[str, MinHash]] = []
        connection = self.connection
        connection.execute("BEGIN TRANSACTION")
        try:
            for record in records:
                if record.id in known:
                    result.already += 1
                    continue
                known.add(record.id)
                signature = _minhash(record.text)
                duplicate_of = next(iter(lsh.query(signature)), None) if signature else None
                if duplicate_of is None:
                    duplicate_of = next(
                        (k for k, s in pending if s.jaccard(signature) >= settings.NEAR_DUPLICATE),
                        None,
                    ) if signature else None
                self._insert(record, signature, duplicate_of)
                if duplicate_of is None:
                    result.added += 1
                    if signature:
                        pending.append((record.id, signature))
                else:
                    result.near_duplicates += 1
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        for key, signature in pending:
            lsh.insert(key, signature)
        return result

    def _insert(self, record: Record, signature: MinHash | None, duplicate_of: str | None) -> None:
        values = [int(v) for v in signature.hashvalues] if signature else None
        article = rows.article(record, values, duplicate_of)
        self._insert_rows("articles", [article])
        if duplicate_of is not None:
            return  # the story is stored once; this copy points to it
        for table, found in rows.children(record).items():
            self._insert_rows(table, found)

    def _insert_rows(self, table: str, found: list[dict]) -> None:
        if not found:
            return
        columns = list(found[0])
        placeholders = ", ".join("?" for _ in columns)
        self.connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",
            [[row[c] for c in columns] for row in found],
        )

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
        found = self.connection.execute(
            "SELECT record_json FROM articles WHERE record LIKE ? || '%'", [record_id]
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
