"""The ``rashomon_timexes`` component: TIMEX3 time expressions normalised against the
article's date, and that date inferred from the text when the page does not give it.

``__call__`` does two visible steps: ``match`` finds the expressions (the rules of
``data/time_rules.yaml``, checked against the parse) and reads the tense of each clause;
``set_annotations`` infers the publication date if needed, resolves every value in text
order and writes ``doc._.timexes`` and ``doc._.published``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.extensions import register_extensions
from rashomon.nlp.common.phrases import name_at
from rashomon.nlp.common.quotation_marks import CLOSING, OPENING, STRAIGHT
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.common.reporting import frame
from rashomon.nlp.time.grammar import (
    Candidate,
    a_year_number,
    find,
    placeholders,
    word_set,
    words,
)
from rashomon.nlp.time.not_time import NOT_TIME_CHECKS, YEAR_RULES
from rashomon.nlp.time.publication import DatedMention, WeekdayMention, infer_published
from rashomon.nlp.time.quoted import SPEAKER_RELATIVE, speech_days
from rashomon.nlp.time.types import FoundTimex
from rashomon.nlp.time.values import (
    OF_AN_EVENT,
    Anchors,
    Direction,
    Value,
    anaphor_key,
    day_of,
    event_day,
    is_period_value,
    month_number,
    resolve,
    table_key,
    unit_spec,
    weekday_number,
)
from rashomon.read.dates import calendar_forms
from rashomon.read.document import Published

_A_PAST_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")  # a month or a day of one
BEFORE_CHARS = 12  # of the text just before an expression ("since", "the")
AFTER_CHARS = 40  # of the text just after a clock time ("(0830 UTC) on Tuesday")
_DOUBLE_QUOTES = frozenset(OPENING + CLOSING + STRAIGHT)
_NAME_OPENERS = ("CC", ",", "DT", "POS", ":", "``", "''", "CD", "-LRB-", "_SP")
OVER_AMOUNT_TOKENS = 6  # before "over": an amount there is spread across the stretch
COMPARISON_CHARS = 48  # of the text before "the day before" searched for "from 1.51 percent"
CASE_WINDOW = 20  # tokens each side whose case tells a name or title from running text
SENTENCE_END_REACH = 40  # tokens from a "work" to the closing quotation mark of its sentence
_FINITE_VERB_TAGS = ("VBP", "VBZ", "VBD", "MD")  # a quoted "work" with one is a sentence
_NOT_TIME_ENTS = {"PERSON", "ORG", "WORK_OF_ART", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"}
_AMOUNT_ENTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}  # what "a year" may be a rate of
_NAME_ENTS = {"PERSON", "ORG", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "NORP", "GPE",
              "LOC"}


_ANCHORING_TIMEXES = ("reference", "period", "story", "sentence")  # anchors that are timexes


@dataclass
class _Match:
    candidate: Candidate
    direction: Direction
    in_caption: bool
    sentence: int = 0  # index of its sentence in the Doc
    block: int = 0  # index of its block (paragraph, caption...)
    tensed: bool = True  # the direction is its own clause's, not the sentence's or story's
    untensed: bool = False  # no finite verb of its own: a weekday leans to the past
    alone: bool = False  # all of its block: a heading ("Friday, March 11") or a stamp
    resolver: str | None = None  # chosen by the parse over the rule's ("a Sunday talk show")
    contrast: bool = False  # "Today, ..." opening a sentence of a present state: now, if
    # set against an earlier year ("In 1990, a pass cost $50. Today, it costs $400.")
    vote_ahead: bool = False  # the month of a vote a clause looks ahead to ("to vote in the
    # November election"): the coming one, unless it is this month or has just gone by
    past_sentence: bool = False  # its sentence has a verb in the past tense
    reported_by: int | None = None  # the past reporting verb of the future clause a day is
    # in ("said Tuesday it would try again Saturday"): the day comes after the report, if
    # the report's own words date it
    verb: int | None = None  # the verb it hangs on (for the year a clause told of)
    adverbial: bool = False  # it dates that verb's clause itself ("In 2008, ...", "won it
    # in 2008"), not a noun ("the 2008 race") nor a stretch ("since 2014")
    in_a_range: bool = False  # it opens or ends a range ("from October to March")


@dataclass(frozen=True)
class _Reference:
    """A date the text mentioned, as the anchor of later anaphoric expressions."""

    value: str
    timex_id: str
    sentence: int
    block: int

    def reaches(self, match: _Match, sentences: int) -> bool:
        """Whether it still anchors ``match``: in the same paragraph, or at most
        ``sentences`` sentences back."""
        return match.block == self.block or match.sentence - self.sentence <= sentences


class TimexTagger:
    """Finds time expressions and resolves them to TIMEX3 values."""

    def __init__(
        self,
        nlp: Language,
        name: str = "rashomon_timexes",
        *,
        tense_head_steps: int = settings.TENSE_HEAD_STEPS,
        weekday_window_days: int = settings.PUBLISHED_WEEKDAY_WINDOW_DAYS,
        story_tense_share: float = settings.STORY_TENSE_SHARE,
        reference_reach: int = settings.REFERENCE_REACH_SENTENCES,
        offset_reach: int = settings.OFFSET_REACH_SENTENCES,
    ) -> None:
        """Create the component.

        nlp: the pipeline it belongs to.
        name: the component's name in the pipeline.
        tense_head_steps: how far up the parse an expression looks for the verb whose
            tense gives its direction.
        weekday_window_days: days after the latest printed date searched for a
            publication day that agrees with the weekdays named in the past tense.
        story_tense_share: share of tensed sentences in one direction that makes it the
            story's, taken by expressions with no tense of their own.
        reference_reach: sentences back that a date from another paragraph still anchors
            anaphoric expressions ("the next day").
        offset_reach: sentences back (and at most two paragraphs) that a day still
            anchors a count of days or weeks on from it ("A week later").
        """
        register_extensions()
        self.name = name
        self.tense_head_steps = tense_head_steps
        self.weekday_window_days = weekday_window_days
        self.story_tense_share = story_tense_share
        self.reference_reach = reference_reach
        self.offset_reach = offset_reach
        self.stale_days = settings.STALE_WEEKDAY_DAYS

    def __call__(self, doc: Doc) -> Doc:
        """Find and resolve the time expressions of ``doc``."""
        text = doc.text  # built once: doc.text joins every token each time
        self.set_annotations(doc, self.match(doc, text), text)
        return doc

    def match(self, doc: Doc, text: str | None = None) -> list[_Match]:
        """The grammar's matches that the parse confirms, with the tense of their clause
        (``text``: ``doc.text``, if the caller has it)."""
        text = text if text is not None else doc.text
        blocks = doc._.blocks or [("paragraph", 0, len(text))]
        captions = Regions((s, e) for kind, s, e in blocks if kind == "caption")
        sentences = list(doc.sents)
        sentence_starts = [sentence.start for sentence in sentences]
        tenses = [sentence_direction(sentence) for sentence in sentences]
        story = story_direction(tenses, self.story_tense_share)
        matches = []
        block_texts: dict[int, str] = {}  # each block's text, stripped once
        for block, candidate in _find_in_blocks(text, blocks):
            span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            if span is None or not _confirmed(candidate, span):
                continue
            if _over_as_across(candidate, span) or _opens_with_its_verb(span):  # "spread
                candidate = _without_the_first_word(candidate, span)  # over three days",
                span = doc.char_span(  # "the deal would last four years"
                    candidate.start, candidate.end, alignment_mode="expand")
            elif _a_conjunction_that(candidate, span):  # "warned that winter would be hard"
                candidate = _without_the_first_word(candidate, span, drop=("same",))
                span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
                if not _confirmed(candidate, span):
                    continue  # "prices that spring back"
            in_caption = captions.holds(candidate.start)
            before = text[max(0, candidate.start - BEFORE_CHARS) : candidate.start]
            sentence = bisect_right(sentence_starts, span.start) - 1
            tense = clause_tense(span, self.tense_head_steps)
            own, scheduled = _own_direction(span, before, tense)
            if own == "past" and _a_state_until(candidate, span, before, tense):
                own = None  # "the council was adjourned until May 4": the nearest one
            direction = own
            if own is None and tense is None and not scheduled:  # no verb: the sentence's
                direction = tenses[sentence] or story  # or the story's tense
            untensed = own is None and (tense in (None, "untensed") or _names_a_thing(span))
            vote_ahead = False
            if tense != "past" and _a_coming_event(span):  # "in a November election"
                direction, untensed = "future", False
            elif _looks_ahead_to_a_vote(span, tense, tenses[sentence]):
                direction, untensed, vote_ahead = "future", False, True
            if _a_day_s_thing_under_a_modal(candidate, span, self.tense_head_steps):
                direction, untensed = None, False  # "Monday's debate might not move
                # them", written on Wednesday: the nearer Monday, either side
            if _ahead_of_its_event(span):  # "Heading into Tuesday's primary, Ruiz ...":
                direction = "future" if tense in ("present", "future") else None
                untensed = direction is None  # a weekday the past one a few days back
            if block not in block_texts:
                _, block_start, block_end = blocks[block]
                block_texts[block] = text[block_start:block_end].strip()
            alone = block_texts[block] == candidate.text
            resolver = _resolver_by_parse(candidate, span, self.tense_head_steps)
            if resolver == "period_of_a_clause" and not _relative_clause_in_the_past(span):
                direction = None  # "in a year in which Ruiz has won": now, whatever the tense
                # of the sentence; past only if both are ("was mocked in a year when the
                # mill closed")
            contrast = _opens_with_today(candidate, span) and _a_present_state(
                span, self.tense_head_steps)
            reporter = _reporter_of_a_future(span, self.tense_head_steps) if (
                own is None and _a_day_of_the_week(candidate)) else None
            matches.append(_Match(candidate, direction, in_caption, sentence, block,
                                  own is not None, untensed, alone, resolver, contrast,
                                  vote_ahead, tenses[sentence] == "past",
                                  reporter.i if reporter is not None else None,
                                  _verb_index(span, self.tense_head_steps),
                                  _dates_its_clause(span, before),
                                  _signal_word(before) in word_set("range_words")))
        return matches

    def set_annotations(self, doc: Doc, matches: list[_Match], text: str | None = None) -> None:
        """Infer the publication date when missing, resolve every match in text order and
        write ``doc._.timexes`` and ``doc._.published``."""
        published: Published | None = doc._.published
        if published is None:
            published = _infer(matches, self.weekday_window_days)
            doc._.published = published
        anchor = dt.date.fromisoformat(published.value) if published else None
        text = text if text is not None else doc.text
        found: list[FoundTimex] = []
        days: dict[bool, _Reference] = {}  # the last day mentioned, in captions and story
        periods: dict[bool, _Reference] = {}  # the last date of a year or finer
        told_periods: dict[bool, _Reference] = {}  # the same, but not one of now ("today")
        told_years: dict[bool, _Reference] = {}  # the same, but none told from the date
        # finer than a year, nor this year ("on Tuesday", "last month"; "last year" is one)
        # The day of the news: the first day named relative to the date ("on Tuesday") in
        # the week before it, else the first day of that week printed in full (a dateline).
        news_days: dict[bool, _Reference] = {}
        heading: _Reference | None = None  # the last day a block gave alone (a heading)
        named_days = _named_days(text)
        clause_year: tuple[_Reference, int] | None = None  # the last past year told, and
        # the verb it hangs on ("In 2008, the campaign began airing ads in mid-September")
        resolved: list[tuple[str, dict, Anchors]] = []  # what each timex was resolved from
        for match in matches:
            candidate = match.candidate
            news_day = news_days.get(True) or news_days.get(False)
            day = days.get(match.in_caption) if _points_back(candidate) else None
            if _counts_days_on(candidate):  # "A week later" a few sentences on
                told = self._reaching(days.get(match.in_caption), match, self.offset_reach)
                day = told if told and (
                    match.block - told.block <= settings.OFFSET_REACH_PARAGRAPHS) else None
            if match.alone and candidate.rule.resolver == "clock":  # a time stamp: its
                day = heading  # heading's day or the page's, not one the last entry named
            else:
                day = day or self._reaching(days.get(match.in_caption), match) or news_day
            if day and match.direction == "past" and anchor and day.value > anchor.isoformat():
                day = news_day  # "debated earlier in the evening" is no evening of a
                # coming day ("voters go to the polls Feb. 9" the sentence before)
            asks_for_a_year = _asks_for_a_year(candidate)
            references = told_years if asks_for_a_year else (
                told_periods if _distal(candidate) else periods)  # "that year" points away
            period = self._reaching(references.get(match.in_caption), match,  # from now, as
                                    self.offset_reach if asks_for_a_year else None)  # far as
            # a narrative offset ("On March 17, 1989 ... [three sentences] that spring")
            year_told = self._reaching(told_years.get(match.in_caption), match)
            story_year = self._reaching(told_years.get(match.in_caption), match,
                                        self.offset_reach)  # for an offset the story counts on
            compared = _compared(text, candidate)
            guessed = candidate.rule.resolver == "overnight"  # a night counted from the
            # article's day ("doubled in size overnight") is a guess that dates nothing after
            direction = match.direction
            if match.vote_ahead and _month_just_gone(candidate.groups, anchor):
                direction = None  # "the November election" in December: the one just held
            report = _report_day(doc, match, found) if match.reported_by is not None else None
            if report is not None:  # "said Tuesday it would try again Saturday": after it
                direction = "future"
            anchors = Anchors(
                published=dt.date.fromisoformat(day_of(report.value)) if report else anchor,
                reference=dt.date.fromisoformat(day.value) if day else None,
                direction=direction,
                before=text[max(0, candidate.start - BEFORE_CHARS) : candidate.start],
                reference_period=period.value if period else None,
                after=text[candidate.end : candidate.end + AFTER_CHARS],
                untensed=match.untensed and report is None,
                named_days=named_days,
                past_sentence=match.past_sentence,
                month_told=_a_past_years_month(year_told, anchor),
                compared=compared,
                story_year=story_year.value if story_year else None,
                sentence_year=_a_past_year_of_the_clause(doc, clause_year, match),
            )
            resolver = match.resolver or candidate.rule.resolver
            if match.contrast and period and _before_the_year(period.value, anchor):
                resolver = "present_ref"  # over the parse's choice: "today" has none
            value = resolve(resolver, candidate.groups, anchors)
            if value is None:
                continue
            used = {"reference": day, "story": story_year,
                    "sentence": clause_year[0] if clause_year else None}.get(value.anchor, period)
            timex = FoundTimex(
                id=f"T{len(found) + 1}",
                start=candidate.start,
                end=candidate.end,
                text=candidate.text,
                type=value.type,
                value=value.value,
                mod=value.mod,
                anchor=used.timex_id if value.anchor in _ANCHORING_TIMEXES and used
                else report.id if report and value.anchor == "published" else value.anchor,
            )
            found.append(timex)
            resolved.append((resolver, candidate.groups, anchors))
            if _a_past_year_told(value, match, anchor):
                clause_year = (_Reference(value.value[:4], timex.id, match.sentence, match.block),
                               match.verb)
            on_day = day_of(value.value)  # a date or a time on a known day
            eve = _date_the_eve_before(found[-2] if len(found) > 1 else None, timex, text)
            if eve:  # "On the eve of the May 3 vote, ... The next day": May 3
                days[match.in_caption] = _Reference(eve, found[-2].id, match.sentence,
                                                    match.block)
            elif on_day and not (compared or guessed):
                days[match.in_caption] = _Reference(on_day, timex.id, match.sentence,
                                                    match.block)
                if match.alone and candidate.rule.resolver != "clock":
                    heading = days[match.in_caption]
                # the week before the date, as for inferring it from weekdays
                if _in_news_week(on_day, anchor, self.weekday_window_days):
                    news_days.setdefault(value.anchor == "published", days[match.in_caption])
            # the date under discussion: a date, or the day of a time ("On the evening of
            # Aug. 19, 1977, ... that summer"), unless it only dates a figure compared with
            discussed = value.value if value.type == "DATE" else on_day if value.type == "TIME" \
                else None
            if discussed and is_period_value(discussed) and not (compared or guessed):
                mentioned = _Reference(discussed, timex.id, match.sentence, match.block)
                periods[match.in_caption] = mentioned
                if not (value.anchor == "published" and _names_now(candidate)):
                    told_periods[match.in_caption] = mentioned
                if not (value.anchor == "published" and (
                        not discussed.isdigit() or discussed == str(anchor.year))):
                    told_years[match.in_caption] = mentioned  # not "last month", "this year"
        self._anchor_quotations(doc, text, found, resolved, anchor)
        _link_anchors(found, published)
        doc._.timexes = found
        doc._.time_warnings = _stale_weekdays(matches, found, published, self.stale_days)

    def _anchor_quotations(self, doc: Doc, text: str, found: list[FoundTimex],
                           resolved: list[tuple[str, dict, Anchors]],
                           published: dt.date | None) -> None:
        """Resolve the deictic expressions of a quotation said on a named day against
        that day ("“We vote today,” Ruiz said Monday": that Monday), and what was counted
        from them again ("… today and vote the next day": the Tuesday after)."""
        moved: dict[str, dt.date] = {}  # timex id -> the day it now names
        for speech in speech_days(doc, text, found, published, self.tense_head_steps):
            for timex, (resolver, groups, anchors) in zip(found, resolved, strict=True):
                if timex.anchor != "published" or resolver not in SPEAKER_RELATIVE or not (
                        speech.start <= timex.start < speech.end):
                    continue
                value = resolve(resolver, groups, replace(anchors, published=speech.day))
                if value is not None and value.anchor == "published":
                    timex.value, timex.type, timex.mod = value.value, value.type, value.mod
                    timex.anchor = speech.timex.id
                    if day_of(value.value):
                        moved[timex.id] = dt.date.fromisoformat(day_of(value.value))
        for timex, (resolver, groups, anchors) in zip(found, resolved, strict=True):
            if timex.anchor in moved:  # counted from a day the speech moved
                value = resolve(resolver, groups, replace(anchors, reference=moved[timex.anchor]))
                if value is not None and value.anchor == "reference":
                    timex.value, timex.type, timex.mod = value.value, value.type, value.mod

    def _reaching(self, reference: _Reference | None, match: _Match,
                  sentences: int | None = None) -> _Reference | None:
        """``reference`` if it still anchors ``match`` (``sentences`` back at most, else
        the component's reach), else None."""
        reach = self.reference_reach if sentences is None else sentences
        if reference is None or not reference.reaches(match, reach):
            return None
        return reference


def _a_past_years_month(told: _Reference | None, anchor: dt.date | None) -> str | None:
    """The month ("1944-12") of a month or a day of a year before the article's that the
    text told of, else None."""
    if told is None or not _A_PAST_MONTH.match(told.value) or (
            anchor is not None and int(told.value[:4]) >= anchor.year):
        return None
    return told.value[:7]


def _a_past_year_told(value: Value, match: _Match, anchor: dt.date | None) -> bool:
    """Whether a date that names its year, before the article's ("2008", "June 2014"; not
    "the quarter" counted from the article's date), dates its clause: not a bound of a
    stretch ("since 2014"), and with a verb to hang on."""
    return value.type == "DATE" and value.anchor is None and match.adverbial and bool(
        _A_YEAR_FIRST.match(value.value or "")) and anchor is not None and (
        int(value.value[:4]) < anchor.year)


def _a_past_year_of_the_clause(doc: Doc, told: tuple[_Reference, int] | None,
                               match: _Match) -> int | None:
    """The year before the article's told earlier in ``match``'s sentence, when ``match``
    hangs on that year's verb or on a verb under it, not a verb joined to it ("In 2008, the
    campaign began airing ads in mid-September"; not "was extradited in 2014 and pleaded
    guilty in May"); else None."""
    if told is None or told[0].sentence != match.sentence or match.verb is None or (
            match.in_a_range):  # "from October 2018 to March": the March after it
        return None
    token = doc[match.verb]
    while token.i != told[1]:
        if token.dep_ == "conj" or token.head.i == token.i:
            return None
        token = token.head
    return int(told[0].value)


_A_YEAR_FIRST = re.compile(r"\d{4}(?:$|-)")  # "2008", "2014-06"; not a decade, "198"


def _dates_its_clause(span: Span, before: str) -> bool:
    """Whether a date hangs on its verb right away, by a preposition or as an adverb ("In
    2008, the campaign began", "lost in 2008"), and bounds no stretch ("since 2014")."""
    root = span.root
    head = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "npadvmod" \
        else None
    return head is not None and head.pos_ in ("VERB", "AUX") and (
        _signal_word(before) not in word_set("stretch_bounds"))


def _verb_index(span: Span, steps: int) -> int | None:
    """The index of the verb ``span`` hangs on, if any."""
    verb = _first_verb(span.root, steps)
    return verb.i if verb is not None else None


def _distal(candidate: Candidate) -> bool:
    """Whether a period points away from now ("that year", "that same month"), so never to
    a date that names today ("Ruiz polls 41 percent today, short of Wren's share that year")."""
    determiner = candidate.groups.get("same", "").lower().split()[:1]
    return bool(determiner) and determiner[0] in word_set("distal_determiners")


def _asks_for_a_year(candidate: Candidate) -> bool:
    """Whether a period points back to a year the text told of ("that year", "the same
    year", "October of that year", "that spring"), which no day of the news week is ("She
    was elected in 2012. On Tuesday she recalled that in October of that year ...")."""
    groups = candidate.groups
    return "same" in groups and (groups.get("unit", "").lower() in ("year", "decade") or (
        "month" in groups or "season" in groups))


def _names_now(candidate: Candidate) -> bool:
    """Whether a date names the present day ("today", "tonight"; not "yesterday")."""
    return candidate.groups.get("day_word", "").lower() in word_set("present_day_words")


def _named_days(text: str) -> frozenset[str]:
    """The month-days ("09-11") that name a known date in this story, because it speaks of
    what happened then ("after Sept. 11" in a story about the attacks), and the movable
    days whose cue it carries ("election day" in a story about the United States)."""
    cued = {**words()["named_month_days"], **words()["movable_holidays"]}
    return frozenset(day for day, spec in cued.items()
                     if "cue" in spec and re.search(spec["cue"], text))


def _points_back(candidate: Candidate) -> bool:
    """Whether an expression names a day mentioned before, however far back ("that same
    day", "the next day"), unlike "the day" or "later in the day", which may mean the day
    of the news."""
    if candidate.rule.resolver != "anaphoric_day":
        return False
    return anaphor_key(candidate.groups) in word_set("anaphors_far")


def _counts_days_on(candidate: Candidate) -> bool:
    """Whether an expression counts days or weeks on or back from a day the story told of
    ("A week later, as the delegates leave, ..."), not from the article's ("two days
    ago")."""
    if candidate.rule.resolver != "offset_date":
        return False
    groups = candidate.groups
    offset = words()["offset_words"].get(table_key(groups.get("offset", "")), {})
    unit = unit_spec(groups.get("unit", "")) or {}
    return not offset.get("from_article") and unit.get("letter") in ("D", "W")


def _compared(text: str, candidate: Candidate) -> bool:
    """Whether a date counted from another only dates a figure compared with ("rose to
    1.45 percent from 1.51 percent the day before", "from $50.3 million a year earlier",
    "the same quarter last year"): it is no new date under discussion, so the next "the
    day before" or "the quarter" counts from the same one."""
    if candidate.rule.resolver == "same_period":
        return True
    if candidate.rule.resolver not in ("anaphoric_day", "offset_date"):
        return False
    return _compared_from().search(text, max(0, candidate.start - COMPARISON_CHARS),
                                   candidate.start) is not None


@cache
def _compared_from() -> re.Pattern[str]:
    """A figure after a word of comparison (``comparison_words``), right before a date:
    "from 1.51 percent ", "with $151 million, or 47 cents a share, "."""
    words = "|".join(re.escape(w) for w in sorted(word_set("comparison_words"), key=len,
                                                  reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s+\S*\d\S*(?:\s+\S+)?(?:,\s+or\s+[^,]{{1,24}},)?\s*$")


def _in_news_week(value: str, published: dt.date | None, days: int) -> bool:
    """Whether the day ``value`` falls in the ``days`` up to the publication date: the day
    of the news ("said on Tuesday"), which "later in the day" means once the story has
    moved on from other dates."""
    if published is None:
        return False
    return 0 <= (published - dt.date.fromisoformat(value)).days < days


def _find_in_blocks(
    text: str, blocks: list[tuple[str, int, int]]
) -> list[tuple[int, Candidate]]:
    """The grammar's matches in each block of story text (never across two blocks), with
    the index of their block."""
    found = []
    for index, (kind, start, end) in enumerate(blocks):
        if kind != "chrome":
            found.extend((index, c.shifted(start)) for c in find(text[start:end]))
    return found


def _confirmed(candidate: Candidate, span: Span) -> bool:
    """False for matches the parse shows are not times: a one-word match that is a verb
    ("May", "march", "fall"), words inside a longer name, units after a possessive ("beyond
    his years"), an ambiguous match (see
    ``time_rules.yaml``) whose head word the model puts in a name or an amount ("April
    Ryan", "2000 troops"), a year that counts a noun."""
    if len(span) == 1 and span[0].tag_.startswith(("VB", "MD")):
        return False
    if _part_of_a_name(span) or any(check(candidate, span) for check in _NAME_CHECKS):
        return False
    if candidate.rule.name == "plural_units" and (
            _after_a_possessive(span) or _modified_noun(span)):
        return False  # "wise beyond his years", "trading hours"
    if candidate.rule.name in YEAR_RULES and (
            _a_year_dating_an_event(span) or _a_year_after_a_time_preposition(span)):
        return True  # "her 2000 Senate race", "by 2030", whatever the model calls it (the
        # checks above have passed; those below would take it for a count)
    if span.root.ent_type_ in _NOT_TIME_ENTS and candidate.rule.ambiguous:
        return False
    if candidate.rule.name == "day_range_end" and span.text == candidate.text and (
            _counts_a_noun_after(span.root)
            or span.root.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")):
        return False  # "on May 3 and 4 people died" ("July 27–28" is one token; the "20"
        # of "March 17-20 via ..." may hang on the month)
    if candidate.rule.name in YEAR_RULES:
        token = span.root
        counts = token.dep_ == "nummod" and token.head.pos_ == "NOUN"
        if counts and token.ent_type_ != "DATE" and token.head.lemma_ not in words()["units"]:
            return False
        return not _counts_the_next_noun(span)
    return True


def _counts_a_noun_after(token: Token) -> bool:
    """Whether a number counts a noun after it ("4 people"), not one before it (the parse
    may hang the "20" of "March 17-20" on the month)."""
    return token.dep_ == "nummod" and token.head.i > token.i


def _counts_the_next_noun(span: Span) -> bool:
    """Whether a year-like number counts the plural noun after it, after a comma or a word
    of approximation ("As of Tuesday, 1885 aftershocks had occurred", "its roughly 2000
    stores"; not "the 2016 elections", "2023 profits rose", "Marbo: 2023 profits up")."""
    doc, start, end = span.doc, span.start, span.end
    after = doc[end] if end < len(doc) else None
    if after is None or after.tag_ != "NNS" or after.lemma_ in words()["units"]:
        return False
    before = doc[start - 1] if start else None
    return before is not None and (before.text == "," or before.lower_ in word_set(
        "approx_words"))


def _over_as_across(candidate: Candidate, span: Span) -> bool:
    """Whether the "over" opening a duration is the preposition of a stretch an amount or
    a spread is counted across ("$10 trillion over 10 years", "spread over three days"),
    which the parse heads with the unit, not the "more than" of a count ("served over
    three years", "questioned over nine hours")."""
    first = span[0]
    if candidate.groups.get("qmod", "").lower() != "over" or first.dep_ != "prep" or not any(
            child.dep_ == "pobj" and child.i < span.end for child in first.children):
        return False
    doc = span.doc
    before = doc[max(0, span.start - OVER_AMOUNT_TOKENS):span.start]
    return any(token.like_num or token.ent_type_ in _AMOUNT_ENTS for token in before) or (
        first.head.lemma_.lower() in word_set("spreading_verbs"))


def _opens_with_its_verb(span: Span) -> bool:
    """Whether a duration opens with a shift word that is the clause's verb ("the deal
    would last four years")."""
    return len(span) > 1 and span[0].pos_ in ("VERB", "AUX") and (
        span[0].lower_ in word_set("shifts_also_verbs"))


def _without_the_first_word(candidate: Candidate, span: Span,
                            drop: tuple[str, ...] = ()) -> Candidate:
    """``candidate`` from its second word on: its first is a preposition ("spread over
    three days"), the clause's verb ("would last four years") or a conjunction ("warned
    that winter would be hard"), which TimeML leaves out; a quantity word it was ("over")
    sets no mod then, and the groups in ``drop`` go with it."""
    cut = span[1].idx - candidate.start
    groups = {k: v for k, v in candidate.groups.items() if k not in drop
              and not (k == "qmod" and v.lower() == span[0].lower_)}
    groups["_text"] = candidate.text[cut:]
    return Candidate(candidate.start + cut, candidate.end, candidate.rule, groups)


def _a_conjunction_that(candidate: Candidate, span: Span) -> bool:
    """Whether the "that" a season or a period opens with is a conjunction or a relative
    pronoun ("warned that winter would be hard", "the floods that spring brought"), not
    the determiner of "that spring"."""
    doc = span.doc
    possessed = span.end < len(doc) and doc[span.end].tag_ == "POS"  # "that year's campaign"
    return "same" in candidate.groups and len(span) > 1 and not possessed and (
        span[0].lower_ in word_set("distal_determiners") and span[0].dep_ != "det")


def _a_year_dating_an_event(span: Span) -> bool:
    """Whether a year of the last or this century stands between a possessive and the
    one event it dates ("her 2000 Senate race", "Ellis's 2012 run"; not "the town's 1600
    acre park", nor "its 1950 seat hall"), or any year between "the" and a dated event
    ("the 1828 mayoral race")."""
    token, doc = span.root, span.doc
    if not (token.dep_ == "nummod" and token.head.tag_ in ("NN", "NNP") and span.start > 0):
        return False
    before = doc[span.start - 1]
    if not token.text.isdigit() or span.end >= len(doc):
        return False
    event = token.head.lemma_.lower() in word_set("dated_events")
    if before.lower_ == "the":  # "the 1828 mayoral race", not "the 1600 acre park" nor
        following = doc[span.end]  # "the 1500 race" (metres): an adjective or a name
        return event and 1700 <= int(token.text) <= 2099 and (  # between
            following.tag_ == "JJ" or following.is_title)
    if before.tag_ not in ("PRP$", "POS") or not 1900 <= int(token.text) <= 2099:
        return False
    return doc[span.end].is_title or event


def _a_year_after_a_time_preposition(span: Span) -> bool:
    """Whether a year is the object of a preposition of time ("by 2030", "until 1999"),
    not an amount a verb of change moves by ("rose by 2030"; "rise a metre by 2100" has its
    amount) nor one it counts ("in 2030 cases")."""
    token = span.root
    if len(span) != 1 or token.dep_ != "pobj" or not token.text.isdigit():
        return False
    preposition, verb = token.head, token.head.head
    if preposition.lower_ not in word_set("year_prepositions"):
        return False
    if verb.lower_ in word_set("change_verbs") and not any(
            c.dep_ in ("dobj", "npadvmod") for c in verb.children):
        return False  # "rose by 2030", not "may rise a metre by 2100"
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ in word_set("count_range_links") and (
            _a_count_after(doc[span.end + 1])):
        return False  # "from 1800 to 2000 workers", "passed by 1600 to 400": counts
    return span.end >= len(doc) or doc[span.end].tag_ not in ("NNS", "NN")


def _a_count_after(token: Token) -> bool:
    """Whether the number ending a range is a count, not a year: not a year's last two
    digits ("by 2024-25"), and not a year with no noun after it ("from 2009 to 2013")."""
    if not token.like_num or (token.text.isdigit() and len(token.text) == 2):
        return False
    year = token.text.isdigit() and a_year_number(int(token.text))
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return not year or (after is not None and after.tag_ in ("NNS", "NN"))


def _named_day(candidate: Candidate, span: Span) -> bool:
    """Whether a weekday is part of a day's name ("Black Monday", "Super Tuesday") or ends
    a quoted title ("“Harwick Live Sunday”", a programme)."""
    if candidate.rule.name != "weekday" or "shift" in candidate.groups or not span.start:
        return False
    before = span.doc[span.start - 1]
    return (before.is_title and before.lower_ in word_set("named_day_words")) or (
        _ends_a_quoted_title(span))


def _ends_a_quoted_title(span: Span) -> bool:
    """Whether ``span`` ends a run of two or more capitalised words that quotation marks
    enclose ("“Harwick Live Sunday”", a programme)."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].is_title and start > span.start - 4:
        start -= 1
    if span.start - start < 2 or start == 0 or not doc[start - 1].is_quote:
        return False  # "“Vote Sunday,” Ellis urged" is a date
    end = span.end
    while end < len(doc) and doc[end].is_punct and not doc[end].is_quote:
        end += 1
    return end < len(doc) and doc[end].is_quote


def _a_quoted_name(candidate: Candidate, span: Span) -> bool:
    """Whether capitalised words that quotation marks enclose alone, after a possessive or
    a preposition, are a programme's name ("told NBC’s “Today” on Monday", "on ''This
    Week,” Wren said"); one word needs the possessive. A quotation that opens speech
    ("“Today,” she said", "“Last Tuesday,” he said, “…”") stays a time."""
    doc, start, end = span.doc, span.start, span.end
    words_ = [t for t in span if t.is_alpha]
    if start < 2 or end >= len(doc) or not all(t.is_title for t in words_):
        return False
    before = doc[start - 2]
    closing = doc[end + 1] if doc[end].is_punct and not doc[end].is_quote and (
        end + 1 < len(doc)) else doc[end]
    if not (doc[start - 1].is_quote and closing.is_quote):
        return False
    return before.tag_ == "POS" or (len(words_) >= 2 and before.tag_ == "IN")


def _chapter_and_verse(candidate: Candidate, span: Span) -> bool:
    """Whether a bare "8:31" after the name of a book of the Bible is a chapter and verse
    ("Romans 8:31"), not a clock time."""
    if candidate.rule.name != "clock_24h" or set(candidate.groups) - {"_text", "hour",
                                                                     "minute"}:
        return False
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.text in word_set("scripture_books")


def _capitals_in_lower(candidate: Candidate, span: Span) -> bool:
    """Whether a day word capitalised inside a sentence in lower case, right after another
    capitalised word, is a name ("USA TODAY", "a USA Today poll"), not a day."""
    if candidate.rule.name != "deictic_day" or not span.start or span[0].is_sent_start:
        return False
    if not (span.text.isupper() or span.text.istitle()):
        return False
    before = span.doc[span.start - 1]  # not a shouted "decide TODAY"
    doc = span.doc
    named = before.ent_type_ in _NAME_ENTS or (span.end < len(doc) and doc[span.end].tag_ == "POS")
    opening = before.is_sent_start and not (  # "HARWICK TODAY's tally", not "VOTE TODAY!"
        before.is_upper and span.text.isupper() and named)
    return (before.is_upper or before.is_title) and before.is_alpha and not opening and (
        _mostly_lower(span, capitals_only=True))


def _a_title(candidate: Candidate, span: Span) -> bool:
    """Whether a duration with a capitalised unit inside a sentence in lower case is a
    title ("the film 40 Days opens", "40 Days tells the story"), not a time."""
    if candidate.rule.type != "DURATION":
        return False
    unit, doc = span[-1], span.doc
    if len(span) > 2 or (span.start and doc[span.start - 1].tag_ in ("DT", "JJ", "PRP$")):
        return False  # "the first 100 Days", "its 40 Days": a named stretch of time
    return unit.is_title and not _opens_a_sentence(unit) and _mostly_lower(
        span, capitals_only=False)


def _capitalised_bare_units(candidate: Candidate, span: Span) -> bool:
    """Whether bare units with a capital are a name's or a title's: inside a sentence
    ("the Years and Years tour"), or opening one with no word of time or "of" and a
    lower-case word after them ("Hours is a new play", "Minutes of the council meeting",
    "Days Gone By"); "Hours after the vote", "Years of neglect" are durations."""
    if candidate.rule.name != "plural_units" or not span[-1].is_title:
        return False
    unit, doc = span[-1], span.doc
    if not _opens_a_sentence(unit):
        return True
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if after is None:
        return True
    if after.lower_ in word_set("units_relating_words"):
        return False
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return not (after.lower_ == "of" and following is not None and following.is_lower and (
        following.tag_ not in ("DT", "PRP$")))


def _opens_a_sentence(token: Token) -> bool:
    """Whether ``token`` is a sentence's first word, or the first inside its opening quote."""
    doc = token.doc
    return token.is_sent_start or (token.i > 0 and doc[token.i - 1].is_quote and (
        token.i == 1 or doc[token.i - 1].is_sent_start or doc[token.i - 2].is_punct))


def _mostly_lower(span: Span, capitals_only: bool) -> bool:
    """Whether fewer than half the words around ``span`` (``CASE_WINDOW`` tokens each side:
    bounded work) are in capitals (or, unless ``capitals_only``, capitalised)."""
    doc = span.doc
    around = doc[max(0, span.start - CASE_WINDOW): min(len(doc), span.end + CASE_WINDOW)]
    letters = [token for token in around if token.is_alpha and len(token) > 1]
    marked = sum(token.is_upper or (not capitals_only and token.is_title) for token in letters)
    return marked * 2 < len(letters)


def _a_programme_after_a_possessive(candidate: Candidate, span: Span) -> bool:
    """Whether capitalised time words after a possessive inside a sentence are a
    programme's name: in running text ("told ABC's This Week that ..."), or opening a
    title in quotation marks that goes on past them ("ABC's “This Week with ...”")."""
    doc, start = span.doc, span.start
    quoted = start > 1 and doc[start - 1].is_quote
    if start < 2 + quoted or doc[start - 1 - quoted].tag_ != "POS" or span[0].is_sent_start:
        return False
    words_ = [t for t in span if t.is_alpha]
    return bool(words_) and words_[0].lower_ in word_set("programme_starts") and all(
        t.is_title for t in words_) and (quoted or _mostly_lower(span, capitals_only=False))


def _a_march_s_name(candidate: Candidate, span: Span) -> bool:
    """Whether a bare "March" names a march, a group or a protest ("March for Ellis at the
    convention", "the Coalition to Stop Wren and March on the Council"): it is followed by
    "for", "on" or "against" and a name, and no word that leads to a month comes before
    ("in March for talks"), only a conjunction, a determiner, a number, a comma or the
    start of the sentence ("and March on the Council", "King's 1963 March on ...")."""
    doc, start, end = span.doc, span.start, span.end
    if candidate.rule.name != "month" or span.text not in word_set("marching_months") or (
            end + 1 >= len(doc)):
        return False
    if start and doc[start - 1].tag_ not in _NAME_OPENERS:  # "takes effect March for"
        return False
    named = end + 1  # the word after "for"/"on", past a "the"
    if doc[named].lower_ == "the" and named + 1 < len(doc):
        named += 1
    return doc[end].lower_ in word_set("march_prepositions") and doc[named].tag_ in (
        "NNP", "NNPS")


def _a_capitalised_future(candidate: Candidate, span: Span) -> bool:
    """Whether "the Future" with a capital inside a sentence is a title's ("Back to the
    Future", "the Party of the Future"), not the time to come."""
    return candidate.rule.name == "reference" and span[-1].text in word_set(
        "title_time_words") and not span[0].is_sent_start


def _future_as_adjective(candidate: Candidate, span: Span) -> bool:
    """Whether "the future" only describes a noun ("the future leader")."""
    last = span[-1]
    return candidate.rule.name == "reference" and last.lower_ == "future" and (
        last.dep_ == "amod" and last.head.i > last.i)


def _discourse_now(candidate: Candidate, span: Span) -> bool:
    """Whether "Now," opens a sentence as a discourse marker ("Now, is it fair?")."""
    if candidate.rule.name != "reference" or span.text != "Now":
        return False
    doc = span.doc
    opens = span[0].is_sent_start or (span.start > 0 and doc[span.start - 1].is_quote)
    return opens and span.end + 1 < len(doc) and doc[span.end].text == "," and (
        doc[span.end + 1].lower_ in word_set("discourse_now_next"))


def _day_not_mentioned(candidate: Candidate, span: Span) -> bool:
    """Whether "the day" is no day mentioned before: the one a relative clause defines
    ("on the day Ellis had proposed"), or a kind of thing ("the day shift"); not "the same
    day, when ...", which points back."""
    root, last = span.root, span[-1]
    if candidate.rule.name != "anaphoric_day" or last.lower_ != "day":
        return False
    if last.dep_ == "compound":
        return True
    if root.lower_ != "day" or any(token.lower_ == "same" for token in span):
        return False
    return any(c.dep_ == "relcl" for c in root.children)


def _after_a_given_name(candidate: Candidate, span: Span) -> bool:
    """Whether a bare month or a capitalised frequency word is a surname or a name's word:
    "Rosa May" (after a given name), "Daily Harwick" (before a capitalised word)."""
    doc = span.doc
    if candidate.rule.name == "month" and len(candidate.groups) <= 2 and span.start:
        before = doc[span.start - 1]
        return before.is_title and lexicon.given_name_gender(before.text) is not None
    if candidate.rule.name == "frequency" and span.text.istitle() and span.end < len(doc):
        return doc[span.end].is_title and not doc[span.start].is_sent_start
    return False


def _after_a_possessive(span: Span) -> bool:
    """Whether bare units follow a possessive pronoun ("his years"), except as an adjective
    ("its decades-long dispute")."""
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.tag_ == "PRP$" and not span.text.endswith("-long")


def _modified_noun(span: Span) -> bool:
    """Whether bare units come right after a noun, adjective or gerund of their own
    ("weekend trading hours", "five Earth days"): a kind of hours, not a stretch of time;
    not units that a time word follows ("left the party years later", "the vote hours
    after")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if len(span) > 1 or before is None or before.tag_ not in (
            "NN", "NNS", "NNP", "NNPS", "JJ", "VBG"):
        return False  # "counting down the coming weeks": the units have a modifier
    relating = span.end < len(doc) and doc[span.end].lower_ in word_set("units_relating_words")
    return not relating or before.head.i == span.root.i


def _part_of_a_name(span: Span) -> bool:
    """Whether words with no digit lie inside a longer name the model found: "Weeks" of
    "Corin Weeks", "Six-Day" of "the Six-Day War" ("Euro 2016" keeps its year)."""
    if any(c.isdigit() for c in span.text):
        return False
    types = {token.ent_type_ for token in span}
    if len(types) != 1 or not types <= _NAME_ENTS:
        return False
    doc = span.doc
    inside = span[0].ent_iob_ == "I" or (span.end < len(doc) and doc[span.end].ent_iob_ == "I")
    return inside and not _a_quoted_sentence(span)


def _a_quoted_sentence(span: Span) -> bool:
    """Whether the "work" the model found around ``span`` is a quoted sentence: a finite
    verb in lower case after its first word, and a closing quotation mark after a comma or
    a full stop ("“Today I am with him,” Wren said" tagged WORK_OF_ART); not a title
    ("Last Week Tonight", a memoir "Yesterday I was young" sold ...)."""
    work = name_at(span[0], ("WORK_OF_ART",))
    if work is None or not any(t.is_lower and t.tag_ in _FINITE_VERB_TAGS for t in work[1:]):
        return False
    doc = span.doc
    closing = next((t for t in doc[work.end:work.end + SENTENCE_END_REACH] if t.text in (
        *CLOSING, *STRAIGHT)), None)
    return closing is not None and closing.i > 0 and doc[closing.i - 1].text in (",", ".", "!", "?")


def signal_direction(before: str) -> Direction:
    """"past" after "since", "future" after "until" (see ``time_words.yaml``), else None."""
    word = _signal_word(before)
    if word in word_set("past_signals"):
        return "past"
    return "future" if word in word_set("future_signals") else None


def _signal_word(before: str) -> str:
    """The word just before a match, lower-cased ("" at the start of a block)."""
    previous = before[-12:].split()[-1:]
    return previous[0].lower() if previous else ""


def _own_direction(span: Span, before: str, tense: str | None,
                   ) -> tuple[Direction, Literal["future", "planned"] | None]:
    """The direction a match's own words and clause give it (None: theirs give none), and
    whether it is the date of a schedule: "future" for a new one ("moved to June 9"),
    "planned" for a plan ("planned for Friday", "the June 9 deadline").

    A signal word decides first: "since March" is past; "until Friday" is ahead unless in
    the simple past, and after a present perfect too ("has extended it until Friday"),
    but "through" there ends a span up to now ("has raised $2m through June"), as near as
    can be. A plan in the present is ahead ("is set for Nov. 8"); a new date is ahead;
    else the clause's tense."""
    word, signal = _signal_word(before), signal_direction(before)
    if _back_in(span) and tense not in ("future", "present"):
        return "past", None  # "way back in May", not "should bounce back in July"
    if word in word_set("verb_signals") and _verb_signal_alone(span):
        return "future", None  # "would need them come November": when it comes
    if signal == "future" and (_bounds_a_noun(span) or (
            word in word_set("verb_signals") and not _verb_signal_alone(span))):
        signal = None  # "the filings through Jan. 31": the span of a thing's
    plan = _scheduled(span)
    scheduled = plan or ("planned" if _modifies_a_noun(span) else None)
    if signal and (signal == "past" or not scheduled):
        if tense == "perfect" and signal == "future" and _ends_a_range_from(span):
            return "past", scheduled  # "a survey taken from May 13 through Sunday": done
        if tense == "perfect" and signal == "future" and word in word_set("span_signals"):
            return None, scheduled
        if signal == "past" or tense != "past":
            return signal, scheduled
    if plan == "planned" and tense in ("present", "future"):
        return "future", scheduled
    if scheduled:
        return (scheduled if scheduled == "future" else None), scheduled
    if tense in ("past", "perfect", "future"):
        return {"perfect": "past"}.get(tense, tense), scheduled
    return None, scheduled


def _ends_a_range_from(span: Span) -> bool:
    """Whether the signal before ``span`` ends a range that "from" and a date opened
    ("from May 13 through Sunday", "from March 1 until Friday")."""
    doc, start = span.doc, span.start
    opening = doc[max(start - 1 - _RANGE_START_REACH, span.sent.start):max(start - 1, 0)]
    return any(token.lower_ == "from" and token.nbor().ent_type_ == "DATE"
               for token in opening if token.i + 1 < start - 1)


_RANGE_START_REACH = 5  # tokens before the signal where "from" may open the range


def _a_day_of_the_week(candidate: Candidate) -> bool:
    """A weekday, alone or with a clock time ("Saturday", "at 10 a.m. Saturday")."""
    return candidate.rule.resolver == "weekday" or "time_weekday" in candidate.groups


def _reporter_of_a_future(span: Span, steps: int) -> Token | None:
    """The reporting verb in the past whose reported clause looks ahead with a modal
    ("said Tuesday it would try again Saturday", "said she will vote on Monday"), else
    None."""
    verb = _governing_verb(span.root, steps)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in word_set("reported_future_modals")
                               for c in verb.children):
        return None
    while verb.dep_ == "conj" and verb.head.i < verb.i:  # "... and would vote Saturday"
        verb = verb.head
    reporter = verb.head
    if verb.dep_ != "ccomp" or not _past_form(reporter) or frame(reporter.lemma_) is None:
        return None
    return reporter


def _report_day(doc: Doc, match: _Match, found: list[FoundTimex]) -> FoundTimex | None:
    """The day the report of ``match``'s clause was made on, by its own words ("said
    Tuesday"): a time expression on a day, found before it in the sentence, that hangs on
    the reporting verb."""
    reporter = doc[match.reported_by]
    for timex in reversed(found):
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or span.sent != reporter.sent or not day_of(timex.value):
            continue
        token = span.root
        if token.head.i == reporter.i or (
                token.head.dep_ == "prep" and token.head.head.i == reporter.i):
            return timex
    return None


def _back_in(span: Span) -> bool:
    """Whether "back in" or "back on" comes right before ``span`` as a look into the past
    ("way back in May"), not after a verb of returning ("will be back in March")."""
    doc, start = span.doc, span.start
    if start < 2 or f"{doc[start - 2].lower_} {doc[start - 1].lower_}" not in word_set(
            "looking_back_phrases"):
        return False
    return start < 3 or doc[start - 3].lemma_.lower() not in word_set("returning_verbs")


def _a_state_until(candidate: Candidate, span: Span, before: str, tense: str | None
                   ) -> bool:
    """Whether a calendar day or a month with no year ends a lasting state told in the
    simple past ("the Pellin council was adjourned until May 4", "the court ruled on its
    adjournment until May 4", "released him on bail till October"): the nearest such date,
    which may still be ahead; not a finished stretch ("worked at the mill until December
    20")."""
    if tense != "past" or candidate.rule.resolver not in ("calendar_date", "month") or (
            not span.start or "year" in candidate.groups) or (
            _signal_word(before) not in word_set("end_signals")):
        return False
    signal = span.doc[span.start - 1]  # the state is named between "until" and the word it
    stated = span.doc[min(signal.head.i, signal.i):signal.i]  # hangs on ("ruled on the closing")
    return any(t.lemma_.lower() in word_set("lasting_states") for t in stated)


def _verb_signal_alone(span: Span) -> bool:
    """Whether a signal verb before ``span`` has no subject of its own, as in the idiom
    "come November", not "the results come Monday" (``verb_signals``); a bare infinitive
    with no auxiliary is the idiom whatever subject the parser gave it."""
    verb = span.doc[span.start - 1] if span.start else None
    if verb is None or verb.lower_ not in word_set("verb_signals"):
        return False
    # a bare "come" the parser gave a subject ("Ruiz, ... come November,"), not one a verb
    # of seeing or making takes ("saw the soldiers come Monday")
    if verb.tag_ == "VB" and verb.dep_ not in ("ccomp", "xcomp") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def clause_tense(span: Span, steps: int = settings.TENSE_HEAD_STEPS) -> str | None:
    """"past", "perfect", "future" or "present": the tense of the verb governing ``span``
    (the present after "if" or "once" is the future); "untensed" under an infinitive of a
    verb not in the future; "future" for what a noun of prospect holds out ("chances of
    winning in November"); None where no verb governs it (a headline, "Harlow's Friday
    announcement, a surprise")."""
    first = _first_verb(span.root, steps)
    if first is not None and first.tag_ == "VBG" and first.dep_ == "pcomp" and (
            first.head.lower_ in word_set("done_before_prepositions")):
        return "past"  # "After trouncing Ruiz in Tuesday's primary, Vidal ...": done
    if _reduced_relative(span.root, steps):
        if _schedules(first) and _plans_for(first):
            return "untensed"  # "a film set for release on Feb. 5": as near as can be
        return "perfect"  # done, so past ("the ferry, docked until Friday" still ahead)
    if first is not None and first.tag_ == "VBG" and first.dep_ == "acl" and not any(
            c.dep_ in ("aux", "auxpass") for c in first.children) and not _heading_into(first):
        matrix = _governing_verb(first.head, steps)  # "is targeting towns holding votes on
        if matrix is None or not _past_form(matrix):  # March 15": as near as can be; "a
            return "untensed"  # man carrying a knife on Thursday was arrested": the past
    if first is not None and _in_prospect(first):  # "her chances of winning in November",
        held = _governing_verb(first.head, steps)  # "plans to run in May"; a prospect
        if held is None or not _past_form(held):  # once held is past ("had no chance of
            return "future"  # beating Ellis in October"), unless it was put forward in the
        return "present" if _dated_in_the_news_week(held) else "past"  # news week ("on
        # Wednesday approved a plan to finish it by mid-August"): as near as can be
    if first is not None and first.dep_ == "conj" and _infinitive(first.head):
        first = first.head  # "urging voters to stay calm and turn out on Saturday"
    if first is not None and _infinitive(first):  # "agreed to close it in September": after
        if first.head.lower_ in word_set("intention_verbs"):  # "with candidates urging
            return "future"  # voters to turn out on Saturday", a participle of no tense
        verb = _governing_verb(first, steps)  # the verb's time, so as near as can be
        if verb is not None and verb.lemma_.lower() in word_set("implicative_verbs"):
            return _verb_tense(verb)  # "failed to reach a deal on Friday": then
        if _ahead_of_an_adjective(first):  # "less likely to vote in November", "strong
            holder = first.head.head  # enough to win in May"; "was set to sail on Friday"
            if holder.pos_ not in ("VERB", "AUX"):  # is the past's; "residents able to
                return "untensed"  # vote in March" has no tense of its own
            past = _past_form(holder) or _verb_tense(holder) == "perfect"
            return "present" if past else "future"
        if verb is not None and verb.lower_ in word_set("intention_verbs"):
            return "future"  # "wants to run in November", "is hoping to win on Tuesday"
        return "future" if verb is not None and _verb_tense(verb) == "future" else "untensed"
    verb = _governing_verb(span.root, steps)
    if verb is None:
        return None
    if _quoted_apart(span, verb):  # the parse crossed quotation marks: no verb of its
        return "untensed"  # own, and not the sentence's ("…,” the memo stated")
    tense = _verb_tense(verb)
    if tense == "present" and any(c.dep_ == "mark" and c.lower_ in word_set(
            "future_clause_marks") for c in verb.children):
        return "future"  # "if she is elected in November", "once it opens on Friday"
    return tense


def _quoted_apart(span: Span, verb: Token) -> bool:
    """Whether one of ``span`` and its governing ``verb`` is inside quotation marks and the
    other outside ("In Ellis's column on Aug. 10, “The piling on must stop,” ...": the
    parse hangs the date on the quoted title's verb, whose tense is not the date's)."""
    doc = span.doc
    between = doc[span.end:verb.i] if verb.i >= span.end else doc[verb.i + 1:span.start]
    return sum(token.text in _DOUBLE_QUOTES for token in between) % 2 == 1


def _ahead_of_an_adjective(infinitive: Token) -> bool:
    """Whether an infinitive says what an adjective of readiness or likelihood looks ahead
    to ("likely to vote", "eager to run", "strong enough to win")."""
    head = infinitive.head
    return head.lower_ in word_set("future_adjectives") or (
        head.pos_ == "ADJ" and any(c.lower_ in word_set("sufficiency_adverbs")
                                   for c in head.children))


def _in_prospect(verb: Token) -> bool:
    """Whether a gerund or infinitive says what a noun of prospect holds out ("chances of
    winning", "a plan to run"): something still to come."""
    if verb.tag_ not in ("VBG", "VB") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"
                                              for c in verb.children):
        return False
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.dep_ == "prep" and noun.lower_ == "of":
        noun = noun.head
    elif verb.dep_ != "acl":
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in word_set("prospect_nouns")


def _dated_in_the_news_week(verb: Token) -> bool:
    """Whether a weekday, or a day word of now or the past ("today", "yesterday"), dates
    ``verb`` ("on Wednesday approved", "approved yesterday")."""
    days = _news_week_words()
    for child in verb.children:
        if child.lower_ in days or (child.dep_ == "prep" and any(
                grandchild.lower_ in days for grandchild in child.children)):
            return True
    return False


@cache
def _news_week_words() -> frozenset[str]:
    """Weekday names and the one-word deictic days not ahead ("today", "yesterday",
    "tonight"), lower-cased."""
    weekdays = {name.lower() for name in calendar_forms("weekday")}
    return frozenset(weekdays | {day for day, spec in words()["days"].items()
                                 if " " not in day and spec["offset"] <= 0})


def _first_verb(token: Token, steps: int) -> Token | None:
    for _ in range(steps + 1):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _heading_into(verb: Token) -> bool:
    """Whether a participle and the word after it look ahead ("going into November"),
    which ``_ahead_of_its_event`` reads with the clause's tense."""
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return after is not None and f"{verb.lower_} {after.lower_}" in word_set("ahead_of_any_time")


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)


def _verb_tense(verb: Token) -> str:
    """"past", "perfect", "future" or "present": the tense of a finite verb."""
    future = word_set("future_markers")
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    marker = next((t for t in (verb, *auxiliaries) if t.lower_ in future), None)
    if marker is None and verb.dep_ == "xcomp" and verb.head.lower_ in future:
        marker = verb.head
    if marker is not None:  # ahead, unless of a past moment ("was expected to pass")
        return "present" if _past_form(marker) else "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VB" and any(a.lower_ in word_set("future_modals") for a in auxiliaries):
        reported = verb.dep_ == "ccomp" and _past_form(verb.head)  # "said in May that it
        return "present" if reported else "future"  # may meet in June": the past's future
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return "perfect"  # past, but "has kept it closed until Friday" is still ahead
    return "present"


def _a_coming_event(span: Span) -> bool:
    """Whether a month qualifies an event introduced by "a" ("a November general
    election", "a June referendum"): one not yet known, so still to come."""
    root = span.root
    if root.dep_ not in ("compound", "nmod", "npadvmod") or root.head.pos_ != "NOUN" or (
            root.head.i < root.i):
        return False
    event = root.head
    return event.lemma_.lower() in word_set("coming_events") and any(
        c.dep_ == "det" and c.lower_ in word_set("indefinite_articles") for c in event.children)


def _names_a_vote(span: Span) -> bool:
    """Whether a month qualifies a vote ("the November election", "the Nov. 8 ballot",
    "November's referendum")."""
    root = span.root
    return _names_a_thing(span) and root.head.i > root.i and (
        root.head.lemma_.lower() in word_set("votes"))


def _looks_ahead_to_a_vote(span: Span, tense: str | None, sentence: Direction) -> bool:
    """Whether a month names a vote that a sentence with no past tense looks ahead to:
    from a clause with no finite verb of its own ("are not eligible to vote in the
    November election"), a modal ("would put a measure on the November ballot"), also on
    a verb joined to it ("could drag on and not be finished by the Nov. 8 election"), or
    "before" ("before the November election"). A clause in the future tense looks ahead
    already; the simple present leaves it to the tense ("the November election is over")."""
    if sentence == "past" or tense in ("past", "perfect", "future") or not _names_a_vote(span):
        return False
    if tense == "untensed":
        return True
    doc, vote = span.doc, span.root.head
    opening = min(t.i for t in vote.subtree)
    if opening and doc[opening - 1].lower_ in word_set("before_signals"):
        return True
    verb = next((t for t in vote.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    modals = word_set("vote_modals")
    return any(c.tag_ == "MD" and c.lower_ in modals for v in verbs for c in v.children)


def _month_just_gone(groups: dict[str, str], anchor: dt.date | None) -> bool:
    """Whether the month in ``groups`` is the anchor's or ended at most
    ``settings.VOTE_JUST_HELD_MONTHS`` months before it."""
    if anchor is None or "month" not in groups:
        return False
    gone = (anchor.month - month_number(groups["month"])) % 12
    return gone <= settings.VOTE_JUST_HELD_MONTHS  # this month's: the nearest day of it


def _ahead_of_its_event(span: Span) -> bool:
    """Whether a weekday or month that names an event comes after words that look ahead to
    it ("Heading into Tuesday's primary", "ahead of November's vote"), or any one comes
    after a phrase that looks ahead ("going into November"): it had not yet come when the
    clause's verb happened, so its past tense does not place it."""
    doc, start = span.doc, span.start
    before = " ".join(token.lower_ for token in doc[max(0, start - 2):start])
    if before in word_set("ahead_of_any_time"):  # "going into November"
        return True
    if _names_a_thing(span) and before in word_set("ahead_of_an_event"):
        return True
    root = span.root  # "ahead of voting Tuesday": the day of the event looked ahead to
    if root.dep_ != "npadvmod" or root.head.i >= start or root.head.i < 2:
        return False
    head = root.head.i
    return " ".join(token.lower_ for token in doc[head - 2:head]) in word_set(
        "ahead_of_an_event")


def _names_a_thing(span: Span) -> bool:
    """Whether a weekday qualifies a noun ("Ellis's Friday announcement", "Tuesday's
    debate"): a known event, so in the days just past rather than ahead."""
    root = span.root
    return root.dep_ in ("compound", "poss", "nmod") and root.head.pos_ == "NOUN"


def _a_day_s_thing_under_a_modal(candidate: Candidate, span: Span, steps: int) -> bool:
    """Whether a bare weekday names a thing ("Monday's debate") in a clause of a modal of
    possibility ("might not move voters", "may reset the clock"), which says nothing of
    when the thing is."""
    if candidate.rule.resolver != "weekday" or "shift" in candidate.groups or (
            not _names_a_thing(span)):
        return False
    verb = _governing_verb(span.root, steps)
    return verb is not None and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in word_set("possibility_modals") for c in verb.children)


def _resolver_by_parse(candidate: Candidate, span: Span, steps: int) -> str | None:
    """"every" for a weekday before a weekly series ("a Sunday talk show") or a rate ("$75
    billion a year"), "present_ref" for "today" before a noun of an era ("today's
    economy"; not "today's vote", nor "today's Times"), after "even" or "still" or after
    a noun of now ("kids today have phones"), "future_ref" for "a (brighter) tomorrow",
    "duration" for "the last year" as a stretch up to now, "period_of_a_clause" for "in a
    year in which ...", "night_stretch" for "spent one night"; else None: the rule's own."""
    groups = candidate.groups
    if "weekday" in groups and "shift" not in groups and candidate.rule.resolver == "weekday" and (
            _names_a_weekly_series(span)):
        return "every"
    if groups.get("day_word", "").lower() in word_set("era_day_words"):
        if span.root.dep_ == "poss" and span.root.head.lemma_.lower() in word_set("era_nouns"):
            return "present_ref"
        if _after_an_era_adverb(span, steps) and _a_present_state(span, steps):
            return "present_ref"  # "even today, it has no bridge", not "even today, the
            # vote was delayed"
        if _after_a_noun_of_now(span, steps):
            return "present_ref"  # "Kids today have phones", "America today is divided"
    if groups.get("day_word", "").lower() in word_set("future_day_words") and (
            "part_adj" not in groups and _after_an_article(span)):
        return "future_ref"  # "a tomorrow of full employment", "a brighter tomorrow"
    if candidate.rule.name == "duration" and groups.get("number", "").lower() in word_set(
            "indefinite_articles") and _a_rate(span):
        return "every"  # "$75 billion a year"
    if candidate.rule.name == "relative_period" and _a_stretch_up_to_now(candidate, span, steps):
        return "duration"  # "over the last century", "has said it for the last year"
    if candidate.rule.name == "duration" and _a_time_of_a_clause(candidate, span, steps):
        return "period_of_a_clause"  # "in a year in which the ferry has lost money"
    some_day = _some_day(span, steps) if candidate.rule.name == "duration" else None
    if some_day:
        return some_day  # "hopes one day to run", "One day he walked in"
    if candidate.rule.name == "some_part_of_day" and span[-1].lower_ == "night" and (
            span.start and span.doc[span.start - 1].lower_ in word_set("stretch_words")):
        return "night_stretch"  # "spent one night in jail"
    return None


def _some_day(span: Span, steps: int) -> str | None:
    """The resolver of "one day" when it is some day, not a day's length (else None):
    "some_day", a day the text does not give, before a time it lies in ("closed one day
    last week", "One day in 1998, Wren could not find the keys") or before a verb that does
    not look ahead ("One day he walked in"); "future_ref" before a verb that does ("will
    one day be mayor", "would one day return", "hopes to one day run") or after a verb of
    hope ("hopes one day to run"). Not after a preposition or a word of degree ("in one
    day", "just one day after"), before a word relating it to another time ("one day
    later", "one day ahead of", "one day a week"), measuring a word ("one day late"), or
    with a verb of lasting or delay ("will be delayed one day")."""
    doc = span.doc
    root = span.root
    if span.text.lower() != "one day" or root.dep_ not in ("npadvmod", "pobj"):
        return None
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ == "to" and span.end < len(doc) and (
            doc[span.end].tag_ == "VB"):
        return "future_ref"  # "hopes to one day run": an infinitive looks ahead
    if before is not None and (before.lower_ in word_set("some_day_breakers_before") or (
            root.dep_ == "pobj" and before.pos_ == "ADP")):
        return None
    if _relates_it_to_another_time(span):
        return None  # "one day later", "one day a week", "One day to go"
    verb = _governing_verb(root, steps)
    if verb is None or (root.dep_ == "npadvmod" and root.head.pos_ not in ("VERB", "AUX")):
        return None  # "one day late"
    lemma = verb.lemma_.lower()
    before_verb = root.dep_ == "npadvmod" and root.i < verb.i
    if not before_verb and (lemma in word_set("day_delay_verbs") or lemma in word_set(
            "stretch_words")):
        return None  # "was extended one day in March", "stayed one day that summer"
    if _a_day_within(span):
        return "some_day"
    hoped = _after_a_verb_of_hope(root, steps)
    if before_verb:
        ahead = clause_tense(span, steps) == "future" or _under_a_modal(verb) or hoped
        return "future_ref" if ahead else "some_day"
    return "future_ref" if hoped else None


def _relates_it_to_another_time(span: Span) -> bool:
    """Whether the words after "one day" relate it to another time or make it a rate ("one
    day later", "one day ahead of", "one day a week", "one day at a time", "One day to go
    before the vote"), not "One day a stranger knocked"."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    if not after:
        return False
    word = after[0].lower_
    if after[0].text in "-–" or word in word_set("some_day_breakers_after") | word_set(
            "units_relating_words"):
        return True
    if word in word_set("indefinite_articles"):
        return len(after) > 1 and unit_spec(after[1].lower_) is not None  # "a week"
    words_after = " ".join(token.lower_ for token in after) + " "  # "at a time", "to go"
    return any(words_after.startswith(f"{phrase} ") for phrase in word_set(
        "some_day_rate_phrases"))  # not "to good effect"


def _under_a_modal(verb: Token) -> bool:
    """Whether a modal of possibility or of the future in the past is the verb's auxiliary
    and the verb is neither denied nor perfect ("could one day cure", "would one day
    return"; not "would not start", "must have left")."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children) or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in word_set("some_day_modals") for c in children)


def _after_a_verb_of_hope(token: Token, steps: int) -> bool:
    """Whether a verb of hope governs ``token`` within ``steps`` heads ("hopes one day to
    run", "hope I can be like him one day")."""
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in word_set("hope_verbs"):
            return True
    return False


def _a_day_within(span: Span) -> bool:
    """Whether a time the day lies in follows it ("one day in June 2014", "one day last
    week"): a point in that time, not a length."""
    after = span.doc[span.end : span.end + 2]
    if len(after) < 2 or not (after[1].ent_type_ == "DATE" or unit_spec(after[1].lower_) or (
            after[1].lower_ in words()["seasons"])):
        return False  # not "waited one day that felt like a year", "one day in jail"
    if after[0].lower_ in word_set("day_within_words"):
        return True  # "one day last week", "one day that summer"
    return after[0].lower_ in word_set("clause_period_prepositions") and (
        after[1].pos_ != "DET")  # "one day in June", not "open one day in the week"


def _a_stretch_up_to_now(candidate: Candidate, span: Span, steps: int) -> bool:
    """Whether "the last year" is the stretch up to now, as "the past year" is (TimeML
    DURATION): after "over" or "within" ("over the last century, the river flooded 12 times"),
    or after "for", "in" or "during" in a present perfect ("has said it for the last
    year"); not the year before ("a ferry's profit for the last year of $2 million";
    "in the last year of his term" is left to the rule)."""
    groups = candidate.groups
    if not groups.get("the") or groups.get("shift", "").lower() != "last" or (
            groups["unit"].lower() not in word_set("stretch_units")
            or {"fiscal", "part_noun", "part_adj"} & set(groups)):
        return False
    if not span.start or any(c.lower_ == "of" for c in span.root.children) or (
            _half_after().match(span.doc.text, span.end_char).group(0)):
        return False  # "a profit for the last year of $2 million": that year's; "the last
        # year and a half" is left to the rules
    before = span.doc[span.start - 1]
    if before.lower_ in word_set("stretch_prepositions"):
        return True
    return before.lower_ in word_set("perfect_stretch_prepositions") and (
        clause_tense(span, steps) == "perfect")


@cache
def _half_after() -> re.Pattern[str]:
    """The grammar's "and a half" after a unit ("the last year and a half"), compiled once."""
    return re.compile(placeholders()["half_after"], re.I)


def _relative_clause_in_the_past(span: Span) -> bool:
    """Whether the relative clause on a period is told in the past ("a year when the mill
    closed"; not "a year in which Ruiz has won", "when Ruiz is talking")."""
    clause = next((c for c in span.root.children if c.dep_ == "relcl"), None)
    return clause is not None and _verb_tense(clause) == "past"


def _a_time_of_a_clause(candidate: Candidate, span: Span, steps: int) -> bool:
    """Whether "a year" after "in" or "during" is the time a relative clause tells of ("in
    a year in which the ferry has lost money", "in a week when ..."), not a
    length ("in a year, the ferry will run", "will step down in a year when the contract
    ends": a year from now)."""
    groups = candidate.groups
    if groups.get("number", "").lower() not in word_set("indefinite_articles") or (
            span.start == 0 or span.doc[span.start - 1].lower_ not in word_set(
                "clause_period_prepositions")):
        return False
    return any(child.dep_ == "relcl" for child in span.root.children) and (
        clause_tense(span, steps) != "future")


def _after_an_era_adverb(span: Span, steps: int) -> bool:
    """Whether "even" or "still" comes right before "today" ("even today") or "still" on
    its verb with no object ("the charter under which we still live today"; "she still
    has a hearing today" is the day's)."""
    if span.start and span.doc[span.start - 1].lower_ in word_set("era_day_adverbs"):
        return True
    verb = _governing_verb(span.root, steps)
    if verb is None or any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in word_set(
            "events_of_a_day") for c in verb.children):
        return False  # "she still has a hearing today"; not "it still employs 300 today"
    return any(c.dep_ == "advmod" and c.lower_ in word_set("era_verb_adverbs")
               for c in verb.children)


