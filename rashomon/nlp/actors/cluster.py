"""Join mentions into entities, one per real-world referent in the article.

People join by surname (transliteration-tolerant) with compatible given names; a title
used alone joins the latest person holding it; a pronoun joins the latest compatible
person, preferring subjects; countries join with their demonyms; organisations join by
name or acronym ("PMO" = "Prime Minister's Office"); seats of power and acting capitals
join their country's government.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rashomon import settings
from rashomon.nlp.actors.names import acronym, compatible_given_names, fold, same_name
from rashomon.nlp.actors.org_country import name_country
from rashomon.nlp.actors.types import Entity, Mention
from rashomon.nlp.common import gazetteer, lexicon

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW"}
_LABEL_TYPE = {"FAC": "LOC", "PRODUCT": "OTHER", "WORK_OF_ART": "OTHER"}


def _words(name: str) -> list[str]:
    words = lexicon.strip_article(name).split()
    while len(words) > 1 and words[-1].lower() in lexicon.words("name_suffixes"):
        words.pop()
    return words


def _first_surname(words: list[str]) -> bool:
    """Whether a name of three words or more has a first surname before its last word:
    a word that is no initial and no given name ("Ramón Quintana Ferrer")."""
    return len(words) > 2 and len(words[-2].rstrip(".")) > 1 and (
        lexicon.given_name_gender(words[-2]) is None)


def _ends_with(name: list[str], words: list[str]) -> bool:
    """Whether a name of more words ends with ``words``, two or more ("Delia Marsh
    Okoro" ends with "Marsh Okoro")."""
    return 1 < len(words) < len(name) and [fold(w) for w in name[-len(words):]] == [
        fold(w) for w in words]


def _name_suffix(name: str) -> str | None:
    """The generation a name carries ("Jr.", "Sr.", "III"), lower case without its stop."""
    words = lexicon.strip_article(name).replace(",", " ").split()
    last = words[-1].lower() if len(words) > 1 else ""
    return last.rstrip(".") if last in lexicon.words("name_suffixes") else None


def _most_prominent(people: list[Entity], mention: Mention) -> Entity:
    """Whom a lone surname means among people who share it ("Clinton" beside Bill and
    Hillary Clinton): one of the mention's gender ("Mrs. Clinton"), then one holding an
    office now (not a former one), then one the article already calls by the surname
    alone, then the one named most often, then one named in this sentence or the one
    before, then the one the story named first (whom it is about: "Donald Trump …
    Melania Trump … Trump's advisers")."""
    def rank(person: Entity) -> tuple[bool, bool, bool, int, bool, int]:
        office = any((info := lexicon.title_info(r.title)) and info.kind == "office"
                     and not r.title.lower().startswith("former ") for r in person.roles)
        same_gender = mention.gender is not None and person.gender == mention.gender
        named = [m for m in person.mentions if m.kind != "pronoun"]
        alone = any(len(_words(m.text)) == 1 for m in named)
        near = any(m.sentence >= mention.sentence - 1 for m in named)
        first = min((m.start for m in named), default=0)
        return same_gender, office, alone, len(named), near, -first
    return max(people, key=rank)


@lru_cache(maxsize=4096)
def org_key(name: str) -> str:
    """Comparison key of an organisation or thing's name: no article, possessive, case or
    ship prefix ("H.M.S. Pellinore" is "Pellinore")."""
    words = lexicon.strip_article(name).lower().split()
    if len(words) > 1 and words[0] in lexicon.words("vessel_prefixes"):
        words = words[1:]
    key = re.sub(r"['’]s\b|[^\w ]", "", " ".join(words)).strip()
    return re.sub(r"\b(\w) (?=\w\b)", r"\1", key)  # "C. V. Starr" is "C.V. Starr"


@lru_cache(maxsize=4096)
def org_core(name: str) -> str:
    """An organisation's name without the legal form and the words news drops when it
    names it again ("Ford Motor Company" -> "ford")."""
    words = [w.strip(",") for w in lexicon.strip_article(name).lower().split()]
    domain = words[-1].rpartition(".") if words else ("", "", "")
    if domain[0] and domain[2] in lexicon.words("web_domains"):
        words[-1] = domain[0]  # "Amazon.com" is Amazon
    if len(words) > 2 and words[-2] == "of" and lexicon.country_code(words[-1]):
        words = words[:-2]  # "Mahan Air of Iran"
    for size in (3, 2, 1):  # "US Green Party", "United States Democratic Party"
        if len(words) > size and lexicon.country_of(" ".join(words[:size])):
            words = words[size:]
            break
    while len(words) > 1 and words[-1] in lexicon.words("organisation_suffixes"):
        words.pop()
    return org_key(" ".join(words))


class Clusterer:
    """Assigns mentions, in text order, to entities."""

    def __init__(
        self,
        pronoun_window: int = settings.PRONOUN_WINDOW_SENTENCES,
        name_similarity: int = settings.NAME_SIMILARITY,
    ) -> None:
        self.pronoun_window = pronoun_window
        self.name_similarity = name_similarity
        self.entities: list[Entity] = []
        self._keyed: dict[tuple[str, ...], Entity] = {}
        self._first_surnames: dict[str, Entity] = {}  # of people with two surnames

    def _new(self, name: str, type_: str, key: tuple[str, ...] | None = None) -> Entity:
        entity = Entity(id=f"E{len(self.entities) + 1}", name=name, type=type_)
        self.entities.append(entity)
        if key:
            self._keyed[key] = entity
        return entity

    def add(self, mention: Mention) -> None:
        """Attach ``mention`` to its entity, creating the entity when it is new."""
        if mention.alias_of is not None:
            for entity in self.entities:
                if any(m.start == mention.alias_of for m in entity.mentions):
                    entity.add(mention)
                    if mention.label in ("GPE", "LOC"):  # "B.C." again later
                        key = ("place", fold(lexicon.canonical_place(mention.text)))
                        self._keyed.setdefault(key, entity)
                    return
        handler = {
            "pronoun": self._pronoun,
            "title": self._title,
            "nominal": self._office,
            "metonym": self._government,
        }.get(mention.kind)
        if handler:
            handler(mention)
        elif mention.label == "PERSON":
            self._person(mention)
        elif mention.label == "ORG":
            self._organisation(mention)
        else:
            self._other(mention)

    # people -------------------------------------------------------------------------
    def _person(self, mention: Mention) -> None:
        words = _words(mention.text)
        if not words:
            return
        surname, given = words[-1], words[:-1]
        similar = self.name_similarity
        matches = [
            entity for entity in self.entities
            if entity.type == "PERSON"
            and same_name((known := _words(entity.name))[-1], surname, similar)
            and (compatible_given_names(known[:-1], given, similar)
                 or _ends_with(known, words))  # "Marsh Okoro" after "Delia …"
        ]
        if not matches:
            matches = self._by_first_surname(words, mention.gender) or self._titled_surname(
                words, mention.gender)
        suffix = _name_suffix(mention.text)
        if suffix:  # "Oskar Brandt Sr." beside "Oskar Brandt": the father
            matches = [e for e in matches if _name_suffix(e.name) == suffix]
        elif given:
            matches = [e for e in matches if not _name_suffix(e.name)] or matches
        if not matches:
            entity = self._new(lexicon.strip_article(mention.text), "PERSON")
            entity.add(mention)
            if _first_surname(words):
                self._first_surnames.setdefault(fold(words[-2]), entity)
            return
        entity = matches[-1] if given else _most_prominent(matches, mention)
        if len(words) > len(_words(entity.name)):
            entity.name = lexicon.strip_article(mention.text)
        entity.add(mention)

    def _titled_surname(self, words: list[str], gender: str | None) -> list[Entity]:
        """The person a title that is also a given name names by surname, when that person
        holds the title and is of no other gender ("Dean Ruiz" after "Vikram Ruiz, dean of
        the law school"; not "Dean Martin" beside "Ana Martin", nor "her son Dean Ruiz"
        beside "Ana Ruiz, the dean")."""
        if len(words) != 2:
            return []
        return [e for e in self.entities if e.type == "PERSON"
                and same_name(_words(e.name)[-1], words[1], self.name_similarity)
                and e.gender in (None, gender)
                and any(r.title.lower().split()[-1:] == [words[0].lower()] for r in e.roles)]

    def _by_first_surname(self, words: list[str], gender: str | None) -> list[Entity]:
        """The person with two surnames a name means by the first ("Quintana" beside
        "Ramón Quintana Ferrer", in either order), of no other gender."""
        if _first_surname(words):
            found = [e for e in self.entities if e.type == "PERSON" and len(
                known := _words(e.name)) == 1 and same_name(known[0], words[-2],
                                                            self.name_similarity)]
            for entity in found:
                self._first_surnames.setdefault(fold(words[-2]), entity)
        else:
            first_surname = self._first_surnames.get(fold(words[0])) if len(words) == 1 else None
            found = [first_surname] if first_surname else []
        return [e for e in found if gender is None or all(
            m.gender in (None, gender) for m in e.mentions)]  # not "his" for "Ella …"

    def _holder_of(self, title: str, before: int) -> Entity | None:
        """The latest person before offset ``before`` holding ``title`` in this article."""
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if entity.type != "PERSON":
                continue
            for role in entity.roles:
                if lexicon.is_the(role.title, title):  # a deputy is not "the attorney general"
                    last = max((m.start for m in entity.mentions if m.start < before), default=-1)
                    if last >= 0 and (best is None or last > best[0]):
                        best = (last, entity)
        return best[1] if best else None

    def _title(self, mention: Mention) -> None:
        holder = self._holder_of(mention.roles[0].title, mention.start)
        if holder:
            mention.roles = []
            holder.add(mention)

    def _pronoun(self, mention: Mention) -> None:
        named = self._named_ahead(mention)
        if named is not None:
            named.gender = named.gender or mention.gender
            named.add(mention)  # "In his Sunday interviews, Tomas Wren defended …"
            return
        window = mention.sentence - self.pronoun_window
        earlier = self._said_before(mention, window)
        if earlier is not None and not _stands_at(earlier, mention.not_at):  # "He told him"
            earlier.add(mention)
            return
        speaker = _words(mention.quoted_speaker or "")
        candidates = [
            (m, e)
            for e in self.entities
            if e.type == "PERSON" and e.gender in (None, mention.gender)
            and not (speaker and same_name(_words(e.name)[-1], speaker[-1]))  # not "I"
            and not _stands_at(e, mention.not_at)  # "Rowan will avoid helping him"
            and not _named_in(e, mention.names_after)  # "He called Vidal a saviour"
            for m in e.mentions
            if m.start < mention.start and m.sentence >= window
            and m.aside in (None, mention.aside)  # not a name quoted or in brackets
        ]
        if not candidates:
            return
        latest_sentence = max(m.sentence for m, _ in candidates)
        recent = [(m, e) for m, e in candidates if m.sentence == latest_sentence]
        subjects = [(m, e) for m, e in recent if m.subject]
        # in reported speech, the one the sentence before was about goes on speaking
        # ("Babcock said Trump is his choice. He is leaning …, he said"); elsewhere the
        # latest subject ("Okoro said Wren was arrested. He faces two charges": Wren)
        main = [(m, e) for m, e in subjects if m.main] if (
            mention.in_speech and latest_sentence < mention.sentence) else []
        speakers = [(m, e) for m, e in subjects if m.speaks] if mention.speaks else []
        # "Lowe told them Pratt was wrong. 'Not so,' he added": the one who spoke; but
        # "Earhardt asked Rubio which … 'Well, …,' he said": the one asked answers
        answering = [(m, e) for m, e in recent if m.asked] if (
            mention.speaks and latest_sentence < mention.sentence) else []
        chosen = answering or speakers or main or subjects
        _, entity = max(chosen or recent, key=lambda pair: pair[0].start)
        # a guess from a mention that is no subject ("Ruiz was at Obama's speech. She …",
        # Ruiz no entity) fixes no gender, or every later "he" would miss Obama
        gender = entity.gender or mention.gender if chosen else entity.gender
        entity.add(mention)
        entity.gender = gender

    def _named_ahead(self, mention: Mention) -> Entity | None:
        """The person of the name a possessive points to (``Mention.ahead_at``),
        when of its gender; else None. What befell someone is the person the sentence
        before names, when it names one ("Wren died. Since his death, Dunn has run the
        firm"; but "Police arrested the accused. After his arrest, Brenton stayed …")."""
        if mention.ahead_at is None:
            return None
        named = next((e for e in self.entities
                      if any(m.start == mention.ahead_at for m in e.mentions)), None)
        if named is None or named.type != "PERSON" or named.gender not in (None, mention.gender):
            return None
        before = [e for e in self.entities if e is not named and e.type == "PERSON"
                  and e.gender in (None, mention.gender) and any(
                      m.kind == "name" and m.sentence == mention.sentence - 1
                      for m in e.mentions)]
        return None if mention.befalls and before else named

    def _said_before(self, mention: Mention, window: int) -> Entity | None:
        """The person a pronoun of the same gender meant earlier in the same speaker's
        quotation ("'… the same attack he made,' Chan said, after Okoro's interview. 'He
        encountered …'": the same man, not Okoro), unless a person is named inside the
        quotation between the two."""
        if mention.aside is None:
            return None
        quoted = [
            (m, e) for e in self.entities if e.type == "PERSON"
            for m in e.mentions[-settings.PRONOUN_RECENT_MENTIONS:]
            if window <= m.sentence and m.start < mention.start and m.aside is not None
        ]
        said = [(m, e) for m, e in quoted if m.kind == "pronoun" and m.gender == mention.gender
                and (m.aside == mention.aside or (mention.quoted_speaker is not None
                                                  and m.quoted_speaker == mention.quoted_speaker))]
        if not said:
            return None
        last, entity = max(said, key=lambda pair: pair[0].start)
        if any(m.kind == "name" and last.start < m.start for m, _ in quoted):
            return None  # "'He met Pat Okoro, and he said …'": maybe Okoro
        return entity

    # organisations --------------------------------------------------------------------
    def _office(self, mention: Mention) -> None:
        title = mention.roles[0].title
        holder = self._holder_of(title, mention.start)
        mention.roles = []
        mention.country = holder.country if holder else None
        self._organisation(mention)

    def _organisation(self, mention: Mention) -> None:
        key = org_core(mention.text) if mention.kind == "name" else org_key(mention.text)
        short = lexicon.strip_article(mention.text)
        for entity in self.entities:
            if entity.type != "ORG":
                continue
            names = {org_key(m.text) for m in entity.mentions} | {org_key(entity.name)}
            names |= {org_core(m.text) for m in entity.mentions if m.kind == "name"}
            initials = {acronym(m.text) for m in entity.mentions if len(m.text.split()) > 1}
            shorts = {m.text.replace(".", "") for m in entity.mentions if m.text.isupper()}
            if _of_other_countries(mention, entity):
                continue  # "the Bank of Canada", then "the Bank of Japan": two banks
            if (
                key in names
                or (short.isupper() and short.replace(".", "") in initials)  # "F.B.I."
                or (acronym(short) in shorts and len(short.split()) > 1)
            ):
                if entity.name.isupper() and not short.isupper():
                    entity.name = mention.text if mention.kind == "nominal" else short
                elif mention.kind == "name" and len(short) > len(entity.name) and (
                    org_core(short) == org_core(entity.name)
                ):
                    entity.name = short  # "Ford", then "Ford Motor Company"
                entity.add(mention)
                return
        named_before = self._outlet_called(short) or (
            self._shortened(mention) if mention.kind == "name" else None)
        if named_before is not None:
            named_before.add(mention)
            return
        in_short = self._short_before(key) if mention.kind == "name" else None
        if in_short is not None:
            in_short.name = short  # "the Fed", then "the Federal Reserve": named in full
            in_short.add(mention)
            return
        name = mention.text if mention.kind == "nominal" else short
        self._new(name, "ORG").add(mention)

    def _person_words(self) -> set[str]:
        """The folded words of the names of the people of the story so far."""
        return {fold(w) for e in self.entities if e.type == "PERSON" for w in _words(e.name)}

    def _short_before(self, core: str) -> Entity | None:
        """The organisation named earlier by a short name of the one named now in full:
        a name news uses for it ("the Fed" before "the Federal Reserve":
        ``organisation_short_names``) or a government office's name without its head
        ("Treasury" before "the Treasury Department": ``office_heads``)."""
        words = core.split()
        shorts = {short for short, full in lexicon.table("organisation_short_names").items()
                  if full == core}
        if len(words) > 1 and words[-1] in lexicon.words("office_heads"):
            shorts.add(" ".join(words[:-1]))
        found = [e for e in self.entities if e.type == "ORG" and org_core(e.name) in shorts]
        if not found:
            return None
        people = self._person_words()
        found = [e for e in found if fold(e.name) not in people]  # "Trump" is no "Trump
        # Administration"
        return found[0] if len(found) == 1 else None

    def _outlet_called(self, short: str) -> Entity | None:
        """The one outlet named so far whose name ends with ``short``, when ``short`` is an
        outlet word alone ("the Post" after "the Velmora Post"); else None."""
        if " " in short or short.lower() not in lexicon.words("outlet_words"):
            return None
        outlets = [e for e in self.entities if e.type == "ORG" and len(e.name.split()) > 1
                   and e.name.split()[-1] == short]
        return outlets[0] if len(outlets) == 1 else None

    def _shortened(self, mention: Mention) -> Entity | None:
        """The organisation named before that ``mention`` names again in short: by a name
        news uses for it ("the Fed": ``organisation_short_names``), by its head noun alone,
        capitalised ("the Department" after "the State Department": the latest), or by the
        first words of its name when only one such organisation was named ("Velmora"
        after "Velmora Capital Partners", "Treasury" after "Treasury Department": a
        government office's head, ``office_heads``). Not the body a named unit belongs to
        ("the House" beside "the House Agriculture Committee", "Velmora" beside "the
        Velmora Foundation"), the body behind a service, a business unit or a meeting
        ("Facebook Live", "Velmora Asset Management", "the G7 Summit"), one of two joined
        names, a place in an outlet's name, or a person's name ("Wren"). A court case's
        first party alone is the case ("Fisher" after "Fisher v. University of Texas")."""
        core = org_core(mention.text)
        words = core.split()
        organisations = [e for e in self.entities if e.type == "ORG"]
        if not words or lexicon.party_member(core) or lexicon.country_of(core):
            return None
        alias = lexicon.table("organisation_short_names").get(core)
        if alias:
            return next((e for e in organisations if org_core(e.name) == alias), None)
        heads = lexicon.words("unit_heads")
        if len(words) == 1 and core in heads:
            if not lexicon.strip_article(mention.text)[:1].isupper():
                return None
            named = [e for e in organisations if core in org_key(e.name).split()
                     and org_key(e.name) != core]  # "State Department", "Department of …"
            return max(named, key=lambda e: max(m.start for m in e.mentions), default=None)
        if all(w in lexicon.words("organisation_heads") for w in words):
            return None  # "American University": no name left to shorten
        cases = [e for e in self.entities if e.type == "LAW" and _first_party(e.name) == words]
        if len(cases) == 1:
            return cases[0]  # "Fisher" after "Fisher v. University of Texas"
        longer = [e for e in organisations if _opens_same_body(words, org_core(e.name).split())]
        if len(longer) != 1:
            return None
        people = self._person_words()
        if fold(mention.text.split()[-1]) in people or fold(words[0]) in people:
            return None  # "the Wren Foundation" … "Wren"
        return longer[0]

    def _government(self, mention: Mention) -> None:
        role = mention.roles[0]
        code, sector = mention.country or "", role.sector or "GOV"
        seat = lexicon.seat_of_power(mention.text)
        body = seat.body if seat else None  # "the State Department" is no "White House"
        key = ("government", code, sector, body or "")
        entity = self._keyed.get(key)
        if entity is None:
            noun = lexicon.table("sector_nouns").get(sector, "government")
            name = body or f"{lexicon.demonym_of(code)} {noun}"
            entity = self._new(name, "ORG", key)
            entity.sector = sector
        mention.roles = []
        entity.add(mention)

    # places and the rest ------------------------------------------------------------------
    def _other(self, mention: Mention) -> None:
        label = mention.label
        country_level = label in ("GPE", "NORP") and lexicon.country_of(mention.text) and (
            not gazetteer.constituent(mention.text, mention.country or ""))  # not "Wales"
        if country_level and mention.country and mention.people:  # "many Americans"
            key: tuple[str, ...] = ("people", mention.country, _group_key(mention.text))
            name, type_ = lexicon.strip_article(mention.text), "NORP"  # not "the Welsh"
        elif country_level and mention.country:
            key = ("country", mention.country)
            name, type_ = lexicon.country_name(mention.country), "GPE"
        elif label in ("GPE", "LOC", "FAC"):
            canonical = lexicon.canonical_place(mention.text)
            feature = gazetteer.feature(canonical) if label != "FAC" else None
            key = ("place", fold(feature.name if feature else canonical))  # "the Atlantic"
            name = canonical.title() if canonical.isupper() else canonical
            if feature and canonical.isupper():
                name = feature.name  # "USSR": the Soviet Union, not "Ussr"
            type_ = _LABEL_TYPE.get(label, label)
        elif label == "EVENT":
            key = (label, _numbered_key(_storm_name(mention.text)))
            name, type_ = lexicon.strip_article(mention.text), label
        else:
            key = (label, _group_key(mention.text) if label == "NORP"
                   else _numbered_key(mention.text))
            name, type_ = lexicon.strip_article(mention.text), _LABEL_TYPE.get(label, label)
        entity = self._keyed.get(key)
        if entity is None:
            entity = self._new(name, type_ if type_ in ENTITY_TYPES else "OTHER", key)
        entity.add(mention)


def _of_other_countries(mention: Mention, entity: Entity) -> bool:
    """Whether ``mention`` and ``entity`` are named after different countries ("the Bank of
    Canada", "the Bank of Japan": ``org_country.name_country``); "the Bank" after either is
    neither."""
    mine = name_country(mention.text)
    return mine is not None and any(
        (theirs := name_country(m.text)) is not None and theirs != mine
        for m in entity.mentions if m.kind == "name")


def _named_in(entity: Entity, names: tuple[str, ...]) -> bool:
    """Whether one of ``names`` is a name of ``entity``: the same surname, and given names
    that agree ("Barbara Bush" is not "Jeb Bush")."""
    if not names:
        return False  # most pronouns: no names to look through
    own = [_words(m.text) for m in entity.mentions if m.kind != "pronoun"]
    return any(words and mine and same_name(mine[-1], words[-1])
               and compatible_given_names(mine[:-1], words[:-1])
               for words in map(_words, names) for mine in own)


def _stands_at(entity: Entity, offset: int | None) -> bool:
    """Whether one of ``entity``'s mentions covers the character ``offset``."""
    return offset is not None and any(m.start <= offset < m.end for m in entity.mentions)


def _merged(entities: list[Entity], owner_of: Callable[[Entity], Entity | None]) -> list[Entity]:
    """``entities`` with each one that ``owner_of(entity)`` gives an owner for moved into
    that owner (its mentions kept in text order)."""
    kept = []
    for entity in entities:
        owner = owner_of(entity)
        if owner is None or owner is entity:
            kept.append(entity)
            continue
        for mention in entity.mentions:
            owner.add(mention)
        owner.mentions.sort(key=lambda m: m.start)
    return kept


def _lone_names_joined(entities: list[Entity]) -> list[Entity]:
    """A person named by one word only ("Qasem" in a headline before "Qasem Soleimani",
    "If Robert keeps blocking this") joins the one person of the article whose first or
    last name that word is."""
    owners: dict[str, list[Entity]] = {}
    for entity in entities:
        words = _words(entity.name)
        if entity.type == "PERSON" and len(words) > 1:
            for word in {words[0], words[-1]}:
                owners.setdefault(word, []).append(entity)

    def owner_of(entity: Entity) -> Entity | None:
        words = _words(entity.name)
        found = owners.get(words[0], []) if entity.type == "PERSON" and len(words) == 1 else []
        return found[0] if len(found) == 1 else None

    return _merged(entities, owner_of)


def _short_names_joined(entities: list[Entity]) -> list[Entity]:
    """A law named without its head word joins the law ("Glass-Steagall", "the
    Glass-Steagall Act"; a person "Okoro" beside "the Okoro Act" stays a person); an
    organisation named by the one word that opens the name of one university, college or
    institute of the article joins it ("Monmouth", "Monmouth University"), unless a person
    of the article has that name."""
    laws = {fold(e.name): e for e in entities if e.type == "LAW"}
    heads = lexicon.words("short_name_heads")
    people = {w for e in entities if e.type == "PERSON" for w in _words(e.name)}
    opened: dict[str, list[Entity]] = {}
    for entity in entities:
        words = _words(entity.name)
        if entity.type == "ORG" and len(words) == 2 and words[-1].lower() in heads:
            opened.setdefault(words[0], []).append(entity)

    def owner_of(entity: Entity) -> Entity | None:
        law = next((laws[key] for head in lexicon.words("statute_heads")
                    if (key := fold(f"{entity.name} {head}")) in laws), None)
        if law is not None and (entity.type in ("ORG", "OTHER", "LAW") or (
                entity.type == "PERSON" and "-" in entity.name)):  # "Dodd-Frank", not a
            return law  # person "Okoro" beside "the Okoro Act"
        words = _words(entity.name)
        found = opened.get(words[0], []) if entity.type == "ORG" and len(words) == 1 else []
        return found[0] if len(found) == 1 and words[0] not in people else None

    return _merged(entities, owner_of)


def _party_key(name: str) -> str | None:
    """The party word a name starts with ("Democrats", "Democratic Party" -> "democrat"),
    from ``party_members`` of ``actor_words.yaml``, else None."""
    alias = lexicon.table("party_aliases").get(lexicon.strip_article(name).lower())
    if alias:
        return alias  # "GOP", "G.O.P."
    first = name.lower().split()[0] if name.split() else ""
    members = sorted(lexicon.words("party_members"), key=len)
    endings = lexicon.words("party_word_endings")
    return next((member for member in members if first.startswith(member)
                 and first[len(member):] in endings), None)  # not "Greenlander"


def _numbered_key(name: str) -> str:
    """``fold`` of a name with its numbers kept: "Boeing 707" and "Boeing 737", "the 2016
    election" and "the 2020 election" are two."""
    return " ".join([fold(name), *re.findall(r"\d+", name)])


def _storm_name(name: str) -> str:
    """A storm's own name without the words of its kind ("Hurricane Dorval" and
    "Tropical Storm Dorval" -> "Dorval"); any other event's name unchanged."""
    words = name.split()
    for kind in lexicon.storm_kinds():
        if [w.lower() for w in words[: len(kind)]] == kind and len(words) > len(kind):
            return " ".join(words[len(kind) :])
    return name


def _group_key(name: str) -> str:
    """One key for a group's adjective and its plural noun: "Republican" and
    "Republicans", "Democratic" and "Democrats" (``party_members``), "Houthi" and
    "Houthis"."""
    words = lexicon.strip_article(name).split()
    if len(words) == 1 and lexicon.party_member(words[0]):
        return _party_key(words[0]) or ""
    key = fold(" ".join(words))
    if len(key) > 5 and key.endswith("ish"):
        return key[:-3]  # "Kurdish" as "Kurds", "Turkish" as "Turks"
    return key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key


def _parties_joined(entities: list[Entity]) -> list[Entity]:
    """Party adjectives and members ("Democratic", "Democrats") join the party the article
    names ("the Democratic Party"), when it names one."""
    named = [e for e in entities if e.type == "ORG" and org_core(e.name).endswith(" party")]
    aliases = lexicon.table("party_aliases")
    short = [e for e in entities
             if e.type == "ORG" and lexicon.strip_article(e.name).lower() in aliases]
    parties = {_party_key(org_core(e.name)): e for e in short + named}  # the full name wins
    parties.pop(None, None)
    joined = _merged(entities, lambda e: parties.get(_party_key(e.name))
                     if e.type == "NORP" or e in short else None)
    party_names = lexicon.table("party_names")
    for entity in joined:  # "Republican Ivo Pratt", "Democrats": the party, an ORG
        key = _party_key(entity.name) if entity.type == "NORP" else None
        if key in party_names and entity not in parties.values():
            entity.type, entity.name = "ORG", party_names[key]
    return joined


def _specific_codes(entity: Entity) -> set[str]:
    """The Phoenix codes of an organisation's names that single out one group (see
    ``lexicon.is_specific_code``: "IMGMUSISI" for both "ISIS" and "ISIL")."""
    names = {entity.name} | {m.text for m in entity.mentions if m.kind == "name"}
    return {code for name in names for code in lexicon.actor_codes(name)
            if lexicon.is_specific_code(code)}


def _same_actors_joined(entities: list[Entity]) -> list[Entity]:
    """Organisations and groups that Phoenix codes as one actor are one entity ("ISIS",
    later "ISIL")."""
    owners: dict[str, Entity] = {}
    for entity in entities:
        if entity.type in ("ORG", "NORP"):
            for code in _specific_codes(entity):
                owners.setdefault(code, entity)

    def owner_of(entity: Entity) -> Entity | None:
        if entity.type not in ("ORG", "NORP"):
            return None
        found = {id(owners[c]): owners[c] for c in _specific_codes(entity) if c in owners}
        return next(iter(found.values())) if len(found) == 1 else None

    return _merged(entities, owner_of)


_NAMED_THINGS = ("ORG", "OTHER", "EVENT", "LAW", "NORP")


def _same_names_joined(entities: list[Entity]) -> list[Entity]:
    """A name the model typed two ways is one referent: "wrote on Twitter" (OTHER) and "via
    Twitter" (ORG), the later entity joining the first, an organisation's type winning; a
    one-word "person" named like an organisation ("Wikinews spoke to") joins it; and a
    one-word organisation or place that is the surname of one person named in full
    ("in a dead heat with Brennick") joins that person; a "place" no gazetteer knows joins
    the organisation of its name."""
    first: dict[str, Entity] = {}
    for entity in entities:
        if entity.type in _NAMED_THINGS:
            owner = first.setdefault(org_key(entity.name), entity)
            if owner is not entity and entity.type == "ORG":
                owner.type = "ORG"
    surnames: dict[str, list[Entity]] = {}
    for entity in entities:
        words = _words(entity.name)
        if entity.type == "PERSON" and len(words) > 1:
            surnames.setdefault(org_key(words[-1]), []).append(entity)

    def owner_of(entity: Entity) -> Entity | None:
        key = org_key(entity.name)
        if entity.type in _NAMED_THINGS:
            if entity.type == "ORG" and len(entity.name.split()) == 1 and len(
                    surnames.get(key, [])) == 1 and not lexicon.is_organisation(entity.name):
                return surnames[key][0]
            return first.get(key)
        if entity.type == "PERSON" and len(entity.name.split()) == 1:
            return first.get(key)
        if entity.type in ("GPE", "LOC") and not _gazetted(entity.name):
            owner = first.get(key)  # "Met Velmora" typed a place once, an organisation once
            return owner if owner is not None and owner.type == "ORG" else None
        return None

    return _merged(entities, owner_of)


def _gazetted(name: str) -> bool:
    """Whether the gazetteer knows a place called ``name``."""
    return bool(lexicon.country_of(name) or lexicon.town(name) or lexicon.subdivision(
        name, any_level=True) or gazetteer.feature(lexicon.canonical_place(name)))


def _people_not_country(entity: Entity) -> None:
    """A country written only as its people's adjective ("the Czech model") is that
    people (NORP), named by the adjective, with its country code."""
    if entity.type != "GPE" or not entity.country:
        return
    named = [m for m in entity.mentions if m.kind == "name"]
    if named and all(lexicon.people_word(m.text) for m in named):
        entity.type, entity.name = "NORP", named[0].text


def _peoples_joined(entities: list[Entity]) -> list[Entity]:
    """A people named by its adjective ("American officials") and by its noun ("many
    Americans") is one entity, the first."""
    first: dict[tuple[str | None, str], Entity] = {}
    for entity in entities:
        if entity.type == "NORP" and entity.country:
            first.setdefault((entity.country, _group_key(entity.name)), entity)
    return _merged(entities, lambda e: first.get((e.country, _group_key(e.name)))
                   if e.type == "NORP" and e.country else None)


def cluster(
    mentions: list[Mention],
    pronoun_window: int = settings.PRONOUN_WINDOW_SENTENCES,
    name_similarity: int = settings.NAME_SIMILARITY,
) -> list[Entity]:
    """Group ``mentions`` (in text order) into entities numbered E1, E2, … by first mention.

    pronoun_window: how many sentences back a pronoun looks for its person.
    name_similarity: rapidfuzz ratio from which two spellings are one name.
    """
    clusterer = Clusterer(pronoun_window, name_similarity)
    for mention in _pointed_after(mentions):
        clusterer.add(mention)
    entities = _parties_joined([e for e in clusterer.entities if e.mentions])
    entities = _same_actors_joined(_same_names_joined(_lone_names_joined(entities)))
    entities = _short_names_joined(entities)
    for entity in entities:
        _people_not_country(entity)
    entities = _peoples_joined(entities)
    for number, entity in enumerate(entities, start=1):
        entity.id = f"E{number}"
        entity.mentions.sort(key=lambda m: m.start)
    return entities


def _first_party(name: str) -> list[str]:
    """The core words of the first party of a court case's name ("Fisher v. University of
    Texas" -> ["fisher"]), else []."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in lexicon.words("case_markers")), 0)
    return org_core(" ".join(words[:cut])).split() if cut else []


def _opens_same_body(short: list[str], known: list[str]) -> bool:
    """Whether the words ``short`` open the name ``known`` of the same body (both cores):
    what follows is no second name ("Alphabet and Facebook"), no outlet, service, business
    unit or meeting ("Facebook Live", "the G7 Summit": ``offshoot_words``), and no unit of
    its own ("House Agriculture Committee", "Velmora Foundation"; "Treasury Department" is
    the Treasury: ``office_heads``)."""
    rest = known[len(short):]
    if known[: len(short)] != short or not rest or rest[0] in ("and", "&"):
        return False
    if rest[-1] in lexicon.words("outlet_words") | lexicon.words("offshoot_words"):
        return False
    unit = rest[-1] in lexicon.words("unit_heads")
    return not unit or (len(rest) == 1 and rest[0] in lexicon.words("office_heads"))


def _pointed_after(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` in text order, except that a pronoun pointing ahead to a name
    (``Mention.ahead_at``) comes right after that name's mention."""
    starts = {m.start for m in mentions if m.kind != "pronoun"}
    waiting: dict[int, list[Mention]] = {}
    ordered = []
    for mention in mentions:
        if mention.ahead_at in starts and mention.ahead_at > mention.start:
            waiting.setdefault(mention.ahead_at, []).append(mention)
            continue
        ordered.append(mention)
        ordered += waiting.pop(mention.start, []) if mention.kind != "pronoun" else []
    return ordered
