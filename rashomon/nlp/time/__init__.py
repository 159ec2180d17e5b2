"""Time expressions (TIMEX3) and the article's date.

Component ``rashomon_timexes``: reads the parse, ``doc._.blocks`` and the date the page
gives (``doc._.published``); writes ``doc._.timexes`` (``FoundTimex``, values resolved in
text order) and, when the page gives no date, the one inferred from the text in
``doc._.published``. ``period_start`` reads a TIMEX3 value as the day it starts.
"""

from rashomon.lazy import lazy_exports

__all__ = ["FoundTimex", "TimexTagger", "period_start"]
__getattr__ = lazy_exports(__name__, {
    "TimexTagger": ".component",
    "FoundTimex": ".types",
    "period_start": ".values",
})
