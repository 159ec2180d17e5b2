"""What reference data adds to entities where the article leaves it unsaid, never over
what the article says:

- an organisation's country and sector from its Phoenix actor code ("FBI" -> USA, COP),
  but for a national body named by its kind alone ("the Senate", below) in a story
  plainly about another country;
- a person's country and sector from the Phoenix code that holds on the publication date
  ("John Kerry" on 2014-03-01 -> USA, GOV), when the article states neither; a surname
  alone is no key ("Hassan" is no Jordanian prince);
- the parties of the one country whose main parties the article names, the roles of
  their members and that country's politicians named by surname alone in its country
  ("the GOP", "Republican strategist X", "Obama" in a story about Russia's view of the US
  race; ``parties``);
- an office of a place the article names ("Senator X of Florida") in the country of
  that place as the article's places resolve it (``offices_of_places``);
- a national office with no country ("Deputy Attorney General Sally Yates") in its
  holder's country when Phoenix gives the holder a national code on the publication date
  ("President Obama" in a story about Burma: the one Obama in government then is American),
  else in the country the article is plainly about (most of its country mentions);
- so is a national body named by its kind alone ("Congress", "the Air Force", "the
  Supreme Court": a legislature, force or court of the Phoenix agents dictionary) in a
  story that names other countries seldom (``settings.NATIONAL_BODY_SHARE``), and in such
  a story a public body named by what it does ("the Congressional Budget Office"), and
  national bodies the agents lack (``national_body_kinds``: "the House", "the Secret
  Service");
- a public body opened by a state or a large city ("the Wisconsin Court of Appeals", "the
  California Department of Corrections and Rehabilitation") in that place's country, as
  the gazetteer knows it;
- a local body or a site named after a town or state ("Toronto Police", "Baghdad
  International Airport", "the University of Colorado"; ``org_country.named_for_place``)
  in that place's country where one country has such a place, and among namesakes in
  several ("Durham University") the one the article is plainly about; so is a road it
  names ("Martine Avenue": ``road_heads``);
- a person the article shows running for office by the clause, with no country
  otherwise, in the country whose party system it names (``candidacy``);
- a person named with "of" and an organisation of known country ("Ana Ruiz of Pellin
  Motors") in that country (``members_of_bodies``, called with the text).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc

from rashomon import settings
from rashomon.nlp.actors import org_country, parties
from rashomon.nlp.actors.types import Entity, Role
from rashomon.nlp.common import gazetteer, lexicon

_NATIONAL_SECTORS = {"GOV", "JUD", "LEG", "MIL", "COP", "SPY"}


def article_country(entities: list[Entity]) -> tuple[str | None, float]:
    """The country the article names most (in mentions of countries, their people and
    those of known country), from at least three such mentions, and its share of them;
    else (None, 0.0). A share of ``settings.ARTICLE_COUNTRY_SHARE`` makes it the country
    the article is plainly about."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.country and entity.type in ("GPE", "NORP", "ORG", "PERSON"):
            counts[entity.country] += len(entity.mentions)
    if not counts:
        return None, 0.0
    country, top = counts.most_common(1)[0]
    return (country, top / sum(counts.values())) if top >= 3 else (None, 0.0)


