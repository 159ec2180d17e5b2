"""Find the mentions of people, organisations and places in a parsed Doc: names (from the
corrected NER), titles used alone ("the president"), offices ("the president's office"),
seats of power and capitals acting for a government, and personal pronouns."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.actors.missed_names import kin_before
from rashomon.nlp.actors.names import acronym
from rashomon.nlp.actors.org_country import described_country, name_country, sited_country
from rashomon.nlp.actors.quoted import mark_quoted_pronouns
from rashomon.nlp.actors.roles import (
    abbreviation_stop,
    appositive_roles,
    candidacy_party,
    party_place,
    place_after,
    premodifier_roles,
    state_office,
)
from rashomon.nlp.actors.types import Mention, Role
from rashomon.nlp.common import lexicon, reporting
from rashomon.nlp.common.quotation_marks import MARK

NAME_LABELS = {
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "LAW",
    "PRODUCT",
    "WORK_OF_ART",
}
_SUBJECT = {"nsubj", "nsubjpass"}
_SHORT_NAMED = {"ORG", "LAW", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP"}
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "agent"}


class SentenceIndex:
    """Token index -> number of its sentence, by bisecting the sentence starts."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [sent.start for sent in doc.sents]

    def __getitem__(self, token_index: int) -> int:
        return bisect_right(self.starts, token_index) - 1


def _main_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence's main verb, or of a verb joined to
    it ("Babcock said Trump is …": Babcock, not Trump)."""
    if token.dep_ not in _SUBJECT:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _names_after(pronoun: Token) -> tuple[str, ...]:
    """The people's names that a subject pronoun's own clause holds after it as words of
    their own ("He has called Vidal a saviour", "She said Ruiz would lead", "he went on,
    mocking Vidal's plan"): a pronoun cannot mean a name it stands above (binding
    principle C: Chomsky 1981, *Lectures on Government and Binding*, §3.2). Not a name
    that only modifies a noun ("the Vidal campaign"), nor one that news repeats where the
    pronoun would be unclear: inside brackets or quotation marks, an aside, an "according
    to" source, or a clause inside a participle ("…, recalling how the board used Mr.
    Vidal's remark")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    names = []
    stack = [(c, False) for c in pronoun.head.children if c.i > pronoun.i]
    while stack:
        token, in_participle = stack.pop()
        if token.dep_ in ("parataxis", "npadvmod", "appos") or _opens_a_source(token) or (
                in_participle and token.dep_ in _CLAUSES):
            continue
        last = token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
        between = token.doc[pronoun.i : token.i].text
        if token.ent_type_ == "PERSON" and last and token.dep_ != "compound" \
                and between.count("(") <= between.count(")") \
                and len(MARK.findall(between)) % 2 == 0:  # not "(to Vidal)", "“Vidal Live”"
            names.append(token.doc[_name_start(token) : token.i + 1].text)
        participle = in_participle or (token.dep_ == "advcl" and token.tag_ == "VBG")
        stack.extend((c, participle) for c in token.children)
    return tuple(names)


_CLAUSES = ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp")


def _opens_a_source(token: Token) -> bool:
    """Whether ``token`` opens an ``attribution_phrases`` phrase ("according to", "as
    reported by"), whose source is an aside."""
    return any(token.doc[token.i : token.i + length].text.lower() == phrase
               for phrase, length in _attribution_phrases())


@cache
def _attribution_phrases() -> tuple[tuple[str, int], ...]:
    """The ``attribution_phrases`` with their length in words, split once (every subject
    pronoun's clause is walked with them)."""
    return tuple((phrase, len(phrase.split()))
                 for phrase in reporting.lexicon_words("attribution_phrases") if phrase.split())


def _fronted_owner(pronoun: Token) -> int | None:
    """Where the person's name stands that a possessive in a phrase fronted before it
    points ahead to ("In his Sunday interviews, Tomas Wren defended the plan": Wren):
    the subject of the verb the phrase hangs on, a name written after the phrase. None
    otherwise."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return None
    noun = pronoun.head
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is None or preposition.dep_ != "prep" or preposition.i != (
            preposition.sent.start):
        return None
    verb = preposition.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or subject.i < noun.i:
        return None
    return subject.doc[_name_start(subject)].idx


def _judged_owner(pronoun: Token) -> int | None:
    """Where the name stands of the one judged, whom a possessive in the reason means
    ("Wren blasted Pell for his vote": Pell; ``reason_judging_verbs``), else None."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return None
    noun = pronoun.head
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is None or preposition.dep_ != "prep" or preposition.lower_ not in (
            lexicon.words("reason_prepositions")):
        return None
    verb = preposition.head
    if verb.lemma_.lower() not in lexicon.words("reason_judging_verbs"):
        return None
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if judged is None or judged.ent_type_ != "PERSON" or judged.i > pronoun.i:
        return None
    return judged.doc[_name_start(judged)].idx


