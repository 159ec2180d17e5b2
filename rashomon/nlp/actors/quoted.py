"""Whom a third-person pronoun inside a direct quotation cannot be: the quotation's own
speaker, who would say "I". In "'If he continues this he's dishonoring that support,'
said Sen. Lindsey Graham" the "he" is not Graham.

The quotations are the passages ``common.quotation_marks`` finds (as the quotes component
does); the speaker is the person named as the subject of a reporting verb next to the quotation, in
the same paragraph (``reporting_verbs.yaml``).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from rashomon.nlp.actors.types import Mention
from rashomon.nlp.common import reporting
from rashomon.nlp.common.quotation_marks import find_passages, story_paragraphs


def _speaks(mention: Mention, doc: Doc) -> bool:
    """Whether a person's name is the subject of a reporting verb ("Graham said")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return reporting.reports(span.root, passive=True)


def mark_quoted_pronouns(doc: Doc, mentions: list[Mention]) -> None:
    """Mark each mention inside a quotation with it (``Mention.aside``) and give each
    pronoun inside one the name of that quotation's speaker (``Mention.quoted_speaker``):
    the nearest named person who speaks right before or after the quotation in its
    paragraph."""
    paragraphs = story_paragraphs(doc)
    quotes = [(p.start, p.end) for p in find_passages(doc.text, paragraphs).passages]
    if not quotes:
        return
    starts = [start for start, _ in quotes]
    paragraph_starts = [start for start, _ in paragraphs]
    speakers = [m for m in mentions if m.label == "PERSON" and m.kind == "name"
                and _speaks(m, doc)]
    speaker_starts = [s.start for s in speakers]

    def paragraph_of(offset: int) -> int:
        return bisect_right(paragraph_starts, offset) - 1

    for mention in mentions:
        at = bisect_right(starts, mention.start) - 1
        if at < 0 or not (quotes[at][0] <= mention.start < quotes[at][1]):
            continue
        mention.aside = quotes[at]
        if mention.kind != "pronoun":
            continue
        quote_start, quote_end = quotes[at]
        before = bisect_right(speaker_starts, quote_start) - 1
        after = bisect_right(speaker_starts, quote_end - 1)
        near = [speakers[i] for i in (before, after) if 0 <= i < len(speakers)
                and paragraph_of(speakers[i].start) == paragraph_of(quote_start)
                and not (quote_start <= speakers[i].start < quote_end)]
        if near:
            closest = min(near, key=lambda s: min(abs(s.start - quote_end),
                                                  abs(quote_start - s.end)))
            mention.quoted_speaker = closest.text
