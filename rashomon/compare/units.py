"""The claims of an account: every story sentence, cut into clauses that make a point of
their own, with what a comparison needs to know of each (who says or does what, to whom,
the numbers, dates and entities it names, and its meaning as a vector)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import numpy
from anyascii import anyascii

from rashomon import settings
from rashomon.compare.civilians import civilians_told
from rashomon.compare.clauses import clauses
from rashomon.compare.elections import (
    Share,
    races_in,
    rounds_in,
    shares_in,
    winners_in,
    winning_races,
)
from rashomon.compare.initiators import Initiative, initiatives_in
from rashomon.compare.meaning import Meaning
from rashomon.compare.models import Unit
from rashomon.compare.numbers import Count, count_words, counts_in, labels_in
from rashomon.compare.openers import openers_in
from rashomon.compare.words import event_word_set, judgements, negating, word_list, word_set
from rashomon.data import load_yaml
from rashomon.nlp.common.regions import Regions
from rashomon.read.dates import calendar_names
from rashomon.read.page import date_only
from rashomon.record import Record

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[,;:.!?()“”\"]")  # words and the marks between
_CLAUSE_MARKS = frozenset(",;:.!?()")
_QUOTE = re.compile(r"[\"“”‘]|(?:^|\s)'")  # someone's question, in quotation marks
_TITLE_LINES = re.compile(r"[;:|]|(?<!\b[A-Z])[.!?]\s")  # where a headline's lines meet
# (not after an initial: "U.S. envoy leaves")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[“\"A-Z0-9])")


@dataclass
class Claim:
    """A unit of one account and its features."""

    unit: Unit
    sentence: tuple[int, int]
    stems: set[str]
    entities: set[str]
    counts: list[Count]
    dates: set[str]
    who: str | None = None  # speaker or actor name
    whom: str | None = None
    act: str | None = None  # event type or reporting verb stem
    event_type: str | None = None  # the type of the act it reports, said or not
    stands: set[tuple[str, str, str]] = field(default_factory=set)
    # (event type, actor name, what it is done to) of each act it asserts or reports
    negated: bool = False
    direct: bool = False  # a direct or mixed quote: the speaker's own words
    roles: tuple[str, str] | None = None  # (actor, target) of the act the unit reports
    judges: set[str] = field(default_factory=set)  # who may judge in it: its speaker or
    # actor and the first person it names
    judged: frozenset[int] = frozenset()  # 1 it approves of something, -1 disapproves
    judged_things: frozenset[str] = frozenset()  # stems of the words for what it judges
    agreed: int = 0  # 1 it says the sides agreed, -1 that they did not, 0 neither or both
    meaning: Meaning | None = field(default=None, repr=False)  # vector and word pieces
    context: numpy.ndarray | None = field(default=None, repr=False)  # its sentence's
    phrases: list[tuple[tuple[int, int], str]] = field(default_factory=list, repr=False)
    times: list[tuple[tuple[int, int], str, str | None]] = field(default_factory=list)
    # (span, TIMEX3 type, value) of the time expressions in the claim
    opening: str = "unknown"  # name | pronoun | question | word (clauses.py)
    stands_alone: bool = False  # a main verb with its own subject: a sentence of its own
    stops: tuple[int, ...] = ()  # commas after its main clause, where it can end early
    # someone's words: more than half inside quotation marks (a sentence from the middle
    # of a long quote holds no mark of its own; ``direct`` needs a quote within the
    # sentence), or reported words whose frame ("…, Graham said.") is another claim
    quoted: bool = False
    # the claim's first words when they are a short form of a person's name ("Ham"), and
    # that person's full name ("Norman Ham"): (start, end, name)
    short_name: tuple[int, int, str] | None = None
    first_person: bool = False  # "I knew", "my father": someone's own voice
    # the days it tells of: those it names, else those its account's lead names (a story
    # keeps to the day it is about); empty where that is unknown
    moment: frozenset[str] = frozenset()
    # the days its dates name (not a time of day, nor a reference: "since January 5")
    days_told: frozenset[str] = frozenset()
    relative_days: bool = False  # it names its days only as "today", "yesterday" and such
    labels: set[str] = field(default_factory=set)  # numbered names ("category 3")
    published: str | None = None  # its account's publication day
    shares: list[Share] = field(default_factory=list)  # candidates' shares of a vote
    winners: set[str] = field(default_factory=set)  # who it says won a vote
    races: frozenset[str] = frozenset()  # the kinds of race it tells of: those named
    # after its word of winning, else those its sentence names
    rounds: frozenset[str] = frozenset()  # the rounds of a vote its sentence names
    openers: set[str] = field(default_factory=set)  # the sides it says opened fire
    initiatives: list[Initiative] = field(default_factory=list)  # who it says asked for
    # the call, meeting or visit
    civilians: int = 0  # -1 it says no civilians were harmed, 1 that some were
    # the names it speaks of: its entities but those of a statement's frame, outside the
    # reported words (the speaker of "…, the General Command said", whom it was told to);
    # all of its entities unless given
    topics: set[str] | None = None
    frame: tuple[int, int] | None = None  # a statement's reported words, where it has them
    speaker_is_person: bool = False  # a statement whose speaker is a named person
    people: set[str] = field(default_factory=set)  # the people it names

    def __post_init__(self) -> None:
        if self.topics is None:
            self.topics = set(self.entities)

    @property
    def vector(self) -> numpy.ndarray | None:
        """The claim's sentence vector (of its own words)."""
        return self.meaning.vector if self.meaning else None

    @property
    def numbers(self) -> set[str]:
        return {f"{c.value:g}" for c in self.counts}


