"""The one place that turns an annotated spaCy ``Doc`` into a Record."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from rashomon import __version__
from rashomon.nlp.actors import Entity as FoundEntity
from rashomon.nlp.common import lexicon, quotation_marks
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.events import FoundEvent, Participant
from rashomon.nlp.pipeline import model_info
from rashomon.nlp.quotes import FoundQuote
from rashomon.read.document import Document
from rashomon.record import (
    Block,
    Caption,
    Entity,
    Event,
    PipelineInfo,
    Place,
    PublishedDate,
    Quantity,
    Quote,
    Record,
    Role,
    Source,
    Timex,
    Via,
    record_id,
)


def _iso3(code: str | None) -> str | None:
    return code if code and lexicon.is_country_code(code) else None


def _entity(found: FoundEntity, as_of: str | None) -> Entity:
    return Entity(
        id=found.id,
        name=found.name,
        type=found.type,  # type: ignore[arg-type]
        aliases=found.aliases,
        roles=[Role(title=r.title, of=r.of, as_of=as_of, country=r.country or _iso3(r.of))
               for r in found.roles],
        country=found.country,
        code=found.code,
        mentions=[(m.start, m.end) for m in found.mentions],
    )


def _quote(found: FoundQuote, text: str) -> Quote:
    return Quote(
        id=found.id,
        kind=found.kind,  # type: ignore[arg-type]
        span=(found.start, found.end),
        content=text[found.start : found.end],
        speaker=found.speaker,
        speaker_span=found.speaker_span,
        addressee=found.addressee,
        cue=found.cue,
        via=[
            Via(entity=v.entity, text=v.text or text[v.start : v.end], span=(v.start, v.end))
            for v in found.via
        ],
        time=found.time,
        confidence=found.confidence,
        basis=found.basis,  # type: ignore[arg-type]
        parts=found.parts,
        act=found.act,  # type: ignore[arg-type]
        source_kind=found.source_kind,  # type: ignore[arg-type]
        speaks_for=found.speaks_for,
        antecedent_span=found.antecedent_span,
        addressee_span=found.addressee_span,
    )


def _event(found: FoundEvent, text: str) -> Event:
    actor = found.actors[0] if found.actors else None
    target = found.targets[0] if found.targets else None
    return Event(
        id=found.id,
        type=found.type,
        cameo=found.cameo,
        subtype=found.subtype,
        actor=actor.entity if actor else None,
        actor_code=actor.code if actor else None,
        target=target.entity if target else None,
        target_code=target.code if target else None,
        actor_span=_words_of(actor),
        target_span=_words_of(target),
        span=(found.start, found.end),
        trigger=found.trigger,
        time=found.time,
        place=found.place,
        quantities=[
            Quantity(kind=q.kind, value=q.value, approx=q.approx) for q in found.quantities
        ],
        mode=found.mode,  # type: ignore[arg-type]
        source=found.source,
    )


def _words_of(participant: Participant | None) -> tuple[int, int] | None:
    """Where the text names an event's participant, if it does."""
    if participant is None or participant.end <= participant.start:
        return None
    return participant.start, participant.end


def _caption_places(document: Document, entities: list[FoundEntity]) -> dict[int, list[str]]:
    places: dict[int, list[str]] = {}
    for caption in document.captions:
        found = sorted(
            (m.start, m.text)
            for entity in entities
            for m in entity.mentions
            if m.label in ("GPE", "LOC", "FAC")
            and caption.start <= m.start < caption.end
            and m.kind == "name"
        )
        places[caption.start] = list(dict.fromkeys(text for _, text in found))
    return places


_TAG_TYPES = {"PERSON", "ORG", "GPE", "LOC", "EVENT"}


