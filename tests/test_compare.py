"""Comparing accounts: units, alignment by meaning, omissions, conflicts, the report, the
CLI and the evaluation on our pairs."""

from __future__ import annotations

import json

from conftest import ROOT, SEED, needs_shared
from typer.testing import CliRunner

import rashomon
from rashomon.cli import app
from rashomon.eval.compare import evaluate

PAIRS = ROOT / "tests" / "data" / "compare"
A = """Estonia asks Finland for more air defence

Estonian Prime Minister Kaja Rebane asked Finnish Prime Minister Mikko Aalto \
in a phone call on Monday to send two more air defence batteries, her office said.

Russian drones crossed into Estonian airspace three times last week.
"""
B = """Finnish and Estonian leaders talk

Prime Minister Mikko Aalto spoke with Estonian Prime Minister Kaja Rebane on Monday.

Russian drones entered Estonia's airspace five times last week.

Aalto said Finland stands by Estonia.
"""


def _pair():
    return rashomon.analyze(A, published="2024-03-05"), rashomon.analyze(
        B, published="2024-03-05"
    )


def test_omissions_and_shared_points_with_offsets():
    a, b = _pair()
    comparison = rashomon.compare(a, b)
    only_a = [u.text for u in comparison.only_in_a]
    assert any("two more air defence batteries" in t for t in only_a)
    assert any("Finland stands by Estonia" in u.text for u in comparison.only_in_b)
    assert comparison.in_both  # the call and the drones
    for pair in comparison.in_both:
        assert a.text[pair.a.span[0] : pair.a.span[1]] == pair.a.text
        assert b.text[pair.b.span[0] : pair.b.span[1]] == pair.b.text
    assert "does not mention" in comparison.summary


def test_different_numbers_are_a_conflict():
    comparison = rashomon.compare(*_pair())
    numbers = [c for c in comparison.conflicts if c.what == "number"]
    assert numbers and (numbers[0].a_value, numbers[0].b_value) == ("3", "5")
    assert "They differ on the number" in comparison.summary


def test_an_account_compared_with_itself_has_no_differences():
    a, _ = _pair()
    comparison = rashomon.compare(a, a)
    assert comparison.only_in_a == comparison.only_in_b == comparison.conflicts == []


def test_compare_cli_text_and_json(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    runner = CliRunner()
    text = runner.invoke(app, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert text.exit_code == 0, text.output
    assert "Only in A" in text.stdout and "Conflicts" in text.stdout
    result = runner.invoke(app, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                 "--format", "json"])
    data = json.loads(result.stdout)
    assert data["schema"] == "rashomon.comparison/1" and data["only_in_a"]
    alone = runner.invoke(app, ["compare", str(tmp_path / "a.txt")])
    assert alone.exit_code == 2 and "R012" in alone.output


def test_evaluation_on_our_pairs():
    result, _ = evaluate(PAIRS / "gold.jsonl")
    assert result["pairs"] >= 12
    assert result["omissions"]["r"] >= 0.9 and result["omissions"]["p"] >= 0.8
    assert result["conflicts"]["r"] >= 0.75


@needs_shared
def test_seed_against_ottawa_readout():
    seed = rashomon.analyze(rashomon.read(SEED))
    ottawa = rashomon.analyze(
        rashomon.read(PAIRS / "ottawa_readout.txt"), published="2021-04-06"
    )
    comparison = rashomon.compare(seed, ottawa)
    request = next(u for u in comparison.only_in_a if u.text.startswith("to consider expanding"))
    assert "increasing the number of Canadian soldiers" in request.text
    assert "asked" in request.detail
    concern = [p for p in comparison.in_both if "concern" in p.a.text and "concern" in p.b.text]
    assert concern, "the concern about Russia's activities is in both readouts"
    assert not any("concern" in u.text for u in comparison.only_in_b)
