"""Which entity the text names at an offset: an index over the actors component's
mentions, read by the quotes and events components."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from rashomon.nlp.actors.types import Entity
from rashomon.nlp.common import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_ENTITY_PREFERENCE = {"PERSON": 0, "ORG": 1, "NORP": 2, "GPE": 3, "LOC": 4}


class MentionIndex:
    """Finds the entity a stretch of text names, from the actors component's mentions
    (the speakers of statements, the participants of events)."""

    def __init__(self, entities: list[Entity]) -> None:
        self.mentions = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0]
        )
        self._starts = [s for s, _, _ in self.mentions]
        # the furthest end among the mentions up to each one (it only grows): the first
        # mention that ends after an offset is found by bisection
        self._reach = list(accumulate((e for _, e, _ in self.mentions), max, initial=0))[1:]
        self._spans_of: dict[str, list[tuple[int, int]]] = {}  # (end, start) by entity

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mentions that start in ``[start, end)`` and end by ``end``, in text order."""
        window = self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return [(s, e, entity) for s, e, entity in window if e <= end]

    def last_before(self, entity: Entity, offset: int) -> int:
        """Where the last mention of ``entity`` that ends by ``offset`` starts, or -1."""
        spans = self._spans_of.get(entity.id)
        if spans is None:
            spans = self._spans_of[entity.id] = sorted((m.end, m.start) for m in entity.mentions)
        at = bisect_right(spans, (offset, offset)) - 1
        return spans[at][1] if at >= 0 else -1

    def at(
        self, start: int, end: int, head: int | None = None, inside: bool = False
    ) -> tuple[Entity, int, int] | None:
        """The entity mentioned at ``head`` (a char offset) if a mention holds it; with
        ``inside``, else the likeliest speaker among the mentions in ``[start, end)``."""
        if head is not None:
            first = bisect_right(self._reach, head)  # the first mention ending after head
            if first < len(self.mentions) and self.mentions[first][0] <= head:
                s, e, ent = self.mentions[first]
                return ent, s, e
        if not inside:
            return None
        window = self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        found = [(s, e, ent) for s, e, ent in window if e <= end]
        if not found:
            return None
        found.sort(key=lambda x: (_ENTITY_PREFERENCE.get(x[2].type, 9), x[0]))
        s, e, ent = found[0]
        return ent, s, e

    def named(self, token: Token) -> tuple[Entity, int, int] | None:
        """The entity a noun phrase names: its head's mention, or its appositive's
        ("Popescu's lawyer, Mihai Radu", "the dockers' union (Dockers United)"), but not a
        party-and-state label ("Speaker (R-WI)" names no state)."""
        found = self.at(token.idx, token.idx + len(token), token.idx)
        if found is not None:
            return found
        for child in token.children:
            if child.dep_ != "appos":
                continue
            found = self.at(child.idx, child.idx + len(child), child.idx)
            if found is not None and not _party_tag(child):
                return found
        return None

    def ending_with(self, word: str, types: tuple[str, ...] = ("PERSON",)) -> list[Entity]:
        """The entities of these types whose name ends with ``word`` ("Petrova" for
        "Ana Petrova"), in order of first mention, each once."""
        found: dict[str, Entity] = {}
        for _, _, entity in self.mentions:
            if entity.type in types and entity.name.split()[-1:] == [word]:
                found.setdefault(entity.id, entity)
        return list(found.values())


def _party_tag(phrase: Token) -> bool:
    """Whether an appositive is a legislator's party-and-state tag ("(R-WI)", "(Tex.)"),
    as ``lexicon.party_tag`` reads them, whose state is one."""
    doc = phrase.doc
    inner = doc[phrase.left_edge.i : phrase.right_edge.i + 1].text.strip("() ")
    tag = lexicon.party_tag().fullmatch(f"({inner})")
    return tag is not None and lexicon.tagged_state(tag.group(1)) is not None
