"""Comparison evaluation: are the points both accounts make paired, the points only one
makes reported as such, and the conflicts found?

Two gold formats:

- Readout pairs (a folder of ``NN/`` folders with ``a.txt``, ``b.txt``, ``meta.json`` and
  ``gold.json``, as ``shared/data/readout_pairs/FORMAT.md`` describes): every claim is a
  point labelled shared, only_in_a, only_in_b or conflict, with exact anchors.
- Rashomon's JSONL, one pair a line: ``{"a", "b"}`` texts, ``only_in_a``/``only_in_b``
  spans and ``conflicts`` as ``{"a": span, "b": span}``.

Measures (per side, summed over pairs): omission recall (gold only-in points whose anchor
overlaps a unit reported only in that account) and precision (reported only-in units that
overlap a gold only-in anchor, over those that overlap any gold anchor; over all of them in
the JSONL format, which has no shared anchors); shared-point pairing recall (both anchors
overlapped by the two units of one reported pair) and precision (reported pairs whose units
overlap the two anchors of one gold shared or conflicting point, over those whose units
overlap gold anchors on both sides); conflict recall and precision (a
reported conflict is right when its two units overlap the two anchors of a gold one).

With ``leave_one_out`` the alignment scorer (its networks and threshold) is fitted on
the other pairs for each pair in turn, and the pair is scored with it.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from rashomon import settings
from rashomon.errors import Errors, RashomonError
from rashomon.eval.common import f1, jsonl_items
from rashomon.read import Published, from_text
from rashomon.read.dates import given_date

Span = tuple[int, int]


@dataclass
class GoldPair:
    """Two accounts and their gold points, as offsets into the two texts."""

    name: str
    a: str
    b: str
    published: str | None = None
    publishers: tuple[str | None, str | None] = (None, None)
    shared: list[tuple[Span, Span]] = field(default_factory=list)
    only_in_a: list[Span] = field(default_factory=list)
    only_in_b: list[Span] = field(default_factory=list)
    conflicts: list[tuple[Span, Span]] = field(default_factory=list)
    anchors_a: list[Span] | None = None  # every gold anchor; None: precision over all units
    anchors_b: list[Span] | None = None


def read_pairs(path: Path) -> list[GoldPair]:
    """The gold pairs at ``path``: a readout-pair folder or a JSONL file."""
    if path.is_dir():
        folders = sorted(p.parent for p in path.glob("*/gold.json"))
        if not folders:
            raise RashomonError(Errors.R001, path=str(path), reason="no */gold.json in it")
        return [_readout_pair(folder) for folder in folders]
    return [_jsonl_pair(item, path) for _, item in jsonl_items(path)]


def _anchor(text: str, anchor: str, where: str) -> Span:
    start = text.find(anchor)
    if start < 0:
        raise RashomonError(Errors.R012, what=f"{where}: anchor not in the text: "
                                              f"{anchor[:40]!r}")
    return start, start + len(anchor)


def _readout_pair(folder: Path) -> GoldPair:
    a = (folder / "a.txt").read_text(encoding="utf-8")
    b = (folder / "b.txt").read_text(encoding="utf-8")
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pair = GoldPair(folder.name, a, b, published=meta.get("date"),
                    publishers=(meta["a"].get("publisher"), meta["b"].get("publisher")),
                    anchors_a=[], anchors_b=[])
    where = str(folder / "gold.json")
    for point in gold["points"]:
        span_a = _anchor(a, point["a_anchor"], where) if point.get("a_anchor") else None
        span_b = _anchor(b, point["b_anchor"], where) if point.get("b_anchor") else None
        if span_a:
            pair.anchors_a.append(span_a)
        if span_b:
            pair.anchors_b.append(span_b)
        label = point["label"]
        if label == "shared" and span_a and span_b:
            pair.shared.append((span_a, span_b))
        elif label == "conflict" and span_a and span_b:
            pair.conflicts.append((span_a, span_b))
        elif label == "only_in_a" and span_a:
            pair.only_in_a.append(span_a)
        elif label == "only_in_b" and span_b:
            pair.only_in_b.append(span_b)
    return pair


def _jsonl_pair(item: dict, path: Path) -> GoldPair:
    def text(side: str) -> str:
        if item.get(side):
            return item[side]
        return (path.parent / item[f"{side}_path"]).read_text(encoding="utf-8")

    return GoldPair(
        item.get("name", ""), text("a"), text("b"), published=item.get("published"),
        only_in_a=[tuple(s) for s in item["only_in_a"]],
        only_in_b=[tuple(s) for s in item["only_in_b"]],
        conflicts=[(tuple(c["a"]), tuple(c["b"])) for c in item["conflicts"]],
    )


def _overlaps(span: Span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _score(pair: GoldPair, comparison, to_a, to_b) -> tuple[Counter, list[dict]]:
    """Counts and mistakes of one comparison against its gold pair."""
    counts: Counter = Counter()
    mistakes: list[dict] = []

    def gold_span(unit, to_gold) -> Span:
        return to_gold(unit.span[0]), to_gold(unit.span[1] - 1) + 1

    for side, units, to_gold, text in (("a", comparison.only_in_a, to_a, pair.a),
                                       ("b", comparison.only_in_b, to_b, pair.b)):
        predicted = [gold_span(u, to_gold) for u in units]
        gold = getattr(pair, f"only_in_{side}")
        anchors = getattr(pair, f"anchors_{side}")
        if anchors is not None:
            predicted = [p for p in predicted if _overlaps(p, anchors)]
        right = [p for p in predicted if _overlaps(p, gold)]
        counts["omission_pred"] += len(predicted)
        counts["omission_right"] += len(right)
        counts["omission_gold"] += len(gold)
        counts["omission_found"] += sum(_overlaps(g, predicted) for g in gold)
        mistakes += [{"pair": pair.name, "side": side, "extra": text[p[0]:p[1]][:90]}
                     for p in predicted if p not in right]
        mistakes += [{"pair": pair.name, "side": side, "missed": text[g[0]:g[1]][:90]}
                     for g in gold if not _overlaps(g, predicted)]
    pairs = [(gold_span(p.a, to_a), gold_span(p.b, to_b)) for p in comparison.in_both]
    if pair.anchors_a is not None and pair.anchors_b is not None:
        gold_pairs = pair.shared + pair.conflicts
        for pa, pb in pairs:
            if _overlaps(pa, pair.anchors_a) and _overlaps(pb, pair.anchors_b):
                counts["pair_pred"] += 1
                if any(_overlaps(pa, [ga]) and _overlaps(pb, [gb]) for ga, gb in gold_pairs):
                    counts["pair_right"] += 1
                else:
                    mistakes.append({"pair": pair.name, "wrong_pair": pair.a[pa[0]:pa[1]][:90],
                                     "with": pair.b[pb[0]:pb[1]][:90]})
    for ga, gb in pair.shared:
        paired = any(_overlaps(pa, [ga]) and _overlaps(pb, [gb]) for pa, pb in pairs)
        counts["shared_gold"] += 1
        counts["shared_paired"] += paired
        if not paired:
            mistakes.append({"pair": pair.name, "unpaired": pair.a[ga[0]:ga[1]][:90],
                             "with": pair.b[gb[0]:gb[1]][:90]})
    found = [(gold_span(c.a, to_a), gold_span(c.b, to_b), c) for c in comparison.conflicts]
    counts["conflict_pred"] += len(found)
    counts["conflict_gold"] += len(pair.conflicts)
    for pa, pb, conflict in found:
        hit = any(_overlaps(pa, [ga]) and _overlaps(pb, [gb]) for ga, gb in pair.conflicts)
        counts["conflict_right"] += hit
        if not hit:
            mistakes.append({"pair": pair.name, "extra_conflict": conflict.what,
                             "values": f"{conflict.a_value} | {conflict.b_value}"})
    for ga, gb in pair.conflicts:
        if any(_overlaps(pa, [ga]) and _overlaps(pb, [gb]) for pa, pb, _ in found):
            counts["conflict_found"] += 1
        else:
            mistakes.append({"pair": pair.name, "missed_conflict": pair.a[ga[0]:ga[1]][:90]})
    return counts, mistakes


def _prf(right: int, predicted: int, found: int, gold: int) -> dict:
    p = right / predicted if predicted else 1.0
    r = found / gold if gold else 1.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f1(p, r), 3),
            "predicted": predicted, "gold": gold}


def measures(counts: Counter) -> dict:
    """Omissions, shared-point pairing and conflicts from summed counts."""
    result = {
        "omissions": _prf(counts["omission_right"], counts["omission_pred"],
                          counts["omission_found"], counts["omission_gold"]),
        "conflicts": _prf(counts["conflict_right"], counts["conflict_pred"],
                          counts["conflict_found"], counts["conflict_gold"]),
    }
    if counts["shared_gold"]:
        pairs = counts["pair_pred"]
        result["shared"] = {"paired": round(counts["shared_paired"] / counts["shared_gold"], 3),
                            "right": counts["shared_paired"], "gold": counts["shared_gold"],
                            "pairs_right": round(counts["pair_right"] / pairs, 3) if pairs else 1.0,
                            "pairs": pairs}
    return result


def _objective(counts: Counter) -> float:
    """What the threshold is chosen for: shared points paired and pairs right, omissions
    right (twice: recall and precision both have targets), conflicts right."""
    result = measures(counts)
    shared = result.get("shared", {})
    return (shared.get("paired", 0.0) + shared.get("pairs_right", 0.0)
            + 2 * result["omissions"]["f1"] + 0.5 * result["conflicts"]["f1"])


@dataclass
class Prepared:
    """A gold pair analysed: its Records, claims, offsets back to the gold texts, and the
    claim pairs that make the same gold point."""

    gold: GoldPair
    records: tuple
    claims: tuple
    offsets: tuple
    same: object = None  # numpy array: 1 where claim i of A and j of B share a gold point
    signals: object = None  # numpy array: the claim pairs' signals, computed once


def prepare(path: Path, model: str | None = None) -> list[Prepared]:
    """Analyse the pairs at ``path`` once, for evaluating and fitting."""
    import numpy

    from rashomon.analyze import analyze_many
    from rashomon.compare import claims
    from rashomon.compare.align import signals

    pairs = read_pairs(path)
    documents = [_read(text, pair.published, publisher) for pair in pairs
                 for text, publisher in ((pair.a, pair.publishers[0]),
                                         (pair.b, pair.publishers[1]))]
    records = list(analyze_many(documents, model=model))
    prepared = []
    for n, pair in enumerate(pairs):
        a, b = records[2 * n], records[2 * n + 1]
        to_a, to_b = documents[2 * n].offsets.to_original, documents[2 * n + 1].offsets.to_original
        claims_a, claims_b = claims([a, b])
        spans_a = [(to_a(c.unit.span[0]), to_a(c.unit.span[1] - 1) + 1) for c in claims_a]
        spans_b = [(to_b(c.unit.span[0]), to_b(c.unit.span[1] - 1) + 1) for c in claims_b]
        same = numpy.zeros((len(claims_a), len(claims_b)))
        for ga, gb in pair.shared + pair.conflicts:
            rows = [i for i, s in enumerate(spans_a) if _overlaps(s, [ga])]
            columns = [j for j, s in enumerate(spans_b) if _overlaps(s, [gb])]
            same[numpy.ix_(rows, columns)] = 1
        prepared.append(Prepared(pair, (a, b), (claims_a, claims_b), (to_a, to_b), same,
                                 signals(claims_a, claims_b)))
    return prepared


def _read(text: str, published: str | None, publisher: str | None):
    """One account as a Document, dated by its page's own date line when it prints one
    (a news report of a call is often published the day after the readout), else by the
    pair's date."""
    document = from_text(text, publisher=publisher)
    if document.published is None and published:
        document.published = Published(given_date(published), "given")
    return document