def _befalls(pronoun: Token) -> bool:
    """Whether a possessive's noun names what befell someone ("his death", "her concession
    speech": ``befalling_nouns``)."""
    noun = pronoun.head
    words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children
                                    if c.dep_ == "compound")}
    return bool(words & lexicon.words("befalling_nouns"))


def _clause_subject(pronoun: Token) -> int | None:
    """Where the subject of an object pronoun's own clause stands, which the pronoun cannot
    mean ("Rowan will avoid helping him": not Rowan; "Pratt, who stands apart from him": not
    Pratt; "Rowan praised Pratt, comparing him to Wren": not Rowan); a relative pronoun
    subject stands for the noun it hangs on. None otherwise."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj") or pronoun.lower_ not in (
            lexicon.words("object_pronouns")):
        return None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and (
            verb.dep_ in ("prep", "advmod", "pobj", "dobj", "acomp")):
        verb = verb.head  # "stands apart from him"
    for _ in range(3):  # "avoid helping him": up through the verbs sharing the subject
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            if subject.tag_ == "WP" and verb.dep_ == "relcl":
                subject = verb.head  # "who" stands for the noun the clause describes
            return subject.idx
        if pronoun.dep_ in ("dobj", "dative") and _gerund_after_preposition(verb):
            preposition, verb = verb.head, verb.head.head  # "won after beating him"
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            if objects and preposition.lower_ in lexicon.words("object_control_prepositions"):
                return objects[0].idx  # "Ruiz thanked Pell for backing her": Pell backs
            continue
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
            verb.lemma_ in lexicon.words("participle_agent_verbs"))
        # "…, comparing him to X": the subject of the clause it hangs on compares; not
        # "…, costing him his seat", "leaving him without a seat": what happened does
        if (verb.dep_ not in ("xcomp", "conj") and not participle) or verb.head.i == verb.i:
            return None
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        if verb.dep_ == "xcomp" and objects:
            return objects[0].idx  # "Rowan asked Pratt to help him": Pratt does the helping
        verb = verb.head
    return None


def _gerund_after_preposition(verb: Token) -> bool:
    """A gerund whose subject is the one of the verb its preposition hangs on ("Wren
    leads after beating him", "Ruiz won by outspending her")."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
        and verb.head.head.pos_ in ("VERB", "AUX")


def _is_agent(span: Span) -> bool:
    """Whether a place name acts as an agent ("Ottawa imposed", "Ottawa's attack")."""
    root = span.root
    if span.start > 0 and span.doc[span.start - 1].lower_ == "official":
        return True
    dep = root.dep_
    while dep == "conj":
        root = root.head
        dep = root.dep_
    if dep == "pobj":
        return root.head.lower_ == "by"
    if dep == "dobj" and root.head.lemma_ in lexicon.words("place_object_verbs"):
        return False  # "visited Paris", "shelled Kyiv": the city
    if dep == "nsubj" and root.head.lemma_ in lexicon.words("place_subject_verbs"):
        return False  # "Paris is mourning": its people, not the government
    if dep == "poss" and _market_after(span):
        return False  # "London's FTSE 100 fell": the city's market, not the government
    return dep in _AGENT_DEPS


def _market_after(span: Span) -> bool:
    """Whether what the place ``span`` owns is its market: a market noun or an index
    ("Tokyo's Nikkei 225", "Paris' CAC 40", "London's stock exchange"; not "Beijing's
    markets regulator", "Tokyo's currency intervention": the government's)."""
    doc, owned = span.doc, span.root.head
    after = [t for t in doc[span.end : span.end + 6] if t.text not in lexicon.words("possessives")]
    words = " ".join(t.lower_ for t in after)
    index = max((i for i in lexicon.words("market_indices")
                 if words.startswith(f"{i} ") or words == i), key=len, default=None)
    if index:  # the possessive hangs on the index's name or on a noun of market right after
        end = after[0].i + len(index.split())
        return owned.i < end or (owned.i == end and owned.lower_ in lexicon.words("market_nouns"))
    return owned.lower_ in lexicon.words("market_nouns") and owned.i <= span.end + 2


def _name_mention(ent: Span, sentence: int, places: set[int], named: set[str | None],
                  regions: set[str]) -> Mention:
    """The mention of a name; ``named``: the countries the article names (a capital acts
    for its government only when its country is named or it is a large city);
    ``regions``: the countries whose first-level regions it names."""
    label = ent.label_
    text = ent.text
    mention = Mention(
        ent.start_char,
        ent.end_char,
        text,
        label,
        sentence=sentence,
        subject=ent.root.dep_ in _SUBJECT,
        main=_main_subject(ent.root),
        speaks=reporting.speaks(ent.root),
        asked=reporting.asked(ent.root),
    )
    if label == "PERSON":
        before, country, role_start = premodifier_roles(ent)
        appositives = appositive_roles(ent)
        appositive_country = next((c for _, c in appositives if c), None)
        stated_roles = [*before, *(r for r, _ in appositives)]
        stated_roles += [r for r in _shared_title(ent) if r.title.lower() not in {
            s.title.lower() for s in stated_roles}]  # "candidates, X and Senator Y": both
        infos = [lexicon.title_info(r.title) for r in stated_roles]
        genders = {info.gender for info in infos if info}
        mention.gender = next(iter(genders - {""}), None) if len(genders - {""}) == 1 else None
        given = (len(ent) > 1 and ent[0].pos_ == "PROPN") or (len(ent) == 1 and kin_before(ent))
        if mention.gender is None and given:  # "Glenn Thrush"; "his wife, Callista"
            mention.gender = lexicon.given_name_gender(ent[0].text)
        mention.roles = [r for r in map(_without_honorific, stated_roles) if r]
        mention.country = country or appositive_country
        place, place_country = place_after(ent)
        tagged = place is None
        if tagged:
            place, place_country = party_place(ent)  # "Jeff Flake, Republican of Arizona"
        for stated in mention.roles:  # "Senator Kamala Harris of California"
            national = stated.of and lexicon.is_country_code(stated.of)
            if tagged and not _state_office(stated.title):
                continue  # "House Speaker Paul Ryan (R-Wis.)": the speaker of no state
            if place and (not stated.of or (national and place_country == stated.of)):
                country = _state_office_country(stated.title, place) or place_country
                stated.of, stated.country = place, stated.country or country
                mention.country = mention.country or country
        if before:  # "Mr. Popescu" is how the article names him, if no role
            stated = ent.doc.char_span(role_start, ent.end_char, alignment_mode="expand")
            mention.role_text = stated.text if stated is not None else None
        return mention
    seat = lexicon.seat_of_power(text)
    capital = lexicon.capital_of(text) if label == "GPE" else None
    if capital and capital not in named and (lexicon.city(text) or (0, ""))[0] < (
            settings.CAPITAL_ACTOR_POPULATION):
        capital = None  # "Douglas, Ariz.": not the Isle of Man's government
    if seat or (capital and ent.start_char not in places and _is_agent(ent)):
        mention.kind = "metonym"
        mention.country = seat.country if seat else capital
        mention.roles = [
            Role(title="government", of=mention.country, sector=seat.sector if seat else "GOV")
        ]
        return mention
    state = lexicon.postal_state(text) if label == "GPE" and ent.start > 0 and (
        ent.doc[ent.start - 1].text in (",", "-")) else None
    if state:  # "Berea, OH", "(R-OH)": the state, named as the rest of the text names it
        mention.text = text = state
    read_in_full = _read_in_full(ent, text, named, regions)
    if read_in_full:  # "the North", "Eastern" of "Eastern and Northern European", "Polish"
        # of "Polish, Ukrainian and Lithuanian Americans"
        label, text = read_in_full
        mention.label, mention.text = label, text
    if label in ("GPE", "NORP"):
        mention.country = lexicon.country_of(text) or _diaspora_country(text) or (
            lexicon.inhabitants_country(text) if label == "NORP" else None)  # "Parisians"
        mention.people = lexicon.people_word(text) and ent.root.pos_ in ("NOUN", "PROPN") and (
            ent.root.dep_ not in ("amod", "compound", "nmod"))  # "Americans", not "US aid"
    if label == "GPE" and lexicon.celestial(text):
        mention.label = label = "LOC"  # "Earth's oceans": the planet, no town of Texas
    if mention.country is None and label in ("GPE", "LOC", "FAC") and not lexicon.celestial(text):
        found = lexicon.city(text)
        states = lexicon.subdivision_countries(text)
        if found and states and found[1] not in states:
            found = None  # "Florida Sen. Marco Rubio": no town of Florida, Cuba
        mention.country = capital or (found[1] if found else None) or (
            sited_country(ent) if label in ("LOC", "FAC") else None)  # "Pellin Airport, Sola
        # in Norway"
    if mention.country is None and label in ("ORG", "NORP", "EVENT"):
        words = lexicon.strip_article(text).split(" ")  # not "Georgia Coastal University"
        mention.country = lexicon.unambiguous_country(words[0]) or (len(words) > 2 and (
            lexicon.unambiguous_country(" ".join(words[:2])))) or (  # "South Korean Harwick …"
            described_country(ent) or name_country(text) if label == "ORG" else None)
    return mention


def _read_in_full(ent: Span, text: str, named: set[str | None], regions: set[str]
                  ) -> tuple[str, str] | None:
    """(label, name) of a name written short: a country's by a lone direction ("the North"
    in a story that names North and South Korea; not "the South of France", a part of
    it), a direction listed before a name that shares the rest, or an origin's adjective
    of a group named with its nationality; else None."""
    label = ent.label_
    short = _direction_country(text, named, regions) if label in ("GPE", "LOC") and not (
        ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of") else None
    if short:
        return "GPE", lexicon.country_name(short)
    group = _diaspora(ent) if label in ("GPE", "NORP") else None
    return ("NORP", group) if group else (_elided_direction(ent) if label != "PERSON" else None)


def _elided_direction(ent: Span) -> tuple[str, str] | None:
    """(label, name) of a lone direction listed before a name that opens with another and
    shares the rest ("Eastern" of "Eastern and Northern European descent": NORP "Eastern
    European"), else None; not a body's name ("the Central and East Harbour Coalition" is
    one)."""
    doc = ent.doc
    directions = lexicon.words("directions")
    if len(ent) != 1 or ent[0].lower_ not in directions or not ent[0].is_title or (
            ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in lexicon.words("coordinators")):
        return None
    after = doc[ent.end + 1]
    name = next((e for e in doc.ents if e.start == after.i), None)
    if after.lower_ not in directions or name is None or len(name) < 2 or (
            name.label_ not in ("GPE", "LOC", "NORP")):
        return None
    return name.label_, f"{ent.text} {doc[after.i + 1 : name.end].text}"


def _diaspora(ent: Span) -> str | None:
    """The name of the group an origin's adjective names with the nationality after it,
    written in full ("Polish Americans") or left to a later adjective of a list ("Polish"
    of "Polish, Ukrainian and Lithuanian Americans", "Polish American community"), else
    None."""
    doc = ent.doc
    if _diaspora_country(ent.text):
        return ent.text
    if len(ent) != 1 or not _origin(ent[0].text) or (
            ent.text.lower().removesuffix("s") in lexicon.words("diaspora_nations")):
        return None  # "Turkish Cypriots and Greek Cypriots": no "Cypriots Cypriots"
    index = ent.end
    joins = lexicon.words("coordinators") | {","}
    while index < len(doc) and (doc[index].text in joins or _origin(doc[index].text)):
        index += 1
    last = index - 1  # "Americans" of "… and Lithuanian Americans"
    if last < ent.end or not _diaspora_country(doc[last - 1 : last + 1].text) or (
            last - 1 > ent.start and doc[last - 1].text == ent.text):  # "Turkish and
        # Turkish Cypriot rights": the Turks and the Turkish Cypriots
        return None
    if index < len(doc) and doc[index].is_title:
        return None  # "the Turkish American Federation": a body's name
    listed = doc[ent.end : last - 1]
    if any(_origin(a.text) and _origin(b.text) for a, b in pairwise(listed)) or (
            listed and listed[-1].text not in joins):
        return None  # "Indian, Turkish Cuban and Mexican American": pairs of their own
    return f"{ent.text} {doc[last].text}"


def _diaspora_country(name: str) -> str | None:
    """The nationality of a group named by its origin then that nationality ("Polish
    Americans": USA; "Turkish Cypriots": CYP), for the nations whose people news so names
    (``diaspora_nations``), else None: "Latin Americans" are no group of the United States,
    "Bosnian Serbs" are Serbs of Bosnia."""
    words = lexicon.strip_article(name).replace("-", " ").split()
    if len(words) != 2 or not _origin(words[0]) or " ".join(words).lower().removesuffix(
            "s") in lexicon.words("origin_compounds"):
        return None
    if words[1].lower().removesuffix("s") not in lexicon.words("diaspora_nations"):
        return None  # "Bosnian Serbs" are Serbs of Bosnia
    nation = lexicon.demonym_country(words[1])
    return nation if nation and nation != lexicon.demonym_country(words[0]) else None


def _origin(word: str) -> bool:
    """Whether ``word`` is an adjective of origin: a country's people or a continent's
    ("Polish", "African")."""
    return word.istitle() and bool(lexicon.demonym_country(word) or (
        word.lower() in lexicon.words("diaspora_origins")))


def _direction_country(text: str, named: set[str | None], regions: set[str]) -> str | None:
    """The country a lone capitalised direction shortens ("the North"), by
    ``lexicon.direction_country``, else None."""
    word = lexicon.strip_article(text)
    return lexicon.direction_country(word, named, regions) if word.istitle() else None


def _state_office_country(title: str, place: str) -> str | None:
    """The country of the state a state office is of ("Senator … of Georgia": the US
    state, not the country), else None."""
    return lexicon.subdivision_country(place) if state_office(title) else None


def _shared_title(ent: Span) -> list[Role]:
    """A plural title before a list of names, which each name holds ("Senators Marco
    Rubio of Florida, Mike Lee of Utah and David Perdue of Georgia": each a Senator;
    "four senators, X, Y and Z")."""
    first = ent.root
    while True:
        found = _plural_title_role(_word_before_name(first), capitalised=False)
        if found:  # "the governor and Senators X and Y": not the governor's
            return _with_modifier(found, first)  # "former presidents X and Y"
        if not (first.dep_ in ("conj", "appos") and first.head.i < first.i and (
                first.head.ent_type_ == "PERSON")):
            break
        first = first.head  # "Mike Lee" after "Marco Rubio", in the list
    head = first.head
    start = _name_start(first)
    set_off = first.dep_ == "conj" or (start > 0 and first.doc[start - 1].text in (
        ",", ":", "-", "–", "—"))  # "candidates, X and Y", "candidates - X, Y and Z"
    if first.dep_ in ("conj", "appos") and head.i < first.i and not (
            head.ent_type_) and head.tag_ in ("NNS", "NNPS") and set_off:  # "senators, X, Y"
        roles = _plural_title_role(head.text, capitalised=first.dep_ == "conj")
        named = [t.text for t in head.lefts if t.is_title and t.lower_ != "the"]
        party = named[0] if len(named) == 1 and lexicon.party_member(named[0]) else None
        for role in roles if party else []:  # "The Democratic candidates, X and Y"
            role.of = candidacy_party([party, *role.title.split()])
        return roles
    return []


def _name_start(token: Token) -> int:
    """The index of the first token of the name ``token`` is part of."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _word_before_name(token: Token) -> str:
    """The word written right before the name ``token`` is part of ("Sens." whole)."""
    doc, start = token.doc, _name_start(token)
    if start == 0:
        return ""
    word = doc[start - 1].text
    if start >= 2 and abbreviation_stop(doc[start - 1]):
        word = doc[start - 2].text + "."  # "Sens." split by the tokenizer
    return word


def _with_modifier(roles: list[Role], token: Token) -> list[Role]:
    """``roles`` with the title modifier written before the plural title ("former"), and
    the party a plural candidacy names ("Republican presidential candidates X and Y":
    presidential candidates of the Republican Party)."""
    before = _name_start(token) - 2
    doc = token.doc
    while before >= 0 and (doc[before].lower_ in lexicon.words("title_modifiers") or (
            doc[before].tag_ == "JJ" and doc[before].is_lower)):
        for role in roles:
            role.title = f"{doc[before].lower_} {role.title}"
        before -= 1
    if before >= 0 and lexicon.party_member(doc[before].text) and not (
            before > 0 and doc[before - 1].is_title):  # not "Social Democratic candidates"
        for role in roles:
            role.of = role.of or candidacy_party([doc[before].text, *role.title.split()])
    return roles


def _plural_title_role(plural: str, capitalised: bool = True) -> list[Role]:
    """The role a plural title gives each name it is written before or set beside
    ("Senators" -> Senator), else no role; ``capitalised``: only a title written with a
    capital counts ("governors and Ana Ruiz" is no governor)."""
    cased = plural[:1].isupper() or not capitalised
    singular = plural[:-1] if plural.endswith("s") and cased else ""
    if plural.endswith("s.") and cased:
        singular = plural[:-2] + "."  # "Sens." -> "Sen."
    info = lexicon.titles().get(singular.lower())
    if info is None or lexicon.honorific(singular) or plural.lower() in lexicon.titles():
        return []  # "Mrs." is no plural of "Mr."
    return [Role(title=singular, sector=info.sector or None)]


def _nominal_mentions(doc: Doc, taken: set[int], sentence_of: SentenceIndex) -> list[Mention]:
    """ "the president" (kind title) and "the president's office" (kind nominal)."""
    mentions = []
    for token in doc:
        if token.lower_ != "the" or token.i + 1 in taken:
            continue
        following = doc[token.i + 1 : token.i + 1 + lexicon.max_title_words()]
        size = lexicon.title_prefix([t.text for t in following])
        if not size:
            continue
        after = token.i + 1 + size
        next_token: Token | None = doc[after] if after < len(doc) else None
        title = doc[token.i + 1 : after].text
        if next_token is not None and next_token.text in lexicon.words("possessives"):
            office_end = after + 1
            if office_end < len(doc) and doc[office_end].lower_ in lexicon.words("office_nouns"):
                span = doc[token.i : office_end + 1]
                mentions.append(_titled_mention(span, "ORG", "nominal", title, sentence_of))
            continue
        if next_token is not None and (
            next_token.pos_ == "PROPN" or next_token.tag_ in ("NNS", "NNPS")
        ):
            continue
        if doc[after - 1].tag_ in ("NNS", "NNPS"):
            continue
        if next_token is not None and doc[after - 1].head.i == next_token.i and (
                doc[after - 1].dep_ in ("amod", "compound")):
            continue  # "the general election", "the governor race": no one holds it
        span = doc[token.i : after]
        mentions.append(_titled_mention(span, "PERSON", "title", title, sentence_of))
    return mentions


def _titled_mention(
    span: Span, label: str, kind: str, title: str, sentence_of: SentenceIndex
) -> Mention:
    """A mention standing for whoever holds ``title`` ("the president", "the PM's office")."""
    return Mention(
        span.start_char,
        span.end_char,
        span.text,
        label,
        kind=kind,
        sentence=sentence_of[span.start],
        subject=span.root.dep_ in _SUBJECT,
        roles=[Role(title=title)],
    )


def _pronoun_mentions(doc: Doc, sentence_of: SentenceIndex) -> list[Mention]:
    mentions = []
    reported: dict[int, bool] = {}  # sentence start -> whether someone in it reports
    for token in doc:
        gender = lexicon.table("pronouns").get(token.lower_)
        if not gender or token.pos_ != "PRON":
            continue
        if any(doc[j].text == "/" for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)):
            continue  # "his/her extradition": nobody in particular
        sentence = token.sent
        if sentence.start not in reported:
            reported[sentence.start] = any(reporting.reports(t) for t in sentence)
        mentions.append(
            Mention(
                token.idx,
                token.idx + len(token),
                token.text,
                "PERSON",
                kind="pronoun",
                sentence=sentence_of[token.i],
                subject=token.dep_ in _SUBJECT,
                main=_main_subject(token),
                in_speech=reported[sentence.start],
                speaks=reporting.speaks(token),
                not_at=_clause_subject(token),
                names_after=_names_after(token),
                ahead_at=_fronted_owner(token) or _judged_owner(token),
                befalls=_befalls(token),
                gender=gender,
            )
        )
    return mentions


def find_mentions(doc: Doc, entities: list[Span]) -> list[Mention]:
    """All mentions in ``doc`` in text order, given its corrected named entities."""
    sentence_of = SentenceIndex(doc)
    places = {start for start, _ in doc._.place_hints or ()}
    named = {lexicon.country_of(e.text) for e in entities if e.label_ in ("GPE", "NORP")}
    place_names = [e.text for e in entities if e.label_ in ("GPE", "LOC")]
    lone = any(lexicon.strip_article(n).lower() in lexicon.words("directions")
               for n in place_names)
    regions = lexicon.regions_named(place_names) if lone else set()  # "the North" reads it
    mentions = [
        _name_mention(ent, sentence_of[ent.start], places, named, regions)
        for ent in entities
        if ent.label_ in NAME_LABELS
    ]
    taken = {i for ent in entities for i in range(ent.start, ent.end)}
    mentions += _nominal_mentions(doc, taken, sentence_of)
    mentions += _pronoun_mentions(doc, sentence_of)
    mentions.sort(key=lambda m: m.start)
    text = doc.text  # built once: doc.text joins every token each time
    _link_parenthesised_acronyms(text, mentions)
    _link_speaker_initials(text, mentions)
    _mark_bracketed(text, mentions)
    mark_quoted_pronouns(doc, mentions)
    return mentions


_BRACKETS = re.compile(r"\([^()\n]*\)")


def _mark_bracketed(text: str, mentions: list[Mention]) -> None:
    """A mention inside round brackets is an aside ("(Listen to the podcast with Glenn
    Thrush.)"): a pronoun outside them does not point back to it."""
    brackets = [(m.start(), m.end()) for m in _BRACKETS.finditer(text)]
    starts = [start for start, _ in brackets]
    for mention in mentions:
        at = bisect_right(starts, mention.start) - 1
        if at >= 0 and mention.end <= brackets[at][1]:
            mention.aside = brackets[at]


def _link_parenthesised_acronyms(text: str, mentions: list[Mention]) -> None:
    """ "the NATO Membership Action Plan (MAP)", "the Philippine Institute of Volcanology
    and Seismology (Phivolcs)": a single word in brackets right after an organisation's
    name is its short name, an alias of the name; so is the full name after ", or"
    ("G7, or the Group of Seven")."""
    for before, after in pairwise(mentions):
        between = text[before.end : after.start]
        closes = text[after.end : after.end + 1] == ")"
        short = " " not in after.text.strip() and after.text[:1].isupper()
        named = before.kind == "name" and before.label in _SHORT_NAMED
        if between.strip() == "(" and closes and short and named and (
                after.label not in ("GPE", "LOC") or after.text.isupper()):
            after.alias_of = before.start
        initials = after.text.replace(".", "")
        if between.strip() == "(" and closes and before.kind == "name" and (
                before.label in ("GPE", "LOC") and len(initials) > 1
                and initials == acronym(before.text)):
            after.alias_of = before.start  # "British Columbia (B.C.)"
        spelled = between in (", or ", ", or the ") and after.kind == "name"
        if spelled and before.text.isupper() and acronym(after.text).startswith(
                before.text[:1]):
            after.alias_of = before.start  # "G7, or the Group of Seven"


def _link_speaker_initials(text: str, mentions: list[Mention]) -> None:
    """An interview's speaker label ("AR: The survey began …" at the start of a line) is
    the person named earlier in full with those initials ("Ana Ruiz")."""
    people = [m for m in mentions if m.label == "PERSON" and m.kind == "name"
              and len(m.text.split()) > 1]
    for mention in mentions:
        initials = mention.text
        labelled = (mention.start == 0 or text[mention.start - 1] == "\n") and text[
            mention.end : mention.end + 1] == ":"
        if not (labelled and initials.isalpha() and initials.isupper() and 2 <= len(
                initials) <= 4):
            continue
        owner = next((p for p in people if p.start < mention.start
                      and acronym(p.text) == initials), None)
        if owner is not None:
            mention.alias_of, mention.label = owner.start, "PERSON"


def _without_honorific(role: Role) -> Role | None:
    """``role`` without the form of address that ends it ("director Dr." -> "director");
    None when no title is left ("Mr.", "the youthful Mr.")."""
    words = role.title.split()
    if not words or not lexicon.honorific(words[-1]):
        return role
    words = words[:-1]
    if not words or not (lexicon.title_suffix(words) or lexicon.person_noun(words[-1])):
        return None
    return dataclasses.replace(role, title=" ".join(words))


def _state_office(title: str) -> bool:
    """Whether a title is an office a state elects or sends ("Sen.", "Rep.", "Governor"),
    of which a party tag's state is the ``of``."""
    last = title.split()[-1].lower()
    return last in lexicon.words("state_offices")
