"""The Record: Rashomon's output contract (``rashomon.record/1``), and the one place that
turns an annotated spaCy ``Doc`` into a Record."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc

from rashomon import __version__
from rashomon.nlp.entities import Entity as FoundEntity
from rashomon.nlp.events import FoundEvent
from rashomon.nlp.pipeline import model_info
from rashomon.nlp.quotes import FoundQuote
from rashomon.read.document import Document

SCHEMA = "rashomon.record/1"
Offsets = Annotated[tuple[int, int], Field(description="[start, end) offsets into Record.text")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Source(_Model):
    path: str | None = None
    url: str | None = None
    publisher: str | None = None


class PublishedDate(_Model):
    value: str | None = Field(description="YYYY-MM-DD or null")
    inferred: bool = False
    evidence: Offsets | None = None
    basis: str | None = Field(None, description="why an inferred date was chosen")


class PipelineInfo(_Model):
    rashomon: str
    model: str
    model_version: str


class Block(_Model):
    kind: Literal["title", "paragraph", "caption", "chrome"]
    start: int
    end: int


class Caption(_Model):
    start: int
    end: int
    text: str
    credit: str | None = None
    date: str | None = None
    places: list[str] = []


class Role(_Model):
    title: str
    of: str | None = Field(None, description="ISO 3166-1 alpha-3 country or organisation name")
    as_of: str | None = Field(None, description="date the text states the role for (YYYY-MM-DD)")


EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "OTHER"]


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = []
    roles: list[Role] = []
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    code: str | None = Field(None, description="CAMEO-style actor code, e.g. UKRGOV")
    mentions: list[Offsets] = []


class Via(_Model):
    entity: str | None = None
    text: str | None = None
    span: Offsets


class Quote(_Model):
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    span: Offsets
    content: str
    speaker: str | None = None
    speaker_span: Offsets | None = None
    addressee: str | None = None
    cue: str | None = None
    via: list[Via] = []
    time: str | None = None
    confidence: float = Field(ge=0, le=1)


class Timex(_Model):
    id: str
    span: Offsets
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = Field(None, description="TIMEX3 value; null when it has no anchor")
    mod: str | None = Field(None, description="TIMEX3 mod: START, MID, END, APPROX, ...")
    anchor: str | None = Field(
        None,
        description="id of the timex the value was computed from, 'published' for the "
        "publication date when no timex states it, null for absolute values",
    )


class Quantity(_Model):
    kind: str
    value: float
    approx: bool = False


class Event(_Model):
    id: str
    type: str = Field(description="PLOVER category")
    cameo: str | None = Field(None, description="CAMEO code; its first two digits the root")
    subtype: str | None = Field(None, description="PLOVER mode: phone, visit, troops, ...")
    actor: str | None = None
    actor_code: str | None = Field(None, description="CAMEO-style actor code, e.g. UKRGOV")
    target: str | None = None
    target_code: str | None = None
    span: Offsets
    trigger: str
    time: str | None = None
    place: str | None = None
    quantities: list[Quantity] = []
    mode: Literal["asserted", "reported", "requested", "threatened", "negated", "hypothetical"]
    source: str | None = None


class Place(_Model):
    entity: str
    name: str
    country: str | None = None
    admin1: str | None = Field(None, description="GeoNames admin1 code with its country")
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class Record(_Model):
    """One analysed article. Every item carries offsets into ``text``."""

    schema_: Literal["rashomon.record/1"] = Field(SCHEMA, alias="schema")
    id: str
    title: str | None = None
    text: str
    source: Source = Source()
    published: PublishedDate = PublishedDate(value=None)
    pipeline: PipelineInfo
    blocks: list[Block] = []
    captions: list[Caption] = []
    categories: list[str] = []
    tags: list[str] = []
    suggested_tags: list[str] = []
    entities: list[Entity] = []
    timexes: list[Timex] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    places: list[Place] = []
    warnings: list[str] = []

    def to_json(self, indent: int | None = None) -> str:
        """The Record as JSON with the contract's field names."""
        return self.model_dump_json(by_alias=True, indent=indent)

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with id ``entity_id``, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def timex(self, timex_id: str | None) -> Timex | None:
        """The time expression with id ``timex_id`` (a quote's or event's ``time``), or
        None."""
        return next((t for t in self.timexes if t.id == timex_id), None)


def record_id(text: str) -> str:
    """Stable id of a normalised text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _entity(found: FoundEntity, as_of: str | None) -> Entity:
    return Entity(
        id=found.id,
        name=found.name,
        type=found.type,  # type: ignore[arg-type]
        aliases=found.aliases,
        roles=[Role(title=r.title, of=r.of, as_of=as_of) for r in found.roles],
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
    story = [(s, e) for kind, s, e in doc._.blocks or () if kind in ("title", "paragraph")]

    def in_story(start: int) -> bool:
        return any(s <= start < e for s, e in story)

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
    warnings = list(document.warnings) + list(doc._.quote_warnings or [])
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
        ),
        pipeline=PipelineInfo(rashomon=__version__, model=model, model_version=version),
        blocks=[Block(kind=b.kind, start=b.start, end=b.end) for b in document.blocks],
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
            )
            for p in doc._.places or []
        ],
        warnings=warnings,
    )


def json_schema() -> dict:
    """The Record's JSON Schema."""
    return Record.model_json_schema(by_alias=True)
