"""Which entity the text names at an offset: an index over the actors component's
mentions, read by the quotes and events components."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rashomon.nlp.actors.types import Entity

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

    def at(
        self, start: int, end: int, head: int | None = None, inside: bool = False
    ) -> tuple[Entity, int, int] | None:
        """The entity mentioned at ``head`` (a char offset) if a mention holds it; with
        ``inside``, else the likeliest speaker among the mentions in ``[start, end)``."""
        if head is not None:
            for s, e, ent in self.mentions:
                if s <= head < e:
                    return ent, s, e
        if not inside:
            return None
        found = [(s, e, ent) for s, e, ent in self.mentions if s >= start and e <= end]
        if not found:
            return None
        found.sort(key=lambda x: (_ENTITY_PREFERENCE.get(x[2].type, 9), x[0]))
        s, e, ent = found[0]
        return ent, s, e

    def named(self, token: Token) -> tuple[Entity, int, int] | None:
        """The entity a noun phrase names: its head's mention, or its appositive's
        ("Popescu's lawyer, Mihai Radu")."""
        found = self.at(token.idx, token.idx + len(token), token.idx)
        if found is not None:
            return found
        for child in token.children:
            if child.dep_ == "appos":
                found = self.at(child.idx, child.idx + len(child), child.idx)
                if found is not None:
                    return found
        return None
