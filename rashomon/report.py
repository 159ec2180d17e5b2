"""The text report of a Record, for people: grouped, aligned, readable in 80 columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from rashomon import describe
from rashomon.record import Quote, Record

if TYPE_CHECKING:
    from rashomon.compare import ClaimMatrix, Comparison

_GROUPS = (
    ("People", ("PERSON",)),
    ("Organisations", ("ORG",)),
    ("Places", ("GPE", "LOC")),
    ("Groups and other names", ("NORP", "EVENT", "LAW", "OTHER")),
)


def _header(record: Record) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    published = record.published
    if published.value:
        table.add_row("Published", f"{published.value} ({describe.published_source(record)})")
    else:
        table.add_row("Published", "unknown")
    source = record.source.url or record.source.path
    if source:
        table.add_row("Source", source)
    if record.source.publisher:
        table.add_row("Publisher", record.source.publisher)
    if record.categories:
        table.add_row("Categories", ", ".join(record.categories))
    if record.tags:
        table.add_row("Tags", ", ".join(record.tags))
    if record.suggested_tags:
        table.add_row("Suggested tags", ", ".join(record.suggested_tags))
    return table


def _captions(record: Record) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Photo captions", title_justify="left")
    table.add_column("Date", no_wrap=True)
    table.add_column("Caption", ratio=3, overflow="fold")
    table.add_column("Credit", ratio=1, overflow="fold")
    for caption in record.captions:
        text = caption.text
        if caption.credit:
            text = text.replace(f"({caption.credit})", "").strip()
        table.add_row(caption.date or "", text, caption.credit or "")
    return table


def _entities(record: Record, title: str, types: tuple[str, ...]) -> Table | None:
    members = [e for e in record.entities if e.type in types]
    if not members:
        return None
    members.sort(key=lambda e: -len(e.mentions))
    table = Table(box=box.SIMPLE_HEAD, expand=True, title=title, title_justify="left")
    table.add_column("Name", ratio=2, overflow="fold")
    table.add_column("Role / country", ratio=2, overflow="fold")
    table.add_column("Mentions", justify="right", no_wrap=True)
    for entity in members:
        detail = describe.roles(entity) if entity.type == "PERSON" else ""
        detail = detail or (entity.code or entity.country or "")
        if entity.type == "PERSON" and entity.country and entity.country not in detail:
            detail = f"{detail} ({entity.country})" if detail else entity.country
        name = Text(entity.name)
        name.append(f"\n{_first_mention(record, entity.id)}", style="dim")
        table.add_row(name, detail, str(len(entity.mentions)))
    return table


def _first_mention(record: Record, entity_id: str) -> str:
    """Where an entity is first named: the words around it, to check it against."""
    entity = record.entity(entity_id)
    if entity is None or not entity.mentions:
        return ""
    start, end = entity.mentions[0]
    return describe.sentence_around(record, start, end, limit=60)


def _timeline(record: Record) -> Table | None:
    dated = describe.timeline(record)
    if not dated:
        return None
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Timeline", title_justify="left")
    table.add_column("Date", no_wrap=True)
    table.add_column("Said as", ratio=1, overflow="fold")
    table.add_column("What happened or was said", ratio=3, overflow="fold")
    for timex in dated:
        table.add_row(describe.when(timex), timex.text,
                      describe.sentence_around(record, *timex.span))
    return table


_QUOTE_CHARS = 160
_KIND_MARK = {"direct": "“”", "mixed": "“…", "indirect": "~"}
_KIND_WORDS = {"direct": "a direct quote, in quotation marks",
               "mixed": "reported speech with quoted words in it",
               "indirect": "reported speech, no quotation marks"}


def _statements(record: Record, min_confidence: float = 0.0) -> list | None:
    """Statements grouped by who said them (the name, or the words found when they name
    no one the article resolves), each with addressee, via chain, cue, date and how the
    speaker was found; then a legend of the marks used."""
    if not record.quotes:
        return None
    groups = describe.statement_groups(record, min_confidence)
    shown = [quote for _, _, quotes in groups for quote in quotes]
    hidden = len(record.quotes) - len(shown)
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Statements", title_justify="left")
    table.add_column("Speaker", ratio=1, overflow="fold")
    table.add_column("", no_wrap=True)
    table.add_column("What, to whom, according to whom", ratio=4, overflow="fold")
    for label, _, quotes in groups:
        for i, quote in enumerate(quotes):
            table.add_row(label if i == 0 else "", _KIND_MARK[quote.kind],
                          _statement(record, quote))
    kinds = sorted({q.kind for q in shown}, key=list(_KIND_MARK).index)
    parts: list = [table]
    parts += [Text(f"  {_KIND_MARK[kind]:<3} {_KIND_WORDS[kind]}", style="dim") for kind in kinds]
    if hidden:
        parts.append(Text(f"  {hidden} statement{'s' if hidden > 1 else ''} with a less "
                          f"certain speaker hidden (below {min_confidence:g}; "
                          "--min-confidence)", style="dim"))
    return parts


def _statement(record: Record, quote: Quote) -> Text:
    line = Text(describe.shorten(describe.said_words(record, quote), _QUOTE_CHARS))
    line.append("\n" + "; ".join(describe.statement_details(record, quote)), style="dim")
    return line


def _events(record: Record) -> Table | None:
    """Events: date, who to whom, what (with how many), mode."""
    if not record.events:
        return None
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Events", title_justify="left")
    table.add_column("Date", no_wrap=True)
    table.add_column("Actor → target", ratio=3, overflow="fold")
    table.add_column("Event", ratio=3, overflow="fold")
    table.add_column("Mode", no_wrap=True)
    for event in record.events:
        when = record.timex(event.time)
        parties = describe.party(record, event.actor, event.actor_code, event.actor_span)
        if event.target or event.target_code or event.target_span:
            parties += " → " + describe.party(record, event.target, event.target_code,
                                              event.target_span)
        what = Text(f"{event.type} {event.cameo or ''}")
        what.append(f" {event.trigger}", style="dim")
        counts = describe.quantities(event)
        if counts:
            what.append(f"\n{counts}")
        evidence = " ".join(record.text[event.span[0] : event.span[1]].split())
        what.append(f"\n“{describe.shorten(evidence, 80)}”", style="dim")
        table.add_row(describe.when(when) if describe.is_event_date(when) else "", parties, what,
                      event.mode)
    return table


def _legend(rows: list[tuple[str, str]]) -> Table:
    """Codes and what they mean, two aligned columns under a table."""
    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(style="dim", overflow="fold")
    for code, meaning in rows:
        table.add_row(f"  {code}", meaning)
    return table


def _places(record: Record) -> Table | None:
    """Places with country, GeoNames id and coordinates."""
    if not record.places:
        return None
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Places", title_justify="left")
    table.add_column("Place", ratio=2, overflow="fold")
    table.add_column("Country", no_wrap=True)
    table.add_column("Admin1", no_wrap=True)
    table.add_column("Lat, lon", no_wrap=True)
    table.add_column("GeoNames", no_wrap=True)
    for place in record.places:
        where = f"{place.lat:.2f}, {place.lon:.2f}" if place.lat is not None else ""
        name = Text(place.name)
        name.append(f"\n{_first_mention(record, place.entity)}", style="dim")
        table.add_row(name, place.country or "", place.admin1 or "", where,
                      str(place.geonameid or ""))
    return table


def render(record: Record, min_confidence: float = 0.0) -> Group:
    """The report as a Rich renderable; statements whose speaker was found with less
    than ``min_confidence`` are left out (and counted)."""
    parts: list = [Text(record.title or "(untitled)", style="bold underline"), _header(record)]
    if record.captions:
        parts.append(_captions(record))
    for title, types in _GROUPS:
        table = _entities(record, title, types)
        if table is not None:
            parts.append(table)
    statements = _statements(record, min_confidence)
    if statements is not None:
        parts.extend(statements)
    events = _events(record)
    if events is not None:
        parts.append(events)
        parts.append(_legend(describe.event_legend(record.events)))
    for table in (_timeline(record), _places(record)):
        if table is not None:
            parts.append(table)
    if record.warnings:
        parts.append(Text("Warnings", style="bold yellow"))
        parts.extend(Text(f"- {warning}", style="yellow") for warning in record.warnings)
    return Group(*parts)


def print_report(
    record: Record, console: Console | None = None, min_confidence: float = 0.0
) -> None:
    """Print the report of ``record`` (80 columns unless the terminal says otherwise)."""
    console = console or Console(width=80)
    console.print(render(record, min_confidence))
    console.print()


def _account_header(label: str, record: Record) -> Text:
    line = Text(f"{label}: ", style="bold")
    line.append(record.title or "(untitled)")
    details = [x for x in (record.source.publisher, record.published.value,
                           record.source.path or record.source.url) if x]
    if details:
        line.append(f"  ({'; '.join(details)})", style="dim")
    return line


def render_comparison(comparison: Comparison, a: Record, b: Record) -> Group:
    """The comparison report: accounts, summary, in both, only in each, conflicts."""
    parts: list = [_account_header("A", a), _account_header("B", b), Text(""),
                   Text(comparison.summary)]
    if comparison.in_both:
        table = Table(box=box.SIMPLE_HEAD, expand=True, title="In both", title_justify="left")
        table.add_column("A", ratio=1, overflow="fold")
        table.add_column("B", ratio=1, overflow="fold")
        for pair in comparison.in_both:
            table.add_row(Text(pair.a.text), Text(pair.b.text))
        parts.append(table)
    for label, units in (("Only in A", comparison.only_in_a), ("Only in B", comparison.only_in_b)):
        if not units:
            continue
        table = Table(box=box.SIMPLE_HEAD, expand=True, title=label, title_justify="left")
        table.add_column("Kind", no_wrap=True)
        table.add_column("Evidence", ratio=1, overflow="fold")
        for unit in units:
            evidence = Text(unit.text)
            if unit.detail:
                evidence.append(f"\n{unit.detail}", style="dim")
            table.add_row(unit.kind, evidence)
        parts.append(table)
    if comparison.conflicts:
        table = Table(box=box.SIMPLE_HEAD, expand=True, title="Conflicts", title_justify="left")
        table.add_column("On", no_wrap=True)
        table.add_column("A says", ratio=1, overflow="fold")
        table.add_column("B says", ratio=1, overflow="fold")
        for conflict in comparison.conflicts:
            table.add_row(conflict.what, Text(f"{conflict.a_value}\n{conflict.a.text}"),
                          Text(f"{conflict.b_value}\n{conflict.b.text}"))
        parts.append(table)
    return Group(*parts)


_MARKS = {"said": "✓ said", "not said": "–", "disputed": "≠ disputed"}


def render_matrix(matrix: ClaimMatrix) -> Group:
    """The claim matrix: one row per claim, one column per account, with the disputed
    values side by side."""
    from rashomon.compare.summary import account_name

    names = [account_name(a, f"account {n + 1}") for n, a in enumerate(matrix.accounts)]
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Claims", title_justify="left")
    table.add_column("Claim", ratio=3, overflow="fold")
    for name in names:
        table.add_column(Text(name), ratio=1, overflow="fold")
    for row in matrix.rows:
        cells = [Text(_MARKS[c.mark] + (f"\n{c.value}" if c.value else "")) for c in row.cells]
        claim = row.claim + (f"\n(disputed: {row.conflict})" if row.conflict else "")
        table.add_row(Text(claim), *cells)
    return Group(Text(matrix.summary), table)


def print_matrix(matrix: ClaimMatrix, console: Console | None = None) -> None:
    """Print the claim matrix of two or more accounts."""
    console = console or Console(width=100)
    console.print(render_matrix(matrix))
    console.print()


def print_comparison(
    comparison: Comparison, a: Record, b: Record, console: Console | None = None
) -> None:
    """Print the comparison report (80 columns unless the terminal says otherwise)."""
    console = console or Console(width=80)
    console.print(render_comparison(comparison, a, b))
    console.print()
