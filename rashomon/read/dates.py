"""Explicit calendar dates in page furniture (captions, datelines, "Published:" lines).

Only dates that name their year are read here: "Tuesday, July 2, 2019", "April 5, 2021",
"5 April 2021", "Apr. 1, 2021", "2021-04-05". Relative expressions ("on Tuesday") need the
time tagger in ``rashomon.nlp``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from rashomon.data import load_tsv
from rashomon.errors import Errors, RashomonError


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: ``[start, end)`` offsets and the ISO value."""

    start: int
    end: int
    value: str


@cache
def calendar_forms(kind: str) -> dict[str, int]:
    """Month or weekday names as written, in title and upper case (with abbreviations),
    mapped to their number (month 1-12, ISO weekday 1-7)."""
    forms: dict[str, int] = {}
    for row in load_tsv("calendar.tsv"):
        if row["kind"] == kind:
            for name in row["names"].split("|"):
                forms[name] = forms[name.upper()] = int(row["number"])
    return forms


@cache
def calendar_names(kind: str) -> dict[str, int]:
    """Lower-cased month or weekday names (with abbreviations) mapped to their number."""
    return {name.lower(): number for name, number in calendar_forms(kind).items()}


def _alternation(kind: str) -> str:
    names = sorted(calendar_names(kind), key=len, reverse=True)
    return "|".join(re.escape(name) for name in names)


@cache
def _date_pattern() -> re.Pattern[str]:
    month, weekday = _alternation("month"), _alternation("weekday")
    day = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?:(?:{weekday}),?\s+)?"
        rf"(?:(?P<m1>{month})\s+{day.format('d1')},?\s+(?P<y1>\d{{4}})"
        rf"|{day.format('d2')}\s+(?P<m2>{month}),?\s+(?P<y2>\d{{4}})"
        rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b",
        re.IGNORECASE,
    )


def find_dates(text: str) -> list[FoundDate]:
    """Return every explicit, valid calendar date in ``text`` in order of appearance."""
    found = []
    months = calendar_names("month")
    for match in _date_pattern().finditer(text):
        groups = match.groupdict()
        if groups["y3"]:
            year, month, day = int(groups["y3"]), int(groups["m3"]), int(groups["d3"])
        else:
            n = "1" if groups["m1"] else "2"
            year, day = int(groups["y" + n]), int(groups["d" + n])
            month = months[groups["m" + n].lower()]
        try:
            value = dt.date(year, month, day).isoformat()
        except ValueError:
            continue
        found.append(FoundDate(match.start(), match.end(), value))
    return found


def parse_iso_date(value: str) -> str | None:
    """Return ``value``'s ISO date (``YYYY-MM-DD``) when it starts with one, else None."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        dates = find_dates(value or "")
        return dates[0].value if dates else None
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


def given_date(value: str) -> str:
    """The ISO date of a publication date given by a user or a JSON field; raises R008."""
    parsed = parse_iso_date(value)
    if parsed is None:
        raise RashomonError(Errors.R008, value=value)
    return parsed
