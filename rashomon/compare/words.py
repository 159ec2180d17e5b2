"""The word lists of ``compare_words.yaml`` (stop words, claim filters, subordinating
words, …), each loaded once, and the pattern of a list of phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rashomon import settings
from rashomon.data import load_yaml

CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")  # a capitalised word: a name or its part
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")  # a word, with its apostrophes and hyphens


@cache
def word_list(kind: str) -> tuple[str, ...]:
    """A list of ``compare_words.yaml``."""
    return tuple(load_yaml("compare_words.yaml")[kind])


@cache
def word_set(kind: str) -> frozenset[str]:
    """A list of ``compare_words.yaml`` as a set, for membership tests."""
    return frozenset(word_list(kind))


@cache
def section(name: str) -> dict:
    """A section of ``compare_words.yaml`` with lists of its own ("openers", "initiators",
    "civilians")."""
    return load_yaml("compare_words.yaml")[name]


@cache
def section_set(name: str, kind: str) -> frozenset[str]:
    """A list of a section of ``compare_words.yaml`` as a set."""
    return frozenset(section(name)[kind])


@cache
def judgements() -> dict[str, int]:
    """The judging words of ``compare_words.yaml``: 1 approving, -1 disapproving."""
    lists = load_yaml("compare_words.yaml")["judgements"]
    return {**{word: 1 for word in lists["approving"]},
            **{word: -1 for word in lists["disapproving"]}}


@cache
def event_word_set(kind: str) -> frozenset[str]:
    """A word list of the events' ``event_patterns.yaml`` ("narrowing_words",
    "hypothetical_markers"), read from the data file so that comparing loads no parser."""
    return frozenset(load_yaml("event_patterns.yaml")[kind])


def dated_act_kinds(text: str) -> frozenset[str]:
    """The kinds of act of ``compare_words.yaml``'s ``dated_acts`` that a text names by
    one word, or one word beginning with one ("talks", "meeting", "bombs"); not a kind it
    names twice, counting the words that may also tell of it (``also_acts``), where a date
    may be either act's ("the strike was a response to the attack on 28 May")."""
    found = []
    for kind, pattern in _act_patterns("dated_acts").items():
        told = pattern.findall(text)
        also = _act_patterns("also_acts").get(kind)
        rest = pattern.sub(" ", text)  # "air strike" is no second act of "strike"
        if len(told) == 1 and not (also and also.search(rest)):
            found.append(kind)
    return frozenset(found)


@cache
def _act_patterns(kind: str) -> dict[str, re.Pattern[str]]:
    """Each act's pattern in a list of ``compare_words.yaml``: any of its words, or a word
    beginning with one ("bombs")."""
    patterns = {}
    for act, words in load_yaml("compare_words.yaml")[kind].items():
        patterns[act] = re.compile(rf"\b(?:{phrase_alternation(words)})[a-z]*\b",
                                   re.IGNORECASE)
    return patterns


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` with any spaces between their words, the
    longest first ("tens of thousands" before "thousands")."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern of any of ``phrases`` as whole words, in any case and with any spaces
    between their words, the longest first ("tens of thousands" before "thousands")."""
    return re.compile(rf"\b(?:{phrase_alternation(phrases)})\b", re.IGNORECASE)


def negating(word: str, kind: str = "denials") -> bool:
    """A lower-cased word of the list ``kind`` ("not", "never") or one ending in "n't"."""
    return word in word_set(kind) or word.endswith(("n't", "n’t"))


def denied_before(words_before: str) -> bool:
    """A denial among the last ``settings.COMPARE_ACT_DENIAL_REACH`` words before an act's words
    ("did not fire first", "never requested the call"): a word of ``denials`` or one ending
    in "n't"."""
    before = [w.lower() for w in WORD.findall(words_before)][-settings.COMPARE_ACT_DENIAL_REACH :]
    return any(map(negating, before))
