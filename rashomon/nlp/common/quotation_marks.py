"""Find the passages of text between double quotation marks, paragraph by paragraph.

Only double marks open or close a quotation: curly “ ”, straight ", guillemets « » and
low „. Apostrophes and single curly quotes (’s, authorities’, don’t) are never read as
quotation marks. A quotation that runs on into the next paragraph follows the news
convention: the paragraph ends without a closing mark and the next one opens with a mark.
An unbalanced mark gives a warning, closes the passage at the paragraph's end, and the
rest of the text is still read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
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


def _role(text: str, i: int, inside: bool) -> str:
    """Whether the mark at ``i`` opens or closes a quotation."""
    char = text[i]
    if char in OPENING:
        # a curly closing mark typed as an opener is common: trust position when inside
        return "close" if inside and char == "“" and _closes_here(text, i) else "open"
    if char in CLOSING:
        return "open" if not inside and _opens_here(text, i) else "close"
    if _opens_here(text, i) and not _closes_here(text, i):
        return "open"
    if _closes_here(text, i) and not _opens_here(text, i):
        return "close"
    return "close" if inside else "open"


def _opens_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPEN_BEFORE and not after.isspace()


def _closes_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


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
            if first_mark is not None and text[first_mark] in OPENING + STRAIGHT:
                open_passage.paragraphs += 1  # the quotation runs on
                start = first_mark + 1
            else:
                _close_unbalanced(found, open_passage, paragraphs[number - 1][1], text)
                open_passage = None
        for i in range(start, end):
            char = text[i]
            if char not in OPENING + CLOSING + STRAIGHT:
                continue
            role = _role(text, i, open_passage is not None)
            if role == "open" and open_passage is None:
                open_passage = Passage(i + 1, i + 1, i, None)
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
