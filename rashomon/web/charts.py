"""Geometry of the corpus charts, drawn as inline SVG by the templates (no chart library):
stacked bars of events over time and a circle layout of who talks to whom."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rashomon.store.aggregates import Edge, EventCounts

TYPE_COLOURS = 10
"""Series colours in app.css (``c0`` … ``c9``); further event types share ``c-other``."""


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    period: str
    type: str
    count: int


@dataclass
class BarChart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    labels: list[tuple[float, str]] = field(default_factory=list)
    ticks: list[tuple[float, int]] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)
    top: int = 10
    left: int = 40
    bottom: int = 0


def type_colours(types: list[str]) -> dict[str, str]:
    return {t: f"c{i}" if i < TYPE_COLOURS else "c-other" for i, t in enumerate(types)}


def _nice_step(largest: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if largest / step <= 5:
            return step
    return 10 ** math.ceil(math.log10(max(largest, 1)))


def event_chart(counts: EventCounts, width: int = 880, height: int = 260) -> BarChart:
    """Stacked bars: one per period, one segment per event type."""
    chart = BarChart(width=width, height=height, bottom=height - 40)
    colours = type_colours(counts.types)
    chart.legend = [(t, colours[t]) for t in counts.types]
    if not counts.periods:
        return chart
    largest = max(counts.total(p) for p in counts.periods)
    step = _nice_step(largest)
    ceiling = step * math.ceil(largest / step)
    plot = chart.bottom - chart.top
    chart.ticks = [(chart.bottom - plot * v / ceiling, v) for v in range(0, ceiling + 1, step)]
    slot = (width - chart.left - 10) / len(counts.periods)
    every = max(1, math.ceil(len(counts.periods) * 70 / (width - chart.left)))
    for n, period in enumerate(counts.periods):
        x = chart.left + n * slot + slot * 0.15
        y = chart.bottom
        for kind in counts.types:
            count = counts.counts.get((period, kind), 0)
            if not count:
                continue
            height_of = plot * count / ceiling
            y -= height_of
            chart.bars.append(Bar(x, y, slot * 0.7, height_of, colours[kind], period, kind,
                                  count))
        if n % every == 0:
            chart.labels.append((chart.left + (n + 0.5) * slot, period))
    return chart


@dataclass
class Node:
    name: str
    x: float
    y: float
    radius: float
    statements: int
    label_x: float
    label_y: float
    rotation: float  # degrees: labels point away from the centre, never upside down
    anchor: str  # text-anchor of the label: start | end


@dataclass
class Link:
    speaker: str
    addressee: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    quotes: int
    articles: int


@dataclass
class Network:
    size: int
    nodes: list[Node] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def network(edges: list[Edge], size: int = 760) -> Network:
    """Speakers and addressees on a circle, most connected first; a line per pair, wider
    for more statements. Lines stop short of the addressee so the arrowhead shows."""
    weight: dict[str, int] = {}
    for edge in edges:
        weight[edge.speaker] = weight.get(edge.speaker, 0) + edge.quotes
        weight[edge.addressee] = weight.get(edge.addressee, 0) + edge.quotes
    names = sorted(weight, key=lambda n: (-weight[n], n))
    graph = Network(size=size)
    if not names:
        return graph
    centre, ring = size / 2, size / 2 - 175
    heaviest = max(weight.values())
    places = {}
    for n, name in enumerate(names):
        angle = 2 * math.pi * n / len(names) - math.pi / 2
        x, y = centre + ring * math.cos(angle), centre + ring * math.sin(angle)
        radius = 5 + 9 * math.sqrt(weight[name] / heaviest)
        places[name] = (x, y, radius)
        right = math.cos(angle) >= -1e-9
        degrees = math.degrees(angle) if right else math.degrees(angle) + 180
        reach = ring + radius + 4
        graph.nodes.append(Node(name, x, y, radius, weight[name],
                                centre + reach * math.cos(angle), centre + reach * math.sin(angle),
                                degrees, "start" if right else "end"))
    most = max(edge.quotes for edge in edges)
    for edge in edges:
        (x1, y1, _), (x2, y2, r2) = places[edge.speaker], places[edge.addressee]
        length = math.hypot(x2 - x1, y2 - y1) or 1
        shorten = (r2 + 6) / length
        graph.links.append(Link(edge.speaker, edge.addressee, x1, y1,
                                x2 - (x2 - x1) * shorten, y2 - (y2 - y1) * shorten,
                                1.5 + 4 * edge.quotes / most, edge.quotes, edge.articles))
    return graph
