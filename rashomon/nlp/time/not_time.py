"""Matches of the time grammar that the parse shows are no time (``component._confirmed``):
an age, a level in tens ("in the mid-30s" in a poll), "carry the day", "day-to-day", a
frequency word used as a noun or naming a kind of paper, "the years" before the years it
names, "the most recent" of a kind, "the moment" as a noun, a share ("one-quarter of"), a
holiday's kind of thing ("a Christmas party"), the halves and quarters of a game, "the
quarter" of a town, "an hour" of a speed ("40 miles an hour"), and "overnight" as a kind
or as "suddenly" ("overnight rates", "it won't happen overnight").
Word lists are in ``time_words.yaml``."""

from __future__ import annotations

from spacy.tokens import Span

from rashomon.nlp.time.grammar import Candidate, word_set, words
from rashomon.nlp.time.values import table_key
from rashomon.read.dates import calendar_forms

_DECADE_RULES = ("short_decade", "decade_word")
_DURATION_RULES = ("duration", "duration_adjective", "plural_units")
_GAME_PART_RULES = ("half_year", "quarter", "the_quarter")
YEAR_RULES = ("year", "year_after_year_dash")  # a year alone, or a range's second
_AGE_REACH = 4  # tokens after a duration that may name whose senior it is
LEVEL_REACH = 5  # tokens either side of a decade where a word of levels makes it one
_POSSESSOR_TAGS = ("PRP$", "POS", "NN", "NNP")
_MODIFIER_DEPS = ("compound", "amod", "nmod")


def an_age(candidate: Candidate, span: Span) -> bool:
    """Whether a decade is one of someone's life ("as he reached his mid-20s") or a
    duration tells how much older someone is ("eight years older", "eight years his
    brother's senior"): TimeML tags no age."""
    doc = span.doc
    if candidate.rule.name in _DECADE_RULES:  # not "their '80s hits", a kind of hits
        root = span.root
        return span.start > 0 and doc[span.start - 1].lower_ in word_set(
            "life_possessives") and not (root.dep_ in _MODIFIER_DEPS and root.head.i > root.i)
    if candidate.rule.name not in _DURATION_RULES:
        return False
    ages = word_set("age_words")
    for token in doc[span.end : span.end + _AGE_REACH]:  # "older", "his sister's senior",
        if token.lower_ in ages:  # not "10 years older drivers", an age of the drivers
            return not (token.dep_ == "amod" and token.head.i > token.i)
        if token.tag_ not in _POSSESSOR_TAGS:
            return False
    return False


def a_level_in_tens(candidate: Candidate, span: Span) -> bool:
    """Whether a decade written without an apostrophe is a level among words of shares,
    scores or temperatures near it ("support stuck in the low 30s in the poll", "highs in
    the low 70s"), not the years ("the '30s" stays a decade; "averaged 8 percent a year in
    the 70s" too, its word of levels far off)."""
    if candidate.rule.name != "short_decade" or any(c in span.text for c in "'’"):
        return False
    doc = span.doc
    before = {doc[i].lower_ for i in range(max(span.start - 1, 0), span.end)}
    if before & word_set("level_modifiers"):  # "the high 40s", "the low 70s"
        return True
    levels = word_set("level_words")
    near = doc[max(span.start - LEVEL_REACH, span.sent.start):min(span.end + LEVEL_REACH,
                                                                    span.sent.end)]
    return any(token.lower_ in levels or token.lemma_.lower() in levels for token in near)


def a_day_in_an_idiom(candidate: Candidate, span: Span) -> bool:
    """Whether "the day" is the object of an idiom of winning ("carry the day", "won the
    day", "seize the day"), ends "N years to the day" (exactly N years) or opens "the day
    in and day out", not a day."""
    root = span.root
    if candidate.rule.name != "anaphoric_day" or span.text.lower() != "the day":
        return False
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "to" and (
            doc[span.start - 2].lemma_.lower() in words()["units"]):
        return True
    after = " ".join(t.lower_ for t in doc[span.end:span.end + 4])
    if any(after.startswith(tail) for tail in word_set("day_idiom_tails")):
        return True
    return root.dep_ == "dobj" and root.head.lemma_.lower() in word_set("day_idiom_verbs")


