"""Pairing gold and predicted spans one to one, as the evaluation commands score them."""

from __future__ import annotations


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
