"""Stretches of text (paragraphs, captions, quoted passages) asked "does one hold this
offset?" for every token or match: in logarithmic time, so a long article with many of
them stays linear."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Regions:
    """The union of ``[start, end)`` character spans."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if end <= start:
                continue
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def holds(self, offset: int) -> bool:
        """Whether some span holds ``offset``."""
        at = bisect_right(self.starts, offset) - 1
        return at >= 0 and offset < self.ends[at]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``[start, end)``."""
        at = bisect_right(self.ends, start)
        return at < len(self.starts) and self.starts[at] < end

    def covered(self, start: int, end: int) -> int:
        """How many characters of ``[start, end)`` some span holds."""
        at, count = bisect_right(self.ends, start), 0
        while at < len(self.starts) and self.starts[at] < end:
            count += min(end, self.ends[at]) - max(start, self.starts[at])
            at += 1
        return count

    def __bool__(self) -> bool:
        return bool(self.starts)
