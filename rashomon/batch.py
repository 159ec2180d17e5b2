"""Many documents: read from files and folders, analysed by one or several local worker
processes (each loads the pipeline once), stored in batches.

A file that cannot be read is reported and skipped; the run goes on.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rashomon import settings
from rashomon.errors import RashomonError
from rashomon.read import Document, read_many
from rashomon.record import Record

_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".text", ".md")


@dataclass
class Failure:
    """An input that could not be read or analysed, and why (one line)."""

    source: str
    reason: str


@dataclass
class Summary:
    """What an ingest run did."""

    ingested: int = 0
    already: int = 0
    near_duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)


def input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files named, and the article files in the folders named (recursively)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and
                              p.suffix.lower() in _SUFFIXES)
        else:
            yield path


def count_articles(files: list[Path]) -> int:
    """How many articles ``files`` hold (JSONL lines count one each), for progress bars."""
    total = 0
    for path in files:
        if path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def documents(files: Iterable[Path], failures: list[Failure],
              max_bytes: int | None = None) -> Iterator[Document]:
    """The Documents of ``files`` in order; unreadable files go to ``failures``."""
    for path in files:
        try:
            yield from read_many(path, max_bytes=max_bytes)
        except (RashomonError, OSError) as error:
            failures.append(Failure(str(path), str(error)))


_worker_model: str | None = None


def _start_worker(model: str | None) -> None:
    global _worker_model
    from rashomon.nlp.pipeline import load

    _worker_model = model
    load(model)


def _analyze_chunk(chunk: list[Document]) -> list[Record]:
    from rashomon.analyze import analyze_many

    return list(analyze_many(chunk, model=_worker_model))


def analyze_all(
    docs: Iterable[Document], model: str | None = None, workers: int = 1
) -> Iterator[Record]:
    """Records for ``docs`` in order, analysed in this process or by ``workers``
    processes, each of which loads the pipeline once."""
    if workers <= 1:
        from rashomon.analyze import analyze_many

        yield from analyze_many(docs, model=model)
        return
    chunks = _chunks(docs, settings.INGEST_BATCH)
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(model,)) as pool:
        for records in pool.imap(_analyze_chunk, chunks):
            yield from records


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest(
    paths: Iterable[str | Path],
    store,
    model: str | None = None,
    workers: int = 1,
    on_article: Callable[[], None] | None = None,
    max_bytes: int | None = None,
) -> Summary:
    """Read, analyse and store every article under ``paths``, one transaction per batch
    of ``settings.INGEST_BATCH`` articles."""
    summary = Summary()
    docs = documents(input_files(paths), summary.failures, max_bytes)
    for batch in _chunks(analyze_all(docs, model, workers), settings.INGEST_BATCH):
        result = store.add(batch)
        summary.ingested += result.added
        summary.already += result.already
        summary.near_duplicates += result.near_duplicates
        for _ in batch:
            if on_article:
                on_article()
    return summary
