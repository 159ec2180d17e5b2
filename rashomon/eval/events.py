"""Event evaluation on the PLOVER gold standard records (development split) and the
PETRARCH-2 validation records.

Each record is one sentence with one coded event. Rashomon's *primary* event for a
sentence is the one whose trigger stands highest in the parse (the main clause's act).

PLOVER: category accuracy and macro-F1, in the gold's own 0.5b1 categories (our CAMEO
root read through ``plover_0_5``) and in PLOVER 2021 categories (gold DEMAND, DISAPPROVE,
INVESTIGATE and FIGHT merged into REQUEST, ACCUSE and ASSAULT); source and target
country-code match where the gold codes a country; PLOVER mode match where the gold gives
one. PETRARCH (GOLD, TEST, VERB, PASSIVE records): CAMEO root-code accuracy (a
no-event record is right when nothing is found) and source/target code match, whole code
and country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.errors import Errors, RashomonError
from rashomon.eval.common import f1, jsonl_items
from rashomon.nlp.events.triggers import patterns
from rashomon.read.document import Block, Document

PETRARCH_CATEGORIES = ("GOLD", "TEST", "VERB", "PASSIVE")
NONE = "NONE"


@dataclass
class GoldEvent:
    """One gold sentence: its text, category or CAMEO code, and actor codes."""

    id: str
    text: str
    label: str | None  # PLOVER 0.5b1 category (PLOVER) or CAMEO code (PETRARCH); None: no event
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    mode: str | None = None


def load(path: Path) -> tuple[str, list[GoldEvent]]:
    """("plover" | "petrarch", records) read from a JSONL file of either kind."""
    records = []
    kind = None
    for _, item in jsonl_items(path):
        if "event" in item:
            kind = "plover"
            records.append(GoldEvent(
                item["id"], item["text"], item["event"],
                _actor_codes(item.get("source")), _actor_codes(item.get("target")),
                item.get("mode") or None,
            ))
        elif item.get("category") in PETRARCH_CATEGORIES:
            kind = "petrarch"
            first = (item.get("events") or [None])[0]
            records.append(GoldEvent(
                item["id"], item["text"], None if item.get("noevents") or not first
                else first["eventcode"],
                [e["source"] for e in item.get("events") or []],
                [e["target"] for e in item.get("events") or []],
            ))
    if kind is None:
        raise RashomonError(Errors.R001, path=str(path), reason="no PLOVER or PETRARCH records")
    return kind, records


def _actor_codes(actors) -> list[str]:
    """The codes of a PLOVER record's source or target list (a few records hold a bare
    string there instead)."""
    if not isinstance(actors, list):
        return []
    return [a.get("code", "") for a in actors if isinstance(a, dict)]


def predict(records: list[GoldEvent], model: str | None = None) -> list:
    """The primary event (or None) Rashomon finds in each record's sentence."""
    from rashomon.nlp.pipeline import annotate
    from rashomon.nlp.pipeline import load as load_pipeline

    nlp = load_pipeline(model)
    documents = [Document(r.text, [Block("paragraph", 0, len(r.text))]) for r in records]
    found = []
    for _, doc in annotate(nlp, documents):
        events = sorted(doc._.events or [], key=lambda e: (e.depth, e.start))
        found.append(events[0] if events else None)
    return found


def _category(event) -> str:
    if event is None:
        return NONE
    table = patterns()["plover_0_5"]
    return table.get(event.cameo[:3]) or table.get(event.cameo[:2], event.type)


def _merged(label: str) -> str:
    return patterns()["plover_2021"].get(label, label)


def _codes(participants) -> list[str]:
    return [p.code for p in participants if p.code]


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Mean F1 over the gold categories."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        predicted_n = sum(p == label for p in predicted)
        gold_n = sum(g == label for g in gold)
        scores.append(f1(tp / predicted_n if predicted_n else 0.0, tp / gold_n))
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def _share(hits: int, total: int) -> dict:
    return {"accuracy": round(hits / total, 3) if total else 0.0, "right": hits, "of": total}


def score_plover(records: list[GoldEvent], predicted: list) -> dict:
    gold = [r.label for r in records]
    ours = [_category(e) for e in predicted]
    merged_gold, merged_ours = [_merged(g) for g in gold], [_merged(p) for p in ours]
    sources = [(r, e) for r, e in zip(records, predicted, strict=True) if _countries(r.sources)]
    targets = [(r, e) for r, e in zip(records, predicted, strict=True) if _countries(r.targets)]
    modes = [(r, e) for r, e in zip(records, predicted, strict=True) if r.mode]
    confusion = Counter(zip(gold, ours, strict=True))
    return {
        "records": len(records),
        "found": sum(e is not None for e in predicted),
        "category_0_5": _share(sum(g == p for g, p in zip(gold, ours, strict=True)), len(gold)),
        "macro_f1_0_5": macro_f1(gold, ours),
        "category_2021": _share(
            sum(g == p for g, p in zip(merged_gold, merged_ours, strict=True)), len(gold)
        ),
        "macro_f1_2021": macro_f1(merged_gold, merged_ours),
        "source_country": _share(
            sum(_country_match(r.sources, e and e.actors) for r, e in sources), len(sources)
        ),
        "target_country": _share(
            sum(_country_match(r.targets, e and e.targets) for r, e in targets), len(targets)
        ),
        "mode": _share(sum(bool(e) and e.subtype == r.mode for r, e in modes), len(modes)),
        "confusion": {f"{g} -> {p}": n for (g, p), n in confusion.most_common() if g != p},
    }


def _countries(codes: list[str]) -> set[str]:
    return {c[:3] for c in codes if len(c) >= 3 and c[:3].isalpha() and c[:3] != "IGO"}


def _country_match(gold_codes: list[str], participants) -> bool:
    return bool(participants) and bool(
        _countries(gold_codes) & {c[:3] for c in _codes(participants)}
    )


def score_petrarch(records: list[GoldEvent], predicted: list) -> dict:
    roots = sum(
        (e is None) if r.label is None else bool(e) and e.cameo[:2] == r.label[:2]
        for r, e in zip(records, predicted, strict=True)
    )
    coded = [(r, e) for r, e in zip(records, predicted, strict=True) if r.label]
    return {
        "records": len(records),
        "found": sum(e is not None for e in predicted),
        "root_code": _share(roots, len(records)),
        "source_code": _share(
            sum(bool(e) and bool(set(r.sources) & set(_codes(e.actors))) for r, e in coded),
            len(coded),
        ),
        "source_country": _share(
            sum(_country_match(r.sources, e and e.actors) for r, e in coded), len(coded)
        ),
        "target_code": _share(
            sum(bool(e) and bool(set(r.targets) & set(_codes(e.targets))) for r, e in coded),
            len(coded),
        ),
        "target_country": _share(
            sum(_country_match(r.targets, e and e.targets) for r, e in coded), len(coded)
        ),
    }


def evaluate(path: Path, model: str | None = None) -> dict:
    """Score Rashomon's events on a PLOVER or PETRARCH JSONL file."""
    kind, records = load(path)
    predicted = predict(records, model)
    scores = score_plover(records, predicted) if kind == "plover" else score_petrarch(
        records, predicted
    )
    return {"file": str(path), "kind": kind, **scores}
