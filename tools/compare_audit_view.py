"""Compare pairs of real articles for a hand audit and write, per pair, the two texts as
analysed and a view of the comparison to judge: the summary, the pairs, the conflicts and
the units reported only in each account.

    python tools/compare_audit_view.py OUT_DIR polnear:A+polnear:B wikinews:ID+wikinews:ID ...

Articles are read and analysed as ``tools/audit_view.py`` does (../shared/data, with their
publication dates and publishers); nothing is copied into the project.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rashomon.compare import Comparison, compare

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_view import analysed, articles  # a tool beside this one


def view(comparison: Comparison) -> str:
    """The summary, then each pair, conflict and only-in unit, numbered for the judges."""
    lines = [f"# A: {comparison.a.name}  ({comparison.a.published})",
             f"# B: {comparison.b.name}  ({comparison.b.published})", "",
             "## SUMMARY", comparison.summary, "", f"## PAIRS ({len(comparison.in_both)})"]
    for number, pair in enumerate(comparison.in_both, start=1):
        lines += [f"P{number} score={pair.score}", f"   A: {pair.a.text}",
                  f"   B: {pair.b.text}"]
    lines += ["", f"## CONFLICTS ({len(comparison.conflicts)})"]
    for number, conflict in enumerate(comparison.conflicts, start=1):
        lines += [f"C{number} {conflict.what} ({conflict.about}): "
                  f"A has {conflict.a_value!r}, B has {conflict.b_value!r}",
                  f"   A: {conflict.a.text}", f"   B: {conflict.b.text}"]
    for side, units in (("A", comparison.only_in_a), ("B", comparison.only_in_b)):
        lines += ["", f"## ONLY IN {side} ({len(units)})"]
        lines += [f"{side}{number} [{unit.kind}] {unit.text}"
                  for number, unit in enumerate(units, start=1)]
    return "\n".join(lines) + "\n"


def main(out: Path, pairs: list[str]) -> None:
    found = articles()
    out.mkdir(parents=True, exist_ok=True)
    for number, pair in enumerate(pairs, start=1):
        a, b = (analysed(found[key]) for key in pair.split("+"))
        stem = out / f"{number:02d}"
        stem.with_suffix(".a.txt").write_text(a.text, encoding="utf-8")
        stem.with_suffix(".b.txt").write_text(b.text, encoding="utf-8")
        comparison = compare(a, b)
        stem.with_suffix(".view.txt").write_text(view(comparison), encoding="utf-8")
        print(f"{number:02d} {pair}: {len(comparison.in_both)} pairs, "
              f"{len(comparison.conflicts)} conflicts")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
