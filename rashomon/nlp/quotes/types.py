"""What the quotes component writes: statements and the links of their attribution chains."""

from __future__ import annotations

from dataclasses import dataclass, field

from rashomon.nlp.common.serialize import serializable


@serializable
@dataclass(frozen=True)
class Via:
    """One link of an attribution chain: a document, a medium or the press (text only,
    or with its entity) or a source entity. ``text`` is the words at ``[start, end)``,
    except for a medium a verb names, where it is the medium ("Twitter" at "tweeted")."""

    start: int
    end: int
    text: str
    entity: str | None = None


@serializable
@dataclass
class FoundQuote:
    """A statement: its content ``[start, end)``, who said it, to whom, through whom."""

    kind: str  # direct | indirect | mixed
    start: int
    end: int
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    addressee: str | None = None
    cue: str | None = None
    cue_at: int | None = None
    via: list[Via] = field(default_factory=list)
    time: str | None = None
    confidence: float = 0.0
    basis: str | None = None  # how the speaker was found: a key of settings.QUOTE_CONFIDENCE
    paragraph: int = 0
    id: str = ""
    pronoun: bool = False  # the speaker is a "he"/"she" the actors component left unlinked
    parts: list[tuple[int, int]] = field(default_factory=list)  # the quoted words inside
    act: str = "speech"  # speech | belief | intention | finding: what the cue reports
    source_kind: str | None = None  # named | pronoun | description | group | anonymous | document
    speaks_for: str | None = None  # the organisation an unnamed speaker speaks for
    addressee_span: tuple[int, int] | None = None  # the words naming who was spoken to
    antecedent_span: tuple[int, int] | None = None  # the group a "they" stands for
