"""Compare accounts of the same event: what they share, what each leaves out, and where
they conflict. Works on Records only (no NLP is re-run); word vectors come from the
loaded spaCy vocabulary when one is available.

Units of comparison are the statements (quotes and indirect speech), the events not
made by a statement, and the remaining factual sentences of the story. Units are aligned
one to one by a score that combines meaning (word vectors), wording (shared word
stems), shared entities and numbers, and the same speaker, actor or event type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import numpy
from pydantic import BaseModel, ConfigDict, Field

from rashomon import settings
from rashomon.data import load_yaml
from rashomon.errors import RashomonError
from rashomon.nlp.common.numbers import number
from rashomon.record import Offsets, Record

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[“\"A-Z0-9])")
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Unit(_Model):
    """A point an account makes: a statement, an event or a factual sentence."""

    kind: str = Field(description="statement | event | fact")
    span: Offsets
    text: str
    detail: str = Field("", description="who said or did what, in short")


class Pair(_Model):
    a: Unit
    b: Unit
    score: float


class Conflict(_Model):
    """The same point with different facts."""

    what: str = Field(description="number | date | speaker | roles | polarity")
    a: Unit
    b: Unit
    a_value: str
    b_value: str


class Account(_Model):
    record: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None


class Comparison(_Model):
    """Two accounts: the points in both, only in one, and in conflict; every unit has
    offsets into its own Record's text."""

    schema_: str = Field("rashomon.comparison/1", alias="schema")
    a: Account
    b: Account
    in_both: list[Pair] = []
    only_in_a: list[Unit] = []
    only_in_b: list[Unit] = []
    conflicts: list[Conflict] = []
    summary: str = ""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


@dataclass
class _Unit:
    unit: Unit
    stems: set[str]
    entities: set[str]
    numbers: set[str]
    dates: set[str]
    who: str | None = None  # speaker or actor name
    whom: str | None = None
    act: str | None = None  # event type or reporting verb stem
    negated: bool = False
    direct: bool = False  # a direct or mixed quote: the speaker's own words
    roles: tuple[str, str] | None = None  # (actor, target) of the act the unit reports
    vector: numpy.ndarray | None = field(default=None, repr=False)


def compare(a: Record, b: Record) -> Comparison:
    """Compare two Records of the same event."""
    units_a, units_b = units_of(a), units_of(b)
    pairs = _align(units_a, units_b)
    paired_a = {id(x) for x, _, _ in pairs}
    paired_b = {id(y) for _, y, _ in pairs}
    conflicts = [c for x, y, _ in pairs for c in _conflicts(x, y)]
    comparison = Comparison(
        a=_account(a),
        b=_account(b),
        in_both=[Pair(a=x.unit, b=y.unit, score=round(s, 3)) for x, y, s in pairs],
        only_in_a=[u.unit for u in units_a if id(u) not in paired_a],
        only_in_b=[u.unit for u in units_b if id(u) not in paired_b],
        conflicts=conflicts,
    )
    comparison.summary = summary(comparison)
    return comparison


def _account(record: Record) -> Account:
    return Account(record=record.id, title=record.title, publisher=record.source.publisher,
                   published=record.published.value)


# Units


