"""Split the text of a copied news page into title, story paragraphs, captions and chrome.

Stateless functions over normalised text. The rules (what chrome and captions look like)
are data in ``data/page_rules.yaml``; the thresholds are in ``rashomon.settings``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rashomon import settings
from rashomon.read.dates import calendar_names, find_dates
from rashomon.read.document import Block, BlockKind, Caption, Dateline, Document, Published
from rashomon.read.rules import PageRules, page_rules

_SENTENCE_END = re.compile(r"[.!?:;…\"”’)\]]$")


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> Iterator[_Line]:
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield _Line(position + lead, position + lead + len(stripped), stripped)
        else:
            yield _Line(position, position, "")
        position += len(raw) + 1


def _ends_line_of_its_own(line: _Line, following: _Line | None, rules: PageRules) -> bool:
    """Whether a line inside a paragraph group stands alone (not a hard-wrapped line): so
    does a line that the line ``following`` it dates or places (a headline above "MARSENNE,
    14 October 2027")."""
    if len(line.text) < settings.WRAPPED_LINE_MIN_CHARS or _SENTENCE_END.search(line.text):
        return True
    if following is not None and _dates_the_story(following.text, rules):
        return True
    return _special_kind(line.text, rules) is not None


def _dates_the_story(line: str, rules: PageRules) -> bool:
    """A line that opens with a dateline ("VELMORA, 17 May 2029 — …"), or gives a place
    in capitals and a date ("MARSENNE, 14 October 2027") or a date alone."""
    return bool(rules.dateline.match(line) or date_only(line, rules)
                or (rules.place_in_capitals.match(line) and find_dates(line)))


def segment(text: str, rules: PageRules | None = None) -> list[tuple[int, int]]:
    """Cut ``text`` into blocks: paragraphs separated by blank lines, and lines that stand
    alone (a headline, a caption, a chrome line) even without a blank line around them.
    Hard-wrapped lines of one paragraph stay together."""
    rules = rules or page_rules()
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    lines = list(_lines(text))
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        if not line.text:
            if current:
                spans.append(current)
            current = None
            continue
        current = (current[0], line.end) if current else (line.start, line.end)
        if _ends_line_of_its_own(line, following, rules):
            spans.append(current)
            current = None
    if current:
        spans.append(current)
    return spans


def _special_kind(block: str, rules: PageRules) -> str | None:
    """ "categories", "tags", "published", "section", "chrome", "caption" or None."""
    if len(block) <= settings.MAX_CHROME_CHARS:
        for kind, patterns in (
            ("categories", rules.categories),
            ("tags", rules.tags),
            ("section", rules.sections),
        ):
            if any(p.search(block) for p in patterns):
                return kind
        published = rules.published_line.search(block)
        if published and find_dates(published.group("date")):
            return "published"
        if any(p.search(block) for p in rules.chrome):
            return "chrome"
    if len(block) <= settings.MAX_CAPTION_CHARS and _caption_credit(block, rules) is not None:
        return "caption"
    return None


def _caption_credit(block: str, rules: PageRules) -> tuple[int, int] | None:
    """The credit's span inside a caption block, ``(0, 0)`` for a caption with no credit,
    or None when the block is not a caption."""
    trailing = rules.trailing_credit.search(block)
    if trailing and any(m.search(trailing.group("credit")) for m in rules.credit_markers):
        return trailing.span("credit")
    credit_line = rules.credit_line.search(block)
    if credit_line and credit_line.start() > 0:
        return credit_line.span("credit")
    if any(p.search(block) for p in rules.caption_prefixes):
        return (0, 0)
    return None


def _split_items(items: str) -> list[str]:
    return [item.strip() for item in re.split(r"[,;|]", items) if re.search(r"\w", item)]


def _make_caption(text: str, start: int, end: int, rules: PageRules) -> Caption:
    block = text[start:end]
    caption = Caption(start=start, end=end, text=block)
    credit = _caption_credit(block, rules)
    if credit and credit != (0, 0):
        caption.credit = block[credit[0] : credit[1]].strip()
        caption.credit_span = (start + credit[0], start + credit[1])
    dates = [
        d for d in find_dates(block) if not credit or d.start < credit[0] or d.start >= credit[1]
    ]
    if dates:
        caption.date = dates[0].value
        caption.date_span = (start + dates[0].start, start + dates[0].end)
    return caption


def _is_title(block: str, rules: PageRules) -> bool:
    return (
        "\n" not in block
        and len(block) <= settings.MAX_TITLE_CHARS
        and not block.endswith((".", ",", ";", ":"))
        and not _long_quoted_sentence(block)
        and not date_only(block, rules)
        and not rules.dateline.match(block + " - ")
    )


def _long_quoted_sentence(block: str) -> bool:
    """A sentence that ends inside its closing quotation marks and is longer than a headline
    ('…, Ruiz also urged Vidal to "restore the border crossings at once."'): the story's
    first sentence on a page copied without its headline."""
    return (re.search(r"[.!?][\"'’”]+$", block) is not None
            and len(block.split()) > settings.MAX_QUOTED_TITLE_WORDS)


def date_only(block: str, rules: PageRules | None = None) -> bool:
    """A block that only dates the page: one date, alone or with the words and clock times
    of a time stamp (``stamp_words``: "Friday, January 4, 2019", "Monday, July 5, 2021 at
    6:42 am", "June 01 , 2009" as tokenised text)."""
    block = re.sub(r"\s+(?=[,.])", "", block)
    dates = find_dates(block)
    if len(dates) != 1:
        return False
    rest = block[: dates[0].start] + " " + block[dates[0].end :]
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}\b", " ", rest)  # a clock time
    stamp = (rules or page_rules()).stamp_words
    return not re.search(r"\d", rest) and all(
        w.lower() in stamp for w in re.findall(r"[A-Za-z]+", rest))


