"""What the time component writes: resolved time expressions."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.nlp.common.serialize import serializable


@serializable
@dataclass
class FoundTimex:
    """A resolved time expression: ``[start, end)`` offsets into the Doc's text."""

    id: str
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    anchor: str | None = None