def claims_of(record: Record) -> list[Claim]:
    """Every story sentence of ``record`` as one or more claims; a sentence the account
    repeats word for word (a summary atop the story, a pull quote) counts where it
    comes last."""
    story = _story_sentences(record)
    later = [_letters(record.text[s:e]) for s, e in story]
    sentences = [(s, e) for n, (s, e) in enumerate(story)
                 if _says_something(record.text[s:e], record.title,
                                    record.text[e:].split("\n", 1)[0])
                 and later[n] not in later[n + 1 :]]
    found = []
    contents = [q.span for q in record.quotes if q.kind == "indirect"
                and _frame_states_a_fact(record, q, sentences)]
    quoted = [part for q in record.quotes for part in q.parts]
    in_quotes = Regions(quoted)
    named = {start for e in record.entities for start, _ in e.mentions}
    people = {start: (end, e.name) for e in record.entities if e.type == "PERSON"
              for start, end in e.mentions}
    for piece in clauses(record.text, sentences, contents, record.pipeline.model, quoted,
                         named):
        at = next(n for n, s in enumerate(sentences) if s[0] <= piece.span[0] < s[1])
        sentence = sentences[at]
        claim = _claim(record, piece.span, sentence)
        told = (sentences[at - 1][0] if at else sentence[0], sentence[1])  # and the one before
        claim.shares = shares_in(record, piece.span, sentence, claim.counts, told)
        claim.winners = winners_in(record, piece.span, told)
        claim.races = winning_races(claim.unit.text) or races_in(
            record.text[sentence[0] : sentence[1]])
        claim.rounds = rounds_in(record.text[sentence[0] : sentence[1]])
        claim.phrases = [(p, record.text[p[0] : p[1]]) for p in piece.phrases]
        claim.opening, claim.stands_alone, claim.stops = (piece.opening, piece.stands_alone,
                                                          piece.stops)
        claim.quoted = piece.framed_elsewhere or (
            2 * in_quotes.covered(*piece.span) > piece.span[1] - piece.span[0])
        claim.short_name = _short_name(record.text, piece.opens_at, piece.span[1], people)
        claim.first_person = piece.first_person
        found.append(claim)
    _tell_moments(found, _publication_day(record))
    _carry_topics(found, record)
    return found


