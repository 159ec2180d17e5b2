"""Throughput on the Wikinews corpus in one run: plain spaCy vs Rashomon's full analysis
(1 process; 2 worker processes; spaCy's own `nlp.pipe(n_process=2)`) vs full ingest
(analysis + DuckDB), with 1 and 2 worker processes, and on local Ray.

Run: .venv/bin/python benchmarks/throughput.py [N]   (first N articles, default all 293)
Prints words/s, the ratios, and the peak memory of the processes. The output of the
parallel paths is checked to be identical to the local run.
"""

from __future__ import annotations

import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb

import rashomon
from rashomon import settings
from rashomon.analyze import analyze_many
from rashomon.batch import analyze_all, analyze_on_ray, ingest
from rashomon.nlp.common import gazetteer, lexicon
from rashomon.nlp.pipeline import COMPONENTS, load, make_doc
from rashomon.store import Store

BATCH = settings.INGEST_BATCH
"""Both paths batch the same: spaCy's md default (256) pads every batch to its longest
article and made plain spaCy slower than the whole analysis."""
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"


def _timed(label: str, words: int, run) -> float:
    started = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:7.1f} s  {words / seconds:8.0f} words/s", flush=True)
    return seconds, result


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main(count: int | None) -> None:
    documents = list(itertools.islice(rashomon.read_many(CORPUS), count))
    words = sum(len(d.text.split()) for d in documents)
    print(f"{len(documents)} articles, {words} words")
    nlp = load()
    lexicon.city("Paris")
    gazetteer.cities("Paris")
    warm = documents[:20]  # untimed: whichever path ran first paid the warm-up
    with nlp.select_pipes(disable=list(COMPONENTS)):
        list(nlp.pipe((make_doc(nlp, d) for d in warm), batch_size=BATCH))
    list(analyze_all(warm))
    with nlp.select_pipes(disable=list(COMPONENTS)):
        spacy_s, _ = _timed("plain spaCy nlp.pipe", words,
                            lambda: list(nlp.pipe((make_doc(nlp, d) for d in documents),
                                                  batch_size=BATCH)))
    full_s, local = _timed("Rashomon analysis, 1 process", words,
                           lambda: [r.to_json() for r in analyze_all(documents)])
    workers_s, in_workers = _timed("Rashomon analysis, 2 worker processes", words,
                                   lambda: [r.to_json() for r in analyze_all(documents, workers=2)])
    n_process_s, n_process = _timed(
        "Rashomon analysis, nlp.pipe n_process=2", words,
        lambda: [r.to_json() for r in analyze_many(documents, n_process=2)])
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        source.write_text("\n".join(CORPUS.read_text().splitlines()[: len(documents)]) + "\n")
        with Store(Path(folder) / "one.duckdb") as store:
            ingest_s, _ = _timed("ingest (analysis + DuckDB), 1 process", words,
                                 lambda: ingest([source], store))
        with Store(Path(folder) / "two.duckdb") as store:
            two_s, _ = _timed("ingest, 2 processes", words,
                              lambda: ingest([source], store, workers=2))
        ray_s, on_ray = _timed(
            "Rashomon analysis on local Ray, 2 actors", words,
            lambda: [r.to_json() for r in analyze_on_ray(documents, workers=2)],
        )
        stored = duckdb.connect(str(Path(folder) / "two.duckdb"), read_only=True).execute(
            "SELECT count(*) FROM articles").fetchone()[0]
    print(f"full analysis / plain spaCy speed: {spacy_s / full_s:.2f}x")
    print(f"2 worker processes / 1 process:    {full_s / workers_s:.2f}x "
          f"(identical: {in_workers == local})")
    print(f"n_process=2 / 1 process:           {full_s / n_process_s:.2f}x "
          f"(identical: {n_process == local})")
    print(f"ingest / plain spaCy speed:        {spacy_s / ingest_s:.2f}x")
    print(f"2 processes / 1 process:           {ingest_s / two_s:.2f}x")
    print(f"Ray (2 actors) / 1 process:        {full_s / ray_s:.2f}x")
    print(f"Ray output identical to local:     {on_ray == local} ({len(on_ray)} records)")
    print(f"articles stored with 2 processes:  {stored}")
    print(f"peak memory: this process {_peak_mb(resource.RUSAGE_SELF):.0f} MB, "
          f"largest worker {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
