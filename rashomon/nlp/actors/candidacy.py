"""People the article shows running for office by what they do or what is theirs, not by a
title: "Trump's campaign", "the Clinton campaign", "Sanders is running for president",
"a vote for Rubio", "voters elected Pell" (the ``candidacy_*`` words of
``actor_words.yaml``), and members of a party named before their name ("Republican Ana
Ruiz"). ``known.complete`` gives such a person, where nothing else does, the country whose
parties the article names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from rashomon.nlp.actors.types import Entity
from rashomon.nlp.common import lexicon


def candidates(doc: Doc, entities: list[Entity]) -> dict[str, set[str]]:
    """The people with no country one of whose names stands in a candidacy, each with the
    countries its sentence names ("a vote for Osk in the Philippine Senate race": PHL), by
    id. A campaign, supporters or a vote for someone count only in a story about an
    election (one of the ``election_words``): not "the Wren campaign", an advertising push,
    nor "Ruiz supporters", a singer's fans."""
    people = [e for e in entities if e.type == "PERSON" and not e.country]
    election = lexicon.words("election_words") if people else frozenset()
    electoral = any(t.lower_ in election for t in doc)
    found: dict[str, set[str]] = {}
    for entity in people:
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if mention.kind == "name" and span is not None and (
                    _runs(span.root, electoral) or _partisan(span)):
                found[entity.id] = _countries_in(span.sent, entities)
                break
    return found


def _countries_in(sentence: Span, entities: list[Entity]) -> set[str]:
    """The countries of the places, peoples and bodies ``sentence`` names ("Manila", "the
    Philippine Senate")."""
    return {e.country for e in entities if e.country and e.type in ("GPE", "NORP", "ORG")
            and any(sentence.start_char <= m.start < sentence.end_char for m in e.mentions)}


def _partisan(name: Span) -> bool:
    """Whether a word naming a party stands right before the name ("Republican Ana Ruiz",
    "Democrat Tomás Vidal"; not "Independent": ``lexicon.party_name``), a member of it."""
    before = name.doc[name.start - 1] if name.start else None
    return before is not None and before.text[:1].isupper() and (
        lexicon.party_name(before.text) is not None)


def _runs(name: Token, electoral: bool) -> bool:
    """Whether the name whose head token is ``name`` is a candidate's by its clause;
    ``electoral``: the story is about an election."""
    head = name.head
    if name.dep_ in ("poss", "compound") and head.i != name.i:
        return _candidacy_noun(head, electoral)  # "Trump's campaign", "the Clinton campaign"
    if name.dep_ in ("nsubj", "nsubjpass") or (name.dep_ == "appos" and head.dep_ == "nsubj"):
        verb = head if name.dep_ != "appos" else head.head
        return _runs_for(verb)
    if name.dep_ == "pobj" and head.lower_ == "for":  # "a vote for Rubio", "voted for X"
        return electoral and head.head.lemma_.lower() in lexicon.words("candidacy_backing")
    if name.dep_ in ("dobj", "oprd"):  # "voters elected Ruiz"
        return head.lemma_.lower() in lexicon.words("candidacy_objects_of")
    return False


def _candidacy_noun(noun: Token, electoral: bool) -> bool:
    """A candidacy's noun in a story about an election ("campaign", "running mate"), or
    a bid for an office or a nomination ("his bid for the presidency", "a presidential
    bid")."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.words("candidacy_nouns"):
        return electoral
    return lemma in lexicon.words("candidacy_bids") and _for_office(noun)


def _runs_for(verb: Token) -> bool:
    """Whether ``verb`` (its subject a name) runs for or seeks an office or a nomination
    ("is running for president", "won the Republican nomination", "seeking the
    presidency"), or campaigns ("Vidal campaigned in Harwick")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.words("candidacy_verbs"):
        return True
    if lemma in lexicon.words("candidacy_seeking"):
        return _for_office(verb)
    return False


def _for_office(word: Token) -> bool:
    """Whether ``word`` has an office or a nomination as its object, after "for" or
    directly ("run for the Senate", "seek the presidency"), or as a modifier ("a
    presidential bid")."""
    offices = lexicon.words("candidacy_offices")
    for child in word.children:
        if child.dep_ == "amod" and child.lower_ in offices:
            return True
        targets = [child] if child.dep_ in ("dobj", "attr") else [
            g for g in child.children if g.dep_ == "pobj"] if child.lower_ == "for" else []
        if any(_office(target, offices) for target in targets):
            return True
    return False


def _office(noun: Token, offices: frozenset[str]) -> bool:
    """Whether ``noun`` (with its modifiers) names an office or a contest for one
    ("president", "the Democratic nomination", "the White House", "re-election")."""
    modifiers = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")]
    return bool({noun.lemma_.lower(), noun.lower_, *modifiers,
                 *(f"{m} {noun.lower_}" for m in modifiers)} & offices)
