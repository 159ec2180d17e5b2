"""Attribution against PolNeAR (``../shared/data/polnear``): who is the source of each
attributed statement, scored as the corpus's SOURCE.md describes.

- One annotation per article: the alphabetically first annotator.
- A statement matches a gold attribution when its span overlaps the gold content (first
  to last content span) by at least half of the shorter of the two; the best match is the
  one with the largest overlap.
- Its speaker is right when the speaker's mention or any mention of the speaker entity
  overlaps the gold source, or the last word of the gold source (over two letters) is a
  word of one of the entity's names. The speaker's mention counts without an entity too
  ("a source said"), so an unresolved "he said" counts: pronouns are judged by hand.
- Direct-quote speaker accuracy: over gold attributions with a source whose content holds
  a quotation mark. Source F1: recall over gold attributions with a source; precision
  over every statement emitted (right when it is the right-speaker best match of one).

Break-downs: by kind (direct, mixed, indirect), by how the gold source is named (full
name, surname, title, pronoun, group, anonymous, document), and the speaker precision of
the statements by confidence bucket, by how the speaker was found and by what the cue
reports (speech, belief, intention, finding).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.eval.common import f1, jsonl_items
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.quotation_marks import MARK
from rashomon.nlp.common.reporting import lexicon_words
from rashomon.read import from_text
from rashomon.record import Quote, Record

BUCKETS = ((0.8, "≥ 0.8"), (0.5, "0.5–0.8"), (0.0, "< 0.5"))


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: its source spans (maybe none), cue and content."""

    source: tuple[tuple[int, int], ...]
    source_text: str
    cue_text: str
    content: tuple[int, int]
    content_text: str

    @property
    def kind(self) -> str:
        """direct (quoted from first to last word), mixed (quoted and unquoted words) or
        indirect (no quotation mark)."""
        pieces = MARK.split(self.content_text)
        if len(pieces) == 1:
            return "indirect"
        outside = " ".join(pieces[0::2])  # the pieces between a closing and an opening mark
        return "mixed" if re.search(r"\w", outside) else "direct"

    @property
    def naming(self) -> str:
        """How the source is named (for break-downs)."""
        return naming(self.source_text)


def naming(text: str) -> str:
    """full name, surname, title, pronoun, group, anonymous or document (the word classes
    of ``actor_words.yaml`` and ``reporting_verbs.yaml``)."""
    words = re.findall(r"[\w’'.-]+", text)
    lower = [w.lower().strip(".’'") for w in words]
    if not words:
        return "none"
    if all(w in lexicon.words("personal_pronouns") for w in lower):
        return "pronoun"
    capitals = [w for w, low in zip(words, lower, strict=True)
                if w[:1].isupper() and low not in lexicon.words("articles")]
    if " and " in text or (re.search(r"\w, \w", text) and len(capitals) >= 3):
        return "group"
    anonymous = lexicon_words("anonymous_sources")
    if not capitals and any(w in anonymous or w.removesuffix("s") in anonymous
                            for w in lower):
        return "anonymous"
    if not capitals and any(w in lexicon_words("documents") for w in lower):
        return "document"
    if len(capitals) >= 2:
        return "full name"
    if len(capitals) == 1:
        return "surname"
    head = lower[-1]
    return "group" if head.endswith("s") and not head.endswith("ss") else "title"


@dataclass
class GoldArticle:
    name: str
    text: str
    published: str | None
    title: str | None
    attributions: list[GoldAttribution]


