"""Load the spaCy pipeline with Rashomon's components, and turn Documents into Docs."""

from __future__ import annotations

import importlib.util
import re
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from rashomon import settings
from rashomon.data import load_tsv
from rashomon.errors import Errors, RashomonError, first_line
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


def _correct_lemmas(nlp: Language) -> None:
    """Give the verb forms spaCy's English rule lemmatizer gets wrong ("hopes" → "hop";
    ``lemma_exceptions.tsv``) their lemma through the attribute ruler, which runs before
    the lemmatizer (it keeps a lemma already set), so every component reads "hope"."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    if nlp.get_pipe("lemmatizer").overwrite:
        return
    verb_tags = {"IN": ["VBZ", "VBD", "VBN", "VBG", "VBP", "VB"]}
    nlp.get_pipe("attribute_ruler").add_patterns([
        {"patterns": [[{"LOWER": row["form"], "TAG": verb_tags}]],
         "attrs": {"LEMMA": row["lemma"]}}
        for row in load_tsv("lemma_exceptions.tsv")])


def check_model(name: str) -> None:
    """A one-line R009 unless ``name`` is an installed spaCy pipeline package (checked
    without loading it)."""
    if importlib.util.find_spec(name) is None or not spacy.util.is_package(name):
        raise RashomonError(Errors.R009, name=name, choices=", ".join(settings.MODELS))


@cache
def _load(name: str) -> Language:
    check_model(name)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        try:
            nlp = spacy.load(name)
        except (OSError, ValueError):  # a module that is not a spaCy pipeline ("os")
            raise RashomonError(Errors.R009, name=name,
                                choices=", ".join(settings.MODELS)) from None
    nlp.meta["rashomon_package"] = name
    _correct_lemmas(nlp)
    register_extensions()
    for component in COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp


def model_info(nlp: Language) -> tuple[str, str]:
    """The package name and version of the pipeline's model."""
    return nlp.meta.get("rashomon_package", nlp.meta["name"]), nlp.meta["version"]


def _masked_text(document: Document) -> str:
    """The text with chrome and photo credits blanked out, offsets unchanged, so the model
    never reads site furniture or photographers' names as story; a run of more than
    ``settings.MAX_TOKEN_CHARS`` characters without a space is cut by spaces at that
    length (spaCy's tokenizer takes quadratic time on such runs: 10 KB of quotation
    marks took half a minute)."""
    chars = list(document.text)
    for start, end in document.spans_of("chrome") + document.credit_spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    step = settings.MAX_TOKEN_CHARS
    for run in _LONG_RUN.finditer(document.text):
        for i in range(run.start() + step, run.end(), step):
            chars[i] = " "
    return "".join(chars)


