"""The country the text gives an organisation where it names it:

- a description right before the name: "British supermarket chain Tesco", "the
  Denmark-based retailer Salling Group", "US automakers GM and Chrysler" (every name of
  the list);
- a country's possessive: "Russia's VSMPO", "Japan's largest carmaker Toyota";
- a list under a described plural: "German firms including Deutsche Bahn and Siemens";
- its own name, where a country ends it or follows "of" ("Air Canada", "Bank of England",
  "the Federal Aviation Office of Germany"; not "EADS North America", "New England
  Journal of Medicine"); a country that starts it is read by the caller.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.nlp.common import lexicon

_DESCRIPTION_WORDS = 5  # how far back a description of the name may start
_LIST_PREPOSITIONS = {"including", "like", "as"}  # "firms including X", "such as X"


def described_country(ent: Span) -> str | None:
    """The country the text states for the organisation ``ent`` (see the module's notes),
    else None."""
    own = _country_before(ent)
    if own or not (ent.start and ent.doc[ent.start - 1].text in ("and", ",", "&")):
        return own or _listed_under(ent.root)  # "… and Surinam carrier Blue Wing": its own
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_ == "ORG":
        first = first.head  # "GM" of "US automakers GM and Chrysler"
    head = _entity_of(first) or ent
    return _country_before(head) or _listed_under(first)


def name_country(name: str) -> str | None:
    """The one country that ends ``name`` or follows "of" in it (see the module's notes)."""
    words = lexicon.strip_article(name).split()
    found = set()
    for size in (1, 2, 3):
        for start in range(1, len(words) - size + 1):
            end = start + size
            before = words[start - 1]
            if before.lower() in lexicon.words("directions") | lexicon.words("place_openers"):
                continue  # "EADS North America", "New England Journal of Medicine"
            if end == len(words) or before.lower() == "of" or (
                    before.lower() == "the" and start > 1 and words[start - 2] == "of"):
                country = lexicon.unambiguous_country(" ".join(words[start:end]))
                if country and lexicon.country_code(" ".join(words[start:end])):
                    found.add(country)
    return found.pop() if len(found) == 1 else None


def _country_before(ent: Span) -> str | None:
    """The country of a description or a possessive right before ``ent``."""
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < _DESCRIPTION_WORDS and (
            doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT", "PART")
            or doc[start - 1].tag_ == "VBN"):  # "Denmark-based"
        if doc[start - 1].is_punct and doc[start - 1].text != "-":
            break
        start -= 1
    words = doc[start : ent.start]
    if not len(words):
        return None
    owner = [i for i, t in enumerate(words) if t.text in lexicon.words("possessives")]
    if owner and owner[0] > 0:  # "Russia 's VSMPO", "Japan 's largest carmaker Toyota"
        named = _name_at(words[owner[0] - 1])  # not "New Jersey 's", "Georgia 's"
        return lexicon.unambiguous_country(named.text) if named is not None and (
            named.label_ == "GPE") and lexicon.country_code(named.text) and not (
            _surname(named)) else None
    if not _organisation_noun(words[-1]):
        return None
    return _country_in([t.text for t in words])


def _listed_under(first: Token) -> str | None:
    """The country of a plural organisation noun a list of names is given under ("German
    firms including Deutsche Bahn, Deutsche Telekom and Siemens")."""
    preposition = first.head
    if first.dep_ != "pobj" or preposition.lower_ not in _LIST_PREPOSITIONS:
        return None
    noun = preposition.head
    if noun.lower_ == "such":  # "firms such as X"
        noun = noun.head
    if not _organisation_noun(noun) or noun.tag_ != "NNS":
        return None
    return _country_in([t.text for t in noun.lefts])


def _country_in(words: list[str]) -> str | None:
    """The first country or people named by one to three of ``words`` ("United States")."""
    for start in range(len(words)):
        for size in (3, 2, 1):
            country = lexicon.country_of(" ".join(words[start : start + size]))
            if country:
                return country
    return None


def _organisation_noun(token: Token) -> bool:
    """Whether ``token`` is one of the ``organisation_nouns``, singular or plural."""
    nouns = lexicon.words("organisation_nouns")
    word = token.lower_
    return word in nouns or token.lemma_.lower() in nouns or (
        word.endswith("s") and word[:-1] in nouns)


def _entity_of(token: Token) -> Span | None:
    """The organisation name ``token`` stands in."""
    found = _name_at(token)
    return found if found is not None and found.label_ == "ORG" else None


def _surname(name: Span) -> bool:
    """Whether ``name`` is also a word of a person's name in the text ("Michael Jordan" …
    "Jordan's Pellin Brands")."""
    return any(e.label_ == "PERSON" and name.text in e.text.split() for e in name.doc.ents)


def _name_at(token: Token) -> Span | None:
    """The name ``token`` stands in."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