def complete(entities: list[Entity], published: str | None,
             candidates: dict[str, set[str]] | None = None) -> None:
    """Fill in countries and sectors the article leaves unsaid (see the module's notes);
    ``candidates``: the people the article shows running for office by their clause, with
    the countries its sentence names, by id (``candidacy.candidates``)."""
    stated, share = article_country(entities)
    elsewhere = stated if share >= settings.ARTICLE_COUNTRY_SHARE else None
    named = {e.country for e in entities if e.type in ("GPE", "NORP") and e.country}
    for entity in entities:
        if entity.country or entity.type not in ("ORG", "PERSON"):
            continue
        names = [entity.name] + [m.text for m in entity.mentions if m.kind == "name"]
        if entity.type == "PERSON":  # a lone surname is a weak key ("Hassan")
            names = [n for n in names if len(n.split()) >= 2]
        for name in dict.fromkeys(names):
            country, sector = lexicon.actor_country(name, published)
            if country and elsewhere not in (None, country) and country not in named and (
                    entity.type == "ORG" and _national_body(name)
                    and not _names_parties_of(entities, country)):
                continue  # "the Senate" of a story plainly about the Philippines that names
                # neither the US nor its parties: not Phoenix's, the US one
            if country:
                entity.country = country
                entity.sector = entity.sector or sector
                break
    for entity in entities:
        if not entity.country and entity.type in ("ORG", "LOC") and (
                place := org_country.named_for_place(entity.name)):
            entity.country = _country_named_after(place, named, elsewhere)
        elif not entity.country and entity.type == "LOC" and elsewhere and (
                entity.name.split()[-1].lower() in lexicon.words("road_heads")):
            entity.country = elsewhere  # "Martine Avenue" of a story plainly about the US
    _short_countries_in_roles(entities, named)
    # the country the article is plainly about is counted before its party system is
    # joined in: "Senator Ruiz" of a Manila story that names the US parties stays Filipino
    country, share = article_country(entities)
    home = country if share >= settings.ARTICLE_COUNTRY_SHARE else None
    body_home = country if share >= settings.NATIONAL_BODY_SHARE else None
    system = parties.party_system(entities)
    if system:
        parties.join_party_system(entities, system, published)
    _give_candidates(entities, candidates or {}, home, system)
    # a national body of a story about one country's politics that names no other country
    # ("the Air Force", "the Census Bureau" of a US race story) is that country's; not
    # "Congress" of a Manila story, nor "the Navy" of a raid in Mexico the US parties praise
    bodies_home = body_home or (system if named <= {system} else None)
    for entity in entities:
        if entity.type == "ORG" and not entity.country and (
                national := _national_body(entity.name)):
            entity.country = bodies_home  # "Congress" in a story from Cairo may be American
            entity.sector = entity.sector or (national if bodies_home else None)
        elif entity.type == "ORG" and not entity.country and (
                state := _opening_place(entity.name)) and (
                sector := _body_sector(entity.name, head_first=True)
                or _state_department(entity.name)):
            entity.country, entity.sector = state, entity.sector or sector  # "the Wisconsin
            # Court of Appeals", "the Harwick County Circuit Court" (of a town in the US)
        elif entity.type == "ORG" and not entity.country and bodies_home and (
                sector := _body_sector(entity.name, head_first=body_home is not None)):
            entity.country, entity.sector = bodies_home, entity.sector or sector  # "the
            # Census Bureau"; "Department of Homeland Security" of a story plainly American
        elif entity.type == "ORG" and not entity.country and body_home and _party(entity.name):
            entity.country, entity.sector = body_home, entity.sector or "PTY"  # "the GOP" of
            # a story about the US alone (another country's party is not the system's)
        offices = [r for r in entity.roles if _national_office(r) or _national_candidacy(r)] if (
            entity.type == "PERSON") else []
        if not offices:
            continue
        legislative = system is not None and all(
            (info := lexicon.title_info(r.title)) is not None and info.sector == "LEG"
            for r in offices)  # "Senator X" of a US race story that names no country much
        holder = _holder_country(entity, offices, published, named) or home or (
            system if legislative else None)
        for role in offices:
            role.country = holder
        entity.country = entity.country or holder
    _roles_of_national_bodies(entities)


def _country_named_after(place: str, named: set[str], elsewhere: str | None) -> str | None:
    """The country of the town or state ``place`` a body or site is named after: the one
    country that has such a place ("Toronto Police"), unless the article is plainly about
    another that it does not name and that has a town of that name ("Madrid District
    Hospital" of a story about the Philippines); among several, the one the article is
    plainly about ("Durham University" of a story about England), else None."""
    countries = org_country.place_countries(place)
    if len(countries) > 1:
        return elsewhere if elsewhere in countries else None
    country = next(iter(countries), None)
    if country and elsewhere not in (None, country) and country not in named and (
            elsewhere in lexicon.town_countries(place)):
        return None
    return country


