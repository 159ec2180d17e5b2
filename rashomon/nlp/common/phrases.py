"""Noun phrases as the parse gives them, shared by the capabilities that name parties
(statements and events)."""

from __future__ import annotations

from spacy.tokens import Span, Token


def noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without its relative or participial clauses
    ("a readout of the phone call [provided by the president's office]")."""
    doc = token.doc
    left = min(t.i for t in token.subtree)
    right = token.i
    for child in token.rights:
        if child.dep_ in ("acl", "relcl", "appos", "punct", "cc", "conj"):
            break
        right = max(right, max(t.i for t in child.subtree))
    clauses = [t.i for t in doc[token.i + 1 : right + 1] if t.dep_ in ("acl", "relcl")]
    if clauses:
        right = min(clauses) - 1
    while right > token.i and doc[right].is_punct:
        right -= 1
    while left < token.i and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]
