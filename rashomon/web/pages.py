"""The pages people use: analyse an article, compare accounts, browse the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from starlette.datastructures import FormData, UploadFile

from rashomon import settings
from rashomon.compare.summary import account_name
from rashomon.errors import Errors, RashomonError
from rashomon.read import Document
from rashomon.record import Record
from rashomon.store import Store
from rashomon.store.aggregates import events_over_time, quotes_by_speaker, speaker_network
from rashomon.store.queries import Filters, query_rows
from rashomon.web.api import RECORD_ID, filters, store_path, stored_record
from rashomon.web.charts import event_chart, network, type_colours
from rashomon.web.views import article_view, compare_view
from rashomon.web.worker import document_from_text, document_from_upload

router = APIRouter(include_in_schema=False)

ACCOUNT_SLOTS = "abcd"
"""Accounts the compare form takes: the first is compared with each of the others, and
three or more also give a claim matrix."""
EVIDENCE = r"^\d+-\d+$"


def page(request: Request, name: str, status: int = 200, **context: object) -> HTMLResponse:
    db: Path | None = request.app.state.db
    context.setdefault("has_store", bool(db and db.is_file()))
    return request.app.state.templates.TemplateResponse(request, name, context,
                                                        status_code=status)


async def _form(request: Request) -> FormData:
    return await request.form(max_part_size=settings.WEB_MAX_BODY_BYTES)


async def _document(form: FormData, slot: str = "") -> Document | None:
    """The account in a form's fields ``text``/``file``/``published`` (with a slot
    suffix such as ``_a``); None when the slot is left empty."""
    upload = form.get(f"file{slot}")
    published = str(form.get(f"published{slot}") or "").strip() or None
    if isinstance(upload, UploadFile) and upload.filename:
        return document_from_upload(upload.filename, await upload.read(), published=published)
    text = str(form.get(f"text{slot}") or "")
    if not text.strip():
        return None
    return document_from_text(text, f"text {slot.strip('_').upper()}".strip(),
                              published=published)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return page(request, "analyze.html")


@router.post("/analyze", response_class=HTMLResponse)
async def analyze(request: Request) -> HTMLResponse:
    form = await _form(request)
    try:
        document = await _document(form)
        if document is None:
            raise RashomonError(Errors.R002, what="the text")
    except RashomonError as error:
        return page(request, "analyze.html", 400, error=str(error),
                    text=str(form.get("text") or ""))
    [record] = await request.app.state.analyzer.analyze(document)
    return page(request, "article.html", view=article_view(record), stored=False)


@router.get("/articles/{record_id}", response_class=HTMLResponse)
def stored_article(request: Request, record_id: Annotated[str, PathParam(pattern=RECORD_ID)],
                   at: Annotated[str | None, Query(pattern=EVIDENCE)] = None) -> HTMLResponse:
    record = stored_record(store_path(request), record_id)
    return page(request, "article.html", view=article_view(record), stored=True, at=at)


async def _compare_page(request: Request, records: list[Record]) -> HTMLResponse:
    analyzer = request.app.state.analyzer
    first, others = records[0], records[1:]
    if len(records) > 2:
        comparisons, matrix = await analyzer.compare_each(records)
    else:
        comparisons, matrix = [await analyzer.compare(first, others[0])], None
    views = [compare_view(comparison, first, other, key=f"c{n}")
             for n, (comparison, other) in enumerate(zip(comparisons, others, strict=True))]
    names = [account_name(a, f"Account {n + 1}") for n, a in
             enumerate(matrix.accounts)] if matrix else []
    return page(request, "compare.html", views=views, matrix=matrix, names=names)


@router.get("/compare", response_class=HTMLResponse)
async def compare_form(
    request: Request,
    ids: Annotated[list[str], Query(alias="id", description="Stored article ids")] = [],  # noqa: B006
) -> HTMLResponse:
    if not ids:
        return page(request, "compare_form.html", slots=ACCOUNT_SLOTS)
    if len(ids) < 2:
        return page(request, "compare_form.html", 400, slots=ACCOUNT_SLOTS,
                    error="choose at least two stored articles to compare")
    db = store_path(request)
    return await _compare_page(request, [stored_record(db, i) for i in ids])


@router.post("/compare", response_class=HTMLResponse)
async def compare(request: Request) -> HTMLResponse:
    form = await _form(request)
    try:
        documents = [await _document(form, f"_{slot}") for slot in ACCOUNT_SLOTS]
        given = [d for d in documents if d is not None]
        if len(given) < 2:
            raise RashomonError(Errors.R012, what="give at least two accounts (A and B)")
    except RashomonError as error:
        texts = {f"text_{s}": str(form.get(f"text_{s}") or "") for s in ACCOUNT_SLOTS}
        return page(request, "compare_form.html", 400, slots=ACCOUNT_SLOTS, error=str(error),
                    texts=texts)
    records = await request.app.state.analyzer.analyze(*given)
    return await _compare_page(request, records)


# The corpus (needs a store)


@router.get("/corpus", response_class=HTMLResponse)
def corpus(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> HTMLResponse:
    db = store_path(request)
    with Store(db, read_only=True) as store:
        counts = store.counts()
    found = query_rows(db, "articles", chosen)
    return page(request, "corpus.html", counts=counts, articles=found, chosen=chosen)


@router.get("/corpus/events", response_class=HTMLResponse)
def corpus_events(request: Request,
                  chosen: Annotated[Filters, Depends(filters)]) -> HTMLResponse:
    db = store_path(request)
    counts = events_over_time(db, chosen)
    found = query_rows(db, "events", chosen)
    return page(request, "events.html", chart=event_chart(counts), counts=counts,
                colours=type_colours(counts.types), events=found, chosen=chosen)


@router.get("/corpus/network", response_class=HTMLResponse)
def corpus_network(request: Request,
                   chosen: Annotated[Filters, Depends(filters)]) -> HTMLResponse:
    edges = speaker_network(store_path(request), chosen)
    return page(request, "network.html", graph=network(edges), edges=edges, chosen=chosen)


@router.get("/corpus/quotes", response_class=HTMLResponse)
def corpus_quotes(request: Request,
                  chosen: Annotated[Filters, Depends(filters)]) -> HTMLResponse:
    grouped = quotes_by_speaker(store_path(request), chosen)
    return page(request, "quotes.html", grouped=grouped, chosen=chosen)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API documentation (Swagger UI from the package, no CDN)."""
    return page(request, "docs.html")

