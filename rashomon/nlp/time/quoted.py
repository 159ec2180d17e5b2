"""Relative time inside a quotation is the speaker's: in "“We vote today,” Ruiz said
Monday", "today" is that Monday, not the day the story was published. TimeML anchors such
expressions on the time of the speech act where the text gives it.

``speech_days`` finds, for each quoted passage, the day its reporting verb names outside
the marks ("said Monday", "told reporters on March 1"); the component then resolves the
passage's deictic expressions (``SPEAKER_RELATIVE``) against that day instead of the
publication date. Weekdays and months keep the publication date: their direction comes
from the tense, and the nearest one to an earlier day is often not the one meant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from rashomon.nlp.common.quotation_marks import find_passages, story_paragraphs
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.common.reporting import frame
from rashomon.nlp.time.types import FoundTimex
from rashomon.nlp.time.values import day_of

SPEAKER_RELATIVE = frozenset({"deictic_day", "relative_period", "offset_date"})
"""Resolvers of expressions counted from the moment of speaking ("today", "next week",
"two days ago")."""


@dataclass(frozen=True)
class SpeechDay:
    """A quoted passage ``[start, end)`` and the timex of the day it was said on."""

    start: int
    end: int
    day: dt.date
    timex: FoundTimex


def speech_days(doc: Doc, text: str, found: list[FoundTimex], published: dt.date | None,
                steps: int) -> list[SpeechDay]:
    """The passages said on a day the text names, before the publication date: a day
    outside the marks whose governing verb is a reporting verb of the passage's sentence.
    A passage said on two different days in its sentence gets none."""
    days_found = [(t, day_of(t.value)) for t in found]
    if published is None or not any(day for _, day in days_found):
        return []
    passages = find_passages(text, story_paragraphs(doc)).passages
    if not passages:
        return []
    quoted = Regions((p.start, p.end) for p in passages)
    said: dict[tuple[int, int], dict[dt.date, FoundTimex]] = {}
    for timex, day in days_found:
        if day is None or quoted.holds(timex.start):
            continue
        date = dt.date.fromisoformat(day)
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        verb = _reporting_verb(span.root, steps) if span is not None else None
        if verb is None or date >= published:
            continue
        sentence = verb.sent
        for passage in passages:
            if passage.start < sentence.end_char and passage.end > sentence.start_char:
                said.setdefault((passage.start, passage.end), {}).setdefault(date, timex)
    return [SpeechDay(start, end, *next(iter(days.items())))
            for (start, end), days in said.items() if len(days) == 1]


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