def a_unit_in_a_manner_word(candidate: Candidate, span: Span) -> bool:
    """Whether the unit a match ends with opens a compound of manner, unit to unit
    ("day-to-day operations", "on a day-to-day basis", "month-by-month"): no time."""
    after = "".join(t.text_with_ws for t in span.doc[span.end : span.end + 4]).lower()
    unit = span[-1].lower_  # four tokens: "-", "to", "-", "day" (not the whole text's
    # string, which spaCy builds anew on each call)
    return any(after.startswith(f"-{link}-{unit}") for link in word_set("manner_links"))


def a_couple_of_people(candidate: Candidate, span: Span) -> bool:
    """Whether a bare "couple" before units is two people ("a Harwick couple days from
    eviction"), not "a couple of": only after "the next", "the last", "the past" or "the
    first" is it a count ("the next couple days")."""
    if candidate.rule.name not in _DURATION_RULES or candidate.groups.get(
            "number", "").lower() != "couple":
        return False
    return not any(token.lower_ in word_set("couple_leads") for token in span)


def a_noun_of_frequency(candidate: Candidate, span: Span) -> bool:
    """Whether a frequency word is a noun with its determiner ("a free daily", a paper)."""
    token = span[0]
    return candidate.rule.name == "frequency" and len(span) == 1 and (
        token.tag_ in ("NN", "NNS") and any(c.dep_ == "det" for c in token.children))


def a_kind_of_publication(candidate: Candidate, span: Span) -> bool:
    """Whether a frequency word says how often a paper appears ("the Hungarian daily
    newspaper", "the daily Vestnik"): it modifies a press noun, or is "daily" or "weekly"
    before an organisation's name; not an act that recurs ("daily briefings", "the daily
    Mass", "the annual Harwick Fair")."""
    token = span[0]
    if candidate.rule.name != "frequency" or len(span) != 1 or token.dep_ != "amod":
        return False
    head = token.head
    if head.lemma_.lower() in word_set("press_nouns"):
        return True
    return head.ent_type_ == "ORG" and token.lower_ in word_set("press_frequencies")


def units_naming_dates(candidate: Candidate, span: Span) -> bool:
    """Whether "the years" or "the months" only introduces the dates it names ("the years
    2010 to 2013", "the months of June and July"): those dates are the time expressions."""
    doc = span.doc
    if candidate.rule.name != "plural_units" or len(span) != 1 or span.start == 0 or (
            doc[span.start - 1].lower_ != "the") or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.lower_ == "of" and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    return after.ent_type_ == "DATE" and (after.like_num or after.tag_ == "NNP")


def the_latest_of_a_kind(candidate: Candidate, span: Span) -> bool:
    """Whether "recent" after "most" or "more" only ranks a thing ("the most recent
    survey")."""
    doc = span.doc
    return candidate.rule.name == "reference" and span.text.lower() == "recent" and (
        span.start > 0 and doc[span.start - 1].lower_ in word_set("degree_words"))


def not_the_present(candidate: Candidate, span: Span) -> bool:
    """Whether "the moment" or "this day" is no present time: a noun of its own ("The
    moment can be about more than a picture", "on this day", "trace the split to this day
    in 1921") or a day of a story told in the past ("looked forward to this day"), not the
    present after its preposition ("at the moment", "remains closed to this day")."""
    if candidate.rule.name != "reference":
        return False
    phrase = words()["present_phrases"].get(table_key(span.text))
    if phrase is None:
        return False
    doc, start = span.doc, span.start
    before = [doc[i].lower_ for i in range(max(0, start - 2), start)]
    if not (before and (before[-1] in phrase["after"] or " ".join(before) in phrase["after"])):
        return True
    if span.end < len(doc) and doc[span.end].lower_ in phrase["not_before"]:
        return True
    # "looked forward to this day" is the story's day; "remains closed to this day" now
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBD"