def _carry_topics(claims: list[Claim], record: Record) -> None:
    """Give a claim that names nothing what it speaks of from the words before it: a claim
    cut from its sentence without a subject of its own ("Cruz raised $11.9 million and |
    began March with $8 million") speaks of what the sentence's claim before it names; one
    told of "he" or "she" ("in February he raised $5.7 million") speaks of the last person
    the account named before it. So two such claims are not taken for one thing's counts."""
    people = sorted((s, norm_name(e.name)) for e in record.entities if e.type == "PERSON"
                    for s, _ in e.mentions)
    before: Claim | None = None
    for claim in sorted(claims, key=lambda c: c.unit.span):
        if not claim.topics:
            words = {w.lower() for w in _WORD.findall(claim.unit.text)}
            if (not claim.stands_alone and before is not None and before.topics
                    and before.sentence == claim.sentence):
                claim.topics = set(before.topics)
            elif words & word_set("third_person"):
                named = [name for s, name in people if s < claim.unit.span[0]]
                claim.topics = set(named[-1:])
        before = claim


def _publication_day(record: Record) -> str | None:
    """The record's publication day, unless it is a guess from the story's own dates."""
    if record.published.origin == "text":
        return None
    return next(iter(calendar_days({record.published.value or ""})), None)


def calendar_days(dates: set[str]) -> set[str]:
    """The calendar days among TIMEX3 values (not months, years or times of day)."""
    return {d[:10] for d in dates if len(d) >= 10 and d[4] == "-" and d[7] == "-"}


def _tell_moments(claims: list[Claim], published: str | None) -> None:
    """Each claim's ``moment``, ``relative_days`` and ``published`` day: a claim that names
    calendar days tells of them, and one that names none (or only a year, a month or
    "now") tells of the days its account's lead names (the first claim that names one: a
    background date further down does not move the story). A day inside a phrase of
    reference ("its lowest level since October 9, 2002", "the worst attack since a blast
    on January 5") is not the claim's."""
    ordered = sorted(claims, key=lambda c: c.unit.span)
    told = [_days_told(claim) for claim in ordered]
    lead = next((dated | timed for dated, timed, _ in told if dated | timed), frozenset())
    for claim, (dated, timed, relative) in zip(ordered, told, strict=True):
        claim.moment, claim.days_told = dated | timed or lead, dated
        claim.relative_days = bool(dated | timed) and relative
        claim.published = published


def _days_told(claim: Claim) -> tuple[frozenset[str], frozenset[str], bool]:
    """The calendar days a claim names by dates (and by times of day that name their day:
    "on the evening of Wednesday, March 13") and by other times of day, but for reference
    points (a date with "since" or "until" among the few words before it in the claim)
    and for the day a statement was made (a date in its frame, outside its reported words),
    and whether each of them is named relative to the publication only ("today",
    "yesterday", "at 16:08 today": no month or weekday in its words, and no number but a
    clock time's)."""
    start, text = claim.unit.span[0], claim.unit.text
    told: dict[str, set[str]] = {"DATE": set(), "TIME": set()}
    relative = True
    names = _calendar_words()
    for (first, last), kind, value in claim.times:
        if claim.frame and not claim.frame[0] <= first < claim.frame[1]:
            continue  # when it was said ("…, the Observatory said on Wednesday")
        before = [w.lower() for w in _WORD.findall(text[: first - start])]
        reference = bool(set(before[-settings.COMPARE_REFERENCE_WORDS :])
                         & word_set("since_words"))
        days = calendar_days({value or ""}) if kind in ("DATE", "TIME") else set()
        if days and not reference:
            words = [w.lower().rstrip(".") for w in _WORD.findall(text[first - start :
                                                                       last - start])]
            named = any(w in names for w in words)  # "on the evening of March 13"
            told["DATE" if named else kind] |= days
            relative = relative and not named and not any(  # a clock time names no day
                w[0].isdigit() and kind == "DATE" for w in words)
    return frozenset(told["DATE"]), frozenset(told["TIME"]), relative


def _short_name(text: str, start: int, last: int, people: dict[int, tuple[int, str]]
                  ) -> tuple[int, int, str] | None:
    """Where a claim's first word (at ``start``; the claim ends at ``last``) begins a
    person's name shorter than the name the record gives them, the words and that name
    ("Ham went on …": Norman Ham)."""
    end, name = people.get(start, (0, ""))
    said = text[start:end]
    if (not said or end > last or len(said) >= len(name)
            or name.split()[-1] != said.split()[-1]):
        return None
    return start, end, name


