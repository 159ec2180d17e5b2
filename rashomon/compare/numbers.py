"""The numbers a claim states, with what they count, so that two accounts' numbers are
compared only when they are of the same kind ("19 killed" with "39 dead", "$12 billion"
with "12.4 billion dollars"), and never a name's digits ("COVID-19", "F-16", "category
3"), a year, a date or "the two leaders" against a death toll.

The kind words, scales, currencies and hedges are data (``compare_words.yaml``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from rashomon import settings
from rashomon.compare.words import phrase_alternation, phrase_pattern
from rashomon.data import load_yaml
from rashomon.nlp.common.numbers import number
from rashomon.record import Record

_WORD = re.compile(r"[A-Za-z]+")
_WORD_OR_HYPHEN = re.compile(r"[A-Za-z][A-Za-z-]*")
_EXACT = 15  # a number written without a scale word is exact: 10 killed are not 14


@dataclass(frozen=True)
class Count:
    """A number a claim states: its value, what it counts, and whether it is hedged."""

    value: float
    kind: str
    approx: bool
    text: str
    digits: int  # significant digits as written: 2 for "12 billion", 3 for "12.4 billion"
    updated: bool = False  # given as a later figure ("has risen to 39", "39 have now died")
    bounds: tuple[float, float] | None = None  # a vague amount's range ("thousands")
    hedge: str = ""  # the hedge before it ("about", "more than"), if any
    combatants: bool = False  # it counts a side's own ("Nine officers", "14 servicemen")

    def same_as(self, other: Count) -> bool:
        """Roughly the same number: equal once the more precise is rounded to the other's
        digits ("$12 billion", "12.4 billion dollars"), or within a hedge's reach ("about
        200", "over 190"); a vague amount ("tens of thousands") and a number agree when
        their ranges meet ("about 3,000" does not; "more than 10,000" does)."""
        if self.value == other.value:
            return True
        if self.bounds or other.bounds or self.approx or other.approx:
            (low, high), (other_low, other_high) = self.range(), other.range()
            return low <= other_high and other_low <= high
        digits = min(self.digits, other.digits)
        return _rounded(self.value, digits) == _rounded(other.value, digits)

    def range(self) -> tuple[float, float]:
        """The values the count allows: a vague amount's range; a number hedged from below
        or above ("more than 60", "up to 40") open on that side; one hedged otherwise
        ("about 200") within ``settings.COMPARE_HEDGE`` of it."""
        if self.bounds:
            return self.bounds
        if self.hedge in _words()["at_least"]:
            return self.value, math.inf
        if self.hedge in _words()["at_most"]:
            return 0.0, self.value
        if self.approx:
            return (self.value * (1 - settings.COMPARE_HEDGE),
                    self.value * (1 + settings.COMPARE_HEDGE))
        return self.value, self.value


def _rounded(value: float, digits: int) -> float:
    return float(f"{value:.{max(digits, 1)}g}")


def _digits(written: str, value: float) -> int:
    """Significant digits of a scaled number as written: "12" billion has two, "12.4"
    billion three (all of them for a number word)."""
    figures = re.sub(r"\D", "", written).lstrip("0")
    return len(figures) if figures else len(f"{value:g}")


def counts_in(record: Record, span: tuple[int, int]) -> list[Count]:
    """The counted numbers in ``record.text[span]``, outside time expressions."""
    start, end = span
    text = record.text
    times = [t.span for t in record.timexes]
    found = []
    for match in _number_pattern().finditer(text, start, end):
        at = match.start(1)
        if any(s <= at < e for s, e in times):
            continue
        value = _value(match.group(1))
        if value is None:
            continue
        before, after = text[max(start, at - 40) : match.start()], text[match.end() : end]
        if _label(before) or before.rstrip().lower().endswith(tuple(_words()["error_margins"])):
            continue
        scale = _scale(after)
        kind = _kind(match.group(0), before, after)
        if kind is None or _a_gap(after):
            continue
        digits = _digits(match.group(1), value) if scale > 1 else _EXACT
        hedge = _hedge(before)
        found.append(Count(value * scale, kind, bool(hedge), match.group(0).strip(),
                           digits, _updated(before, after), hedge=hedge,
                           combatants=_of_combatants(after)))
    for match in _vague_pattern().finditer(text, start, end):
        if any(s <= match.start() < e for s, e in times):
            continue
        before, after = text[max(start, match.start() - 40) : match.start()], text[
            match.end() : end]
        kind = _kind(match.group(0), before, after)
        if kind is not None:
            low, high = _words()["vague_amounts"][" ".join(match.group(0).lower().split())]
            found.append(Count(float(low), kind, True, match.group(0).lower(), _EXACT,
                               _updated(before, after), bounds=(float(low), float(high))))
    return found


def _updated(before: str, after: str) -> bool:
    """The number is given as a later figure: a word of change or of now among the few
    words before it or in the rest of its clause ("the toll has risen to 39", "39 people
    have now died")."""
    words = ([w.lower() for w in _WORD.findall(before)][-settings.COMPARE_COUNT_REACH :]
             + [w.lower() for w in _WORD.findall(_clause(after))][
                 : settings.COMPARE_OUTCOME_REACH])
    return any(w in _words()["updates"] for w in words)


def _a_gap(after: str) -> bool:
    """The number is a gap to a goal ("71 delegates short of the number needed"): a word of
    ``gaps`` among the few words after it."""
    return bool(set(_next_words(after)) & _words()["gaps"])


def _of_combatants(after: str) -> bool:
    """Those counted belong to a side: a word of ``combatants`` among the few words after
    the number ("Nine officers were injured", "three of our servicemen")."""
    return bool(set(_next_words(after)) & _words()["combatants"])


def _next_words(after: str) -> list[str]:
    """The first ``settings.COMPARE_COUNT_REACH`` words after a number, lower-cased."""
    return [w.lower() for w in _WORD.findall(after)[: settings.COMPARE_COUNT_REACH]]


def _value(word: str) -> float | None:
    """The number's value; None for words that are no count ("one", "a") and years."""
    if word.lower() in _words()["not_counts"] or re.fullmatch(_words()["years"], word):
        return None
    return number(word.replace(",", ""))


def _scale(after: str) -> float:
    first = _WORD.match(after.lstrip())
    return float(_words()["scales"].get(first.group(0).lower(), 1)) if first else 1.0


def _kind(found: str, before: str, after: str) -> str | None:
    """What the number counts: money in a currency, a percentage (a turnout where the word
    is near), a kind word near it (killed, votes, troops), or the noun right after it;
    None for a bare number."""
    words = _words()
    following = _next_words(after)
    preceding = [w.lower() for w in _WORD.findall(before)][-settings.COMPARE_COUNT_REACH :]
    for symbol, currency in words["currency_symbols"].items():
        if symbol in found:
            return f"money {currency}"
    for word in following:
        if word in words["currencies"]:
            return f"money {words['currencies'][word]}"
    percent = _words()["percent"]
    if (following and following[0] in percent) or after.lstrip()[:1] in percent:
        shares = set(preceding + following) & set(words["shares_of"])
        return min(shares) if shares else "percent"  # "turnout reached 68.2 percent"
    tally = _tally_pattern().search(before)
    if tally:
        return words["tally_phrases"][" ".join(tally.group(1).lower().split())]
    outcome = _outcome(after)
    not_crowd = set(following[:2]) & _words()["not_crowd"]
    if outcome == "participants" and not_crowd:
        return min(not_crowd)  # "5,000 police officers took part in the operation"
    if outcome:
        return outcome
    before = [w for w in preceding[::-1] if w not in words["kinds_after_only"]]
    for word in following + before:
        if word in words["count_kinds"]:
            return words["count_kinds"][word]
    nouns = [w for w in following if w not in words["scales"] and w not in words["skip"]]
    if not nouns:
        return None
    if len(nouns) > 1 and not nouns[0].endswith("s") and nouns[1].endswith("s"):
        nouns = nouns[1:]  # "eleven intergovernmental agreements": what is counted
    noun = nouns[0]
    return noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun


def _outcome(after: str) -> str | None:
    """What befell those counted, said later in the number's clause ("Nineteen members of
    the group were killed", "four of its soldiers had been killed"): it outranks who they
    are, so that the toll is compared with another account's toll, not its troop count."""
    kinds = _words()["count_kinds"]
    for word in _WORD.findall(_clause(after))[: settings.COMPARE_OUTCOME_REACH]:
        if word.lower() in _words()["outcome_stops"]:
            break  # "500 soldiers to the village where the ambush killed residents"
        kind = kinds.get(word.lower())
        if kind in _words()["outcomes"]:
            return kind
    return None


def _clause(after: str) -> str:
    """The rest of a number's clause: the words after it up to the next punctuation."""
    return re.split(r"[,;:.!?]", after, maxsplit=1)[0]


def count_words() -> frozenset[str]:
    """The words that say what a number counts ("killed", "wounded", "votes", "people")."""
    return frozenset(_words()["count_kinds"]) | frozenset(_words()["counted_nouns"])


def amount(kind: str) -> bool:
    """Whether counts of this kind are amounts of money or of a unit of measure
    (``measures``), not counts of people or things."""
    return kind.startswith("money ") or kind in _words()["measures"]


def tallied(kind: str) -> bool:
    """Whether counts of this kind (killed, votes, troops) are compared between claims that
    are not the same point: a tally of one event, not a share or a price."""
    return kind in _words()["tallied"]


def gatherings_in(text: str) -> frozenset[str]:
    """The kinds of gathering a text names ("rally", "strike", "funeral")."""
    words = {w.lower() for w in _WORD_OR_HYPHEN.findall(text)}
    return frozenset(kind for kind, names in _words()["gatherings"].items() if words & set(names))


def expected(text: str) -> bool:
    """The text gives a count only as expected or planned ("were expected to take part")."""
    return bool({w.lower() for w in _WORD.findall(text)} & frozenset(_words()["expected"]))


def numbers_list(kind: str) -> tuple[str, ...]:
    """A list of ``compare_words.yaml``'s ``numbers`` ("one_per_story")."""
    return tuple(_words()[kind])


def _label(before: str) -> str | None:
    """The word right before a number, with nothing but a space between, when it makes the
    number a name ("category 3", "Flight 17"; not "in a row, 19 people")."""
    match = re.search(r"([A-Za-z]+)\.?\s+$", before)
    word = match.group(1).lower() if match else None
    return word if word in _words()["labels"] else None


def labels_in(text: str) -> set[str]:
    """The numbered names in ``text`` ("category 3", "flight 17")."""
    found = set()
    for match in _number_pattern().finditer(text):
        if _value(match.group(1)) is None:
            continue
        label = _label(text[max(0, match.start(1) - 40) : match.start()])
        if label:
            found.add(f"{label} {match.group(1).lower()}")
    return found


def _hedge(before: str) -> str:
    """The hedge right before a number ("about", "more than"), or ""."""
    tail = " " + " ".join(w.lower() for w in _WORD.findall(before)[-3:])
    return next((h for h in _words()["hedges"] if tail.endswith(" " + h)), "")


@cache
def _tally_pattern() -> re.Pattern[str]:
    """A tally's phrase right before a number, or before "N to" ("a vote of 58 to")."""
    phrases = phrase_alternation(_words()["tally_phrases"])
    return re.compile(rf"\b({phrases})\s+(?:[\d,]+\s+to\s+)?$", re.IGNORECASE)


@cache
def _vague_pattern() -> re.Pattern[str]:
    """A vague amount ("dozens", "tens of thousands"), the longest first."""
    return phrase_pattern(_words()["vague_amounts"])


@cache
def _number_pattern() -> re.Pattern[str]:
    """A number in digits or words, not inside a name ("COVID-19", "F-16") and not an age
    or a length of time ("15-year-old", ``numbers.not_counted_after`` in the data)."""
    units = "|".join(_words()["not_counted_after"])
    return re.compile(
        r"(?<![\w.-])(?:[$£€¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
        rf"(?![\w-]*\d)(?!-(?:{units})s?\b)",
        re.IGNORECASE,
    )


@cache
def _words() -> dict:
    words = dict(load_yaml("compare_words.yaml")["numbers"])
    words["not_counts"] = frozenset(words["not_counts"])
    words["skip"] = frozenset(words["skip"])
    words["labels"] = frozenset(words["labels"])
    words["outcomes"] = frozenset(words["outcomes"])
    words["tallied"] = frozenset(words["tallied"])
    words["updates"] = frozenset(words["updates"])
    words["outcome_stops"] = frozenset(words["outcome_stops"])
    words["not_crowd"] = frozenset(words["not_crowd"])
    words["kinds_after_only"] = frozenset(words["kinds_after_only"])
    words["combatants"] = frozenset(words["combatants"])
    words["gaps"] = frozenset(words["gaps"])
    words["measures"] = frozenset(words["measures"])
    return words