def run(item: Prepared, scorer) -> tuple[Counter, list[dict]]:
    """Compare one prepared pair with ``scorer`` and score it."""
    from rashomon.compare import compare_claims

    comparison = compare_claims(*item.records, *item.claims, scorer, item.signals)
    return _score(item.gold, comparison, *item.offsets)


def fit(items: list[Prepared]):
    """A scorer fitted on ``items``: small networks on the claim pairs that do and do not
    share a gold point, then the threshold that serves the measures best whichever pair
    is left out, then the cosine from which a phrase counts as said in the other account."""
    import numpy
    from sklearn.preprocessing import StandardScaler

    from rashomon.compare.align import SIGNALS, Scorer

    labels = numpy.concatenate([item.same.reshape(-1) for item in items]) if items else []
    if len(items) < 2 or len(set(labels)) < 2:
        raise RashomonError(Errors.R012, what="fitting the comparison needs two or more "
                                              "pairs with shared anchors (readout-pair gold)")
    rows = numpy.concatenate([item.signals.reshape(-1, len(SIGNALS)) for item in items])
    scaler = StandardScaler().fit(rows)  # a signal that never varies gets a scale of 1
    networks = tuple(_network(scaler, rows, labels, seed)
                     for seed in range(settings.COMPARE_NETWORKS))

    def value(scorer: Scorer) -> float:
        return _objective(sum((run(item, scorer)[0] for item in items), Counter()))

    grid = settings.COMPARE_THRESHOLD_GRID
    start = settings.COMPARE_DETAIL_GRID[0]
    counts = [[run(item, Scorer(networks, t, start))[0] for item in items] for t in grid]
    threshold = _stable_threshold(grid, counts)
    pairing = Scorer(networks, threshold, start, max(item.same.size for item in items),
                     _chance_decay(networks, items))
    details = tuple(sorted(settings.COMPARE_DETAIL_GRID))
    return replace(pairing, detail_meaning=_plateau_middle(
        details, [value(replace(pairing, detail_meaning=d)) for d in details]))