def content_of(text: str) -> set[str]:
    """The stems of a text's content words and its numbers: what another account must
    also say for the text to count as mentioned there."""
    words = _WORD.findall(text)
    same = _same_words()
    stems = {_stem(w) for w in words if not w[0].isdigit() and w.lower() not in _stops()
             and len(w) > 2}
    return {same.get(s, s) for s in stems} | {w.rstrip(".,") for w in words if w[0].isdigit()}


@cache
def _same_words() -> dict[str, str]:
    """Stems that say the same in accounts of a meeting or call ("phone call", "spoke")."""
    return {_stem(word): group for group, words in load_yaml("compare_words.yaml")[
        "same_words"].items() for word in words}


def _claim(record: Record, span: tuple[int, int], sentence: tuple[int, int]) -> Claim:
    text = record.text
    start, end = span
    names = {e.id: e.name for e in record.entities}
    person_ids = {e.id for e in record.entities if e.type == "PERSON"}
    quote = next((q for q in record.quotes
                  if q.span[0] < end and start < q.span[1] and _inside(q.span, sentence)), None)
    events = [e for e in record.events if start <= e.span[0] < end]
    event = next((e for e in events if e.actor or e.target), events[0] if events else None)
    kind, detail, who, whom, act = "fact", "", None, None, None
    if quote is not None:
        who = names.get(quote.speaker or "")
        words = quote.antecedent_span or quote.speaker_span  # "they": whom it stands for
        if who is None and words:
            who = text[words[0] : words[1]]
        whom = names.get(quote.addressee or "")
        cue = quote.cue or "said"
        to = f"to {whom}" if whom and cue.lower() in ("said", "says", "say") else whom
        detail = " ".join(x for x in [who or "someone", cue, to] if x)
        kind, act = "statement", _stem(cue)
    elif event is not None:
        who, whom = _named(event.actor, event.actor_code, names), _named(
            event.target, event.target_code, names)
        detail = f"{who or 'someone'} {event.type} {whom or ''}".strip()
        kind, act = "event", event.type
    unit = Unit(kind=kind, span=span, text=text[start:end], detail=detail)
    words = _WORD.findall(unit.text)
    dates = {t.value for t in record.timexes
             if start <= t.span[0] < end and t.value and t.type == "DATE"}
    times = [(t.span, t.type, t.value) for t in record.timexes
             if start <= t.span[0] and t.span[1] <= end]
    stems = {_stem(w) for w in words if not w[0].isdigit() and w.lower() not in _stops()}
    mentions = [(s, norm_name(e.name)) for e in record.entities for s, _ in e.mentions
                if start <= s < end and e.type in word_list("claim_entity_types")]
    named_people = {norm_name(e.name) for e in record.entities if e.type == "PERSON"
                    for s, _ in e.mentions if start <= s < end}
    frame = quote.span if quote is not None else None
    claim = Claim(
        unit, sentence, stems=stems, entities={name for _, name in mentions},
        topics={name for s, name in mentions if frame is None or frame[0] <= s < frame[1]
                or _speaks_of_itself(text[frame[0] : frame[1]])},
        frame=frame,
        counts=counts_in(record, span), labels=labels_in(unit.text), dates=dates, who=who,
        whom=whom, act=act,
        negated=bool(event and event.mode == "negated"), event_type=event and event.type,
        stands={(e.type, _named(e.actor, e.actor_code, names) or "",
                 _named(e.target, e.target_code, names) or _object_word(text, e, end))
                for e in events if e.mode in ("asserted", "reported")},
        direct=bool(quote and quote.kind != "indirect"), times=times,
        judges={name for name in (who, _first_person(record, span)) if name},
        judged=_judged(words), agreed=_agreed(words), judged_things=_judged_things(unit.text),
        speaker_is_person=quote is not None and quote.speaker in person_ids,
        people=named_people,
        openers=openers_in(record, span),
        initiatives=initiatives_in(record, span, sentence),
        civilians=civilians_told(unit.text),
    )
    acted = next((e for e in events if e.actor and e.target), None)
    if acted is not None:
        claim.roles = (names.get(acted.actor, ""), names.get(acted.target, ""))
    return claim


