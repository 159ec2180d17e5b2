"""Disputes between claims that are not paired as one point: told in words too different
for the pairing model (two tolls of one strike, agreed against failed to agree, one
judge's opposite stands, who won a vote and each candidate's share, one crowd counted
twice, who opened fire). Each kind finds its candidate claims by what they state, not by
how alike they read, and keeps to the claims closest in meaning where several compete.
"""

from __future__ import annotations

import re
from functools import cache

import numpy

from rashomon import settings
from rashomon.compare.conflicts import (
    agreement_conflict,
    another_time,
    civilian_conflict,
    counted_alike,
    date_conflict,
    dated_apart,
    dates_no_act,
    days_apart,
    initiator_conflict,
    judged_alike,
    judged_apart,
    known_apart,
    names_in_common,
    names_side,
    number_conflicts,
    of_another_time,
    one_vote,
    opener_conflict,
    same_direction,
    same_holder,
    same_side,
    same_year,
    share_conflicts,
    stance_conflict,
    winner_conflict,
    with_first_words,
)
from rashomon.compare.initiators import Initiative, person_sides
from rashomon.compare.models import Conflict
from rashomon.compare.numbers import amount, numbers_list, tallied
from rashomon.compare.units import Claim, judged_thing_in_common, same_person, share_a_topic
from rashomon.compare.words import (
    CAPITALISED,
    dated_act_kinds,
    phrase_alternation,
    word_list,
    word_set,
)
from rashomon.record import Record

_WORDS = re.compile(r"[A-Za-z]+")  # split at apostrophes, unlike ``words.WORD``: the
# soldiers' count is of "soldiers"


def with_unpaired_disputes(found: list[Conflict], table: numpy.ndarray,
                           meaning: numpy.ndarray, claims: tuple[list[Claim], list[Claim]],
                           same: list[tuple[int, int]], records: tuple[Record, Record]
                           ) -> list[Conflict]:
    """``found`` (the disputes of same-point pairs) with those of claims not paired:
    ``table`` holds the pairs' probabilities, ``meaning`` the claims' cosines, ``same``
    the same-point pairs. A dispute already told of one pair of claims is not told
    again as another kind (swapped roles of opening fire; a candidate's share says more
    than the claims' bare percentages)."""
    claims_a, claims_b = claims
    found = found + [conflict for i, j in _near_points(table, same)
                     for conflict in number_conflicts(claims_a[i], claims_b[j])
                     if amount(conflict.about or "")]
    partners = _count_partners(table, claims_a, claims_b, same)
    found = found + [conflict for i, j in partners for conflict in number_conflicts(
        claims_a[i], claims_b[j], tallies_only=True)]
    only = _only_counts(claims_a, claims_b, same + partners)
    only += _lone_tolls(claims_a, claims_b, records, same + partners + only)
    found += [conflict for i, j in only
              for conflict in number_conflicts(claims_a[i], claims_b[j], tallies_only=True,
                                               one_thing=True)]
    found += [agreement_conflict(claims_a[i], claims_b[j]) for i, j in _agreement_partners(
        _with_sentences(meaning, claims_a, claims_b), claims_a, claims_b, same)]
    found += [date_conflict(claims_a[i], claims_b[j], about)
              for i, j, about in _date_partners(meaning, claims_a, claims_b, same)]
    roles = {(c.a.span, c.b.span) for c in found if c.what == "roles"}
    found += [c for c in _opener_conflicts(meaning, claims_a, claims_b, records)
              + _initiator_conflicts(meaning, claims_a, claims_b, records)
              if (c.a.span, c.b.span) not in roles]
    votes = _election_conflicts(meaning, claims_a, claims_b, records)
    shares = {(c.a.span, c.b.span) for c in votes if c.what == "number"}
    found = [c for c in found if not (c.about == "percent" and (c.a.span, c.b.span) in shares)]
    return found + votes + _civilian_conflicts(meaning, claims_a, claims_b) + [
        stance_conflict(claims_a[i], claims_b[j])
        for i, j in _stance_partners(meaning, claims_a, claims_b, same)]


