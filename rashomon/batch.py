"""Many documents: read from files and folders, analysed by one or several local worker
processes (each loads the pipeline once), stored in batches.

A file, a JSONL line or an article that cannot be read or analysed is reported (as a
``Failure``) and skipped; the run goes on.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rashomon import settings
from rashomon.errors import Errors, RashomonError, first_line
from rashomon.read import Document, read_many
from rashomon.read.normalize import without_surrogates
from rashomon.record import Record

_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".text", ".md", ".warc",
             ".gz")
_WARC = (".warc", ".warc.gz")


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
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES
                and (p.suffix.lower() != ".gz" or p.name.lower().endswith(".warc.gz"))
            )
        else:
            yield path


def count_articles(files: list[Path]) -> int:
    """How many articles ``files`` hold (JSONL lines count one each), for progress bars."""
    total = 0
    for path in files:
        if path.name.lower().endswith(_WARC):
            total += 1  # unknown until read; the bar grows as responses come
        elif path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def documents(files: Iterable[Path], failures: list[Failure],
              max_bytes: int | None = None) -> Iterator[Document]:
    """The Documents of ``files`` in order; unreadable files and lines go to
    ``failures``."""
    for path in files:
        name = without_surrogates(str(path))
        try:
            if path.name.lower().endswith(_WARC):
                yield from warc_documents(path, failures)
            else:
                yield from read_many(path, max_bytes=max_bytes, on_error=lambda error, name=name:
                                     failures.append(Failure(name, str(error))))
        except (RashomonError, OSError) as error:
            failures.append(Failure(name, str(error)))


def warc_documents(path: Path, failures: list[Failure]) -> Iterator[Document]:
    """The HTML responses of a WARC file as Documents (URL kept); other records are
    skipped, a page with no article text goes to ``failures``."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as handle:
        try:
            yield from _warc_responses(path, ArchiveIterator(handle), failures)
        except Exception as error:  # a corrupt or truncated archive: keep what was read
            name = without_surrogates(str(path))
            reason = f"not a readable WARC file ({type(error).__name__}: {first_line(error, 80)})"
            failures.append(Failure(name, Errors.R001.format(path=name, reason=reason)))


def _warc_responses(path: Path, records, failures: list[Failure]) -> Iterator[Document]:
    from rashomon.read import from_text

    for number, record in enumerate(records, 1):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        content_type = record.http_headers.get_header("Content-Type") or ""
        if "html" not in content_type or record.http_headers.get_statuscode() != "200":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        body = record.content_stream().read()
        try:
            html = body.decode("utf-8", errors="replace")
            yield from_text(html, kind="html", what=f"{path}#{number}", url=url,
                            path=f"{path}#{number}")
        except RashomonError as error:
            failures.append(Failure(f"{path}#{number}", str(error)))


_worker_model: str | None = None


def _start_worker(model: str | None) -> None:
    global _worker_model
    from rashomon.nlp.pipeline import load

    _worker_model = model
    load(model)


def _analyze_chunk(chunk: list[Document], model: str | None = None) -> list[Record | Failure]:
    """The Records of ``chunk`` in order, a ``Failure`` in place of each document that
    could not be analysed (``model``: this worker's, by default)."""
    from rashomon.analyze import analyze_each

    results = analyze_each(chunk, model=model or _worker_model)
    return [Failure(_source_of(document), str(result)) if isinstance(result, RashomonError)
            else result for document, result in results]


def _source_of(document: Document) -> str:
    return document.source.path or document.source.url or "an article"


def _prepare_chunk(chunk: list[Document]) -> list:
    """Analyse and turn into rows in the worker, so the writer only writes."""
    from rashomon.store import prepare

    return [r if isinstance(r, Failure) else prepare(r) for r in _analyze_chunk(chunk)]


def analyze_all(
    docs: Iterable[Document],
    model: str | None = None,
    workers: int = 1,
    on_error: Callable[[Failure], None] | None = None,
) -> Iterator[Record]:
    """Records for ``docs`` in order, analysed in this process or by ``workers``
    processes, each of which loads the pipeline once. A document that cannot be analysed
    goes to ``on_error`` (and is skipped), or raises without it."""
    for result in _in_workers(docs, model, workers, _analyze_chunk):
        if isinstance(result, Failure):
            if on_error is None:
                raise RashomonError(Errors.R012, what=result.reason)
            on_error(result)
        else:
            yield result


def _in_workers(docs: Iterable[Document], model: str | None, workers: int, task) -> Iterator:
    """``task`` over chunks of ``docs``, here or in ``workers`` processes, in order."""
    if workers <= 1:
        _start_worker(model)
        for chunk in _chunks(docs, settings.INGEST_BATCH):
            yield from task(chunk)
        return
    chunks = _chunks(docs, settings.INGEST_BATCH)
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(model,)) as pool:
        for results in pool.imap(task, chunks):
            yield from results


def analyze_on_ray(
    docs: Iterable[Document], model: str | None = None, workers: int = 2,
    address: str | None = None,
) -> Iterator[Record]:
    """Records for ``docs`` in order, analysed by Ray Data: ``map_batches`` over an actor
    pool whose actors load the pipeline once each. ``address`` names a running cluster;
    without it a local Ray is started. The driver gets Records back as JSON and does all
    the writing: DuckDB has one writer, and idempotence and transactions then stay in
    one place (``Store.add``) for local and Ray runs alike."""
    import pickle

    import ray

    if not ray.is_initialized():
        options = {"address": address} if address else {"num_cpus": workers}
        ray.init(include_dashboard=False, log_to_driver=False, **options)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    items = [{"document": pickle.dumps(document)} for document in docs]
    if not items:
        return
    dataset = ray.data.from_items(items).map_batches(
        _RayAnalyzer, fn_constructor_args=(model,), batch_size=settings.INGEST_BATCH,
        concurrency=workers, batch_format="pandas",
    )
    for row in dataset.iter_rows():
        if row["record"]:
            yield Record.model_validate_json(row["record"])
        else:
            yield Failure(row["source"], row["failure"])


class _RayAnalyzer:
    """A Ray actor: loads the pipeline once, analyses batches of pickled Documents."""

    def __init__(self, model: str | None) -> None:
        from rashomon.nlp.pipeline import load

        self.model = model
        load(model)

    def __call__(self, batch):
        import pickle

        import pandas

        documents = [pickle.loads(blob) for blob in batch["document"]]
        results = _analyze_chunk(documents, self.model)
        return pandas.DataFrame({
            "record": [None if isinstance(r, Failure) else r.to_json() for r in results],
            "source": [r.source if isinstance(r, Failure) else None for r in results],
            "failure": [r.reason if isinstance(r, Failure) else None for r in results],
        })


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
    ray: bool = False,
    ray_address: str | None = None,
) -> Summary:
    """Read, analyse and store every article under ``paths``, one transaction per batch
    of ``settings.INGEST_BATCH`` articles; with ``ray``, analysed on Ray Data."""
    summary = Summary()
    docs = documents(input_files(paths), summary.failures, max_bytes)
    records = (analyze_on_ray(docs, model, max(workers, 1), ray_address) if ray
               else _in_workers(docs, model, workers, _prepare_chunk))
    for results in _chunks(records, settings.INGEST_BATCH):
        batch = [r for r in results if not isinstance(r, Failure)]
        summary.failures += [r for r in results if isinstance(r, Failure)]
        result = store.add(batch)
        summary.ingested += result.added
        summary.already += result.already
        summary.near_duplicates += result.near_duplicates
        for _ in results:
            if on_article:
                on_article()
    return summary
