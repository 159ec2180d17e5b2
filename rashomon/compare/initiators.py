"""Who asked for a call, meeting or visit, as an account tells it ("The call took place at
the initiative of the Belmoran side", "at the request of Minister Quist", "The call was
placed by President Wren", "…, who had placed the call"), so that two accounts that give
it to different sides are found in dispute, however differently they word it.

An initiative is told of one kind of act, a call or a meeting (``compare_words.yaml``,
``initiators``: the last such word of the sentence up to the words of asking, else the
first after them). The one who asked is named right after "at the request of", "placed
by" and the like, before "'s request", or before "placed the call" (for "who placed the
call", the name before "who"). Each is a side (a country, a people, a government: an
entity, or a capitalised word before "side", "government", "president": "the Quenmari
President") or a person, and a person is also the side their role is of, or that is
written beside their name ("President of Sedna Amira Kholt", "Ana Ruiz of Harwick").
None where the words are denied ("did not request the call").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rashomon import settings
from rashomon.compare.words import (
    CAPITALISED,
    WORD,
    denied_before,
    phrase_pattern,
    section,
    section_set,
)
from rashomon.record import Entity, Record

_POSSESSIVE = re.compile(r"['’]s\b")
_OF_NAME = r"of (?:the )?([A-Z][a-z]+)"  # "of Harwick", "of the Velmorans"


@dataclass(frozen=True)
class Initiative:
    """One account's word on who asked for an act: the kind of act, and the sides and
    people named as asking."""

    act: str
    sides: frozenset[str]
    people: frozenset[str]


def initiatives_in(record: Record, span: tuple[int, int], sentence: tuple[int, int]
                   ) -> list[Initiative]:
    """The initiatives a claim (``span``, in ``sentence``) tells of."""
    text = record.text
    found = []
    for kind in ("after", "possessive", "before"):
        for match in _pattern(kind).finditer(text, span[0], span[1]):
            act = _act(text[sentence[0] : match.end()]) or _act(
                text[match.end() : sentence[1]], last=False)
            if act is None or denied_before(text[sentence[0] : match.start()]):
                continue
            if kind == "after":
                end = min(_clause_end(text, match.end(), sentence[1]),
                          match.end() + settings.COMPARE_SIDE_CHARS)
                named = _named(record, match.end(), end)
            elif kind == "possessive":
                named = _named(record, _possessor_start(text, sentence[0], match.start()),
                               match.start())
            else:
                named = _named_before(record, sentence[0], match.start())
            sides, people = named
            if sides or people:
                found.append(Initiative(act, frozenset(sides), frozenset(people)))
    return found


def _act(words: str, last: bool = True) -> str | None:
    """The kind of act (call, meeting) the last act word of ``words`` names (``last``
    False: the first; "At the request of President Kholt, Prime Minister Voss held a
    telephone conversation")."""
    named = [act for word in WORD.findall(words) for act, names in _words()["acts"].items()
             if word.lower() in names]
    return (named[-1] if last else named[0]) if named else None


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause after ``start`` ends: the next comma, semicolon or stop."""
    stop = re.compile(r"[,;]|\.(?=\s|$)").search(text, start, limit)
    return stop.start() if stop else limit


def _possessor_start(text: str, sentence_start: int, end: int) -> int:
    """Where the possessor of "at the Velmoran side's request" begins: after "at", "on" or
    "upon"."""
    opening = None
    for match in re.finditer(r"\b(?:at|on|upon)\b", text[sentence_start:end], re.IGNORECASE):
        opening = match
    return sentence_start + opening.end() if opening else end


def _named(record: Record, start: int, end: int) -> tuple[set[str], set[str]]:
    """The sides and people named between ``start`` and ``end`` (a name the parser took for
    a person may be a side: ``_a_side``), and capitalised words before a title ("the
    Quenmari President")."""
    sides, people = set(), set()
    text = record.text
    surnames = {e.name.split()[-1] for e in record.entities
                if e.type == "PERSON" and " " in e.name}
    for entity in record.entities:
        if entity.name.lower() in _set("person_titles") | _set("side_words"):
            continue  # a title taken for a name ("Minister")
        for s, t in entity.mentions:
            if not (start <= s and t <= end):
                continue
            if entity.type == "PERSON" and not _a_side(text, s, t, surnames):
                people.add(entity.name)
                sides |= person_sides(record, entity)
            elif entity.type in _set("side_types") or entity.type == "PERSON":
                sides.add(_place_of(entity.name) if entity.type != "PERSON" else text[s:t])
    words = text[start:end]
    for match in CAPITALISED.finditer(words):
        after = WORD.findall(words[match.end() :])
        if (after and after[0].lower() in _set("side_words")
                and match.group(0).lower() not in _set("side_words") | _set("title_words")
                and not _POSSESSIVE.match(words, match.end())):
            sides.add(match.group(0))  # "the Quenmari President", "the Harwick side"
    return sides, people


def _place_of(name: str) -> str:
    """The place an office is of ("the Government of Velmora": Velmora); else the name."""
    last = name.rsplit(" of ", 1)[-1].removeprefix("the ")
    return last if " of " in name and CAPITALISED.fullmatch(last) else name


def _a_side(text: str, start: int, end: int, surnames: set[str]) -> bool:
    """The name at ``start``–``end``, taken for a person, is a side: a title follows it
    ("the Harwick prime minister"), or it is one word that is no person's surname in the
    account and follows no title ("at Pellin's request"; not "Minister Toranze")."""
    reach = settings.COMPARE_SIDE_CHARS
    after = WORD.findall(text[end : end + reach])
    before = WORD.findall(text[max(start - reach, 0) : start])
    name = text[start:end]
    return bool(after and after[0].lower() in _set("side_words")) or (
        " " not in name and name not in surnames
        and not (before and before[-1].lower() in _set("person_titles")))


def person_sides(record: Record, entity: Entity) -> set[str]:
    """The sides a person belongs to: their roles' countries, and the country or people
    written beside any of their names ("President of Velmora Ana Ruiz", "Ana Ruiz of
    Harwick", "Tessarian Prime Minister Lina Dace"), or run into it by the parser
    ("Tessary Lina Dace")."""
    text = record.text
    sides = {r.of for r in entity.roles if r.of} | (
        {entity.country} if entity.country else set())
    places = {e.name for e in record.entities if e.type in _set("side_types")} | set(
        re.findall(rf"\b{_OF_NAME}", text))
    sides |= set(entity.name.split()[:-1]) & places  # "Tessary Lina Dace": a name run on
    for s, t in entity.mentions:
        reach = settings.COMPARE_SIDE_CHARS
        before, after = text[max(s - reach, 0) : s], text[t : t + reach]
        sides |= set(re.findall(rf"\b{_OF_NAME}\s+$", before))
        sides |= set(re.findall(rf"^\s+{_OF_NAME}\b", after))
        words = before.split()[-4:]
        sides |= {w for n, w in enumerate(words[:-1])
                  if CAPITALISED.fullmatch(w) and words[n + 1].lower() in _set("side_words")
                  and w.lower().endswith(tuple(_words()["demonym_endings"]))
                  and w.lower() not in _set("side_words") | _set("title_words")}
    return sides - {w for w in sides if w.lower() in _set("person_titles") | _set(
        "side_words") | _set("title_words")}  # "of Minister Toranze"


def _named_before(record: Record, sentence_start: int, end: int
                  ) -> tuple[set[str], set[str]]:
    """The side or person named last before ``end`` ("President Wren placed the call";
    "Oskar Rhenvald, who had placed the call")."""
    start = max(sentence_start, end - settings.COMPARE_SIDE_CHARS)
    mentions = [(s, t, entity) for entity in record.entities for s, t in entity.mentions
                if start <= s and t <= end]
    if not mentions:
        return _named(record, start, end)
    s, t, _ = max(mentions, key=lambda m: m[0])
    return _named(record, s, t)


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    phrases = _words()[kind]
    if kind == "possessive":
        return re.compile(rf"['’]s\s+(?:own\s+)?(?:{'|'.join(map(re.escape, phrases))})\b",
                          re.IGNORECASE)
    return phrase_pattern(phrases)


def _words() -> dict:
    return section("initiators")


def _set(kind: str) -> frozenset[str]:
    return section_set("initiators", kind)
