"""Who won a vote and each candidate's share of it, as an account tells them, so that two
accounts that give one race to different winners ("Wren was re-elected", "the monitors
say Pell won outright") or one candidate different shares ("Wren received 52.7 percent",
"their count gives Wren 41.8 percent") are found in dispute, though such claims are worded
too differently to be paired as the same point.

A share belongs to the candidate or party named last before it in its sentence (a person
before an organisation: "Marta Pell of the Democratic Alternative, obtained 38.9 percent"
is Pell's); a winner is the candidate or party named last before a word of winning in its
claim, or after "won by". Shares and winners are read only where the sentence speaks of a
vote and not of an opinion poll; a race held in several places at once (primaries,
caucuses) gives no winner, since two accounts may each report another state's. The words
are data (``compare_words.yaml``, ``elections``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rashomon.compare.numbers import Count
from rashomon.compare.words import event_word_set
from rashomon.data import load_yaml
from rashomon.record import Record

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HOLDERS = ("PERSON", "ORG")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")  # at a mention's end, with or inside it
_PERCENTAGE = re.compile(r"\d[\d.,]*\s*(?:%|per ?cent\b)")


@dataclass(frozen=True)
class Share:
    """A candidate's or party's share of a vote, as one claim gives it."""

    holder: str
    count: Count


def shares_in(record: Record, span: tuple[int, int], sentence: tuple[int, int],
              counts: list[Count], told: tuple[int, int]) -> list[Share]:
    """The shares of a vote among a claim's percentages (``counts``), each with its holder:
    the person, else the organisation, named last before it in the sentence since the
    previous percentage ("gives Pell 50.4 percent and Wren 41.8 percent"). ``told``: the
    sentence with the one before it, which must speak of a vote."""
    text = record.text
    if not _of_a_vote(text[told[0] : told[1]]):
        return []
    found, since = [], sentence[0]
    for match in _PERCENTAGE.finditer(text, sentence[0], sentence[1]):
        at = match.start()
        count = next((c for c in counts if c.kind == "percent"
                      and text.find(c.text, at, span[1]) == at), None)
        if span[0] <= at < span[1] and count and _of_the_vote(text[match.end() : span[1]]):
            holder = _named_last(record, since, at)
            if holder:
                found.append(Share(holder, count))
        since = match.end()
    return found


def winners_in(record: Record, span: tuple[int, int], told: tuple[int, int]) -> set[str]:
    """The candidates or parties a claim says won a vote: the one named last before a word
    of winning ("Wren … was re-elected", "Pell had won Sunday's election", "showed Kosta
    winning"), or named after "won by"; none where the word is denied, hypothetical or
    about a poll, or where the claim's sentence or the one before it (``told``) tells of
    a race held in several places at once."""
    text = record.text
    if not _of_a_vote(text[told[0] : told[1]]):
        return set()
    found = set()
    for match in _WORD.finditer(text, span[0], span[1]):
        word = match.group(0).lower()
        if word not in _words("winning_words"):
            continue
        before = [w.lower() for w in _WORD.findall(text[span[0] : match.start()])][-4:]
        if set(before) & (_words("not_won") | event_word_set("hypothetical_markers")):
            continue
        after = text[match.end() : span[1]]
        by = re.match(r"\s+by\s+", after)
        if by:
            holder = _named_first(record, match.end() + by.end(), span[1])
        else:
            holder = _named_last(record, span[0], match.start())
        if holder:
            found.add(holder)
    return found


def races_in(text: str) -> frozenset[str]:
    """The kinds of race a sentence names ("presidential", "parliamentary")."""
    return frozenset(_lower_words(text) & _words("race_kinds"))


def _of_a_vote(text: str) -> bool:
    """The text speaks of a vote, not of an opinion poll nor of races held in several
    places at once."""
    words = _lower_words(text)
    return bool(words & _words("vote_words")) and not words & (
        _words("survey_words") | _words("several_races"))


def _of_the_vote(after: str) -> bool:
    """A percentage is a share of the vote unless what follows makes it a share of
    something else ("60 percent of voters under 30", "90 percent of precincts")."""
    following = [w.lower() for w in _WORD.findall(after)[:4]]
    if not following or following[0] != "of":
        return True
    return bool(set(following[1:]) & _words("vote_words"))


def _named_last(record: Record, start: int, end: int) -> str | None:
    """The person named last between ``start`` and ``end``, else the organisation; not one
    named as an owner ("Marta Pell's rival")."""
    for kind in _HOLDERS:
        mentions = [(s, e.name) for e in record.entities if e.type == kind
                    for s, t in e.mentions if start <= s and t <= end
                    and not _POSSESSIVE.search(record.text, max(s, t - 2), t + 2)]
        if mentions:
            return max(mentions)[1]
    return None


def _named_first(record: Record, start: int, end: int) -> str | None:
    """The candidate or party named first between ``start`` and ``end``."""
    mentions = [(s, e.name) for e in record.entities if e.type in _HOLDERS
                for s, t in e.mentions if start <= s and t <= end]
    return min(mentions)[1] if mentions else None


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(load_yaml("compare_words.yaml")["elections"][kind])
