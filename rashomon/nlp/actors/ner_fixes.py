"""Corrections of the statistical NER where the evidence is in the text itself.

- a capitalised name right after a title ("President Kovalchukiy") is a PERSON;
- a person's name the model cut short ("Oleh" + "Marchenko" read as a DATE) runs on over
  the capitalised names that follow it, unless the time tagger read them as a date;
- a country name is a GPE and a demonym a NORP, whatever the model said;
- a capital or a large city the model took for a person or organisation is a GPE;
- a seat of power ("the Kremlin") is an ORG;
- a place named in a dateline or a caption ("... in Starychi, Ukraine") is a GPE;
- "pro-Russian" is an attitude, not a referent, and is dropped;
- the surname of a person named in full is that person wherever it stands alone ("Jobs
  said"), unless it also opens an organisation's name ("Ford Motor Company": "Ford");
- a word the model tagged inside a title before a name ("Secretary of State Mike
  Pompeo": "State") is part of the title, not an organisation;
- a company the model split at a given name ("Lockheed" + "Martin") is one ORG, and a
  person's name it ran on after a legal form ("Pellin LLC Jim Press") is cut there;
- a name with a person's title set off in apposition is a PERSON, whatever the model
  said or the name's last word ("Jim Press, the vice chairman"), and an organisation's
  head word "of" a place is an ORG ("the University of Cape Town");
- products, market indices, bylines, credits and headline fragments are set aside (see
  ``non_actors``);
- names the model missed or cut short are added (see ``missed_names``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from rashomon import settings
from rashomon.nlp.actors import non_actors
from rashomon.nlp.actors.missed_names import (
    abbreviated_title,
    before_family_noun,
    bracketed_short_names,
    called_bodies,
    campus_names,
    caption_places,
    case_names,
    completed_persons,
    courts_with_jurisdiction,
    described_places,
    given_name_syllable,
    hinted_places,
    kin_before,
    law_names,
    listed_names,
    named_after_places,
    party_tag_states,
    storms,
    surname_mentions,
    title_before,
    title_led_persons,
    title_run_in,
)
from rashomon.nlp.actors.non_actors import credit_cue
from rashomon.nlp.common import gazetteer, lexicon, reporting
from rashomon.nlp.common.regions import Regions

_UNDECIDED = ""  # a rule group that has nothing to say about a name


def _relabel(
    ent: Span, person_words: set[str], org_first_words: set[str], city_population: int,
    mid_capitals: set[str], lower_words: set[str],
) -> str | None:
    """The label ``ent`` should have by the evidence in the text, None when it names no
    actor at all. ``person_words``: words of the people named in full; ``org_first_words``:
    first words of organisations' names of several words; ``city_population``: see
    ``settings.CITY_RELABEL_POPULATION``; ``mid_capitals``: words capitalised somewhere
    other than at the start of a sentence; ``lower_words``: words written in lower case.
    The rule groups are asked in this order; the first that decides wins."""
    if gazetteer.former_country(lexicon.strip_article(ent.text)):
        return "GPE"  # "the Soviet Union", "USSR": a country, though no longer one
    decided = _by_shape(ent, mid_capitals, lower_words)
    if decided == _UNDECIDED:
        decided = _by_people(ent, person_words, org_first_words)
    if decided == _UNDECIDED:
        decided = _by_head_word(ent, person_words)
    if decided == _UNDECIDED:
        decided = _by_place(ent, person_words, city_population)
    return decided


def _by_shape(ent: Span, mid_capitals: set[str], lower_words: set[str]) -> str | None:
    """What the name's own form says: tags, suffixes, attitudes, capitals only from the
    sentence, runs across blocks; platforms and "a Latina"."""
    text, label = ent.text, ent.label_
    if len(text) < 2 or lexicon.party_tag().fullmatch(text):
        return None  # "D" and "R-Iowa" of a party-and-state tag, not names
    if text.lower().strip(",") in lexicon.words("name_suffixes"):
        return None  # "Miles R. Tovey, Jr.": the suffix of a name, not a name
    if text.lower() in lexicon.words("platforms"):
        return "ORG"  # "Wikinews interviewed", "posted to Twitter": a medium, not a person
    indefinite = (ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("a", "an")) or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children)
    if label in ("GPE", "NORP") and len(ent) == 1 and indefinite and (
            not lexicon.country_of(text)) and (
            ent.root.dep_ not in ("compound", "amod", "nmod")):  # not "a Tennessee Republican"
        return "NORP"  # "to be a Latina", "a wise Latina": one of a people, not a place
    if text.lower().startswith(tuple(lexicon.words("attitude_prefixes"))):
        return None  # "pro-Russian", "pro-Damascus", "Ex-CIA chief": no referent
    if label in ("NORP", "GPE") and "-" in text and all(
            lexicon.demonym_country(part) or lexicon.country_code(part)
            for part in text.split("-")):
        return None  # "Russian-Syrian regime projects", "the U.S.-Mexico border": two
    after = ent.doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in lexicon.words(
            "language_words"):
        return None  # "Spanish-language ads", "Spanish-speaking voters": a language
    if label in ("NORP", "GPE", "LANGUAGE") and len(ent) == 1 and lexicon.people_word(text) and (
            _as_language(ent)):
        return None  # "the English version", "said in Arabic", "speaks French"
    sentence_capital = len(ent) == 1 and ent[0].is_sent_start and ent[0].pos_ not in (
        "PROPN", "X", "ADJ") and not text.isupper() and text not in mid_capitals
    if sentence_capital and not lexicon.country_of(text):
        return None  # "Next, ...", "Observers questioned": a capital only from the sentence
    common = len(ent) == 1 and ent[0].is_sent_start and text.lower() in lower_words and (
        text not in mid_capitals and not text.isupper() and not lexicon.country_of(text)
        and not reporting.speaks(ent.root))  # "Rice said …" beside "rice prices"
    if common:
        return None  # "Hydrogen is not toxic" beside "… of hydrogen": a word, not a name
    if not any(t.text[:1].isupper() or t.is_digit for t in ent):
        return None  # "oligarch": names are capitalised
    if lexicon.deictic_day(text):
        return None  # "Tonight we arrived in Cleveland"
    if len(ent) == 1 and not text.isupper() and re.search(r"([a-z])\1\1", text.lower()):
        return None  # "Nooooo", "Yesssss": a shout (not "AAA"), no name has a letter
        # three times over
    if lexicon.strip_article(text).lower() in lexicon.words("generic_names"):
        return None  # "a super PAC backing Ana Ruiz": a kind of group, no one in particular
    if "/" in text and text.rsplit("/", 1)[1].strip().lower() in lexicon.words(
            "credit_agencies"):
        return None  # "Pellin Daily/Getty Images": a photo credit (not "X/Y poll")
    if _other_script(text) or _mostly_lower_case(ent):
        return None  # "Если", "Le bilan est lourd": a quotation in another language
    if "\n" in text or (label in ("NORP", "PERSON") and any(t.is_digit for t in ent)):
        return None  # runs across blocks or into a dateline's date
    if label in ("PERSON", "ORG", "GPE", "NORP", "LOC") and _species_name(ent):
        return "PRODUCT"  # "Acropora millepora", "P. damicornis": a species (OTHER), no one
    return _UNDECIDED


def _species_name(ent: Span) -> bool:
    """Whether ``ent`` is written as a species' two-part Latin name: a capitalised genus or
    its initial, then an epithet in small letters with a Latin ending (``species_endings``)
    ("Acropora millepora", "P. damicornis"); a person's name has no such word."""
    if len(ent) != 2 or not ent[1].is_alpha or not ent[1].is_lower or len(ent[1]) < 4:
        return False
    genus = ent[0].text
    initial = len(genus) == 2 and genus[0].isupper() and genus[1] == "."
    return (initial or (genus.isalpha() and genus[0].isupper() and genus[1:].islower())) and (
        ent[1].text.endswith(tuple(lexicon.words("species_endings"))))