def members_of_bodies(doc: Doc, entities: list[Entity]) -> None:
    """A person of no stated country named with "of" and an organisation of one ("Ana Ruiz
    of the Velmora Geological Survey", "Tomás Vidal of Pellin Motors"), or holding a role
    of one ("director of the United States' Velmora Institute", "the DRC's Institut
    National's director general"), is of that organisation's country, as event coders read
    a member of a body."""
    bodies = {m.start: e for e in entities if e.type == "ORG" and e.country
              for m in e.mentions if m.kind == "name"}
    body_countries = {e.name: e.country for e in entities if e.type == "ORG" and e.country}
    for entity in entities:
        if entity.type != "PERSON" or entity.country:
            continue
        entity.country = next(filter(None, (_body_country(r.of, body_countries)
                                             for r in entity.roles if r.of)), None)  # "the
        # director of the CDC"
        for mention in entity.mentions if not entity.country and bodies else ():
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            at = span.end if span is not None and mention.kind == "name" else len(doc)
            if at + 1 < len(doc) and doc[at].lower_ == "of":
                body = bodies.get(doc[at + 1 + (doc[at + 1].lower_ == "the")].idx)
                if body is not None:
                    entity.country = body.country
                    break


def _body_country(of: str, bodies: dict[str, str]) -> str | None:
    """The country of the organisation a role is of (``bodies``: name -> country), or of
    the country whose possessive opens it ("United States' Velmora Institute", "the DRC's
    Institut National"), else None."""
    if of in bodies:
        return bodies[of]
    owner, mark, _ = of.partition("'")
    return lexicon.country_code(owner.strip()) if mark else None


def _names_parties_of(entities: list[Entity], country: str) -> bool:
    """Whether the article names a party of ``country``'s party system ("Democrats")."""
    return any(lexicon.party_country(m.text) == country
               for e in entities if e.type in ("ORG", "NORP") for m in e.mentions)


def _give_candidates(entities: list[Entity], candidates: dict[str, set[str]],
                     home: str | None, system: str | None) -> None:
    """A person the article shows running for office ("Vidal's campaign", "Ruiz is running
    for president") with no country otherwise is of the country whose parties the article
    names, unless it is plainly about another (a Manila story that names the US parties)
    or the candidacy's sentence names another ("a vote for Osk in the Philippine Senate
    race"); not of a country the article is about that names no party system (Paris on
    the US race)."""
    country = system if system and (home is None or home == system) else None
    for entity in entities if country else ():
        named = candidates.get(entity.id)
        if named is not None and named <= {country} and not entity.country:
            entity.country = country


def _roles_of_national_bodies(entities: list[Entity]) -> None:
    """A role in a national body the article gives a country ("retired Air Force general
    X", "Navy veteran Y" of a US story) is of that body's country, and so is its holder
    where the article states no other."""
    bodies = {e.name: e.country for e in entities if e.type == "ORG" and e.country
              and e.sector in _NATIONAL_SECTORS}
    for entity in entities if bodies else ():
        for role in entity.roles if entity.type == "PERSON" else ():
            if not role.country and role.of in bodies:
                role.country = bodies[role.of]
                entity.country = entity.country or role.country


def _short_countries_in_roles(entities: list[Entity], named: set[str | None]) -> None:
    """A role of a country written short ("the North's leader" in a story that names North
    and South Korea) is that country's office (``lexicon.direction_country``); ``named``:
    the countries the article names."""
    directions = lexicon.words("directions")
    roles = [(e, r) for e in entities if e.type == "PERSON" for r in e.roles
             if r.of and r.of.lower() in directions]
    if not roles:
        return
    regions = lexicon.regions_named([m.text for e in entities if e.type in ("GPE", "LOC")
                                     for m in e.mentions if m.kind == "name"])
    for entity, role in roles:
        country = lexicon.direction_country(role.of, named, regions)
        if country:
            role.of = role.country = country
            entity.country = entity.country or role.country


