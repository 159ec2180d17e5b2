"""The word lists of ``compare_words.yaml`` (stop words, claim filters, subordinating
words, …), each loaded once."""

from __future__ import annotations

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
