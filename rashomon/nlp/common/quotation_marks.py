"""Find the passages of text between double quotation marks, paragraph by paragraph.

Only double marks open or close a quotation: curly “ ”, straight ", guillemets « », low
„, and the doubled single marks of wire and typewriter copy ('' ’’ ‘‘ ``). A lone
apostrophe or single curly quote (’s, authorities’, don’t) is never read as a quotation
mark. A quotation that runs on into the next paragraph follows the news
convention: the paragraph ends without a closing mark and the next one opens with a mark.
An unbalanced mark gives a warning, closes the passage at the paragraph's end, and the
rest of the text is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENING = ("“", "«", "„", "‘‘", "``")
CLOSING = ("”", "»", "’’")
STRAIGHT = ('"', "''")
MARK = re.compile("|".join(map(re.escape, sorted(OPENING + CLOSING + STRAIGHT, key=len,
                                                  reverse=True))))
"""Any quotation mark: the doubled single marks first, so '' is one mark, not two."""
_OPEN_BEFORE = " \t\n([{—–-/"


@dataclass
class Passage:
    """A quoted passage: the content ``[start, end)`` between its marks, the offsets of the
    opening and closing marks, and how many paragraphs it runs over."""

    start: int
    end: int
    opened_at: int
    closed_at: int | None
    paragraphs: int = 1


@dataclass
class Marks:
    """The passages of a text and the warnings about unbalanced marks."""

    passages: list[Passage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _role(text: str, i: int, mark: str, inside: bool) -> str:
    """Whether the mark at ``i`` opens or closes a quotation."""
    if mark in OPENING:
        # a curly closing mark typed as an opener is common: trust position when inside
        return "close" if inside and mark == "“" and _closes_here(text, i, mark) else "open"
    if mark in CLOSING:
        return "open" if not inside and _opens_here(text, i, mark) else "close"
    if _opens_here(text, i, mark) and not _closes_here(text, i, mark):
        return "open"
    if _closes_here(text, i, mark) and not _opens_here(text, i, mark):
        return "close"
    return "close" if inside else "open"


def _neighbours(text: str, i: int, mark: str) -> tuple[str, str]:
    after = i + len(mark)
    return (text[i - 1] if i > 0 else " "), (text[after] if after < len(text) else " ")


def _opens_here(text: str, i: int, mark: str) -> bool:
    before, after = _neighbours(text, i, mark)
    return before in _OPEN_BEFORE and not after.isspace()


def _closes_here(text: str, i: int, mark: str) -> bool:
    before, after = _neighbours(text, i, mark)
    return not before.isspace() and (after.isspace() or not after.isalnum())


def mark_end(text: str, at: int) -> int:
    """The offset just after the quotation mark at ``at`` (one or two characters)."""
    match = MARK.match(text, at)
    return match.end() if match else at + 1


def story_paragraphs(doc) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of a Doc's title and paragraphs, where passages are read
    (the whole text when it has no blocks)."""
    blocks = [(s, e) for kind, s, e in doc._.blocks or () if kind in ("title", "paragraph")]
    return blocks or [(0, len(doc.text))]


def find_passages(text: str, paragraphs: list[tuple[int, int]]) -> Marks:
    """The quoted passages of ``text``, reading each paragraph span in order.

    text: the article's text.
    paragraphs: ``[start, end)`` spans of the blocks that hold story text, in order.
    RETURNS: the passages (content offsets, without the marks) and warnings.
    """
    found = Marks()
    open_passage: Passage | None = None
    for number, (start, end) in enumerate(paragraphs):
        first_mark = _first_non_space(text, start, end)
        if open_passage is not None:
            runs_on = MARK.match(text, first_mark) if first_mark is not None else None
            if runs_on is not None and runs_on.group() in OPENING + STRAIGHT:
                open_passage.paragraphs += 1  # the quotation runs on
                start = runs_on.end()
            else:
                _close_unbalanced(found, open_passage, paragraphs[number - 1][1], text)
                open_passage = None
        for match in MARK.finditer(text, start, end):
            i, mark = match.start(), match.group()
            role = _role(text, i, mark, open_passage is not None)
            if role == "open" and open_passage is None:
                open_passage = Passage(match.end(), match.end(), i, None)
            elif role == "close" and open_passage is not None:
                open_passage.end, open_passage.closed_at = i, i
                if open_passage.end > open_passage.start:
                    found.passages.append(open_passage)
                open_passage = None
            elif role == "close":
                found.warnings.append(f"unmatched closing quotation mark at offset {i}")
            else:
                found.warnings.append(f"quotation mark at offset {i} opens inside a quotation")
    if open_passage is not None:
        _close_unbalanced(found, open_passage, paragraphs[-1][1], text)
    return found


def _first_non_space(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _close_unbalanced(found: Marks, passage: Passage, end: int, text: str) -> None:
    """Close a passage whose closing mark is missing at the end of its last paragraph."""
    found.warnings.append(
        f"quotation opened at offset {passage.opened_at} is not closed; "
        "taken to end with its paragraph"
    )
    while end > passage.start and text[end - 1].isspace():
        end -= 1
    passage.end = end
    if passage.end > passage.start:
        found.passages.append(passage)
