"""Time-expression evaluation, TempEval-3 style, on TimeML and NewsReader MEANTIME.

Gold: the text-consuming TIMEX3 of each document except its creation time (the DCT is
given to the tagger as the publication date, as in TempEval-3). Scores: strict (same
extent) and relaxed (overlapping extent) precision/recall/F1, type accuracy on relaxed
matches, and value F1 (a relaxed match with the same value). The same scorer runs
dateparser's ``search_dates`` as a baseline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from rashomon.errors import Errors, RashomonError
from rashomon.eval.common import align, f1, jsonl_items
from rashomon.read.dates import find_dates
from rashomon.read.document import Block, Document, Published
from rashomon.read.page import segment

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Timex:
    """A time expression: ``[start, end)`` offsets, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str | None


@dataclass
class GoldDoc:
    """A gold document: text, creation date, the scored region, and its timexes."""

    name: str
    text: str
    dct: str | None
    timexes: list[Timex]
    limit: int | None = None  # predictions from this offset on are not scored
    dct_span: tuple[int, int] | None = None  # predictions overlapping it are not scored
    part: str | None = None  # the sub-corpus (MEANTIME's corpus_airbus...) or folder


# Readers


def read_timeml(path: Path) -> GoldDoc:
    """A TempEval-3 ``.tml`` file: inline TIMEX3 in ``<TEXT>``, the DCT marked
    ``functionInDocument="CREATION_TIME"``; empty (non-text-consuming) TIMEX3 are skipped."""
    root = _parse(path)
    body = root.find(".//TEXT")
    if body is None:
        body = root
    pieces: list[str] = []
    found: list[Timex] = []
    dct, dct_span = None, None
    for element in root.iter("TIMEX3"):
        if element.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_dct(element.get("value"), "".join(element.itertext()))

    def walk(element) -> None:
        nonlocal dct_span
        start = sum(map(len, pieces))
        if element.text:
            pieces.append(element.text)
        for child in element:
            if child.tag == "DCT":
                _append_tail(child, pieces)
                continue
            walk(child)
            _append_tail(child, pieces)
        end = sum(map(len, pieces))
        if element.tag != "TIMEX3" or end == start:
            return
        if element.get("functionInDocument") == "CREATION_TIME":
            dct_span = (start, end)  # a creation time in the text (a dateline) is not scored
        else:
            found.append(Timex(start, end, element.get("type"), element.get("value")))

    walk(body)
    return GoldDoc(path.name, "".join(pieces), dct, found, dct_span=dct_span,
                   part=path.parent.name)


def _append_tail(element, pieces: list[str]) -> None:
    if element.tail:
        pieces.append(element.tail)


def read_cat(path: Path) -> GoldDoc:
    """A MEANTIME CAT XML file: tokens joined by spaces, one sentence per line (as in its
    JSONL); TIMEX3 markables anchored to tokens; only the annotated sentences are scored."""
    root = _parse(path)
    offsets: dict[str, tuple[int, int, int]] = {}
    lines: list[list[str]] = []
    position = 0
    for token in root.iter("token"):
        sentence = int(token.get("sentence"))
        while len(lines) <= sentence:
            if lines:
                position += 1  # the newline
            lines.append([])
        if lines[sentence]:
            position += 1  # the space
        word = token.text or ""
        offsets[token.get("t_id")] = (position, position + len(word), sentence)
        lines[sentence].append(word)
        position += len(word)
    text = "\n".join(" ".join(words) for words in lines)
    annotated = [
        offsets[a.get("t_id")][2]
        for a in root.iter("token_anchor")
        if a.get("t_id") in offsets
    ]
    last = max(annotated, default=len(lines) - 1)
    limit = sum(len(" ".join(words)) + 1 for words in lines[: last + 1])
    found, dct, dct_span = [], None, None
    for element in root.iter("TIMEX3"):
        anchors = [offsets[a.get("t_id")] for a in element.iter("token_anchor")]
        span = (min(a[0] for a in anchors), max(a[1] for a in anchors)) if anchors else None
        if element.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_dct(element.get("value"), text[span[0] : span[1]] if span else "")
            dct_span = span
        elif span:
            found.append(Timex(span[0], span[1], element.get("type"), element.get("value")))
    return GoldDoc(path.stem, text, dct, sorted(found, key=lambda t: t.start), limit, dct_span,
                   path.parent.name)