def _civilian_conflicts(meaning: numpy.ndarray, claims_a: list[Claim],
                        claims_b: list[Claim]) -> list[Conflict]:
    """Whether civilians were harmed, where one account says only that none were ("No
    civilians were harmed") and the other only that some were ("Fourteen of the dead were
    civilians"): one dispute, between the two such claims closest in meaning that tell of
    the same year and of days no more than ``settings.COMPARE_NEAR_DAYS`` apart (two
    accounts of one strike may give its day differently)."""
    told = [{c.civilians for c in claims} - {0} for claims in (claims_a, claims_b)]
    if len(told[0]) != 1 or len(told[1]) != 1 or told[0] == told[1]:
        return []
    pairs = [(meaning[i, j], i, j) for i, x in enumerate(claims_a) if x.civilians
             for j, y in enumerate(claims_b) if y.civilians
             and same_year(x, y) and not days_apart(x.moment, y.moment)]
    if not pairs:
        return []
    _, i, j = max(pairs)
    return [civilian_conflict(claims_a[i], claims_b[j])]


def _mutually_closest(meaning: numpy.ndarray, pairs: list[tuple[int, int]]
                      ) -> list[tuple[int, int]]:
    """The candidate pairs whose two claims are each other's closest in meaning among the
    candidates."""
    return [(i, j) for i, j in pairs
            if not any(meaning[i, c] > meaning[i, j] or meaning[r, j] > meaning[i, j]
                       for r, c in pairs if (r == i) != (c == j))]


