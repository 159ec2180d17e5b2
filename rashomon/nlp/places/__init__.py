"""Places resolved offline to GeoNames: countries, first-level regions and cities.

Component ``rashomon_places``: reads ``doc._.entities`` (GPE and LOC) and
``doc._.place_hints``; writes ``doc._.places`` (``FoundPlace`` with its ``Gazetted`` entry).
"""

from rashomon.lazy import lazy_exports

__all__ = ["FoundPlace", "Gazetted", "PlaceResolver"]
__getattr__ = lazy_exports(__name__, {
    "PlaceResolver": ".component",
    "FoundPlace": ".types",
    "Gazetted": ".types",
})
