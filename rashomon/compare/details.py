"""Details one account gives inside a point both make: "the call lasted about 30 minutes",
"at the latter's initiative", "and Washington". A phrase of a paired claim is a detail
only in its account when the other account does not say what it says anywhere: most of
its content words are missing there, and no claim of the other account is close to it in
meaning (a sentence-vector cosine below the fitted ``detail_meaning``)."""

from __future__ import annotations

import numpy

from rashomon import settings
from rashomon.compare.meaning import encode
from rashomon.compare.models import Unit
from rashomon.compare.units import Claim, content_of
from rashomon.compare.words import word_set
from rashomon.describe import shorten


def details_only_in(paired: list[Claim], other: list[Claim], meaning_from: float
                    ) -> list[Unit]:
    """The largest phrases of the ``paired`` claims that ``other`` does not mention, in
    words or in meaning (a sentence-vector cosine from ``meaning_from``)."""
    said = set().union(*(content_of(c.unit.text) for c in other)) if other else set()
    values = {value for c in other for _, _, value in c.times if value}
    candidates = [(claim, span, text) for claim in paired for span, text in claim.phrases
                  if not _points_back(text)
                  and _unmentioned(_without_times(claim, span, text, values), said)]
    if not candidates or not other:
        return []
    vectors = numpy.array(encode([text for _, _, text in candidates]))
    meaning = (vectors @ numpy.array([c.vector for c in other]).T).max(axis=1)
    limit = settings.COMPARE_SUMMARY_CHARS // 2
    found: list[Unit] = []
    picked: dict[int, list[tuple[int, int]]] = {}
    order = sorted(range(len(candidates)),
                   key=lambda n: candidates[n][1][0] - candidates[n][1][1])  # longest first
    for n in order:
        claim, span, text = candidates[n]
        taken = picked.setdefault(id(claim), [])
        if meaning[n] >= meaning_from or any(
                s < span[1] and span[0] < e for s, e in taken):
            continue
        taken.append(span)
        found.append(Unit(kind="detail", span=span, text=text,
                          detail=f"in: {shorten(' '.join(claim.unit.text.split()), limit)}"))
    return found


def _without_times(claim: Claim, span: tuple[int, int], text: str, values: set[str]) -> str:
    """The phrase without its time expressions: a date is compared as a date (the same
    month or a conflict, not a detail), a duration is a detail unless the other account
    gives the same one."""
    for (start, end), kind, value in claim.times:
        if span[0] <= start and end <= span[1] and (kind != "DURATION" or value in values):
            at = start - span[0]
            text = text[:at] + " " * (end - start) + text[at + end - start:]
    return text


def _points_back(text: str) -> bool:
    """The phrase is only a noun that a pointing word names ("another candidate", "of such
    measures"): what it means is elsewhere, so it is no point of its own. A phrase that
    goes on to say which ("the same hall where …", "the other side of the river") is."""
    words = text.lower().split()
    links = word_set("phrase_links")
    if len(words) > 1 and words[0] in links:
        words = words[1:]
    for opening in word_set("pointing_details"):
        size = len(opening.split())
        if words[:size] == opening.split():
            return not any(w in links for w in words[size:])
    return False


def _unmentioned(text: str, said: set[str]) -> bool:
    """Most of the phrase's content words are missing from the other account. Numbers do
    not count: a different number of the same thing is a conflict, not a detail."""
    content = {w for w in content_of(text) if not w[0].isdigit()}
    if len(content) < settings.COMPARE_DETAIL_WORDS:
        return False
    return len(content - said) >= settings.COMPARE_DETAIL_NEW * len(content)