def units_of(record: Record) -> list[_Unit]:
    """The statements, the events no statement makes, and the other story sentences."""
    text = record.text
    names = {e.id: e.name for e in record.entities}
    timexes = {t.id: t for t in record.timexes}
    found: list[_Unit] = []
    for quote in record.quotes:
        start, end = quote.span
        speaker, addressee = names.get(quote.speaker or ""), names.get(quote.addressee or "")
        if speaker is None and quote.speaker_span:  # "the two leaders" as the text has it
            speaker = text[quote.speaker_span[0] : quote.speaker_span[1]]
        cue = quote.cue or "said"
        to = ("to " if cue.lower() in ("said", "says", "say") else "") + (addressee or "")
        detail = " ".join(x for x in [speaker or "someone", cue, to.strip()] if x)
        unit = _make(record, Unit(kind="statement", span=(start, end), text=text[start:end],
                                  detail=detail),
                     who=speaker, whom=addressee, act=_stem(quote.cue or "say"))
        unit.direct = quote.kind != "indirect"
        inside = [e for e in record.events if start <= e.span[0] < end or e.source == quote.id]
        for event in inside:
            unit.numbers |= {f"{q.value:g}" for q in event.quantities}
        acted = next((e for e in inside if e.actor and e.target and start <= e.span[0] < end),
                     None)
        if acted is not None:
            unit.roles = (names.get(acted.actor, ""), names.get(acted.target, ""))
        found.append(unit)
    covered = [q.span for q in record.quotes]
    story = [(b.start, b.end) for b in record.blocks if b.kind == "paragraph"]
    quotes = list(covered)
    for event in record.events:
        start, end = event.span
        in_story = any(s <= start < e for s, e in story)
        if not in_story or any(s < end and start < e for s, e in covered):
            continue
        sentence = record.sentence_at(start, end)
        if not any(s < sentence[1] and sentence[0] < e for s, e in quotes + covered):
            start, end = sentence
        actor = names.get(event.actor or "") or event.actor_code
        target = names.get(event.target or "") or event.target_code
        when = timexes[event.time].value if event.time in timexes else None
        detail = f"{actor or 'someone'} {event.type} {target or ''}".strip()
        unit = _make(record, Unit(kind="event", span=(start, end), text=text[start:end],
                                  detail=detail),
                     who=actor, whom=target, act=event.type, negated=event.mode == "negated")
        unit.numbers |= {f"{q.value:g}" for q in event.quantities}
        if when:
            unit.dates.add(when)
        found.append(unit)
        covered.append((start, end))
    for start, end in _story_sentences(record):
        if any(s < end and start < e for s, e in covered) or not _says_something(
            text[start:end]
        ):
            continue
        found.append(_make(record, Unit(kind="fact", span=(start, end), text=text[start:end])))
    found.sort(key=lambda u: u.unit.span)
    return found


def _make(record: Record, unit: Unit, **extra) -> _Unit:
    start, end = unit.span
    entities = {
        _norm(e.name) for e in record.entities for s, x in e.mentions if start <= s < end
        and e.type in ("PERSON", "ORG", "GPE", "NORP", "LOC")
    }
    dates = {t.value for t in record.timexes if start <= t.span[0] < end and t.value}
    words = _WORD.findall(unit.text)
    numbers = {_number(w) for w in words if _number(w)} - dates
    content = [w for w in words if w.lower() not in _words("stop_words")]
    stems = {_stem(w) for w in content if not w[0].isdigit()}
    return _Unit(unit, stems, entities, numbers, dates, vector=_vector(words), **extra)


def _story_sentences(record: Record) -> list[tuple[int, int]]:
    sentences = []
    for block in record.blocks:
        if block.kind != "paragraph":
            continue
        position = block.start
        for piece in _SENTENCE_END.split(record.text[block.start : block.end]):
            start = record.text.index(piece, position)
            sentences.append((start, start + len(piece)))
            position = start + len(piece)
    return sentences


def _says_something(sentence: str) -> bool:
    """A sentence with at least two lower-case content words (not a dateline or a
    by-line)."""
    words = [w for w in _WORD.findall(sentence) if w.islower()]
    return len([w for w in words if w not in _words("stop_words")]) >= 2


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


@cache
def _number(word: str) -> str | None:
    """A number written in digits or words ("1,200", "seven"), normalised, else None."""
    if word.lower() in ("a", "an", "one"):
        return None
    value = number(word.rstrip(".,").replace(",", ""))
    return f"{value:g}" if value is not None else None


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(load_yaml("compare_words.yaml")[kind])


