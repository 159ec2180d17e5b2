"""Infer an article's publication date from the dates it mentions.

News reports the latest thing that happened: the article is published on or after the
latest full date it prints (a caption's photo date, a dated statement), and a weekday
named in the past tense ("on Tuesday") is at most six days before publication and not
before that latest date. The earliest day meeting both is the inferred date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rashomon import settings
from rashomon.nlp.time.values import Anchors, weekday_date


@dataclass(frozen=True)
class DatedMention:
    """A full calendar date in the text, its span and the tense of its clause."""

    date: dt.date
    span: tuple[int, int]
    text: str
    future: bool = False


@dataclass(frozen=True)
class WeekdayMention:
    """A bare weekday name ("on Tuesday") in a past-tense clause."""

    weekday: int
    text: str


@dataclass(frozen=True)
class Inference:
    """An inferred publication date, the span of its main evidence, and why."""

    date: dt.date
    evidence: tuple[int, int]
    basis: str


def infer_published(
    dates: list[DatedMention],
    weekdays: list[WeekdayMention],
    window_days: int = settings.PUBLISHED_WEEKDAY_WINDOW_DAYS,
) -> Inference | None:
    """The earliest date on or after the latest dated mention, within ``window_days``, at
    which every past-tense weekday falls on or after that mention; None when the text
    prints no full date."""
    candidates = [d for d in dates if not d.future]
    if not candidates:
        return None
    latest = max(candidates, key=lambda d: (d.date, -d.span[0]))
    basis = f"latest date in the text ({latest.text})"
    for days in range(window_days):
        day = latest.date + dt.timedelta(days=days)
        anchors = Anchors(published=day, direction="past")
        if all(weekday_date(w.weekday, anchors) >= latest.date for w in weekdays):
            if weekdays:
                named = ", ".join(sorted({f"“{w.text}”" for w in weekdays}))
                basis += f", and {named} in the past tense on or after it"
            return Inference(day, latest.span, basis)
    return Inference(latest.date, latest.span, basis)
