"""The annotate stage: the spaCy pipeline and Rashomon's components, one subpackage per
capability (``time``, ``actors``, ``places``, ``quotes``, ``events``) and ``common`` for
what several share. A capability imports only ``common`` and the names another exports.

``load`` builds the pipeline, ``annotate`` runs it over Documents and ``from_doc`` turns an
annotated Doc into a Record. Importing this package loads no spaCy; these names do.
"""

from rashomon.lazy import keep_torch_out_of_spacy, lazy_exports

keep_torch_out_of_spacy()

__all__ = ["COMPONENTS", "annotate", "from_doc", "load", "make_doc", "model_info"]
__getattr__ = lazy_exports(__name__, {
    "COMPONENTS": ".pipeline",
    "annotate": ".pipeline",
    "load": ".pipeline",
    "make_doc": ".pipeline",
    "model_info": ".pipeline",
    "from_doc": ".to_record",
})