@cache
def _stem(word: str) -> str:
    word = word.lower().strip("'’")
    for suffix in _words("suffixes"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@cache
def _vocab():
    """The loaded pipeline's vocabulary with its word vectors, if a pipeline is loaded."""
    from rashomon.nlp.pipeline import load

    try:
        return load().vocab
    except RashomonError:  # no model installed: compare by words alone
        return None


def _vector(words: list[str]) -> numpy.ndarray | None:
    """The unit-length mean vector of the content words, or None without vectors."""
    vocab = _vocab()
    if vocab is None or not vocab.vectors.shape[0]:
        return None
    rows = [vocab.get_vector(w.lower()) for w in words
            if w.lower() not in _words("stop_words") and vocab.has_vector(w.lower())]
    if not rows:
        return None
    mean = numpy.mean(rows, axis=0)
    norm = float(numpy.linalg.norm(mean)) or 1.0
    return mean / norm


# Alignment


def similarity(x: _Unit, y: _Unit) -> float:
    """How likely two units make the same point, in [0, 1]."""
    weights = settings.COMPARE_WEIGHTS
    both = x.vector is not None and y.vector is not None
    meaning = float(numpy.dot(x.vector, y.vector)) if both else 0.0
    wording = _jaccard(x.stems, y.stems)
    entities = _jaccard(x.entities, y.entities)
    facts = _jaccard(x.numbers | x.dates, y.numbers | y.dates)
    same_who = 1.0 if x.who and y.who and _norm(x.who) == _norm(y.who) else 0.0
    same_act = 1.0 if x.act and y.act and x.act == y.act else 0.0
    score = (
        weights["meaning"] * max(meaning, 0.0)
        + weights["wording"] * wording
        + weights["entities"] * entities
        + weights["facts"] * facts
        + weights["who"] * same_who
        + weights["act"] * same_act
    )
    return score / sum(weights.values())


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _align(units_a: list[_Unit], units_b: list[_Unit]) -> list[tuple[_Unit, _Unit, float]]:
    """One-to-one pairs above ``settings.COMPARE_THRESHOLD``, best first."""
    scored = sorted(
        ((similarity(x, y), i, j) for i, x in enumerate(units_a) for j, y in enumerate(units_b)),
        reverse=True,
    )
    pairs, used_a, used_b = [], set(), set()
    for score, i, j in scored:
        if score < settings.COMPARE_THRESHOLD:
            break
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((units_a[i], units_b[j], score))
    return sorted(pairs, key=lambda p: p[0].unit.span)


# Conflicts and summary


def _conflicts(x: _Unit, y: _Unit) -> list[Conflict]:
    found = []

    def add(what: str, a_value, b_value) -> None:
        found.append(Conflict(what=what, a=x.unit, b=y.unit, a_value=str(a_value),
                              b_value=str(b_value)))

    if x.numbers and y.numbers and not x.numbers & y.numbers:
        add("number", ", ".join(sorted(x.numbers)), ", ".join(sorted(y.numbers)))
    if x.dates and y.dates and not x.dates & y.dates:
        add("date", ", ".join(sorted(x.dates)), ", ".join(sorted(y.dates)))
    if x.negated != y.negated:
        add("polarity", "negated" if x.negated else "affirmed",
            "negated" if y.negated else "affirmed")
    x_roles = x.roles or ((x.who, x.whom) if x.unit.kind == "event" else None)
    y_roles = y.roles or ((y.who, y.whom) if y.unit.kind == "event" else None)
    if x_roles and y_roles and all(x_roles) and all(y_roles):
        same = [_norm(v) for v in x_roles] == [_norm(v) for v in y_roles]
        swapped = [_norm(v) for v in x_roles] == [_norm(v) for v in reversed(y_roles)]
        if swapped and not same:
            add("roles", " → ".join(x_roles), " → ".join(y_roles))
    named_in_other = x.who and y.who and (
        _surname(x.who) in y.unit.text.lower() or _surname(y.who) in x.unit.text.lower()
    )
    if x.direct and y.direct and _norm(x.who or "") != _norm(y.who or "") and x.who and y.who \
            and not named_in_other:
        add("speaker", x.who, y.who)
    return found


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else name.lower()


def summary(comparison: Comparison) -> str:
    """One paragraph in plain words."""
    a = comparison.a.publisher or "A"
    b = comparison.b.publisher or "B"
    parts = [f"The accounts share {len(comparison.in_both)} points."]
    for missing, owner, other in ((comparison.only_in_a, a, b), (comparison.only_in_b, b, a)):
        for unit in missing[: settings.COMPARE_SUMMARY_ITEMS]:
            parts.append(f"{other} does not mention that {_short(unit)}.")
        extra = len(missing) - settings.COMPARE_SUMMARY_ITEMS
        if extra > 0:
            parts.append(f"({extra} more point{'s' if extra > 1 else ''} only in {owner}.)")
    for conflict in comparison.conflicts:
        parts.append(f"They differ on the {conflict.what}: {a} has {conflict.a_value}, "
                     f"{b} has {conflict.b_value}.")
    return " ".join(parts)


def _short(unit: Unit) -> str:
    text = " ".join(unit.text.split())
    if len(text) > settings.COMPARE_SUMMARY_CHARS:
        text = text[: text.rfind(" ", 0, settings.COMPARE_SUMMARY_CHARS)] + " …"
    if unit.kind == "statement" and unit.detail:
        return f"{unit.detail}: “{text}”"
    return text.rstrip(".")
