"""Article text as escaped HTML with nested highlights.

Highlights come in layers (compare units, then statements, then names and dates); an
outer layer's element encloses the inner layers' elements, and an inner highlight that
crosses an outer one's edge is cut in pieces. Within a layer, a highlight overlapping an
earlier one is left out. Every element and every plain run carries its offsets
(``data-s``/``data-e``) so the page can find and flash any evidence span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """One highlight: ``[start, end)`` of the text shown as ``<tag class=... attrs>``."""

    start: int
    end: int
    tag: str = "span"
    classes: str = ""
    attrs: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _layer_marks(marks: list[Mark], lo: int, hi: int) -> list[Mark]:
    """The marks of one layer inside ``[lo, hi)``, clipped, without overlaps."""
    inside = sorted(
        (m for m in marks if m.start < hi and m.end > lo and m.end > m.start),
        key=lambda m: (m.start, -m.end),
    )
    kept: list[Mark] = []
    for mark in inside:
        start, end = max(mark.start, lo), min(mark.end, hi)
        if kept and start < kept[-1].end:
            continue
        kept.append(Mark(start, end, mark.tag, mark.classes, mark.attrs))
    return kept


def _runs(text: str, lo: int, hi: int, cuts: tuple[int, ...]) -> Markup:
    """Plain text in runs split at ``cuts`` (the edges of evidence not highlighted)."""
    edges = [lo, *(c for c in cuts if lo < c < hi), hi]
    return Markup("").join(
        Markup('<span data-s="{}" data-e="{}">{}</span>').format(s, e, text[s:e])
        for s, e in pairwise(edges)
    )


def _open(mark: Mark) -> Markup:
    attrs = [("class", mark.classes)] if mark.classes else []
    attrs += [("data-s", str(mark.start)), ("data-e", str(mark.end)), *mark.attrs]
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs)
    return Markup(f"<{mark.tag}{rendered}>")


def render(
    text: str, layers: list[list[Mark]], lo: int, hi: int, cuts: tuple[int, ...] = ()
) -> Markup:
    """``text[lo:hi]`` as HTML, every character escaped, with the layers' highlights;
    plain runs are also split at ``cuts`` (sorted offsets) so any span can be found."""
    if lo >= hi:
        return Markup("")
    if not layers:
        return _runs(text, lo, hi, cuts)
    inner = layers[1:]
    parts: list[Markup] = []
    position = lo
    for mark in _layer_marks(layers[0], lo, hi):
        parts.append(render(text, inner, position, mark.start, cuts))
        parts.append(_open(mark) + render(text, inner, mark.start, mark.end, cuts)
                     + Markup(f"</{mark.tag}>"))
        position = mark.end
    parts.append(render(text, inner, position, hi, cuts))
    return Markup("").join(parts)
