"""What reference data adds to entities where the article leaves it unsaid, never over
what the article says:

- an organisation's country and sector from its Phoenix actor code ("FBI" -> USA, COP);
- a person's country and sector from the Phoenix code that holds on the publication date
  ("John Kerry" on 2014-03-01 -> USA, GOV), when the article states neither;
- a national office with no country ("Deputy Attorney General Sally Yates") in the
  country the article is plainly about (most of its country mentions).
"""

from __future__ import annotations

from collections import Counter

from rashomon import settings
from rashomon.nlp.actors.types import Entity
from rashomon.nlp.common import lexicon

_NATIONAL_SECTORS = {"GOV", "JUD", "LEG", "MIL", "COP", "SPY"}


def article_country(entities: list[Entity]) -> str | None:
    """The country the article is plainly about: the country of at least
    ``settings.ARTICLE_COUNTRY_SHARE`` of the mentions of countries and their people, from
    at least three such mentions; else None."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.country and entity.type in ("GPE", "NORP", "ORG", "PERSON"):
            counts[entity.country] += len(entity.mentions)
    if not counts:
        return None
    country, top = counts.most_common(1)[0]
    total = sum(counts.values())
    return country if top >= 3 and top >= settings.ARTICLE_COUNTRY_SHARE * total else None


def complete(entities: list[Entity], published: str | None) -> None:
    """Fill in countries and sectors the article leaves unsaid (see the module's notes)."""
    for entity in entities:
        if entity.country or entity.type not in ("ORG", "PERSON"):
            continue
        names = [entity.name] + [m.text for m in entity.mentions if m.kind == "name"]
        if entity.type == "PERSON" and len(entity.name.split()) < 2:
            continue  # a lone surname is too weak a key
        for name in dict.fromkeys(names):
            country, sector = lexicon.actor_country(name, published)
            if country:
                entity.country = country
                entity.sector = entity.sector or sector
                break
    home = article_country(entities)
    if home is None:
        return
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for role in entity.roles:
            info = lexicon.title_info(role.title)
            national = info is not None and info.kind == "office" and (
                info.sector in _NATIONAL_SECTORS)
            if national and not role.of and not role.country:
                role.country = home
                entity.country = entity.country or home
