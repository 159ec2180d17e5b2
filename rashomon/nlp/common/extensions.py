"""The ``Doc`` extensions through which Rashomon's components read hints and write results.

Read-stage hints (set before the pipeline runs): ``blocks`` (kind, start, end) and
``place_hints`` (spans known to be places, e.g. a dateline), ``published`` (the
publication date the page gives, a ``read.Published``). Component output: ``timexes`` and
``published`` when inferred and ``time_warnings`` (a given date the weekdays disagree with)
(rashomon_timexes); ``entities`` and ``model_ents`` (the model's
own entities before correction, as ``(start_char, end_char, label)``) from rashomon_actors;
``quotes`` and ``quote_warnings`` (unbalanced quotation marks) from rashomon_quotes;
``places`` from rashomon_places; ``events`` from rashomon_events.

The values are plain data and dataclasses registered with ``common.serialize``, so they
travel with ``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(n_process=N)``.
"""

from __future__ import annotations

import warnings

from spacy.tokens import Doc

from rashomon.errors import Warnings
from rashomon.nlp.common import serialize  # noqa: F401  (registers the msgpack encoders)


def warn_without_entities(doc: Doc, component: str) -> None:
    """Warn (W001) when ``doc`` has no entities: the actors component did not run before
    ``component``, whose statements or events will then name no one."""
    if doc._.entities is None:
        warnings.warn(Warnings.W001.format(component=component), stacklevel=3)


def register_extensions() -> None:
    """Register Rashomon's Doc extensions once (safe to call again)."""
    for name in (
        "blocks", "place_hints", "published", "timexes", "entities", "model_ents", "quotes",
        "quote_warnings", "places", "events", "time_warnings",
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
