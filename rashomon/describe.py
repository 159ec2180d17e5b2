"""Plain-words descriptions of Record items, shared by the text report and the web pages."""

from __future__ import annotations

import re
from functools import cache

from rashomon import settings
from rashomon.data import load_tsv, load_yaml
from rashomon.nlp.common.lexicon import country_name
from rashomon.nlp.time.values import period_start
from rashomon.record import Entity, Event, Quote, Record, Timex

VAGUE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
_MODS = {"START": "early ", "MID": "mid ", "END": "late ", "APPROX": "about "}
_WORD = re.compile(r"\w+")


def roles(entity: Entity) -> str:
    """'President, UKR; Former actor' from an entity's stated roles."""
    return "; ".join(f"{r.title}, {r.of}" if r.of else r.title for r in entity.roles)


def when(timex: Timex) -> str:
    """A time expression's value for people: ISO dates as they are, with the mod in words
    ('late 2021-03'), other TIMEX3 values in words ('2019-11-19 night', 'week 13 of 2021',
    '18 years'), and what stays unresolved as the text says it ('“Tuesday”')."""
    words = _value_words(timex.value or "")
    if words is None:
        return f"“{timex.text}”"
    return _MODS.get(timex.mod or "", "") + words


@cache
def _code_words() -> dict[str, str]:
    """TIMEX3 codes in words, read off ``time_words.yaml`` (the words the time tagger
    turns into those codes; the first word for each): "WI" winter, "NI" night,
    "PAST_REF" recently, and duration letters ("Y" year; "T" + letter for clock units)."""
    words = load_yaml("time_words.yaml")
    found: dict[str, str] = {}
    for word, spec in words["seasons"].items():
        found.setdefault(spec["code"], word)
    for table in ("parts_of_day", "references"):
        for word, code in words[table].items():
            found.setdefault(code, word)
    for word, spec in words["units"].items():
        if "times" not in spec:
            found.setdefault(("T" if spec.get("clock") else "") + spec["letter"], word)
    return found


