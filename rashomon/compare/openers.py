"""Who opened fire, as an account tells it, so that two accounts that each blame the other
side ("units of the Velmoran forces opened fire on Harwick posts", "Velmora said Harwick's
troops had fired first") are found in dispute, though such claims are worded too
differently to be paired as the same point.

The sides that opened fire are those named before the words of opening fire ("opened
fire", "fired first", "started the fighting"; ``compare_words.yaml``, ``openers``), after
the words that frame someone's account of it ("Velmora's defence ministry said"), or
named right after "came under fire from", "the first shots were fired by": entities, else
capitalised words the parser missed ("units of the Ostranan forces"). "Opened fire" counts
only where an armed force opened it (not a hunter, a gunman or a speaker in a debate).
None where the words are denied, supposed or threatened ("did not fire first", "would
open fire", "threatened to open fire") or tell of a response ("opened fire in
response", "returned fire").
"""

from __future__ import annotations

import re
from functools import cache

from rashomon import settings
from rashomon.compare.words import WORD, denied_before, phrase_pattern, section, section_set
from rashomon.record import Record

_NAME = re.compile(r"\b[A-Z][a-z]+(?=['’]s\b|\s)")  # a capitalised word inside a clause


def openers_in(record: Record, span: tuple[int, int]) -> set[str]:
    """The sides a claim says opened fire (names as the record gives them)."""
    text = record.text
    found: set[str] = set()
    for match in _pattern("phrases").finditer(text, span[0], span[1]):
        if _not_told(text, span, match):
            continue
        start, frame = _after_frame(text, span[0], match.start())
        if frame not in _set("accusing") and not _armed(text[start : match.start()],
                                                            match.group(0)):
            continue  # "a hunter opened fire", "Harwick fans started the fighting"
        found |= _names(record, span, start, match.start())
    for match in _pattern("phrases_before_the_side").finditer(text, span[0], span[1]):
        if _not_told(text, span, match):
            continue  # the side is named after: "came under fire from Velmoran units"
        end = min(match.end() + settings.COMPARE_SIDE_CHARS, span[1])
        after = _names_at(record, (match.end(), end), match.end(), end)
        if after:
            found.add(min(after)[1])
    return found


def _not_told(text: str, span: tuple[int, int], match: re.Match) -> bool:
    """The words of opening fire are denied, supposed, threatened or a response: a denial,
    a modal, "if" or "to" just before them ("threatened to open fire", "would open
    fire", "did not fire first"), or a word of response near them ("opened fire in
    response")."""
    before = [w.lower() for w in WORD.findall(text[span[0] : match.start()])]
    after = [w.lower() for w in WORD.findall(text[match.end() : span[1]])]
    reach = settings.COMPARE_FIRE_REACH
    return bool(denied_before(text[span[0] : match.start()])
                or set(before[-1:]) & _set("supposing")
                or set(before[-reach:] + after[:reach]) & _set("responses"))


def _names(record: Record, span: tuple[int, int], start: int, end: int) -> set[str]:
    """Every side named between ``start`` and ``end`` ("Velmoran and Corran units": both)."""
    return {name for _, name in _names_at(record, span, start, end)}


def _names_at(record: Record, span: tuple[int, int], start: int, end: int
              ) -> list[tuple[int, str]]:
    """The names between ``start`` and ``end`` with where they start: the record's
    entities, else capitalised words the parser missed (not the claim's first word unless
    an armed force follows it: "Velmoran troops opened fire")."""
    text = record.text
    names = [(s, e.name) for e in record.entities for s, t in e.mentions
             if start <= s and t <= end]
    if names:
        return names
    armed = _set("armed")
    return [(m.start(), m.group(0)) for m in _NAME.finditer(text, start, end)
            if m.start() > span[0] or _first_of(text[m.end() : end]) in armed]


def _first_of(text: str) -> str:
    first = WORD.search(text)
    return first.group(0).lower() if first else ""


def _after_frame(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the account of the fire begins, after the last framing word before ``end``
    ("said", "accused", "that") or word that opens its clause ("after"), and that word
    ("" where there is none)."""
    frames = [(m.end(), m.group(0).lower()) for m in WORD.finditer(text, start, end)
              if m.group(0).lower() in _set("frames") | _set("clause_openers")]
    return max(frames, default=(start, ""))


def _armed(words_before: str, phrase: str) -> bool:
    """Those said to open fire are an armed force ("Harwick troops", "units of the Velmoran
    army") or, for the words of fighting ("fired first", "started the fighting"), a side
    named alone ("Velmora fired first"); not hunters, gunmen, fans or a speaker in a
    debate. A side accused of it needs neither ("accused Harwick of opening fire")."""
    lower = {w.lower() for w in WORD.findall(words_before) if w[0].islower()}
    if lower & _set("armed"):
        return True
    return " ".join(phrase.lower().split()) not in _set("needs_armed") and not (
        lower - _set("passing_words"))


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    return phrase_pattern(_words()[kind])


def _words() -> dict:
    return section("openers")


def _set(kind: str) -> frozenset[str]:
    return section_set("openers", kind)
