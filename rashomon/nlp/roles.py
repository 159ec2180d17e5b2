"""Roles stated next to a name: "Chinese Foreign Ministry spokesperson Lin Wei",
"Abebe Tadesse, Ethiopia's defence minister," -> title, of (a country or an organisation)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from rashomon.nlp import lexicon
from rashomon.nlp.entities import Role

_POSSESSIVE = {"'s", "’s", "'", "’"}
_FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in"}


def _country_of_words(words: list[str]) -> str | None:
    text = " ".join(words)
    if not words:
        return None
    return lexicon.country_code(text) or (
        lexicon.demonym_country(text) if len(words) <= 2 else None
    )


def _title_suffix(words: list[str]) -> int:
    """How many trailing ``words`` form the longest known title (0 if none)."""
    table = lexicon.titles()
    for size in range(min(len(words), lexicon.max_title_words()), 0, -1):
        if " ".join(words[-size:]).lower() in table:
            return size
    return 0


def role_from_words(words: list[str]) -> tuple[Role | None, str | None]:
    """Read a role from the words before a name; returns (role, country of the holder).

    ["Russian", "Foreign", "Ministry", "spokesperson"] -> spokesperson of "Russian Foreign
    Ministry", RUS; ["Ukrainian", "President"] -> President of UKR, UKR.
    """
    words = [w for w in words if w not in _POSSESSIVE and w.lower() not in ("the", "a", "an")]
    size = _title_suffix(words)
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
    return frozenset(w for w in words if w not in _FUNCTION_WORDS)


def _premodifier_tokens(name: Span) -> list[Token]:
    """Tokens of the same noun phrase that stand before the name and modify it."""
    doc = name.doc
    start = name.start
    while start > 0 and name.start - start < 8:
        token = doc[start - 1]
        modifies_right = token.i < token.head.i < name.end
        lexical = token.lower_ in _title_words() or lexicon.demonym_country(token.text)
        if token.is_space or not (modifies_right or lexical or token.text in _POSSESSIVE):
            break
        if token.is_punct and token.text not in _POSSESSIVE:
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
            first = next((t for t in tokens if t.lower_ not in ("the", "a", "an")), tokens[0])
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
