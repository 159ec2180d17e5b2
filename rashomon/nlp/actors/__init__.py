"""People, organisations and places as entities, one per real-world referent.

Component ``rashomon_actors`` (after ``ner``): reads the parse, ``doc.ents`` and the
read-stage hints ``doc._.blocks`` and ``doc._.place_hints``; corrects ``doc.ents``, keeps
the model's own in ``doc._.model_ents`` and writes ``doc._.entities`` (``Entity`` with
their ``Mention`` and ``Role``). ``MentionIndex`` tells the later components which entity
the text names at an offset; ``offices_of_places`` gives an office of a place the country
that place resolved to (the places component calls it).
"""

from rashomon.lazy import lazy_exports

__all__ = ["ActorResolver", "Entity", "Mention", "MentionIndex", "Role", "offices_of_places"]
__getattr__ = lazy_exports(__name__, {
    "ActorResolver": ".component",
    "Entity": ".types",
    "Mention": ".types",
    "Role": ".types",
    "MentionIndex": ".index",
    "offices_of_places": ".known",
})
