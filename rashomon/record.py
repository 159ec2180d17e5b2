"""The Record: Rashomon's output contract (``rashomon.record/1``). Plain pydantic models;
the annotated Doc becomes a Record in ``rashomon.nlp.to_record``, so this module loads no
spaCy."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

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
    origin: Literal["given", "metadata", "page", "dateline", "text"] | None = Field(
        None,
        description="where the date came from: given (by the user, or the input's own "
        "field), metadata (the page's HTML metadata), page (printed on the page), dateline "
        "(the story's dateline), text (inferred from the dates and weekdays the story names)",
    )


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
    country: str | None = Field(
        None, description="ISO 3166-1 alpha-3 country of the office or of its organisation"
    )


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
    basis: Literal["name", "document", "pronoun", "according", "inherited", "partial",
                   "introduced", "unnamed", "described", "unresolved",
                   "nearest"] | None = Field(
        None,
        description="how the speaker was found, which sets the confidence: name (named as "
        "the subject of the reporting verb), document (the stated source of a document the "
        "article cites), pronoun (a he/she/they or title resolved to a person or group; an "
        "'it' to the organisation, body or document the sentence before names), "
        "according (named in an 'according to' phrase), inherited (carried over from the "
        "statement next to it, or the one before a sentence that opens on a participle: "
        "'Adding, ...'), nearest (a guess: a he/she no one resolved, given to the "
        "last person of that gender named before it; an 'it' or 'the company', to the "
        "organisation last named; an epithet such as 'the businessman', to the one person "
        "named just before it), introduced (named before the colon or in the short "
        "sentence that introduces a quote with no reporting verb of its own), unnamed (the "
        "subject's words name an anonymous source or a document that is no entity of the "
        "article: a senior official, a report), described (they name a group or a "
        "description that is no entity: critics, the campaign), partial (the subject of the "
        "clause a partial quote completes), unresolved (not found)",
    )
    parts: list[Offsets] = Field(
        [],
        description="the quoted words inside span: the passage of a direct quote, each "
        "passage of a quote split by its cue, the quoted words of a partial quote whose span "
        "is the whole reported clause; empty for indirect speech",
    )
    act: Literal["speech", "belief", "intention", "finding"] = Field(
        "speech",
        description="what the cue reports: speech (said, told, according to), a belief "
        "(believes, fears that), an intention (wants, plans to) or a finding (the report "
        "found, the poll shows)",
    )
    source_kind: Literal["named", "pronoun", "description", "group", "anonymous",
                         "document"] | None = Field(
        None,
        description="how the words at speaker_span name the speaker: by name, a pronoun, a "
        "description (the campaign, the president), a group (critics, Smith and Jones), an "
        "anonymous source (a senior official, sources familiar with the talks) or a "
        "document (the report, a poll); an anonymous or group source may have no speaker "
        "entity, its words at speaker_span",
    )
    speaks_for: str | None = Field(
        None,
        description="entity id of the organisation or government an unnamed speaker speaks "
        "for, as its words say (a spokeswoman for the Foreign Office, Pentagon officials)",
    )
    antecedent_span: Offsets | None = Field(
        None,
        description="for a speaker named by a pronoun ('they said', 'she said', 'voters "
        "who said', 'in their view', 'it said') that stands for no single entity of the "
        "article, the words it stands for ('seven members of the council', 'Marek and Wren', "
        "'one of the victims', 'voters', 'the council', the report whose source speaks "
        "through it); speaker_span keeps the pronoun, and speaker is null unless a "
        "document's source is named",
    )
    addressee_span: Offsets | None = Field(
        None,
        description="the words that name who was spoken to ('reporters' in 'told "
        "reporters', 'the governor' in 'called on the governor to'), also when they name no "
        "entity; addressee is their entity, if any",
    )


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
    actor_span: Offsets | None = Field(
        None, description="the words naming the actor: its entity's mention, or a "
        "description the story gives no name ('the government', 'four teenagers')")
    target_span: Offsets | None = Field(
        None, description="the words naming the target, as actor_span does the actor")
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
    kind: Literal["country", "region", "city", "feature"] | None = Field(
        None, description="what the place is: a country, a state, province or other region, "
        "a city or town, or a physical feature (sea, river, mountain range)")
    region_code: str | None = Field(
        None, description="ISO 3166-2 code of a state or province (\"US-CO\")")


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
    sentences: list[Offsets] = Field(
        [], description="the parser's sentences, [start, end) in text order, without the "
        "blank space around them (a quotation mark the parser left as a sentence of its own "
        "is joined to its words); consumers use these rather than re-splitting the text",
    )
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

    def sentence_at(self, start: int, end: int) -> tuple[int, int]:
        """The sentence, or run of sentences, holding ``[start, end)``; where no sentence
        holds it (a Record stored before ``sentences`` existed), its block, else itself."""
        first = bisect_right(self.sentences, start, key=_start) - 1
        last = bisect_right(self.sentences, max(start, end - 1), key=_start) - 1
        if first >= 0 and start < self.sentences[first][1]:
            return self.sentences[first][0], max(self.sentences[last][1], end)
        block = next((b for b in self.blocks if b.start <= start < b.end), None)
        return (block.start, max(block.end, end)) if block else (start, end)

    def timex(self, timex_id: str | None) -> Timex | None:
        """The time expression with id ``timex_id`` (a quote's or event's ``time``), or
        None."""
        return next((t for t in self.timexes if t.id == timex_id), None)


def _start(span: tuple[int, int]) -> int:
    return span[0]


def record_id(text: str) -> str:
    """Stable id of a normalised text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict:
    """The Record's JSON Schema."""
    return Record.model_json_schema(by_alias=True)
