"""Verb triggers from the CAMEO verb dictionary (``data/cameo_verbs.json``, compiled from
PETRARCH-2's ``CAMEO.2.0.txt`` by ``tools/build_cameo_verbs.py``), read into PLOVER through
``data/cameo_plover.tsv`` (CAMEO2PLOVER-2021).

A verb's patterns look at the words of its own phrase: ``before`` slots in the part of its
subtree before it (its subject), ``after`` slots in the part after it (not a clause it
reports: "said they will release the hostages" is no release by "said"), and prepositional
slots in the object of a preposition it (or its object) governs. The most specific
matching pattern gives the code; a ``[---]`` pattern says the phrase is no event ("die of
natural causes"). With no pattern, the verb's own code, unless the verb is too general to
be an act on its own (``pattern_only_verbs`` in ``event_patterns.yaml``).
"""

from __future__ import annotations

import json
from functools import cache

from spacy.tokens import Token

from rashomon.data import data_file, load_tsv, load_yaml

_NOT_OBJECT = ("conj", "cc", "advcl", "relcl", "punct", "mark", "parataxis", "ccomp")
_OBJECTS = ("dobj", "attr", "oprd", "acomp", "prt", "dative", "npadvmod", "advmod", "pobj")
_NO_EVENT = "---"


@cache
def dictionary() -> dict:
    """The compiled dictionary: ``verbs`` (verb -> [code, block numbers]), ``blocks``
    (their patterns) and ``forms`` (an inflected form -> its verb)."""
    with data_file("cameo_verbs.json") as handle:
        return json.load(handle)


@cache
def _multiword() -> dict[str, list[str]]:
    """First word -> the dictionary's multi-word verbs that start with it ("ask for")."""
    found: dict[str, list[str]] = {}
    for verb in dictionary()["verbs"]:
        if " " in verb:
            found.setdefault(verb.split()[0], []).append(verb)
    return found


@cache
def plover_of() -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER 2021 category, PLOVER mode or None)."""
    return {row["code"]: (row["type"], row["mode"] or None) for row in load_tsv(
        "cameo_plover.tsv")}


def plover(code: str) -> tuple[str, str | None] | None:
    """The PLOVER category and mode of a CAMEO code (by its longest listed prefix); None
    for a statement (CAMEO 01), which PLOVER does not code."""
    table = plover_of()
    for length in (len(code), 3, 2):
        if code[:length] in table:
            return table[code[:length]]
    return None


@cache
def _pattern_only() -> frozenset[str]:
    return frozenset(load_yaml("event_patterns.yaml")["pattern_only_verbs"])


@cache
def _senses_no_act() -> dict[str, frozenset[str]]:
    """Verb -> pattern words whose sense is no act between parties
    (``dictionary_no_act_senses``)."""
    table = load_yaml("event_patterns.yaml")["dictionary_no_act_senses"]
    return {verb: frozenset(words) for verb, words in table.items()}


class _Words:
    """The words of part of a verb's phrase, as written and as lemmas, in order."""

    def __init__(self, tokens) -> None:
        tokens = list(tokens)
        self.pairs = [(t.lower_, t.lemma_.lower()) for t in tokens]
        self.written = {w for pair in self.pairs for w in pair}
        self.lemmas = {lemma for _, lemma in self.pairs}
        heads = [t for t in tokens if t.dep_ != "compound"]  # "a research centre": centre
        self.head_written = {w for t in heads for w in (t.lower_, t.lemma_.lower())}
        self.head_lemmas = {t.lemma_.lower() for t in heads}

    def _word(self, part: str, heads_only: bool = False) -> bool:
        """A word of the phrase (as written or as a lemma); with ``heads_only``, not a
        noun's modifier ("research" in "a research centre" names no research)."""
        written, lemmas = ((self.head_written, self.head_lemmas) if heads_only
                           else (self.written, self.lemmas))
        return part in written or part.removesuffix("s") in lemmas

    def may_have(self, word: str) -> bool:
        """Whether a phrase starting with ``word`` could stand here (``has`` decides)."""
        return word in self.written or word.removesuffix("s") in self.lemmas

    def has(self, phrase: str) -> bool:
        """Whether the phrase's words stand in a row here (each as written or as a
        lemma; a plural in the pattern also matches its singular lemma); a one-word
        phrase must be a head here, not a noun's modifier."""
        parts = phrase.split()
        if len(parts) == 1:
            return self._word(parts[0], heads_only=True)
        if not all(self._word(part) for part in parts):
            return False
        for start in range(len(self.pairs) - len(parts) + 1):
            window = self.pairs[start : start + len(parts)]
            if all(part in pair or part.removesuffix("s") == pair[1]
                   for part, pair in zip(parts, window, strict=True)):
                return True
        return False

    def fills(self, slots: list[list[str]]) -> bool:
        """Whether every slot has one of its phrases here."""
        return all(any(self.has(phrase) for phrase in slot) for slot in slots)