def _after_an_article(span: Span) -> bool:
    """Whether "a" or "an" comes right before ``span`` or before a comparative or a word of
    hope before it ("a tomorrow", "a brighter tomorrow", "a new tomorrow"; not "a busy
    tomorrow")."""
    doc, start = span.doc, span.start
    if start and (doc[start - 1].tag_ in ("JJR", "JJS") or doc[start - 1].lower_ in word_set(
            "hopeful_adjectives")):
        start -= 1
    return start > 0 and doc[start - 1].lower_ in word_set("indefinite_articles")


def _after_a_noun_of_now(span: Span, steps: int) -> bool:
    """Whether "today" right after a noun means nowadays: the noun, a bare plural or a
    name, is the subject of a state in the simple present ("Kids today have phones",
    "Pellin today is a quiet port"), or a noun of an era in a clause not in the past ("in
    the world today, nothing is slow"); not an act ("Markets today rose", "The council
    today votes") nor a thing of the day ("The weather today is fine")."""
    doc = span.doc
    if len(span) != 1 or not span.start:
        return False
    noun = doc[span.start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in (
            word_set("events_of_a_day") | word_set("acts_of_a_day")):
        return False  # "the ruling today is a blow": the day's
    verb = _governing_verb(span.root, steps)
    if verb is None:
        return False
    if noun.lemma_.lower() in word_set("era_nouns"):
        return clause_tense(span, steps) != "past"
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "The weather today is fine", "Pell's schedule today": the day's
    copula = verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children)
    return noun.dep_ == "nsubj" and noun.head.i == verb.i and verb.tag_ in ("VBZ", "VBP") and (
        copula or verb.lemma_.lower() in word_set("state_verbs"))


