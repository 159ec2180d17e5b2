"""What a reader sees: the report and the pages say exactly what is known, and where it
came from. Invented pages, in the style of the copied news pages the tool reads."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import rashomon
from rashomon import describe
from rashomon.cli import app

runner = CliRunner()

STORY = ("Finnish President Anna Virtanen asked Norway to send more border guards, her office "
         "said.\n\nNorway's prime minister said the two governments would stay in close "
         "contact.")

PAGES = {
    "given": (STORY, {"published": "2024-03-04"}, "2024-03-04", "given with the article"),
    "metadata": (
        "<html><head><title>Finland asks Norway for guards</title>"
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>'
        f"<body><article><h1>Finland asks Norway for guards</h1><p>{STORY}</p></article>"
        "</body></html>", {}, "2024-03-05", "from the page's metadata"),
    "page": (f"Finland asks Norway for guards\n\nPublished: March 6, 2024\n\n{STORY}", {},
             "2024-03-06", "printed on the page"),
    "dateline": (f"Finland asks Norway for guards\n\nHELSINKI, March 7, 2024 - {STORY}", {},
                 "2024-03-07", "from the dateline"),
    "text": (f"Finland asks Norway for guards\n\n{STORY} The request followed talks on "
             "March 8, 2024.", {}, "2024-03-08", "inferred from the story: latest date"),
}


@pytest.mark.parametrize("origin", PAGES)
def test_the_publication_date_says_where_it_came_from(origin):
    text, meta, value, words = PAGES[origin]
    document = rashomon.read(text, **meta) if meta else rashomon.read(text)
    record = rashomon.analyze(document)
    assert record.published.value == value and record.published.origin == origin
    assert describe.published_source(record).startswith(words)
    from rich.console import Console

    from rashomon.report import render

    console = Console(width=80, record=True)
    console.print(render(record))
    assert f"{value} ({words}" in " ".join(console.export_text().split())
    assert "(given)" not in console.export_text() or origin == "given"


def test_a_record_stored_before_the_origin_field_still_reads():
    record = rashomon.analyze(PAGES["dateline"][0])
    old = record.model_copy(update={"published": record.published.model_copy(
        update={"origin": None})})
    assert describe.published_source(old) == "inferred from the story"


def test_the_page_shows_where_the_date_came_from():
    from fastapi.testclient import TestClient

    from rashomon.web.app import create_app

    with TestClient(create_app(None, workers=1)) as client:
        page = client.post("/analyze", data={"text": PAGES["page"][0]},
                           headers={"accept": "text/html"})
    assert page.status_code == 200
    assert "2024-03-06" in page.text and "(printed on the page)" in page.text


def test_the_json_schema_lists_the_origins():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and '"dateline"' in result.stdout and '"metadata"' in result.stdout
