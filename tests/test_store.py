"""The store: ingest, idempotence, near-duplicates, queries, read-only SQL, Parquet, bad
inputs, and a SIGKILL in the middle of an ingest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from conftest import ARTICLES, EXAMPLES, ROOT, SHARED, needs_shared
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.store import Store

runner = CliRunner()


def _ingest(*args: str):
    return runner.invoke(app, ["ingest", *args])


def test_ingest_is_idempotent_and_queryable(tmp_path):
    db = tmp_path / "r.duckdb"
    first = _ingest(str(EXAMPLES), str(ARTICLES / "statements.txt"), "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "4 ingested" in first.output
    with Store(db) as store:
        counts = store.counts()
    again = _ingest(str(EXAMPLES), "--db", str(db))
    assert again.exit_code == 0 and "0 ingested, 3 already stored" in again.output
    with Store(db) as store:
        assert store.counts() == counts  # nothing changed
    events = runner.invoke(app, ["query", "events", "--db", str(db), "--type", "REQUEST",
                                 "-f", "json"])
    rows = json.loads(events.stdout)
    assert rows and all(r["type"] == "REQUEST" for r in rows)
    quotes = runner.invoke(app, ["query", "quotes", "--db", str(db), "--speaker", "Virtanen",
                                 "--since", "2024-03-01", "-f", "csv"])
    assert quotes.stdout.startswith("date,speaker_name") and "Virtanen" in quotes.stdout


def test_near_duplicates_are_grouped_not_counted_twice(tmp_path):
    db = tmp_path / "r.duckdb"
    original = (EXAMPLES / "readout.txt").read_text(encoding="utf-8")
    (tmp_path / "copy.txt").write_text(original.replace("Friday", "Thursday"), encoding="utf-8")
    _ingest(str(EXAMPLES / "readout.txt"), "--db", str(db))
    result = _ingest(str(tmp_path / "copy.txt"), "--db", str(db))
    assert "1 near-duplicates grouped" in result.output
    with Store(db, read_only=True) as store:
        rows = store.connection.execute(
            "SELECT count(*), count(duplicate_of) FROM articles").fetchone()
        events = store.connection.execute("SELECT count(DISTINCT record) FROM events").fetchone()
    assert rows == (2, 1) and events == (1,)


def test_sql_is_read_only_and_export_writes_parquet(tmp_path):
    db = tmp_path / "r.duckdb"
    _ingest(str(EXAMPLES / "readout.txt"), "--db", str(db))
    count = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM quotes", "--db", str(db),
                                "-f", "json"])
    assert json.loads(count.stdout)[0]["n"] > 0
    delete = runner.invoke(app, ["sql", "DELETE FROM quotes", "--db", str(db)])
    assert delete.exit_code == 2 and "read-only" in delete.output
    export = runner.invoke(app, ["export", "--parquet", str(tmp_path / "out"), "--db", str(db)])
    assert export.exit_code == 0
    rows = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'out' / 'events.parquet'}'")
    assert rows.fetchall()[0][0] > 0


def test_bad_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text((EXAMPLES / "readout.txt").read_text(), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    result = _ingest(str(tmp_path), "--db", str(tmp_path / "r.duckdb"))
    assert result.exit_code == 1
    assert "1 ingested" in result.output and "2 failed" in result.output
    missing = _ingest(str(tmp_path / "nope"), "--db", str(tmp_path / "r.duckdb"))
    assert missing.exit_code == 2 and "R001" in missing.output


def test_schema_is_versioned(tmp_path):
    db = tmp_path / "r.duckdb"
    with Store(db) as store:
        versions = store.connection.execute("SELECT version FROM schema_version").fetchall()
    with Store(db) as store:  # opening again migrates nothing
        again = store.connection.execute("SELECT version FROM schema_version").fetchall()
    assert versions == again == [(1,), (2,)]


def test_a_version_1_store_gains_the_place_columns_and_keeps_its_rows(tmp_path):
    import duckdb

    from rashomon.store.schema import MIGRATIONS

    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as connection:  # a store as version 1 left it
        for statement in MIGRATIONS[1]:
            connection.execute(statement)
        connection.execute("CREATE TABLE schema_version (version INTEGER)")
        connection.execute("INSERT INTO schema_version VALUES (1)")
        connection.execute("INSERT INTO places VALUES ('r1', 'E1', 'Oslo', 'NOR', "
                           "'NO.12', 59.9, 10.7, 3143244)")
    with Store(db) as store:
        rows = store.connection.execute(
            "SELECT name, country, kind, region_code FROM places").fetchall()
        versions = store.connection.execute("SELECT version FROM schema_version").fetchall()
    assert rows == [("Oslo", "NOR", None, None)] and versions == [(1,), (2,)]


@needs_shared
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_mid_ingest_leaves_no_partial_articles(tmp_path):
    source = tmp_path / "articles.jsonl"
    lines = (SHARED / "data" / "wikinews" / "articles.jsonl").read_text().splitlines()[:80]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    command = [sys.executable, "-m", "rashomon.cli", "ingest", str(source), "--db", str(db)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(20)  # model loaded, a few batches committed, one in flight
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Store(db) as store:  # opens, replays its WAL, and holds only whole articles
        partial = store.connection.execute(
            "SELECT count(*) FROM articles a WHERE duplicate_of IS NULL AND "
            "json_array_length(record_json->'entities') <> "
            "(SELECT count(*) FROM entities e WHERE e.record = a.record)"
        ).fetchone()[0]
        before = store.counts()["articles"]
    assert partial == 0 and before > 0
    finish = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert finish.returncode == 0, finish.stderr
    with Store(db, read_only=True) as store:
        total, distinct = store.connection.execute(
            "SELECT count(*), count(DISTINCT record) FROM articles").fetchone()
    assert total == distinct == len(lines) and f"{before} already stored" in finish.stderr



def _warc(path, html: str, url: str) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=BytesIO(html.encode("utf-8")), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(
            url + ".png", "response", payload=BytesIO(b"\\x89PNG"), http_headers=image))


def test_warc_html_responses_are_ingested_with_their_url(tmp_path):
    url = "https://example.org/lithium-pact"
    _warc(tmp_path / "crawl.warc.gz", (ARTICLES / "page.html").read_text(encoding="utf-8"), url)
    db = tmp_path / "r.duckdb"
    result = _ingest(str(tmp_path), "--db", str(db))
    assert result.exit_code == 0 and "1 ingested" in result.output, result.output
    with Store(db, read_only=True) as store:
        assert store.connection.execute("SELECT url FROM articles").fetchall() == [(url,)]


def _stored(db) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.connection.execute(
            "SELECT record, record_json FROM articles ORDER BY record").fetchall()


def test_two_workers_and_ray_store_exactly_what_one_process_does(tmp_path):
    one, two, on_ray = (tmp_path / f"{n}.duckdb" for n in ("one", "two", "ray"))
    inputs = [str(EXAMPLES), str(ARTICLES / "statements.txt"), str(ARTICLES / "wire.txt")]
    assert _ingest(*inputs, "--db", str(one)).exit_code == 0
    assert _ingest(*inputs, "--db", str(two), "--workers", "2").exit_code == 0
    result = _ingest(*inputs, "--db", str(on_ray), "--ray", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert _stored(one) == _stored(two) == _stored(on_ray) and len(_stored(one)) == 5
