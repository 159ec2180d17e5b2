"""Roles stated next to a name: "Chinese Foreign Ministry spokesperson Lin Wei",
"Abebe Tadesse, Ethiopia's defence minister," -> title, of (a country or an organisation)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from rashomon.nlp.actors.types import Role
from rashomon.nlp.common import lexicon

_FUNCTION_WORDS = {"of", "and", "for", "to", "in"}


def _country_of_words(words: list[str]) -> str | None:
    text = " ".join(words)
    if not words:
        return None
    return lexicon.country_code(text) or (
        lexicon.demonym_country(text) if len(words) <= 2 else None
    )


def role_from_words(words: list[str]) -> tuple[Role | None, str | None]:
    """Read a role from the words before a name; returns (role, country of the holder).

    ["Russian", "Foreign", "Ministry", "spokesperson"] -> spokesperson of "Russian Foreign
    Ministry", RUS; ["Ukrainian", "President"] -> President of UKR, UKR.
    """
    skip = lexicon.words("possessives") | lexicon.words("articles")
    words = [w for w in words if w.lower() not in skip]
    size = lexicon.title_suffix(words)
    if not size:
        return None, None
    title_words, rest = words[-size:], words[:-size]
    info = lexicon.titles()[" ".join(title_words).lower()]
    title = " ".join(title_words)
    country = _country_of_words(rest)
    of: str | None = country
    if rest and not country:
        of = " ".join(rest)
        seat = lexicon.seat_of_power(of)
        country = (
            (seat.country if seat else None)
            or lexicon.demonym_country(rest[0])
            or lexicon.country_code(rest[0])
        )
    return Role(title=title, of=of, sector=info.sector or None), country


@cache
def _title_words() -> frozenset[str]:
    words = {word for title in lexicon.titles() for word in title.split()}
    function_words = _FUNCTION_WORDS | lexicon.words("articles")
    return frozenset(w for w in words if w not in function_words)


def _premodifier_tokens(name: Span) -> list[Token]:
    """Tokens of the same noun phrase that stand before the name and modify it."""
    doc = name.doc
    start = name.start
    while start > 0 and name.start - start < 8:
        token = doc[start - 1]
        modifies_right = token.i < token.head.i < name.end
        lexical = token.lower_ in _title_words() or lexicon.demonym_country(token.text)
        possessive = token.text in lexicon.words("possessives")
        if token.is_space or not (modifies_right or lexical or possessive):
            break
        if token.is_punct and not possessive:
            break
        start -= 1
    return list(doc[start : name.start])


def premodifier_role(name: Span) -> tuple[Role | None, str | None, int]:
    """The role in the words right before ``name``; also the holder's country and the start
    offset of the role phrase (``name.start_char`` when there is none)."""
    tokens = _premodifier_tokens(name)
    while tokens:
        role, country = role_from_words([t.text for t in tokens])
        if role:
            articles = lexicon.words("articles")
            first = next((t for t in tokens if t.lower_ not in articles), tokens[0])
            return role, country, first.idx
        tokens = tokens[1:]
    return None, None, name.start_char


def appositive_role(name: Span) -> tuple[Role | None, str | None]:
    """The role in an appositive after ``name``: "Abebe Tadesse, Ethiopia's defence minister"."""
    for child in name.root.children:
        if child.dep_ != "appos" or child.i < name.end:
            continue
        words = [t.text for t in child.lefts] + [child.text]
        role, country = role_from_words(words)
        if role is None:
            continue
        for prep in (c for c in child.rights if c.dep_ == "prep" and c.lower_ == "of"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                target = " ".join(t.text for t in objects[0].subtree)
                code = lexicon.country_code(target)
                role.of = role.of or code or lexicon.strip_article(target)
                country = country or code
        return role, country
    return None, None
