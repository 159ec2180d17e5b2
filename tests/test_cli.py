"""The command line: reports, JSON, JSONL, stdin, help and one-line errors."""

from __future__ import annotations

import json

from conftest import ARTICLES, EXAMPLES
from typer.testing import CliRunner

from rashomon.cli import app

runner = CliRunner()


def test_text_report_fits_80_columns():
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "briefing.txt")])
    assert result.exit_code == 0, result.output
    assert "Laurynas Kasciunas" in result.output and "Defence Minister, LTU" in result.output
    assert "Photo captions" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80


def test_json_and_stdin():
    text = (EXAMPLES / "readout.txt").read_text()
    result = runner.invoke(
        app, ["analyze", "-", "--format", "json", "--published", "2024-03-04"], input=text
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] == {
        "value": "2024-03-04", "inferred": False, "evidence": None, "basis": None,
        "origin": "given",
    }


def test_jsonl_in_jsonl_out(tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [
        {"text": (ARTICLES / name).read_text(), "url": f"https://example.org/{name}"}
        for name in ("titles.txt", "wire.txt", "metonyms.txt")
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"]["url"] for r in records] == [r["url"] for r in rows]


def test_errors_are_one_line_and_non_zero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    for args in (
        ["analyze", str(empty)],
        ["analyze", str(tmp_path / "missing.txt")],
        ["analyze", str(EXAMPLES / "readout.txt"), "--model", "no_such_model"],
        ["analyze", str(EXAMPLES / "readout.txt"), "--published", "yesterday"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert result.output.count("\n") == 1 and result.output.startswith("rashomon: [R0")


def test_help_and_schema():
    for args in (
        ["--help"],
        ["analyze", "--help"],
        ["schema", "--help"],
        ["eval", "ner", "--help"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage" in result.output
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert schema["title"] == "Record"