def _stable_threshold(grid: tuple[float, ...], counts: list[list[Counter]]) -> float:
    """The threshold of ``grid`` that pairs best whichever one pair is left out: for each
    pair, the middle of the best plateau (``_plateau_middle``) of the objective summed over
    the others (``counts[t][n]``: pair n's counts at threshold t), and then the median of
    those choices (the lower of the two middle ones for an even number). With ten pairs the
    objective's two best plateaus can be within noise of each other, and one speaker found
    better in one pair moved another pair's held-out threshold from 0.225 to 0.375; the
    median stays where most leave-one-out fits agree."""
    def chosen(left_out: int | None) -> float:
        values = [_objective(sum((c for n, c in enumerate(row) if n != left_out), Counter()))
                  for row in counts]
        return _plateau_middle(grid, values, settings.COMPARE_PLATEAU_STEPS)

    pairs = len(counts[0])
    return statistics.median_low([chosen(n) for n in range(pairs)]) if pairs > 2 else chosen(None)


def _plateau_middle(grid: tuple[float, ...], values: list[float], steps: int = 1) -> float:
    """The value of ``grid`` (in rising order) whose mean objective with its neighbours
    (``steps`` on each side) is highest: the middle of a plateau, not a lone spike inside
    it. Near an end of the grid there are fewer neighbours, so a spike there can still
    win."""
    windows = [values[max(n - steps, 0) : n + steps + 1] for n in range(len(grid))]
    smooth = [sum(window) / len(window) for window in windows]
    return grid[max(range(len(grid)), key=smooth.__getitem__)]


