"""``analyze``: Document (or text) in, Record out, through the spaCy pipeline (imported on
the first call, so that importing ``rashomon`` loads no spaCy)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from rashomon.errors import RashomonError
from rashomon.read import Document, Published, from_text
from rashomon.read.dates import given_date
from rashomon.record import Record


def analyze_many(
    documents: Iterable[Document],
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_error: Callable[[Document, RashomonError], None] | None = None,
) -> Iterator[Record]:
    """Analyse documents in order with one model load (``nlp.pipe`` batches; with
    ``n_process`` > 1, in spaCy's worker processes).

    on_error: called with each document that cannot be analysed and a one-line error;
        that document is skipped and the rest go on. Without it, the error is raised.
    """
    if on_error is None:
        from rashomon.nlp import annotate, from_doc, load

        nlp = load(model)
        for document, doc in annotate(nlp, documents, batch_size, n_process):
            yield from_doc(document, doc, nlp)
        return
    for document, result in analyze_each(documents, model, batch_size, n_process):
        if isinstance(result, RashomonError):
            on_error(document, result)
        else:
            yield result


def analyze_each(
    documents: Iterable[Document],
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[tuple[Document, Record | RashomonError]]:
    """Every document in order with its Record, or the one-line error that kept it from
    one (too long, or the pipeline failed on it); the others go on."""
    from rashomon.nlp import from_doc, load
    from rashomon.nlp.pipeline import analysis_error, annotate_each

    nlp = load(model)
    for document, result in annotate_each(nlp, documents, batch_size, n_process):
        if isinstance(result, RashomonError):
            yield document, result
            continue
        try:
            yield document, from_doc(document, result, nlp)
        except Exception as error:
            yield document, analysis_error(document, error)


def analyze(
    doc_or_text: Document | str, published: str | None = None, model: str | None = None
) -> Record:
    """Analyse one article.

    doc_or_text: a Document from ``rashomon.read`` or the article's text (plain or HTML).
    published: the publication date (YYYY-MM-DD) when known; it overrides the page's.
    model: the spaCy pipeline package (default ``settings.DEFAULT_MODEL``).
    """
    if isinstance(doc_or_text, str):
        document = from_text(doc_or_text, published=published)
    else:
        document = doc_or_text
        if published:
            document.published = Published(given_date(published), "given")
    return next(analyze_many([document], model=model))