def _dateline(text: str, start: int, end: int, rules: PageRules) -> Dateline | None:
    opening = text[start:end]
    match = rules.dateline.match(opening)
    if not match:
        return None
    dates = find_dates(opening[: match.end()])
    place_end = match.end("place")
    if dates:  # "HELSINKI, March 3, 2024": the place ends at the comma before the date
        comma = opening.rfind(",", 0, dates[0].start)
        if 0 <= comma < place_end:
            place_end = comma
    comma = opening.find(",", 0, place_end)
    region = opening[comma + 1 : place_end].split()[:1] if comma >= 0 else []
    if region and region[0].lower() in calendar_names("month"):
        place_end = comma  # "SOFIA, May 30 -": a date without its year, not a region
    dateline = Dateline(start=start, end=start + match.end(), place_span=(start, start + place_end))
    if dates:
        dateline.date = dates[0].value
        dateline.date_span = (start + dates[0].start, start + dates[0].end)
    return dateline


def parse_page(
    text: str, title: str | None = None, caption_starts: set[int] | None = None
) -> Document:
    """Classify the blocks of normalised page ``text`` and collect captions, categories,
    tags, the dateline and any printed publication date.

    text: normalised text (see ``rashomon.read.normalize``).
    title: a title known from metadata; the block equal to it becomes the title block.
    caption_starts: offsets of blocks known to be captions (from HTML markup).
    RETURNS: a Document without source metadata.
    """
    rules = page_rules()
    doc = Document(text=text, blocks=[])
    in_section = story_started = False
    for start, end in segment(text, rules):
        block = text[start:end]
        kind = "caption" if start in (caption_starts or ()) else _special_kind(block, rules)
        block_kind: BlockKind = "paragraph"
        if in_section and kind is None and len(block) <= settings.RELATED_HEADLINE_CHARS:
            kind = "chrome"
        in_section = kind == "section" or (in_section and kind == "chrome")
        if kind == "caption":
            block_kind = "caption"
            doc.captions.append(_make_caption(text, start, end, rules))
        elif kind is not None:
            block_kind = "chrome"
            items = _items_of(block, kind, rules)
            if kind == "categories":
                doc.categories.extend(items)
            elif kind == "tags":
                doc.tags.extend(items)
            elif kind == "published":
                _take_printed_date(doc, block, start)
        elif not story_started and date_only(block, rules):
            block_kind = "chrome"  # "Friday, January 4, 2019" above the story
            _take_printed_date(doc, block, start)
        story_started = story_started or (
            block_kind == "paragraph" and end - start > settings.MAX_TITLE_CHARS
        )
        doc.blocks.append(Block(block_kind, start, end))
    _choose_title(doc, title, rules)
    _find_dateline(doc, rules)
    return doc


def _take_printed_date(doc: Document, block: str, start: int) -> None:
    """Use the first date printed in a page-furniture ``block`` as the published date,
    unless one is already known."""
    found = find_dates(block)
    if doc.published is None and found:
        evidence = (start + found[0].start, start + found[0].end)
        doc.published = Published(found[0].value, "page", evidence)


def _items_of(block: str, kind: str, rules: PageRules) -> list[str]:
    patterns = {"categories": rules.categories, "tags": rules.tags}.get(kind, ())
    for pattern in patterns:
        match = pattern.search(block)
        if match:
            return _split_items(match.group("items"))
    return []


def _choose_title(doc: Document, title: str | None, rules: PageRules) -> None:
    """Mark the headline: the block that writes a given title (a closing full stop aside:
    some outlets end their headlines with one), else the first short line before the story
    that does not read like a sentence."""
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    if title:
        wanted = " ".join(title.split())
        for block in paragraphs:
            written = " ".join(doc.text[block.start : block.end].split())
            if written == wanted or written.rstrip(".") == wanted.rstrip("."):
                block.kind = "title"
                doc.title = wanted
                return
        doc.title = wanted
        return
    if len(paragraphs) < 2:
        return
    first = paragraphs[0]
    candidate = doc.text[first.start : first.end]
    if _is_title(candidate, rules):
        first.kind = "title"
        doc.title = candidate


def _find_dateline(doc: Document, rules: PageRules) -> None:
    """The dateline opening one of the first paragraphs (a subheadline or a byline may
    come before it)."""
    paragraphs = [block for block in doc.blocks if block.kind == "paragraph"]
    for block in paragraphs[: settings.DATELINE_PARAGRAPHS]:
        doc.dateline = _dateline(doc.text, block.start, block.end, rules)
        if doc.dateline is None:
            continue
        if doc.dateline.date and doc.published is None:
            doc.published = Published(doc.dateline.date, "dateline", doc.dateline.date_span)
        return