def _value_words(value: str) -> str | None:
    """Words for a TIMEX3 value, or None when it holds unknown parts ("XXXX-WXX-2")."""
    named = _code_words()
    if value in named:
        return named[value]
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value):
        return value
    patterns = (
        (r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?", lambda m: f"{m[1]} {m[2]}"),
        (r"(\d{4}-\d{2}-\d{2})T([A-Z]{2})", lambda m: f"{m[1]} {named[m[2]]}"),
        (r"(\d{4})-([A-Z]{2})", lambda m: f"{named[m[2]]} {m[1]}"),
        (r"(\d{4})-W(\d{2})", lambda m: f"week {int(m[2])} of {m[1]}"),
        (r"(\d{4})-Q(\d)", lambda m: f"Q{m[2]} {m[1]}"),
        (r"(\d{4})-H(\d)", lambda m: f"{'first' if m[2] == '1' else 'second'} half of {m[1]}"),
        (r"(\d{3})", lambda m: f"the {m[1]}0s"),
        (r"(\d{2})", lambda m: f"the {m[1]}00s"),
        (r"P(\d+(?:\.\d+)?)([A-Z])", lambda m: _count(m[1], named[m[2]])),
        (r"PT(\d+(?:\.\d+)?)([A-Z])", lambda m: _count(m[1], named["T" + m[2]])),
    )
    for pattern, words in patterns:
        found = re.fullmatch(pattern, value)
        if found:
            try:
                return words(found)
            except KeyError:  # a code no word of time_words.yaml makes
                return None
    return None


def _count(number: str, unit: str) -> str:
    return f"{number} {unit}" if number == "1" else f"{number} {unit}s"


def is_event_date(timex: Timex | None) -> bool:
    """Whether a timex can date an event: a resolved DATE or TIME, never a duration."""
    return bool(is_dated(timex) and timex.type in ("DATE", "TIME"))


_ORIGINS = {
    "given": "given with the article",
    "metadata": "from the page's metadata",
    "page": "printed on the page",
    "dateline": "from the dateline",
    "text": "inferred from the story",
}


def published_source(record: Record) -> str:
    """Where the publication date came from, in words ('printed on the page', 'inferred
    from the story: the latest date in the text (...)'); '' when there is no date."""
    published = record.published
    if not published.value:
        return ""
    origin = published.origin or ("text" if published.inferred else "given")
    words = _ORIGINS[origin]
    return f"{words}: {published.basis}" if published.basis else words


def is_dated(timex: Timex | None) -> bool:
    """Whether a timex has a value that places it on the calendar."""
    return bool(timex and timex.value and timex.value not in VAGUE_VALUES)


def timeline(record: Record) -> list[Timex]:
    """The dates and times of a Record that resolve to a calendar value, in time order."""
    dated = [
        t for t in record.timexes
        if t.type in ("DATE", "TIME") and is_dated(t) and "X" not in (t.value or "")
    ]
    return sorted(dated, key=lambda t: (period_start(t.value or ""), t.span[0]))


def party(record: Record, entity_id: str | None, code: str | None,
          span: tuple[int, int] | None = None) -> str:
    """An actor or target: its name (or, for a party the story does not name, its words
    in quotation marks: “the government”), with its code when that adds something."""
    entity = record.entity(entity_id)
    name = entity.name if entity else ""
    if not name and span:
        name = f"“{shorten(' '.join(record.text[span[0] : span[1]].split()), 40)}”"
    if code and code not in name:
        name = f"{name} ({code})" if name else code
    return name or "?"


@cache
def _table(name: str, key: str, value: str) -> dict[str, str]:
    """Two columns of a data file as a look-up."""
    return {row[key]: row[value] for row in load_tsv(name)}


def plover_gloss(type_: str) -> str:
    """What a PLOVER event type covers, in a line ('meetings, visits, talks and calls')."""
    return _table("plover_types.tsv", "type", "gloss").get(type_, "")


def cameo_label(code: str | None) -> str:
    """The CAMEO label of an event code ('040' -> 'Consult')."""
    return _table("cameo_codes.tsv", "code", "label").get(code or "", "")


def code_words(code: str | None) -> str:
    """A CAMEO-style actor code in words ('UKRGOV' -> "Ukraine: government", 'GOV' ->
    'government, country unknown')."""
    if not code:
        return ""
    sectors = _table("actor_sectors.tsv", "code", "name")
    country, sector = (code[:3], code[3:]) if len(code) > 3 or code not in sectors else ("", code)
    named = country_name(country) if country else ""
    if sector and sector not in sectors:
        return ""
    if country and named == country:  # no such ISO code ("FBIGOV")
        return f"{sectors.get(sector, '?')} of “{country}”, which is not a country code"
    if not sector:
        return named
    return f"{named}: {sectors[sector]}" if named else f"{sectors[sector]}, country unknown"


def event_legend(events: list[Event]) -> list[tuple[str, str]]:
    """The codes that ``events`` use, each with its meaning: PLOVER types, then CAMEO
    codes, then actor codes."""
    legend: dict[str, str] = {}
    for event in events:
        legend.setdefault(event.type, f"{plover_gloss(event.type)} (PLOVER type)")
    for event in events:
        if event.cameo and cameo_label(event.cameo):
            legend.setdefault(event.cameo, f"{cameo_label(event.cameo)} (CAMEO)")
    for event in events:
        for code in (event.actor_code, event.target_code):
            if code and code_words(code):
                legend.setdefault(code, f"{code_words(code)} (actor code)")
    return list(legend.items())


def quantities(event: Event) -> str:
    """'about 200 troops, 3 killed'."""
    return ", ".join(
        f"{'about ' if q.approx else ''}{q.value:g} {q.kind}" for q in event.quantities
    )


def speakers(record: Record) -> list[str | None]:
    """Speaker ids in the order they first speak (None: unattributed)."""
    order: list[str | None] = []
    for quote in record.quotes:
        if quote.speaker not in order:
            order.append(quote.speaker)
    return order


def name_of(record: Record, entity_id: str | None, default: str = "") -> str:
    entity = record.entity(entity_id)
    return entity.name if entity else default


def via_chain(record: Record, quote: Quote) -> str:
    """Who passed the statement on, nearest first: 'the president's office ← Reuters'."""
    return " ← ".join(name_of(record, v.entity) or v.text or "" for v in quote.via)


def said_words(record: Record, quote: Quote) -> str:
    """What a reader is shown as said: the content; for a direct quotation split by its
    attribution (“A,” she said. “B”), its quoted parts joined by ' … ' without the
    attribution (the content keeps the whole span, as evidence)."""
    if quote.kind == "direct" and len(quote.parts) > 1:
        return " … ".join(record.text[start:end] for start, end in quote.parts)
    return quote.content


def span_words(record: Record, span: tuple[int, int] | None) -> str:
    """The words of the text at ``span``, on one line; '' for no span."""
    return " ".join(record.text[span[0] : span[1]].split()) if span else ""


def speaker_words(record: Record, quote: Quote) -> str:
    """The words the text uses for the speaker (a name, "he", "the French foreign
    ministry"), or ''."""
    return span_words(record, quote.speaker_span)


def speaker_label(record: Record, quote: Quote) -> str:
    """Who said it, for people: the speaker's name; the words found when they name no one
    the article resolves, with what they are ('“a senior official” (anonymous source)',
    '“Critics” (group)', '“the campaign” (not resolved)'); else 'no speaker found'."""
    name = name_of(record, quote.speaker)
    if name:
        return name
    words = span_words(record, quote.antecedent_span) or speaker_words(record, quote)
    if words and quote.source_kind in _UNNAMED:
        return f"“{words}” ({_UNNAMED[quote.source_kind]})"
    return f"“{words}” (not resolved)" if words else "no speaker found"


_UNNAMED = {"anonymous": "anonymous source", "group": "group", "document": "document"}


_BASES = {
    "name": "named in the sentence",
    "document": "the stated source of a document the article cites",
    "according": "named after “according to”",
    "introduced": "named in the words that introduce the quote",
    "inherited": "carried over from the statement next to it",
    "nearest": "the last person of that gender, or organisation, named before it",
    "partial": "the subject of the clause the quote completes",
    "unresolved": "not found",
}


def statement_groups(
    record: Record, min_confidence: float = 0.0
) -> list[tuple[str, str | None, list[Quote]]]:
    """The statements grouped by who said them, in order of first statement: (label as
    ``speaker_label`` gives it, speaker id, statements), leaving out those below
    ``min_confidence``."""
    groups: dict[str, tuple[str | None, list[Quote]]] = {}
    for quote in record.quotes:
        if quote.confidence >= min_confidence:
            label = speaker_label(record, quote)
            groups.setdefault(label, (quote.speaker, []))[1].append(quote)
    return [(label, speaker, quotes) for label, (speaker, quotes) in groups.items()]


def is_uncertain(quote: Quote) -> bool:
    """Whether the speaker was only carried over, guessed or not found."""
    return quote.confidence < settings.UNCERTAIN_BELOW


def speaker_basis(record: Record, quote: Quote) -> str:
    """How the speaker was found, in words ('named in the sentence', 'resolved from
    “he”', 'guessed: carried over from the statement next to it'); '' for a Record made
    before the field existed."""
    if quote.basis == "pronoun" or quote.antecedent_span:
        return f"resolved from “{speaker_words(record, quote) or 'he/she'}”"
    unnamed = quote.basis in ("unnamed", "described", "unresolved")
    if unnamed and quote.source_kind in _UNNAMED:
        return f"not named ({_UNNAMED[quote.source_kind]})"
    if unnamed and speaker_words(record, quote):
        return f"“{speaker_words(record, quote)}” names no one the article resolves"
    words = _BASES.get(quote.basis or "", "")
    return f"guessed: {words}" if quote.basis in ("inherited", "nearest", "partial") else words


def statement_facts(record: Record, quote: Quote) -> list[tuple[str, str]]:
    """Cue, what it reports when not speech (a belief, an intention, a finding), whom an
    unnamed speaker speaks for, addressee, via chain, date and how the speaker was found,
    as labelled values."""
    facts = [("Cue", quote.cue)] if quote.cue else []
    if quote.act != "speech":
        facts.append(("Act", quote.act))
    speaks_for = name_of(record, quote.speaks_for)
    if speaks_for:
        facts.append(("For", speaks_for))
    addressee = name_of(record, quote.addressee) or span_words(record, quote.addressee_span)
    if addressee:
        facts.append(("To", addressee))
    if quote.via:
        facts.append(("Via", via_chain(record, quote)))
    timex = record.timex(quote.time)
    if timex and timex.value:
        facts.append(("When", when(timex)))
    basis = speaker_basis(record, quote)
    facts.append(("Speaker", basis) if basis else ("Confidence", f"{quote.confidence:.2f}"))
    return facts


_IN_WORDS = {"Cue": "{}", "Act": "a {}", "For": "speaking for {}", "To": "said to {}",
             "Via": "via {}", "When": "on {}", "Speaker": "speaker {}",
             "Confidence": "confidence {}"}


def statement_details(record: Record, quote: Quote) -> list[str]:
    """The facts of a statement in words: 'asked', 'to X', 'via Y', 'on DATE', ..."""
    return [_IN_WORDS[label].format(value) for label, value in statement_facts(record, quote)]


def _context(record: Record, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``[start, end)``, with the next one of its block when it says
    little else (``settings.CONTEXT_MIN_WORDS``)."""
    left, right = record.sentence_at(start, end)
    besides = record.text[left:start] + " " + record.text[end:right]
    if len(_WORD.findall(besides)) >= settings.CONTEXT_MIN_WORDS:
        return left, right
    block_end = next((b.end for b in record.blocks if b.start <= start < b.end), len(record.text))
    following = next((e for s, e in record.sentences if right <= s and e <= block_end), None)
    return left, following or right


def sentence_around(record: Record, start: int, end: int, limit: int = 90) -> str:
    """The sentence holding ``[start, end)`` (``Record.sentence_at``; with the next one
    when it is a fragment such as a dateline), cut to about ``limit`` characters around
    it."""
    left, right = _context(record, start, end)
    sentence = record.text[left:right].strip()
    offset = start - left - (len(record.text[left:right]) - len(record.text[left:right].lstrip()))
    if len(sentence) <= limit:
        return sentence
    head = max(0, offset - limit // 3)
    tail = head + limit
    if head:
        head = sentence.find(" ", head) + 1 or head
    if tail < len(sentence):
        tail = sentence.rfind(" ", head, tail) if " " in sentence[head:tail] else tail
    piece = sentence[head:tail].strip()
    return ("…" if head else "") + piece + ("…" if tail < len(sentence) else "")


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to about ``limit`` characters, with '…'."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"
