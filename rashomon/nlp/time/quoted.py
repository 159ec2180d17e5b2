"""Relative time inside a quotation is the speaker's: in "“We vote today,” Ruiz said
Monday", "today" is that Monday, not the day the story was published. TimeML anchors such
expressions on the time of the speech act where the text gives it.

``speech_days`` finds, for each quoted passage, the day its reporting verb names outside
the marks ("said Monday", "told reporters on March 1"); the component then resolves the
passage's relative expressions against that day instead of the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from rashomon.nlp.common.quotation_marks import find_passages
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.common.reporting import frame
from rashomon.nlp.time.types import FoundTimex

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T|$)")


@dataclass(frozen=True)
class SpeechDay:
    """A quoted passage ``[start, end)`` and the timex of the day it was said on."""

    start: int
    end: int
    day: dt.date
    timex: FoundTimex


def speech_days(doc: Doc, text: str, found: list[FoundTimex], paragraphs: list[tuple[int, int]],
                published: dt.date | None, steps: int) -> list[SpeechDay]:
    """The passages said on a day the text names, before the publication date: a day
    outside the marks whose governing verb is a reporting verb of the passage's sentence.
    A passage said on two different days in its sentence gets none."""
    if published is None or not any(_DAY.match(t.value or "") for t in found):
        return []
    passages = find_passages(text, paragraphs).passages
    if not passages:
        return []
    quoted = Regions((p.start, p.end) for p in passages)
    days: dict[tuple[int, int], set[tuple[dt.date, str]]] = {}
    said: dict[tuple[int, int], FoundTimex] = {}
    for timex in found:
        if not _DAY.match(timex.value or "") or quoted.holds(timex.start):
            continue
        day = dt.date.fromisoformat(timex.value[:10])
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        verb = _reporting_verb(span.root, steps) if span is not None else None
        if verb is None or day >= published:
            continue
        sentence = verb.sent
        for passage in passages:
            if passage.start < sentence.end_char and passage.end > sentence.start_char:
                key = (passage.start, passage.end)
                days.setdefault(key, set()).add((day, timex.id))
                said[key] = timex
    return [SpeechDay(start, end, next(iter(named))[0], said[(start, end)])
            for (start, end), named in days.items() if len({d for d, _ in named}) == 1]


def _reporting_verb(token: Token, steps: int) -> Token | None:
    """The reporting verb ``token`` hangs from ("said Monday", "said on Monday"), if any,
    within ``steps`` heads."""
    for _ in range(steps):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token if frame(token.lemma_) is not None else None
    return None
