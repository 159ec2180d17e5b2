"""Rashomon reads news and answers, with evidence: who said what, to whom, according to
whom; who did what to whom, when and where; and how two accounts differ.

The public API: ``read``, ``analyze``, ``analyze_many``, ``compare`` and the ``Record``
and ``Comparison`` models. Importing the package loads no spaCy: the pipeline is loaded
when a text is first analysed.
"""

from __future__ import annotations

__version__ = "0.1.0"

from rashomon.analyze import analyze, analyze_many
from rashomon.compare import Comparison, compare
from rashomon.read import Document, read, read_many
from rashomon.record import Record

__all__ = [
    "Comparison",
    "Document",
    "Record",
    "__version__",
    "analyze",
    "analyze_many",
    "compare",
    "read",
    "read_many",
]
