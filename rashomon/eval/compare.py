"""Comparison evaluation: are the points only one account makes, and the conflicts,
found?

Gold: JSONL, one pair a line, ``{"a", "b"}`` texts (or ``"a_path"``/``"b_path"``), with
``only_in_a``/``only_in_b`` evidence spans and ``conflicts`` as ``{"a": span, "b":
span}``. A predicted point matches a gold one when their spans overlap (on the same
side); a conflict matches when both sides overlap.
"""

from __future__ import annotations

from pathlib import Path

from rashomon.eval.common import f1, jsonl_items
from rashomon.read import from_text


def _text(item: dict, side: str, gold: Path) -> str:
    if item.get(side):
        return item[side]
    return (gold.parent / item[f"{side}_path"]).read_text(encoding="utf-8")


def _overlaps(span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def evaluate(path: Path, model: str | None = None) -> tuple[dict, list[dict]]:
    """Precision and recall of omissions and conflicts over the pairs at ``path``."""
    from rashomon.analyze import analyze_many
    from rashomon.compare import compare

    items = [item for _, item in jsonl_items(path)]
    texts = [_text(i, side, path) for i in items for side in ("a", "b")]
    documents = [from_text(t) for t in texts]
    records = list(analyze_many(documents, model=model))
    counts = {"omission_pred": 0, "omission_right": 0, "omission_gold": 0, "omission_found": 0,
              "conflict_pred": 0, "conflict_right": 0, "conflict_gold": 0, "conflict_found": 0}
    mistakes = []
    for n, item in enumerate(items):
        a, b = records[2 * n], records[2 * n + 1]
        to_a, to_b = documents[2 * n].offsets.to_original, documents[2 * n + 1].offsets.to_original
        comparison = compare(a, b)
        for side, units, to_gold in (("a", comparison.only_in_a, to_a),
                                     ("b", comparison.only_in_b, to_b)):
            predicted = [(to_gold(u.span[0]), to_gold(u.span[1] - 1) + 1) for u in units]
            gold = [tuple(s) for s in item[f"only_in_{side}"]]
            counts["omission_pred"] += len(predicted)
            counts["omission_gold"] += len(gold)
            right = [p for p in predicted if _overlaps(p, gold)]
            counts["omission_right"] += len(right)
            counts["omission_found"] += sum(_overlaps(g, predicted) for g in gold)
            text = _text(item, side, path)
            mistakes += [{"pair": item["name"], "side": side, "extra": text[p[0]:p[1]][:90]}
                         for p in predicted if p not in right]
            mistakes += [{"pair": item["name"], "side": side, "missed": text[g[0]:g[1]][:90]}
                         for g in gold if not _overlaps(g, predicted)]
        predicted_conflicts = [
            ((to_a(c.a.span[0]), to_a(c.a.span[1] - 1) + 1),
             (to_b(c.b.span[0]), to_b(c.b.span[1] - 1) + 1), c.what)
            for c in comparison.conflicts
        ]
        gold_conflicts = [(tuple(c["a"]), tuple(c["b"])) for c in item["conflicts"]]
        counts["conflict_pred"] += len(predicted_conflicts)
        counts["conflict_gold"] += len(gold_conflicts)
        for pa, pb, what in predicted_conflicts:
            hit = any(_overlaps(pa, [ga]) and _overlaps(pb, [gb]) for ga, gb in gold_conflicts)
            counts["conflict_right"] += hit
            if not hit:
                mistakes.append({"pair": item["name"], "extra_conflict": what})
        for ga, gb in gold_conflicts:
            found = any(_overlaps(pa, [ga]) and _overlaps(pb, [gb]) for pa, pb, _ in
                        predicted_conflicts)
            counts["conflict_found"] += found
            if not found:
                mistakes.append({"pair": item["name"], "missed_conflict": item["a"][ga[0]:ga[1]]})

    def prf(right: int, predicted: int, found: int, gold: int) -> dict:
        p = right / predicted if predicted else 1.0
        r = found / gold if gold else 1.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f1(p, r), 3),
                "predicted": predicted, "gold": gold}

    return {
        "file": str(path),
        "pairs": len(items),
        "omissions": prf(counts["omission_right"], counts["omission_pred"],
                         counts["omission_found"], counts["omission_gold"]),
        "conflicts": prf(counts["conflict_right"], counts["conflict_pred"],
                         counts["conflict_found"], counts["conflict_gold"]),
    }, mistakes
