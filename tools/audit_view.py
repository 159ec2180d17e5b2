"""Analyse real articles for a hand audit (../shared/AUDIT.md) and write, per article, the
text as analysed, the Record and a compact view of its entities and places to judge.

    python tools/audit_view.py OUT_DIR wikinews:ID ... polnear:FILENAME ... meantime:DOC_ID ...

Articles are read from ../shared/data (Wikinews by id, PolNeAR train and dev by file name,
MEANTIME's English Wikinews by document id) with
their publication dates; nothing is copied into the project.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import rashomon
from rashomon import describe

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def articles() -> dict[str, dict]:
    found = {}
    for line in (DATA / "wikinews" / "articles.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        found[f"wikinews:{row['id']}"] = {**row, "published": row["date"]}
    meantime = DATA / "meantime_en" / "meantime_intra_doc.jsonl"
    for line in meantime.open(encoding="utf-8") if meantime.exists() else ():
        row = json.loads(line)  # Wikinews of 2004-2013 on four topics; some dates missing
        found[f"meantime:{row['doc_id']}"] = {**row, "published": _iso(row["dct"])}
    for split in ("train", "dev"):  # dev: the attribution issue's report set, never tuned on
        for line in (DATA / "polnear" / f"attributions_{split}.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            key = f"polnear:{row['filename']}"
            found.setdefault(key, {**row, "published": row["publication_date"]})
    return found


def _iso(day: str | None) -> str | None:
    """MEANTIME writes one creation time day first ('03-02-2009', its neighbours say 3 February)."""
    if day and len(day) == 10 and day[2] == "-" and day[5] == "-":
        return f"{day[6:]}-{day[3:5]}-{day[:2]}"
    return day


def _party(record: rashomon.Record, entity: str | None, span: tuple[int, int] | None,
           names: dict[str, str]) -> str | None:
    """An event party's entity name, else the words that name it ("the government")."""
    if entity:
        return names.get(entity)
    return f"words: {record.text[span[0]:span[1]]}" if span else None


def view(record: rashomon.Record) -> str:
    """Entities in order of first mention (mentions, roles, country), statements, time
    expressions (with the publication date, warnings and each one's context), events
    (with their sentence), then places."""
    text = record.text
    lines = [f"# {record.title}  published: {record.published.value}", "", "## ENTITIES"]
    entities = sorted(record.entities, key=lambda e: min(s for s, _ in e.mentions))
    for number, entity in enumerate(entities, start=1):
        mentions = [text[s:e] for s, e in entity.mentions]
        lines.append(f"{number}. [{entity.id}] {entity.type} {entity.name!r} "
                     f"country={entity.country} code={entity.code}")
        lines.append(f"     mentions({len(mentions)}): {mentions[:12]}")
        if entity.roles:
            lines.append("     roles: " + "; ".join(
                f"{r.title} | of={r.of} | country={r.country}" for r in entity.roles))
    lines += ["", "## STATEMENTS"]
    names = {e.id: e.name for e in record.entities}
    for quote in record.quotes:
        said_by = text[slice(*quote.speaker_span)] if quote.speaker_span else None
        if quote.antecedent_span:  # "they" -> the group it stands for
            said_by = f"{said_by} = {text[slice(*quote.antecedent_span)]}"
        told = text[slice(*quote.addressee_span)] if quote.addressee_span else None
        via = [v.text for v in quote.via]
        lines.append(f"{quote.id} {quote.kind}/{quote.act} cue={quote.cue!r} "
                     f"speaker={names.get(quote.speaker)!r} (said_by={said_by!r}, "
                     f"{quote.basis} {quote.confidence}) "
                     f"addressee={names.get(quote.addressee)!r} (told={told!r}) via={via}")
        lines.append(f"     content: {quote.content!r}")  # whole: a cut reads as an error
        if describe.said_words(record, quote) != quote.content:
            lines.append(f"     shown:   {describe.said_words(record, quote)!r}")
    lines += ["", f"## TIME  published={record.published.value} ({record.published.origin}"
              f"{'; ' + record.published.basis if record.published.basis else ''})"]
    lines += [f"warning: {w}" for w in record.warnings]
    for timex in record.timexes:
        (first, last), (start, end) = timex.span, record.sentence_at(*timex.span)
        context = " ".join(text[max(start, first - 90): min(end, last + 60)].split())
        lines.append(f"{timex.id} {timex.text!r} {timex.type} {timex.value} mod={timex.mod} "
                     f"anchor={timex.anchor}")
        lines.append(f"     in: {context!r}")
    lines += ["", "## EVENTS"]
    for event in record.events:
        start, end = record.sentence_at(*event.span)
        actor = _party(record, event.actor, event.actor_span, names)
        target = _party(record, event.target, event.target_span, names)
        lines.append(f"{event.id} {event.type}/{event.cameo} mode={event.mode} "
                     f"trigger={event.trigger!r} actor={actor!r} "
                     f"({event.actor_code}) target={target!r} "
                     f"({event.target_code}) time={event.time} place={names.get(event.place)!r}"
                     + (f" quantities={[(q.kind, q.value) for q in event.quantities]}"
                        if event.quantities else ""))
        lines.append(f"     in: {' '.join(text[start:end].split())[:300]!r}")
    lines += ["", "## PLACES"]
    for number, place in enumerate(record.places, start=1):
        lines.append(f"{number}. entity {place.entity} {place.name!r} -> kind={place.kind} "
                     f"country={place.country} region_code={place.region_code} "
                     f"admin1={place.admin1} lat={place.lat} lon={place.lon}")
    return "\n".join(lines) + "\n"


def analysed(row: dict) -> rashomon.Record:
    """The Record of one article of ``articles()``, read with its title, date and
    publisher."""
    return rashomon.analyze(rashomon.read(row["text"], title=row["title"],
                                          published=row["published"],
                                          publisher=row.get("publisher")))


def main(out: Path, keys: list[str]) -> None:
    found = articles()
    out.mkdir(parents=True, exist_ok=True)
    for number, key in enumerate(keys, start=1):
        record = analysed(found[key])
        stem = out / f"{number:02d}"
        stem.with_suffix(".txt").write_text(record.text, encoding="utf-8")
        stem.with_suffix(".record.json").write_text(
            record.model_dump_json(indent=1, by_alias=True), encoding="utf-8")
        stem.with_suffix(".view.txt").write_text(view(record), encoding="utf-8")
        print(f"{number:02d} {key}: {len(record.entities)} entities, {len(record.places)} places")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
