"""Named-entity evaluation on NewsReader MEANTIME (English Wikinews, CC BY 4.0).

Gold: named mentions (syntactic type NAM or PRE.NAM) of persons, organisations and
locations in the annotated sentences of each document. Predicted: the pipeline's entities,
both as the spaCy model tagged them and after Rashomon's corrections, mapped to the same
three types. Exact span match and overlap ("relaxed") match, each with the type required.

Two readings of the gold:
- ``all``: every other prediction is a false positive (the figure reported before 2026-12);
- ``judged``: a prediction that overlaps a gold mention the annotators left unclassified (a
  named mention with no entity type, or a mention of the same type with no syntactic type,
  such as many bare "US" and "GM") is neither right nor wrong; MEANTIME's guidelines say
  such names are entity mentions but the annotation stops short of saying which kind.

The corpus has four topics (airbus, apple, gm, stock); ``per_topic`` scores each apart, so
rules chosen on three can be reported on the fourth.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.errors import Errors, RashomonError
from rashomon.nlp.pipeline import annotate, load
from rashomon.read import from_text

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "LOC"}
GOLD_TYPES = {"PER", "ORG", "LOC"}
NAMED = {"NAM", "PRE.NAM"}

Span = tuple[int, int, str]


@dataclass
class Scores:
    """Counts for one system, with precision, recall and F1 for exact and relaxed match."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    relaxed_gold: int = 0
    relaxed_predicted: int = 0
    per_type: dict[str, list[int]] = field(default_factory=dict)

    def add(self, gold: set[Span], predicted: set[Span], unjudged: set[Span] = frozenset()) -> None:
        """Count one document; predictions overlapping an ``unjudged`` span of their type
        (or of type ``"*"``) and no gold span are left out."""
        predicted = {
            p for p in predicted
            if any(_overlap(g, p) for g in gold)
            or not any(_overlap(u, p) or (u[2] == "*" and u[0] < p[1] and p[0] < u[1])
                       for u in unjudged)
        }
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.exact += len(gold & predicted)
        self.relaxed_gold += sum(any(_overlap(g, p) for p in predicted) for g in gold)
        self.relaxed_predicted += sum(any(_overlap(g, p) for g in gold) for p in predicted)
        for kind in GOLD_TYPES:
            counts = self.per_type.setdefault(kind, [0, 0, 0])
            g = {s for s in gold if s[2] == kind}
            p = {s for s in predicted if s[2] == kind}
            counts[0] += len(g)
            counts[1] += len(p)
            counts[2] += len(g & p)

    def summary(self) -> dict[str, float | int]:
        exact_p = self.exact / self.predicted if self.predicted else 0.0
        exact_r = self.exact / self.gold if self.gold else 0.0
        relaxed_p = self.relaxed_predicted / self.predicted if self.predicted else 0.0
        relaxed_r = self.relaxed_gold / self.gold if self.gold else 0.0
        result: dict[str, float | int] = {
            "gold": self.gold,
            "predicted": self.predicted,
            "exact_p": round(exact_p, 3),
            "exact_r": round(exact_r, 3),
            "exact_f1": round(_f1(exact_p, exact_r), 3),
            "relaxed_p": round(relaxed_p, 3),
            "relaxed_r": round(relaxed_r, 3),
            "relaxed_f1": round(_f1(relaxed_p, relaxed_r), 3),
        }
        for kind, (g, p, tp) in sorted(self.per_type.items()):
            result[f"{kind}_exact_f1"] = round(_f1(tp / p if p else 0, tp / g if g else 0), 3)
        return result


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: Span, b: Span) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


@dataclass
class GoldDoc:
    text: str
    dct: str | None
    limit: int  # offset after the last annotated sentence
    mentions: set[Span]
    unjudged: set[Span]  # mentions the annotators left unclassified ("*": any type)
    topic: str


def load_meantime(path: Path) -> Iterator[GoldDoc]:
    """Read MEANTIME's JSONL (a file, or the folder that holds ``meantime_intra_doc.jsonl``)."""
    if path.is_dir():
        path = path / "meantime_intra_doc.jsonl"
    if not path.is_file():
        raise RashomonError(Errors.R001, path=str(path), reason="no MEANTIME JSONL there")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            annotated = [
                m["sentence"] for m in doc["entity_mentions"] + doc["timexes"] if "sentence" in m
            ]
            last = max(annotated, default=0)
            lines = doc["text"].split("\n")
            limit = sum(len(x) + 1 for x in lines[: last + 1])
            gold = {
                (m["start"], m["end"], m["ent_type"])
                for m in doc["entity_mentions"]
                if m.get("syntactic_type") in NAMED and m.get("ent_type") in GOLD_TYPES
            }
            unjudged = {
                (m["start"], m["end"], m["ent_type"] or "*")
                for m in doc["entity_mentions"]
                if "start" in m and (
                    (m.get("syntactic_type") in NAMED and not m.get("ent_type"))
                    or (not m.get("syntactic_type") and m.get("ent_type") in GOLD_TYPES)
                )
            }
            dct = (
                doc.get("dct") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.get("dct") or "") else None
            )
            topic = doc.get("corpus", "").removeprefix("corpus_")
            yield GoldDoc(doc["text"], dct, limit, gold, unjudged, topic)


def evaluate(path: Path, model: str | None = None, limit: int | None = None) -> dict[str, dict]:
    """Score the model's entities and Rashomon's corrected entities against MEANTIME: the
    whole corpus (``spacy``, ``rashomon``: all gold; ``*_judged``: judged gold only) and
    each topic apart (``per_topic``: Rashomon, judged)."""
    nlp = load(model)
    golds = list(load_meantime(path))[:limit]
    raw, corrected = Scores(), Scores()
    raw_judged, judged = Scores(), Scores()
    topics: dict[str, Scores] = {}
    documents = [from_text(g.text, kind="text", published=g.dct) for g in golds]
    for gold, (document, doc) in zip(golds, annotate(nlp, documents), strict=True):
        to_gold = document.offsets.to_original

        def spans(ents, limit=gold.limit, to_gold=to_gold) -> set[Span]:
            return {
                (to_gold(e.start_char), to_gold(e.end_char - 1) + 1, TYPE_MAP[e.label_])
                for e in ents
                if e.label_ in TYPE_MAP and to_gold(e.start_char) < limit
            }

        model_spans = spans(doc.char_span(s, e, label=label)
                            for s, e, label in doc._.model_ents or [])
        ours = spans(doc.ents)
        raw.add(gold.mentions, model_spans)
        corrected.add(gold.mentions, ours)
        raw_judged.add(gold.mentions, model_spans, gold.unjudged)
        judged.add(gold.mentions, ours, gold.unjudged)
        topics.setdefault(gold.topic, Scores()).add(gold.mentions, ours, gold.unjudged)
    return {
        "documents": {"count": len(golds)},
        "spacy": raw.summary(),
        "rashomon": corrected.summary(),
        "spacy_judged": raw_judged.summary(),
        "rashomon_judged": judged.summary(),
        "per_topic": {topic: scores.summary() for topic, scores in sorted(topics.items())},
    }