def _by_people(ent: Span, person_words: set[str], org_first_words: set[str]) -> str | None:
    """What the people and organisations named in full say: a surname alone, a company's
    first word alone, a seat of power, a group Phoenix codes as one actor."""
    text, label = ent.text, ent.label_
    surname = label in ("ORG", "GPE", "NORP") and len(ent) == 1 and text in person_words
    # a demonym standing as a noun is the surname ("Cuban said" beside "Mark Cuban")
    demonym_noun = label == "NORP" and ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if surname and (demonym_noun or not lexicon.country_of(text)) and (
            text not in org_first_words or label != "ORG"):  # "Trump voters" beside the
        return "PERSON"  # "Trump Organization"; "Haugen said": a person named in full
    if label == "PERSON" and len(ent) == 1 and text in org_first_words - person_words:
        return "ORG"  # "Ford" beside "Ford Motor Company", no person Ford
    if lexicon.seat_of_power(text):
        return "ORG"
    if label in ("NORP", "GPE") and any(lexicon.is_specific_code(c) for c in lexicon.actor_codes(
            text)):
        return "ORG"  # "ISIL", "the Islamic State": one armed group, no people or place
    return _UNDECIDED


_NAME_LABELS = ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC")  # not a DATE ("Election Day")


def _as_language(ent: Span) -> bool:
    """Whether a people's adjective names a language: before one of the ``language_nouns``
    ("the English translation"), after "in" or "into" ending a phrase ("said in Arabic",
    not "in French politics"), or the object of a ``language_verbs`` verb."""
    doc, root = ent.doc, ent.root
    if ent.text.endswith("s"):
        return False  # "understand Americans": a people
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in lexicon.words("language_nouns"):
        return True
    before = doc[ent.start - 1] if ent.start else None
    ends = after is None or (after.is_punct and after.text not in ("-", "–")) or (
        after.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PART", "ADV"))
    if before is not None and before.lower_ in lexicon.words("language_prepositions") and ends:
        return True  # "said in Arabic,"; not "into Russian-occupied Crimea", "in Syrian and
        # Iraqi camps"
    return root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon.words("language_verbs")


def _dated_event(ent: Span, last: str) -> bool:
    """Whether a name ending in one of the ``event_heads`` is dated by a year or "annual"
    ("the 2010 Pellin Summit"): an event, not a body."""
    if last not in lexicon.words("event_heads"):
        return False
    doc = ent.doc
    around = [t for t in (doc[ent.start - 1] if ent.start else None,
                          doc[ent.end] if ent.end < len(doc) else None, *ent) if t is not None]
    return any(non_actors.is_year(t.text) or t.lower_ == "annual" for t in around)


def _names_a_feature(ent: Span) -> bool:
    """Whether the name ``ent`` qualifies a land or water feature's noun written after it,
    with at most one lower-case word between ("the Johan Holm oil field", "the Punta Velm
    rock formation", "the Harwick glacier"; not "the GOP field", its candidates)."""
    doc, nouns = ent.doc, lexicon.words("feature_nouns")
    for at in (ent.end, ent.end + 1):
        if at < len(doc) and doc[at].is_lower and doc[at].pos_ == "NOUN" and (
                doc[at].lemma_.lower() in nouns
                or f"{doc[at - 1].lower_} {doc[at].lemma_.lower()}" in nouns):
            return ent.root.head.i == at and (at == ent.end or doc[ent.end].is_lower) and not (
                lexicon.country_of(ent.text) or lexicon.subdivision(ent.text))  # not "the
            # U.S. island territory"
    return False


def _place_of(ent: Span) -> bool:
    """Whether the name ``ent`` follows a place's noun and "of" ("the town of Velm", "the
    electoral district of Groomby"), owning nothing after it."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "of" and (
        doc[ent.start - 2].lower_ in lexicon.words("place_heads")) and not (
        ent.end < len(doc) and doc[ent.end].text in lexicon.words("possessives"))


def _by_head_word(ent: Span, person_words: set[str]) -> str | None:
    """What the name's last word and the words around it say (a convention, a law, a
    street, a disease, a town after a place preposition, a person's description, an
    organisation's head word)."""
    text, label = ent.text, ent.label_
    last = [t.lower_ for t in ent if t.text not in lexicon.words("possessives")][-1:]
    if len(ent) > 1 and last and last[0] in lexicon.words("gathering_heads") and any(
            lexicon.party_member(t.text) for t in ent) and not lexicon.is_organisation(text):
        return "EVENT"  # "the Republican convention", "the Libertarian National Convention"
    if label in _NAME_LABELS and len(ent) > 1 and last and (_dated_event(ent, last[0]) or (
            last[0] in lexicon.words("observance_heads") and ent[-1].is_title
            and any(t.text in lexicon.words("possessives") for t in ent))):
        return "EVENT"  # "the 2010 Velmora Developers Conference", "International Women's Day"
    if len(ent) > 1 and last and last[0] in lexicon.words("law_heads"):
        return "LAW"  # "the United States Constitution", "the Paris Agreement"
    if len(ent) > 1 and last and (last[0] in lexicon.words("street_heads") or (
            last[0] in lexicon.words("nature_heads") and not lexicon.country_of(text)
            and not lexicon.subdivision(text, any_level=True))):  # not "Rhode Island"
        return "LOC"  # "S. Lexington Avenue", "George Washington Bridge", "Seccombe Lake"
    if label in ("PERSON", "ORG", "GPE") and _names_a_feature(ent):
        return "LOC"  # "the Johan Holm oil field", "the Punta Velm rock formation"
    if label in ("PERSON", "ORG") and _place_of(ent):
        return "GPE"  # "the electoral district of Groomby": a place, not a man
    if text.lower() in lexicon.words("diseases"):
        return None  # "died of COVID-19": a disease, not an actor
    if label == "GPE" and len(ent) == 1 and lexicon.inhabitants_city(text, ("er",)):
        return "NORP"  # "any Londoner would do"
    if label in ("PERSON", "ORG") and len(ent) == 1 and _after_place_preposition(ent) and (
        not lexicon.is_organisation(text) and text not in person_words
        and lexicon.city(text) is not None
    ):
        return "GPE"  # "towards Jarabulus": a town the model took for a person
    if label == "PERSON" and len(ent) == 1 and text.isupper() and 2 <= len(text) <= 6:
        return "ORG"  # "the 55-member AU": a person is not one word in capitals
    if label in ("ORG", "GPE", "LOC") and _body_of_place(ent):
        return "ORG"  # "the University of Cape Town", "the Bank of Velmora"
    if label in ("PERSON", "ORG", "NORP") and len(ent) > 1 and (
            ent[-1].lower_ in lexicon.words("place_heads")
            or gazetteer.bare_subdivision_names(text)) and not _local_body(ent):
        return "GPE"  # "General Santos City", "Davao Oriental Province", "County Clare"
    if label == "PERSON" and _family(ent, person_words):
        return None  # "the Varga dynasty", "where the Quints lived": a family, not the man
    if label != "ORG" and len(ent) == 1 and _honorific_before(ent):
        return "PERSON"  # "Mr. English", "Ms. Paris": a surname after a form of address
    if label == "GPE" and kin_before(ent, comma=False):
        return "PERSON"  # "his wife Mary"
    if label in ("GPE", "ORG", "NORP") and kin_before(ent) and lexicon.given_name_gender(
            ent[0].text) and not lexicon.country_of(text):
        return "PERSON"  # "his wife, Callista,"; not "its partner, Germany,"
    if label == "GPE" and len(ent) == 1 and _listed_with_person(ent) and (
            lexicon.given_name_gender(text)) and not lexicon.country_of(text):
        return "PERSON"  # "named Fred and Mary": not Mary, Turkmenistan
    if label not in ("PERSON", "NORP") and _named_as_person(ent):
        return "PERSON"  # "Nadia Brelov, a port security officer": not a place
    if label == "PERSON" and _title_only(ent):
        return None  # "Executive Officer": a title the model read as a name
    if label in ("GPE", "NORP", "LOC") and len(ent) > 1 and (
            ent[-1].lower_ in lexicon.words("organisation_heads") or _local_body(ent)):
        return "ORG"  # "the United States Democratic Party" (a PERSON was done before),
        # "the Paris Police Prefecture"
    return _UNDECIDED


def _local_body(ent: Span) -> bool:
    """Whether a name ends in a local body's name of two or three words after its place
    ("the Paris Police Prefecture", "the Lagos State Government"; ``local_body_names``)."""
    return any(ent[-size:].text.lower() in lexicon.words("local_body_names")
               for size in (2, 3) if len(ent) > size)


def _body_of_place(ent: Span) -> bool:
    """Whether a name is an organisation's head word "of" a place ("the University of Cape
    Town"), and no place's own name ("the Federation of Bosnia and Herzegovina")."""
    words = [t.lower_ for t in ent if t.lower_ not in lexicon.words("articles")]
    return len(words) > 2 and words[0] in lexicon.words("organisation_heads") and (
        words[1] == "of") and not lexicon.country_code(ent.text) and not lexicon.subdivision(
        ent.text, any_level=True)


def _by_place(ent: Span, person_words: set[str], city_population: int) -> str | None:
    """What the gazetteer says: a country, a demonym, a capital or a large city; else the
    model's label stands."""
    text, label = ent.text, ent.label_
    if lexicon.country_code(text):
        return "GPE"
    if len(ent) > 1 and not text.endswith(".") and lexicon.canonical_place(text) != (
            lexicon.strip_article(text)):
        return "GPE"  # "the Granite State"
    if lexicon.demonym_country(text) or text.lower() in lexicon.words("religions"):
        return "NORP"  # "Ukrainians", "Islam"
    if label == "NORP" and ent.root.pos_ == "PROPN" and (
            lexicon.subdivision(text) or (len(ent) > 1 and lexicon.town(text))):
        return "GPE"  # "the West Virginia Republican primary", "to Pangkal Pinang": a place
    if (
        label in ("PERSON", "ORG", "NORP")
        and len(ent) <= 2
        and not title_before(ent.doc, ent.start)
        and not kin_before(ent)
        and not (label == "PERSON" and _listed_with_person(ent))  # "Fred and Mary"
    ):
        known_person = any(word in person_words for word in text.split())
        known_actor = label == "ORG" and lexicon.is_organisation(text)  # "Toyota"
        big_city = not text.isupper() and (lexicon.city(text) or (0, ""))[0] >= city_population
        if not (known_person or known_actor) and (lexicon.capital_of(text) or big_city):
            return "GPE"
    return label




def _other_script(text: str) -> bool:
    """Whether the letters of ``text`` are in no Latin script ("Тюмень"): an English
    article names its actors in Latin letters and glosses the original."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any("LATIN" in unicodedata.name(c, "") for c in letters)


def _mostly_lower_case(ent: Span) -> bool:
    """Whether most words of a name of three or more are lower case and no particles of
    names ("Le bilan est lourd"): a sentence, not a name."""
    words = [t for t in ent if t.is_alpha]
    allowed = lexicon.words("function_words") | lexicon.words("name_particles") | (
        lexicon.words("name_article_prefixes"))
    lower = [t for t in words if t.text[:1].islower() and t.lower_ not in allowed]
    return len(words) >= 3 and 2 * len(lower) > len(words)


def _named_as_person(ent: Span) -> bool:
    """Whether a name the model gave another type reads as a person's: a given name of one
    sex and a surname (``given_names.tsv``), no place or organisation known by the name or
    its last word, and the words around it describe a person (a title or descriptive noun
    before it or in apposition) or make it the subject of a reporting verb."""
    words = [t for t in ent if not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if lexicon.is_organisation(ent.text):
        return False
    last = words[-1].lower_
    heads = lexicon.words("organisation_heads") | lexicon.words("place_heads") | (
        lexicon.words("law_heads"))
    if lexicon.town(ent.text) or lexicon.country_of(ent.text) or (
            lexicon.subdivision(ent.text, any_level=True)):
        return False
    if last in heads:  # "Douglas Aircraft"; not "Jim Press, the vice chairman"
        return _titled_person(ent)
    root = ent.root
    described = any(c.dep_ == "appos" and _role_noun(c) for c in root.children)
    before = ent.doc[ent.start - 1] if ent.start else None
    titled = before is not None and before.dep_ == "compound" and _role_noun(before)
    speaking = reporting.reports(root)
    if lexicon.given_name_gender(words[0].text) is None:  # "Kino Gabriel said": no thing
        set_off = ent.label_ == "ORG" and (any(  # "Eswar Prasad, a professor of economics"
            _set_off_title(c) for c in root.children) or _named_after_title(ent)) and not any(
            t.lower_ in heads for t in words)  # not "X of University College London, a
        # researcher": the title is the person's before it
        return set_off or (speaking and ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW"))
    if ent.label_ == "ORG":  # "Dean Foods said": companies speak too
        return described or titled or title_before(ent.doc, ent.start)
    return described or titled or speaking or title_before(ent.doc, ent.start)


def _named_after_title(ent: Span) -> bool:
    """Whether ``ent`` is set off by commas right after a title that describes one person
    ("a Foreign Ministry spokesman, Morgan Ortell, said"), the name in apposition to it."""
    doc, root = ent.doc, ent.root
    title = root.head
    return root.dep_ == "appos" and title.i == ent.start - 2 and (
        doc[ent.start - 1].text == ",") and title.tag_ == "NN" and lexicon.person_noun(
        title.lower_, agents=False) and ent.end < len(doc) and doc[ent.end].is_punct and not (
        any(lexicon.country_code(t.text) for t in ent))  # not "the record company, Apple
    # Corps,": a body's noun, which Phoenix's agents list too; nor "the tax preparer,
    # Harwick USA,": a firm named with its country


def _set_off_title(token: Token) -> bool:
    """Whether ``token`` is a title in apposition, set off after the name and closed by
    punctuation, and indefinite or of something ("X, a professor of economics at Y,
    said"); not a clause's subject the parser hung on the name with its verb ("now called
    X, the candidate boasted") nor a relative's possession ("X, whose leader")."""
    if token.dep_ != "appos" or token.lower_ not in lexicon.title_words() or (
            token.lower_ in lexicon.words("body_roles")) or any(
            c.dep_ == "poss" or c.tag_ in ("VBD", "VBZ", "VBP") for c in token.children):
        return False  # "…, the candidate boasted of his deal": a verb of its own; "X, a
        # member of the alliance": a body can be one
    described = any(c.dep_ == "prep" or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                    for c in token.children)  # "a delegate", "the director of the agency"
    after = token.right_edge.i + 1
    return described and (after >= len(token.doc) or token.doc[after].is_punct)


def _titled_person(ent: Span) -> bool:
    """Whether a name that opens with a given name (not a title: "General Motors") has a
    person's title before it or in apposition ("Vice Chairman Jim Press", "Jim Press, the
    vice chairman"): a person's name, whatever its last word."""
    first = ent[0]
    if lexicon.given_name_gender(first.text) is None or first.lower_ in lexicon.title_words():
        return False
    return any(_set_off_title(c) for c in ent.root.children) or title_before(ent.doc, ent.start)


def _role_noun(token: Token) -> bool:
    """Whether ``token`` is a common noun of a title or a Phoenix agent ("officer",
    "teacher"), which describes a person."""
    return token.tag_ == "NN" and (
        token.lower_ in lexicon.title_words() or bool(lexicon.agent_code(token.lower_)))


def _family(ent: Span, person_words: set[str]) -> bool:
    """Whether a surname names a family: before a family noun ("the Reyes brothers"), or
    in the plural after "the" ("the Quints") when the article names one of them."""
    if before_family_noun(ent.root):
        return True
    text = ent.text
    return len(ent) == 1 and text.endswith("s") and text[:-1] in person_words and (
        ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def _honorific_before(ent: Span) -> bool:
    """Whether a form of address stands right before the name ("Mr.", "Mrs.", "Ms.")."""
    return ent.start > 0 and lexicon.honorific(ent.doc[ent.start - 1].text)


def _listed_with_person(ent: Span) -> bool:
    """Whether a one-word name is joined by "and"/"or" to a person's name ("Fred and
    Mary")."""
    root = ent.root
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" for t in joined)


def _after_place_preposition(ent: Span) -> bool:
    """Whether a place preposition ("in", "near", "towards") stands right before ``ent``."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in lexicon.words("place_prepositions")


def _title_only(ent: Span) -> bool:
    """Whether every word of ``ent`` is a title word ("Executive Officer", "Prime
    Minister")."""
    if abbreviated_title(ent):
        return True  # "Sens.", "Reps."
    words = [t.lower_ for t in ent if not t.is_punct]
    return bool(words) and all(w in lexicon.title_words() for w in words)


def _organisation_named(ent: Span) -> bool:
    """Whether a name is an organisation's by its last word ("Douglas Aircraft", "the
    United States Democratic Party") or by the noun right before it ("magazine Der
    Spiegel", "automaker Chrysler")."""
    if len(ent) > 1 and ent[-1].lower_ in lexicon.words("organisation_heads"):
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in lexicon.words("organisation_nouns")


def _web_address(name: str) -> bool:
    """Whether ``name`` ends in a web domain of ``web_domains`` ("Velmorapress.com")."""
    stem, dot, domain = name.rpartition(".")
    return bool(dot) and stem[-1:].isalnum() and domain.lower() in lexicon.words("web_domains")


def _misread_organisation(ent: Span) -> bool:
    """Whether a name the model gave another type is an organisation's: a person's name by
    its head or cue word ("Douglas Aircraft"), a place, group or work after a noun that
    makes it an organisation ("news agency Pellinpress", "rock band Velvet Harbour"), or a place
    name in capitals Phoenix knows as an actor ("According to CNN")."""
    label = ent.label_
    if label != "ORG" and _web_address(ent.text):
        return True  # "Speaking to Portfolio.hu"
    if label == "PERSON":  # "Douglas Aircraft"; not "Jim Press, the vice chairman"
        return _organisation_named(ent) and not _titled_person(ent)
    if label not in ("GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART") or (
            lexicon.country_of(ent.text)):
        return False
    doc, nouns = ent.doc, lexicon.words("organisation_nouns")
    before = doc[ent.start - 1] if ent.start > 0 else None
    cued = before is not None and before.lower_ in nouns and (
        before.dep_ == "compound" or before.head.i >= ent.start)
    after = doc[ent.end] if ent.end < len(doc) else None
    headed = after is not None and after.lower_ in nouns and ent.root.head.i == after.i and (
        not lexicon.town(ent.text) and not lexicon.subdivision(ent.text, any_level=True))
    shouted = label == "GPE" and ent.text.isupper() and lexicon.is_organisation(ent.text)
    return cued or headed or shouted  # "news agency Pellinpress", "the Kestrelmart chain", "CNN"


def _event_as_organisation(ent: Span) -> Span | None:
    """An "event" named by an organisation's head word ("Hurricane Center"), as an
    organisation with the capitalised words the model left before it ("the National
    Hurricane Center"); else None."""
    if ent.label_ != "EVENT" or ent[-1].lower_ not in lexicon.words("organisation_heads"):
        return None
    start = ent.start
    while start > 0 and ent.doc[start - 1].pos_ in ("PROPN", "ADJ") and (
            ent.doc[start - 1].text[:1].isupper()) and not ent.doc[start - 1].ent_type_ and (
            ent.doc[start - 1].lower_ not in lexicon.title_words()):
        start -= 1
    return Span(ent.doc, start, ent.end, label="ORG")


def _trimmed(ent: Span) -> Span:
    """``ent`` without a function word or verb the model ran on into ("Patrice Toure of",
    "Varga was") or a quotation mark at either end ('The "United States" is')."""
    start, end = ent.start, ent.end
    while end - start > 1 and (ent.doc[start].is_quote or (
            ent.doc[start].lower_ in lexicon.words("articles") and ent.doc[start + 1].is_quote)):
        start += 1
    while end - start > 1 and ent.doc[end - 1].is_quote:
        end -= 1
    if end - start > 1 and ent.doc[end - 1].lower_ in lexicon.words("function_words"):
        end -= 1
    while end - start > 1 and ent.doc[start].is_sent_start and (
            ent.doc[start].pos_ == "VERB" or _inverted_speech(ent.doc[start], end)):
        start += 1  # "Remarked Pellin Wildlife Fund scientist …", 'Said Vidal: "…"': the
        # verb before its subject, not the name's (the model tags a capitalised "Said" PROPN)
    if end - start > 1 and _question_opener(ent.doc[start]):
        start += 1  # "Will Velmora Linux run on ARM?": the question's auxiliary
    if end - start > 2 and ent.doc[end - 2].text == "-" and not ent.doc[end - 3].whitespace_ and (
            ent.doc[end - 1].lower_ in lexicon.words("compound_endings")):
        end -= 2  # "Jeb Bush-era policies": the name without the compound's ending
    while end - start > 1 and ent.doc[end - 1].text in ("-", "–"):
        end -= 1  # "Pellin Motors-" of "the Pellin Motors-led group"
    while end - start > 1 and _description_word(ent.doc[start]) and ent.label_ in (
            "ORG", "PERSON"):
        start += 1  # "United States airframer Pellin Aerospace": the name is after it
    credit = next((t.i for t in ent.doc[start + 1 : end] if credit_cue(t)), None)
    if credit is not None:
        end = credit  # "Ivo Petrov Image: Pellin Port.": a caption's name, then its credit
    while end - start > 1 and ent.doc[end - 1].pos_ in ("AUX", "VERB") and (
            ent.doc[end - 1].text.islower()):
        end -= 1  # "after Varga was pressed": the model ran on into the verb
    if ent.label_ == "PERSON":
        start += title_run_in(ent.doc, start, end)
        if start == end:  # "the former Chief Operating Officer, Ana Ruiz": no name here
            return ent.doc[start:start]
    return ent if (start, end) == (ent.start, ent.end) else Span(
        ent.doc, start, end, label=ent.label_)


def _description_word(token: Token) -> bool:
    """Whether ``token`` is a common word in lower case that describes the name after it
    ("airframer", "engine maker"): no article and no particle of a name ("de", "al")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ", "PROPN") and (
        token.lower_ not in _name_openers()) and following is not None \
        and (following.is_title or following.is_lower)


@cache
def _name_openers() -> frozenset[str]:
    """Lower-case words a name may start with: articles and particles ("de", "al")."""
    return lexicon.words("articles") | lexicon.words("name_particles") | lexicon.words(
        "name_article_prefixes")


def _inverted_speech(first: Token, end: int) -> bool:
    """Whether ``first``, opening its sentence, is a reporting verb put before its speaker,
    whose words follow the name after a colon or quotation mark ('Said Vidal: "…"'; not
    the name "Said Hamdi", which goes on like any other)."""
    after = [t for t in first.doc[end : end + 2] if t.text != ","]
    return first.lower_ in lexicon.words("inverted_speech_verbs") and (
        bool(after) and (after[0].text == ":" or after[0].is_quote))


def _with_hyphenated_given_name(ent: Span) -> Span:
    """A person's name the model cut at the hyphen of a given name ("Pak Ji" of "Pak
    Ji-hun"): the name with its last syllable."""
    if ent.label_ != "PERSON" or len(ent) < 2 or not given_name_syllable(ent.doc, ent.end):
        return ent
    return Span(ent.doc, ent.start, ent.end + 2, label="PERSON")


def _question_opener(token: Token) -> bool:
    """Whether ``token`` is the auxiliary that opens a yes-no question."""
    return token.is_sent_start and token.lower_ in lexicon.words("question_openers") and (
        token.sent[-1].text == "?" or (len(token.sent) > 1 and token.sent[-2].text == "?"))


def _split_at_slash(ents: list[Span]) -> list[Span]:
    """An organisation's name the model ran across a slash between two names ("Pellin
    Hat/Harwick Systems", "the Velmora/Pellin Linux projects") is two names; not a credit
    ("Photo: Ana Ruiz/Reuters") nor people ("Ruiz/Vidal won the doubles")."""
    result = []
    for ent in ents:
        if "/" not in ent.text:
            result.append(ent)
            continue
        cut = next((t.i for t in ent[1:-1] if t.text == "/" and not t.whitespace_
                    and not t.doc[t.i - 1].whitespace_ and t.doc[t.i - 1].text[:1].isupper()
                    and t.doc[t.i + 1].text[:1].isupper() and len(t.doc[t.i - 1].text) > 2
                    and len(t.doc[t.i + 1].text) > 2), None)  # not "AC/DC"
        if cut is None or ent.label_ not in ("ORG", "PRODUCT") or (
                ent.start >= 2 and credit_cue(ent.doc[ent.start - 2])) or (  # "Photo: A/B"
                non_actors.agency_after(ent.doc, cut)):  # "Ana Ruiz/Reuters": a credit
            result.append(ent)
            continue
        start = ent.start + (ent[0].lower_ in lexicon.words("articles"))
        result += [Span(ent.doc, start, cut, label=ent.label_),
                   Span(ent.doc, cut + 1, ent.end, label=ent.label_)]
    return result


def _split_at_comma(ents: list[Span]) -> list[Span]:
    """An organisation's name the model ran across a comma into a body's name ("requests
    from Pellin Watch, Justice Department lawyer X") is two names; not a legal form, a
    place or a firm of partners after the comma ("Velmora Air, Inc.", "Ruiz, Vidal &
    Pell")."""
    result = []
    heads = lexicon.words("organisation_heads") | set(lexicon.table("public_body_heads"))
    for ent in ents:
        commas = [t.i for t in ent[1:-1] if t.text == ","] if ent.label_ == "ORG" else []
        if len(commas) != 1 or ent[-1].lower_ not in heads or ent.end - commas[0] < 3 or not all(
                t.is_title or t.is_punct for t in ent if t.lower_ not in lexicon.words("articles")):
            result.append(ent)
            continue
        start = ent.start + (ent[0].lower_ in lexicon.words("articles"))
        result += [Span(ent.doc, start, commas[0], label="ORG"),
                   Span(ent.doc, commas[0] + 1, ent.end, label="ORG")]
    return result


def _joined_at_comma(ents: list[Span]) -> list[Span]:
    """An organisation's name the model cut at a comma of its own list ("the Velmora Union
    of Rail" + "Maritime and Transport Workers") is one name: a name ending in "of" and a
    word, a comma, and a name right after of one word, "and" and words ending in a plural
    (not "the Velmora Union of Journalists, Pellin Bank and Harwick Traders": three)."""
    result: list[Span] = []
    for ent in ents:
        last = result[-1] if result else None
        if last is not None and ent.label_ == last.label_ == "ORG" and len(last) > 2 and (
                last[-2].lower_ == "of" and ent.start == last.end + 1
                and ent.doc[last.end].text == "," and len(ent) > 2 and ent[1].lower_ == "and"
                and ent[-1].tag_ in ("NNS", "NNPS") and all(
                    t.is_title or t.lower_ in lexicon.words("body_name_joiners") for t in ent)):
            result[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        else:
            result.append(ent)
    return result


def _joined_across_of(ents: list[Span]) -> list[Span]:
    """A country's name the model cut after "of" ("the Democratic Republic of" + "Congo")
    is one name: two place names side by side or with "the" between them, the first ending
    in "of" (or "of the"), that together are a country's name."""
    result: list[Span] = []
    for ent in ents:
        last = result[-1] if result else None
        if last is not None and ent.label_ == last.label_ == "GPE" and (
                ent.start == last.end or (ent.start == last.end + 1
                                          and ent.doc[last.end].lower_ == "the")) and (
                "of" in (t.lower_ for t in last[-2:])) and (
                lexicon.country_code(lexicon.strip_article(
                    ent.doc[last.start : ent.end].text))):
            result[-1] = Span(ent.doc, last.start, ent.end, label="GPE")
        else:
            result.append(ent)
    return result


def _joined_at_nickname(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name with a nickname in quotation marks inside it ("Joaquín "El Chapo"
    Guzmán", "Tomás "Tomy" Vidal"), which the model cuts into pieces (a person, a place, a
    person), is one person's name: a known given name opening what the model took for a
    person, one to three capitalised words in quotation marks, and up to three proper
    nouns after them."""
    joined = []
    for ent in ents:
        at = ent.end
        if ent.label_ != "PERSON" or at + 3 >= len(doc) or not doc[at].is_quote or (
                lexicon.given_name_gender(ent[0].text) is None):
            continue
        close = next((i for i in range(at + 2, min(at + 5, len(doc))) if doc[i].is_quote), None)
        if close is None or not all(t.is_title for t in doc[at + 1 : close]):
            continue
        end = close + 1
        while end < len(doc) and end - close <= 3 and doc[end].is_title and (
                doc[end].pos_ == "PROPN") and not doc[end].is_sent_start:
            end += 1  # not 'Ana Ruiz "Very Happy" With Result', a headline
        if end > close + 1:
            joined.append(Span(doc, ent.start, end, label="PERSON"))
    return filter_spans(joined + ents) if joined else ents


def _split_at_direction(ents: list[Span]) -> list[Span]:
    """A place name the model ran across two directions sharing one name ("North and South
    Korea", "East and West Germany") is two names, the first written short (its mention
    is read in full by ``mentions``)."""
    result = []
    directions = lexicon.words("directions")
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "NORP") or len(ent) < 4 or not any(
                t.lower_ in directions for t in ent[:2]):
            result.append(ent)  # read every token only where a direction opens the name
            continue
        words = [t for t in ent if t.lower_ not in lexicon.words("articles")]
        if len(words) >= 4 and (
                words[0].lower_ in directions and words[1].lower_ in lexicon.words("coordinators")
                and words[2].lower_ in directions and words[0].is_title):
            result += [Span(ent.doc, words[0].i, words[0].i + 1, label=ent.label_),
                       Span(ent.doc, words[2].i, ent.end, label=ent.label_)]
        else:
            result.append(ent)
    return result


def _split_at_legal_form(doc: Doc, ents: list[Span]) -> list[Span]:
    """An ORG span the model ran on past a legal form into a person's name ("Chrysler LLC
    Jim Press") is cut there: the ORG, then a PERSON; not where what follows is no given
    name and ends in an organisation's word ("the California Air Resources Board")."""
    result = []
    for ent in ents:
        cut = next((t.i + 1 for t in ent[1:-2] if ent.label_ == "ORG"
                    and t.lower_ in lexicon.words("organisation_suffixes") and t.text[0].isupper()
                    and all(x.is_title and x.pos_ == "PROPN" for x in doc[t.i + 1 : ent.end])
                    and (lexicon.given_name_gender(doc[t.i + 1].text)
                         or ent[-1].lower_ not in lexicon.words("organisation_heads"))),
                   None)
        if cut is None:
            result.append(ent)
        else:
            result += [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end,
                                                                     label="PERSON")]
    return result


def _rejoined_companies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A company's name that the model split into an ORG and a PRODUCT ("Lockheed" +
    "Martin") is one ORG again when Phoenix knows the whole name as an actor; a model's
    name ("Ford" + "Taurus") stays a product (see ``non_actors.products``)."""
    result: list[Span] = []
    for ent in ents:
        last = result[-1] if result else None
        if last is not None and last.label_ == "ORG" and ent.label_ == "PRODUCT" and (
                last.end == ent.start and len(ent) == 1) and lexicon.is_organisation(
                f"{last.text} {ent.text}"):
            result[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            result.append(ent)
    return result


def _title_words_before_names(doc: Doc, ents: tuple[Span, ...]) -> set[Span]:
    """Entities that end a title standing right before a name ("Secretary of State Mike
    Pompeo": the model's ORG "State")."""
    found = set()
    for ent in ents:
        if ent.label_ == "PERSON" or ent.end >= len(doc):
            continue
        window = [t.text for t in doc[max(0, ent.end - lexicon.max_title_words()) : ent.end]]
        if lexicon.title_suffix(window) > len(ent) and not window[-len(ent) - 1][:1].isupper():
            found.add(ent)  # "the former secretary of State": a title, no name after it
            continue
        if _portfolio_before_title(ent):
            found.add(ent)  # "Civil Aviation Minister X", "Court Commissioner X"
            continue
        following = doc[ent.end]
        if not (following.is_title and following.pos_ == "PROPN"):
            continue
        runs_on = following.lower_ in lexicon.title_words() and all(
            t.lower_ in lexicon.title_words() for t in ent) and not lexicon.country_of(
            ent.text)  # "National Security" Advisor; not "US" Secretary of State
        if lexicon.title_suffix(window) >= len(ent) or runs_on:
            found.add(ent)
    return found


def _title_tail(ent: Span) -> int:
    """How many last words of ``ent`` (a place) open a title that the words after it close,
    before a name ("United States District" Judge Ana Ruiz: "District Judge"), so that
    they are the title's; else 0. Not a body's ("Harwick Police" Chief X is the force)."""
    doc = ent.doc
    if ent.label_ != "GPE":
        return 0
    for tail in range(min(len(ent) - 1, 2), 0, -1):
        for end in range(ent.end + 1, min(ent.end + 3, len(doc) - 1)):
            title = " ".join(t.lower_ for t in doc[ent.end - tail : end])
            if title in lexicon.titles() and all(t.is_title for t in doc[ent.end : end]) and (
                    doc[end].pos_ == "PROPN" and doc[end].is_title):
                return tail
    return 0


def _portfolio_before_title(ent: Span) -> bool:
    """Whether ``ent`` only names the field of a title written between it and a person's
    name ("Civil Aviation" Minister X, "Court" Commissioner X, "Police and Crime"
    Commissioner X): all its words are ``portfolio_words``, so no organisation is named."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].is_title and doc[end].lower_ in lexicon.title_words():
        end += 1
    if end == ent.end or end >= len(doc) or doc[end].ent_type_ != "PERSON":
        return False
    words = [t.lower_ for t in ent if not t.is_punct and t.lower_ not in (
        lexicon.words("function_words"))]
    return bool(words) and all(w in lexicon.words("portfolio_words") for w in words)


def corrected_entities(
    doc: Doc,
    listed: PhraseMatcher,
    indices: PhraseMatcher,
    place_hints: list[tuple[int, int]],
    captions: list[tuple[int, int]],
    city_population: int = settings.CITY_RELABEL_POPULATION,
    author_note: int | None = None,
) -> list[Span]:
    """The model's entities with the corrections above; corrections win over overlaps.

    listed: the matcher from ``listed_names_matcher``.
    indices: the matcher from ``non_actors.index_matcher``.
    place_hints: character spans the read stage knows to be places (a dateline's).
    captions: character spans of photo captions.
    city_population: a city at least this large that the model tagged PERSON, ORG or
        NORP is relabelled GPE.
    author_note: where an author's note ending the text starts (``non_actors.author_note``),
        whose names the story never writes are set aside.
    """
    read = [
        _event_as_organisation(e) or (Span(doc, e.start, e.end, label="ORG")
        if _misread_organisation(e) else e)  # "airline Mahan Air", "news agency Pellinpress"
        for e in map(_trimmed, map(_with_hyphenated_given_name,
                                   _rejoined_companies(doc, list(doc.ents)))) if len(e)
    ]  # the person a legal form ends before is one, whatever the last word of the name
    model_ents = tuple(_joined_at_nickname(doc, _split_at_direction(_joined_across_of(
        _joined_at_comma(_split_at_comma(_split_at_slash(_split_at_legal_form(doc, read))))))))
    completed = completed_persons(doc, model_ents)
    person_words = {
        word
        for ent in [*model_ents, *completed]
        if ent.label_ == "PERSON" and len(ent) > 1
        for word in ent.text.split()
    }
    articles = lexicon.words("articles")
    org_first_words = {
        words[0]
        for ent in model_ents
        if ent.label_ == "ORG"
        and len(words := [t.text for t in ent if t.lower_ not in articles]) > 1
        and words[1] not in ("-", "–")  # "the Hammons-Bodenstab ticket": two surnames
    }
    timexes = Regions((t.start, t.end) for t in doc._.timexes or [])
    in_titles = _title_words_before_names(doc, model_ents)
    mid_capitals, lower_words = set(), set()
    for token in doc:  # one pass for both
        if token.is_lower:
            lower_words.add(token.text)
        elif token.text[:1].isupper() and not token.is_sent_start:
            mid_capitals.add(token.text)
    kept = []
    for ent in model_ents:
        if ent in in_titles:
            continue
        misread = ent.label_ in ("DATE", "TIME") and ent.text in person_words
        if misread and not timexes.holds(ent.start_char):  # "Marchenko"
            kept.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        if tail := _title_tail(ent):  # "United States District" Judge X: the country
            ent = Span(doc, ent.start, ent.end - tail, label=ent.label_)
        label = _relabel(ent, person_words, org_first_words, city_population, mid_capitals,
                         lower_words)
        if label:
            kept.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
    forced = (listed_names(doc, listed) + storms(doc) + named_after_places(doc, model_ents)
              + hinted_places(doc, place_hints)
              + caption_places(doc, captions) + described_places(doc, model_ents)
              + party_tag_states(doc, model_ents) + law_names(doc)
              + campus_names(doc, model_ents) + case_names(doc, model_ents)
              + courts_with_jurisdiction(doc, model_ents)
              + called_bodies(doc))
    persons = title_led_persons(doc, model_ents) + completed
    added = filter_spans(forced + persons)
    taken = {i for span in added for i in range(span.start, span.end)}
    kept = [s for s in kept if not taken.intersection(range(s.start, s.end))]
    persons_from_titles = [s for s in added if s.label_ == "PERSON"]
    # a title-led person extends a shorter PERSON the model found inside it
    kept = [
        s
        for s in kept
        if not any(p.start <= s.start and s.end <= p.end for p in persons_from_titles)
    ]
    names = filter_spans(kept + added)
    short = bracketed_short_names(doc, names)
    short_at = {s.start for s in short}
    names = [n for n in names if not (len(n) == 1 and n.start in short_at)]
    names = filter_spans(short + names)
    names = filter_spans(names + surname_mentions(doc, names, org_first_words))
    set_aside = non_actors.credited_people(doc, names) | non_actors.headline_fragments(
        doc, names) | non_actors.idiom_names(doc, names) | non_actors.note_names(
        doc, names, author_note)
    names = non_actors.without_measures([s for s in names if s not in set_aside])
    things = filter_spans(non_actors.products(doc, names) + non_actors.named_products(doc, names)
                          + non_actors.numbered_vehicles(doc, names)
                          ) + non_actors.market_indices(doc, indices, names)
    taken = {i for span in things for i in range(span.start, span.end)}
    names = [s for s in names if not taken.intersection(range(s.start, s.end))]
    return sorted((_without_possessive(s) for s in filter_spans(names + things)),
                  key=lambda s: s.start)


def _without_possessive(span: Span) -> Span:
    """``span`` without a possessive ending the model kept in the name ("Pellin Motors's
    new plant" -> "Pellin Motors"); not a name's own "'s" ("McDonald's said", "shares of
    Lloyd's"), which owns nothing after it."""
    if len(span) > 1 and span[-1].tag_ == "POS" and span[-1].text in ("'s", "’s", "'", "’") and (
            span[:-1].root.dep_ == "poss"):
        return Span(span.doc, span.start, span.end - 1, label=span.label_)
    return span
