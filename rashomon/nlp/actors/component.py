"""The ``rashomon_actors`` component: people, organisations and places, one entity per
referent, with roles as stated in the text.

Like spaCy's ``EntityRuler``, ``__call__`` does two visible steps: ``match`` finds the
mentions (after correcting the model's entities), ``set_annotations`` joins them into
entities and writes ``doc._.entities``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon import settings
from rashomon.nlp.actors import candidacy, known
from rashomon.nlp.actors.cluster import cluster
from rashomon.nlp.actors.mentions import find_mentions
from rashomon.nlp.actors.missed_names import listed_names_matcher
from rashomon.nlp.actors.ner_fixes import corrected_entities
from rashomon.nlp.actors.non_actors import author_note, index_matcher
from rashomon.nlp.actors.types import Entity, Mention
from rashomon.nlp.common.extensions import register_extensions


class ActorResolver:
    """Finds entity mentions and joins them into entities."""

    def __init__(
        self,
        nlp: Language,
        name: str = "rashomon_actors",
        *,
        pronoun_window_sentences: int = settings.PRONOUN_WINDOW_SENTENCES,
        name_similarity: int = settings.NAME_SIMILARITY,
        city_relabel_population: int = settings.CITY_RELABEL_POPULATION,
    ) -> None:
        """Create the component.

        nlp: the pipeline it belongs to.
        name: the component's name in the pipeline.
        pronoun_window_sentences: how many sentences back a pronoun looks for its person.
        name_similarity: rapidfuzz ratio (0-100) from which two spellings are one name.
        city_relabel_population: a city at least this large that the model tagged PERSON,
            ORG or NORP is relabelled GPE.
        """
        register_extensions()
        self.name = name
        self.listed = listed_names_matcher(nlp)
        self.indices = index_matcher(nlp)
        self.pronoun_window_sentences = pronoun_window_sentences
        self.name_similarity = name_similarity
        self.city_relabel_population = city_relabel_population

    def __call__(self, doc: Doc) -> Doc:
        """Find the mentions in ``doc`` and write its entities to ``doc._.entities``."""
        mentions = self.match(doc)
        self.set_annotations(doc, mentions)
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        """Correct ``doc.ents`` (see ``ner_fixes``) and return all mentions in text order."""
        captions = [(s, e) for kind, s, e in doc._.blocks or () if kind == "caption"]
        doc._.model_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        note = author_note(doc, list(doc.ents))
        corrected = corrected_entities(doc, self.listed, self.indices, doc._.place_hints or [],
                                       captions, self.city_relabel_population, note)
        doc.ents = corrected
        mentions = find_mentions(doc, corrected)
        if note is not None:  # "His latest book is …" of the note is the author's, no one's
            mentions = [m for m in mentions if m.kind == "name" or m.start < note]
        return mentions

    def set_annotations(self, doc: Doc, mentions: list[Mention]) -> None:
        """Join ``mentions`` into entities and store them on the Doc."""
        entities: list[Entity] = cluster(mentions, self.pronoun_window_sentences,
                                         self.name_similarity)
        published = doc._.published
        known.complete(entities, published.value if published else None,
                       candidacy.candidates(doc, entities))
        known.members_of_bodies(doc, entities)
        doc._.entities = entities


@Language.factory(
    "rashomon_actors",
    requires=["doc.ents", "token.dep", "token.head", "token.tag", "token.lemma", "doc.sents",
              "doc._.timexes"],
    assigns=["doc.ents", "doc._.entities", "doc._.model_ents"],
    default_config={
        "pronoun_window_sentences": settings.PRONOUN_WINDOW_SENTENCES,
        "name_similarity": settings.NAME_SIMILARITY,
        "city_relabel_population": settings.CITY_RELABEL_POPULATION,
    },
)
def make_actor_resolver(
    nlp: Language,
    name: str,
    pronoun_window_sentences: int,
    name_similarity: int,
    city_relabel_population: int,
) -> ActorResolver:
    """Factory of the ``rashomon_actors`` component (add it after ``ner`` and
    ``rashomon_timexes``)."""
    return ActorResolver(
        nlp,
        name,
        pronoun_window_sentences=pronoun_window_sentences,
        name_similarity=name_similarity,
        city_relabel_population=city_relabel_population,
    )