def suggested_tags(doc: Doc, entities: list[FoundEntity], limit: int = 8) -> list[str]:
    """Tags from the content: the most mentioned entities, then recurring nouns of the story."""
    story = Regions((s, e) for kind, s, e in doc._.blocks or () if kind in ("title", "paragraph"))
    in_story = story.holds

    counts = {
        e.name: sum(in_story(m.start) for m in e.mentions) for e in entities if e.type in _TAG_TYPES
    }
    ranked = sorted((name for name, n in counts.items() if n >= 2), key=lambda n: -counts[n])
    tags = ranked[: limit // 2]
    nouns = Counter(
        t.lemma_.lower()
        for t in doc
        if t.pos_ == "NOUN" and not t.is_stop and len(t) > 3 and in_story(t.idx) and t.is_alpha
    )
    for noun, count in nouns.most_common():
        if len(tags) >= limit or count < 2:
            break
        if not any(noun in tag.lower() for tag in tags):
            tags.append(noun)
    return tags


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """The parser's sentences as ``[start, end)`` offsets, without the blank space around
    them; sentences of blank space alone (masked chrome, blank lines) are left out, and a
    quotation mark the parser made a sentence of is joined to its words: an opening one
    to the sentence it opens on the same line ("“ | Who would have believed …?”"), a
    closing one to the sentence before it in its paragraph."""
    text = doc.text
    found: list[tuple[int, int]] = []
    opening = None  # where a lone opening mark starts
    for sentence in doc.sents:
        first, last = sentence.start, sentence.end - 1  # by index: no Token per word
        while first <= last and doc[first].is_space:
            first += 1
        while last > first and doc[last].is_space:
            last -= 1
        if first > last:
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        if not quotation_marks.MARK.fullmatch(text, start, end):
            found.append((start if opening is None else opening, end))
            opening = None
        elif _opens(text, start, end):
            opening = start if opening is None else opening
        elif found and "\n\n" not in text[found[-1][1] : start]:
            found[-1] = (found[-1][0], end)
    return found


def _opens(text: str, start: int, end: int) -> bool:
    """Whether the quotation mark at ``[start, end)`` opens what follows it: an opening
    mark, or a straight one with a word right after it and none right before."""
    mark = text[start:end]
    if mark in quotation_marks.OPENING or mark in quotation_marks.CLOSING:
        return mark in quotation_marks.OPENING
    return (end < len(text) and not text[end].isspace()
            and (start == 0 or text[start - 1].isspace()))


def from_doc(document: Document, doc: Doc, nlp: Language) -> Record:
    """Build the Record of ``document`` from its annotated ``doc``.

    document: the read stage's Document (text, blocks, metadata).
    doc: the Doc that ``rashomon.nlp`` produced from it.
    nlp: the pipeline that produced ``doc`` (for the Record's provenance).
    """
    published = doc._.published or document.published
    as_of = published.value if published else None
    found: list[FoundEntity] = doc._.entities or []
    caption_places = _caption_places(document, found)
    model, version = model_info(nlp)
    warnings = [*document.warnings, *(doc._.time_warnings or []), *(doc._.quote_warnings or [])]
    if published is None:
        warnings.append("no publication date: relative dates left unresolved")
    return Record(
        id=record_id(document.text),
        title=document.title,
        text=document.text,
        source=Source(**vars(document.source)),
        published=PublishedDate(
            value=as_of,
            inferred=bool(published and published.inferred),
            evidence=published.evidence if published else None,
            basis=published.basis if published else None,
            origin=published.origin if published else None,
        ),
        pipeline=PipelineInfo(rashomon=__version__, model=model, model_version=version),
        blocks=[Block(kind=b.kind, start=b.start, end=b.end) for b in document.blocks],
        sentences=sentence_offsets(doc),
        captions=[
            Caption(
                start=c.start,
                end=c.end,
                text=c.text,
                credit=c.credit,
                date=c.date,
                places=caption_places.get(c.start, []),
            )
            for c in document.captions
        ],
        categories=document.categories,
        tags=document.tags,
        suggested_tags=suggested_tags(doc, found),
        entities=[_entity(e, as_of) for e in found],
        timexes=[
            Timex(id=t.id, span=(t.start, t.end), text=t.text, type=t.type, value=t.value,
                  mod=t.mod, anchor=t.anchor)
            for t in doc._.timexes or []
        ],
        quotes=[_quote(q, document.text) for q in doc._.quotes or []],
        events=[_event(e, document.text) for e in doc._.events or []],
        places=[
            Place(
                entity=p.entity, name=p.name, country=p.place.country, admin1=p.place.admin1,
                lat=p.place.lat, lon=p.place.lon, geonameid=p.place.geonameid,
                kind=p.place.kind, region_code=p.place.code,  # type: ignore[arg-type]
            )
            for p in doc._.places or []
        ],
        warnings=warnings,
    )
