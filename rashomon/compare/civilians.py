"""Whether civilians were harmed, as an account tells it: "No civilians were harmed", "no
civilian casualties have been recorded" against "at least 14 of them civilians", "Fourteen
of the dead were civilians", so that an account that says none were and one that counts
them are found in dispute, however differently they word it.

Words of civilians and of harm are listed in ``compare_words.yaml`` (``civilians``). A claim
tells of harm to civilians when a word of harm stands near a word of civilians ("were
harmed", "of the dead", "killing 39 people, at least 14 of them civilians"); it spares them
when a word of denial stands among the few words before the civilians' word ("No civilians
were harmed", "no civilian casualties", "None of the dead were civilians", "killed no
civilians").
"""

from __future__ import annotations

from rashomon.compare.words import WORD, section, section_set


def civilians_told(text: str) -> int:
    """-1 where the text says no civilians were harmed, 1 where it says some were, 0 where
    it says neither (or both)."""
    words = [w.lower() for w in WORD.findall(text)]
    spared = harmed = False
    reach, denial_reach = _words()["reach"], _words()["denial_reach"]
    harm = _set("harm_words") | _set("harm_nouns")
    for n, word in enumerate(words):
        if word not in _set("civilian_words"):
            continue
        near = set(words[max(n - reach, 0) : n] + words[n + 1 : n + 1 + reach])
        if not near & harm:
            continue
        if set(words[max(n - denial_reach, 0) : n]) & _set("denials"):
            spared = True
        else:
            harmed = True
    return -1 if spared and not harmed else 1 if harmed and not spared else 0


def _words() -> dict:
    return section("civilians")


def _set(kind: str) -> frozenset[str]:
    return section_set("civilians", kind)