def _speaks_of_itself(words: str) -> bool:
    """Reported words that point back at their source ("The Harwick army said 41 of its
    own soldiers were killed"): the source is part of what they tell."""
    return any(w.lower() in word_set("own_side_words") for w in _WORD.findall(words))


def _first_person(record: Record, span: tuple[int, int]) -> str | None:
    """The person a claim names first (in English most often its subject)."""
    mentions = [(s, e.name) for e in record.entities if e.type == "PERSON"
                for s, _ in e.mentions if span[0] <= s < span[1]]
    return min(mentions)[1] if mentions else None


def _judged(words: list[str]) -> frozenset[int]:
    """Whether a claim approves (1) or disapproves (-1) of something, by its judging words
    ("welcomed", "unacceptable"): turned by a negator among the few words before one ("not
    at all acceptable", "far from acceptable"; not "not only welcomed"); none for a verb in
    the passive ("was praised": another judges), none under a
    modal ("any delay would be unacceptable": a hypothesis, not a judgement made; the
    events' ``hypothetical_markers``) or right after another judging word ("rejected
    criticism")."""
    lower = [w.lower() for w in words]
    found = set()
    for n, word in enumerate(lower):
        sign = judgements().get(word)
        before = lower[max(0, n - settings.COMPARE_JUDGEMENT_REACH) : n]
        if not sign or (before and before[-1] in judgements()) or (
                set(before) & event_word_set("hypothetical_markers")) or _passive(
                word, before):
            continue
        found.add(-sign if _denied(before) else sign)
    return frozenset(found)


def _judged_things(text: str) -> frozenset[str]:
    """Stems of the words that say what a claim judges: the first word after a judging
    verb, in its clause ("welcomed the closure of the plant": closure); the first word of
    the clause that a judging quality ends ("said the layoffs at the plant were
    unacceptable": layoffs). Content words only: no names, days or months."""
    tokens = _TOKEN.findall(text)
    skip = _stops() | word_set("passive_marks") | event_word_set("narrowing_words") | (
        word_set("negators") | _calendar_words())

    def content(word: str) -> bool:
        return (word.islower() and len(word) > 1 and word not in skip
                and word not in judgements())

    found = set()
    for n, token in enumerate(tokens):
        word = token.lower()
        if word not in judgements():
            continue
        if word in word_set("judging_qualities"):
            clause = []
            for earlier in reversed(tokens[:n]):
                if earlier.lower() in word_set("framing_words") or earlier in _CLAUSE_MARKS:
                    break
                clause.append(earlier)
            heads = [w for w in reversed(clause) if content(w)][:1]
        else:
            later = []
            for following in tokens[n + 1 :]:
                if following in _CLAUSE_MARKS:
                    break
                later.append(following)
            heads = [w for w in later if content(w)][:1]
        found |= {_stem(w) for w in heads}
    return frozenset(found)


def _passive(word: str, before: list[str]) -> bool:
    """A judging verb in the passive ("was praised"): someone else judges."""
    return (word.endswith("ed") and word not in word_set("feelings")
            and bool(before[-1:]) and before[-1] in word_set("passive_marks"))


def _agreed(words: list[str]) -> int:
    """1 when a claim says the sides agreed ("agreed to resume flights", "reached an
    agreement"), -1 when it says they did not ("failed to agree on a hotline", "no
    agreement was reached", "no ceasefire agreement was signed", "disagreed"), else 0
    (also for an opinion: "analysts agree that", "most agreed they had no choice", "I
    disagree with what he said", and for an agreement only named: "the 2019 agreement
    collapsed")."""
    lower = [w.lower() for w in words]
    signs = set()
    for n, word in enumerate(lower):
        before = lower[max(0, n - settings.COMPARE_DENIAL_REACH) : n]
        following = lower[n + 1 : n + 2]
        if set(before[-1:]) & word_set("opinion_subjects"):
            continue  # "I disagree with what he said": one speaker's view
        if word in word_set("agreeing_verbs") and not set(following) & (
                word_set("complementizers") | word_set("subject_pronouns")):
            signs.add(-1 if _denied(before) else 1)
        elif word in word_set("agreeing_nouns"):
            if set(before[-2:]) & word_set("negators"):  # "no (ceasefire) agreement"
                signs.add(-1)
            elif set(before[-3:]) & word_set("reaching_verbs"):
                signs.add(-1 if _denied(before) else 1)
        elif word in word_set("disagreeing_verbs"):
            signs.add(-1)
    return signs.pop() if len(signs) == 1 else 0


