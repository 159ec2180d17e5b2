"""Which claims of two accounts make the same point.

Each pair of claims gets signals (meaning of the two claims and of their sentences, from
sentence vectors; their words matched in context, from word-piece vectors; shared word
stems, entities, numbers and dates; the same speaker or act), which a few small networks
(one hidden layer each, averaged) turn into a probability. Their weights and the threshold
are data (``compare_weights.json``), fitted by ``tools/fit_compare_weights.py`` on the
shared readout pairs and measured leave-one-pair-out (``rashomon eval compare
--leave-one-out``).
Each claim is paired with the other account's closest claim from the threshold up, so a
sentence that one account splits in two is paired with both halves when both are nearly
as close (``settings.COMPARE_PARTNER_RATIO``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy

from rashomon import settings
from rashomon.compare.meaning import Meaning
from rashomon.compare.units import Claim, jaccard, same_person

SIGNALS = ("meaning", "context", "wording", "entities", "facts", "who", "act", "order",
           "overlap", "pieces")


@dataclass(frozen=True)
class Network:
    """A small network over the signals: standardised, one layer of rectified units, then
    a logistic output."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    hidden: tuple[tuple[float, ...], ...]  # one row per signal, one column per unit
    hidden_bias: tuple[float, ...]
    out: tuple[float, ...]
    out_bias: float

    def probabilities(self, table: numpy.ndarray) -> numpy.ndarray:
        units = (table - numpy.array(self.mean)) / numpy.array(self.scale)
        units = numpy.maximum(units @ numpy.array(self.hidden) + numpy.array(self.hidden_bias), 0)
        logits = numpy.clip(units @ numpy.array(self.out) + self.out_bias, -30.0, 30.0)
        return 1.0 / (1.0 + numpy.exp(-logits))

    def as_json(self) -> dict:
        return {"mean": self.mean, "scale": self.scale, "hidden": self.hidden,
                "hidden_bias": self.hidden_bias, "out": self.out, "out_bias": self.out_bias}


@dataclass(frozen=True)
class Scorer:
    """Networks whose average is the probability that two claims make the same point, the
    probability from which they are paired, and the cosine from which a phrase of one is
    said in the other account."""

    networks: tuple[Network, ...]
    threshold: float
    detail_meaning: float  # cosine from which another account says a phrase
    claim_pairs: int = 0  # claims of A times claims of B in the largest fitted comparison
    chance_decay: float = 0.0  # how fast unrelated claim pairs thin out as p rises

    def threshold_for(self, claims_a: int, claims_b: int) -> float:
        """The threshold for a comparison of this many claims. Among more claim pairs than
        it was fitted on, more unrelated ones reach any probability by chance (a long
        story holds many claims on the topic of each claim of the other); the threshold
        rises until as many are expected as in the largest fitted comparison: unrelated
        pairs thin out as ``exp(-chance_decay * p)``. Never above
        ``settings.COMPARE_SAME_POINT``."""
        pairs = claims_a * claims_b
        if self.claim_pairs <= 0 or self.chance_decay <= 0 or pairs <= self.claim_pairs:
            return self.threshold
        raised = self.threshold + math.log(pairs / self.claim_pairs) / self.chance_decay
        return max(self.threshold, min(raised, settings.COMPARE_SAME_POINT))


@cache
def fitted() -> Scorer:
    """The shipped scorer (``rashomon/data/compare_weights.json``)."""
    data = json.loads(resources.files("rashomon.data").joinpath("compare_weights.json")
                      .read_text(encoding="utf-8"))
    if tuple(data.get("signals", ())) != SIGNALS:
        raise ValueError("compare_weights.json was fitted on other signals; run "
                         "tools/fit_compare_weights.py")
    networks = tuple(Network(**{k: _tuples(v) for k, v in n.items()}) for n in data["networks"])
    return Scorer(networks, data["threshold"], data["detail_meaning"],
                  data.get("claim_pairs", 0), data.get("chance_decay", 0.0))


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def signals(claims_a: list[Claim], claims_b: list[Claim]) -> numpy.ndarray:
    """The signals of every claim of A (rows) with every claim of B (columns)."""
    table = numpy.zeros((len(claims_a), len(claims_b), len(SIGNALS)))
    if not claims_a or not claims_b:
        return table
    table[:, :, 0] = _cosines([c.vector for c in claims_a], [c.vector for c in claims_b])
    table[:, :, 1] = _cosines([c.context for c in claims_a], [c.context for c in claims_b])
    weight = _rarity([c.stems | c.entities for c in claims_a + claims_b])
    place_a = numpy.linspace(0.0, 1.0, len(claims_a)) if len(claims_a) > 1 else numpy.zeros(1)
    place_b = numpy.linspace(0.0, 1.0, len(claims_b)) if len(claims_b) > 1 else numpy.zeros(1)
    table[:, :, 7] = 1.0 - numpy.abs(place_a[:, None] - place_b[None, :])
    closest = numpy.concatenate([table[:, :, 1].max(axis=1), table[:, :, 1].max(axis=0)])
    table[:, :, 8] = closest.mean()  # how much the two accounts overlap at all
    for i, x in enumerate(claims_a):
        for j, y in enumerate(claims_b):
            table[i, j, 2:7] = (
                _weighted_jaccard(x.stems, y.stems, weight),
                _weighted_jaccard(x.entities, y.entities, weight),
                jaccard(x.numbers | x.dates, y.numbers | y.dates),
                float(bool(x.who and y.who and same_person(x.who, y.who))),
                float(bool(x.act and y.act and x.act == y.act)),
            )
    table[:, :, 9] = _pieces_matched(claims_a, claims_b)
    return table


