"""Who opened fire, as an account tells it, so that two accounts that each blame the other
side ("units of the Velmoran forces opened fire on Harwick posts", "Velmora said Harwick's
troops had fired first") are found in dispute, though such claims are worded too
differently to be paired as the same point.

The side that opened fire is the name said last before the words of opening fire
("opened fire", "fired first", "started the fighting"; ``compare_words.yaml``,
``openers``), after the words that frame someone's account of it ("Velmora's defence
ministry said"): an entity, else a capitalised word inside the claim ("units of the
Ostranan forces"); none where a denial comes just before ("denied opening fire", "did not
fire first") or the fire was returned.
"""

from __future__ import annotations

import re
from functools import cache

from rashomon.data import load_yaml
from rashomon.record import Record

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NAME = re.compile(r"\b[A-Z][a-z]+(?=['’]s\b|\s)")  # a capitalised word inside a clause


def openers_in(record: Record, span: tuple[int, int]) -> set[str]:
    """The sides a claim says opened fire (names as the record gives them)."""
    text = record.text
    found = set()
    for match in _opening().finditer(text, span[0], span[1]):
        words = [w.lower() for w in _WORD.findall(text[span[0] : match.start()])]
        if set(words[-_words()["reach"] :]) & set(_words()["denials"]) or any(
                w.endswith(("n't", "n’t")) for w in words[-_words()["reach"] :]):
            continue
        start = _after_frame(text, span[0], match.start())
        names = [(s, e.name) for e in record.entities for s, t in e.mentions
                 if start <= s and t <= match.start()]
        names += [(m.start(), m.group(0)) for m in _NAME.finditer(text, start, match.start())
                  if m.start() > span[0] and not names]  # a name the parser missed
        if names:
            found.add(max(names)[1])
    return found


def _after_frame(text: str, start: int, end: int) -> int:
    """Where the account of the fire begins: after the last framing word before ``end``
    ("said", "accused", "that")."""
    frames = [m.end() for m in _WORD.finditer(text, start, end)
              if m.group(0).lower() in _words()["frames"]]
    return max(frames, default=start)


@cache
def _opening() -> re.Pattern[str]:
    phrases = sorted(_words()["phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split()))
                                         for p in phrases) + r")\b", re.IGNORECASE)


@cache
def _words() -> dict:
    return load_yaml("compare_words.yaml")["openers"]