def _denied(before: list[str]) -> bool:
    """A word among ``before`` denies what follows ("not", "never", "failed to", "isn't",
    "far from"), unless it only narrows it ("not only", "not just": the events'
    ``narrowing_words``)."""
    for n, word in enumerate(before):
        following = before[n + 1 : n + 2]
        if following and following[0] in event_word_set("narrowing_words"):
            continue
        if (negating(word, "negators") or word in word_set("failing_words")
                or " ".join(before[n : n + 2]) in word_set("negating_phrases")):
            return True
    return False


def _named(entity: str | None, code: str | None, names: dict[str, str]) -> str | None:
    """An event party's name (its entity's), else its actor code."""
    return names.get(entity or "") or code


def _object_word(text: str, event, end: int) -> str:
    """What an act with no named target is done to: the stem of the first content word
    after its trigger in the claim ("welcomed the truce …" → "truce")."""
    at = text.find(event.trigger, event.span[0], end)
    after = text[at + len(event.trigger) : end] if at >= 0 else ""
    words = [w for w in _WORD.findall(after) if not w[0].isdigit() and w.lower() not in _stops()]
    return _stem(words[0]) if words else ""


def _frame_states_a_fact(record: Record, quote, sentences) -> bool:
    """The words before reported speech say something of their own: a time or an act
    other than the saying ("X asked Y in a phone call on Monday | to send ..."), not only
    who said it ("A statement posted on the website said | ...") and not ending on the
    saying or a few words after it (whom it is said to, or when), whose words they need
    ("While praising the mayor, she went on to question | her budget"; "…, she warned the
    council that | …"; "Ruiz announced Wednesday that | …")."""
    start = next((s for s, e in sentences if s <= quote.span[0] < e), None)
    if start is None:
        return False
    frame = (start, quote.span[0])
    cue = quote.cue or ""
    if _saying_ends(record.text, frame, cue) is not None:
        return False
    return any(frame[0] <= t.span[0] < frame[1] for t in record.timexes) or any(
        frame[0] <= e.span[0] < frame[1] and e.trigger != cue for e in record.events)


def _saying_ends(text: str, frame: tuple[int, int], cue: str) -> int | None:
    """Where the saying ends when a frame ends on it, or on it and at most
    ``settings.COMPARE_ADDRESSEE_WORDS`` words (whom it is said to, or when), then perhaps
    a complementizer ("that"); else None."""
    if not cue:
        return None
    verb = cue.split()[-1].lower()
    words = list(_WORD.finditer(text, frame[0], frame[1]))
    if words and words[-1].group().lower() in word_set("complementizers"):
        words.pop()
    tail = [n for n, w in enumerate(words) if w.group().lower() == verb]
    if not tail or len(words) - 1 - tail[-1] > settings.COMPARE_ADDRESSEE_WORDS:
        return None
    return words[tail[-1]].end()


def _inside(span, outer) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1] + 2


def _story_sentences(record: Record) -> list[tuple[int, int]]:
    """The parser's sentences in the story's paragraphs (the text split at sentence ends
    for a Record stored without them)."""
    story = [(b.start, b.end) for b in record.blocks if b.kind == "paragraph"]
    if not story:  # a Record without blocks: all of its text
        story = [(0, len(record.text))]
    if record.sentences:
        return [(s, e) for s, e in record.sentences if any(a <= s < b for a, b in story)]
    sentences = []
    for start, end in story:
        position = start
        for piece in _SENTENCE_END.split(record.text[start:end]):
            at = record.text.index(piece, position)
            sentences.append((at, at + len(piece)))
            position = at + len(piece)
    return sentences