def offices_of_places(entities: list[Entity]) -> None:
    """An office of a place the article names ("Senator Marco Rubio of Florida") is in the
    country the article's place of that name resolved to, where the name alone leaves it
    open (a Florida in Uruguay, a Maryland in Liberia) or was read as a country's
    ("Republican committee member X of Georgia", the US state); so is its holder, unless
    stated.
    Called by the places component once the places are resolved."""
    states = _states_named(entities)
    for entity in entities:
        for role in entity.roles:
            read_as_country = role.country is not None and role.country == (
                lexicon.country_code(role.of or ""))  # "of Georgia" read as the country
            if role.of and states.get(role.of) and (not role.country or read_as_country):
                if read_as_country and entity.country == role.country:
                    entity.country = None  # the state's country, below
                role.country = states[role.of]
                if entity.type == "PERSON":
                    entity.country = entity.country or role.country


def _states_named(entities: list[Entity]) -> dict[str, str]:
    """Each name of a first-level subdivision the article names -> the country it resolved
    to; a town's or a county's name is too often resolved wrong to be carried over."""
    return {m.text: e.country for e in entities if e.type in ("GPE", "LOC") and e.country
            for m in e.mentions if m.kind == "name"
            and any(s.level == 1 for s in gazetteer.subdivisions(m.text))}


def _national_body(name: str) -> str | None:
    """The sector of a national body ``name`` names by its kind only ("Congress": LEG,
    "the Air Force": MIL; Phoenix's agents and ``national_body_kinds``), else None."""
    kind = lexicon.strip_article(name).lower()
    court, _, area = kind.partition(" for the ")
    if area and any(w in lexicon.words("jurisdiction_words") for w in area.split()):
        kind = court  # "Court of Appeals for the Third Circuit": a court of appeals
    code = lexicon.agent_code(kind) or lexicon.table("national_body_kinds").get(kind)
    return code[:3] if code and code[:3] in _NATIONAL_SECTORS else None


def _body_sector(name: str, head_first: bool = True) -> str | None:
    """The sector of a public body named by what it does and a body's noun ("Congressional
    Budget Office": GOV, "House Financial Services Committee": LEG, "Second Circuit Court
    of Appeals": JUD; with ``head_first``, "Department of Homeland Security": GOV, a name
    written so in many countries), else None: not a
    body of another country or of many ("French Foreign Ministry", "World Health
    Organization", "International Olympic Committee"), nor a party's ("Democratic
    National Committee"), nor a news agency, which reports from abroad ("Pellin News
    Agency")."""
    words = lexicon.strip_article(name).split()
    heads = lexicon.table("public_body_heads")
    at = next((i for i, w in enumerate(words[:-2]) if w.lower() in heads
               and words[i + 1] in ("of", "on")), None)
    if at is not None and (head_first or at > 0):
        if not all(w.lower() in _function_words() | lexicon.words("body_name_joiners")
                   for w in words[at + 2:]):
            return None  # "Department of Mathematics and Statistics": a school's
        words = [*words[:at], *words[at + 2:], words[at]]  # "Department of Homeland
        # Security", "Second Circuit Court of Appeals": its head before what it does
    if len(words) < 2 or words[-1].lower() not in heads or not all(
            w[:1].isupper() or w in lexicon.words("body_name_joiners") for w in words):
        return None
    if not any(w.lower() in lexicon.words("public_function_words") for w in words[:-1]):
        return None  # "the Harwick Travel Agency", "the Legal Department", "Nobel Committee"
    foreign = any(lexicon.country_of(w) or w.lower() in lexicon.words("international_words")
                  or w.lower() in lexicon.words("media_name_words")  # "Anadolu Agency"
                  or lexicon.party_member(w) for w in words)
    return None if foreign else heads[words[-1].lower()]


