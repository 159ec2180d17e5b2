"""Compare accounts of the same event: what they share, what each leaves out, and where
they conflict. Works on Records (the analysis is not re-run; only the sentences are
parsed again to cut them into claims).

Every story sentence of each account becomes one or more claims (clauses that make a
point of their own). Claims are paired by a fitted model over meaning (vectors of a
packaged sentence model, loaded on the first comparison), wording, shared entities, numbers
and dates, the same speaker or act, and reading order. Phrases of paired claims that the
other account does not give are details only in one account; claims that are each
other's closest are checked for conflicting facts.
"""

from __future__ import annotations

import numpy

from rashomon import settings
from rashomon.compare.align import SIGNALS, Scorer, align, fitted, probabilities, signals
from rashomon.compare.conflicts import (
    agreement_conflict,
    counted_alike,
    judged_alike,
    judged_apart,
    names_in_common,
    number_conflicts,
    one_vote,
    opener_conflict,
    same_holder,
    same_side,
    share_conflicts,
    stance_conflict,
    winner_conflict,
)
from rashomon.compare.conflicts import conflicts as conflicts_of
from rashomon.compare.details import details_only_in
from rashomon.compare.meaning import encode, meanings
from rashomon.compare.models import (
    Account,
    Cell,
    ClaimMatrix,
    ClaimRow,
    Comparison,
    Conflict,
    Pair,
    Unit,
)
from rashomon.compare.numbers import numbers_list, tallied
from rashomon.compare.summary import Wording, account_name, matrix_summary, summary
from rashomon.compare.units import (
    Claim,
    claims_of,
    judged_thing_in_common,
    share_a_topic,
)
from rashomon.record import Record

__all__ = ["Account", "Cell", "ClaimMatrix", "ClaimRow", "Comparison", "Conflict", "Pair",
           "Unit", "claims", "compare", "compare_claims", "compare_each", "compare_many",
           "summary"]


def compare(a: Record, b: Record, scorer: Scorer | None = None) -> Comparison:
    """Compare two Records of the same event (``scorer``: the weights and threshold that
    decide when two claims make the same point; the fitted ones unless given)."""
    claims_a, claims_b = claims([a, b])
    return compare_claims(a, b, claims_a, claims_b, scorer or fitted())


def claims(records: list[Record]) -> list[list[Claim]]:
    """The claims of each record, with the meaning of each claim (its vector and word
    pieces) and of its sentence, encoded in one batch."""
    found = [claims_of(record) for record in records]
    flat = [(claim, record) for group, record in zip(found, records, strict=True)
            for claim in group]
    texts = [c.unit.text for c, _ in flat]
    sentences = [r.text[c.sentence[0] : c.sentence[1]] for c, r in flat]
    found_meanings = meanings(texts + sentences)
    for n, (claim, _) in enumerate(flat):
        claim.meaning, claim.context = found_meanings[n], found_meanings[len(flat) + n].vector
    return found