def load_gold(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """The articles of a PolNeAR JSONL file, one annotation each (the alphabetically first
    annotator), in file-name order; the first ``limit`` when given."""
    chosen: dict[str, dict] = {}
    for _, item in jsonl_items(path):
        known = chosen.get(item["filename"])
        if known is None or item["annotator"] < known["annotator"]:
            chosen[item["filename"]] = item
    articles = []
    for name in sorted(chosen)[:limit]:
        item = chosen[name]
        gold = []
        for attribution in item["attributions"]:
            content = attribution["content"]["spans"]
            if not content:
                continue
            start, end = min(s for s, _ in content), max(e for _, e in content)
            gold.append(
                GoldAttribution(
                    tuple(tuple(s) for s in attribution["source"]["spans"]),
                    attribution["source"]["text"],
                    attribution["cue"]["text"],
                    (start, end),
                    item["text"][start:end],
                )
            )
        articles.append(GoldArticle(name, item["text"], item.get("publication_date"),
                                    item.get("title"), gold))
    return articles


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(statement: tuple[int, int], content: tuple[int, int]) -> int:
    """The overlap of a statement and a gold content when it is at least half the shorter
    of the two spans, else 0."""
    shared = _overlap(statement, content)
    shorter = min(statement[1] - statement[0], content[1] - content[0])
    return shared if shorter > 0 and shared * 2 >= shorter else 0


@dataclass
class _Statement:
    """A Record statement in the gold's offsets, with its speaker's mentions and names."""

    quote: Quote
    span: tuple[int, int]
    mentions: list[tuple[int, int]]
    names: list[set[str]]
    speaker_name: str | None
    said_by: str | None  # the words of the speaker's mention


def _statements(record: Record, to_gold: Callable[[int], int]) -> list[_Statement]:
    def span(offsets) -> tuple[int, int]:
        return to_gold(offsets[0]), to_gold(offsets[1] - 1) + 1

    found = []
    for quote in record.quotes:
        entity = record.entity(quote.speaker) if quote.speaker else None
        mentions = [span(m) for m in entity.mentions] if entity else []
        if quote.speaker_span:
            mentions.append(span(quote.speaker_span))
        names = [set(_words(n)) for n in [entity.name, *entity.aliases]] if entity else []
        said_by = record.text[slice(*quote.speaker_span)] if quote.speaker_span else None
        found.append(_Statement(quote, span(quote.span), mentions, names,
                                entity.name if entity else None, said_by))
    return found


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", text.replace("’", "'"))]


def right_speaker(statement: _Statement, gold: GoldAttribution) -> bool:
    """Whether the statement's speaker entity is the gold source (see the module doc)."""
    if not gold.source:
        return False
    if any(_overlap(m, s) for m in statement.mentions for s in gold.source):
        return True
    last = _words(gold.source_text)[-1:] if gold.source_text else []
    return bool(last) and len(last[0]) > 2 and any(last[0] in n for n in statement.names)


def _bucket(confidence: float) -> str:
    return next(label for floor, label in BUCKETS if confidence >= floor)


@dataclass
class Scores:
    with_source: int = 0
    recalled: int = 0
    statements: int = 0
    precise: int = 0
    direct: int = 0
    direct_right: int = 0
    by_kind: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_naming: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_bucket: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_basis: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_act: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[dict] = field(default_factory=list)

    def add(self, article: GoldArticle, statements: list[_Statement]) -> None:
        self.statements += len(statements)
        precise: set[int] = set()
        matched: dict[int, bool] = {}
        for gold in article.attributions:
            best = max(
                ((matches(s.span, gold.content), j) for j, s in enumerate(statements)),
                default=(0, -1),
            )
            found = best[0] > 0
            right = found and right_speaker(statements[best[1]], gold)
            if found:
                matched[best[1]] = matched.get(best[1], False) or right
            kind = self.by_kind[gold.kind]
            kind["gold"] += 1
            kind["found"] += found
            if not gold.source:
                continue
            self.with_source += 1
            self.recalled += right
            kind["with_source"] += 1
            kind["right"] += right
            named = self.by_naming[gold.naming]
            named["gold"] += 1
            named["found"] += found
            named["right"] += right
            if right:
                precise.add(best[1])
            if gold.kind != "indirect":
                self.direct += 1
                self.direct_right += right
            if not right:
                self._error(article, gold, statements[best[1]] if found else None)
        self.precise += len(precise)
        for j, statement in enumerate(statements):
            for table, key in ((self.by_bucket, _bucket(statement.quote.confidence)),
                               (self.by_basis, statement.quote.basis or "none"),
                               (self.by_act, statement.quote.act)):
                row = table[key]
                row["statements"] += 1
                row["right"] += j in precise
                row["matched"] += j in matched
                row["matched_right"] += matched.get(j, False)
            if j not in matched:
                self._error(article, None, statement)

    def _error(self, article: GoldArticle, gold: GoldAttribution | None,
               statement: _Statement | None) -> None:
        self.errors.append({
            "article": article.name,
            "gold": {"source": gold.source_text, "cue": gold.cue_text, "kind": gold.kind,
                     "naming": gold.naming, "content": gold.content_text[:100]}
            if gold else None,
            "predicted": {"speaker": statement.speaker_name, "said_by": statement.said_by,
                          "cue": statement.quote.cue,
                          "basis": statement.quote.basis,
                          "content": article.text[statement.span[0]:statement.span[1]][:100]}
            if statement else None,
        })

    def summary(self) -> dict:
        p = self.precise / self.statements if self.statements else 0.0
        r = self.recalled / self.with_source if self.with_source else 0.0

        def share(hits: int, of: int) -> float:
            return round(hits / of, 3) if of else 0.0

        return {
            "direct_speaker_accuracy": share(self.direct_right, self.direct),
            "direct_quotes": self.direct,
            "source": {"p": round(p, 3), "r": round(r, 3), "f1": round(f1(p, r), 3),
                       "gold": self.with_source, "statements": self.statements},
            "by_kind": {k: {**c, "accuracy": share(c["right"], c["with_source"])}
                        for k, c in sorted(self.by_kind.items())},
            "by_naming": {k: {**c, "accuracy": share(c["right"], c["gold"])}
                          for k, c in sorted(self.by_naming.items(), key=lambda x: -x[1]["gold"])},
            "by_confidence": {label: self._precision_row(self.by_bucket[label])
                              for _, label in BUCKETS if label in self.by_bucket},
            "by_basis": {k: self._precision_row(c) for k, c in sorted(self.by_basis.items())},
            "by_act": {k: self._precision_row(c) for k, c in sorted(self.by_act.items())},
        }

    @staticmethod
    def _precision_row(row: Counter) -> dict:
        statements, matched = row["statements"], row["matched"]
        return {
            "statements": statements,
            "precision": round(row["right"] / statements, 3) if statements else 0.0,
            "matched": matched,
            "speaker_precision": round(row["matched_right"] / matched, 3) if matched else 0.0,
        }


def evaluate(
    path: Path, model: str | None = None, limit: int | None = None,
    advance: Callable[[], None] | None = None, min_confidence: float = 0.0,
) -> tuple[dict, list[dict]]:
    """Score Rashomon's statements on a PolNeAR file; return the summary and the misses
    and wrong speakers. ``advance`` is called after each article (a progress bar);
    statements below ``min_confidence`` are left out, as a reader hiding them would."""
    from rashomon.analyze import analyze_many

    articles = load_gold(path, limit)
    documents = [from_text(a.text, kind="text", published=a.published) for a in articles]
    scores = Scores()
    records = analyze_many(documents, model=model)
    for article, document, record in zip(articles, documents, records, strict=True):
        statements = _statements(record, document.offsets.to_original)
        scores.add(article, [s for s in statements if s.quote.confidence >= min_confidence])
        if advance is not None:
            advance()
    result = {"file": str(path), "articles": len(articles), "min_confidence": min_confidence,
              **scores.summary()}
    return result, scores.errors
