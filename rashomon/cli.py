"""The ``rashomon`` command line: a thin layer over ``rashomon.read``/``analyze``."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from rashomon import settings
from rashomon.cli_errors import err, fail
from rashomon.cli_eval import eval_app
from rashomon.cli_options import Db, MaxBytes, Model
from rashomon.errors import RashomonError

app = typer.Typer(
    help="Rashomon reads news and answers, with evidence: who said what, to whom, "
    "according to whom; who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    text = "text"
    json = "json"


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


@app.command()
def analyze(
    source: Annotated[
        str, typer.Argument(help="A text, HTML, JSON or JSONL file, or - for stdin.")
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (overrides the page's).")
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="text: a report for people; json: the Record. "
            "Default: text for one article, JSON lines for a JSONL file.",
        ),
    ] = None,
    model: Model = settings.DEFAULT_MODEL,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    max_bytes: MaxBytes = settings.MAX_INPUT_BYTES,
    min_confidence: Annotated[float, typer.Option(
        min=0.0, max=1.0,
        help="In the report, hide statements whose speaker was found with less confidence ("
             + ", ".join(f"{how} {value:g}" for how, value in settings.QUOTE_CONFIDENCE.items())
             + ").")] = 0.0,
) -> None:
    """Analyse an article (or a JSONL file of articles) into evidenced Records.

    One article gives a report (or one JSON Record); a JSONL file gives one Record per
    line, in the same order, with one model load. A line or an article that cannot be
    read or analysed is reported on stderr (one line each) and skipped; the exit code is
    then 1. With -o, the file is replaced only when the run succeeds.
    """
    from rashomon.analyze import analyze_many
    from rashomon.cli_output import output_file
    from rashomon.read import read_many
    from rashomon.report import print_report

    path = None if source == "-" else Path(source)  # a Path: never read as literal text
    if path is not None and not path.exists():
        fail(f"[R001] cannot read {source}: no such file")
    meta = {"published": published} if published else {}
    many = source.lower().endswith((".jsonl", ".ndjson"))
    chosen = format or (Format.json if many else Format.text)
    skipped: list[str] = []
    count = 0
    try:
        with output_file(output) as out, _progress() as progress:
            console = Console(file=out, width=80) if output else Console(width=80)
            documents = read_many(path or "-", max_bytes=max_bytes or 0,
                                  on_error=lambda error: skipped.append(str(error)), **meta)
            task = progress.add_task("Analysing", total=None)
            for record in analyze_many(documents, model=model,
                                       on_error=lambda _, error: skipped.append(str(error))):
                count += 1
                if chosen is Format.json:
                    out.write(record.to_json(indent=None if many else 1) + "\n")
                else:
                    print_report(record, console, min_confidence)
                progress.advance(task)
    except RashomonError as error:
        fail(str(error))
    for reason in skipped:
        err.print(f"rashomon: skipped: {reason}", highlight=False, markup=False, soft_wrap=True)
    if many:
        err.print(f"{count} articles analysed, {len(skipped)} skipped", highlight=False)
    if skipped:
        raise typer.Exit(1)


@app.command()
def compare(
    sources: Annotated[
        list[str],
        typer.Argument(help="Two or more accounts: text, HTML or JSON files (an article, or "
                            "a Record from analyze -f json), - for stdin, or ids (or id "
                            "prefixes) of articles in the store."),
    ],
    db: Db = Path(settings.DEFAULT_DB),
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text: a report; json: the Comparison "
                                                    "(two accounts) or the claim matrix.")
    ] = Format.text,
    model: Model = settings.DEFAULT_MODEL,
    max_bytes: MaxBytes = settings.MAX_INPUT_BYTES,
) -> None:
    """Compare accounts of the same event: the points in both, only in one, and the
    conflicts. Two accounts give a comparison; three or more a claim matrix (one row per
    claim, one column per account: said, not said or disputed)."""
    from rashomon.analyze import analyze_many
    from rashomon.compare import compare as compare_records
    from rashomon.compare import compare_many
    from rashomon.read import read
    from rashomon.report import print_comparison, print_matrix

    if len(sources) < 2:
        fail("[R012] compare needs at least two accounts")
    if sources.count("-") > 1:
        fail("[R012] only one account can come from stdin")
    stored = _stored_records(sources, db) | _record_files(sources, max_bytes or 0)
    for source in sources:
        if source != "-" and source not in stored and not Path(source).exists():
            fail(f"[R001] cannot read {source}: no such file, nor an article id in {db}")
    try:
        to_read = [s for s in sources if s not in stored]
        documents = [read(s, max_bytes=max_bytes or 0) for s in to_read]
        with _progress() as progress:
            task = progress.add_task("Analysing", total=len(documents))
            analysed = {}
            for source, record in zip(to_read, analyze_many(documents, model=model),
                                      strict=True):
                analysed[source] = record
                progress.advance(task)
    except RashomonError as error:
        fail(str(error))
    records = [stored.get(s) or analysed[s] for s in sources]
    if len(records) > 2:
        matrix = compare_many(records)
        if format is Format.json:
            print(matrix.to_json(indent=1))
        else:
            print_matrix(matrix)
        return
    comparison = compare_records(*records)
    if format is Format.json:
        print(comparison.to_json(indent=1))
    else:
        print_comparison(comparison, *records)


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders (searched recursively): text, HTML, "
                                        "JSON or JSONL articles.")
    ],
    db: Db = Path(settings.DEFAULT_DB),
    workers: Annotated[int, typer.Option(help="Analysis processes (each loads the model).")] = 1,
    model: Model = settings.DEFAULT_MODEL,
    max_bytes: MaxBytes = settings.MAX_INPUT_BYTES,
    ray: Annotated[bool, typer.Option("--ray", help="Analyse on Ray Data (local Ray unless "
                                                    "--ray-address).")] = False,
    ray_address: Annotated[
        str | None, typer.Option(help="Address of a running Ray cluster (implies --ray).")
    ] = None,
) -> None:
    """Analyse articles and store them in a DuckDB database, one transaction per batch.

    Re-ingesting an article changes nothing; near-duplicates (the same wire story on
    several sites) are stored once and grouped. Unreadable files are reported and
    skipped; the exit code is 1 when some inputs failed.
    """
    from rich.progress import MofNCompleteColumn

    from rashomon.batch import count_articles, input_files
    from rashomon.batch import ingest as ingest_all
    from rashomon.store import Store

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"[R001] cannot read {missing[0]}: no such file or folder")
    files = list(input_files(paths))
    total = count_articles(files)
    try:
        with Store(db, hold=False) as store, Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), _ArticlesPerSecond(),
            TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("Ingesting", total=total)
            summary = ingest_all(files, store, model=model, workers=workers,
                                 on_article=lambda: progress.advance(task),
                                 max_bytes=max_bytes or 0, ray=ray or bool(ray_address),
                                 ray_address=ray_address)
    except RashomonError as error:
        fail(str(error))
    err.print(f"{summary.ingested} ingested, {summary.already} already stored, "
              f"{summary.near_duplicates} near-duplicates grouped, "
              f"{len(summary.failures)} failed", highlight=False)
    for failure in summary.failures:
        err.print(f"  failed: {failure.reason}", highlight=False, markup=False, soft_wrap=True)
    if summary.failures:
        raise typer.Exit(1)


def _stored_records(sources: list[str], db: Path) -> dict:
    """The sources that are ids (or unique prefixes) of articles in the store at ``db``."""
    candidates = [s for s in sources if s != "-" and not Path(s).exists()]
    if not candidates or not db.is_file():
        return {}
    from rashomon.store import Store

    with Store(db, read_only=True) as store:
        found = {s: store.record(s) for s in candidates}
    return {s: r for s, r in found.items() if r is not None}


def _record_files(sources: list[str], max_bytes: int) -> dict:
    """The sources that are JSON files of analysed Records (``rashomon analyze -f json``),
    which are compared as they are rather than read as articles."""
    from pydantic import ValidationError

    from rashomon.record import SCHEMA, Record

    found = {}
    for source in sources:
        path = Path(source)
        if source == "-" or path.suffix.lower() != ".json" or not path.is_file():
            continue
        if max_bytes and path.stat().st_size > max_bytes:
            continue  # the reader refuses it with the size error
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue  # the reader says what is wrong with it
        if isinstance(data, dict) and data.get("schema") == SCHEMA:
            try:
                found[source] = Record.model_validate(data)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "the Record"
                fail(f"[R012] {source}: not a valid Record: {where}: {first['msg']}")
    return found


class _ArticlesPerSecond(ProgressColumn):
    """Articles per second of a progress task."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "… articles/s")