@cache
def _function_words() -> frozenset[str]:
    """The words that name what a public body does or a portfolio ("Census", "Homeland
    Security"; ``public_function_words``, ``portfolio_words``)."""
    return lexicon.words("public_function_words") | lexicon.words("portfolio_words")


def _opening_place(name: str) -> str | None:
    """The country of the state or city that opens a body's name ("Wisconsin Court of
    Appeals", "Milwaukee County Circuit Court": a city of ``lexicon.city``'s size), not of
    a country (a body of its own, read where its mention is), else None."""
    words = lexicon.strip_article(name).split()
    for size in (3, 2, 1):
        place = " ".join(words[:size])
        if len(words) <= size or lexicon.country_code(place) or any(
                w.lower() in _function_words() for w in words[:size]):
            continue  # "Federal Election Commission": no town of Argentina
        state = lexicon.state_country(place)
        city = lexicon.city(place) if not lexicon.subdivision(place) else None
        if state or city:
            return state or city[1]
    return None


def _state_department(name: str) -> str | None:
    """The sector of a state's body named by its head and what it does, whatever that is
    ("California Department of Corrections and Rehabilitation", "Ohio Bureau of Workers'
    Compensation": GOV), else None; not a city's ("the Harwick Department of Music" may be
    a school's)."""
    words = lexicon.strip_article(name).split()
    heads = lexicon.table("public_body_heads")
    for size in (1, 2, 3):
        rest = words[size:]
        if len(rest) > 2 and rest[0].lower() in heads and rest[1] == "of" and (
                lexicon.state_country(" ".join(words[:size]))) and all(
                w[:1].isupper() or w in lexicon.words("body_name_joiners") for w in rest[2:]):
            return heads[rest[0].lower()]
    return None


def _party(name: str) -> bool:
    """Whether ``name`` is a political party's or its committee's ("the Democratic Party",
    "the GOP", "Republican National Committee")."""
    words = lexicon.strip_article(name).split()
    if not words:
        return False
    party_word = any(lexicon.party_member(w) for w in words)  # not "Likud Party", which
    # may be a foreign party in a story that names the United States most
    return (" ".join(words).lower() in lexicon.table("party_aliases")) or (party_word and (
        words[-1].lower() == "party" or words[-1].lower() in lexicon.table("public_body_heads")))


def _national_candidacy(role: Role) -> bool:
    """Whether ``role`` is a candidacy for a national office, with no country stated
    ("Republican presidential nominee", of a party or of nothing; "running mate")."""
    if role.country or (role.of and not _party(role.of)):
        return False
    words = role.title.lower().split()
    return any(" ".join(words[-size:]) in lexicon.words("national_candidacies")
               for size in (1, 2, 3))


def _national_office(role: Role) -> bool:
    """Whether ``role`` is a national office the text leaves without its country
    ("President", "Deputy Attorney General")."""
    info = lexicon.title_info(role.title)
    return (info is not None and info.kind == "office" and info.sector in _NATIONAL_SECTORS
            and not role.of and not role.country)


def _holder_country(entity: Entity, offices: list[Role], published: str | None,
                    named: set[str]) -> str | None:
    """The country Phoenix gives the holder of a national office on the publication date:
    by the full name's code in a national sector, or by a lone surname when the office is
    a government's ("President Obama", not "Governor Christie" nor "General Dempsey",
    whose namesakes abroad Phoenix knows better than them), every Phoenix actor of that
    surname in government then is of one country, and the article names that country
    (``named``: "Prime Minister Moreno" in a story about Spain is no Ecuadorian)."""
    if entity.country and entity.sector in _NATIONAL_SECTORS:
        return entity.country
    governing = all((info := lexicon.title_info(r.title)) is not None and info.sector == "GOV"
                    and lexicon.base_title(r.title).lower() not in lexicon.words(
                        "subnational_titles") for r in offices)
    if governing and len(entity.name.split()) == 1 and entity.name[:1].isupper():
        country = lexicon.surname_country(entity.name, "GOV", published)
        return country if country in named else None
    return None
