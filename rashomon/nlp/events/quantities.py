"""How many: the counts an event's trigger governs ("28 warriors have been killed",
"deployed about 200 soldiers", "sanctions on two officials and four entities").

The kinds of count by trigger and the nouns that are counted are data
(``event_patterns.yaml``: ``quantity_kinds``, ``counted``, ``approx_words``).
"""

from __future__ import annotations

from spacy.tokens import Token

from rashomon.nlp.common.numbers import number
from rashomon.nlp.events.triggers import Trigger, patterns, word_set
from rashomon.nlp.events.types import FoundQuantity

_HOLDERS = ("dobj", "nsubjpass", "nsubj", "pobj", "attr", "appos", "conj")


def quantities_of(trigger: Trigger) -> list[FoundQuantity]:
    """The counts of people or entities the trigger's arguments carry."""
    token = trigger.token
    kinds = patterns()["quantity_kinds"]
    kind = kinds.get(token.lemma_.lower())
    if trigger.object is not None and trigger.type == "SANCTION":
        kind = "sanctioned"
    if kind is None:
        return []
    found = []
    for noun, value, approx in _counted(token, trigger.object):
        group = _group_of(noun)
        if group is None:
            continue
        name = f"{kind}_entities" if group == "entities" and kind == "sanctioned" else kind
        found.append(FoundQuantity(name, value, approx))
    return found


def _counted(trigger: Token, light_object: Token | None):
    """(counted noun, value, approx) for every number on the trigger's arguments."""
    scope = [trigger] + ([light_object] if light_object is not None else [])
    seen = set()
    for holder in scope:
        for arg in _arguments(holder):
            for noun, value, approx in _numbers_on(arg):
                if (noun.i, value) not in seen:
                    seen.add((noun.i, value))
                    yield noun, value, approx


def _arguments(token: Token):
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            yield child
        elif child.dep_ in ("prep", "agent"):
            yield from (c for c in child.children if c.dep_ == "pobj")
    for child in token.children:
        if child.dep_ == "nsubj" and token.lemma_.lower() in ("die",):
            yield child


def _numbers_on(noun: Token):
    """The numbers counting ``noun``: its own ("200 soldiers"), a number heading it
    ("eight of our soldiers"), an appositive count ("24 of them"), and its conjuncts'."""
    for candidate in [noun, *noun.conjuncts]:
        for child in candidate.children:
            if child.dep_ == "nummod" or (child.dep_ == "appos" and child.like_num):
                value = _value(child)
                if value is not None:
                    yield candidate, value, _approx(child)
        if candidate.like_num:  # "lost eight of our soldiers"
            of = [c for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of"]
            counted = [p for prep in of for p in prep.children if p.dep_ == "pobj"]
            value = _value(candidate)
            if counted and value is not None:
                yield counted[0], value, _approx(candidate)


def _value(token: Token) -> float | None:
    return number(token.text.replace(",", ""))


def _approx(number_token: Token) -> bool:
    words = word_set("approx_words")
    before = number_token.doc[max(0, number_token.i - 2) : number_token.i].text.lower()
    return any(c.dep_ in ("quantmod", "advmod") and c.lower_ in words
               for c in number_token.children) or any(before.endswith(w) for w in words)


def _group_of(noun: Token) -> str | None:
    counted = patterns()["counted"]
    for group, nouns in counted.items():
        if noun.lower_ in nouns or noun.lemma_.lower() in nouns:
            return group
    if noun.lower_ in ("them", "us"):
        return "people"
    return None