def read_meantime_jsonl(path: Path) -> Iterator[GoldDoc]:
    """MEANTIME's convenience JSONL (``meantime_intra_doc.jsonl``)."""
    for _, doc in jsonl_items(path):
        sentences = [
            m["sentence"]
            for key in ("timexes", "entity_mentions", "event_mentions", "values")
            for m in doc.get(key, [])
            if "sentence" in m
        ]
        lines = doc["text"].split("\n")
        last = max(sentences, default=len(lines) - 1)
        limit = sum(len(x) + 1 for x in lines[: last + 1])
        found, dct, dct_span = [], None, None
        for t in doc["timexes"]:
            if t.get("functionInDocument") == "CREATION_TIME":
                dct = _iso_dct(t["value"], t.get("text") or "")
                dct_span = (t["start"], t["end"]) if "start" in t else None
            elif "start" in t:
                found.append(Timex(t["start"], t["end"], t["type"], t["value"]))
        found.sort(key=lambda t: (t.start, t.end))
        yield GoldDoc(doc["doc_id"], doc["text"], dct, found, limit, dct_span,
                      doc.get("corpus"))


def _parse(path: Path):
    try:
        return etree.parse(str(path), etree.XMLParser(recover=True, huge_tree=True)).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        raise RashomonError(Errors.R001, path=str(path), reason=str(error)) from None


def _iso_dct(value: str | None, text: str) -> str | None:
    """The DCT as YYYY-MM-DD: its value when valid, else the date its text prints."""
    try:
        return dt.date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        dates = find_dates(re.sub(r"\s+,", ",", text))
        return dates[0].value if dates else None