def _a_rate(span: Span) -> bool:
    """Whether "a year" counts how much comes per year: after an amount it qualifies
    ("raise $75 billion a year", "40 buses a year"), not before "after" or "before"."""
    root, doc = span.root, span.doc
    head = root.head
    if root.dep_ != "npadvmod" or head.i >= span.start:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in word_set("rate_breakers"):
        return False
    return head.like_num or head.ent_type_ in _AMOUNT_ENTS or (
        any(c.dep_ == "nummod" for c in head.children))


def _opens_with_today(candidate: Candidate, span: Span) -> bool:
    """Whether "Today," opens its sentence (or a quotation that opens it), as it does to
    set the present against the past ("In 1990, a pass cost $50. Today, it costs $400.")."""
    doc = span.doc
    if candidate.groups.get("day_word", "").lower() not in word_set("era_day_words"):
        return False
    first = span[0].is_sent_start or (
        span.start > 0 and doc[span.start - 1].is_quote and doc[span.start - 1].is_sent_start)
    return first and span.end < len(doc) and doc[span.end].text == ","


def _a_present_state(span: Span, steps: int) -> bool:
    """Whether the verb ``span`` hangs from tells a state in the simple present ("it costs
    $400", "it employs 300 people"), not an act of the day ("the council votes")."""
    verb = _governing_verb(span.root, steps)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and (
        verb.lemma_.lower() in word_set("state_verbs")) and _verb_tense(verb) == "present"


