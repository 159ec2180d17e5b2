"""Summaries of the store for the corpus pages: events over time, who talks to whom,
and statements grouped by speaker."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rashomon import settings
from rashomon.store.queries import Filters, fetch, where

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"^\d{4}-\d{2}")


@dataclass
class EventCounts:
    """Event counts per period and PLOVER type."""

    bucket: str  # "day" | "month"
    periods: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    undated: int = 0

    def total(self, period: str) -> int:
        return sum(self.counts.get((period, t), 0) for t in self.types)


def events_over_time(db: Path, filters: Filters) -> EventCounts:
    """How many events of each type fall in each day or month (by event date, else the
    article's publication date)."""
    condition, values = where("events", filters)
    _, rows = fetch(
        db,
        "SELECT coalesce(e.date, CAST(a.published AS VARCHAR)) AS day, e.type, count(*) "
        f"FROM events e JOIN articles a USING (record){condition} GROUP BY 1, 2",
        values,
    )
    months = {day[:7] for day, _, _ in rows if day and _MONTH.match(day)}
    bucket = "day" if len(months) <= settings.CHART_DAILY_UP_TO_MONTHS else "month"
    pattern, width = (_DAY, 10) if bucket == "day" else (_MONTH, 7)
    counts: Counter[tuple[str, str]] = Counter()
    by_type: Counter[str] = Counter()
    undated = 0
    for day, kind, n in rows:
        if not day or not pattern.match(day):
            undated += n
            continue
        counts[(day[:width], kind)] += n
        by_type[kind] += n
    return EventCounts(
        bucket=bucket,
        periods=sorted({period for period, _ in counts}),
        types=[kind for kind, _ in by_type.most_common()],
        counts=dict(counts),
        undated=undated,
    )


@dataclass
class Edge:
    speaker: str
    addressee: str
    quotes: int
    articles: int


def speaker_network(db: Path, filters: Filters) -> list[Edge]:
    """Speaker → addressee pairs with how many statements and articles link them."""
    condition, values = where("quotes", filters, prefix=" AND ")
    _, rows = fetch(
        db,
        "SELECT q.speaker_name, q.addressee_name, count(*), count(DISTINCT q.record) "
        "FROM quotes q JOIN articles a USING (record) "
        f"WHERE q.speaker_name IS NOT NULL AND q.addressee_name IS NOT NULL{condition} "
        f"GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {int(filters.limit)}",
        values,
    )
    return [Edge(*row) for row in rows]


def quotes_by_speaker(db: Path, filters: Filters) -> dict[str, list[dict]]:
    """Statements grouped by speaker (most quoted first), each with its article and
    evidence offsets."""
    condition, values = where("quotes", filters)
    columns, rows = fetch(
        db,
        "SELECT coalesce(q.speaker_name, '(unattributed)') AS speaker, q.addressee_name, "
        "q.kind, q.cue, q.content, q.date, q.record, q.start_offset, q.end_offset, a.title "
        f"FROM quotes q JOIN articles a USING (record){condition} "
        f"ORDER BY q.date NULLS LAST, q.record, q.start_offset LIMIT {int(filters.limit)}",
        values,
    )
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        item = dict(zip(columns, row, strict=True))
        grouped[item["speaker"]].append(item)
    return dict(sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0])))
