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

    @property
    def is_point(self) -> bool:
        """Whether it says when (a DATE or TIME), as a statement's or an event's time
        must; a DURATION ("15-year-old") or a SET ("weekly") never does."""
        return self.type in ("DATE", "TIME")
