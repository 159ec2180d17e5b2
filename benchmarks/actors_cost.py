"""Cost of Rashomon's actors component relative to plain spaCy on the same documents.

Run: .venv/bin/python benchmarks/actors_cost.py [N]   (N Wikinews articles, default 100)
Reads ../shared/data/wikinews/articles.jsonl. Prints seconds and the ratio.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import rashomon
from rashomon.nlp import lexicon
from rashomon.nlp.pipeline import load, make_doc

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"


def main(count: int) -> None:
    documents = list(itertools.islice(rashomon.read_many(CORPUS), count))
    nlp = load()
    lexicon.city("Paris")  # load the gazetteer once, outside the timing
    started = time.perf_counter()
    with nlp.select_pipes(disable=["rashomon_actors"]):
        parsed = list(nlp.pipe(make_doc(nlp, d) for d in documents))
    spacy_seconds = time.perf_counter() - started
    actors = nlp.get_pipe("rashomon_actors")
    started = time.perf_counter()
    for doc in parsed:
        actors(doc)
    actor_seconds = time.perf_counter() - started
    words = sum(len(doc) for doc in parsed)
    print(f"{len(parsed)} articles, {words} tokens, model {nlp.meta['rashomon_package']}")
    print(f"spaCy pipeline   {spacy_seconds:7.2f} s")
    share = actor_seconds / spacy_seconds
    print(f"rashomon_actors  {actor_seconds:7.2f} s  ({share:.1%} of spaCy)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
