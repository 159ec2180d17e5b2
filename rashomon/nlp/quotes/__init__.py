"""Statements: who said what, to whom, according to whom.

Component ``rashomon_quotes``: reads the parse, ``doc._.blocks``, ``doc._.entities`` and
``doc._.timexes``; writes ``doc._.quotes`` (``FoundQuote``, with its ``Via`` chain) and
``doc._.quote_warnings`` (unbalanced quotation marks).
"""

from rashomon.lazy import lazy_exports

__all__ = ["FoundQuote", "QuoteFinder", "Via"]
__getattr__ = lazy_exports(__name__, {
    "QuoteFinder": ".component",
    "FoundQuote": ".types",
    "Via": ".types",
})
