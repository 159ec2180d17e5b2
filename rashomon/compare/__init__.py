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
from rashomon.compare.summary import Wording, account_name, matrix_summary, summary
from rashomon.compare.units import Claim, claims_of
from rashomon.compare.unpaired import with_unpaired_disputes
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
    same = [(i, j) for i, j, _ in pairs if _same_point(table, i, j, claims_a, claims_b)]
    found = [conflict for i, j in same for conflict in conflicts_of(claims_a[i], claims_b[j])]
    found = with_unpaired_disputes(found, table, raw[:, :, SIGNALS.index("meaning")],
                                   (claims_a, claims_b), same, (a, b))
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


def _same_point(table: numpy.ndarray, i: int, j: int, claims_a: list[Claim],
                claims_b: list[Claim]) -> bool:
    """Claim i of A and claim j of B are each other's closest claim and more likely than
    not the same point, whose facts can conflict (a claim merely near another one, such as
    one primary's result beside another's, is about something else). The claims cut from
    one sentence count as one here: "A delegation concluded its visit, | during which
    companies signed contracts worth $640 million" makes the point of "Businesses signed
    deals valued at $870 million during the visit" in both its claims."""
    closest_b, closest_a = int(table[i].argmax()), int(table[:, j].argmax())
    return (claims_b[closest_b].sentence == claims_b[j].sentence
            and claims_a[closest_a].sentence == claims_a[i].sentence
            and table[i, j] >= settings.COMPARE_SAME_POINT)


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
