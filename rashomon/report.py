"""The text report of a Record, for people: grouped, aligned, readable in 80 columns."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from rashomon.record import Entity, Record

_GROUPS = (
    ("People", ("PERSON",)),
    ("Organisations", ("ORG",)),
    ("Places", ("GPE", "LOC")),
    ("Groups and other names", ("NORP", "EVENT", "LAW", "OTHER")),
)


def _roles(entity: Entity) -> str:
    parts = []
    for role in entity.roles:
        parts.append(f"{role.title}, {role.of}" if role.of else role.title)
    return "; ".join(parts)


def _header(record: Record) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    published = record.published
    if published.value:
        how = "inferred from the text" if published.inferred else "given"
        table.add_row("Published", f"{published.value} ({how})")
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
        detail = _roles(entity) if entity.type == "PERSON" else ""
        detail = detail or (entity.code or entity.country or "")
        if entity.type == "PERSON" and entity.country and entity.country not in detail:
            detail = f"{detail} ({entity.country})" if detail else entity.country
        table.add_row(entity.name, detail, str(len(entity.mentions)))
    return table


def render(record: Record) -> Group:
    """The report as a Rich renderable."""
    parts: list = [Text(record.title or "(untitled)", style="bold underline"), _header(record)]
    if record.captions:
        parts.append(_captions(record))
    for title, types in _GROUPS:
        table = _entities(record, title, types)
        if table is not None:
            parts.append(table)
    if record.warnings:
        parts.append(Text("Warnings", style="bold yellow"))
        parts.extend(Text(f"- {warning}", style="yellow") for warning in record.warnings)
    return Group(*parts)


def print_report(record: Record, console: Console | None = None) -> None:
    """Print the report of ``record`` (80 columns unless the terminal says otherwise)."""
    console = console or Console(width=80)
    console.print(render(record))
    console.print()
