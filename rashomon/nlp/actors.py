"""The ``rashomon_actors`` component: people, organisations and places, one entity per
referent, with roles as stated in the text.

Like spaCy's ``EntityRuler``, ``__call__`` does two visible steps: ``match`` finds the
mentions (after correcting the model's entities), ``set_annotations`` joins them into
entities and writes ``doc._.entities``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.nlp.cluster import cluster
from rashomon.nlp.entities import Entity, Mention
from rashomon.nlp.extensions import register_extensions
from rashomon.nlp.mentions import find_mentions
from rashomon.nlp.ner_fixes import corrected_entities, seat_matcher


class ActorResolver:
    """Finds entity mentions and joins them into entities."""

    def __init__(self, nlp: Language, name: str = "rashomon_actors") -> None:
        """Create the component.

        nlp: the pipeline it belongs to.
        name: the component's name in the pipeline.
        """
        register_extensions()
        self.name = name
        self.seats = seat_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        """Find the mentions in ``doc`` and write its entities to ``doc._.entities``."""
        mentions = self.match(doc)
        self.set_annotations(doc, mentions)
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        """Correct ``doc.ents`` (see ``ner_fixes``) and return all mentions in text order."""
        captions = [(s, e) for kind, s, e in doc._.blocks or () if kind == "caption"]
        doc._.model_ents = list(doc.ents)
        corrected = corrected_entities(doc, self.seats, doc._.place_hints or [], captions)
        doc.ents = corrected
        return find_mentions(doc, corrected)

    def set_annotations(self, doc: Doc, mentions: list[Mention]) -> None:
        """Join ``mentions`` into entities and store them on the Doc."""
        entities: list[Entity] = cluster(mentions)
        doc._.entities = entities


@Language.factory("rashomon_actors")
def make_actor_resolver(nlp: Language, name: str) -> ActorResolver:
    """Factory of the ``rashomon_actors`` component (add it after ``ner``)."""
    return ActorResolver(nlp, name)
