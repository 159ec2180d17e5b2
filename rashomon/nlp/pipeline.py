"""Load the spaCy pipeline with Rashomon's components, and turn Documents into Docs."""

from __future__ import annotations

import importlib.util
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rashomon import settings
from rashomon.errors import Errors, RashomonError
from rashomon.nlp.actors import component as _actors  # noqa: F401  (the factories)
from rashomon.nlp.common.extensions import register_extensions
from rashomon.nlp.events import component as _events  # noqa: F401
from rashomon.nlp.places import component as _places  # noqa: F401
from rashomon.nlp.quotes import component as _quotes  # noqa: F401
from rashomon.nlp.time import component as _time  # noqa: F401
from rashomon.read.document import Document

COMPONENTS = (
    "rashomon_timexes",
    "rashomon_actors",
    "rashomon_places",
    "rashomon_quotes",
    "rashomon_events",
)


def load(model: str | None = None) -> Language:
    """Load an installed spaCy pipeline (``settings.DEFAULT_MODEL`` by default) and add
    Rashomon's components after its NER, once per process and package. Nothing is
    downloaded."""
    return _load(model or settings.DEFAULT_MODEL)


@cache
def _load(name: str) -> Language:
    if importlib.util.find_spec(name) is None:
        raise RashomonError(Errors.R009, name=name, choices=", ".join(settings.MODELS))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        nlp = spacy.load(name)
    nlp.meta["rashomon_package"] = name
    register_extensions()
    for component in COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp


def model_info(nlp: Language) -> tuple[str, str]:
    """The package name and version of the pipeline's model."""
    return nlp.meta.get("rashomon_package", nlp.meta["name"]), nlp.meta["version"]


def _masked_text(document: Document) -> str:
    """The text with chrome and photo credits blanked out, offsets unchanged, so the model
    never reads site furniture or photographers' names as story."""
    chars = list(document.text)
    for start, end in document.spans_of("chrome") + document.credit_spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised Doc of ``document`` carrying the read stage's hints."""
    doc = nlp.make_doc(_masked_text(document))
    doc._.blocks = [(b.kind, b.start, b.end) for b in document.blocks]
    _start_sentences_at_blocks(doc, document)
    hints = []
    if document.dateline and document.dateline.place_span:
        hints.append(document.dateline.place_span)
    doc._.place_hints = hints
    doc._.published = document.published
    return doc


def _start_sentences_at_blocks(doc: Doc, document: Document) -> None:
    """Make every block (headline, paragraph, caption) and the story after a dateline
    start a sentence, so the parser never joins a headline, a caption or "SOFIA, May 30 -"
    to the story's first sentence; the dateline itself is one sentence."""
    starts = [block.start for block in document.blocks]
    dateline = document.dateline
    if dateline is not None:
        starts.append(dateline.end)
        inside = doc.char_span(dateline.start, dateline.end, alignment_mode="contract")
        for token in inside[1:] if inside is not None else ():
            token.is_sent_start = False
    for start in starts:
        span = doc.char_span(start, len(doc.text), alignment_mode="contract")
        if span is not None and len(span) and span.start > 0:
            doc[span.start].is_sent_start = True


def annotate(
    nlp: Language, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Document, Doc]]:
    """Run the pipeline over ``documents`` lazily, in order, with one model load
    (``n_process`` > 1: spaCy's own worker processes; the Docs come back serialised)."""
    pending: deque[Document] = deque()

    def docs() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            yield make_doc(nlp, document)

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        yield pending.popleft(), doc
