"""Quote evaluation: statements found, their extents, speakers and addressees.

Gold: JSONL, one article per line, ``{"text" | "path", "quotes": [{"start", "end",
"speaker", "addressee", "kind"}]}``; ``speaker``/``addressee`` are a name or surname as the
article writes it, or null. A ``path`` is read relative to the gold file (or the working
directory) and checked against an optional ``sha256`` of its text.

Scores: content overlap P/R/F1 (one-to-one pairs of overlapping spans), exact-span P/R/F1,
and on the overlapping pairs the share with the right speaker (the predicted entity is the
one the gold name or surname names, or both are null), addressee and kind.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.errors import Errors, RashomonError
from rashomon.eval.common import align, f1, jsonl_items
from rashomon.read import from_text
from rashomon.record import Record


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None
    addressee: str | None
    kind: str


@dataclass
class GoldArticle:
    name: str
    text: str
    quotes: list[GoldQuote]
    published: str | None = None


def load_gold(path: Path) -> list[GoldArticle]:
    """The articles of a gold JSONL file."""
    articles = []
    for number, item in jsonl_items(path):
        text = item.get("text") or _read_article(path, item, number)
        quotes = [
            GoldQuote(q["start"], q["end"], q.get("speaker"), q.get("addressee"), q["kind"])
            for q in item["quotes"]
        ]
        name = item.get("path") or f"{path.name}:{number}"
        articles.append(GoldArticle(name, text, quotes, item.get("published")))
    return articles


def _read_article(gold: Path, item: dict, number: int) -> str:
    if not item.get("path"):
        raise RashomonError(Errors.R007, what=str(gold), line=number)
    candidates = [gold.parent / item["path"], Path(item["path"])]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise RashomonError(Errors.R001, path=item["path"], reason="article of the gold not found")
    text = found.read_text(encoding="utf-8")
    digest = item.get("sha256")
    if digest and hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        raise RashomonError(Errors.R001, path=str(found), reason="text differs from the gold's")
    return text


def _norm(name: str) -> str:
    name = " ".join(name.replace("’", "'").casefold().split())
    return name[4:] if name.startswith("the ") else name


def same_entity(gold: str | None, entity_id: str | None, record: Record) -> bool:
    """Whether the predicted entity is the one the gold name or surname names."""
    if gold is None or entity_id is None:
        return gold is None and entity_id is None
    entity = record.entity(entity_id)
    if entity is None:
        return False
    wanted = _norm(gold)
    names = [_norm(n) for n in [entity.name, *entity.aliases]]
    return any(n == wanted or n.endswith(" " + wanted) for n in names)


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    overlap: int = 0
    exact: int = 0
    speaker: int = 0
    addressee: int = 0
    kind: int = 0
    by_kind: dict[str, Counter] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def add(self, article: GoldArticle, record: Record, spans: list[tuple[int, int]]) -> None:
        """Score one article; ``spans`` are the record's quote spans in the gold's offsets."""
        self.gold += len(article.quotes)
        self.predicted += len(spans)
        pairs = align([(q.start, q.end) for q in article.quotes], spans)
        for i, gold in enumerate(article.quotes):
            counts = self.by_kind.setdefault(gold.kind, Counter())
            counts["gold"] += 1
            if i not in pairs:
                self._error(article, gold, None, record, spans)
                continue
            quote = record.quotes[pairs[i]]
            right_speaker = same_entity(gold.speaker, quote.speaker, record)
            right_addressee = same_entity(gold.addressee, quote.addressee, record)
            self.overlap += 1
            self.exact += spans[pairs[i]] == (gold.start, gold.end)
            self.speaker += right_speaker
            self.addressee += right_addressee
            self.kind += quote.kind == gold.kind
            counts["found"] += 1
            counts["speaker"] += right_speaker
            if not (right_speaker and right_addressee and quote.kind == gold.kind):
                self._error(article, gold, pairs[i], record, spans)
        matched = set(pairs.values())
        for j, _ in enumerate(spans):
            if j not in matched:
                self._error(article, None, j, record, spans)

    def _error(self, article, gold, index, record, spans) -> None:
        quote = record.quotes[index] if index is not None else None
        entity = record.entity(quote.speaker) if quote else None
        addressee = record.entity(quote.addressee) if quote else None
        self.errors.append(
            {
                "article": article.name,
                "gold": {
                    "text": article.text[gold.start : gold.end][:80],
                    "kind": gold.kind,
                    "speaker": gold.speaker,
                    "addressee": gold.addressee,
                }
                if gold
                else None,
                "predicted": {
                    "text": article.text[spans[index][0] : spans[index][1]][:80],
                    "kind": quote.kind,
                    "speaker": entity.name if entity else None,
                    "addressee": addressee.name if addressee else None,
                }
                if quote
                else None,
            }
        )

    def summary(self) -> dict:
        def prf(hits: int) -> dict:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return {"p": round(p, 3), "r": round(r, 3), "f1": round(f1(p, r), 3), "n": hits}

        def share(hits: int) -> float:
            return round(hits / self.overlap, 3) if self.overlap else 0.0

        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "overlap": prf(self.overlap),
            "exact": prf(self.exact),
            "speaker_accuracy": share(self.speaker),
            "addressee_accuracy": share(self.addressee),
            "kind_accuracy": share(self.kind),
            "by_kind": {
                k: {
                    "gold": c["gold"],
                    "found": c["found"],
                    "speaker_right": c["speaker"],
                }
                for k, c in sorted(self.by_kind.items())
            },
        }


def evaluate(path: Path, model: str | None = None) -> tuple[dict, list[dict]]:
    """Score Rashomon's quotes on the gold file at ``path``; return the summary and the
    list of misses, false alarms and wrong attributions."""
    from rashomon.analyze import analyze_many

    articles = load_gold(path)
    documents = [from_text(a.text, published=a.published) for a in articles]
    scores = Scores()
    for article, document, record in zip(
        articles, documents, analyze_many(documents, model=model), strict=True
    ):
        to_gold = document.offsets.to_original
        spans = [(to_gold(q.span[0]), to_gold(q.span[1] - 1) + 1) for q in record.quotes]
        scores.add(article, record, spans)
    return {"file": str(path), "articles": len(articles), **scores.summary()}, scores.errors