def load_gold(path: Path) -> list[GoldDoc]:
    """Gold documents from a ``.tml`` or CAT ``.xml`` file, a MEANTIME JSONL, or a folder
    holding any of them (searched recursively; XML preferred over the JSONL)."""
    if not path.exists():
        raise RashomonError(Errors.R001, path=str(path), reason="no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in (".tml", ".xml"))
        if files:
            return [_read_xml(p) for p in files]
        jsonl = sorted(path.rglob("*.jsonl"))
        if not jsonl:
            raise RashomonError(Errors.R001, path=str(path), reason="no .tml, .xml or .jsonl")
        return [doc for p in jsonl for doc in read_meantime_jsonl(p)]
    if path.suffix == ".jsonl":
        return list(read_meantime_jsonl(path))
    return [_read_xml(path)]


def _read_xml(path: Path) -> GoldDoc:
    root = _parse(path)
    return read_cat(path) if root.tag == "Document" else read_timeml(path)


# Taggers


Tagger = Callable[[list[GoldDoc]], Iterable[list[Timex]]]


def rashomon_tagger(model: str | None = None) -> Tagger:
    """Rashomon's timexes, with the gold DCT given as the publication date."""

    def tag(golds: list[GoldDoc]) -> Iterator[list[Timex]]:
        from rashomon.nlp.pipeline import annotate, load

        nlp = load(model)
        documents = [
            Document(
                text=g.text,
                blocks=_paragraph_blocks(g.text),
                published=Published(g.dct, "given") if g.dct else None,
            )
            for g in golds
        ]
        for _, doc in annotate(nlp, documents):
            yield [Timex(t.start, t.end, t.type, t.value) for t in doc._.timexes]

    return tag


def _paragraph_blocks(text: str) -> list[Block]:
    """The text's paragraphs as the page reader cuts them: a line of its own, or the
    hard-wrapped lines of one paragraph kept together (TimeML files may wrap inside a
    sentence, even inside a time expression: "March" at a line's end, "17" on the next)."""
    return [Block("paragraph", start, end) for start, end in segment(text)]


def heideltime_tagger() -> Tagger:
    """HeidelTime (news domain) with the gold DCT; see ``rashomon.eval.heideltime``."""
    from rashomon.eval.heideltime import HeidelTime

    def tag(golds: list[GoldDoc]) -> Iterator[list[Timex]]:
        with HeidelTime() as heideltime:
            for found in heideltime.tag_all([(g.text, g.dct) for g in golds]):
                yield [Timex(t["start"], t["end"], t.get("type", "DATE"), t.get("value"))
                       for t in found]

    return tag


def dateparser_tagger() -> Tagger:
    """dateparser's ``search_dates`` with the DCT as its base, each found string's period
    (year, month, week, day, time) giving the value's granularity."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def tag(golds: list[GoldDoc]) -> Iterator[list[Timex]]:
        for gold in golds:
            base = dt.datetime.fromisoformat(gold.dct) if gold.dct else dt.datetime.now()
            settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
            parser = DateDataParser(languages=["en"], settings=settings)
            found, position = [], 0
            for string, _ in search_dates(gold.text, languages=["en"], settings=settings) or []:
                start = gold.text.find(string, position)
                if start < 0:
                    continue
                position = start + len(string)
                data = parser.get_date_data(string)
                if data.date_obj is None:
                    continue
                value, type_ = _dateparser_value(data.date_obj, data.period)
                found.append(Timex(start, position, type_, value))
            yield found

    return tag


def _dateparser_value(when: dt.datetime, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{when.year:04d}", "DATE"
    if period == "month":
        return when.strftime("%Y-%m"), "DATE"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}", "DATE"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M"), "TIME"
    return when.date().isoformat(), "DATE"


# Scoring


@dataclass
class Scores:
    """TempEval-3 counts over a set of documents."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    same_type: int = 0
    same_value: int = 0
    by_type: dict[str, Counter] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def add(self, gold: GoldDoc, predicted: list[Timex]) -> None:
        predicted = [p for p in predicted if _scored(p, gold)]
        self.gold += len(gold.timexes)
        self.predicted += len(predicted)
        for p in predicted:
            self._count(p.type, "predicted")
        pairs = _align(gold.timexes, predicted)
        for g in gold.timexes:
            self._count(g.type, "gold")
            match = pairs.get(g)
            if match is None:
                self.errors.append(_error(gold, g, None))
                continue
            self.relaxed += 1
            self._count(g.type, "relaxed")
            self.strict += (match.start, match.end) == (g.start, g.end)
            self.same_type += match.type == g.type
            if match.value == g.value:
                self.same_value += 1
                self._count(g.type, "value")
            else:
                self.errors.append(_error(gold, g, match))
        matched = set(pairs.values())
        unmatched = [p for p in predicted if p not in matched]
        self.errors.extend(_error(gold, None, p) for p in unmatched)

    def _count(self, type_: str, what: str) -> None:
        self.by_type.setdefault(type_, Counter())[what] += 1

    def summary(self) -> dict:
        def prf(hits: int) -> dict[str, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return {"p": round(p, 3), "r": round(r, 3), "f1": round(f1(p, r), 3)}

        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": {**prf(self.strict), "matched": self.strict},
            "relaxed": {**prf(self.relaxed), "matched": self.relaxed},
            "type_accuracy": round(self.same_type / self.relaxed, 3) if self.relaxed else 0.0,
            "value": {**prf(self.same_value), "matched": self.same_value},
            "by_type": {
                t: {
                    "gold": c["gold"],
                    "predicted": c["predicted"],
                    "relaxed_recall": round(c["relaxed"] / c["gold"], 3) if c["gold"] else None,
                    "value_recall": round(c["value"] / c["gold"], 3) if c["gold"] else None,
                }
                for t, c in sorted(self.by_type.items())
            },
        }


def _align(gold: list[Timex], predicted: list[Timex]) -> dict[Timex, Timex]:
    pairs = align([(g.start, g.end) for g in gold], [(p.start, p.end) for p in predicted])
    return {gold[i]: predicted[j] for i, j in pairs.items()}


def _scored(timex: Timex, gold: GoldDoc) -> bool:
    if gold.limit is not None and timex.start >= gold.limit:
        return False
    span = gold.dct_span
    return not (span and timex.start < span[1] and span[0] < timex.end)


def _error(doc: GoldDoc, gold: Timex | None, predicted: Timex | None) -> dict:
    def show(t: Timex | None) -> str | None:
        return f"{doc.text[t.start : t.end]!r} {t.type} {t.value}" if t else None

    return {"doc": doc.name, "dct": doc.dct, "gold": show(gold), "predicted": show(predicted)}


TAGGERS: dict[str, Callable[..., Tagger]] = {
    "rashomon": rashomon_tagger,
    "heideltime": lambda model=None: heideltime_tagger(),
    "dateparser": lambda model=None: dateparser_tagger(),
}


def evaluate(path: Path, tagger: str = "rashomon", model: str | None = None,
             limit: int | None = None, parts: Iterable[str] = (),
             progress: Callable[[int, int], None] | None = None) -> tuple[dict, list[dict]]:
    """Score ``tagger`` ("rashomon", "heideltime" or "dateparser") on the gold at ``path``
    (only the documents of sub-corpora ``parts``, if given); return the summary, with one
    summary per sub-corpus under "by_part", and the list of errors (misses, false alarms,
    wrong values). ``progress(done, total)`` is called after each document."""
    golds = load_gold(path)
    wanted = set(parts)
    unknown = wanted - {g.part for g in golds}
    if unknown:
        known = ", ".join(sorted({g.part or "-" for g in golds}))
        raise RashomonError(Errors.R012, what=f"no sub-corpus {sorted(unknown)[0]!r} in "
                            f"{path}; it has: {known}")
    golds = [g for g in golds if not wanted or g.part in wanted][:limit]
    scores, by_part = Scores(), {}
    tagged = TAGGERS[tagger](model)(golds)
    for done, (gold, predicted) in enumerate(zip(golds, tagged, strict=True), 1):
        scores.add(gold, predicted)
        by_part.setdefault(gold.part or "-", Scores()).add(gold, predicted)
        if progress:
            progress(done, len(golds))
    summary = {"documents": len(golds), "tagger": tagger, **scores.summary()}
    if len(by_part) > 1:
        summary["by_part"] = {
            part: {"documents": sum(g.part == part for g in golds), **s.summary()}
            for part, s in sorted(by_part.items())
        }
    return summary, scores.errors
