"""HTML pages: main text and metadata through trafilatura, captions from ``<figcaption>``."""

from __future__ import annotations

import re
from typing import Any

from lxml import html as lxml_html

from rashomon.errors import Errors, RashomonError
from rashomon.read.dates import parse_iso_date
from rashomon.read.document import Document, Published, Source
from rashomon.read.normalize import normalize
from rashomon.read.page import parse_page
from rashomon.read.rules import page_rules


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(?:body|article|p|div|h1)[\s>]", head)
    )


def _tree(markup: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def _captions(tree: lxml_html.HtmlElement | None) -> list[str]:
    if tree is None:
        return []
    captions: list[str] = []
    for element in tree.xpath(page_rules().caption_xpath):
        text = " ".join(" ".join(element.itertext()).split())
        if text and text not in captions and not any(text in c for c in captions):
            captions.append(text)
    return captions


def read_html(markup: str, what: str) -> Document:
    """Extract the article of an HTML page into a Document.

    markup: the page's HTML.
    what: how to name the input in error messages.
    RETURNS: the Document with title, story paragraphs, captions and page metadata.
    """
    import trafilatura  # 0.2 s to import: only when a page is HTML

    extracted = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or not (extracted.text or "").strip():
        raise RashomonError(Errors.R010, what=what)
    title = " ".join((extracted.title or "").split()) or None
    tree = _tree(markup)
    captions = _captions(tree)
    paragraphs = [line.strip() for line in extracted.text.split("\n") if line.strip()]
    paragraphs = [p for p in paragraphs if p != title and p not in captions]
    parts = ([title] if title else []) + paragraphs + captions
    text, offsets = normalize("\n\n".join(parts))
    caption_starts = _starts_of(text, captions)
    doc = parse_page(text, title=title, caption_starts=caption_starts)
    doc.offsets = offsets
    menus = _navigation_texts(tree)
    doc.categories = doc.categories or [c for c in extracted.categories or []
                                        if _plain(c) not in menus]
    keywords = [t.strip() for tag in extracted.tags or [] for t in tag.split(",")]
    doc.tags = doc.tags or [t for t in keywords if t and _plain(t) not in menus]
    doc.source = Source(url=extracted.url, publisher=_publisher(extracted))
    published = parse_iso_date(extracted.date or "")
    if published:
        doc.published = Published(published, "metadata")
    return doc


def _plain(text: str) -> str:
    return " ".join(text.split()).lower()


def _navigation_texts(tree: lxml_html.HtmlElement | None) -> set[str]:
    """The texts of the links in the page's navigation (menus, header, footer)."""
    if tree is None:
        return set()
    return {_plain(link.text_content()) for region in tree.xpath(page_rules().navigation_xpath)
            for link in region.iter("a")}


def _publisher(extracted: Any) -> str | None:
    """The site name the page's metadata gives, unless it names no publisher ("Hosted",
    "Home"), else the host name."""
    name = " ".join((extracted.sitename or "").split())
    if name and name.lower() not in page_rules().generic_site_names:
        return name
    return extracted.hostname or None


def _starts_of(text: str, captions: list[str]) -> set[int]:
    starts: set[int] = set()
    position = len(text)
    for caption in reversed(captions):
        normalized, _ = normalize(caption)
        found = text.rfind(normalized, 0, position)
        if found >= 0:
            starts.add(found)
            position = found
    return starts
