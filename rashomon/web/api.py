"""The JSON API: analyse and compare articles, list what the store holds. Bodies are
Records (``rashomon.record/1``) and Comparisons (``rashomon.comparison/1``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from rashomon import settings
from rashomon.compare import Comparison
from rashomon.record import Record
from rashomon.store import Store
from rashomon.store.queries import Filters, query_rows
from rashomon.web.worker import Analyzer, document_from_text

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
RECORD_ID = r"^[0-9a-f]{4,16}$"


class ArticleInput(BaseModel):
    """An article to analyse: its text (plain or HTML) and what is known about it."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="The article: plain text or an HTML page.")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                  description="Publication date, YYYY-MM-DD.")
    title: str | None = None
    url: str | None = None
    publisher: str | None = None


class AccountInput(BaseModel):
    """One account to compare: text to analyse, a stored article's id, or a Record."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, min_length=1)
    id: str | None = Field(None, pattern=RECORD_ID, description="A stored article's id.")
    record: Record | None = None
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    publisher: str | None = None

    @model_validator(mode="after")
    def one_source(self) -> AccountInput:
        given = [name for name in ("text", "id", "record") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, id or record")
        return self


class CompareInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: AccountInput
    b: AccountInput


def _json(model: Record | Comparison) -> Response:
    return Response(model.to_json(), media_type="application/json")


def analyzer(request: Request) -> Analyzer:
    return request.app.state.analyzer


def store_path(request: Request) -> Path:
    """The store's path, or a 404 saying how to make one."""
    db: Path | None = request.app.state.db
    if db is None or not db.is_file():
        raise HTTPException(404, f"no store at {db}: make one with `rashomon ingest`, then "
                                 "start `rashomon serve --db` with it")
    return db


def stored_record(db: Path, record_id: str) -> Record:
    """The stored Record with this id (or unique prefix), or a 404."""
    with Store(db, read_only=True) as store:
        record = store.record(record_id)
    if record is None:
        raise HTTPException(404, f"no article {record_id!r} in the store (or the prefix is "
                                 "not unique)")
    return record


@router.post("/analyze", response_model=Record, summary="Analyse one article")
async def analyze(article: ArticleInput,
                  worker: Annotated[Analyzer, Depends(analyzer)]) -> Response:
    """The Record of an article: entities, statements, dates, events and places, each
    with offsets into ``text``."""
    document = document_from_text(article.text, **article.model_dump(exclude={"text"}))
    [record] = await worker.analyze(document)
    return _json(record)


async def records_of(request: Request, accounts: list[AccountInput]) -> list[Record]:
    """The Records of accounts given as Records, stored ids or texts (analysed together)."""
    found: dict[int, Record] = {}
    for n, account in enumerate(accounts):
        if account.record is not None:
            found[n] = account.record
        elif account.id is not None:
            found[n] = stored_record(store_path(request), account.id)
    to_read = {n: document_from_text(a.text or "", f"account {'ab'[n]}",
                                     published=a.published, publisher=a.publisher)
               for n, a in enumerate(accounts) if a.text is not None}
    if to_read:
        analysed = await analyzer(request).analyze(*to_read.values())
        found.update(zip(to_read, analysed, strict=True))
    return [found[n] for n in range(len(accounts))]


@router.post("/compare", response_model=Comparison, summary="Compare two accounts")
async def compare(body: CompareInput, request: Request) -> Response:
    """What two accounts of one event share, what each leaves out, and where they
    conflict; each point with offsets into its own account's Record."""
    a, b = await records_of(request, [body.a, body.b])
    return _json(await analyzer(request).compare(a, b))


def filters(
    actor: Annotated[str | None, Query(max_length=200, description="Actor name or code "
                                                                   "contains this.")] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=100, description="Event, statement or "
                                                                  "entity type.")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="From this date.")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="Up to this date.")] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    text: Annotated[str | None, Query(max_length=500, description="An article's title or "
                                      "body, a statement's words, an event's trigger or an "
                                      "entity's name contains this.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = settings.WEB_LIST_LIMIT,
) -> Filters:
    """The filters of ``rashomon query``."""
    return Filters(actor=actor, speaker=speaker, type=type, since=since, until=until,
                   place=place, text=text, limit=limit)


Rows = list[dict[str, Any]]


@router.get("/articles", summary="Stored articles")
def articles(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> Rows:
    """Articles by publication date; ``text`` searches titles and bodies."""
    return query_rows(store_path(request), "articles", chosen)


@router.get("/articles/{record_id}", response_model=Record, summary="One stored Record")
def article(record_id: Annotated[str, PathParam(pattern=RECORD_ID)],
            request: Request) -> Response:
    """The whole Record of a stored article (a unique id prefix will do)."""
    return _json(stored_record(store_path(request), record_id))


@router.get("/events", summary="Stored events")
def events(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> Rows:
    """Events with actor, type, target, mode, place and evidence offsets."""
    return query_rows(store_path(request), "events", chosen)


@router.get("/quotes", summary="Stored statements")
def quotes(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> Rows:
    """Statements with speaker, addressee, cue and evidence offsets."""
    return query_rows(store_path(request), "quotes", chosen)


@router.get("/entities", summary="Stored entities")
def entities(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> Rows:
    """Entities across articles, most mentioned first."""
    return query_rows(store_path(request), "entities", chosen)


@router.get("/timeline", summary="Stored dates")
def timeline(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> Rows:
    """Resolved dates in time order, with their articles."""
    return query_rows(store_path(request), "timeline", chosen)
