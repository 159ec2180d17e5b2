"""What the evaluation commands share: reading gold JSONL, pairing spans, F1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from rashomon.errors import Errors, RashomonError


def jsonl_items(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for every non-blank line of a JSONL file; a missing file or
    a bad line is a one-line RashomonError."""
    if not path.is_file():
        raise RashomonError(Errors.R001, path=str(path), reason="no such file")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise RashomonError(
                    Errors.R006, what=str(path), line=number, reason=error.msg
                ) from None


def align(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """Pairs (gold index -> predicted index) of overlapping spans, one to one: identical
    extents first, then the largest overlaps."""
    overlaps = sorted(
        (
            (g != p, -(min(g[1], p[1]) - max(g[0], p[0]))),
            i,
            j,
        )
        for i, g in enumerate(gold)
        for j, p in enumerate(predicted)
        if p[0] < g[1] and g[0] < p[1]
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in overlaps:
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def f1(p: float, r: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0
