"""Who won a vote and each candidate's share of it, as an account tells them, so that two
accounts that give one race to different winners ("Wren was re-elected", "the monitors
say Pell won outright") or one candidate different shares ("Wren received 52.7 percent",
"their count gives Wren 41.8 percent") are found in dispute, though such claims are worded
too differently to be paired as the same point.

A share belongs to the candidate or party named last before it in its sentence, the head
of "A of B" ("Marta Pell of the Civic Union", "the Unity Party of President Wren"). A
winner is the one named last before a word of winning ("won the election", "re-elected",
"defeated Pell") or first after "won by", "lost … to" and "declared … the winner".
Shares and winners are read only where the sentence (with the one before it) speaks of a
vote and not of an opinion poll or of races held in several places at once (primaries,
caucuses), whose winners two accounts may each report for another state. The words are
data (``compare_words.yaml``, ``elections``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rashomon import settings
from rashomon.compare.numbers import Count
from rashomon.compare.words import WORD, event_word_set, phrase_pattern
from rashomon.data import load_yaml
from rashomon.record import Record

_HOLDERS = ("PERSON", "ORG")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")  # at a mention's end, with or inside it
_OF = re.compile(r"\s*,?\s*of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\.?\s+)*")  # "A of the B"
_PERCENTAGE = re.compile(r"\d[\d.,]*\s*(?:%|per ?cent\b)")


@dataclass(frozen=True)
class Share:
    """A candidate's or party's share of a vote, as one claim gives it."""

    holder: str
    count: Count


def shares_in(record: Record, span: tuple[int, int], sentence: tuple[int, int],
              counts: list[Count], told: tuple[int, int]) -> list[Share]:
    """The shares of a vote among a claim's percentages (``counts``), each with its holder:
    the candidate or party named last before it in the sentence since the previous
    percentage ("gives Pell 50.4 percent and Wren 41.8 percent"). ``told``: the sentence
    with the one before it, which must speak of a vote. None in a sentence that tells of
    part of the vote (a region's, voters abroad, a count not yet complete), nor a
    percentage someone needed ("needed 50 percent to avoid a runoff")."""
    text = record.text
    if (not _of_a_vote(text[told[0] : told[1]]) or _lower_words(
            text[sentence[0] : sentence[1]]) & _words("part_of_the_vote")
            or _of_another_year(record, sentence)):
        return []
    found, since = [], sentence[0]
    for match in _PERCENTAGE.finditer(text, sentence[0], sentence[1]):
        at = match.start()
        count = next((c for c in counts if c.kind == "percent"
                      and text.find(c.text, at, span[1]) == at), None)
        needed = set(_lower_words_list(text[since:at])[-settings.COMPARE_NEED_REACH :]
                     ) & _words("not_shares")
        if (span[0] <= at < span[1] and count and not needed
                and _of_the_vote(text[match.end() : span[1]])):
            holder = _holder(record, since, at, _words("share_words"))
            if holder:
                found.append(Share(holder, count))
        since = match.end()
    return found


def winners_in(record: Record, span: tuple[int, int], told: tuple[int, int]) -> set[str]:
    """The candidates or parties a claim says won a vote: the one named last before a word
    or phrase of winning ("Wren … was re-elected", "Pell had won Sunday's election", "showed
    Kosta winning the presidential election", "Pell defeated Wren", "Thenn is confirmed as
    mayor-elect", "Pell received more votes than Wren"), or named after "won by",
    "lost … to" or "declared … the winner"; "won" only with a vote for its object ("won the
    election", not "won the support of"). None where a denial, a claim or a hypothesis
    comes just before, the sentence or the one before it (``told``) does not speak of a
    vote or speaks of a poll or of a race held in several places at once."""
    text = record.text
    opening = WORD.search(text, span[0], span[1])
    if (not _of_a_vote(text[told[0] : told[1]])
            or (opening and opening.group(0).lower() in _words("conditional_openings"))):
        return set()  # "Had Pell won the election, …"
    found = set()
    for match in WORD.finditer(text, span[0], span[1]):
        word = match.group(0).lower()
        reach = settings.COMPARE_WIN_REACH
        before = _lower_words_list(text[span[0] : match.start()])[-reach:]
        if set(before) & (_words("not_won") | event_word_set("hypothetical_markers")):
            continue
        after = _lower_words_list(text[match.end() : span[1]])[: reach + 1]
        holder = None
        if after[:1] == ["by"] and word in _words("winning_words"):
            holder = _named_first(record, match.end(), span[1])  # "won by Pell"
        elif word in _words("losing_words") and "to" in after:
            at = re.search(r"\bto\b", text[match.end() : span[1]])
            holder = _named_first(record, match.end() + at.end(), span[1])  # "lost … to"
        elif word == "declared" and "winner" in after:
            holder = _named_first(record, match.end(), span[1])
        elif _winning_phrase(word, after) or (
                word in _words("winning_words") and not set(after) & _words("not_elections")
                and (word not in _words("winning_needs_a_vote")
                     or set(after) & _words("won_objects"))
                and (word not in _words("winning_needs_a_loser")
                     or _named_first(record, match.end(),
                                     match.end() + settings.COMPARE_LOSER_CHARS))):
            holder = _holder(record, span[0], match.start(), _words("winning_words"))
        if holder:
            found.add(holder)
    return found


def _winning_phrase(word: str, after: list[str]) -> bool:
    """``word`` and the words ``after`` it open a phrase of winning ("more votes than")."""
    return any(phrase.split() == [word, *after[: len(phrase.split()) - 1]]
               for phrase in _words("winning_phrases"))


def winning_races(text: str) -> frozenset[str]:
    """The kinds of race named right after a word of winning ("won the Pellin mayoral
    race": mayoral), where a sentence names two ("… held alongside the presidential
    vote")."""
    found: set[str] = set()
    words = _lower_words_list(text)
    for n, word in enumerate(words):
        if word in _words("winning_words"):
            found |= set(words[n + 1 : n + 1 + settings.COMPARE_WIN_REACH]) & _words(
                "race_kinds")
    return frozenset(found)


def _of_another_year(record: Record, sentence: tuple[int, int]) -> bool:
    """The sentence names only years other than its record's publication year ("in 2019,
    when he received 63.5 percent")."""
    dates = {t.value for t in record.timexes if t.value and t.type == "DATE"
             and sentence[0] <= t.span[0] < sentence[1]}
    return another_year(dates, record.published.value)


def rounds_in(text: str) -> frozenset[str]:
    """The rounds of a vote a sentence names ("first round", "runoff")."""
    return frozenset(name for name, pattern in _rounds().items() if pattern.search(text))


def another_year(dates: set[str], published: str | None) -> bool:
    """A claim names only years other than its account's publication year ("in 2019",
    "last year's rally"): it tells of another vote or rally."""
    years = {d[:4] for d in dates if re.match(r"\d{4}(?:$|-)", d)}
    return bool(years and published and published[:4] not in years)


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
    following = [w.lower() for w in WORD.findall(after)[:4]]
    if not following or following[0] != "of":
        return True
    return bool(set(following[1:]) & _words("vote_words"))


def _holder(record: Record, start: int, end: int, owning: frozenset[str]) -> str | None:
    """The candidate or party named last between ``start`` and ``end``: a person or an
    organisation, the head of "A of B" ("Marta Pell of the Civic Union", "the Unity Party
    of President Wren"), not an owner ("Marta Pell's rival") unless what it owns is one of
    ``owning`` ("Wren's share", "Pell's victory")."""
    text = record.text
    mentions = sorted((s, t, e.name) for e in record.entities if e.type in _HOLDERS
                      for s, t in e.mentions if start <= s and t <= end
                      and not _owner(text, t, owning))
    if not mentions:
        return None
    last = mentions[-1]
    for earlier in reversed(mentions[:-1]):
        if _OF.fullmatch(text, earlier[1], last[0]):
            last = earlier
    return last[2]


def _owner(text: str, end: int, owning: frozenset[str]) -> bool:
    """A mention ending at ``end`` is an owner ("Pell's rival"), of nothing in ``owning``."""
    match = _POSSESSIVE.match(text, end) or _POSSESSIVE.match(text, max(end - 2, 0))
    if not match:
        return False
    following = WORD.match(text, match.end() + 1) if match.end() < len(text) else None
    return not (following and following.group(0).lower() in owning)


def _named_first(record: Record, start: int, end: int) -> str | None:
    """The candidate or party named first between ``start`` and ``end``."""
    mentions = [(s, e.name) for e in record.entities if e.type in _HOLDERS
                for s, t in e.mentions if start <= s and t <= end]
    return min(mentions)[1] if mentions else None


def _lower_words(text: str) -> set[str]:
    return set(_lower_words_list(text))


def _lower_words_list(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


@cache
def _rounds() -> dict[str, re.Pattern[str]]:
    """Each round of a vote and a pattern of the words that name it."""
    return {name: phrase_pattern(words)
            for name, words in load_yaml("compare_words.yaml")["elections"]["rounds"].items()}


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(load_yaml("compare_words.yaml")["elections"][kind])