def a_month_range_end_alone(candidate: Candidate, span: Span) -> bool:
    """Whether a month after a dash follows a word that is no month ("Sino-May"), not the
    second month of a range ("the July-September period", "the October-to-December
    quarter")."""
    if candidate.rule.name != "month_after_dash":
        return False
    doc, before = span.doc, span.start - 1
    while before >= 0 and doc[before].lower_ in word_set("date_links"):
        before -= 1
    return before < 0 or doc[before].text not in calendar_forms("month")


def a_greeting(candidate: Candidate, span: Span) -> bool:
    """Whether a part of the day is a greeting ("Good evening. We begin tonight ...")."""
    doc = span.doc
    if candidate.rule.name != "part_of_day" or span.start == 0:
        return False
    greeting = doc[span.start - 1]
    opens = greeting.is_sent_start or greeting.i == 0 or doc[greeting.i - 1].is_punct
    return opens and greeting.lower_ in word_set("greeting_words")  # not "a good morning"


def a_title_of_a_work(candidate: Candidate, span: Span) -> bool:
    """Whether a count of hours or days is a title in running text ("the movie 13 Hours
    by Michael Bay"): its unit capitalised between lower-case words, as no duration in a
    sentence is; a title-case headline ("Talks Last Two Days") keeps it."""
    if candidate.rule.name not in _DURATION_RULES:
        return False
    doc, unit = span.doc, span[-1]
    if not unit.is_title or len(span) < 2:
        return False
    if span.start == 0 or not doc[span.start - 1].is_lower:
        return False  # "The movie 13 Hours", not "Pellin Talks Last Two Days"
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or not after.is_alpha or after.is_lower


def a_part_of_the_day_naming_a_kind(candidate: Candidate, span: Span) -> bool:
    """Whether a bare part of the day only names a kind of programme, paper or traveller
    ("a morning show", "morning rush-hour passengers"), no time of its own; an event that
    morning keeps it ("rose in morning trading", "his afternoon remarks")."""
    if candidate.rule.name != "part_of_day":
        return False
    root = span[-1]  # the part of the day ("the early-morning radio show": "morning")
    kinds = word_set("part_of_day_kinds")
    return root.dep_ in _MODIFIER_DEPS and root.head.i > root.i and any(
        t.lemma_.lower() in kinds for t in span.doc[root.head.i - 1 : root.head.i + 1])


def a_fraction(candidate: Candidate, span: Span) -> bool:
    """Whether "one-quarter" is a share of something ("one-quarter to one-third of its
    workers"), not three months."""
    doc = span.doc
    return candidate.rule.name in _DURATION_RULES and "-" in span.text and (
        span[-1].lemma_.lower() == "quarter") and span.end < len(doc) and (
        doc[span.end].lower_ in word_set("fraction_next"))


def a_measure_per_unit(candidate: Candidate, span: Span) -> bool:
    """Whether "an hour" only makes a rate of a measure, as "per hour" does ("winds of 40
    miles an hour", "50 kilometres an hour"): a speed, no time."""
    root = span.root
    return candidate.rule.name in _DURATION_RULES and span[0].lower_ in word_set(
        "indefinite_articles") and (
        root.head.i < span.start and root.head.lower_ in word_set("rate_units"))


def an_overnight_kind_or_idiom(candidate: Candidate, span: Span) -> bool:
    """Whether "overnight" qualifies a noun ("overnight rates", "an overnight stay") or
    means "suddenly" ("it won't happen overnight", "Overnight, Ruiz became a contender"):
    no night of its own."""
    if candidate.rule.name != "overnight":
        return False
    root = span.root
    verb = root.head
    return root.pos_ == "ADJ" or root.dep_ in _MODIFIER_DEPS or (
        verb.lemma_.lower() in word_set("sudden_change_verbs")) or any(
        child.dep_ == "neg" for child in verb.children)