def _before_the_year(value: str, published: dt.date | None) -> bool:
    """Whether the date under discussion (a year or finer) lies in a year before the
    article's."""
    return published is not None and value[:4].isdigit() and int(value[:4]) < published.year


def _names_a_weekly_series(span: Span) -> bool:
    """Whether a weekday qualifies a series that airs every week ("a Sunday talk show",
    "the Sunday shows"): every such day, a SET; one show ("the band's Friday show") is
    a date."""
    token = span.root
    for _ in range(3):
        if token.dep_ != "compound" or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in word_set("broadcasts"):
            return token.tag_ in ("NNS", "NNPS") or any(
                c.dep_ == "compound" and c.lemma_.lower() in word_set("series_words")
                for c in token.children)
    return False


def _modifies_a_noun(span: Span) -> bool:
    """Whether a date is a noun's modifier ("a week before the November 13 deadline", "the
    primary Feb. 9"): a property of the thing, whose time the clause's tense does not
    give."""
    root = span.root
    if not _numbered_date(span):
        return False
    if root.dep_ == "npadvmod" and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head.i < span.start  # "before the Pellin caucuses Feb. 1"
    return root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN" and (
        root.head.i >= span.end)


def _bounds_a_noun(span: Span) -> bool:
    """Whether "until" or "through" before ``span`` is about a noun, not a verb's time
    that it would turn ahead: it ends a noun's period ("reports through Jan. 31", "a truce
    until March"), or the date qualifies the noun after it ("through Friday's close")."""
    if _names_a_thing(span):
        return True
    preposition = span.root.head
    return preposition.dep_ == "prep" and preposition.i < span.start and (
        preposition.head.pos_ in ("NOUN", "PROPN"))