_LONG_RUN = re.compile(rf"\S{{{settings.MAX_TOKEN_CHARS + 1},}}")


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised Doc of ``document`` carrying the read stage's hints; a one-line
    ``RashomonError`` for a text over ``settings.MAX_ARTICLE_CHARS``."""
    if len(document.text) > settings.MAX_ARTICLE_CHARS:
        raise RashomonError(Errors.R016, what=_name(document), length=len(document.text),
                            limit=settings.MAX_ARTICLE_CHARS)
    doc = nlp.make_doc(_masked_text(document))
    doc._.blocks = [(b.kind, b.start, b.end) for b in document.blocks]
    _start_sentences_at_blocks(doc, document)
    _bound_sentences(doc, settings.MAX_SENTENCE_TOKENS)
    hints = []
    if document.dateline and document.dateline.place_span:
        hints.append(document.dateline.place_span)
    doc._.place_hints = hints
    doc._.published = document.published
    return doc


def _start_sentences_at_blocks(doc: Doc, document: Document) -> None:
    """Make every block (headline, paragraph, caption) and the story after a dateline
    start a sentence, so the parser never joins a headline, a caption or "SOFIA, May 30 -"
    to the story's first sentence; the dateline itself is one sentence. A block's first two
    words stay in one sentence (a forced start made the parser cut "Bernie | Sanders said")."""
    starts = [block.start for block in document.blocks]
    dateline = document.dateline
    if dateline is not None:
        starts.append(dateline.end)
        inside = doc.char_span(dateline.start, dateline.end, alignment_mode="contract")
        for token in inside[1:] if inside is not None else ():
            token.is_sent_start = False
    for start in starts:
        span = doc.char_span(start, len(document.text), alignment_mode="contract")
        if span is not None and len(span) and span.start > 0:
            doc[span.start].is_sent_start = True
            if len(span) > 1 and span[0].is_alpha and span[1].is_alpha:
                span[1].is_sent_start = False  # else the parser may cut "Ana | Ruiz said …"


def _bound_sentences(doc: Doc, limit: int) -> None:
    """Start a sentence after ``limit`` tokens with no likely sentence end, so no sentence
    grows past it: what the components walk (a clause, a subtree) then stays within one
    sentence, and analysis time grows linearly with the text ("Anna said that Bob said
    that ..." for pages on end took minutes). News sentences are far shorter. A likely end
    is a line break, or ".", "!" or "?" before a capital or a quotation mark: where the
    parser ends sentences too (it does not end one at ";" or at "a. b.")."""
    since = 0
    for token in doc:
        if token.is_sent_start and token.i:
            since = 0
        elif since >= limit:
            token.is_sent_start = True
            since = 0
        since += 1
        if "\n" in token.text or (token.text in _SENTENCE_ENDS and _opens_sentence(token)):
            since = 0


_SENTENCE_ENDS = {".", "!", "?"}


def _opens_sentence(end: Token) -> bool:
    """Whether the token after a full stop could open a sentence."""
    following = end.nbor() if end.i + 1 < len(end.doc) else None
    return following is None or following.is_title or following.is_upper or \
        following.is_quote or following.is_space


def annotate(
    nlp: Language, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Document, Doc]]:
    """Run the pipeline over ``documents`` lazily, in order, with one model load
    (``n_process`` > 1: spaCy's own worker processes; the Docs come back serialised). The
    first error is raised; ``annotate_each`` goes on past a document that fails."""
    fed: deque[Document] = deque()

    def feed() -> Iterator[Doc]:
        for document in documents:
            fed.append(document)
            yield make_doc(nlp, document)

    for doc in nlp.pipe(feed(), batch_size=batch_size, n_process=n_process):
        yield fed.popleft(), doc


def annotate_each(
    nlp: Language, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Document, Doc | RashomonError]]:
    """Every document in order with its annotated Doc, or the one-line error that kept it
    from one. When a batch fails in the pipeline, its documents are run again one at a
    time, so only the one that fails gets an error."""
    source = iter(documents)
    while True:
        pending: deque[tuple[Document, RashomonError | None]] = deque()
        try:
            for doc in nlp.pipe(_docs(nlp, source, pending), batch_size=batch_size,
                                n_process=n_process):
                yield from _failed_before(pending)
                document, _ = pending.popleft()
                yield document, doc
            yield from _failed_before(pending)
            return
        except Exception as error:
            if isinstance(error, RashomonError):
                raise
        for document, failed in pending:  # the batch in flight: find the one that fails
            if failed is not None:
                yield document, failed
                continue
            try:
                yield document, nlp(make_doc(nlp, document))
            except Exception as error:
                yield document, analysis_error(document, error)


def _failed_before(
    pending: deque[tuple[Document, RashomonError | None]],
) -> Iterator[tuple[Document, RashomonError]]:
    """The documents at the head of ``pending`` that never became a Doc."""
    while pending and pending[0][1] is not None:
        document, failed = pending.popleft()
        yield document, failed  # type: ignore[misc]


def _docs(
    nlp: Language, source: Iterator[Document], pending: deque[tuple[Document, RashomonError | None]]
) -> Iterator[Doc]:
    """The Docs of ``source``, remembering each Document in ``pending`` (in order, with
    the error of one that cannot be made into a Doc) until its Doc comes out."""
    for document in source:
        try:
            doc = make_doc(nlp, document)
        except RashomonError as error:
            pending.append((document, error))
            continue
        pending.append((document, None))
        yield doc


def analysis_error(document: Document, error: Exception) -> RashomonError:
    """A one-line error for a document the pipeline failed on."""
    if isinstance(error, RashomonError):
        return error
    if error.__cause__ is not None:  # spaCy turns a component's KeyError into E109
        error = error.__cause__  # type: ignore[assignment]
    return RashomonError(Errors.R018, what=_name(document),
                         reason=f"{type(error).__name__}: {first_line(error)}")


def _name(document: Document) -> str:
    return document.source.path or document.source.url or "the article"
