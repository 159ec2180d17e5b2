"""A country's party system in an article: the one country whose main parties the article
names (``party_systems`` of ``actor_words.yaml``), and what that gives the article's parties,
their members' roles and the politicians it names by surname alone."""

from __future__ import annotations

from rashomon.nlp.actors.types import Entity
from rashomon.nlp.common import lexicon


def party_system(entities: list[Entity]) -> str | None:
    """The one country whose politics the article is about by the parties it names (in
    organisations and groups of no other country, and in roles): two of that country's
    main parties when the article names that country otherwise too (its places, people or
    bodies; not "Italy's Democratic Party" beside "the Republicans" of a story about Rome),
    or a short name only its parties have ("GOP"; ``party_systems``); else None."""
    said = {text for e in entities if e.type in ("ORG", "NORP") and not e.country
            for text in (e.name, *(m.text for m in e.mentions if m.kind == "name"))}
    said |= {text for e in entities if e.type == "PERSON" for r in e.roles
             for text in (r.of or "", *r.title.split())}
    parties = {lexicon.party_name(text) for text in said} - {None}
    shorts = {lexicon.strip_article(text).lower() for text in said}
    present = {e.country for e in entities if e.country}
    countries = [country for country, (main, own) in lexicon.party_systems().items()
                 if (len(main & parties) >= 2 and country in present) or own & shorts]
    return countries[0] if len(countries) == 1 else None


def join_party_system(entities: list[Entity], system: str, published: str | None) -> None:
    """Give the country of the article's party system (``party_system``) to its parties
    ("the GOP" of a story about Russia's view of the US race), to the roles of their
    members ("Republican strategist", "Democratic Sen.", "Republican presidential nominee")
    and to a lone surname Phoenix gives only that country's government or legislature
    ("Obama")."""
    for entity in entities:
        if entity.country or entity.type not in ("ORG", "PERSON"):
            continue
        if entity.type == "ORG" and _of_system(entity.name, system):
            entity.country, entity.sector = system, entity.sector or "PTY"
        elif entity.type == "PERSON" and len(entity.name.split()) == 1 and (
                sector := _politician_of(entity.name, system, published)):
            entity.country, entity.sector = system, entity.sector or sector
    for entity in entities:
        for role in entity.roles if entity.type == "PERSON" else ():
            if not role.country and (_of_system(role.of or "", system)
                                     or any(_of_system(w, system) for w in role.title.split())):
                role.country = system
                entity.country = entity.country or system


def _politician_of(surname: str, system: str, published: str | None) -> str | None:
    """The sector ("GOV", "LEG") in which every Phoenix actor of ``surname`` in a
    government or a legislature on the publication date is of ``system``'s country
    ("Obama" in a story about the US race, where the parties named make the surname no
    foreign namesake's), else None."""
    return next((sector for sector in ("GOV", "LEG")
                 if lexicon.surname_country(surname, sector, published) == system), None)


def _of_system(name: str, system: str) -> bool:
    """Whether ``name`` names one of the main parties of ``system``'s country."""
    return lexicon.party_name(name) in lexicon.party_systems()[system][0]