def a_holiday_s_thing(candidate: Candidate, span: Span) -> bool:
    """Whether a holiday only names a kind of thing ("the Christmas party shooting", "a
    Christmas tree"), not its day."""
    root = span.root
    return candidate.rule.name in ("holiday", "movable_holiday") and root.dep_ == "compound" and (
        root.head.lemma_.lower() in word_set("holiday_things"))


def no_part_of_a_year(candidate: Candidate, span: Span) -> bool:
    """Whether a half or a quarter with no year or fiscal word is no part of a year: with
    no word of business results near (its sentence or the one before), "the quarter" is
    a district ("the fire spread through the quarter"), a half or an ordinal quarter
    of something it names ("the second half of its convention") is that thing's, and one
    is a game's if a word of games is near ("tweeted during the first half" after a
    sentence about the Cup match); results near make it the year's ("sales rose at the
    video game maker in the first half")."""
    groups = candidate.groups
    if candidate.rule.name not in _GAME_PART_RULES or "year" in groups or (
            "year_shift" in groups or _fiscal(span)):
        return False
    doc = span.doc
    if candidate.rule.name != "the_quarter" and span.end < len(doc) and (
            doc[span.end].lower_ == "of") and not _fiscal(doc[span.end:span.end + 3]):
        return True  # "the second half of its convention", "of the month": not the year's
    near = _with_the_sentence_before(span)
    if _results_near(near):
        return False
    if candidate.rule.name == "the_quarter":
        return True
    games = word_set("game_words")
    return any(token.lemma_.lower() in games and token.pos_ in ("NOUN", "PROPN")
               for token in near)


def _results_near(near: Span) -> bool:
    """Whether a word of business results ("sales", "lost money") is in ``near``."""
    cues = word_set("results_words")
    return any(token.lemma_.lower() in cues for token in near)


def _fiscal(span: Span) -> bool:
    return any(token.lower_ in word_set("fiscal_words") for token in span)


def _with_the_sentence_before(span: Span) -> Span:
    """The sentence of ``span`` and the one before it."""
    sentence = span.sent
    start = span.doc[sentence.start - 1].sent.start if sentence.start else sentence.start
    return span.doc[start:sentence.end]


def a_numbered_thing(candidate: Candidate, span: Span) -> bool:
    """Whether a year-like number is the number of a bill, a resolution, a flight or a
    room ("House Bill 1523", "Resolution 1973", "Flight 1549", "Section 1983"), named by
    the word right before it, not a year."""
    if candidate.rule.name not in YEAR_RULES or not span.start:
        return False
    before = span.doc[span.start - 1]
    return before.lower_ in word_set("numbered_things") and not before.is_lower


def a_year_in_a_code(candidate: Candidate, span: Span) -> bool:
    """Whether a year is joined by a hyphen to a code with capitals inside it ("the
    coronavirus 2019-nCoV"): part of a name, not the year ("2016-era", "2020-21" stay)."""
    if candidate.rule.name not in YEAR_RULES:
        return False
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "-" or doc[span.end - 1].whitespace_:
        return False
    code = doc[span.end + 1].text
    return any(c.isupper() for c in code[1:]) and any(c.isalpha() for c in code)


NOT_TIME_CHECKS = (an_age, a_level_in_tens, a_day_in_an_idiom, a_unit_in_a_manner_word,
                   a_couple_of_people,
                   a_noun_of_frequency,
                   a_kind_of_publication, units_naming_dates, the_latest_of_a_kind,
                   not_the_present, a_fraction, a_holiday_s_thing, no_part_of_a_year,
                   a_month_range_end_alone, a_greeting, a_title_of_a_work,
                   a_part_of_the_day_naming_a_kind, a_measure_per_unit, an_overnight_kind_or_idiom,
                   a_numbered_thing, a_year_in_a_code)
"""The checks of this module, each ``(candidate, span) -> bool``."""