class _Phrase:
    """The words around one verb that its patterns look at."""

    def __init__(self, verb: Token) -> None:
        right = [c for c in verb.children if c.i > verb.i and c.dep_ in _OBJECTS]
        left = [c for c in verb.children if c.i < verb.i and c.dep_ not in _NOT_OBJECT
                and c.dep_ not in ("aux", "auxpass", "neg")]
        self.before = _Words(t for c in left for t in c.subtree)
        after = [t for c in right for t in c.subtree]
        for clause in (c for c in verb.children if c.dep_ == "xcomp"):
            # "agreed to set up", "resume shelling": the clause's verb, not its object,
            # which is the clause's own event ("consider [increasing] troops")
            after += [clause] + [c for c in clause.children if c.dep_ == "prt"]
        self.after = _Words(sorted(after, key=lambda t: t.i))
        holders = [verb, *(c for c in right if c.dep_ in ("dobj", "attr", "oprd", "prt"))]
        self.prepositions = [
            (prep.lower_, _Words(t for o in prep.children if o.dep_ == "pobj"
                                 for t in o.subtree))
            for holder in holders for prep in holder.children if prep.dep_ == "prep"
            and not (prep.lower_ == "on" and names_a_time(prep))  # "called Ruiz on Monday"
            # is no "call on": a pattern's "on" stands for a party
        ]
        self.preposition_words = {word for word, _ in self.prepositions}

    def matches(self, pattern: list) -> bool:
        _, before, after, prepositional, _ = pattern
        if any(preposition not in self.preposition_words for preposition, _ in prepositional):
            return False  # the cheapest test first: most patterns fail on it
        if not self.after.fills(after) or not self.before.fills(before):
            return False
        return all(
            any(word == preposition and words.fills(slots) for word, words in self.prepositions)
            for preposition, slots in prepositional
        )


def names_a_time(preposition: Token) -> bool:
    """Whether what a preposition governs is a day or an hour ("on Monday", "at noon"),
    not a party ("called on Chile")."""
    objects = [o for o in preposition.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


@cache
def _after_keys(number: int) -> tuple[frozenset[str], ...]:
    """Per pattern of a block, the first words of its first object slot's phrases (empty
    when it has none): a pattern can match only where one of them is."""
    return tuple(frozenset(phrase.split()[0] for phrase in pattern[2][0]) if pattern[2]
                 else frozenset() for pattern in dictionary()["blocks"][number])


def _size(pattern: list) -> int:
    _, before, after, prepositional, _ = pattern
    return len(before) + len(after) + sum(1 + len(slots) for _, slots in prepositional)


def _entry(verb: Token) -> tuple[str, list] | None:
    """The dictionary entry of a verb, a multi-word one first ("ask for", "call off")."""
    verbs = dictionary()["verbs"]
    lemma = verb.lemma_.lower()
    followers = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "dobj", "acomp")}
    for name in _multiword().get(lemma, ()):
        if name.split(" ", 1)[1] in followers:
            return name, verbs[name]
    if lemma not in verbs:  # "lambasted": the parser's lemma is "lambast"
        lemma = dictionary()["forms"].get(verb.lower_, lemma)
    return (lemma, verbs[lemma]) if lemma in verbs else None


def cameo_code(verb: Token, patterns_only: bool = False) -> tuple[str, frozenset[str]] | None:
    """The CAMEO code the dictionary gives this verb in its phrase and the words of the
    pattern that gave it (none for the verb's own code), or None (no entry, a no-event
    pattern, or a bare verb too general to code; with ``patterns_only``, any bare verb)."""
    found = _entry(verb)
    if found is None:
        return None
    name, (own_code, block_numbers) = found
    phrase = _Phrase(verb)
    blocks = dictionary()["blocks"]
    best = None
    for number in block_numbers:
        for pattern, keys in zip(blocks[number], _after_keys(number), strict=True):
            if pattern[4] is not None and name not in pattern[4]:
                continue  # written for another verb of the block
            if keys and not any(phrase.after.may_have(key) for key in keys):
                continue  # no first word of its first object slot: it cannot match
            if (best is None or _size(pattern) > _size(best)) and phrase.matches(pattern):
                best = pattern
    if best is not None:
        if _pattern_words(best) & _senses_no_act().get(name, frozenset()):
            return None  # "a union that has broken away from other groups": no threat
        return (best[0], _pattern_words(best)) if best[0] else None
    if own_code is None or patterns_only or _too_general(name):
        return None
    return own_code, frozenset()


def _pattern_words(pattern: list) -> frozenset[str]:
    _, before, after, prepositional, _ = pattern
    slots = before + after + [slot for _, slots in prepositional for slot in slots]
    return frozenset(word for slot in slots for phrase in slot for word in phrase.split())


def _too_general(name: str) -> bool:
    """A verb coded only through its patterns; a multi-word verb ("go to") goes with its
    first word."""
    return name in _pattern_only() or name.split()[0] in _pattern_only()
