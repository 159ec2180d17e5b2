"""Which claims of two accounts make the same point.

Each pair of claims gets signals (meaning of the two claims and of their sentences, from
sentence vectors; shared word stems, entities, numbers and dates; the same speaker or
act), which a logistic model turns into a probability. Its weights and threshold are data
(``compare_weights.json``), fitted by ``tools/fit_compare_weights.py`` on the shared
readout pairs and measured leave-one-pair-out (``rashomon eval compare --leave-one-out``).
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
from rashomon.compare.units import Claim, jaccard, same_person

SIGNALS = ("meaning", "context", "wording", "entities", "facts", "who", "act", "order",
           "overlap")


@dataclass(frozen=True)
class Scorer:
    """Logistic weights over ``SIGNALS``, the probability from which two claims make the
    same point, and the cosine from which a phrase of one is said in the other account."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    detail_meaning: float  # cosine from which another account says a phrase


@cache
def fitted() -> Scorer:
    """The shipped scorer (``rashomon/data/compare_weights.json``)."""
    data = json.loads(resources.files("rashomon.data").joinpath("compare_weights.json")
                      .read_text(encoding="utf-8"))
    return Scorer(tuple(data["weights"][s] for s in SIGNALS), data["bias"], data["threshold"],
                  data["detail_meaning"])


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
    return table


def _cosines(rows: list, columns: list) -> numpy.ndarray:
    if any(v is None for v in rows + columns):
        return numpy.zeros((len(rows), len(columns)))
    return numpy.clip(numpy.array(rows) @ numpy.array(columns).T, 0.0, 1.0)


def _rarity(groups: list[set[str]]) -> dict[str, float]:
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
    logits = table @ numpy.array(scorer.weights) + scorer.bias
    return 1.0 / (1.0 + numpy.exp(-logits))


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
