"""Time to compare two accounts of about 1,000 words each, after analysis.

Run: .venv/bin/python benchmarks/compare_speed.py
Takes the two Wikinews articles (../shared/data/wikinews/articles.jsonl) closest to 1,000
words, analyses them, then times ``rashomon.compare`` (mean of 20 runs, after one warm-up
run that builds nothing the analysis has not already loaded).
"""

from __future__ import annotations

import time
from pathlib import Path

import rashomon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"


def main() -> None:
    documents = sorted(rashomon.read_many(CORPUS), key=lambda d: abs(len(d.text.split()) - 1000))
    a, b = rashomon.analyze_many(documents[:2])
    words = [len(r.text.split()) for r in (a, b)]
    rashomon.compare(a, b)
    started = time.perf_counter()
    for _ in range(20):
        comparison = rashomon.compare(a, b)
    seconds = (time.perf_counter() - started) / 20
    print(f"accounts of {words[0]} and {words[1]} words; "
          f"{len(comparison.in_both)} shared, {len(comparison.only_in_a)} + "
          f"{len(comparison.only_in_b)} only in one")
    print(f"compare: {seconds * 1000:.1f} ms per comparison")


if __name__ == "__main__":
    main()
