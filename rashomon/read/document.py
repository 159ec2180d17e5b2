"""The read stage's output: a ``Document`` is normalised text split into typed blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rashomon.read.normalize import OffsetMap

BlockKind = Literal["title", "paragraph", "caption", "chrome"]


@dataclass
class Block:
    """A ``[start, end)`` run of the text and what it is on the page."""

    kind: BlockKind
    start: int
    end: int


@dataclass
class Caption:
    """A photo caption with its credit and the date it prints (ISO), with their offsets."""

    start: int
    end: int
    text: str
    credit: str | None = None
    credit_span: tuple[int, int] | None = None
    date: str | None = None
    date_span: tuple[int, int] | None = None


@dataclass
class Dateline:
    """The place and date opening a story ("HELSINKI, March 3, 2024 - ")."""

    start: int
    end: int
    place_span: tuple[int, int] | None = None
    date: str | None = None
    date_span: tuple[int, int] | None = None


@dataclass
class Published:
    """The publication date, where it came from, and (when inferred) why."""

    value: str
    origin: Literal["given", "metadata", "page", "dateline", "text"]
    evidence: tuple[int, int] | None = None
    basis: str | None = None

    @property
    def inferred(self) -> bool:
        """True when read off the story (its dateline or the dates it mentions) rather than
        given or printed as metadata."""
        return self.origin in ("dateline", "text")


@dataclass
class Source:
    """Where a document came from."""

    path: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass
class Document:
    """Normalised text with its page structure and metadata; no NLP has run on it."""

    text: str
    blocks: list[Block]
    title: str | None = None
    captions: list[Caption] = field(default_factory=list)
    dateline: Dateline | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    published: Published | None = None
    warnings: list[str] = field(default_factory=list)
    offsets: OffsetMap = field(default_factory=OffsetMap)

    def spans_of(self, *kinds: BlockKind) -> list[tuple[int, int]]:
        """The ``[start, end)`` spans of the blocks of the given kinds, in text order."""
        return [(b.start, b.end) for b in self.blocks if b.kind in kinds]

    @property
    def credit_spans(self) -> list[tuple[int, int]]:
        """Spans of photo credits, which name photographers, not actors of the story."""
        return [c.credit_span for c in self.captions if c.credit_span]
