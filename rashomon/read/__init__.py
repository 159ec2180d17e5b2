"""Read stage: bytes, files and strings into ``Document``s. No NLP models run here.

``read`` returns one Document; ``read_many`` yields one per article of a JSONL/JSON file
(or a single one for text and HTML), so a corpus file is read lazily in order.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rashomon import settings
from rashomon.errors import Errors, RashomonError
from rashomon.read.dates import given_date
from rashomon.read.decode import check_size, decode
from rashomon.read.document import Block, Caption, Dateline, Document, Published, Source
from rashomon.read.html import looks_like_html, read_html
from rashomon.read.jsonl import iter_json_articles, looks_like_json
from rashomon.read.normalize import normalize, without_surrogates
from rashomon.read.page import parse_page

__all__ = [
    "Block",
    "Caption",
    "Dateline",
    "Document",
    "Published",
    "Source",
    "from_text",
    "kind_of",
    "read",
    "read_many",
]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
_META_FIELDS = ("title", "url", "publisher", "published", "path")


def from_text(text: str, *, kind: str = "auto", what: str = "input", **meta: Any) -> Document:
    """Build a Document from a decoded string of plain text or HTML.

    kind: "text", "html" or "auto" (sniff the content).
    meta: optional ``title``, ``url``, ``publisher``, ``path``, ``published`` (YYYY-MM-DD).
    """
    text = without_surrogates(text)
    meta = {k: without_surrogates(v) if isinstance(v, str) else v for k, v in meta.items()}
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        doc = read_html(text, what)
    else:
        title = meta.get("title")
        if title and not _starts_with(text, title):
            text = f"{title}\n\n{text}"
        normalized, offsets = normalize(text)
        if not normalized or normalized == title:
            raise RashomonError(Errors.R002, what=what)
        doc = parse_page(normalized, title=title)
        doc.offsets = offsets
    _apply_meta(doc, meta)
    return doc


def _starts_with(text: str, title: str) -> bool:
    """Whether ``text`` opens with ``title`` (white space aside)."""
    wanted = " ".join(title.split())
    opening = text.lstrip()[: 2 * len(title) + 8]
    return " ".join(opening.split()).startswith(wanted)


def _apply_meta(doc: Document, meta: dict[str, Any]) -> None:
    source = doc.source
    doc.source = Source(
        path=meta.get("path") or source.path,
        url=meta.get("url") or source.url,
        publisher=meta.get("publisher") or source.publisher,
    )
    if meta.get("title") and not doc.title:
        doc.title = meta["title"]
    if meta.get("published"):
        doc.published = Published(given_date(meta["published"]), "given")


def _load(source: str | Path, max_bytes: int | None) -> tuple[str, str, str]:
    """Return ``(text, kind, what)`` for a path, ``-`` (stdin) or a literal string. A file
    or stdin is read up to the limit and no further (``/dev/zero`` is refused, not read)."""
    if isinstance(source, str) and source == "-":
        data = _read_bounded(sys.stdin.buffer, "stdin", max_bytes)
        return decode(data, "stdin"), "auto", "stdin"
    path = Path(source) if isinstance(source, Path) or _is_path(source) else None
    if path is None:
        text = str(source)
        check_size(len(text.encode("utf-8", "replace")), "input", max_bytes)
        if not text.strip():
            raise RashomonError(Errors.R002, what="input")
        return text, "auto", "input"
    what = without_surrogates(str(path))  # a file name that is not UTF-8 stays printable
    try:
        check_size(path.stat().st_size, what, max_bytes)
        with path.open("rb") as handle:
            data = _read_bounded(handle, what, max_bytes)
    except IsADirectoryError:
        raise RashomonError(Errors.R001, path=what, reason="it is a directory") from None
    except OSError as error:
        raise RashomonError(Errors.R001, path=what, reason=error.strerror or str(error)) from None
    return decode(data, what), kind_of(path), what


def _read_bounded(handle, what: str, max_bytes: int | None) -> bytes:
    """The bytes of ``handle``, reading at most one byte past the limit (R004 past it)."""
    limit = settings.MAX_INPUT_BYTES if max_bytes is None else max_bytes
    if not limit:
        return handle.read()
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise RashomonError(Errors.R017, what=what, limit=limit)
    return data


def kind_of(name: str | Path) -> str:
    """How a file is read, by its name's suffix: "html", "json" or "auto" (sniffed)."""
    suffix = Path(name).suffix.lower()
    return "html" if suffix in _HTML_SUFFIXES else "json" if suffix in _JSON_SUFFIXES else "auto"


def _is_path(value: str) -> bool:
    """Whether ``value`` names an existing file; a one-line text too long for a file name
    ("File name too long") is text."""
    if "\n" in value or len(value) >= 4096:
        return False
    try:
        return Path(value).exists()
    except OSError:
        return False


def read_many(
    source: str | Path,
    *,
    max_bytes: int | None = None,
    on_error: Callable[[RashomonError], None] | None = None,
    **meta: Any,
) -> Iterator[Document]:
    """Yield the Documents in ``source``: a path, ``-`` for stdin, or the text itself.

    A JSON/JSONL source yields one Document per article, in order; text and HTML one.
    meta: defaults for every article (``published``, ``title``, ``url``, ``publisher``);
    a JSON article's own fields take precedence.
    on_error: called with the one-line error of an article that cannot be read (a bad
        JSONL line), which is then skipped so the articles after it are still read;
        without it, the first such error is raised. An unreadable source always raises.
    """
    text, kind, what = _load(source, max_bytes)
    path = what if what not in ("stdin", "input") else None
    if kind == "json" or (kind == "auto" and looks_like_json(text)):
        for line, article in iter_json_articles(text, what):
            try:
                yield _json_article(article, line, what, path, meta)
            except RashomonError as error:
                if on_error is None:
                    raise
                on_error(error)
        return
    yield from_text(text, kind=kind, what=what, **{"path": path, **meta})


def _json_article(
    article: dict[str, Any] | RashomonError, line: int, what: str, path: str | None,
    meta: dict[str, Any],
) -> Document:
    if isinstance(article, RashomonError):
        raise article
    own = {k: article[k] for k in _META_FIELDS if article.get(k)}
    fields = {**meta, "path": f"{path}:{line}" if path else None, **own}
    if article.get("date") and not article.get("published"):
        fields["published"] = article["date"]
    body = article.get("text") or article["html"]
    body_kind = "html" if "text" not in article else "auto"
    return from_text(body, kind=body_kind, what=f"{what}, line {line}", **fields)


def read(source: str | Path, *, max_bytes: int | None = None, **meta: Any) -> Document:
    """Read one article from a path, ``-`` (stdin) or the text itself into a Document.

    meta: optional ``published`` (YYYY-MM-DD), ``title``, ``url``, ``publisher``.
    For a JSONL file of several articles, use ``read_many``.
    """
    documents = read_many(source, max_bytes=max_bytes, **meta)
    return next(documents)