def _pieces_matched(claims_a: list[Claim], claims_b: list[Claim]) -> numpy.ndarray:
    """How well the words of each two claims match in context: each word piece's closest
    piece of the other claim (a cosine, from 0), weighted by rarity, averaged both ways
    (BERTScore's F1). A's claims go in chunks, so memory stays bounded on long accounts."""
    matched = numpy.zeros((len(claims_a), len(claims_b)))
    meanings = [c.meaning for c in claims_a + claims_b]
    if not claims_a or not claims_b or any(m is None for m in meanings):
        return matched
    weight = _rarity([set(m.pieces) for m in meanings])
    vectors_b, weights_b, starts_b = _stacked(meanings[len(claims_a) :], weight)
    for first, last in _chunks(meanings[: len(claims_a)]):
        vectors_a, weights_a, starts_a = _stacked(meanings[first:last], weight)
        cosines = numpy.clip(vectors_a @ vectors_b.T, 0.0, 1.0)
        best_in_b = numpy.maximum.reduceat(cosines, starts_b, axis=1)  # a pieces x b claims
        best_in_a = numpy.maximum.reduceat(cosines, starts_a, axis=0)  # a claims x b pieces
        with numpy.errstate(invalid="ignore", divide="ignore"):
            recall = (numpy.add.reduceat(best_in_b * weights_a[:, None], starts_a, axis=0)
                      / numpy.add.reduceat(weights_a, starts_a)[:, None])
            precision = (numpy.add.reduceat(best_in_a * weights_b[None, :], starts_b, axis=1)
                         / numpy.add.reduceat(weights_b, starts_b)[None, :])
            matched[first:last] = 2 * recall * precision / (recall + precision)
    return numpy.nan_to_num(matched)


def _chunks(meanings: list[Meaning]) -> list[tuple[int, int]]:
    """Runs of claims with about ``settings.COMPARE_PIECES_AT_ONCE`` word pieces."""
    runs, first, pieces = [], 0, 0
    for n, meaning in enumerate(meanings):
        pieces += max(len(meaning.pieces), 1)
        if pieces >= settings.COMPARE_PIECES_AT_ONCE:
            runs.append((first, n + 1))
            first, pieces = n + 1, 0
    if first < len(meanings):
        runs.append((first, len(meanings)))
    return runs


def _stacked(meanings: list[Meaning], weight: dict) -> tuple[numpy.ndarray, numpy.ndarray,
                                                                  numpy.ndarray]:
    """The word-piece vectors of several claims in one matrix, their rarity weights, and
    where each claim's rows start (a claim without pieces gets one empty row)."""
    width = meanings[0].vector.shape[0]
    blocks = [m.piece_vectors if m.pieces else numpy.zeros((1, width), numpy.float16)
              for m in meanings]
    weights = [[weight[p] for p in m.pieces] or [0.0] for m in meanings]
    starts = numpy.cumsum([0] + [len(b) for b in blocks[:-1]])
    return (numpy.concatenate(blocks).astype(numpy.float32),
            numpy.concatenate([numpy.array(w) for w in weights]), starts)


def _cosines(rows: list, columns: list) -> numpy.ndarray:
    if any(v is None for v in rows + columns):
        return numpy.zeros((len(rows), len(columns)))
    return numpy.clip(numpy.array(rows) @ numpy.array(columns).T, 0.0, 1.0)


def _rarity(groups: list[set]) -> dict:
    """How telling a shared word or name is: its inverse document frequency over the
    claims of both accounts (the leaders' names, on every line, tell little)."""
    counts: dict[str, int] = {}
    for group in groups:
        for item in group:
            counts[item] = counts.get(item, 0) + 1
    return {item: math.log((1 + len(groups)) / count) for item, count in counts.items()}


def _weighted_jaccard(a: set, b: set, weight: dict[str, float]) -> float:
    union = sum(weight.get(x, 0.0) for x in a | b)
    return sum(weight.get(x, 0.0) for x in a & b) / union if union else 0.0


def probabilities(table: numpy.ndarray, scorer: Scorer) -> numpy.ndarray:
    """How likely each pair of claims makes the same point, in [0, 1]."""
    return numpy.mean([n.probabilities(table) for n in scorer.networks], axis=0)


def align(table: numpy.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """(i, j, probability) pairs: each claim with its closest claim in the other account,
    from ``threshold`` up, unless that claim has a far closer partner of its own (then the
    first is a different point on the same topic); in the order of A's claims."""
    pairs = set()
    if table.size:
        for i, j in enumerate(table.argmax(axis=1)):
            pairs.add((i, int(j)))
        for j, i in enumerate(table.argmax(axis=0)):
            pairs.add((int(i), j))
        best_a, best_b = table.max(axis=1), table.max(axis=0)
        ratio = settings.COMPARE_PARTNER_RATIO
        pairs = {(i, j) for i, j in pairs if table[i, j] >= threshold
                 and table[i, j] >= ratio * best_a[i] and table[i, j] >= ratio * best_b[j]}
    return [(i, j, float(table[i, j])) for i, j in sorted(pairs)]
