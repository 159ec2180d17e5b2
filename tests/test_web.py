"""The HTTP API and the pages, through FastAPI's TestClient: Records and Comparisons out,
filters like `rashomon query`, escaping, CSP, body limits, one-line 4xx errors."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading

import httpx2 as httpx
import pytest
from conftest import EXAMPLES, ROOT
from fastapi.testclient import TestClient

from rashomon.web.app import create_app

XSS = ROOT / "tests" / "data" / "web" / "xss_article.txt"
READOUT = (EXAMPLES / "readout.txt").read_text(encoding="utf-8")
OSLO = (EXAMPLES / "readout_oslo.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client(web_store):
    with TestClient(create_app(web_store)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def bare(tmp_path_factory):
    """An app with no store and a small body limit."""
    missing = tmp_path_factory.mktemp("none") / "missing.duckdb"
    with TestClient(create_app(missing, max_body=2000)) as test_client:
        yield test_client


def one_line_error(response: httpx.Response) -> str:
    detail = response.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail and "Traceback" not in detail
    return detail


def test_analyze_returns_a_record_with_evidence(client):
    response = client.post("/api/analyze", json={"text": READOUT, "publisher": "Example"})
    assert response.status_code == 200
    record = response.json()
    assert record["schema"] == "rashomon.record/1"
    assert record["source"]["publisher"] == "Example"
    speakers = {record_entity["id"]: record_entity["name"] for record_entity in
                record["entities"]}
    quotes = record["quotes"]
    assert {speakers[q["speaker"]] for q in quotes if q["speaker"]} >= {"Anna Virtanen"}
    for quote in quotes:
        start, end = quote["span"]
        assert record["text"][start:end] == quote["content"]


def test_analyze_given_date_wins(client):
    record = client.post("/api/analyze", json={"text": READOUT,
                                               "published": "2024-03-04"}).json()
    assert record["published"]["value"] == "2024-03-04"


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        ({}, 422, "text: Field required"),
        ({"text": ""}, 422, "text: String should have at least 1 character"),
        ({"text": "   \n "}, 400, "[R002]"),
        ({"text": READOUT, "published": "March 3"}, 422, "published: String should match"),
        ({"text": READOUT, "colour": "red"}, 422, "colour: Extra inputs are not permitted"),
        ({"text": 12}, 422, "text: Input should be a valid string"),
        ([READOUT], 422, "Input should be a valid dictionary"),
    ],
)
def test_bad_analyze_requests_get_one_line_4xx(client, body, status, says):
    response = client.post("/api/analyze", json=body)
    assert response.status_code == status
    assert says in one_line_error(response)


def test_malformed_json_is_a_422_not_a_500(client):
    response = client.post("/api/analyze", content=b'{"text": "unterminated',
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "JSON decode error" in one_line_error(response)


def test_text_that_names_a_file_is_analysed_as_text(client):
    record = client.post("/api/analyze", json={"text": "/etc/passwd"}).json()
    assert record["text"] == "/etc/passwd"


def test_compare_texts_ids_and_records(client):
    both = client.post("/api/compare", json={"a": {"text": READOUT}, "b": {"text": OSLO}})
    assert both.status_code == 200
    comparison = both.json()
    assert comparison["schema"] == "rashomon.comparison/1"
    assert any("border guards" in unit["text"] for unit in comparison["only_in_a"])
    assert comparison["in_both"] and comparison["summary"]
    articles = client.get("/api/articles", params={"text": "Haugen"}).json()
    oslo = next(a["record"] for a in articles if "Haugen spoke" in a["title"])
    record_a = client.post("/api/analyze", json={"text": READOUT}).json()
    mixed = client.post("/api/compare", json={"a": {"record": record_a}, "b": {"id": oslo[:8]}})
    assert mixed.status_code == 200
    assert mixed.json()["in_both"] == comparison["in_both"]


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        ({"a": {"text": READOUT}}, 422, "b: Field required"),
        ({"a": {"text": READOUT, "id": "abcd"}, "b": {"text": OSLO}}, 422, "exactly one"),
        ({"a": {"text": READOUT}, "b": {"id": "ffffffff"}}, 404, "no article 'ffffffff'"),
        ({"a": {"text": READOUT}, "b": {"id": "../etc"}}, 422, "b.id: String should match"),
    ],
)
def test_bad_compare_requests(client, body, status, says):
    response = client.post("/api/compare", json=body)
    assert response.status_code == status
    assert says in one_line_error(response)


def test_listings_filter_like_rashomon_query(client):
    requests = client.get("/api/events", params={"type": "REQUEST", "actor": "Virtanen"}).json()
    assert requests and all(e["type"] == "REQUEST" for e in requests)
    assert all("Virtanen" in (e["actor_name"] or "") for e in requests)
    quotes = client.get("/api/quotes", params={"speaker": "Haugen"}).json()
    assert quotes and all("Haugen" in q["speaker_name"] for q in quotes)
    assert all(q["end_offset"] > q["start_offset"] for q in quotes)
    people = client.get("/api/entities", params={"type": "PERSON", "limit": 3}).json()
    assert len(people) == 3 and all(p["type"] == "PERSON" for p in people)
    march = client.get("/api/articles", params={"since": "2024-03-01",
                                                "until": "2024-03-31"}).json()
    assert {a["title"][:7] for a in march} == {"Finland", "Prime M"}
    timeline = client.get("/api/timeline", params={"since": "2024-03"}).json()
    assert timeline and all(t["date"] >= "2024-03" for t in timeline)


def test_stored_record_by_id_prefix(client):
    first = client.get("/api/articles").json()[0]["record"]
    record = client.get(f"/api/articles/{first[:6]}").json()
    assert record["id"] == first and record["schema"] == "rashomon.record/1"
    assert client.get("/api/articles/0000000000").status_code == 404
    assert client.get("/api/articles/not-hex").status_code == 422


@pytest.mark.parametrize("query", ["since=yesterday", "limit=0", "limit=5000",
                                   "until=2024-13-1x"])
def test_bad_filters_are_422(client, query):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    one_line_error(response)


def test_no_store_means_404_with_a_hint(bare):
    response = bare.get("/api/events")
    assert response.status_code == 404
    assert "rashomon ingest" in one_line_error(response)
    page = bare.get("/corpus", headers={"accept": "text/html"})
    assert page.status_code == 404 and "rashomon ingest" in page.text
    assert 'href="/corpus"' not in bare.get("/").text


def test_body_limit_is_a_413_declared_or_streamed(bare):
    big = {"text": "word " * 1000}
    declared = bare.post("/api/analyze", json=big)
    assert declared.status_code == 413
    assert "over the limit of 2,000 bytes" in one_line_error(declared)
    assert "content-security-policy" in declared.headers

    def chunks():
        for _ in range(10):
            yield b"x" * 500

    streamed = bare.post("/api/analyze", content=chunks(),
                         headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    one_line_error(streamed)
    upload = bare.post("/analyze", files={"file": ("big.txt", b"x" * 5000)},
                       headers={"accept": "text/html"})
    assert upload.status_code == 413 and "over the limit" in upload.text
    assert upload.headers["content-type"].startswith("text/html")


def test_every_page_has_a_csp_without_inline_scripts(client):
    pages = ["/", "/compare", "/corpus", "/corpus/events", "/corpus/network",
             "/corpus/quotes", "/docs"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        policy = response.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]*)", policy).group(1)
        assert script_src.strip() == "'self'", path
        assert response.headers["x-content-type-options"] == "nosniff"
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", response.text), path
        assert not re.search(r"\son[a-z]+=", response.text), path
        assert not re.search(r'(src|href)="(https?:)?//', response.text), path  # no CDN


def test_analyze_page_highlights_statements_with_details(client):
    response = client.post("/analyze", data={"text": READOUT})
    assert response.status_code == 200
    html = response.text
    marks = re.findall(r'<mark class="q [^"]*" data-s="(\d+)" data-e="(\d+)"[^>]*'
                       r'data-tip="([^"]+)"', html)
    assert len(marks) >= 2
    for _, _, tip in marks:
        assert f'id="{tip}"' in html  # its details exist
    assert "Anna Virtanen" in html and 'class="ent t-PERSON"' in html
    assert 'data-value="2024-03-01"' in html  # "Friday" shown with its date
    assert 'class="captions"' in html and "Photo captions" in html
    assert "data-goto=" in html


def test_upload_and_unsupported_upload(client):
    ok = client.post("/analyze", files={"file": ("readout.txt", READOUT.encode())})
    assert ok.status_code == 200 and "<mark" in ok.text
    pdf = client.post("/analyze", files={"file": ("readout.pdf", b"%PDF-1.4")},
                      headers={"accept": "text/html"})
    assert pdf.status_code == 400 and "upload a .txt or .html file" in pdf.text
    empty = client.post("/analyze", data={"text": "  "})
    assert empty.status_code == 400 and "[R002]" in empty.text


def test_hostile_article_is_shown_as_text(client):
    html = client.post("/analyze", data={"text": XSS.read_text(encoding="utf-8")}).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert not re.search(r"<[^>]*\sonerror=", html)


def test_stored_article_and_compare_by_ids(client):
    ids = [a["record"] for a in client.get("/api/articles", params={"text": "Haugen"}).json()]
    assert len(ids) >= 1
    finland = client.get("/api/articles", params={"text": "Finland asks"}).json()[0]["record"]
    page = client.get(f"/articles/{finland}?at=10-20")
    assert page.status_code == 200 and 'data-at="10-20"' in page.text
    compared = client.get("/compare", params={"id": [finland, ids[0]]})
    assert compared.status_code == 200
    pairs = re.findall(r'data-pair="([^"]+)"', compared.text)
    assert pairs and all(pairs.count(p) >= 2 for p in pairs)  # linked across accounts
    assert 'class="u u-only"' in compared.text
    assert client.get("/compare", params={"id": [finland]}).status_code == 400


def test_compare_form_with_two_texts(client):
    response = client.post("/compare", data={"text_a": READOUT, "text_b": OSLO})
    assert response.status_code == 200
    assert "In short" in response.text and "data-pair=" in response.text
    missing = client.post("/compare", data={"text_a": READOUT},
                          headers={"accept": "text/html"})
    assert missing.status_code == 400 and "at least two accounts" in missing.text


def test_compare_form_with_three_texts_shows_a_claim_matrix(client):
    third = OSLO.split("\n\n")[0] + "\n\n" + READOUT.split("\n\n", 1)[1]
    response = client.post("/compare", data={"text_a": READOUT, "text_b": OSLO,
                                             "text_c": third})
    assert response.status_code == 200
    assert 'aria-label="Claim matrix"' in response.text
    assert "Claims across 3 accounts" in response.text
    assert "✓ said" in response.text and "mark-not-said" in response.text


def test_corpus_pages(client):
    corpus = client.get("/corpus", params={"text": "Finland"}).text
    assert "Finland asks Norway" in corpus and "Lithuania" not in corpus
    body = client.get("/corpus", params={"text": "Nordic Council"}).text  # not in a title
    assert "Haugen spoke with" in body and "Finland asks" not in body
    events = client.get("/corpus/events").text
    assert "<svg" in events and "<rect class=\"c0\"" in events and "?at=" in events
    network = client.get("/corpus/network").text
    assert 'class="link"' in network and "Anna Virtanen" in network
    quotes = client.get("/corpus/quotes", params={"speaker": "Virtanen"}).text
    assert "Anna Virtanen" in quotes and "Kasciunas" not in quotes


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/analyze", "/api/compare", "/api/articles", "/api/articles/{record_id}",
            "/api/events", "/api/quotes", "/api/entities"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in docs
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_analysis_runs_in_the_worker_pool_and_requests_overlap(web_store):
    app = create_app(web_store)
    analyzer = app.state.analyzer
    threads: list[str] = []
    original = analyzer._analyze_all

    def recording(documents):
        threads.append(threading.current_thread().name)
        return original(documents)

    analyzer._analyze_all = recording

    async def burst() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            calls = [http.post("/api/analyze", json={"text": text})
                     for text in (READOUT, OSLO, READOUT, OSLO)]
            calls.append(http.get("/api/articles"))
            return [r.status_code for r in await asyncio.gather(*calls)]

    assert asyncio.run(burst()) == [200] * 5
    assert len(threads) == 4 and all(name.startswith("rashomon") for name in threads)
    analyzer.close()


def test_serve_help_and_bad_options():
    from typer.testing import CliRunner

    from rashomon.cli import app

    runner = CliRunner()
    shown = runner.invoke(app, ["serve", "--help"])
    assert shown.exit_code == 0 and "--db" in shown.output and "127.0.0.1" in shown.output
    bad = runner.invoke(app, ["serve", "--port", "70000"])
    assert bad.exit_code == 2 and "port 70000" in bad.output
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    model = runner.invoke(app, ["serve", "--model", "no_such_model", "--port", str(port)])
    assert model.exit_code == 2 and "[R009]" in model.output
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = runner.invoke(app, ["serve", "--port", str(port)])
    assert busy.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in busy.output


def test_record_json_is_unchanged_by_the_api(client, analyze_file):
    direct = json.loads(analyze_file(EXAMPLES / "readout.txt").to_json())
    served = client.post("/api/analyze", json={"text": READOUT}).json()
    direct["source"]["path"] = None
    assert served["quotes"] == direct["quotes"] and served["events"] == direct["events"]


def test_a_store_being_written_is_a_503_not_a_500(tmp_path):
    import subprocess
    import sys

    import duckdb

    db = tmp_path / "busy.duckdb"
    duckdb.connect(str(db)).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('open', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE)
    try:
        assert writer.stdout.readline().strip() == b"open"
        with TestClient(create_app(db)) as busy:
            response = busy.get("/api/events")
            assert response.status_code == 503 and response.headers["retry-after"] == "5"
            assert "[R013]" in one_line_error(response)
            page = busy.get("/corpus", headers={"accept": "text/html"})
            assert page.status_code == 503 and "is busy" in page.text
    finally:
        writer.kill()
        writer.wait()
