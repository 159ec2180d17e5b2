"""Cost of each Rashomon component relative to plain spaCy on the same documents.

Run: .venv/bin/python benchmarks/components_cost.py [N]   (N Wikinews articles, default 100)
Reads ../shared/data/wikinews/articles.jsonl. Prints seconds and each component's share of
the spaCy pipeline's time (the model's own components, run through ``nlp.pipe``).
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import rashomon
from rashomon.nlp.common import gazetteer, lexicon
from rashomon.nlp.pipeline import COMPONENTS, load, make_doc
from rashomon.nlp.time.grammar import rules

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"


def main(count: int) -> None:
    documents = list(itertools.islice(rashomon.read_many(CORPUS), count))
    nlp = load()
    lexicon.city("Paris")  # load the gazetteers and compile the grammar outside the timing
    gazetteer.cities("Paris")
    gazetteer.subdivisions("Texas")
    lexicon.actor_codes("FBI")
    rules()
    started = time.perf_counter()
    with nlp.select_pipes(disable=list(COMPONENTS)):
        parsed = list(nlp.pipe(make_doc(nlp, d) for d in documents))
    spacy_seconds = time.perf_counter() - started
    words = sum(len(doc) for doc in parsed)
    print(f"{len(parsed)} articles, {words} tokens, model {nlp.meta['rashomon_package']}")
    print(f"spaCy pipeline    {spacy_seconds:7.2f} s")
    for name in COMPONENTS:  # in pipeline order: each sees its predecessors' output
        component = nlp.get_pipe(name)
        started = time.perf_counter()
        for doc in parsed:
            component(doc)
        seconds = time.perf_counter() - started
        print(f"{name:<17} {seconds:7.2f} s  ({seconds / spacy_seconds:.1%} of spaCy)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
