"""What the pages show: a Record (or a Comparison of two) as highlighted text, hover
details and side-panel items, every item pointing at its evidence offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from rashomon import describe
from rashomon.compare import Comparison, Unit
from rashomon.record import Entity, Record
from rashomon.web.markup import Mark, render

SPEAKER_COLOURS = 8
"""Distinct speaker highlight colours in app.css (``sp0`` … ``sp7``); more speakers reuse
them with a dashed outline."""


@dataclass
class Tip:
    """Details shown on hover or keyboard focus of a highlight."""

    id: str
    title: str
    rows: list[tuple[str, str]]


@dataclass
class BlockView:
    kind: str
    html: Markup


@dataclass
class ArticleView:
    """One article: its blocks as highlighted HTML and the details of each highlight."""

    key: str
    record: Record
    story: list[BlockView] = field(default_factory=list)
    captions: list[BlockView] = field(default_factory=list)
    chrome: list[BlockView] = field(default_factory=list)
    tips: list[Tip] = field(default_factory=list)
    speaker_class: dict[str | None, str] = field(default_factory=dict)

    def tip_id(self, item_id: str) -> str:
        return f"{self.key}-{item_id}"

    def entities_of(self, *types: str) -> list[Entity]:
        """Entities of these types, most mentioned first."""
        found = [e for e in self.record.entities if e.type in types]
        return sorted(found, key=lambda e: -len(e.mentions))


def speaker_classes(record: Record) -> dict[str | None, str]:
    """A colour class per speaker, in the order they first speak."""
    classes: dict[str | None, str] = {None: "sp-x"}
    for n, speaker in enumerate(s for s in describe.speakers(record) if s is not None):
        extra = " sp-more" if n >= SPEAKER_COLOURS else ""
        classes[speaker] = f"sp{n % SPEAKER_COLOURS}{extra}"
    return classes


def _focusable(tip: str, *more: tuple[str, str]) -> tuple:
    """Attributes of a highlight that shows the details ``tip`` on hover and focus."""
    return (("tabindex", "0"), ("data-tip", tip), ("aria-describedby", tip), *more)


def _quote_layer(view: ArticleView) -> list[Mark]:
    record = view.record
    marks = []
    for quote in record.quotes:
        speaker = describe.name_of(record, quote.speaker, "unattributed")
        colour = view.speaker_class[quote.speaker]
        doubt = " uncertain" if describe.is_uncertain(quote) else ""
        marks.append(Mark(*quote.span, tag="mark", classes=f"q q-{quote.kind} {colour}{doubt}",
                          attrs=_focusable(view.tip_id(quote.id), ("data-speaker", speaker))))
        rows = [("Speaker", _with_roles(record, quote.speaker)
                 or describe.speaker_label(record, quote)),
                *describe.statement_facts(record, quote)]
        view.tips.append(Tip(view.tip_id(quote.id), f"{quote.kind.capitalize()} statement", rows))
    return marks


def _with_roles(record: Record, entity_id: str | None) -> str:
    entity = record.entity(entity_id)
    if entity is None:
        return ""
    roles = describe.roles(entity)
    return f"{entity.name} ({roles})" if roles else entity.name


def _entity_layer(view: ArticleView) -> list[Mark]:
    marks = []
    for entity in view.record.entities:
        for start, end in entity.mentions:
            marks.append(Mark(start, end, classes=f"ent t-{entity.type}",
                              attrs=_focusable(view.tip_id(entity.id))))
        rows = [("Type", entity.type)]
        if entity.roles:
            rows.append(("Roles", describe.roles(entity)))
        if entity.aliases:
            rows.append(("Also", ", ".join(entity.aliases)))
        rows += [(label, value) for label, value in (("Country", entity.country),
                                                     ("Code", entity.code)) if value]
        rows.append(("Mentions", str(len(entity.mentions))))
        view.tips.append(Tip(view.tip_id(entity.id), entity.name, rows))
    return marks


def _timex_layer(view: ArticleView) -> list[Mark]:
    record = view.record
    marks = []
    for timex in record.timexes:
        value = describe.when(timex) if timex.value else "unresolved"
        shown = () if value == timex.text else (("data-value", value),)
        attrs = _focusable(view.tip_id(timex.id), *shown)
        marks.append(Mark(*timex.span, classes="tx", attrs=attrs))
        rows = [("Type", timex.type), ("Value", value)]
        if timex.anchor == "published":
            rows.append(("Counted from", f"publication date {record.published.value}"))
        elif timex.anchor:
            anchor = record.timex(timex.anchor)
            rows.append(("Counted from", anchor.text if anchor else timex.anchor))
        view.tips.append(Tip(view.tip_id(timex.id), timex.text, rows))
    return marks


_BLOCK_GROUP = {"title": "story", "paragraph": "story", "caption": "captions",
                "chrome": "chrome"}


def article_view(record: Record, key: str = "a", units: list[Mark] | None = None) -> ArticleView:
    """The article of ``record`` with its highlights; ``units`` is an optional outer layer
    (the compare page's points)."""
    view = ArticleView(key=key, record=record, speaker_class=speaker_classes(record))
    layers = [_quote_layer(view), _entity_layer(view), _timex_layer(view)]
    if units is not None:
        layers.insert(0, units)
    blocks = [(b.kind, b.start, b.end) for b in record.blocks] or [
        ("paragraph", 0, len(record.text))
    ]
    cuts = tuple(sorted({edge for event in record.events for edge in event.span}))
    for kind, start, end in blocks:
        html = render(record.text, layers, start, end, cuts)
        getattr(view, _BLOCK_GROUP[kind]).append(BlockView(kind, html))
    return view


# Comparing


@dataclass
class CompareView:
    """Two accounts side by side, their shared points linked by ``data-pair``."""

    comparison: Comparison
    a: ArticleView
    b: ArticleView
    tips: list[Tip]


def compare_view(comparison: Comparison, a: Record, b: Record, key: str = "c") -> CompareView:
    """Highlight each account's points: shared (linked to the partner), only in one
    account, or in conflict."""
    label_a = comparison.a.publisher or "A"
    label_b = comparison.b.publisher or "B"
    conflicts = {(c.a.span, c.b.span): c for c in comparison.conflicts}
    marks: dict[str, list[Mark]] = {"a": [], "b": []}
    tips: list[Tip] = []

    def add(side: str, unit: Unit, classes: str, pair: str | None, title: str,
            rows: list[tuple[str, str]]) -> None:
        tip = f"{key}{side}-u{len(marks[side])}"
        linked = (("data-pair", pair),) if pair else ()
        marks[side].append(Mark(*unit.span, classes=f"u {classes}",
                                attrs=_focusable(tip, *linked)))
        tips.append(Tip(tip, title, rows))

    for i, pair in enumerate(comparison.in_both):
        conflict = conflicts.get((pair.a.span, pair.b.span))
        classes = "u-conflict" if conflict else "u-both"
        for side, unit, other, other_label in (("a", pair.a, pair.b, label_b),
                                               ("b", pair.b, pair.a, label_a)):
            rows = [(f"In {other_label}", describe.shorten(other.text, 200)),
                    ("Similarity", f"{pair.score:.2f}")]
            if conflict:
                rows.insert(0, (f"Differs on the {conflict.what}",
                                f"{label_a}: {conflict.a_value}; {label_b}: {conflict.b_value}"))
            title = "Conflict" if conflict else "In both accounts"
            add(side, unit, classes, f"{key}p{i}", title, rows)
    for side, units, missing_from in (("a", comparison.only_in_a, label_b),
                                      ("b", comparison.only_in_b, label_a)):
        for unit in units:
            rows = [("Kind", unit.kind)] + ([("Detail", unit.detail)] if unit.detail else [])
            add(side, unit, "u-only", None, f"Not in {missing_from}", rows)
    view_a = article_view(a, f"{key}a", marks["a"])
    view_b = article_view(b, f"{key}b", marks["b"])
    return CompareView(comparison, view_a, view_b, tips)
