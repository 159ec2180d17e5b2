"""What the places component writes: place entities and the gazetteer entries they resolve to."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.nlp.common.gazetteer import Gazetted
from rashomon.nlp.common.serialize import serializable

__all__ = ["FoundPlace", "Gazetted"]


@serializable
@dataclass
class FoundPlace:
    """A place entity and the gazetteer entry it resolves to."""

    entity: str
    name: str
    place: Gazetted