class QueryKind(str, Enum):
    events = "events"
    quotes = "quotes"
    entities = "entities"
    timeline = "timeline"
    articles = "articles"


class Output(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def query(
    what: Annotated[QueryKind, typer.Argument(help="What to list.")],
    db: Db = Path(settings.DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(help="Actor name or code contains this.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Speaker name contains this.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Event type or entity type.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    place: Annotated[str | None, typer.Option(help="Place name contains this.")] = None,
    text: Annotated[str | None, typer.Option(
        help="Text contains this: an article's title or body, a statement's words, an "
             "event's trigger, an entity's name.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    format: Annotated[Output, typer.Option("--format", "-f", help="table, json or csv.")] = (
        Output.table
    ),
) -> None:
    """List events, quotes, entities, a timeline or articles from the store, filtered."""
    from rashomon.store.queries import Filters, run_query

    if limit < 1:
        fail(f"[R012] --limit must be at least 1, not {limit}")
    filters = Filters(actor=actor, speaker=speaker, type=type, since=since, until=until,
                      place=place, text=text, limit=limit)
    try:
        columns, found = run_query(db, what.value, filters)
    except RashomonError as error:
        fail(str(error))
    _print_rows(columns, found, format)


@app.command()
def sql(
    statement: Annotated[str, typer.Argument(help="A SELECT statement over the store's tables.")],
    db: Db = Path(settings.DEFAULT_DB),
    format: Annotated[Output, typer.Option("--format", "-f", help="table, json or csv.")] = (
        Output.table
    ),
) -> None:
    """Run a read-only SQL query on the store (tables: articles, entities, mentions,
    quotes, timexes, events, places)."""
    from rashomon.store.queries import run_sql

    try:
        columns, found = run_sql(db, statement)
    except RashomonError as error:
        fail(str(error))
    _print_rows(columns, found, format)


@app.command()
def export(
    parquet: Annotated[Path, typer.Option("--parquet", help="Folder for one Parquet file per "
                                                            "table.")],
    db: Db = Path(settings.DEFAULT_DB),
) -> None:
    """Export every table of the store as Parquet (readable by Spark, pandas, DuckDB)."""
    from rashomon.store.queries import export_parquet

    try:
        written = export_parquet(db, parquet)
    except RashomonError as error:
        fail(str(error))
    for path, rows in written:
        err.print(f"{path}: {rows} rows", highlight=False)


def _print_rows(columns: list[str], found: list[tuple], format: Output) -> None:
    import csv

    from rich.table import Table

    if format is Output.json:
        print(json.dumps([dict(zip(columns, row, strict=True)) for row in found], default=str,
                         indent=1))
    elif format is Output.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(found)
    else:
        table = Table(*columns)
        for row in found:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console(width=160).print(table)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Record (rashomon.record/1)."""
    from rashomon.record import json_schema

    print(json.dumps(json_schema(), indent=1))


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="DuckDB store for the corpus pages and listings "
                                          "(opened read-only).")] = Path(settings.DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Address to bind; the default serves this "
                                           "machine only.")] = settings.WEB_HOST,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = settings.WEB_PORT,
    model: Model = settings.DEFAULT_MODEL,
    workers: Annotated[int, typer.Option(help="Analysis processes, each with the model "
                                              "loaded (about 1 GB each).")] = settings.WEB_WORKERS,
    max_body: Annotated[int, typer.Option(help="Largest request body in bytes (larger: "
                                               "413).")] = settings.WEB_MAX_BODY_BYTES,
    budget: Annotated[float, typer.Option(help="Seconds an analysis may take; past it, it "
                                               "is stopped and answered 503.")] = (
        settings.WEB_ANALYSIS_BUDGET
    ),
    allow_host: Annotated[list[str] | None, typer.Option(
        help="Also answer requests for this Host name (repeatable; e.g. behind a proxy). "
             "Others get 400.")] = None,
) -> None:
    """Start the web pages and the HTTP API: analyse an article with its evidence
    highlighted, compare accounts side by side, browse a store. API docs at /docs."""
    from rashomon.nlp.pipeline import check_model
    from rashomon.web import server
    from rashomon.web.app import create_app
    from rashomon.web.guards import LOOPBACK, allowed_hosts

    if not 0 < port < 65536:
        fail(f"[R012] port {port} is not between 1 and 65535")
    if workers < 1 or max_body < 1 or budget <= 0:
        fail("[R012] --workers, --max-body and --budget must be above 0")
    refused = _cannot_listen(host, port)
    if refused:
        fail(f"[R012] cannot listen on {host}:{port}: {refused}")
    try:
        check_model(model)
    except RashomonError as error:
        fail(str(error))
    if not db.is_file():
        err.print(f"No store at {db}: corpus pages are off (make one with `rashomon ingest`).",
                  highlight=False, markup=False)
    if host not in LOOPBACK:
        err.print(f"Warning: serving on {host}: anyone who can reach this port can use it. "
                  "Requests must name this machine; --allow-host NAME adds other names.",
                  highlight=False, markup=False)
    shown = f"[{host}]" if ":" in host else host
    err.print(f"Rashomon is at http://{shown}:{port}/ (API docs at /docs). Ctrl+C stops it.",
              highlight=False, markup=False)
    hosts = allowed_hosts(host, port, allow_host or [])
    server.run(create_app(db, model=model, workers=workers, max_body=max_body, budget=budget,
                          allowed_hosts=hosts), host=host, port=port)


def _cannot_listen(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be bound (in use, no such address), or None."""
    import socket

    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        return error.strerror or str(error)
    return None


app.add_typer(eval_app, name="eval")


if __name__ == "__main__":
    app()
