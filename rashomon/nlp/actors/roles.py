"""Roles stated next to a name: "Chinese Foreign Ministry spokesperson Lin Wei",
"Abebe Tadesse, Ethiopia's defence minister," -> title, of (a country or an organisation)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.actors.types import Role
from rashomon.nlp.common import gazetteer, lexicon
from rashomon.nlp.common.phrases import called_name, glued, name_at


def _country_of_words(words: list[str]) -> str | None:
    text = " ".join(words)
    if not words:
        return None
    return lexicon.country_code(text) or (
        lexicon.demonym_country(text) if len(words) <= 2 else None
    )


def role_from_words(words: list[str], described: bool = False
                    ) -> tuple[Role | None, str | None]:
    """Read a role from the words before a name; returns (role, country of the holder).

    ["Russian", "Foreign", "Ministry", "spokesperson"] -> spokesperson of "Russian Foreign
    Ministry", RUS; ["Ukrainian", "President"] -> President of UKR, UKR. ``described``: the
    words stand where only a description of the person can (an appositive, a common noun
    written before the name), so a last common noun no title lists is the role's head
    ("port security officer", "Washington Post reporter").
    """
    words, owned_parties = _unowned(words)
    if words and words[0].lower() in lexicon.words("quantifiers"):
        return None, None  # "every voter, Lena Marsh,": no role
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
    size = lexicon.title_suffix(words) or int(described and _describing_noun(words))
    if not size:
        return None, None
    title_words, rest = _title_and_rest(words, lexicon.modified_title(words, size),
                                        owned_parties)
    return _role(title_words, rest) if title_words else (None, None)


def coordinated_roles(words: list[str], described: bool = False
                      ) -> list[tuple[Role, str | None]]:
    """The roles of titles joined by "and" or commas, each with its holder's country
    ("editor and guest host": two; "Okoro surrogate and actor": a surrogate of Okoro and
    an actor); a title after the first title of a possessive owner or a named firm is
    the owner's too ("Velmora's chief pollster and strategist", "Brandt Holdings president
    and chief executive"). Words that only read as one title stay
    one ("Health and Human Services Secretary", "Police and Crime Commissioner")."""
    whole = role_from_words(words, described)
    single = [(whole[0], whole[1])] if whole[0] is not None else []
    cuts = [i for i, w in enumerate(words) if w.lower() in ("and", "&", ",")]
    parts = [words[start + 1 : end]
             for start, end in zip([-1, *cuts], [*cuts, len(words)], strict=True)]
    found = []
    for part in parts if cuts else []:
        role, country = role_from_words(part, True)
        if role is None or role.title.split()[-1].lower() != part[-1].lower() or not (
                _plain_title(role.title)):
            return single  # "Health and Human Services Secretary": one title
        found.append((role, country))
    if not found:
        return single
    first = found[0][0]
    modifier = parts[0][0].lower()
    owned = first.of and (any(w in lexicon.words("possessives") for w in parts[0]) or (
        first.of.split()[-1].lower() in lexicon.words("organisation_heads")))
    firm = first.of and not _place_name(first.of) and _firm_title(first.title)
    for role, _ in found[1:]:
        if modifier in ("former", "ex-") and role.title.split()[0].lower() not in (
                lexicon.words("title_modifiers")):
            role.title = f"{modifier} {role.title}"  # "Former prosecutor and … Mayor X"
        if role.of is None and (owned or (firm and _same_sector(first, role))):
            role.of, role.country = first.of, first.country  # "Brandt Holdings president
            # and chief executive", "Pellin CEO and co-founder"; not "… founder and actress"
    return found


def _same_sector(first: Role, other: Role) -> bool:
    """Whether two joined titles are of one sector ("CEO and co-founder"; not "founder and
    actress"), so the second may share the first's organisation."""
    mine, theirs = lexicon.title_info(first.title), lexicon.title_info(other.title)
    return mine is not None and theirs is not None and mine.sector == theirs.sector


def _firm_title(title: str) -> bool:
    """Whether ``title`` is no office of a government, a legislature, a court or a force,
    whose holder's organisation may be a place the gazetteer does not know."""
    info = lexicon.title_info(title)
    return info is not None and info.sector not in ("GOV", "LEG", "MIL", "JUD", "COP")


def _place_name(name: str) -> bool:
    """Whether ``name`` names a country, a region or a town."""
    return bool(lexicon.is_country_code(name) or lexicon.country_of(name)
                or lexicon.subdivision(name, any_level=True) or lexicon.city(name)
                or lexicon.town(name))


def _plain_title(title: str) -> bool:
    """Whether ``title`` reads as a title and not a phrase that ends in one ("ties to
    education reformer"): no preposition, except inside a known title ("Secretary of
    State")."""
    words = title.lower().split()
    prepositions = {"to", "for", "with", "at", "on", "in", "from", "by", "of"}
    return not prepositions.intersection(words) or lexicon.title_info(title) is not None


def _unowned(words: list[str]) -> tuple[list[str], int]:
    """``words`` without articles and possessive marks, and without an owner written in
    lower case before a possessive ("the campaign's new political director"); also how
    many party words stand between a named owner and the title ("Velmora's Democratic
    mayor": one, the Democratic mayor of Velmora)."""
    possessives, articles = lexicon.words("possessives"), lexicon.words("articles")
    owned = [i for i, w in enumerate(words) if w in possessives]
    parties = 0
    if owned and all(w.islower() for w in words[: owned[-1]] if w.lower() not in articles):
        words = words[owned[-1] + 1 :]
    elif owned:
        while owned[-1] + 1 + parties < len(words) - 1 and lexicon.party_member(
                words[owned[-1] + 1 + parties]):
            parties += 1
    return [w for w in words if w.lower() not in possessives | articles], parties


def _title_and_rest(words: list[str], size: int, owned_parties: int = 0
                    ) -> tuple[list[str], list[str]]:
    """The words of the title ending ``words`` (``size`` long, with its modifiers) and the
    words before it that name what the title is of; the ``owned_parties`` words right
    before the title are the title's, after its owner ("Mr. Quint's Republican
    challenger")."""
    title_words, rest = words[-size:], words[:-size]
    related = [i for i, w in enumerate(rest) if w.lower() in lexicon.words("relation_nouns")]
    if related:  # "Pellin rival Sen.", "civil rights icon Harwick Rep.": the rival's owner
        rest = rest[related[-1] + 1 :]  # is no owner of the office
        owned_parties = 0
    moved = rest[-owned_parties:] if 0 < owned_parties < len(rest) else []
    if moved and all(lexicon.party_member(w) for w in moved):  # not "Republican Party"
        title_words, rest = moved + title_words, rest[:-owned_parties]
    while rest and rest[-1][:1].islower() and not lexicon.demonym_country(rest[-1]):
        title_words.insert(0, rest.pop())  # "incumbent President", "presidential nominee"
    fillers = lexicon.words("role_fillers")
    modifiers = [w for w in rest if w.lower().rstrip("-") in lexicon.words("title_modifiers")]
    capitalised = [w for w in rest if w[:1].isupper() and w.lower() not in fillers]
    parties = [w for w in capitalised if lexicon.party_member(w)]
    if len(parties) < len(capitalised) and not _party_before_place(capitalised, parties):
        parties = []  # "Liberal National MP": the party's name is the "of"
    title_words = modifiers + parties + title_words  # "former governor", "Republican strategist"
    written = rest
    rest = [w for w in rest if (w[:1].isupper() or lexicon.demonym_country(w))
            and w not in modifiers and w not in parties
            and w.lower() not in fillers]  # "Fellow Republican …"
    if len(rest) == 1 and rest[0].lower() in lexicon.words("organisation_heads") | (
            lexicon.words("generic_title_openers")):
        title_words.insert(0, rest.pop())  # "Court Commissioner", "State Treasurer"
    elif len(rest) > 1:  # "Police and Crime": the words between kept as written
        first, last = written.index(rest[0]), len(written) - written[::-1].index(rest[-1])
        between = written[first:last]
        if all(w in rest or w.lower() in lexicon.words("function_words") for w in between):
            rest = between
    while title_words and title_words[0].lower() in fillers:
        title_words.pop(0)  # "a", "under": not part of the title
    return title_words, rest


def _party_before_place(capitalised: list[str], parties: list[str]) -> bool:
    """Whether party words open ``capitalised`` and the name of a state, a country or a
    city follows them ("Republican Indiana Gov.": the Republican Gov. of Indiana; "Labour
    London Mayor"), unlike a party's name ("Liberal National MP")."""
    place = " ".join(capitalised[len(parties):])
    return capitalised[: len(parties)] == parties and bool(
        lexicon.subdivision(place) or lexicon.country_code(place) or lexicon.city(place))


def _role(title_words: list[str], rest: list[str]) -> tuple[Role, str | None]:
    """The role of ``title_words`` of what ``rest`` names (a country, else an
    organisation), and the holder's country."""
    info = lexicon.title_info(" ".join(title_words))
    country = _country_of_words(rest)
    state = " ".join(rest) if country and state_office(" ".join(title_words)) else ""
    if state and (state_country := lexicon.state_country(state)):
        # "Georgia Rep. Ana Ruiz": the US state, not the country
        return Role(title=" ".join(title_words), of=state, sector=info.sector if info else None,
                    country=state_country), state_country
    of: str | None = country
    if rest and not country:
        of = " ".join(rest)
        country = organisation_country(of) or (
            lexicon.demonym_country(rest[0]) or lexicon.country_code(rest[0])
        )
    sector = info.sector if info else lexicon.agent_code(title_words[-1].lower())
    if country is None and info is not None and len(title_words) > 1:
        country = _country_of_words(title_words[:1])  # "U.S. Attorney" for a district
    return Role(title=" ".join(title_words), of=of or candidacy_party(title_words),
                sector=sector or None, country=country), country


def state_office(title: str) -> bool:
    """Whether ``title`` is an office a state elects or sends ("Rep.", "Sen.", "Gov.",
    "former Governor"; ``state_offices``)."""
    return (lexicon.base_title(title) or title.lower()) in lexicon.words("state_offices")


def candidacy_party(title_words: list[str]) -> str | None:
    """The party a candidacy's title names ("presumptive Republican nominee" -> Republican
    Party; ``candidacy_titles``), else None."""
    if not title_words or title_words[-1].lower() not in lexicon.words("candidacy_titles"):
        return None
    capitalised = [w for w in title_words[:-1] if w[:1].isupper()]
    party = lexicon.party_member(capitalised[0]) if len(capitalised) == 1 else None
    return lexicon.table("party_names").get(party or "")  # not "Social Democratic": one word


def _describing_noun(words: list[str]) -> bool:
    """Whether the last of ``words`` is a common noun that can head a description of a
    person's position: lower case, a person noun (``lexicon.person_noun``), neither kin
    ("his wife") nor a bare person ("a man"), which ``kinship_nouns`` and
    ``not_role_nouns`` list."""
    last = words[-1] if words else ""
    return last.replace("-", "").isalpha() and last.islower() and lexicon.person_noun(
        last) and last not in lexicon.words("not_role_nouns") | lexicon.words("kinship_nouns")


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
    name ("Russian Foreign Ministry"), else the country its name ends "of" ("Unity League
    of America")."""
    seat = lexicon.seat_of_power(name)
    if seat:
        return seat.country
    _, of, place = name.rpartition(" of ")
    named = lexicon.unambiguous_country(place) if of and lexicon.country_code(place) else None
    home = lexicon.subdivision_country(name)  # "Attorney General of California"
    city = lexicon.city(name)  # "Mayor of New York City"
    if city and city[0] >= settings.CITY_RELABEL_POPULATION and (
            home is None or city[0] > gazetteer.countries()[home].population):
        home = city[1]  # "Phoenix Mayor": a city larger than the whole country of the
        # region of its name (Kiribati's Phoenix Islands); "Virginia Gov." stays American
    return (lexicon.actor_country(name)[0]  # "the University of Georgia": no country
            or home or named)


def _hangs_on(token: Token, name: Span) -> bool:
    """Whether ``token`` is inside a phrase written before ``name`` that modifies it
    ("the United Nations" in "Former US Ambassador to the United Nations Nadia Pell")."""
    for _ in range(6):
        head = token.head
        if name.start <= head.i < name.end:
            return True
        if head.i == token.i or head.i >= name.start:
            return False
        token = head
    return False


def _premodifier_tokens(name: Span) -> list[Token]:
    """Tokens of the same noun phrase that stand before the name and modify it."""
    doc = name.doc
    start = name.start
    while start > 0 and name.start - start < 8:
        token = doc[start - 1]
        modifies_right = token.i < token.head.i < name.end or _hangs_on(token, name)
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
        described = start == name.start and _person_noun_before(token)
        hyphened = glued(token) and token.i + 2 < name.start  # "co" of "co-founder"
        if token.is_space or not (modifies_right or lexical or possessive or inner or described
                                  or hyphened):
            break
        if token.pos_ == "ADP" and not inner:
            break  # "under former US President Barack Obama": the role starts after it
        if token.pos_ in ("VERB", "AUX", "PRON", "ADV") and not lexical:
            break  # "Recall Sen. John McCain"
        if token.is_punct and not possessive and not glued(token) and not (
                abbreviation_stop(token)):
            break  # but "front-runner" is one word, "Lt." one abbreviation
        start -= 1
    while 0 < start < name.start and doc[start].ent_iob_ == "I" and (
            doc[start].ent_type_ == "ORG"):
        start -= 1  # the whole organisation the title is of, however long its name
    return list(doc[start : name.start])


def _person_noun_before(token: Token) -> bool:
    """Whether ``token`` is a lower-case person noun written right before a person's name,
    however the parser hung it ("The cartoonist Ana Ruiz drew", "Democratic hopeful Tomas
    Wren"): it describes the person. Not a noun the name's clause hangs on ("the offer
    Tomas Wren made", "every voter Ana Ruiz met"), a time ("this summer") or the object of
    a preposition ("over dinner"); an adjective only after a party word ("Democratic
    hopeful", not "a hopeful Ana Ruiz")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.ent_type_ != "PERSON" or following.ent_iob_ != "B" or (
            not token.is_lower or token.ent_type_ in ("DATE", "TIME") or token.dep_ in (
            "npadvmod", "pobj", "dobj", "attr")):
        return False
    listed = token.text in lexicon.words("person_nouns") or token.text in lexicon.titles()
    name_root = following
    while name_root.head.i != name_root.i and name_root.head.ent_iob_ == "I" and (
            name_root.head.ent_type_ == "PERSON"):
        name_root = name_root.head
    if not listed and name_root.head.i != name_root.i and name_root.head.head.i == token.i and (
            name_root.head.dep_ in ("relcl", "acl")):
        return False  # "the offer Tomas Wren made"
    if token.tag_ == "JJ":
        party = token.i > 0 and lexicon.party_member(doc[token.i - 1].text)
        return bool(party) and token.text in lexicon.words("person_nouns")
    return token.tag_ == "NN" and lexicon.person_noun(token.text)


def _as_written(token: Token) -> str:
    """A token's text, in lower case where only its place at the start of a sentence
    capitalises a common word ("Retired engineer", "Performance artist")."""
    common = (token.tag_ in ("NN", "NNS", "JJ", "VBN") or _described_at_start(token)) and not (
        lexicon.demonym_country(token.text) or lexicon.party_member(token.text)
        or token.ent_type_ == "GPE" or _opens_people(token))  # "South Korean President X"
    return token.lower_ if token.is_sent_start and common else token.text


def _opens_people(token: Token) -> bool:
    """Whether ``token`` is a direction that opens a people's adjective with the next word
    ("South" of "South Korean"; not "West" of "West German", a country no more)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and token.lower_ in lexicon.words("directions") and bool(
        lexicon.demonym_country(f"{token.text} {following.text}"))


def abbreviation_stop(token: Token) -> bool:
    """Whether ``token`` is a full stop the tokenizer split from the word before it ("Lt"
    ".", "Sens" ".")."""
    return token.text == "." and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _described_at_start(token: Token) -> bool:
    """Whether a capitalised word opening its sentence right before a name is a common
    noun describing the person ("Ecologist Ryan Noor said"): a person noun that is no
    title and is followed by the name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_sent_start and token.tag_ == "NNP" and following is not None and (
        following.ent_type_ == "PERSON") and token.lower_ not in lexicon.title_words() and (
        lexicon.person_noun(token.lower_))


def _joined_words(tokens: list[Token]) -> list[str]:
    """The words of ``tokens`` as written: tokens with no space between them are one word
    ("long-serving"), other punctuation is left out, and a common word capitalised only
    by the start of its sentence is lower case."""
    words: list[str] = []
    after_hyphen = False
    for token in tokens:
        text = _as_written(token)
        if after_hyphen and words and words[-1].lower() in _prefixes() and text[:1].isupper():
            if words[-1].lower() == "ex-":
                words[-1] = "former"  # "ex-Velmora President": a former President of Velmora
            words.append(text)  # "then-New Jersey Governor": "then-", "New", "Jersey"
        elif (after_hyphen or abbreviation_stop(token)) and words:
            words[-1] += text  # "long-serving", "Lt." split from its stop
        elif not token.is_punct or token.text in (".", "'"):
            words.append(text)
        after_hyphen = glued(token)
    return [w for w in words if w != "-"]


@cache
def _prefixes() -> frozenset[str]:
    """Words a hyphen joins to the place or title after them ("then-", "ex-")."""
    return lexicon.words("role_fillers") | lexicon.words("title_modifiers")


def premodifier_roles(name: Span) -> tuple[list[Role], str | None, int]:
    """The roles in the words right before ``name``, two or more where titles are joined
    ("Editor and guest host Pat Okoro"); also the holder's country and the start offset
    of the role phrase (``name.start_char`` when there is none)."""
    tokens = _premodifier_tokens(name)
    if tokens and tokens[0].lower_ in lexicon.words("quantifiers"):
        return [], None, name.start_char  # "a question every voter Lena Marsh met asked"
    while tokens and tokens[0].lower_ in lexicon.words("paired_determiners"):
        tokens = tokens[1:]  # "both Justice Ruiz and Justice Vidal"
    tokens = _own_title(tokens)
    last = tokens[-1] if tokens else None
    parsed = last is not None and (last.tag_ == "NN" or _described_at_start(last)) and (
        last.dep_ in ("compound", "conj", "nmod"))
    described = parsed or (last is not None and _person_noun_before(last))
    while tokens:  # "ophthalmologist Wen Lao": a common noun before a name describes him
        words = _joined_words(tokens)
        joined = _joined_before(tokens[0])
        found = coordinated_roles([*_joined_words(joined), "and", *words], described) if (
            joined) else []
        if len(found) < 2:
            joined, found = [], coordinated_roles(words, described)
        if found:
            articles = lexicon.words("articles")
            opening = joined or tokens
            first = next((t for t in opening if t.lower_ not in articles), opening[0])
            role, country = found[-1]
            if role.of is None:  # "Carmel, Indiana, Mayor James Brainard"
                role.of, place_country = _town_and_state_before(tokens[0])
                role.country = role.country or place_country
                country = country or place_country
            country = next((c for _, c in found if c), country)
            party = next((t for t in opening if lexicon.party_member(t.text)), None)
            named_before = party is not None and party.i > 0 and (
                party.doc[party.i - 1].pos_ == "PROPN") and not lexicon.title_info(
                party.doc[party.i - 1].text)
            for role, _ in found if named_before else []:  # "Social Democratic candidate X"
                if role.of is not None and role.of == candidacy_party(role.title.split()):
                    role.of = None
            return [r for r, _ in found], country, first.idx
        tokens = tokens[1:]
    return [], None, name.start_char


def _own_title(tokens: list[Token]) -> list[Token]:
    """The words of the name's own title where a preposition joins another person's title
    to it ("campaign chairman for Democratic nominee Ana Brandt": "Democratic nominee";
    "spokesman for New Jersey Gov. X": "New Jersey Gov."); all of them where the
    preposition is inside a known office ("Secretary of State") or follows an office
    written in capitals ("Minister of Defense Gen. X"), or what follows it is no title."""
    cut = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].pos_ == "ADP"), None)
    if cut is None or tokens[cut].ent_type_ or not _title_word(tokens[cut - 1]) or (
            tokens[cut - 1].text[:1].isupper()):
        return tokens  # "Centers for Disease Control Director X": one body's name;
        # "Speaker of the House Rep. X", "Minister of Defense Gen. X": an office in capitals
    words, after = _joined_words(tokens), _joined_words(tokens[cut + 1:])
    within = len(words) - len(after) - 1  # the preposition's place among the words
    if lexicon.title_suffix(words) > len(after) or lexicon.title_prefix(words) > within or (
            not coordinated_roles(after)):
        return tokens  # "Speaker of the House Rep. X", "Secretary of State X"
    return tokens[cut + 1:]


def _title_word(token: Token) -> bool:
    """Whether ``token`` is a title's word or a person noun ("chairman", "spokesman")."""
    return token.lower_ in lexicon.title_words() or lexicon.person_noun(token.lower_)


def _joined_before(first: Token) -> list[Token]:
    """The words of a title joined by "and" to the one that opens a role before a name
    ("Velmora's chief pollster" of "Velmora's chief pollster and strategist Ana Ruiz"):
    a phrase with no article, back to the start of its clause, else []."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].lower_ not in ("and", "&") or doc[first.i - 2].tag_ in (
            "NNS", "NNPS"):
        return []  # "Protesters and Senator Ana Ruiz": others, not her title
    start = first.i - 1
    while start > first.sent.start and first.i - 1 - start < 6:
        token = doc[start - 1]
        if token.text in lexicon.words("possessives") or glued(token):
            start -= 1  # "Velmora's", "Long-shot"
            continue
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON",
                                            "DET", "NUM"):
            break
        start -= 1
    if start > first.sent.start and doc[start - 1].pos_ == "DET":
        return []  # "the senator and chief of staff Ana Ruiz": maybe two people
    return list(doc[start : first.i - 1])


def _town_and_state_before(title: Token) -> tuple[str | None, str | None]:
    """The town of "<town>, <state>, <local office> <name>" ("Carmel, Indiana, Mayor James
    Brainard"), when the gazetteer has a town of that name in that state: (its name, its
    country), else (None, None). Not a town the sentence opens with a preposition ("In
    Columbus, Ohio, Gov. Tomas Wren")."""
    if title.lower_ not in lexicon.words("local_offices"):
        return None, None
    doc = title.doc
    state = _place_ending(doc, title.i - 1)
    town = _place_ending(doc, state.start - 1) if state is not None else None
    if town is None or (town.start > 0 and doc[town.start - 1].pos_ == "ADP"):
        return None, None
    codes = {s.code.replace("-", ".") for s in gazetteer.subdivisions(state.text) if s.code}
    inside = [c for c in gazetteer.cities(town.text) if c.admin1 in codes]
    return (town.text, inside[0].country) if inside else (None, None)


def _place_ending(doc: Doc, comma: int) -> Span | None:
    """The GPE name that ends right before the comma at ``comma``, else None."""
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].ent_type_ != "GPE":
        return None
    start = comma - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start:comma]


def place_after(name: Span) -> tuple[str | None, str | None]:
    """The place or organisation a role is of, written after the name ("Senator Kamala
    Harris of California", "Professor Mike Siegal of Pellin University"): (its name, its
    country), else (None, None)."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return None, None
    first = doc[name.end + 1]
    if first.lower_ == "the" and name.end + 2 < len(doc):
        first = doc[name.end + 2]
    opens = first.ent_iob_ == "B" or (  # "of the National Review": "the" opens the name
        first.ent_iob_ == "I" and doc[first.i - 1].lower_ == "the" and doc[first.i - 1].ent_iob_
        == "B")
    if not opens or first.ent_type_ not in ("GPE", "ORG"):
        return None, None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    place = doc[first.i : end].text
    if first.ent_type_ == "ORG":
        return place, organisation_country(place)
    return place, lexicon.country_code(place) or lexicon.subdivision_country(place)


def party_place(name: Span) -> tuple[str | None, str | None]:
    """The state a legislator's party appositive or tag names ("Jeff Flake, Republican of
    Arizona"; "Bob Corker, a Tennessee Republican"; "Rand Paul, R-Ky."): (its name, its
    country)."""
    doc = name.doc
    tag = lexicon.party_tag().match(doc[name.end : name.end + 8].text)  # not doc.text
    if tag:
        state = lexicon.tagged_state(tag.group(1).rstrip(",;"))
        if state:
            return state, lexicon.party_tag_country()
    for noun in (c for c in name.root.children if c.dep_ == "appos" and c.i >= name.end):
        if not lexicon.party_member(noun.text):
            continue
        places = [t for t in noun.subtree if t.ent_type_ == "GPE"]
        if places:
            text = " ".join(t.text for t in places)
            country = lexicon.subdivision_country(text) or lexicon.country_code(text)
            if country:
                return text, country
    return None, None


def _of_country_before(noun: Token) -> bool:
    """Whether the appositive ``noun`` says what a country is that ends the appositive
    before it ("…, the trade minister of Chile, a founding member of the Harbour Council"):
    a country is a member, a signatory or an ally, as a person is not."""
    first = noun.left_edge
    before = noun.doc[first.i - 2] if first.i >= 2 and noun.doc[first.i - 1].text == "," else None
    party = any(lexicon.party_member(t.text) or t.lower_ == "party" for t in noun.subtree)
    return before is not None and before.ent_type_ == "GPE" and bool(
        lexicon.country_code(before.text)) and noun.lemma_.lower() in lexicon.words(
        "country_appositives") and not party  # "…, a member of the Socialist Party": hers


def appositive_roles(name: Span) -> list[tuple[Role, str | None]]:
    """The roles in appositives, each with the holder's country: after the name ("Abebe
    Tadesse, Ethiopia's defence minister"; "Ruth Ambler, the former governor of Vermont and
    former mayor of Burlington": two) or before it ("The attorney general, Samuel Hart,";
    "A spokesperson for the Foreign Ministry, Maria Ivanova,")."""
    root = name.root
    after = [c for c in root.children if c.dep_ == "appos" and c.i >= name.end
             and not glued(c)]  # "co", "-" of "co-author"
    for noun in after:  # "… and former mayor"; "lawyer, treasurer and strategist"
        after += [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  and c.doc[c.i - 1].text != "-"]  # not "co-author"
        after += [c for o in _prep_objects(noun) for c in _joined_titles(o)]
    before: list[Token] = []
    if root.dep_ == "appos" and root.head.i < name.start:
        head = root.head
        before.append(head)
        while head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and (
                head.head.head.pos_ in ("NOUN", "PROPN")):  # "The mayor of Velmora, X,"
            head = head.head.head
            before.append(head)
        if before[0].dep_ == "pobj" and before[0].head.head.pos_ in ("VERB", "AUX"):
            before = []  # "running for president -- Hollis Crane": no appositive
    after += _predicated(root)
    served = _served_as(root)
    after += served
    found = []
    for noun in sorted(after, key=lambda t: t.i) + before:
        if _of_country_before(noun):
            continue  # "X, the trade minister of Chile, a founding member of …": Chile's
        roles = _appositive(noun, name)
        if noun in served and _over(noun):
            for role, _ in roles:
                role.title = _former(role.title)
        if noun in before and noun.left_edge.pos_ == "DET" and name.start > 0 and (
                name.doc[name.start - 1].text != ","):
            roles = roles[-1:]  # "the governor and state attorney general Ana Ruiz": two?
        found += roles
        if roles and noun.dep_ == "conj" and roles[-1][0].of is None:
            _share_of(noun, roles[-1][0], found)
        if roles and noun in before:
            break
    return found


def _served_as(root: Token) -> list[Token]:
    """The offices the name's clause says the person holds or held ("Lena Marsh worked on
    the case as solicitor general", "As Governor of Ohio, Ilmar Wren signed …"): "as" an
    office before the subject or after a verb of holding a post (``service_verbs``); not
    what someone is seen, cast or runs as ("sees himself as a leader", "emerged as the
    standard-bearer"), nor an office the clause only supposes ("as president, X would")."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = root.head
    if any(c.tag_ == "MD" for c in verb.children):
        return []  # "as president, Mr. Trump would be firm": an office he may hold
    serving = verb.lemma_ in lexicon.words("service_verbs")
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            and (p.i < root.i or serving) for o in p.children
            if o.dep_ == "pobj" and _office_noun(o)]


