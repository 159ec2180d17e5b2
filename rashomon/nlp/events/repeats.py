"""One act told once: the passes over a Doc's events that split joint parties into one
event each (as event datasets code them) and drop or merge what the story tells again (a
meeting named twice, a headline the story retells, a noun naming an act already told, an
act said twice in one sentence)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from rashomon import settings
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.events.types import FoundEvent, Participant


def told_once(events: list[FoundEvent | None], doc: Doc) -> list[FoundEvent]:
    """The events of ``doc`` (``None`` for a trigger that is no act), one per actor and
    target, each act once."""
    events = [e for pair in events if pair is not None for e in _split_reciprocal(pair)]
    events = [e for event in events for e in _split_coordinated(event)]
    events = _merge_repeated_meetings(events)
    events = _drop_repeated_mentions(events)
    events = _drop_headline_repeats(events, doc)
    events = _drop_identical(events)
    return _drop_restated(events, doc)


def _merge_repeated_meetings(events: list[FoundEvent]) -> list[FoundEvent]:
    """One CONSULT per pair of parties: "a phone call on Tuesday" and "in his call with
    Aalto" are the same call, and so is a meeting told again without who met ("after the
    meeting with Aalto") on no other day."""
    kept: list[FoundEvent] = []
    seen: dict[tuple, FoundEvent] = {}
    for event in events:
        key = (event.type, parties(event.actors), parties(event.targets))
        if event.type == "CONSULT" and event.actors and key in seen:
            first = seen[key]
            first.time = first.time or event.time
            continue
        met = {party for party in parties(event.targets) if party}
        if event.type == "CONSULT" and not event.actors and met and any(
            met <= set(parties(k.actors) + parties(k.targets))
            and event.time in (None, k.time)
            for k in kept if k.type == "CONSULT" and k.actors
        ):
            continue  # "Ruiz met Wren ... After the meeting with Wren": the same meeting
            # (one told on another day is another)
        seen.setdefault(key, event)
        kept.append(event)
    return kept


def _split_reciprocal(event: FoundEvent) -> list[FoundEvent]:
    """"Chile and the rebels accuse each other": one event each way."""
    pair = event.actors
    if len(pair) == 2 and event.targets == list(reversed(pair)):
        first = replace(event, actors=[pair[0]], targets=[pair[1]])
        second = replace(event, actors=[pair[1]], targets=[pair[0]])
        return [first, second]
    return [event]


def parties(participants: list[Participant]) -> tuple:
    """Who takes part, for comparing events: each entity, else its code, else the words
    that name it (two unnamed groups are not one)."""
    return tuple(p.entity or p.code or (p.start, p.end) for p in participants)


def _drop_identical(events: list[FoundEvent]) -> list[FoundEvent]:
    """One of events that say the same: type, trigger word and its offset, parties."""
    seen, kept = set(), []
    for event in events:
        key = (event.type, event.trigger, event.start, parties(event.actors),
               parties(event.targets))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _drop_restated(events: list[FoundEvent], doc: Doc) -> list[FoundEvent]:
    """One event per act said twice in a sentence: the same type and PLOVER mode, told
    alike (asserted or reported), by the same actor to the same target or to none
    ("agreed to support her plans", "to both back up and support X"); the first keeps the
    target either names, and the actors' code if it has none."""
    starts = [sentence.start_char for sentence in doc.sents]
    kept: list[FoundEvent] = []
    by_sentence: dict[int, list[FoundEvent]] = {}
    for event in sorted(events, key=lambda e: e.start):
        told = by_sentence.setdefault(bisect_right(starts, event.start), [])
        same = next((k for k in told
                     if (k.type, k.subtype) == (event.type, event.subtype)
                     and any(p.entity or p.code for p in k.actors)  # not two acts of
                     # "gunmen" unnamed and uncoded
                     and _said_alike(k.mode, event.mode)
                     and parties(k.actors) == parties(event.actors)
                     and (not k.targets or not event.targets
                          or parties(k.targets) == parties(event.targets))), None)
        if same is None:
            kept.append(event)
            told.append(event)
            continue
        if not same.targets:
            same.targets = list(event.targets)
        if not any(p.code for p in same.actors):
            same.actors = list(event.actors)  # the same entity, coded in the other telling
    return kept


def _said_alike(mode: str, other: str) -> bool:
    """Whether two modes tell an act the same way (told by the writer or by a source)."""
    return mode == other or {mode, other} == {"asserted", "reported"}


def _drop_headline_repeats(events: list[FoundEvent], doc: Doc) -> list[FoundEvent]:
    """An event of the headline whose type the story tells again ("Police shoot man
    dead", then "The officers eventually shot him dead"): a headline sums up its story,
    so the story's telling, with its details, is kept."""
    titles = Regions((s, e) for kind, s, e in doc._.blocks or [] if kind == "title")
    told = {e.type for e in events if not titles.holds(e.start)}
    return [e for e in events if not titles.holds(e.start) or e.type not in told]


def _split_coordinated(
    event: FoundEvent, most: int = settings.EVENT_CONJUNCTS_SPLIT
) -> list[FoundEvent]:
    """"Egypt and Jordan criticised X": one event per actor and target (up to ``most``
    of each), as event datasets code them; parties that act together, one per pair."""
    actors, targets = _named_first(event.actors[:most]), _named_first(event.targets[:most])
    if len(actors) > 2 and actors == targets:  # "Wren, Ruiz and Vidal met": each pair once
        return [replace(event, actors=[a], targets=[t])
                for n, a in enumerate(actors) for t in actors[n + 1:] if a and t]
    if len(actors) == 1 and len(targets) == 1:
        return [replace(event, actors=[a for a in actors if a],
                        targets=[t for t in targets if t])]
    return [
        replace(event, actors=[a] if a else [], targets=[t] if t else [])
        for a in actors for t in targets
        if a is None or t is None or a.entity is None or a.entity != t.entity
    ]


def _named_first(participants: list[Participant]) -> list[Participant | None]:
    """The conjuncts an event is split by: the named ones where any is named ("the police
    chief and two others were injured" is one event, of the chief), else all; [None] for
    none."""
    named = [p for p in participants if p.entity]
    return named or participants or [None]


def _drop_repeated_mentions(events: list[FoundEvent]) -> list[FoundEvent]:
    """A bare event noun that names an event already reported by the same actor ("the new
    Canadian sanctions" after "Canada imposed sanctions") is a mention, not a new event."""
    kept: list[FoundEvent] = []
    for event in sorted(events, key=lambda e: e.start):
        actors = parties(event.actors)
        bare = " " not in event.trigger and event.time is None and not event.quantities
        mention = event.rule.startswith("nouns:") and event.mode != "negated"
        # "Despite X's call to ...": a mention whatever its mode, unless it says the act
        # was left out
        repeated = bare and any(
            k.type == event.type and (k.mode == event.mode or mention) and actors
            and parties(k.actors) == actors
            and (mention or parties(k.targets) == parties(event.targets))
            for k in kept
        )  # a verb with another target is another act ("declared ..., arresting X")
        if not repeated:
            kept.append(event)
    return kept
