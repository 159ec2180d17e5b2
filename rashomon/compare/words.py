"""The word lists of ``compare_words.yaml`` (stop words, claim filters, subordinating
words, …), each loaded once, and the pattern of a list of phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rashomon.data import load_yaml


@cache
def word_list(kind: str) -> tuple[str, ...]:
    """A list of ``compare_words.yaml``."""
    return tuple(load_yaml("compare_words.yaml")[kind])


@cache
def word_set(kind: str) -> frozenset[str]:
    """A list of ``compare_words.yaml`` as a set, for membership tests."""
    return frozenset(word_list(kind))


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
    names twice, where a date may be either act's ("the strike was a response to the
    attack on 28 May")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return frozenset(kind for kind, stems in _dated_acts().items()
                     if sum(w.startswith(stems) for w in words) == 1)


@cache
def _dated_acts() -> dict[str, tuple[str, ...]]:
    return {kind: tuple(stems) for kind, stems in load_yaml("compare_words.yaml")[
        "dated_acts"].items()}


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern of any of ``phrases`` as whole words, in any case and with any spaces
    between their words, the longest first ("tens of thousands" before "thousands")."""
    ordered = sorted(phrases, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
