"""The country the text gives an organisation where it names it:

- a description right before the name: "British supermarket chain Tesco", "the
  Denmark-based retailer Salling Group", "US automakers Velmora and Harwick" (every name of
  the list);
- a description set off after the name, or before it by a comma: "Harwick Motors, the
  Korean company", "Pellin Motors, the United States's largest carmaker", "the
  Italian company, Velmora";
- a people's adjective right before the name: "South Korean Harwick Motor Company";
- a country after "of": "Harwick Pellin Motors of Korea";
- a country's possessive: "Russia's Kalinor", "Japan's largest carmaker Osterbach";
- a place it is based in: "Detroit-based Velmora", "Velmora, which is based in Ohio,";
  a place a site is in: "Harwick University in Nashville, Tennessee"; the country or state
  a public body is in: "the Court of Session in Scotland";
- a description with a country after "in": "Pellin, the largest broadcaster in the
  Philippines";
- a list under a described plural: "German firms including Pellin Werke and Osterbach Logistik",
  "the largest US automakers, Velmora Motors, Harwick and Pellin";
- the town or state a local body or a site is named after: "Toronto Police", "the Lagos
  State Government", "Baghdad International Airport", "the University of Colorado";
- its own name, where a country ends it (but for a legal form) or follows "of" ("Air
  Canada", "Velmora Ireland Limited", "Bank of England",
  "the Federal Harbour Office of Germany"; not "Pellin North America", "New England
  Journal of Medicine"); a country that starts it is read by the caller.
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.common import gazetteer, lexicon
from rashomon.nlp.common.phrases import name_at

_DESCRIPTION_WORDS = 5  # how far back a description of the name may start


def described_country(ent: Span) -> str | None:
    """The country the text states for the organisation ``ent`` (see the module's notes),
    else None."""
    own = _country_after(ent) or _country_before(ent) or _based_in(ent) or sited_country(
        ent) or _public_body_in(ent)  # ", a US firm" over "the Italian company, Velmora,":
    # the description of the name itself first
    if own or not (ent.start and ent.doc[ent.start - 1].text in ("and", ",", "&")):
        return own or _listed_under(ent.root)  # "… and Surinam carrier Velmora Air": its own
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_ == "ORG":
        first = first.head  # "Velmora" of "US automakers Velmora and Harwick"
    head = name_at(first, ("ORG",)) or ent
    return _country_before(head) or _listed_under(first)


@lru_cache(maxsize=4096)
def name_country(name: str) -> str | None:
    """The one country that ends ``name`` or follows "of" in it (see the module's notes)."""
    words = lexicon.strip_article(name).split()
    found = set()
    for size in (1, 2, 3):
        for start in range(1, len(words) - size + 1):
            end = start + size
            before = words[start - 1]
            if before.lower() in lexicon.words("directions") | lexicon.words("place_openers"):
                continue  # "Pellin North America", "New England Journal of Medicine"
            ends = end == len(words) or all(  # "Velmora Ireland Limited": a legal form after
                w.lower() in lexicon.words("legal_forms") for w in words[end:])
            if ends or before.lower() == "of" or (
                    before.lower() == "the" and start > 1 and words[start - 2] == "of"):
                country = lexicon.unambiguous_country(" ".join(words[start:end]))
                if country and lexicon.country_code(" ".join(words[start:end])):
                    found.add(country)
    return found.pop() if len(found) == 1 else None


def _country_after(ent: Span) -> str | None:
    """The country of a description set off after ``ent`` (", the Korean company"), or of
    "of" and a country right after it ("Harwick Pellin Motors of Korea")."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and ent.start <= doc[end].head.i < end:
        size = next((size for size in (3, 2, 1) if lexicon.country_code(
            doc[end + 1 : end + 1 + size].text) and not any(
            t.text in lexicon.words("possessives") for t in doc[end + 1 : end + 1 + size])), 0)
        country = lexicon.country_code(doc[end + 1 : end + 1 + size].text) if size else None
        owned = end + 1 + size < len(doc) and doc[end + 1 + size].text in lexicon.words(
            "possessives")  # "a report by X of Egypt's prisons"
        return country if country and not owned and lexicon.unambiguous_country(
            lexicon.country_name(country)) else None
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in (
            lexicon.words("articles")):
        return None
    words: list[Token] = []
    for token in doc[end + 2 : end + 2 + _DESCRIPTION_WORDS + 2]:
        owner = token.text in lexicon.words("possessives") and not (
            words and lexicon.country_code((name_at(words[-1]) or words[-1]).text))  # "the
        # United States's"
        if (token.is_punct and token.text not in ("-", "–")) or token.pos_ == "ADP" or owner:
            return None  # "the Japanese automaker's rival", "the unit of German group X"
        words.append(token)
        if _organisation_noun(token):
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and after.text in lexicon.words("possessives"):
                return None  # "the Mexican plant's new owner": another's description
            return _country_in(words[:-1]) or _country_in_place(token)
    return None


def _country_in_place(noun: Token) -> str | None:
    """The country named right after "in" that follows ``noun`` ("the largest broadcaster
    in the Philippines")."""
    named = _place_after_in(noun.doc, noun.i + 1)
    return lexicon.unambiguous_country(named.text) if named is not None else None


def _place_after_in(doc: Doc, at: int) -> Span | None:
    """The place (GPE) named right after "in" (and "the") at token ``at``, else None."""
    if at + 1 >= len(doc) or doc[at].lower_ != "in":
        return None
    named = name_at(doc[at + 2] if doc[at + 1].lower_ == "the" and at + 2 < len(doc)
                    else doc[at + 1])
    return named if named is not None and named.label_ == "GPE" else None


def _based_in(ent: Span) -> str | None:
    """The country of the place an organisation is said to be based in: "Detroit-based
    Velmora", "Velmora, which is based in Detroit," "Velmora is headquartered in Ohio"
    (a country, a state of one country, or a city of 100,000 or more people)."""
    doc = ent.doc
    if _international(ent):
        return None  # "the Paris-based United Nations agency": of no one country
    if ent.start > 2 and doc[ent.start - 1].lower_ in lexicon.words("based_words") and (
            doc[ent.start - 2].text in ("-", "–")):
        return _place_country(name_at(doc[ent.start - 3]))
    at = ent.end
    while at < len(doc) and at - ent.end < 4 and doc[at].lower_ in (
            ",", "which", "that", "is", "was", "remains", "now"):
        at += 1
    if at + 2 < len(doc) and doc[at].lower_ in lexicon.words("based_words") and (
            doc[at + 1].lower_ == "in"):
        return _place_country(name_at(doc[at + 2]))
    return None


def sited_country(ent: Span) -> str | None:
    """The country of the place a site is said to be in, where its name has one of the
    ``site_heads`` ("Harwick University in Nashville, Tennessee", "Pellin Airport, Sola in
    Norway"); not any organisation ("Velmora in China faces new rules"), nor a body of many
    countries."""
    doc, at = ent.doc, ent.end
    if not any(t.lower_ in lexicon.words("site_heads") for t in ent) or _international(
            ent, sited=True):
        return None
    if at + 2 < len(doc) and doc[at].text == "," and (town := name_at(doc[at + 1])) is not None:
        at = town.end  # "Pellin Airport, Sola in Norway"
    if at + 1 < len(doc) and doc[at].lower_ == "in":
        return _place_country(name_at(doc[at + 1]))
    return None


@lru_cache(maxsize=4096)
def named_for_place(name: str) -> str | None:
    """The town or state a local body or a site is named after: the place opens the name
    and a local body's name (``local_body_names``) or a site's head word follows ("Toronto
    Police", "Osaka City Council", "Baghdad International Airport", "Colorado State
    University"; ``place_named_sites``), or a site's head word comes before "of" and the
    place ("the University of Colorado"). Not a country (whose bodies are read by its
    name). Else None."""
    words = lexicon.strip_article(name).split()
    sites = lexicon.words("place_named_sites")
    if len(words) > 2 and words[0].lower() in sites and words[1] == "of":
        place = " ".join(words[2:])
        return place if place_countries(place) else None
    for size in (3, 2, 1):
        place, rest = " ".join(words[:size]), [w.lower() for w in words[size:]]
        if rest and (" ".join(rest) in lexicon.words("local_body_names") or (
                rest[-1] in sites and all(w[:1].isupper() for w in words[size:]))) and (
                place_countries(place)):
            return place
    return None


@lru_cache(maxsize=4096)
def place_countries(place: str) -> frozenset[str]:
    """The countries that have a state called ``place`` in ISO 3166-2 (not only an English
    name for one: "Holy Cross" for Swietokrzyskie) or a city of
    ``settings.NAMESAKE_CITY_POPULATION`` or more people of that name ("Durham": GBR, USA);
    none for a country's own name ("Canada Post", "University of Georgia")."""
    if lexicon.country_code(place):
        return frozenset()
    states = lexicon.iso_subdivision_countries(place)
    cities = {c.country for c in gazetteer.cities(lexicon.canonical_place(place))
              if c.country and c.population >= settings.NAMESAKE_CITY_POPULATION}
    return frozenset(states | cities)


def _public_body_in(ent: Span) -> str | None:
    """The country or state of one country written right after "in" that follows a public
    body's name ("the Court of Session in Scotland", "the Harwick Commission in Texas"):
    the country it serves. Not a town ("the Court of Arbitration for Sport in Lausanne"
    sits there), nor a body of many countries, nor a company ("Velmora in China")."""
    heads = lexicon.table("public_body_heads")
    if not any(t.lower_ in heads for t in ent) or _international(ent):
        return None
    named = _place_after_in(ent.doc, ent.end)
    if named is None:
        return None
    return lexicon.unambiguous_country(named.text) or lexicon.state_country(named.text)


def _international(ent: Span, sited: bool = False) -> bool:
    """Whether ``ent`` names a body of many countries ("United Nations", "World Health
    Organization", a Phoenix IGO or NGO); of a site (``sited``), "international" and
    "global" are no sign ("Pellin International Airport")."""
    plain = {"international", "global"} if sited else set()
    return any(w.lower_ in lexicon.words("international_words") - plain for w in ent) or any(
        code[:3] in ("IGO", "NGO") for code in lexicon.actor_codes(ent.text))


def _place_country(named: Span | None) -> str | None:
    """The country of a place name, or of the state or country written after it
    ("Cambridge, Massachusetts"): a country, a state of one country, or a city of
    ``settings.BASED_IN_CITY_POPULATION`` or more people; else None."""
    if named is None or named.label_ not in ("GPE", "LOC"):
        return None
    doc = named.doc
    if named.end + 1 < len(doc) and doc[named.end].text == ",":
        qualifier = name_at(doc[named.end + 1])
        if qualifier is not None and qualifier.label_ in ("GPE", "LOC"):
            return lexicon.unambiguous_country(qualifier.text) or lexicon.state_country(
                qualifier.text) or lexicon.subdivision_country(qualifier.text)
    found = lexicon.unambiguous_country(named.text) or lexicon.state_country(named.text)
    if found:
        return found
    city = lexicon.city(named.text)
    return city[1] if city and city[0] >= settings.BASED_IN_CITY_POPULATION else None


def _country_before(ent: Span) -> str | None:
    """The country of a description or a possessive right before ``ent``."""
    doc = ent.doc
    start = ent.start
    if start > 1 and doc[start - 1].text == "," and _organisation_noun(doc[start - 2]) and (
            doc[start - 2].tag_ == "NN" and (ent.root.dep_ == "appos" or (
                ent.end < len(doc) and doc[ent.end].text == ","))):
        start -= 1  # "the Italian company, Velmora,"; not "… Chinese companies, Twitter has"
    while start > 0 and ent.start - start < _DESCRIPTION_WORDS and (
            doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT", "PART")
            or doc[start - 1].tag_ == "VBN"):  # "Denmark-based"
        if doc[start - 1].is_punct and doc[start - 1].text != "-" and (
                doc[start - 1].text not in lexicon.words("possessives")):
            break  # "the United States' Centers for Disease Control": an owner, read below
        start -= 1
    words = doc[start : ent.start]
    if len(words) and words[-1].text == ",":
        words = words[:-1]
    if not len(words):
        return None
    owner = [i for i, t in enumerate(words) if t.text in lexicon.words("possessives")]
    if owner and owner[0] > 0:  # "Russia 's Kalinor", "Japan 's largest carmaker Osterbach"
        named = name_at(words[owner[0] - 1])  # not "New Jersey 's", "Georgia 's"
        return lexicon.unambiguous_country(named.text) if named is not None and (
            named.label_ == "GPE") and lexicon.country_code(named.text) and not (
            _surname(named)) else None
    if not _organisation_noun(words[-1]):  # "South Korean Harwick": a people's adjective
        plain = [t.text for t in words if t.lower_ not in lexicon.words("articles")]
        people = " ".join(plain)
        return lexicon.demonym_country(people) if plain and lexicon.people_word(people) and (
            words[-1].i == ent.start - 1 and ent.root.dep_ != "compound") else None
    return _country_in(list(words))  # not "Israeli Harbour Front clashes": of the clashes


def _listed_under(first: Token) -> str | None:
    """The country of a plural organisation noun a list of names is given under ("German
    firms including Pellin Werke, Velmora Bahn and Osterbach Logistik") or set beside ("US
    automakers, Velmora Motors and Harwick")."""
    preposition = first.head
    if first.dep_ == "appos" and _organisation_noun(preposition) and (
            preposition.tag_ == "NNS" and preposition.i < first.i):
        return _country_in(list(preposition.lefts))  # "the largest US automakers, Velmora
        # Motors, Harwick and Pellin,"
    if first.dep_ != "pobj" or preposition.lower_ not in lexicon.words("list_prepositions"):
        return None
    noun = preposition.head
    if noun.lower_ == "such":  # "firms such as X"
        noun = noun.head
    if not _organisation_noun(noun) or noun.tag_ != "NNS":
        return None
    return _country_in(list(noun.lefts))


def _country_in(tokens: list[Token]) -> str | None:
    """The first country or people named by one to three of ``tokens`` ("United States"),
    else the country of a state or large city the model read as a place ("the Florida
    company", "the Detroit automaker": one of ``place_countries``); not a backer ("the
    Iranian-backed group": ``backing_words``)."""
    words = [t.text for t in tokens]
    for start in range(len(words)):
        for size in (3, 2, 1):
            country = lexicon.country_of(" ".join(words[start : start + size]))
            if country and not _backs(tokens[min(start + size, len(tokens)) - 1]):
                return country
    for start in range(len(words)):
        for size in (3, 2, 1):
            place = tokens[start : start + size]
            if len(place) == size and all(t.ent_type_ == "GPE" for t in place) and not (
                    _backs(place[-1])):
                countries = place_countries(" ".join(words[start : start + size]))
                if len(countries) == 1:
                    return next(iter(countries))
    return None


def _backs(token: Token) -> bool:
    """Whether ``token`` is joined by a hyphen to one of the ``backing_words`` ("Iranian"
    of "Iranian-backed"): a country behind the organisation, not its own."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") and (
        doc[token.i + 2].lower_ in lexicon.words("backing_words"))


def _organisation_noun(token: Token) -> bool:
    """Whether ``token`` is one of the ``organisation_nouns`` or ``description_nouns``,
    singular or plural."""
    nouns = _description_heads()
    word = token.lower_
    return word in nouns or token.lemma_.lower() in nouns or (
        word.endswith("s") and word[:-1] in nouns)


@cache
def _description_heads() -> frozenset[str]:
    """The ``organisation_nouns`` and ``description_nouns``, joined once."""
    return lexicon.words("organisation_nouns") | lexicon.words("description_nouns")


def _surname(name: Span) -> bool:
    """Whether ``name`` is also a word of a person's name in the text ("Michael Jordan" …
    "Jordan's Pellin Brands")."""
    return any(e.label_ == "PERSON" and name.text in e.text.split() for e in name.doc.ents)