def compare_claims(a: Record, b: Record, claims_a: list[Claim], claims_b: list[Claim],
                   scorer: Scorer, table: numpy.ndarray | None = None) -> Comparison:
    """The Comparison of two Records from their claims (see ``claims``); ``table``: their
    ``signals`` when already computed (a fit compares the same claims many times)."""
    raw = signals(claims_a, claims_b) if table is None else table
    table = probabilities(raw, scorer)
    pairs = align(table, scorer.threshold_for(len(claims_a), len(claims_b)))
    paired_a = {i for i, _, _ in pairs}
    paired_b = {j for _, j, _ in pairs}
    same = [(i, j) for i, j, _ in pairs if _same_point(table, i, j)]
    found = [conflict for i, j in same for conflict in conflicts_of(claims_a[i], claims_b[j])]
    partners = _count_partners(table, claims_a, claims_b, same)
    found += [conflict for i, j in partners
              for conflict in number_conflicts(claims_a[i], claims_b[j], tallies_only=True)]
    found += [conflict for i, j in _only_counts(claims_a, claims_b, same + partners)
              for conflict in number_conflicts(claims_a[i], claims_b[j], tallies_only=True,
                                               one_thing=True)]
    meaning = raw[:, :, SIGNALS.index("meaning")]
    found += [agreement_conflict(claims_a[i], claims_b[j])
              for i, j in _agreement_partners(meaning, claims_a, claims_b, same)]
    told = {(c.a.span, c.b.span) for c in found if c.what == "roles"}  # as swapped roles
    found += [c for c in _opener_conflicts(meaning, claims_a, claims_b, (a, b))
              if (c.a.span, c.b.span) not in told]
    votes = _election_conflicts(meaning, claims_a, claims_b, (a, b))
    shares = {(c.a.span, c.b.span) for c in votes if c.what == "number"}
    found = [c for c in found if not (c.about == "percent" and (c.a.span, c.b.span) in shares)]
    found += votes  # a candidate's share says more than the claims' percentages
    found += [stance_conflict(claims_a[i], claims_b[j])
              for i, j in _stance_partners(meaning, claims_a, claims_b, same)]
    only_a = [c.unit for n, c in enumerate(claims_a) if n not in paired_a]
    only_a += details_only_in([claims_a[i] for i in sorted(paired_a)], claims_b,
                              scorer.detail_meaning)
    only_b = [c.unit for n, c in enumerate(claims_b) if n not in paired_b]
    only_b += details_only_in([claims_b[j] for j in sorted(paired_b)], claims_a,
                              scorer.detail_meaning)
    comparison = Comparison(
        a=_account(a), b=_account(b),
        in_both=[Pair(a=claims_a[i].unit, b=claims_b[j].unit, score=round(s, 3))
                 for i, j, s in pairs],
        only_in_a=sorted(only_a, key=lambda u: u.span),
        only_in_b=sorted(only_b, key=lambda u: u.span),
        conflicts=found,
    )
    comparison.summary = summary(comparison, Wording([claims_a, claims_b], _headlines([a, b])))
    return comparison


def _same_point(table: numpy.ndarray, i: int, j: int) -> bool:
    """Claim i of A and claim j of B are each other's closest claim and more likely than
    not the same point, whose facts can conflict (a claim merely near another one, such as
    one primary's result beside another's, is about something else)."""
    return (table[i].argmax() == j and table[:, j].argmax() == i
            and table[i, j] >= settings.COMPARE_SAME_POINT)


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
    count in all; ``conflicts.one_gathering`` says whether the two may count one."""
    taken_a, taken_b = {i for i, _ in taken}, {j for _, j in taken}
    partners = []
    for kind in numbers_list("one_per_story"):
        rows, columns = (
            [n for n, claim in enumerate(claims) for c in claim.counts if c.kind == kind]
            for claims in (claims_a, claims_b))
        if (len(rows) == 1 and len(columns) == 1 and rows[0] not in taken_a
                and columns[0] not in taken_b):
            partners.append((rows[0], columns[0]))
    return partners


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
                and not (x.entities and y.entities and not names_in_common(x, y))):
            partners.append((i, j))
    return partners


def _stance_partners(meaning: numpy.ndarray, claims_a: list[Claim], claims_b: list[Claim],
                     same: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Claims of A and B in which one judge approves of something and disapproves of it
    ("Ruiz welcomed the decision", "Ruiz said the decision was unacceptable"), each the
    other's closest in meaning among the claims that judge, from
    ``settings.COMPARE_AGREEMENT_MEANING`` up, and naming the thing judged alike (a word in
    common besides the judging words and the judge's name): opposite stands keep their
    probability low. Same-point pairs are checked as such."""
    candidates = [(i, j) for i, x in enumerate(claims_a) for j, y in enumerate(claims_b)
                  if judged_alike(x, y)]
    partners = []
    for i, j in candidates:
        if any(meaning[i, c] > meaning[i, j] or meaning[r, j] > meaning[i, j]
               for r, c in candidates if (r == i) != (c == j)):
            continue  # not each other's closest
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
    for i, j in pairs:
        if any(meaning[i, c] > meaning[i, j] or meaning[r, j] > meaning[i, j]
               for r, c in pairs if (r == i) != (c == j)):
            continue  # not each other's closest
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
             if not _days_apart(_sentence_days(claims_a, i), _sentence_days(claims_b, j))]
    if not pairs:
        return []
    _, i, j = max(pairs)
    return [opener_conflict(claims_a[i], claims_b[j])]


def _sentence_days(claims: list[Claim], n: int) -> frozenset[str]:
    """The days the claims of claim n's sentence name."""
    return frozenset().union(*(c.days_told for c in claims
                               if c.sentence == claims[n].sentence))


