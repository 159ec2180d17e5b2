"""Quotes and attribution: quotation marks, direct, mixed and indirect statements, speakers,
addressees, via chains, times; the seed's statements; the quote evaluation."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, SEED, needs_shared
from typer.testing import CliRunner

from rashomon import analyze
from rashomon.cli import app
from rashomon.eval.quotes import evaluate
from rashomon.nlp.common.quotation_marks import find_passages

GOLD = ROOT / "tests" / "data" / "quotes"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _passages(text: str) -> tuple[list[str], list[str]]:
    marks = find_passages(text, _paragraphs(text))
    return [text[p.start : p.end] for p in marks.passages], marks.warnings


@pytest.mark.parametrize(
    ("text", "passages"),
    [
        ("The Canadian authorities’ attempts “undermine trust,” she said.", ["undermine trust,"]),
        ("The ministers’ plan, they don’t say, is “final.”", ["final."]),
        ("It isn't 'over', he said of the workers' strike.", []),
        ('"Straight one," he said. "Straight two."', ["Straight one,", "Straight two."]),
        ("« Nous restons », a-t-il dit.", [" Nous restons "]),
    ],
)
def test_apostrophes_are_never_quotation_marks(text, passages):
    found, warnings = _passages(text)
    assert found == passages and warnings == []


def test_a_quotation_runs_on_into_the_next_paragraph():
    text = "“We will rebuild every school.\n“And we will do it before winter,” she said."
    found, warnings = _passages(text)
    assert found == ["We will rebuild every school.\n“And we will do it before winter,"]
    assert warnings == []


def test_unbalanced_marks_warn_and_the_rest_is_still_read():
    text = "“This quote is never closed.\nThe next paragraph has none.\n“This one is,” he said."
    found, warnings = _passages(text)
    assert found == ["This quote is never closed.", "This one is,"]
    assert len(warnings) == 1 and "not closed" in warnings[0]
    found, warnings = _passages("Nobody opened this.” Then “a real one” came.")
    assert found == ["a real one"] and "unmatched closing" in warnings[0]


ARTICLE = (ROOT / "tests" / "data" / "articles" / "statements.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def record():
    return analyze(ARTICLE)


def _find(record, content: str):
    found = [q for q in record.quotes if q.content == content]
    assert found, f"{content!r} not among {[q.content for q in record.quotes]}"
    return found[0]


def _name(record, entity_id):
    entity = record.entity(entity_id)
    return entity.name if entity else None


def test_indirect_request_with_addressee_via_and_time(record):
    quote = _find(record, "to send more border guards")
    assert (quote.kind, quote.cue) == ("indirect", "asked")
    assert _name(record, quote.speaker) == "Anna Virtanen"
    assert _name(record, quote.addressee) == "Erik Haugen"
    assert [v.text for v in quote.via] == ["her office"]
    assert _name(record, quote.via[0].entity) == "the president’s office"  # her = president
    timex = next(t for t in record.timexes if t.id == quote.time)
    assert timex.text == "Friday" and timex.value == "2024-03-01"


def test_direct_quote_with_according_to_chain(record):
    quote = _find(record, "We have counted 40 crossings since Monday alone")
    assert (quote.kind, quote.cue) == ("direct", "told")
    assert _name(record, quote.speaker) == "Anna Virtanen"
    assert _name(record, quote.addressee) == "Erik Haugen"
    assert [v.text for v in quote.via] == ["a readout", "the president’s office"]
    assert quote.via[1].entity is not None and quote.via[0].entity is None
    assert quote.time is not None  # the call's time, carried over from the same exchange


def test_outer_attribution_becomes_via(record):
    quote = _find(record, "to share radar data")
    assert _name(record, quote.speaker) == "Anna Virtanen"
    assert _name(record, quote.addressee) == "Norway"
    assert [v.text for v in quote.via][:1] == ["the readout"]
    assert quote.via[-1].entity is not None  # traced to the office that released it


def test_split_quote_pronoun_and_accusation(record):
    accusation = _find(record, "exaggerating the problem")
    assert _name(record, accusation.speaker) == "Ola Berg"
    assert accusation.addressee is None  # the accused is not spoken to
    split = _find(record, "The numbers are small,” Berg said. “They do not justify alarm.")
    assert (split.kind, split.speaker) == ("direct", accusation.speaker)  # one statement
    assert [record.text[s:e] for s, e in split.parts] == [
        "The numbers are small", "They do not justify alarm."]
    added = _find(record, "We are in close contact with Helsinki")
    assert added.speaker == accusation.speaker and added.cue == "added"


def test_document_speaker_is_its_source(record):
    quote = _find(record, "Border cooperation has never been better")
    speaker = record.entity(quote.speaker)
    assert speaker is not None and "Ministry" in speaker.name
    assert [v.text for v in quote.via] == ["a statement"]


def test_indirect_after_content_and_mixed(record):
    later = _find(record, "Finland will raise the issue at the next summit")
    assert (later.kind, _name(record, later.speaker)) == ("indirect", "Anna Virtanen")
    partial = _find(record, "the border agency had been “fully briefed” on the situation")
    assert (partial.kind, _name(record, partial.speaker)) == ("mixed", "Ola Berg")
    assert [record.text[s:e] for s, e in partial.parts] == ["fully briefed"]
    assert not any(q.kind == "indirect" and "border agency" in q.content for q in record.quotes)


def test_bare_quote_paragraph_takes_the_speaker_before_it():
    text = (
        "Spokeswoman Maria Lind said on Monday the talks had failed. “We tried everything,” "
        "Lind said.\n\n“There was no will on the other side.”\n\nThe talks resume in June."
    )
    record = analyze(text, published="2024-05-06")
    bare = _find(record, "There was no will on the other side.")
    assert _name(record, bare.speaker) == "Maria Lind" and bare.cue is None


def test_unattributed_statement_keeps_its_raw_speaker_text():
    record = analyze("Officials said the bridge would reopen in May.", published="2024-05-06")
    quote = _find(record, "the bridge would reopen in May")
    assert quote.speaker is None and quote.speaker_span is not None
    assert record.text[quote.speaker_span[0] : quote.speaker_span[1]] == "Officials"


@needs_shared
def test_seed_statements(analyze_file):
    record = analyze_file(SEED)
    by_speaker: dict[str | None, list] = {}
    for quote in record.quotes:
        by_speaker.setdefault(_name(record, quote.speaker), []).append(quote)
    direct = [q for q in record.quotes if q.kind in ("direct", "mixed")]
    assert len(direct) == 10  # Garneau's quote, split by "he said", is one statement
    zelenskiy = [q for q in by_speaker["Volodymyr Zelenskiy"] if q.kind == "direct"]
    assert len(zelenskiy) == 2
    for quote in zelenskiy:
        assert _name(record, quote.addressee) == "Justin Trudeau"
        assert "the president’s office" in [v.text for v in quote.via]
        assert any("readout" in (v.text or "") for v in quote.via)
    requests = [q for q in by_speaker["Volodymyr Zelenskiy"] if q.cue == "asked"]
    assert [q.content.split()[:2] for q in requests] == [["to", "consider"], ["to", "help"]]
    stressed = [q for q in by_speaker["Volodymyr Zelenskiy"] if q.cue == "stressed"]
    assert any("pressure on Russia" in q.content for q in stressed)
    pmo = [q for q in record.quotes if q.kind == "direct" and "Prime Minister Trudeau" in q.content]
    assert len(pmo) == 2 and len({q.speaker for q in pmo}) == 1
    assert "Prime Minister" in _name(record, pmo[0].speaker)
    assert [(q.kind, len(q.parts)) for q in by_speaker["Marc Garneau"]] == [("direct", 2)]
    zakharova = by_speaker["Maria Zakharova"]
    assert [q.kind for q in zakharova].count("direct") + [q.kind for q in zakharova].count(
        "mixed"
    ) == 4
    unanswered = next(q for q in zakharova if q.content.startswith("Russia will not leave"))
    assert (unanswered.kind, unanswered.cue) == ("indirect", "added")
    partial = next(q for q in record.quotes if q.content.startswith("in response to"))
    assert (partial.kind, _name(record, partial.speaker)) == ("mixed", "Canada")


def test_quote_evaluation_on_our_gold():
    result, errors = evaluate(GOLD / "gold.jsonl")
    assert result["articles"] == 15 and result["gold"] >= 90
    assert result["overlap"]["f1"] >= 0.9 and result["exact"]["f1"] >= 0.85
    assert result["speaker_accuracy"] >= 0.8 and result["addressee_accuracy"] >= 0.9
    assert all(set(e) == {"article", "gold", "predicted"} for e in errors)


def test_eval_quotes_cli(tmp_path):
    text = "“We will win,” Mayor Anna Berg said."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"text": text, "quotes": [
            {"start": 1, "end": 12, "speaker": "Berg", "addressee": None, "kind": "direct"}
        ]}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["eval", "quotes", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    (scores,) = json.loads(result.stdout)
    assert scores["exact"]["f1"] == 1.0 and scores["speaker_accuracy"] == 1.0
    missing = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2 and "R001" in missing.output


def test_names_and_scare_quotes_are_not_statements():
    record = analyze(
        "The army launched a programme dubbed “Steel Shield” in 2017. The mayor remains "
        "“fully committed” to the plan. Songs such as “Dark Star” were played.",
        published="2024-05-06",
    )
    assert record.quotes == []


def test_a_full_sentence_after_said_is_direct_and_own_voice_is_not_reported():
    record = analyze(
        "Campaigner George Kimbell said “This year's count is a temporary reprieve.” "
        "When you ask me that, I can't remember.",
        published="2024-05-06",
    )
    quote = _find(record, "This year's count is a temporary reprieve.")
    assert quote.kind == "direct" and "George Kimbell" in _name(record, quote.speaker)
    assert len(record.quotes) == 1


@needs_shared
def test_quote_evaluation_on_the_reference_article():
    result, _ = evaluate(GOLD / "gold_seed.jsonl")
    assert result["gold"] == 16 and result["overlap"]["r"] == 1.0
    assert result["speaker_accuracy"] == 1.0 and result["addressee_accuracy"] == 1.0
