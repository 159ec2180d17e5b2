"""Events: who did what to whom, when, where and how many (PLOVER types, CAMEO codes).

Component ``rashomon_events``: reads the parse, ``doc._.blocks``, ``doc._.entities``,
``doc._.places``, ``doc._.timexes`` and ``doc._.quotes`` (statements that are acts);
writes ``doc._.events`` (``FoundEvent`` with ``Participant`` and ``FoundQuantity``).
"""

from rashomon.lazy import lazy_exports

__all__ = ["EventFinder", "FoundEvent", "FoundQuantity", "Participant"]
__getattr__ = lazy_exports(__name__, {
    "EventFinder": ".component",
    "FoundEvent": ".types",
    "FoundQuantity": ".types",
    "Participant": ".types",
})