def _chance_decay(networks, items: list[Prepared]) -> float:
    """How fast the share of unrelated claim pairs (no gold point in common) that reach a
    probability falls as it rises: the slope of its logarithm over the threshold grid,
    by least squares, where at least ``settings.COMPARE_CHANCE_SEEN`` such pairs reach
    it."""
    import numpy

    from rashomon.compare.align import Scorer, probabilities

    scorer = Scorer(networks, 0.0, 0.0)
    unrelated = numpy.concatenate([probabilities(item.signals, scorer)[item.same == 0]
                                   for item in items])
    points = [(t, numpy.mean(unrelated >= t)) for t in settings.COMPARE_THRESHOLD_GRID
              if numpy.sum(unrelated >= t) >= settings.COMPARE_CHANCE_SEEN]
    if len(points) < 2:
        return 0.0
    slope = numpy.polyfit([t for t, _ in points], [math.log(share) for _, share in points], 1)[0]
    return round(float(-slope), 3) if slope < 0 else 0.0


def _network(scaler, rows, labels, seed: int):
    """One network fitted on the signals standardised by ``scaler``
    (``settings.COMPARE_HIDDEN_UNITS`` rectified units, a strong L2 penalty), from the
    starting weights of ``seed``."""
    from sklearn.neural_network import MLPClassifier

    from rashomon.compare.align import Network

    model = MLPClassifier(hidden_layer_sizes=(settings.COMPARE_HIDDEN_UNITS,),
                          alpha=settings.COMPARE_FIT_ALPHA, max_iter=2000, random_state=seed
                          ).fit(scaler.transform(rows), labels)

    def rounded(values) -> tuple:
        return tuple(rounded(v) if hasattr(v, "__len__") else round(float(v), 4)
                     for v in values)

    return Network(rounded(scaler.mean_), rounded(scaler.scale_), rounded(model.coefs_[0]),
                   rounded(model.intercepts_[0]), rounded(model.coefs_[1][:, 0]),
                   round(float(model.intercepts_[1][0]), 4))


def evaluate(path: Path, model: str | None = None, leave_one_out: bool = False
             ) -> tuple[dict, list[dict]]:
    """The measures over the pairs at ``path`` (see the module docstring)."""
    from rashomon.compare.align import fitted

    items = prepare(path, model)
    result: dict = {"file": str(path), "pairs": len(items)}
    total: Counter = Counter()
    mistakes: list[dict] = []
    chosen = {}
    for n, item in enumerate(items):
        scorer = fitted()
        if leave_one_out:
            scorer = fit([other for m, other in enumerate(items) if m != n])
            chosen[item.gold.name] = scorer.threshold
        counts, wrong = run(item, scorer)
        total += counts
        mistakes += wrong
    result.update(measures(total))
    if leave_one_out:
        result["leave_one_out"] = chosen
    return result, mistakes