def _days_apart(one: frozenset[str], other: frozenset[str]) -> bool:
    return bool(one and other and not one & other)


def _names_sides(record: Record, sides: set[str]) -> bool:
    """The record names each of these sides, by any of its names."""
    return all(any(same_side(side, e.name) for e in record.entities) for side in sides)


def _names_all(record: Record, names: set[str]) -> bool:
    """The record names each of these people or organisations."""
    return all(any(same_holder(name, e.name) for e in record.entities) for name in names)


def _headlines(records: list[Record]) -> list[numpy.ndarray | None]:
    """The sentence vector of each record's headline (None where it has none)."""
    titles = [(r.title or "").strip() for r in records]
    vectors = iter(encode([t for t in titles if t]))
    return [next(vectors) if t else None for t in titles]


def _account(record: Record) -> Account:
    account = Account(record=record.id, title=record.title, publisher=record.source.publisher,
                      published=record.published.value)
    account.name = account_name(account)
    return account


def compare_many(records: list[Record], scorer: Scorer | None = None) -> ClaimMatrix:
    """A claim matrix of two or more Records: each claim of each account, once, with what
    every account says of it (said, not said, disputed)."""
    return compare_each(records, scorer)[1]


def compare_each(records: list[Record], scorer: Scorer | None = None
                 ) -> tuple[list[Comparison], ClaimMatrix]:
    """The Comparison of the first Record with each other one, and the claim matrix of
    all of them, from one pass over every pair."""
    found = claims(records)
    firsts: list[Comparison] = []
    accounts = [_account(r) for r in records]
    rows: list[ClaimRow] = []
    placed: list[dict[int, int]] = [{} for _ in records]  # claim index -> row
    for n, record in enumerate(records):
        for m in range(n + 1, len(records)):
            comparison = compare_claims(record, records[m], found[n], found[m],
                                        scorer or fitted())
            if n == 0:
                firsts.append(comparison)
            _place(comparison, n, m, found, rows, placed, len(records))
        for k, claim in enumerate(found[n]):
            if k not in placed[n]:
                placed[n][k] = len(rows)
                rows.append(_row(claim.unit, n, len(records)))
    matrix = ClaimMatrix(accounts=accounts, rows=rows)
    matrix.summary = matrix_summary(matrix, Wording(found, _headlines(records)))
    return firsts, matrix


def _row(unit: Unit, account: int, count: int) -> ClaimRow:
    cells = [Cell(mark="not said") for _ in range(count)]
    cells[account] = Cell(mark="said", unit=unit)
    return ClaimRow(claim=unit.text, cells=cells)


def _place(comparison: Comparison, n: int, m: int, found: list[list[Claim]],
           rows: list[ClaimRow], placed: list[dict[int, int]], count: int) -> None:
    """Put the conflicts, then the pairs, of accounts n and m into rows: a claim joins the
    row of its partner when that row has no words yet from the claim's account."""
    index_n = {c.unit.span: k for k, c in enumerate(found[n])}
    index_m = {c.unit.span: k for k, c in enumerate(found[m])}
    links = [(c.a, c.b, c) for c in comparison.conflicts] + [
        (p.a, p.b, None) for p in comparison.in_both]
    for unit_a, unit_b, conflict in links:
        i, j = index_n[unit_a.span], index_m[unit_b.span]
        row_i, row_j = placed[n].get(i), placed[m].get(j)
        if row_i is not None and row_j is not None:
            row = row_i if row_i == row_j else None
        elif row_i is not None:
            row = row_i if rows[row_i].cells[m].unit is None else None
        elif row_j is not None:
            row = row_j if rows[row_j].cells[n].unit is None else None
        else:
            row = len(rows)
            rows.append(_row(unit_a, n, count))
        if row is None:
            continue  # each claim keeps its own row
        placed[n][i] = placed[m][j] = row
        for side, unit in ((n, unit_a), (m, unit_b)):
            if rows[row].cells[side].unit is None:
                rows[row].cells[side] = Cell(mark="said", unit=unit)
        if conflict is not None:
            rows[row].conflict = rows[row].conflict or conflict.what
            rows[row].cells[n] = Cell(mark="disputed", unit=unit_a, value=conflict.a_value)
            rows[row].cells[m] = Cell(mark="disputed", unit=unit_b, value=conflict.b_value)
