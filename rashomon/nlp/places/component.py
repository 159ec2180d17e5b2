"""The ``rashomon_places`` component: the article's places resolved offline to GeoNames.

``match`` collects the place entities of the actors component (GPE and LOC) and how the
text names them; ``set_annotations`` resolves each one to a country, a region of
``data/regions.tsv`` or a GeoNames city, preferring the countries the article is about
(Donetsk in a Ukraine story is the Ukrainian city), and writes ``doc._.places``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from rashomon import settings
from rashomon.nlp.actors import Entity
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.extensions import register_extensions
from rashomon.nlp.places import gazetteer
from rashomon.nlp.places.types import FoundPlace, Gazetted

_PLACE_TYPES = ("GPE", "LOC")


@dataclass
class _Candidate:
    entity: Entity
    names: list[str]
    region_reading: bool


class PlaceResolver:
    """Resolves GPE and LOC entities to countries, regions and GeoNames cities."""

    def __init__(
        self,
        nlp: Language,
        name: str = "rashomon_places",
        *,
        country_bonus: float = settings.PLACE_COUNTRY_BONUS,
    ) -> None:
        """Create the component.

        nlp: the pipeline it belongs to.
        name: the component's name in the pipeline.
        country_bonus: how much a city in a country the article is about outweighs
            population (natural-log units).
        """
        register_extensions()
        self.name = name
        self.region_nouns = _region_pattern()
        self.country_bonus = country_bonus

    def __call__(self, doc: Doc) -> Doc:
        """Resolve the places of ``doc`` and write them to ``doc._.places``."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[_Candidate]:
        """The place entities, their names as written, and whether the text calls any
        mention a region ("Donetsk and Luhansk regions", "Donetsk region")."""
        found = []
        text = doc.text
        for entity in doc._.entities or []:
            if entity.type not in _PLACE_TYPES:
                continue
            names = [m.text for m in entity.mentions if m.kind == "name"] or [entity.name]
            region = any(self.region_nouns.match(text, m.end) for m in entity.mentions)
            found.append(_Candidate(entity, list(dict.fromkeys(names)), region))
        return found

    def set_annotations(self, doc: Doc, candidates: list[_Candidate]) -> None:
        """Resolve each candidate in the light of the article's countries."""
        weights = _article_countries(doc._.entities or [])
        places = []
        for candidate in candidates:
            place = resolve(candidate.names, candidate.entity.country, weights,
                            candidate.region_reading, self.country_bonus)
            if place is not None:
                places.append(FoundPlace(candidate.entity.id, candidate.entity.name, place))
        doc._.places = places


def _region_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(lexicon.words("region_nouns"), key=len, reverse=True))
    return re.compile(rf"(?:\s+and\s+[A-Z][\w’'-]+)?\s+(?:{nouns})s?\b", re.I)


def _article_countries(entities: list[Entity]) -> Counter[str]:
    """How much the article is about each country: mentions of entities of that country."""
    weights: Counter[str] = Counter()
    for entity in entities:
        if entity.country:
            weights[entity.country] += len(entity.mentions)
    return weights


def resolve(
    names: list[str],
    country: str | None,
    weights: Counter[str],
    region_reading: bool = False,
    country_bonus: float = settings.PLACE_COUNTRY_BONUS,
) -> Gazetted | None:
    """The gazetteer entry for a place named ``names``: a country, a region (first when
    the text calls it one), else the likeliest city.

    country: the country the actors component already knows the place is in, if any.
    weights: mentions per country in the article.
    country_bonus: what a city in a country of ``weights`` gains over population.
    """
    names = [lexicon.strip_article(name) for name in names]
    found = _country_or_region(names, region_reading)
    if found is not None:
        return found
    parts = [
        name.split(" ", 1)[1]
        for name in names
        if " " in name and name.split(" ", 1)[0].lower() in lexicon.words("directions")
    ]
    names += parts  # "northern Mali": Mali, when no region has the whole name
    found = _country_or_region(parts, region_reading)
    if found is not None:
        return found
    candidates = [
        city
        for name in names
        for city in gazetteer.cities(lexicon.canonical_place(name)) or gazetteer.cities(name)
    ]
    if country:
        candidates = [c for c in candidates if c.country == country] or candidates
    if not candidates:
        return None
    return max(candidates, key=lambda c: _score(c, weights, country_bonus))


def _country_or_region(names: list[str], region_reading: bool) -> Gazetted | None:
    for name in names:
        code = lexicon.country_code(name)
        if code and code in gazetteer.countries():
            return gazetteer.countries()[code]
    for name in names:
        found = (gazetteer.region(f"{name} region") if region_reading else None) or (
            gazetteer.region(name)
        )
        if found is not None:
            return found
    return None


def _score(city: Gazetted, weights: Counter[str], country_bonus: float) -> float:
    bonus = country_bonus if weights.get(city.country or "") else 0.0
    return bonus + math.log(city.population + 1)


@Language.factory(
    "rashomon_places",
    requires=["doc._.entities"],
    assigns=["doc._.places"],
    default_config={"country_bonus": settings.PLACE_COUNTRY_BONUS},
)
def make_place_resolver(nlp: Language, name: str, country_bonus: float) -> PlaceResolver:
    """Factory of the ``rashomon_places`` component (add it after ``rashomon_actors``)."""
    return PlaceResolver(nlp, name, country_bonus=country_bonus)
