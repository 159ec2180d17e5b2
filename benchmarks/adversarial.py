"""Analysis time on inputs built to be slow, at growing sizes: the time should grow about
linearly with the size (a ratio near 1 per doubling is linear, near 2 quadratic).

Run: .venv/bin/python benchmarks/adversarial.py [--sizes 5 10 20 40] [--kinds ...]
Sizes are in KB. Also times ordinary news (Wikinews articles joined) at 10-100 KB and
checks the 100 KB article against ten 10 KB ones.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import rashomon
from rashomon.nlp import load

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"

KINDS = {
    "quote pairs": lambda n: ("“a ” " * (n // 5 + 1))[:n],
    "nested said": lambda n: ("Anna said that Bob said that " * (n // 29 + 1))[:n] + "it rained.",
    "said that; ": lambda n: ("Anna said that Bob said that it goes on; " * (n // 41 + 1))[:n],
    "ISO dates": lambda n: ("2024-03-01 " * (n // 11 + 1))[:n],
    "straight quotes": lambda n: '"' * n,
    "one long word": lambda n: "a" * n,
    "punctuation": lambda n: ("!?.,;:-" * (n // 7 + 1))[:n],
}


def _seconds(text: str) -> float:
    started = time.perf_counter()
    rashomon.analyze(text, published="2024-03-04")
    return time.perf_counter() - started


def _news(size: int) -> str:
    texts = (d.text for d in rashomon.read_many(CORPUS))
    joined = ""
    for text in itertools.cycle(list(itertools.islice(texts, 60))):
        joined += text + "\n\n"
        if len(joined) >= size:
            return joined[:size]
    return joined


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20, 40])
    parser.add_argument("--kinds", nargs="+", default=list(KINDS))
    parser.add_argument("--news", type=int, nargs="*", default=[10, 20, 40, 100])
    options = parser.parse_args()
    load()
    rashomon.analyze("Warm-up: Anna Virtanen said in Paris on Monday that it rained.")
    for kind in options.kinds:
        times = [_seconds(KINDS[kind](size * 1000)) for size in options.sizes]
        growth = [b / a if a > 0.01 else float("nan") for a, b in itertools.pairwise(times)]
        print(f"{kind:<16} " + "  ".join(f"{s} KB {t:6.2f} s" for s, t in
                                         zip(options.sizes, times, strict=True))
              + "   per doubling: " + ", ".join(f"{g:.1f}x" for g in growth), flush=True)
    if options.news:
        times = {size: _seconds(_news(size * 1000)) for size in options.news}
        print("news             " + "  ".join(f"{s} KB {t:6.2f} s" for s, t in times.items()))
        if 10 in times and 100 in times:
            print(f"100 KB article / ten 10 KB articles: {times[100] / (10 * times[10]):.2f}")


if __name__ == "__main__":
    main()
