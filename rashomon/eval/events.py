"""Event evaluation on the PLOVER gold standard records (development split) and the
PETRARCH-2 validation records.

Each record is one sentence with one coded event. Rashomon's *primary* event for a
sentence is the one whose trigger stands highest in the parse (the main clause's act).

PLOVER: category accuracy and macro-F1 of the primary event, in the gold's own 0.5b1
categories (our CAMEO root read through ``plover_0_5``) and in PLOVER 2021 categories
(gold DEMAND, DISAPPROVE, INVESTIGATE and FIGHT merged into REQUEST, ACCUSE and ASSAULT);
the *any-event* measure (a sentence is right when any of its events has the gold's 2021
category; FIGHT takes ASSAULT or COERCE) with its source-country match (on the events of
that category, else the primary one); source and target country-code match where the gold
codes a country; PLOVER mode match where the gold gives one. PETRARCH (GOLD, TEST, VERB,
PASSIVE records): CAMEO root-code accuracy (a no-event record is right when nothing is
found) and source/target code match, whole code and country.

``cross_validate`` scores the PLOVER records by k-fold cross-validation: the trigger-table
entries that only one fold's records could have suggested are left out when that fold is
scored (see its docstring).
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


def predict(
    records: list[GoldEvent], model: str | None = None, excluded: frozenset[str] = frozenset()
) -> list[list]:
    """The events Rashomon finds in each record's sentence, the primary one first;
    ``excluded`` names trigger-table entries to leave out."""
    from rashomon.nlp.pipeline import annotate
    from rashomon.nlp.pipeline import load as load_pipeline

    nlp = load_pipeline(model)
    finder = nlp.get_pipe("rashomon_events")
    documents = [Document(r.text, [Block("paragraph", 0, len(r.text))]) for r in records]
    kept, finder.excluded = finder.excluded, excluded
    try:
        return [sorted(doc._.events or [], key=lambda e: (e.depth, e.start))
                for _, doc in annotate(nlp, documents)]
    finally:
        finder.excluded = kept


def _primary(events: list):
    return events[0] if events else None


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


def _any_event(record: GoldEvent, events: list) -> list:
    """The events of the gold's 2021 category (FIGHT: ASSAULT or COERCE)."""
    wanted = set(patterns()["plover_2021_any"].get(record.label, [_merged(record.label)]))
    return [e for e in events if _merged(_category(e)) in wanted]


def score_plover(records: list[GoldEvent], found: list[list]) -> dict:
    predicted = [_primary(events) for events in found]
    matching = [_any_event(r, events) for r, events in zip(records, found, strict=True)]
    judged = [m or events[:1] for m, events in zip(matching, found, strict=True)]
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
        "any_event_2021": _share(sum(bool(m) for m in matching), len(records)),
        "any_event_source_country": _share(sum(
            any(_country_match(r.sources, e.actors) for e in events)
            for r, events in zip(records, judged, strict=True) if _countries(r.sources)
        ), len(sources)),
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


def score_petrarch(records: list[GoldEvent], found: list[list]) -> dict:
    predicted = [_primary(events) for events in found]
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


def evaluate(path: Path, model: str | None = None, folds: int = 0) -> dict:
    """Score Rashomon's events on a PLOVER or PETRARCH JSONL file; with ``folds`` (PLOVER
    only), by cross-validation."""
    kind, records = load(path)
    if folds:
        if kind != "plover":
            raise RashomonError(Errors.R001, path=str(path),
                                reason="cross-validation needs PLOVER records")
        return {"file": str(path), "kind": kind, **cross_validate(records, folds, model)}
    found = predict(records, model)
    scores = score_plover(records, found) if kind == "plover" else score_petrarch(
        records, found
    )
    return {"file": str(path), "kind": kind, **scores}


def fold_of(records: list[GoldEvent], folds: int) -> list[int]:
    """Each record's fold: within each gold category, records in id order are dealt to
    the folds in turn, so every fold holds every category."""
    fold = [0] * len(records)
    by_label: dict[str | None, list[int]] = {}
    for n, record in enumerate(records):
        by_label.setdefault(record.label, []).append(n)
    for members in by_label.values():
        for position, n in enumerate(sorted(members, key=lambda m: records[m].id)):
            fold[n] = position % folds
    return fold


def _supporting_rules(records: list[GoldEvent], found: list[list]) -> list[set[str]]:
    """Per record, the trigger-table entries that found an event of its gold category
    there: the entries that record could have suggested to whoever wrote the table."""
    return [
        {e.rule for e in _any_event(r, events) if e.rule and not e.rule.startswith("cameo:")}
        for r, events in zip(records, found, strict=True)
    ]


def cross_validate(records: list[GoldEvent], folds: int, model: str | None = None) -> dict:
    """k-fold cross-validation of the trigger tables. The tables of
    ``event_patterns.yaml`` were written while reading these records; the CAMEO verb
    dictionary was not. An entry counts as suggested by a record when it finds that
    record's gold event; when fold k is scored, every entry suggested only by fold k's
    records is left out (its verbs fall back to the CAMEO dictionary), as if the tables
    had been written from the other folds. Scores are pooled over the held-out folds."""
    if not 2 <= folds <= len(records):
        raise RashomonError(Errors.R001, path="--folds", reason=f"{folds} folds for "
                            f"{len(records)} records")
    fold = fold_of(records, folds)
    support = _supporting_rules(records, predict(records, model))
    held_out: list[list] = [[] for _ in records]
    left_out = []
    for k in range(folds):
        inside = set().union(*(s for s, f in zip(support, fold, strict=True) if f == k))
        outside = set().union(*(s for s, f in zip(support, fold, strict=True) if f != k))
        excluded = frozenset(inside - outside)
        left_out.append(sorted(excluded))
        members = [n for n, f in enumerate(fold) if f == k]
        for n, events in zip(members, predict([records[n] for n in members], model, excluded),
                             strict=True):
            held_out[n] = events
    scores = score_plover(records, held_out)
    return {**scores, "folds": folds, "left_out": {f"fold {k + 1}": rules
                                                   for k, rules in enumerate(left_out)}}
