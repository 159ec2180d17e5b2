"""Rows of the store's tables from a Record (names and dates denormalised for queries:
``date`` is the first day of the period a timex names, so it sorts and filters)."""

from __future__ import annotations

import json

from rashomon.nlp.time.values import period_start
from rashomon.record import Record


def article(record: Record, minhash: list[int] | None, duplicate_of: str | None) -> dict:
    return {
        "record": record.id,
        "title": record.title,
        "url": record.source.url,
        "publisher": record.source.publisher,
        "path": record.source.path,
        "published": record.published.value,
        "published_inferred": record.published.inferred,
        "words": len(record.text.split()),
        "duplicate_of": duplicate_of,
        "minhash": minhash,
        "record_json": record.to_json(),
    }


def children(record: Record) -> dict[str, list[dict]]:
    """The rows of every other table for ``record``."""
    names = {e.id: e.name for e in record.entities}
    dates = {t.id: period_start(t.value) for t in record.timexes
             if t.value and t.value[:4].isdigit()}
    text = record.text
    return {
        "entities": [
            {"record": record.id, "id": e.id, "name": e.name, "type": e.type,
             "country": e.country, "code": e.code,
             "roles": json.dumps([r.model_dump() for r in e.roles]),
             "mentions": len(e.mentions)}
            for e in record.entities
        ],
        "mentions": [
            {"record": record.id, "entity": e.id, "start_offset": s, "end_offset": x,
             "text": text[s:x]}
            for e in record.entities for s, x in e.mentions
        ],
        "quotes": [
            {"record": record.id, "id": q.id, "kind": q.kind, "content": q.content,
             "speaker": q.speaker, "speaker_name": names.get(q.speaker or ""),
             "addressee": q.addressee, "addressee_name": names.get(q.addressee or ""),
             "cue": q.cue, "via": json.dumps([v.model_dump() for v in q.via]),
             "time": q.time, "date": dates.get(q.time or ""), "confidence": q.confidence,
             "start_offset": q.span[0], "end_offset": q.span[1]}
            for q in record.quotes
        ],
        "timexes": [
            {"record": record.id, "id": t.id, "text": t.text, "type": t.type,
             "value": t.value, "mod": t.mod, "anchor": t.anchor,
             "start_offset": t.span[0], "end_offset": t.span[1]}
            for t in record.timexes
        ],
        "events": [
            {"record": record.id, "id": e.id, "type": e.type, "cameo": e.cameo,
             "subtype": e.subtype, "actor": e.actor, "actor_name": names.get(e.actor or ""),
             "actor_code": e.actor_code, "target": e.target,
             "target_name": names.get(e.target or ""), "target_code": e.target_code,
             "trigger": e.trigger, "mode": e.mode, "time": e.time,
             "date": dates.get(e.time or ""), "place": e.place,
             "place_name": names.get(e.place or ""),
             "quantities": json.dumps([q.model_dump() for q in e.quantities]),
             "source": e.source, "start_offset": e.span[0], "end_offset": e.span[1]}
            for e in record.events
        ],
        "places": [
            {"record": record.id, "entity": p.entity, "name": p.name, "country": p.country,
             "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid,
             "kind": p.kind, "region_code": p.region_code}
            for p in record.places
        ],
    }
