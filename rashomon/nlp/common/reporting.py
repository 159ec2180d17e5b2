"""The reporting-verb lexicon (``data/reporting_verbs.yaml``): verb frames and the word
lists that the quotes and events components both read ("documents", "naming_words", ...)."""

from __future__ import annotations

from functools import cache

from rashomon.data import load_yaml


@cache
def lexicon() -> dict:
    """The frames and word lists of ``reporting_verbs.yaml``."""
    return load_yaml("reporting_verbs.yaml")


@cache
def lexicon_words(kind: str) -> frozenset[str]:
    """A word list of ``reporting_verbs.yaml`` ("documents", "naming_words", ...)."""
    return frozenset(word.lower() for word in lexicon()[kind])


def reports(token, passive: bool = False) -> bool:
    """Whether ``token`` is the subject of a reporting verb ("Rowan said", "he added"); with
    ``passive``, a passive subject too ("Rowan was quoted as saying")."""
    subjects = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return token.dep_ in subjects and frame(token.head.lemma_) is not None


def speaks(token) -> bool:
    """Whether ``token`` is the subject of a reporting verb that is no part of what another
    one reports: "Rowan said", not the editor of "Wren noted that the editor had
    reported …", who speaks only in Wren's words."""
    return reports(token) and not _inside_a_report(token.head)


def asked(token) -> bool:
    """Whether ``token`` is the one a question is put to ("Earhardt asked Rubio which
    states …", "asked her whether …"): the object of a ``question_verbs`` verb with an
    indirect question, no part of what another one reports; not a request ("asked Pell to
    resign", "asked Pell for help")."""
    head = token.head
    question = any(c.dep_ == "ccomp" and c.i > token.i for c in head.children)
    return token.dep_ in ("dobj", "dative") and question and head.lemma_.lower() in \
        lexicon_words("question_verbs") and not _inside_a_report(head)


def asks_for_something(verb) -> bool:
    """Whether a verb of asking asks for something, not a question ("asked Vidal to
    resign", "pressed Chile to explain how …", "asked for aid"): an infinitive or a "for"
    phrase; the quotes and the events both tell a request from a question so."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for")
               for c in verb.children)


def _inside_a_report(verb) -> bool:
    """Whether ``verb`` is part of what a reporting verb above it reports."""
    return any(frame(a.lemma_) is not None for a in verb.ancestors)


def act(lemma: str) -> str | None:
    """What a reporting verb reports: speech, belief, intention or finding; None for a
    verb that reports nothing."""
    spec = frame(lemma)
    return spec["act"] if spec is not None else None


def frame(lemma: str) -> dict | None:
    """The frame (content and addressee slots) of a reporting verb, or None."""
    spec = lexicon()["verbs"].get(lemma.lower())
    if spec is None:
        return None
    return {**lexicon()["defaults"], **spec}


@cache
def undone_words() -> frozenset[str]:
    """Verbs under which an act is not done but refused, planned or wished ("refused to
    say", "plans to announce", "wants to tell"): the ``refusal_words``, ``plan_words`` and
    ``wish_words`` of ``event_patterns.yaml``, by which the events tell such acts too."""
    patterns = load_yaml("event_patterns.yaml")
    return frozenset(w for kind in ("refusal_words", "plan_words", "wish_words")
                     for w in patterns[kind])