def _office_noun(noun: Token) -> bool:
    """Whether ``noun`` ends a formal office ("solicitor general", "chairman"), not a
    description ("protester", "leader")."""
    words = [t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.pos_ != "DET"]
    infos = (lexicon.title_info(" ".join(words[i:])) for i in range(len(words)))
    info = next(filter(None, infos), None)  # the longest known title ending the phrase
    return info is not None and info.kind == "office"


def _over(title: Token) -> bool:
    """Whether the clause of an "as" title tells that the post is over: a past perfect
    ("had worked … as"), a past "served"/"worked" as, or a year in the title's phrase
    ("As Governor of Ohio in 1983")."""
    verb = title.head.head
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    served = verb.lemma_ in lexicon.words("ended_service_verbs") and verb.tag_ == "VBD"
    dated = verb.tag_ == "VBD" and any(  # not "As governor since 2011, she has cut"
        t.ent_type_ == "DATE" and t.like_num and t.head.lower_ in ("in", "from")
        for t in title.subtree)
    return perfect or served or dated


def _former(title: str) -> str:
    """``title`` marked as a post held before ("former solicitor general")."""
    return title if title.lower().startswith("former") else f"former {title}"


def _prep_objects(noun: Token) -> list[Token]:
    """The objects of the prepositions after ``noun`` ("fellow at the Brookings
    Institution": "Institution")."""
    return [o for p in noun.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _joined_titles(body: Token) -> list[Token]:
    """The common nouns the parser joined to an organisation's name that are another role
    of the same person ("a senior fellow at the Brookings Institution and a Democratic
    superdelegate", "adviser to Republicans and former director of the Budget Office");
    not other people ("for Mr. Trump and his running mate", "to the president and the
    prime minister") nor the rest of a field ("secretary of housing and urban
    development")."""
    if not body.text[:1].isupper() or body.lower_ in lexicon.title_words():
        return []  # "an adviser to the president and the prime minister": two others
    return [c for c in body.children if c.dep_ == "conj" and c.pos_ == "NOUN"
            and c.text[:1].islower() and not any(d.dep_ == "poss" for d in c.children)]


def _share_of(noun: Token, role: Role, found: list[tuple[Role, str | None]]) -> None:
    """Give a joined title the organisation of the title it is joined to when that is
    written after both ("a managing director and senior analyst at Brandt Holdings":
    the parser hangs "at" on the first)."""
    head = noun.head
    if not any(c.dep_ == "prep" and c.i > noun.i for c in head.children):
        return
    title = _joined_words([t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i])
    for other, _ in found:
        if other is not role and other.of and title and other.title.split()[-1].lower() == (
                title[-1].lower()):
            role.of, role.country = other.of, role.country or other.country
            return


def _with_office_of(noun: Token, words: list[str]) -> list[str]:
    """``words`` ending at ``noun``, run on over "of …" when that makes a known office
    ("the secretary" + "of state")."""
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        longer = words + [t.text for t in prep.subtree]
        if lexicon.title_suffix(longer) > 1 + len(list(prep.subtree)) - 1:
            return longer
    return words


def _named_before(noun: Token) -> bool:
    """Whether a body's common noun ("campaign", "company": ``named_body_nouns``) is named
    by a proper noun written before it, as a compound or its owner ("the Pellin campaign",
    "Ana Ruiz's 2000 presidential campaign"; not "Ohio farmers")."""
    if noun.lower_ not in lexicon.words("named_body_nouns"):
        return False
    return any(c.pos_ == "PROPN" for c in noun.lefts if c.dep_ == "compound") or any(
        t.pos_ == "PROPN" for c in noun.lefts if c.dep_ == "poss" for t in c.subtree)


def _predicated(root: Token) -> list[Token]:
    """The nouns a relative clause on the name predicates of it ("Ines Farrow, who is the
    secretary of state"; "Tobin Greer, who was the campaign's pollster"; "who serves as
    chairman of the host committee")."""
    nouns = []
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        if clause.lemma_ in ("be", "become", "remain"):
            nouns += [c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        elif clause.lemma_ in ("serve", "work", "act"):
            nouns += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return nouns


def _appositive(noun: Token, name: Span) -> list[tuple[Role, str | None]]:
    """The roles an appositive noun states (two where titles are joined: "editor and
    guest host"), each with the holder's country; the last with its "of"/"for"
    organisation or place."""
    last = max([noun.i, *(c.i for c in noun.children
                          if c.dep_ == "conj" and c.i < name.start)])  # "Clinic and … manager"
    doc, first = noun.doc, noun.left_edge.i
    while first >= 2 and doc[first - 1].text == "-" and glued(doc[first - 2]):
        first -= 2  # "co-author": the parser hung "co" and "-" on the name apart
    while first < last and doc[first].lower_ in lexicon.words("paired_determiners"):
        first += 1  # "Both President X and Vice President Y"
    plain = _joined_words(list(doc[first : last + 1]))
    words = _with_office_of(noun, plain)
    found = coordinated_roles(words, described=noun.tag_ == "NN")
    if not found:
        return []
    role, country = found[-1]
    stated_of = role.of
    preps = ("for", "at", "with") if words != plain else (
        "of", "for", "at", "with")  # "professor at X", "an attorney with the X Center"
    if noun.lower_ in lexicon.words("titles_on_a_team"):
        preps += ("on",)  # "a pollster on Mrs. Okoro's 2008 campaign"
    preps += ("from",)  # "the independent senator from Vermont", "an analyst from Pellin"
    if noun.lower_ in lexicon.words("titles_to_someone"):
        preps += ("to",)  # "a senior adviser to Mr. Okoro"
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects:
            joined = _joined_titles(objects[0])
            clauses = {t.i for c in objects[0].rights if c.dep_ in ("relcl", "acl", "appos")
                       or (c.is_punct and c.text == ",") or c in joined or (
                       c.dep_ == "cc" and any(j.i > c.i for j in joined)) for t in c.subtree}
            inside = [t for t in objects[0].subtree if not (
                name.start <= t.i < name.end or t.i in clauses or (t.is_punct and t.i in (
                    name.start - 1, name.end)))]  # not ", who has not read …"
            named = [c for c in objects[0].rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and not name.start <= c.i < name.end]
            called = called_name(objects[0])
            if named and not objects[0].text[:1].isupper():  # "for Nabisco's parent
                inside = list(named[0].subtree)  # company, Mondelez International"
            elif called is not None:  # "organizer of a group called Citizens for Pellin"
                inside = list(called)
            elif not (objects[0].text[:1].isupper() or _named_before(objects[0])):
                continue  # "director of surrogates": not an organisation
            elif prep.lower_ == "on" and objects[0].text[:1].isupper():
                continue  # "a member on Ohio …": "on" keeps a named body only
            if prep.lower_ == "from" and noun.lower_ not in lexicon.words("state_offices") and (
                    objects[0].ent_type_ != "ORG"):
                continue  # "a lawyer from Texas": where from, no organisation
            inside = [t for t in inside if not lexicon.honorific(t.text)]  # "to Mr. Okoro"
            target = "".join(t.text_with_ws for t in inside).strip()  # not the name on it
            named_as = name_at(objects[0], ("ORG", "PERSON"))
            if named_as is not None and (len(named_as.text) > len(target) or (
                    named_as.label_ == "PERSON")):  # "the University of California, San
                target = named_as.text  # Diego"; "an adviser to Ohio Gov. Ana Ruiz"
            code = lexicon.country_code(target) or lexicon.subdivision_country(
                target) or organisation_country(target)
            role.of = role.of or lexicon.country_code(target) or lexicon.strip_article(target)
            country = country or code
            role.country = role.country or country
    for other, _ in found[:-1] if stated_of is None else []:  # "the founder and
        if other.of is None and role.of is not None:  # chairman of the Pellin Group"
            other.of, other.country = role.of, other.country or role.country
    return [*found[:-1], (role, country)]