def _numbered_date(span: Span) -> bool:
    """A date with a number that the model reads as a date ("November 13")."""
    return any(token.like_num for token in span) and any(
        token.ent_type_ == "DATE" for token in span)


def _past_form(token: Token) -> bool:
    """A verb in the past tense, itself or by its auxiliary ("planned", "was expected")."""
    return token.tag_ == "VBD" or any(
        c.tag_ == "VBD" for c in token.children if c.dep_ in ("aux", "auxpass"))


def _scheduled(span: Span) -> Direction | Literal["planned"] | None:
    """For the date of a schedule: "future" for the new one ("moved its hearing to June 9"),
    "planned" for the one planned ("matches planned for Friday were played"), whose
    direction the verb's tense does not give; else None."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "planned for May and June"
        root = root.head
    preposition = root.head
    if preposition.dep_ != "prep" or preposition.lower_ not in word_set("scheduling_prepositions"):
        return None
    if not _schedules(preposition.head):
        return None
    return "planned" if preposition.lower_ == "for" else "future"


def _schedules(verb: Token) -> bool:
    """Whether ``verb`` sets a date ("scheduled", "set", "slated")."""
    return verb.lemma_.lower() in word_set("scheduling_verbs") or (
        verb.lower_ in word_set("scheduling_participles"))


def _plans_for(verb: Token) -> bool:
    """Whether a scheduling participle sets something for a time ("a film set for release
    on Feb. 5"), not an act done then ("the fire, set on Friday")."""
    return any(c.dep_ == "prep" and c.lower_ in word_set("scheduling_prepositions")
               for c in verb.children)


def sentence_direction(sentence: Span) -> Direction:
    """"past" for a sentence with a past-tense verb and no future marker ("will"), "future"
    for one with a future marker and no past tense, else None."""
    future_words = word_set("future_markers")
    past = future = False
    for token in sentence:
        if token.tag_ == "VBD" or (token.tag_ == "VBN" and any(
                c.lemma_ == "have" and c.dep_ == "aux" for c in token.children)):
            past = True
        elif token.tag_ == "MD" and token.lower_ in future_words:
            future = True
    if past != future:
        return "past" if past else "future"
    return None


def story_direction(tenses: list[Direction], share: float) -> Direction:
    """The direction of at least ``share`` of the tensed sentences, else None."""
    tensed = [t for t in tenses if t]
    for direction in ("past", "future"):
        if tensed and tensed.count(direction) >= share * len(tensed):
            return direction
    return None


def _governing_verb(token: Token, steps: int) -> Token | None:
    """The nearest verb above ``token`` within ``steps`` heads; past a participle with no
    auxiliary ("..., ending an era") to the verb it depends on, which carries the tense."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") and not _untensed_participle(token):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") and not _untensed_participle(token) else None


def _reduced_relative(token: Token, steps: int) -> bool:
    """Whether the first verb above ``token`` is a past participle modifying a noun ("the
    merger, announced in October, will close"), or one the parse hangs on the main verb
    ("Under the deal, announced late Monday, Pellin will ..."): done, so past, whatever
    the main verb. Not a conditional one ("if approved on Friday"), nor when the date
    qualifies a noun of its own on the way ("the boost needed for a strong showing
    Tuesday"): that is the noun's day."""
    if token.dep_ == "npadvmod" and token.head.pos_ == "NOUN":
        return False
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX"):
            fronted = token.dep_ == "advcl" and token.i < token.head.i  # not "..., followed
            return token.tag_ == "VBN" and (token.dep_ == "acl" or fronted) and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in token.children)  # by ... on X"
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _untensed_participle(verb: Token) -> bool:
    """A participle with no auxiliary ("..., ending an era", "according to"), or an
    infinitive ("voted to reopen it on Saturday", "helped Pellin sell it in March"): no
    tense of its own."""
    if _infinitive(verb) or _bare_infinitive(verb):
        return True
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _bare_infinitive(verb: Token) -> bool:
    """An infinitive without "to" under help, let, make, see...: "helped Pellin sell it"
    (not a quoted imperative, "“Vote Sunday,” he said"); tagged as a present verb with no
    subject when its object comes first ("helping Pellin Mills sell it")."""
    form = verb.tag_ == "VB" or (verb.tag_ == "VBP" and not any(
        c.dep_ == "nsubj" for c in verb.children))
    return form and verb.dep_ in ("ccomp", "xcomp") and (
        verb.head.lemma_.lower() in word_set("bare_infinitive_heads")) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _infer(matches: list[_Match], window_days: int) -> Published | None:
    dates, weekdays = [], []
    for match in matches:
        candidate = match.candidate
        if candidate.rule.full_date:
            value = resolve(candidate.rule.resolver, candidate.groups, Anchors(published=None))
            if value and value.value and day_of(value.value) == value.value:
                date = dt.date.fromisoformat(value.value)
                span = (candidate.start, candidate.end)
                future = match.direction == "future" and match.tensed and not match.in_caption
                dates.append(DatedMention(date, span, candidate.text, future))
        elif _past_bare_weekday(match):
            number = weekday_number(candidate.groups["weekday"])
            weekdays.append(WeekdayMention(number, candidate.groups["weekday"]))
    inference = infer_published(dates, weekdays, window_days)
    if inference is None:
        return None
    return Published(inference.date.isoformat(), "text", inference.evidence, inference.basis)


def _past_bare_weekday(match: _Match) -> bool:
    """A weekday with no "last"/"next"/"that", in a past-tense clause of the story ("on
    Tuesday")."""
    groups = match.candidate.groups
    return (
        match.candidate.rule.name == "weekday"
        and "shift" not in groups
        and "same" not in groups
        and match.direction == "past"
        and match.tensed
        and not match.in_caption
        and match.resolver is None
    )


def _stale_weekdays(matches: list[_Match], found: list[FoundTimex],
                    published: Published | None, stale_days: int) -> list[str]:
    """A warning for each weekday named bare in the past tense ("slid again Thursday")
    that a date given with the page puts ``stale_days`` or more back: news would write
    "last Thursday", so the date is likely a later update's; not when the story gives a
    calendar date in that weekday's week. The given date is kept."""
    if published is None or published.inferred:
        return []
    by_start = {t.start: t for t in found}
    dated_weeks = _dated_weeks(matches, by_start)
    warnings = []
    for match in matches:
        timex = by_start.get(match.candidate.start)
        if timex is None or not _past_bare_weekday(match) or not timex.value:
            continue
        day = dt.date.fromisoformat(timex.value[:10])
        if day.isocalendar()[:2] in dated_weeks:  # "May 24 to 26 ... on Saturday": the
            continue  # story dates that week itself
        days = (dt.date.fromisoformat(published.value) - day).days
        if days >= stale_days and not any(f"“{timex.text}”" in w for w in warnings):
            warnings.append(
                f"the date given ({published.value}) puts “{timex.text}”, named in the past "
                f"tense, {days} days back ({timex.value[:10]}), where news would write “last "
                f"{timex.text}”: the date may be a later update's; relative dates were "
                f"resolved against {published.value}"
            )
    return warnings


def _dated_weeks(matches: list[_Match], by_start: dict[int, FoundTimex]
                 ) -> set[tuple[int, int]]:
    """The ISO (year, week) of every calendar day the story gives ("May 24", "Jan. 7")."""
    weeks = set()
    for match in matches:
        timex = by_start.get(match.candidate.start)
        day = day_of(timex.value) if timex is not None else None
        if match.candidate.rule.resolver == "calendar_date" and day:
            weeks.add(dt.date.fromisoformat(day).isocalendar()[:2])
    return weeks


def _date_the_eve_before(previous: FoundTimex | None, timex: FoundTimex, text: str
                         ) -> str | None:
    """Date "the eve of" or "the day of" just before ``timex`` by the date of the event
    ``timex`` names ("the eve of Independence Day": July 3; "the eve of the May 3 vote":
    May 2), and return that day; None if ``previous`` is no such anaphor."""
    if previous is None or previous.type != "DATE" or not OF_AN_EVENT.fullmatch(
            text[previous.end:timex.start]):
        return None
    day = event_day(previous.text, timex.value)
    if day is not None:
        previous.value, previous.anchor = day, timex.id
    return day


def _link_anchors(found: list[FoundTimex], published: Published | None) -> None:
    """Point anchors on the publication date at the timex that states it, if one does."""
    stated = next(
        (t for t in found if published and (t.start, t.end) == published.evidence), None
    )
    stated_id = stated.id if stated and published and stated.value == published.value else None
    for timex in found:
        if timex.anchor == "published" and stated_id:
            timex.anchor = stated_id if timex.id != stated_id else None


@Language.factory(
    "rashomon_timexes",
    requires=["token.dep", "token.head", "token.tag", "token.lemma", "doc.sents", "doc.ents"],
    assigns=["doc._.timexes", "doc._.published", "doc._.time_warnings"],
    default_config={
        "tense_head_steps": settings.TENSE_HEAD_STEPS,
        "weekday_window_days": settings.PUBLISHED_WEEKDAY_WINDOW_DAYS,
        "story_tense_share": settings.STORY_TENSE_SHARE,
        "reference_reach": settings.REFERENCE_REACH_SENTENCES,
    },
)
def make_timex_tagger(
    nlp: Language, name: str, tense_head_steps: int, weekday_window_days: int,
    story_tense_share: float, reference_reach: int,
) -> TimexTagger:
    """Factory of the ``rashomon_timexes`` component (add it after ``ner``)."""
    return TimexTagger(nlp, name, tense_head_steps=tense_head_steps,
                       weekday_window_days=weekday_window_days,
                       story_tense_share=story_tense_share, reference_reach=reference_reach)


_NAME_CHECKS: tuple[Callable[[Candidate, Span], bool], ...] = (
    _after_a_given_name, _named_day, _a_quoted_name, _chapter_and_verse, _capitals_in_lower,
    _a_title, _capitalised_bare_units, _a_programme_after_a_possessive, _a_march_s_name,
    _a_capitalised_future, _future_as_adjective, _discourse_now, _day_not_mentioned,
    *NOT_TIME_CHECKS,
)
"""Matches that are names, titles or other words, not times (``_confirmed``)."""