def _says_something(sentence: str, title: str | None = None, rest_of_line: str = "") -> bool:
    """A sentence with a lower-case content word (not a dateline, a by-line or an
    office's name) that is no page furniture (markup, style rules, an editor's note), no
    question of the writer's ("Is the Tesar bridge still safe?", "Do you back the
    mayor?") nor one quoted on a line of its own (``rest_of_line``: the words after the
    sentence on its line), with no one asking it ("“Has the candidate a record of
    service?”"), and no copy of the headline or of a line of it."""
    if any(pattern.search(sentence) for pattern in _furniture()):
        return False
    quoted_alone = _QUOTE.match(sentence.lstrip()) and not rest_of_line.strip()
    if sentence.rstrip().rstrip("\"'”’)").endswith("?") and (
            quoted_alone or not _QUOTE.search(sentence)):
        return False  # a question of the writer's, or one quoted with no one asking it
    if title and _headline_part(sentence, title):
        return False
    lines = [line for line in sentence.splitlines() if line.strip()]
    if all(date_only(line) or (title and _headline_part(line, title)) for line in lines):
        return False  # a date line, alone or under the headline it follows
    return any(w.islower() and w not in _stops() for w in _WORD.findall(sentence))


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names, lower-cased, with their abbreviations."""
    return frozenset({*calendar_names("month"), *calendar_names("weekday")})


@cache
def _furniture() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in word_list("not_claims"))


def _headline_part(sentence: str, title: str) -> bool:
    """The sentence repeats the headline, or a line of it ("Pellin bridge closed again;"
    over "Pellin bridge closed again; second inspection finds cracks"; "U.S. bridge
    closed;" over "U.S. bridge closed; inspectors find cracks")."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    lines = [[w.lower() for w in _WORD.findall(line)] for line in _TITLE_LINES.split(title)]
    return _letters(sentence) == _letters(title) or (
        len(words) >= settings.COMPARE_HEADLINE_LINE_WORDS and words in lines)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def norm_name(name: str) -> str:
    """A name compared across accounts: ASCII, lower case, single spaces."""
    return " ".join(anyascii(name).lower().split())


def surname(name: str) -> str:
    """The last word of a name that is no suffix ("Jr.", "III"; ``actor_words.yaml``)."""
    from rashomon.nlp.common import lexicon

    suffixes = lexicon.words("name_suffixes")
    words = [w for w in name.replace(",", " ").split() if w.lower() not in suffixes]
    return words[-1].lower() if words else name.lower()


def same_person(one: str, other: str) -> bool:
    """"Tom Okafor" and "Thomas J. Okafor Jr.": the same surname, in any spelling the
    actors component accepts (Kovalenko, Kowalenko), names the same person in two accounts
    of one event."""
    from rashomon.nlp.actors.names import same_name

    return norm_name(one) == norm_name(other) or same_name(surname(one), surname(other))


def share_a_topic(x: Claim, y: Claim) -> bool:
    """The two claims share a word besides those that say what their numbers count ("the
    strike" in "Nineteen were killed in the strike" and "The strike killed 39")."""
    return bool(x.stems & y.stems - _counting_stems())


def judged_thing_in_common(x: Claim, y: Claim) -> bool:
    """Two judging claims judge something named alike ("the decision" in "Ruiz welcomed
    the decision" and "Ruiz said the decision was unacceptable"), not their judges."""
    names = {_stem(w) for name in x.judges | y.judges for w in name.split()}
    return bool(x.judged_things & y.judged_things - names)


@cache
def _counting_stems() -> frozenset[str]:
    return frozenset(_stem(word) for word in count_words())


def jaccard(a: set, b: set) -> float:
    """The share of what two sets hold that both hold (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0



def _stops() -> frozenset[str]:
    return word_set("stop_words")


@cache
def _stem(word: str) -> str:
    word = anyascii(word).lower().strip("'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in word_list("suffixes"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
