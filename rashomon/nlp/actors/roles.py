"""Roles stated next to a name: "Chinese Foreign Ministry spokesperson Lin Wei",
"Abebe Tadesse, Ethiopia's defence minister," -> title, of (a country or an organisation)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.nlp.actors.types import Role
from rashomon.nlp.common import lexicon


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
    office = _office_of(words)
    if office:  # "Senator from Vermont", "President of the United States"
        role, country = role_from_words(office[0])
        if role is not None:
            code = lexicon.country_code(office[1])
            role.of = code or office[1]
            role.country = code or lexicon.subdivision_country(office[1]) or role.country
            country = role.country
        return role, country
    posted = _posted_to(words)
    if posted:  # "US Ambassador to Germany": the title is "Ambassador to Germany"
        role, country = role_from_words(words[:posted])
        if role is not None:
            role.title = " ".join([role.title, *words[posted:]])
        return role, country
    while words and words[0].lower() in lexicon.words("possessive_pronouns"):
        words = words[1:]  # "its chairman": the owner is not named here
    size = lexicon.title_suffix(words)
    if not size:
        return None, None
    size = lexicon.modified_title(words, size)
    title_words, rest = words[-size:], words[:-size]
    while rest and rest[-1][:1].islower() and not lexicon.demonym_country(rest[-1]):
        title_words.insert(0, rest.pop())  # "incumbent President", "presidential nominee"
    modifiers = [w for w in rest if w.lower().rstrip("-") in lexicon.words("title_modifiers")]
    title_words = modifiers + title_words  # "former Minnesota governor": "former governor"
    rest = [w for w in rest if (w[:1].isupper() or lexicon.demonym_country(w))
            and w not in modifiers]
    while title_words and title_words[0].lower() in lexicon.words("role_fillers"):
        title_words.pop(0)  # "a", "under": not part of the title
    if not title_words:
        return None, None
    info = lexicon.title_info(" ".join(title_words))
    title = " ".join(title_words)
    country = _country_of_words(rest)
    of: str | None = country
    if rest and not country:
        of = " ".join(rest)
        country = organisation_country(of) or (
            lexicon.demonym_country(rest[0]) or lexicon.country_code(rest[0])
        )
    sector = info.sector if info else None
    return Role(title=title, of=of, sector=sector or None, country=country), country


def _posted_to(words: list[str]) -> int:
    """Where "to <country>" follows a title ("Ambassador to Germany", "envoy to the UN"):
    the index of "to", else 0."""
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() in ("to", "for") and lexicon.title_suffix(words[:index]):
            rest = " ".join(words[index + 1 :])
            if rest and (lexicon.country_code(rest) or rest[:1].isupper()) and (
                    rest.lower() not in lexicon.titles()):
                return index
    return 0


def _office_of(words: list[str]) -> tuple[list[str], str] | None:
    """A title followed by "of" or "from" and a place ("President of the United States",
    "Senator from Vermont"): (the words up to the title, the place), else None."""
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() in ("of", "from") and lexicon.title_suffix(words[:index]):
            place = " ".join(words[index + 1 :])
            if lexicon.country_code(place) or lexicon.subdivision(place, any_level=True):
                return words[:index], place
    return None


def organisation_country(name: str) -> str | None:
    """The country of an organisation: a seat of power's ("the Kremlin"), else the one
    Phoenix's actor code gives ("FBI" -> USA), else the demonym or country that opens its
    name ("Russian Foreign Ministry")."""
    seat = lexicon.seat_of_power(name)
    if seat:
        return seat.country
    return lexicon.actor_country(name)[0] or lexicon.subdivision_country(
        name)  # "Attorney General of California"


def _premodifier_tokens(name: Span) -> list[Token]:
    """Tokens of the same noun phrase that stand before the name and modify it."""
    doc = name.doc
    start = name.start
    while start > 0 and name.start - start < 8:
        token = doc[start - 1]
        modifies_right = token.i < token.head.i < name.end
        lexical = token.lower_ in lexicon.title_words() or lexicon.demonym_country(token.text) or (
            token.lower_ in lexicon.words("title_modifiers")
        ) or (token.is_title and lexicon.country_code(token.text)) or token.ent_type_ == "GPE"
        after = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < len(doc) else (
            doc[start])  # "President of the United States"
        inner = (  # "of" inside "Secretary of State", "Director of National Intelligence"
            token.lower_ in lexicon.words("function_words") | {"from"}
            and start - 2 >= 0
            and doc[start - 2].lower_ in lexicon.title_words()
            and after.text[:1].isupper()
            and after.lower_ not in lexicon.titles()  # "adviser to Mr. Sanders"
        )
        possessive = token.text in lexicon.words("possessives")
        if token.is_space or not (modifies_right or lexical or possessive or inner):
            break
        if token.pos_ == "ADP" and not inner:
            break  # "under former US President Barack Obama": the role starts after it
        if token.pos_ in ("VERB", "AUX", "PRON", "ADV") and not lexical:
            break  # "Recall Sen. John McCain"
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


def place_after(name: Span) -> tuple[str | None, str | None]:
    """The place a role is of, written after the name ("Senator Kamala Harris of
    California"): (its name, its country), else (None, None)."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return None, None
    first = doc[name.end + 1]
    if first.ent_iob_ != "B" or first.ent_type_ != "GPE":
        return None, None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    place = doc[first.i : end].text
    return place, lexicon.country_code(place) or lexicon.subdivision_country(place)


def party_place(name: Span) -> tuple[str | None, str | None]:
    """The state a legislator's party appositive or tag names ("Jeff Flake, Republican of
    Arizona"; "Bob Corker, a Tennessee Republican"; "Rand Paul, R-Ky."): (its name, its
    country)."""
    doc = name.doc
    tag = lexicon.party_tag().match(doc[name.end : name.end + 8].text)  # not doc.text
    if tag:
        state = lexicon.canonical_place(tag.group(1).rstrip(",;"))
        country = lexicon.subdivision_country(state)
        if country:
            return state, country
    for noun in (c for c in name.root.children if c.dep_ == "appos" and c.i >= name.end):
        if noun.lower_.rstrip("s") not in lexicon.words("party_members"):
            continue
        places = [t for t in noun.subtree if t.ent_type_ == "GPE"]
        if places:
            text = " ".join(t.text for t in places)
            country = lexicon.subdivision_country(text) or lexicon.country_code(text)
            if country:
                return text, country
    return None, None


def appositive_role(name: Span) -> tuple[Role | None, str | None]:
    """The role in an appositive: after the name ("Abebe Tadesse, Ethiopia's defence
    minister") or before it ("The attorney general, Samuel Hart,"; "A spokesperson for the
    Foreign Ministry, Maria Ivanova,")."""
    root = name.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= name.end]
    if root.dep_ == "appos" and root.head.i < name.start:
        nouns.append(root.head)
    for noun in nouns:
        words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct"]
        role, country = role_from_words(words)
        if role is None:
            continue
        for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                target = " ".join(t.text for t in objects[0].subtree)
                if not objects[0].text[:1].isupper():
                    continue  # "director of surrogates": not an organisation
                code = lexicon.country_code(target) or organisation_country(target)
                role.of = role.of or lexicon.country_code(target) or lexicon.strip_article(target)
                country = country or code
                role.country = role.country or country
        return role, country
    return None, None
