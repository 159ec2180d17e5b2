"""The ``rashomon_places`` component: the article's places resolved offline.

``match`` collects the place entities of the actors component (GPE and LOC) and how the
text names them; ``set_annotations`` resolves each one (``resolve``) to a country, a
region, a physical feature, a state or province, or a GeoNames city, in the light of the
countries the article is about (Donetsk in a Ukraine story is the Ukrainian city;
Colorado in a US story is the state, not a Brazilian town), writes ``doc._.places`` and
gives each place entity the country of the place it resolved to.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from rashomon import settings
from rashomon.nlp.actors import Entity, offices_of_places
from rashomon.nlp.common import gazetteer, lexicon
from rashomon.nlp.common.extensions import register_extensions
from rashomon.nlp.places.types import FoundPlace, Gazetted

_PLACE_TYPES = ("GPE", "LOC")


@dataclass
class Reading:
    """What the text says around a place's mentions.

    region: it is called a region or province ("Donetsk region"), listed among states,
        used to qualify another place ("Westmount, Quebec") or named as a state's
        ("governor of New York").
    village: it is called a village ("Sarkh, a village in Logar").
    qualifier: the place written after it ("Lewisburg, Pa.": "Pa.").
    placed: the text shows it is a place: a place preposition before it ("in Oslo"), a
        qualifier, a dateline or a caption. A town smaller than
        ``settings.PLACE_SMALL_TOWN_POPULATION`` is only taken then.
    beside_country: it is listed with a country ("Georgia and Ukraine"): a country too,
        not a state of the country the article is about.
    member_of: the country of a party whose member it follows ("Republican committee
        member Ana Ruiz of Georgia"): the member's state in that country.
    """

    region: bool = False
    village: bool = False
    qualifier: str | None = None
    placed: bool = False
    beside_country: bool = False
    member_of: str | None = None


@dataclass
class _Candidate:
    entity: Entity
    names: list[str]
    reading: Reading


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
        self.region_nouns = re.compile(
            rf"(?:\s+and\s+[A-Z][\w’'-]+)?\s+(?:{lexicon.alternation('region_nouns')})s?\b", re.I)
        self.village_nouns = re.compile(
            rf",\s+(?:a|an|the)\s+(?:{lexicon.alternation('village_nouns')})\b", re.I)
        self.state_offices = re.compile(
            rf"\b(?:{lexicon.alternation('state_offices')})\s+(?:of|from)\s+(?:the\s+state\s+of\s+)?$",
            re.I)
        self.state_nouns = re.compile(
            rf"\s+(?:{lexicon.alternation('state_level_nouns')}|(?:lt\.\s+)?(?:"
            rf"{lexicon.alternation('state_offices')}))(?!\w)", re.I)  # "Iowa caucuses", "New York
        # Congressman Pete Kell", "former Iowa Lt. Gov. Ada Quint": the state
        self.state_before = re.compile(
            rf"\b(?:(?:{lexicon.alternation('state_part_words')})\s+|the\s+state\s+of\s+|"
            rf"(?:{lexicon.alternation('state_contests')})\s+in\s+)$",
            re.I)  # "upstate New York", "her Senate races in New York": the state
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
        places = [e for e in doc._.entities or [] if e.type in _PLACE_TYPES]
        framed = [(s, e) for kind, s, e in doc._.blocks or () if kind == "caption"]
        framed += list(doc._.place_hints or [])
        for entity in places:
            names = [m.text for m in entity.mentions if m.kind == "name"] or [entity.name]
            region_named = [
                n.rsplit(" ", 1)[0] for n in names
                if " " in n and n.rsplit(" ", 1)[1].lower() in lexicon.words("region_nouns")
                and lexicon.subdivision(n.rsplit(" ", 1)[0], any_level=True)
                and not gazetteer.subdivisions(n)]  # "New York State"; not "Santa Barbara
            # County", a county of its own
            if all(lexicon.people_word(n) for n in names):
                continue  # "a Mexican-American judge": people, not a place of the story
            if lexicon.country_of(entity.name):
                names.insert(0, entity.name)  # "United Kingdom" whatever "English" says
            reading = Reading(region=bool(region_named))
            names += region_named
            for mention in entity.mentions:
                after = _QUALIFIER.match(text, mention.end)
                before = text[max(0, mention.start - 30) : mention.start]
                reading.region |= bool(self.region_nouns.match(text, mention.end))
                reading.region |= bool(self.state_offices.search(before))
                reading.region |= bool(lexicon.party_tag_before().search(before)) and bool(
                    lexicon.tagged_state(mention.text))  # "Sen. Ana Ruiz (N.Y.)": the state
                reading.region |= bool(self.state_nouns.match(text, mention.end))
                reading.region |= bool(self.state_before.search(before))
                reading.village |= bool(self.village_nouns.match(text, mention.end))
                reading.member_of = reading.member_of or _member_country(
                    text[max(0, mention.start - _MEMBER_WINDOW) : mention.start])
                whole = f"{mention.text}, {after.group(1)}" if after else ""
                if after and lexicon.canonical_place(whole) == whole:
                    # "Esperanza, Sultan Kudarat": used when it names a state or country, not
                    # when the two are one name ("Washington, D.C.")
                    reading.qualifier = reading.qualifier or after.group(1)
                preposition = before.rstrip().rsplit(" ", 1)[-1].lower()
                reading.placed |= bool(after) or preposition in lexicon.words(
                    "place_prepositions") or any(s <= mention.start < e for s, e in framed)
            owner = any(text.startswith(tuple(lexicon.words("possessives")), m.end)
                        for m in entity.mentions)
            if all(lexicon.celestial(n) for n in names) and not reading.qualifier and (
                    owner or not reading.placed):
                continue  # "bigger than Jupiter", "the tides of Earth's oceans": no place on
                # a map ("Earth, Texas" and "a golf club in Jupiter" are)
            found.append(_Candidate(entity, list(dict.fromkeys(names)), reading))
        return found

    def set_annotations(self, doc: Doc, candidates: list[_Candidate]) -> None:
        """Resolve each candidate in the light of the article's countries, and a county
        again among the states of the towns found ("Orange County" beside Orlando); a place
        entity takes the country of the place it resolved to."""
        entities = doc._.entities or []
        weights = _article_countries(entities)
        home = _article_countries(entities, with_states=True)
        states = _named_states(entities)
        text = doc.text
        starts = {m.start: c for c in candidates for m in c.entity.mentions}
        ends = {m.end: c for c in candidates for m in c.entity.mentions}
        for candidate in candidates:  # "leave Georgia and Ukraine": the country
            candidate.reading.beside_country = any(lexicon.country_code(c.entity.name) for c in (
                _listed_beside(text, candidate, starts, ends)))
        found = {id(c): self._resolve(c, weights, home, states) for c in candidates}
        flips = _listed_with_states(text, candidates, found, starts, ends)
        flips += _qualifying_states(text, candidates, found)
        for candidate in flips:
            candidate.reading.region = True  # "Maine, New York, New Jersey": the state
            found[id(candidate)] = self._resolve(candidate, weights, home, states)
        towns = frozenset(p.admin1 for p in found.values()
                          if p is not None and p.kind == "city" and p.admin1)
        for candidate in candidates:  # "Orange County" beside Orlando: Florida's, though
            # the article names Texas too; a county of many states is placed by its towns
            place = found[id(candidate)]
            if (place is None or place.level == 2) and towns and (
                    place is None or place.admin1 not in towns):
                found[id(candidate)] = self._resolve(candidate, weights, home, towns) or place
        places = []
        for candidate in candidates:
            place = found[id(candidate)]
            if place is not None:
                entity = candidate.entity
                places.append(FoundPlace(entity.id, entity.name, place))
                entity.country = place.country  # a sea of several countries has none
                if entity.type == "LOC" and place.kind in ("city", "country"):
                    entity.type = "GPE"  # "New Rochelle": a town is a political entity
                elif entity.type == "GPE" and place.kind == "feature" and not (
                        gazetteer.former_country(place.name)):
                    entity.type = "LOC"  # "Borneo", "the Atlantic": land or water, no polity
        offices_of_places(entities)
        doc._.places = places

    def _resolve(self, candidate: _Candidate, weights: Counter[str], home: Counter[str],
                 states: frozenset[str]) -> Gazetted | None:
        others, home_others = weights.copy(), home.copy()  # the rest of the article
        entity = candidate.entity
        own = _stated_country(entity, with_states=True)
        if own:
            home_others[own] -= len(entity.mentions)
            if own == _stated_country(entity):
                others[own] -= len(entity.mentions)
        home_weights = Counter() if candidate.reading.beside_country else +home_others
        return resolve(candidate.names, +others, candidate.reading, self.country_bonus,
                       home=home_weights, states=states)


_MEMBER_WINDOW = 80  # characters before a place read for a party member's name and "of"
_MEMBER_OF = re.compile(r"([^.;:!?\n\"“”]*)\s(?:of|from)\s+$")


def _member_country(before: str) -> str | None:
    """The country of the party system whose member's name ``before`` ends in, with "of"
    or "from" ("Republican committee member Ana Ruiz of "), else None."""
    found = _MEMBER_OF.search(before)
    words = found.group(1).split() if found else []
    if not words or not words[-1][:1].isupper():
        return None  # "Democratic control of": no member's name before "of"
    return next((country for word in words[-7:-1]
                 if word[:1].isupper() and (country := lexicon.party_country(word))), None)


def _may_be_state(candidate: _Candidate, place: Gazetted | None) -> bool:
    """Whether a place read as a city has a state or province of its name in its country
    (and the text did not already call it one)."""
    return place is not None and place.kind == "city" and not candidate.reading.region and any(
        lexicon.subdivision_country(n) == place.country for n in candidate.names)


def _listed_beside(text: str, candidate: _Candidate, starts: dict[int, _Candidate],
                   ends: dict[int, _Candidate]) -> list[_Candidate]:
    """The places written right before or after a mention of ``candidate`` in one list
    ("Maine, New York and Connecticut"); ``starts``/``ends``: the candidates by the
    offsets where their mentions start and end."""
    listed = []
    for mention in candidate.entity.mentions:
        after = re.match(r",? (?:and |or )?", text[mention.end : mention.end + 6])
        before = re.search(r"(?:,|,? and|,? or) $", text[max(0, mention.start - 6) :
                                                        mention.start])
        if after and mention.end + after.end() in starts:
            listed.append(starts[mention.end + after.end()])
        if before and mention.start - len(before.group(0)) in ends:
            listed.append(ends[mention.start - len(before.group(0))])
    return listed


def _listed_with_states(
    text: str, candidates: list[_Candidate], found: dict[int, Gazetted | None],
    starts: dict[int, _Candidate], ends: dict[int, _Candidate],
) -> list[_Candidate]:
    """The places read as cities that the text lists among states or provinces only
    ("Maine, New York, New Jersey and Connecticut"), when a state has their name."""
    flipped = []
    for candidate in candidates:
        if not _may_be_state(candidate, found[id(candidate)]):
            continue
        listed = _listed_beside(text, candidate, starts, ends)
        kinds = [getattr(found[id(c)], "kind", None) for c in listed]
        if kinds and all(kind == "region" for kind in kinds):
            flipped.append(candidate)
    return flipped


_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,2})")
"""A place written after another to say where it is: ", Pa.", ", Delaware", ", Mexico"."""


def _qualifying_states(
    text: str, candidates: list[_Candidate], found: dict[int, Gazetted | None]
) -> list[_Candidate]:
    """The places read as cities that qualify a city of the same country written before
    them ("Westmount, Quebec"), when a state of that country has their name."""
    ends = {m.end: c for c in candidates for m in c.entity.mentions}
    flipped = []
    for candidate in candidates:
        place = found[id(candidate)]
        if not _may_be_state(candidate, place):
            continue
        for mention in candidate.entity.mentions:
            before = re.search(r",\s*$", text[max(0, mention.start - 3) : mention.start])
            previous = ends.get(mention.start - len(before.group(0))) if before else None
            if previous is candidate:
                continue  # "Washington, D.C.": one place written twice
            city = found[id(previous)] if previous else None
            county = previous is not None and previous.entity.name.split()[-1].lower() in (
                lexicon.words("region_nouns"))  # "Westchester County, New York"
            if county or (city is not None and city.kind == "city"
                          and city.country == place.country):
                flipped.append(candidate)
                break
    return flipped


def _article_countries(entities: list[Entity], with_states: bool = False) -> Counter[str]:
    """How much the article is about each country: mentions of countries, of their people
    and of their institutions (not of other places, whose country is still a guess);
    ``with_states``: of states or provinces of one country only too ("Ohio")."""
    weights: Counter[str] = Counter()
    for entity in entities:
        code = _stated_country(entity, with_states)
        if code:
            weights[code] += len(entity.mentions)
    return weights


def _named_states(entities: list[Entity]) -> frozenset[str]:
    """The GeoNames admin1 codes ("US.IA") of the US states the article names."""
    found = set()
    for entity in entities:
        if entity.type in _PLACE_TYPES and lexicon.subdivision_country(entity.name) == "USA":
            for state in gazetteer.subdivisions(lexicon.canonical_place(entity.name)):
                if state.level == 1 and state.country == "USA" and state.code:
                    found.add("US." + state.code.split("-")[1])
    return frozenset(found)


def _stated_country(entity: Entity, with_states: bool = False) -> str | None:
    """The country an entity's name states: a country's, a person's or an institution's
    (and, ``with_states``, a state's or province's of one country only); None for other
    places, whose country is a guess."""
    if entity.type in _PLACE_TYPES and not lexicon.country_of(entity.name):
        return lexicon.subdivision_country(entity.name) if with_states else None
    return entity.country


def resolve(
    names: list[str],
    weights: Counter[str],
    reading: Reading | None = None,
    country_bonus: float = settings.PLACE_COUNTRY_BONUS,
    home: Counter[str] | None = None,
    states: frozenset[str] = frozenset(),
) -> Gazetted | None:
    """The gazetteer entry for a place named ``names``.

    In order: a country (unless the article is about another country that has a state of
    that name: "Georgia" in a US story); a curated region, first when the text calls it a
    region; a physical feature ("the Atlantic"); then the best-scored state, province or
    city (``_score``), where a state or province outweighs a small town and a large city
    outweighs the province it names; a small town in a country the article never mentions
    is not taken, nor a state or province of such a country when the article is plainly
    about somewhere (three mentions of one country: "Gulf" is not Papua New Guinea's
    Gulf Province in a Syria story).

    weights: mentions per country in the article (see ``_article_countries``).
    reading: what the text says around the place (see ``Reading``): a qualifier keeps
        the cities of that state or country ("Lewisburg, Pa."); a village is no city
        larger than ``settings.PLACE_VILLAGE_MAX_POPULATION``.
    country_bonus: what a place in a country of ``weights`` gains (natural-log units).
    home: mentions per country counting its states too, which tell "Georgia" the US state
        from the country (``weights`` when None).
    states: GeoNames admin1 codes of the US states the article names ("US.IA"); a town
        in one of them is preferred ("Marion" in an Iowa story), and a county of several
        states is placed only in one of them ("Lincoln County" of no state named: None).

    A place read after a party member's name and "of" (``Reading.member_of``) is the state
    of that party's country ("Republican Ana Ruiz of Georgia"), and so is a country's name
    qualified by another country that has a state of that name ("Georgia, United States").
    """
    reading = reading or Reading()
    names = [lexicon.canonical_place(lexicon.strip_article(name)) for name in names]
    qualifying = lexicon.country_code(lexicon.canonical_place(reading.qualifier or ""))
    home_states = [s for name in names for s in gazetteer.subdivisions(name)
                   if s.level == 1 and (s.country == reading.member_of or (
                       s.country == qualifying and lexicon.country_code(name)))]
    if home_states:
        return home_states[0]  # "Republican Ana Ruiz of Georgia", "Georgia, United States":
        # the state, not the country
    bare = [b for name in names for b in gazetteer.bare_subdivision_names(name)]
    region_reading = reading.region or bool(bare)  # "County Galway": the county, not the city
    names += bare
    parts = [
        name.split(" ", 1)[1]
        for name in names
        if " " in name and name.split(" ", 1)[0].lower() in lexicon.words("directions")
        and not gazetteer.subdivisions(name)  # "South Australia" is a state
    ]  # "northern Mali": Mali, when no region has the whole name
    found = _named_place(names, weights, region_reading, home)
    if found is not None:
        return found
    found = _part_of_place(names, weights, region_reading, country_bonus)
    if found is not None:
        return found
    candidates = [
        place
        for name in [*names, *parts]
        for place in (
            *(s for s in gazetteer.subdivisions(name)
              if region_reading or s.name.lower() not in lexicon.words("directions")),
            *((gazetteer.cities(lexicon.canonical_place(name)) or gazetteer.cities(name))
              if name not in parts and name not in bare else ()),
        )  # "North Cotabato" is no Cotabato City, "Kent County" no town of Kent
    ]
    if all(name.lower() in lexicon.words("directions") for name in names) and not (
            reading.qualifier):  # a lone "Central", "South": a town the text puts it in
        # ("in Central"), or a region of a country the article names ("the Central district")
        candidates = [c for c in candidates if (reading.placed and c.kind == "city") or (
            (reading.placed or region_reading)
            and (weights.get(c.country or "") or (home or {}).get(c.country or "")))]
    if reading.village:
        candidates = [c for c in candidates
                      if c.kind != "city" or c.population <= settings.PLACE_VILLAGE_MAX_POPULATION]
    located = False
    if reading.qualifier:
        inside = _within(candidates, reading.qualifier)
        located = bool(inside)  # "McKee's Rocks, Pennsylvania": where it is, said
        candidates = inside or candidates
    if not reading.placed:  # "in favor of West": no town of West, Texas, without a sign
        candidates = [c for c in candidates if c.kind != "city"
                      or c.population >= settings.PLACE_SMALL_TOWN_POPULATION]
    if weights and not located:  # the qualifier said where; no need to guess the country
        plain = max(weights.values()) >= 3  # the article is plainly about somewhere
        candidates = [
            c for c in candidates
            if weights.get(c.country or "")
            or (c.kind == "city" and c.population >= settings.PLACE_FOREIGN_MIN_POPULATION)
            or (c.kind == "region" and not plain)
        ]
    if not candidates:
        return None
    plain = max(candidates, key=lambda c: _score(c, weights, region_reading, country_bonus))
    best = max(candidates, key=lambda c: _score(c, weights, region_reading, country_bonus)
               + (settings.PLACE_STATE_BONUS if c.admin1 in states else 0.0))
    if best.level == 2 and best.admin1 not in states and any(
            c.level == 2 and c.country == best.country and c.admin1 != best.admin1
            for c in candidates):
        return None  # "Lincoln County" of no state the article names: one of many
    if best is not plain and gazetteer.capital_of(plain.name) == plain.country:
        return plain  # a state the article names ("Marion" in an Iowa story) does not carry
        # a town over a national capital ("Paris" in a story that names Texas)
    if best.kind == "region" and not region_reading:
        namesake = [c for c in candidates if c.kind == "city" and c.country == best.country
                    and c.population >= settings.PLACE_PROVINCE_CITY_POPULATION]
        if namesake:  # "Herat", "Kandahar": the city, not the province named after it
            return max(namesake, key=lambda c: c.population)
    return best


def _within(candidates: list[Gazetted], qualifier: str) -> list[Gazetted]:
    """The candidates inside the state or country ``qualifier`` names ("Pa.", "Mexico");
    none when it names neither or none is inside."""
    words = qualifier.split()
    forms = [" ".join(words[:size]) for size in range(len(words), 0, -1)]
    forms = [f for form in forms for f in (form, form.rstrip("."))]  # "Va." / "Delaware."
    forms = [lexicon.postal_state(f) or f for f in forms]  # "Berea, OH"
    name = next((lexicon.canonical_place(f) for f in forms
                 if lexicon.country_code(lexicon.canonical_place(f))
                 or lexicon.subdivision(f, any_level=True)), qualifier)
    country = lexicon.country_code(name)
    states = list(gazetteer.subdivisions(name))
    inside: list[Gazetted] = []
    for place in candidates:
        if place.kind == "region" and place.admin1 is None:
            if country and place.country == country and place.level == 1:
                inside.append(place)  # "California, United States": the state
            continue  # a county ("Kent County, Michigan") is placed as a town is
        if country and place.country == country:
            inside.append(place)
        for state in states:
            us_state = state.country == "USA" and state.code and place.admin1 == (
                "US." + state.code.split("-")[1])
            if place.country == state.country and (state.country != "USA" or us_state):
                inside.append(place)
    return list(dict.fromkeys(inside))


def _part_of_place(names: list[str], weights: Counter[str], region_reading: bool,
                   country_bonus: float) -> Gazetted | None:
    """The part of a country or state that a direction before its name names ("Northern
    Syria", "South Florida"), placed among its subdivisions or towns on that side; the
    whole country when its side cannot be told; None when no name starts so."""
    for name in names:
        direction, _, rest = name.partition(" ")
        if not rest or direction.lower() not in lexicon.words("directions") or (
                gazetteer.subdivisions(name)):  # "South Australia" is a state
            continue
        country = _named_place([rest], weights, region_reading)
        if country is not None and country.kind == "country":
            return gazetteer.part_of_country(name, country.country or "", direction) or country
        if country is not None:  # "East Africa": a side of a continent, else the feature
            return gazetteer.part_of_continent(name, country, direction) or country
        states = [s for s in gazetteer.subdivisions(rest) if s.level == 1]
        state = max(states, key=lambda s: _score(s, weights, True, country_bonus), default=None)
        part = gazetteer.part_of_region(name, state, direction) if state else None
        if part is not None:
            return part
    return None


def _named_place(names: list[str], weights: Counter[str], region_reading: bool,
                 home: Counter[str] | None = None) -> Gazetted | None:
    """A country, a curated region or a physical feature called one of ``names``."""
    for name in names:
        code = lexicon.country_code(name) or lexicon.demonym_country(name)  # "Canadian"
        if code and code in gazetteer.countries():
            state = _home_state(name, code, weights if home is None else home) or (
                gazetteer.constituent(name, code))
            return state or gazetteer.countries()[code]
    for name in names:
        found = (gazetteer.curated_region(f"{name} region") if region_reading else None) or (
            gazetteer.curated_region(name)
        )
        if found is not None:
            return found
    for name in names:
        found = gazetteer.feature(name)
        if found is not None:
            return found
    return None


def _home_state(name: str, code: str, weights: Counter[str]) -> Gazetted | None:
    """The first-level subdivision called ``name`` of the country the article is about,
    when the article says nothing else of the country ``code`` of that name."""
    for state in gazetteer.subdivisions(name):
        if state.level == 1 and weights.get(state.country or "", 0) >= 3 and not weights.get(
                code):
            return state
    return None


def _score(place: Gazetted, weights: Counter[str], region_reading: bool,
           country_bonus: float) -> float:
    bonus = country_bonus if weights.get(place.country or "") else 0.0
    if place.kind == "region":
        level = 0.0 if place.level <= 1 else settings.PLACE_LOWER_LEVEL_PENALTY
        reading = country_bonus if region_reading else 0.0
        country = gazetteer.countries().get(place.country or "")
        people = country.population if country else 0
        size = math.log10(people + 1) / 10  # a tie-break: Florida, USA over Florida, Puerto
        # Rico when nothing else tells them apart; no region is more populous than its
        # country ("Phoenix" is no Kiribati island group before the Arizona city)
        nominal = min(settings.PLACE_REGION_POPULATION, people or settings.PLACE_REGION_POPULATION)
        return bonus + reading + math.log(nominal) - level + size
    capital = settings.PLACE_CAPITAL_BONUS if gazetteer.capital_of(place.name) == (
        place.country) else 0.0
    return bonus + capital + math.log(place.population + 1)


@Language.factory(
    "rashomon_places",
    requires=["doc._.entities"],
    assigns=["doc._.places"],
    default_config={"country_bonus": settings.PLACE_COUNTRY_BONUS},
)
def make_place_resolver(nlp: Language, name: str, country_bonus: float) -> PlaceResolver:
    """Factory of the ``rashomon_places`` component (add it after ``rashomon_actors``)."""
    return PlaceResolver(nlp, name, country_bonus=country_bonus)
