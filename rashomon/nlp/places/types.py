"""What the places component writes: place entities and the gazetteer entries they resolve to."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.nlp.common.serialize import serializable


@serializable
@dataclass(frozen=True)
class Gazetted:
    """A place as the gazetteer knows it."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # GeoNames admin1 code with its country ("UA.05")
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    kind: str = "city"  # city | region | country


@serializable
@dataclass
class FoundPlace:
    """A place entity and the gazetteer entry it resolves to."""

    entity: str
    name: str
    place: Gazetted