def _near_points(table: numpy.ndarray, same: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Claims of A and B that are each other's likeliest partner, from
    ``settings.COMPARE_NEAR_POINT`` up to the same-point level: a number in dispute lowers
    the probability of two claims that say the same of it ("the line would deliver 18
    billion cubic metres of gas a year", "the line will have an annual capacity of 12
    billion cubic metres"). Only their amounts of money or of a unit of measure are
    compared (``numbers.amount``): counts of people or things there may be of different
    ones ("rescued 104 survivors", "Two survivors told reporters")."""
    taken_a, taken_b = {i for i, _ in same}, {j for _, j in same}
    return [(i, j) for i in range(table.shape[0]) for j in [int(table[i].argmax())]
            if table.shape[1] and int(table[:, j].argmax()) == i
            and settings.COMPARE_NEAR_POINT <= table[i, j] < settings.COMPARE_SAME_POINT
            and i not in taken_a and j not in taken_b]


def _count_partners(table: numpy.ndarray, claims_a: list[Claim], claims_b: list[Claim],
                    same: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Claims of A and B, neither of them the same point as another claim, that count the
    same kind of tally about the same thing at the same moment ("Nineteen fighters were
    killed in the strike", "the strike killed 39 people"), matched one to one from
    ``settings.COMPARE_COUNT_POINT`` up, those that name something in common first, then
    the likeliest: two tolls of one event give different numbers in other words, which
    keeps their probability low. They must name something in common or share a word
    besides their counting words ("nine wounded in the clashes" and "Eleven more were
    wounded" may be two sides' wounded)."""
    taken_a, taken_b = {i for i, _ in same}, {j for _, j in same}
    candidates = []
    for i, x in enumerate(claims_a):
        for j, y in enumerate(claims_b):
            if (i in taken_a or j in taken_b or not x.counts or not y.counts
                    or table[i, j] < settings.COMPARE_COUNT_POINT):
                continue
            named = names_in_common(x, y)
            if ((named or share_a_topic(x, y))
                    and any(tallied(kind) for kind in counted_alike(x, y))):
                candidates.append((named, table[i, j], i, j))
    candidates.sort(reverse=True)
    partners = []
    for _, _, i, j in candidates:
        if i not in taken_a and j not in taken_b:
            partners.append((i, j))
            taken_a.add(i)
            taken_b.add(j)
    return partners


def _only_counts(claims_a: list[Claim], claims_b: list[Claim],
                 taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The one claim of each account that counts a kind a story gives once (those who took
    part in a protest: ``numbers.one_per_story``), neither of them already compared: the
    police's "about 3,000 people took part" and the organisers' "tens of thousands
    rallied" count one crowd, whatever else each names. Each account must give one such
    count in all, but for counts of another day than its lead's ("Several hundred
    remained on the square early on Thursday"); ``conflicts.one_gathering`` says whether
    the two may count one."""
    taken_a, taken_b = {i for i, _ in taken}, {j for _, j in taken}
    partners = []
    leads = _lead_days(claims_a), _lead_days(claims_b)
    for kind in numbers_list("one_per_story"):
        rows, columns = (
            [n for n, claim in enumerate(claims) for c in claim.counts if c.kind == kind
             and not known_apart(claim.days_told, lead)]
            for claims, lead in zip((claims_a, claims_b), leads, strict=True))
        if (len(rows) == 1 and len(columns) == 1 and rows[0] not in taken_a
                and columns[0] not in taken_b):
            partners.append((rows[0], columns[0]))
    return partners


def _lone_tolls(claims_a: list[Claim], claims_b: list[Claim], records: tuple[Record, Record],
                taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The one claim of each account that gives a count of a kind (``numbers.one_toll``:
    killed, injured, displaced, a turnout), neither already compared, in accounts whose
    leads name a place in common, telling of days no more than
    ``settings.COMPARE_NEAR_DAYS`` apart where both are known: "37 people have lost their
    lives" and "At least 64 people have been killed in floods in Oruma province" count one
    flood's dead. Not where they name different things or another time, nor tolls of
    those who belong to a side (``numbers.combatants``: each army counts its own dead,
    wounded and missing, ``numbers.own_side_kinds``)."""
    if not _places_in_common(claims_a, claims_b, records):
        return []
    taken_a, taken_b = {i for i, _ in taken}, {j for _, j in taken}
    partners = []
    for kind in numbers_list("one_toll"):
        rows, columns = ([n for n, claim in enumerate(claims)
                          if any(c.kind == kind for c in claim.counts)]
                         for claims in (claims_a, claims_b))
        if len(rows) != 1 or len(columns) != 1 or rows[0] in taken_a or columns[0] in taken_b:
            continue
        x, y = claims_a[rows[0]], claims_b[columns[0]]
        if (not days_apart(x.moment, y.moment) and same_year(x, y)
                and not of_another_time(x) and not of_another_time(y)
                and not (kind in numbers_list("own_side_kinds")
                         and (_of_sides(x, claims_a, records[0])
                              or _of_sides(y, claims_b, records[1])))
                and not (x.topics and y.topics and not names_in_common(x, y))):
            partners.append((rows[0], columns[0]))
            taken_a.add(rows[0])
            taken_b.add(columns[0])
    return partners


def _of_sides(claim: Claim, claims: list[Claim], record: Record) -> bool:
    """The claim counts those of a side ("Six servicemen of Brigade 41 were killed"), by
    the words of its sentence and of the one before ("Eleven more were wounded")."""
    sentences = sorted({c.sentence for c in claims})
    at = sentences.index(claim.sentence)
    words = record.text[sentences[max(at - 1, 0)][0] : claim.sentence[1]]
    return bool({w.lower() for w in _WORDS.findall(words)} & set(numbers_list("combatants")))


def _places_in_common(claims_a: list[Claim], claims_b: list[Claim],
                      records: tuple[Record, Record]) -> bool:
    """The two accounts' leads (their first ``settings.COMPARE_LEAD_SENTENCES`` sentences)
    name a place in common (a town, a region, a country by any of its names, or a
    capitalised word of their names: "the Tarsk region" and "Tarsk"; a name after "in",
    "near" or "outside" is a place, whatever the parser took it for)."""
    places, words = [], []
    for claims, record in zip((claims_a, claims_b), records, strict=True):
        sentences = sorted({c.sentence for c in claims})[: settings.COMPARE_LEAD_SENTENCES]
        end = sentences[-1][1] if sentences else 0
        places.append({e.name for e in record.entities if e.type in word_set("place_types")
                       and any(s < end for s, _ in e.mentions)})
        words.append({w for name in places[-1] for w in CAPITALISED.findall(name)}
                     | {m.group(1) or m.group(2) for m in _locative().finditer(
                         record.text, sentences[0][0] if sentences else 0, end)})
    return any(same_side(p, q) for p in places[0] for q in places[1]) or bool(
        words[0] & words[1] - set(word_list("not_place_words")))


@cache
def _locative() -> re.Pattern[str]:
    """A name as a place: after "in", "near" … (``locatives``) or before "region",
    "province" … (``place_nouns``)."""
    return re.compile(rf"\b(?:{phrase_alternation(word_list('locatives'))})\s+(?:the\s+)?"
                      rf"([A-Z][a-z]+)|\b([A-Z][a-z]+)\s+"
                      rf"(?:{phrase_alternation(word_list('place_nouns'))})\b")


def _lead_days(claims: list[Claim]) -> frozenset[str]:
    """The days an account's lead tells of (the first claim that names one; see
    ``units._tell_moments``)."""
    return min(claims, key=lambda c: c.unit.span).moment if claims else frozenset()


def _with_sentences(meaning: numpy.ndarray, claims_a: list[Claim], claims_b: list[Claim]
                    ) -> numpy.ndarray:
    """The claims' cosines, where a claim cut from a longer sentence takes its sentence's
    cosine with the other claim when that is higher: "but no agreement was reached" speaks
    of the transit fees its sentence names before it."""
    near = meaning.copy()
    if not claims_a or not claims_b:
        return near
    vectors_a, vectors_b = (numpy.array([c.meaning.vector for c in claims])
                            for claims in (claims_a, claims_b))
    for i, x in enumerate(claims_a):
        if x.unit.span != x.sentence:
            near[i] = numpy.maximum(near[i], vectors_b @ x.context)
    for j, y in enumerate(claims_b):
        if y.unit.span != y.sentence:
            near[:, j] = numpy.maximum(near[:, j], vectors_a @ y.context)
    return near


def _agreement_partners(meaning: numpy.ndarray, claims_a: list[Claim],
                        claims_b: list[Claim], same: list[tuple[int, int]]
                        ) -> list[tuple[int, int]]:
    """Claims of A and B of which one says the sides agreed and the other that they did
    not, each the other's closest in meaning among such claims, from
    ``settings.COMPARE_AGREEMENT_MEANING`` up, and not naming different parties ("agreed to
    set up a direct line between their defence ministries", "failed to agree on a military
    hotline"): opposite outcomes told in other words keep their probability low.
    Same-point pairs are checked as such."""
    rows = [i for i, x in enumerate(claims_a) if x.agreed]
    columns = [j for j, y in enumerate(claims_b) if y.agreed]
    partners = []
    for i in rows:
        j = max(columns, key=lambda j: meaning[i, j], default=None)
        if j is None:
            continue
        x, y = claims_a[i], claims_b[j]
        if (x.agreed != y.agreed and max(rows, key=lambda r: meaning[r, j]) == i
                and meaning[i, j] >= settings.COMPARE_AGREEMENT_MEANING
                and (i, j) not in same
                and not (x.topics and y.topics and not names_in_common(x, y))):
            partners.append((i, j))
    return partners


def _date_partners(meaning: numpy.ndarray, claims_a: list[Claim], claims_b: list[Claim],
                   same: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Claims of A and B that date one kind of act (a meeting, an attack: the
    ``dated_acts`` of ``compare_words.yaml``) on different days ("The attack was carried
    out on 14 March", "The bombs fell on the evening of Wednesday, March 13"), each the
    other's closest in meaning among the claims that date that kind, from
    ``settings.COMPARE_AGREEMENT_MEANING`` up, both of days to come or both of days gone,
    of the same year, not telling of two times it happened (``conflicts.another_time``)
    nor of a day an act is remembered or supposed (``conflicts.dates_no_act``), and not
    naming different things: a date in dispute lowers the two claims' probability
    of making one point. An attack told with a person named is most often one of words
    ("rattled by attacks from Vidal at the debate Saturday"): those kinds
    (``unnamed_acts``) are dated only in claims that name no one. Same-point pairs are
    checked as such."""
    found = []
    kinds = [[dated_act_kinds(c.unit.text) if c.days_told else frozenset() for c in claims]
             for claims in (claims_a, claims_b)]
    for kind in sorted(set().union(*kinds[0]) & set().union(*kinds[1])):
        candidates = [(i, j) for i, x in enumerate(claims_a) if kind in kinds[0][i]
                      for j, y in enumerate(claims_b) if kind in kinds[1][j]]
        for i, j in _mutually_closest(meaning, candidates):
            x, y = claims_a[i], claims_b[j]
            if ((i, j) not in same and meaning[i, j] >= settings.COMPARE_AGREEMENT_MEANING
                    and dated_apart(x, y) and same_direction(x, y) and same_year(x, y)
                    and not another_time(x, y) and not dates_no_act(x) and not dates_no_act(y)
                    and not (kind in word_set("unnamed_acts") and (x.people or y.people))
                    and not (x.topics and y.topics and not names_in_common(x, y))):
                found.append((i, j, kind))
    return found


def _stance_partners(meaning: numpy.ndarray, claims_a: list[Claim], claims_b: list[Claim],
                     same: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Claims of A and B in which one judge approves of something and disapproves of it
    ("Ruiz welcomed the decision", "Ruiz said the decision was unacceptable"), each the
    other's closest in meaning among the claims that judge, from
    ``settings.COMPARE_AGREEMENT_MEANING`` up, judging one thing (``units._judged_things``):
    opposite stands keep their probability low. Same-point pairs are checked as such."""
    candidates = [(i, j) for i, x in enumerate(claims_a) for j, y in enumerate(claims_b)
                  if judged_alike(x, y)]
    partners = []
    for i, j in _mutually_closest(meaning, candidates):
        x, y = claims_a[i], claims_b[j]
        if (judged_apart(x, y) and (i, j) not in same
                and meaning[i, j] >= settings.COMPARE_AGREEMENT_MEANING
                and judged_thing_in_common(x, y)):
            partners.append((i, j))
    return partners


def _election_conflicts(meaning: numpy.ndarray, claims_a: list[Claim],
                        claims_b: list[Claim], records: tuple[Record, Record]
                        ) -> list[Conflict]:
    """Who won the vote and each candidate's share, where the accounts give them
    differently: shares are compared between any two claims that give one candidate's
    (each dispute once, between the claims closest in meaning), unless the accounts agree
    on that candidate's share somewhere; the winner between two claims that name one and
    are each other's closest in meaning among such claims, where each account names the
    other's winner (both know the contenders) but neither names either winner as one (it
    tells of another race, or of the same result)."""
    closest: dict[str, tuple[float, Conflict]] = {}  # a candidate's dispute, its claims
    for i, x in enumerate(claims_a):
        for j, y in enumerate(claims_b):
            for holder, conflict in share_conflicts(x, y):
                if holder not in closest or meaning[i, j] > closest[holder][0]:
                    closest[holder] = (meaning[i, j], conflict)
    agreed = {s.holder for x in claims_a for y in claims_b for s in x.shares
              if any(same_holder(s.holder, t.holder) and s.count.same_as(t.count)
                     for t in y.shares)}
    disputes = [conflict for holder, (_, conflict) in sorted(closest.items())
                if not any(same_holder(holder, h) for h in agreed)]
    pairs = [(i, j) for i, x in enumerate(claims_a) if x.winners
             for j, y in enumerate(claims_b) if y.winners and one_vote(x, y)]
    for i, j in _mutually_closest(meaning, pairs):
        x, y = claims_a[i], claims_b[j]
        if (not any(same_holder(v, w) for one, other in ((x, claims_b), (y, claims_a))
                    for v in one.winners for c in other for w in c.winners)
                and _names_all(records[1], x.winners) and _names_all(records[0], y.winners)):
            disputes.append(winner_conflict(x, y))
    return disputes


def _opener_conflicts(meaning: numpy.ndarray, claims_a: list[Claim], claims_b: list[Claim],
                      records: tuple[Record, Record]) -> list[Conflict]:
    """Who opened fire, where each account blames a side the other never blames (each
    naming both sides): one dispute, between the two such claims closest in meaning whose
    sentences name no different days (a sentence cut into claims dates the fire in any of
    them: "Velmora said Harwick had fired first, | shelling two posts on March 12")."""
    rows = [i for i, x in enumerate(claims_a) if x.openers]
    columns = [j for j, y in enumerate(claims_b) if y.openers]
    sides_a = {s for i in rows for s in claims_a[i].openers}
    sides_b = {s for j in columns for s in claims_b[j].openers}
    if (not sides_a or not sides_b
            or any(same_side(p, q) for p in sides_a for q in sides_b)
            or not _names_sides(records[1], sides_a) or not _names_sides(records[0], sides_b)):
        return []
    pairs = [(meaning[i, j], i, j) for i in rows for j in columns
             if not known_apart(_sentence_days(claims_a, i), _sentence_days(claims_b, j))]
    if not pairs:
        return []
    _, i, j = max(pairs)
    return [opener_conflict(claims_a[i], claims_b[j])]


def _initiator_conflicts(meaning: numpy.ndarray, claims_a: list[Claim],
                         claims_b: list[Claim], records: tuple[Record, Record]
                         ) -> list[Conflict]:
    """Who asked for the call or the meeting, where the two accounts give it to different
    sides or people (``_asked_apart``): one dispute per kind of act, between
    the two such claims closest in meaning."""
    found = []
    for act in ("call", "meeting"):
        told = [[(n, i) for n, c in enumerate(claims) for i in c.initiatives if i.act == act]
                for claims in (claims_a, claims_b)]
        if told[0] and told[1] and _asked_apart([i for _, i in told[0]],
                                                [i for _, i in told[1]], records):
            _, i, j = max((meaning[i, j], i, j) for i, _ in told[0] for j, _ in told[1])
            found.append(initiator_conflict(claims_a[i], claims_b[j], act))
    return found


def _asked_apart(ours: list[Initiative], theirs: list[Initiative],
                records: tuple[Record, Record]) -> bool:
    """Two accounts give the asking for one kind of act to different sides ("at the
    initiative of the Belmoran side", "at the request of the Tarvessan side"), or, where
    either names no side, to different people ("at the invitation of Minister Toranze",
    "at the request of Minister Quist"); each account names the other's sides or
    people. A person's sides are also those the other account gives them ("Minister Osk"
    here, "Foreign Minister of Harwick Lena Osk" there)."""
    people = [{p for i in group for p in i.people} for group in (ours, theirs)]
    sides = [{s for i in group for s in i.sides} for group in (ours, theirs)]
    for n, record in enumerate(records):
        for entity in record.entities:
            if entity.type == "PERSON":
                sides[1 - n] |= {side for p in people[1 - n] if same_person(p, entity.name)
                                 for side in person_sides(record, entity)}
    persons = [e.name for r in records for e in r.entities if e.type == "PERSON"]
    for group, found in zip(people, sides, strict=True):
        group |= {s for s in found if any(same_person(s, person) for person in persons)}
    if (any(same_side(p, q) for p in with_first_words(sides[0])
            for q in with_first_words(sides[1]))
            or any(same_person(p, q) for p in people[0] for q in people[1])):
        return False
    if all(sides):
        return all(_names_sides(record, group)
                   for group, record in zip(sides, reversed(records), strict=True))
    return all(people) and all(any(same_person(p, e.name) for e in record.entities)
                               for group, record in zip(people, reversed(records),
                                                        strict=True) for p in group)


def _sentence_days(claims: list[Claim], n: int) -> frozenset[str]:
    """The days the claims of claim n's sentence name."""
    return frozenset().union(*(c.days_told for c in claims
                               if c.sentence == claims[n].sentence))


def _names_sides(record: Record, sides: set[str]) -> bool:
    """The record names each of these sides, by any of its names (``names_side``)."""
    return all(names_side(record, side) for side in sides)


def _names_all(record: Record, names: set[str]) -> bool:
    """The record names each of these people or organisations."""
    return all(any(same_holder(name, e.name) for e in record.entities) for name in names)
