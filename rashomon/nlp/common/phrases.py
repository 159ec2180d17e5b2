"""Noun phrases as the parse gives them, and the names the entity recogniser found, shared
by the capabilities that name parties (actors, statements and events)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.nlp.common import lexicon


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


def name_at(token: Token, labels: tuple[str, ...] | None = None) -> Span | None:
    """The name (an entity of the Doc, of one of ``labels`` if given) ``token`` stands in."""
    if labels is not None and token.ent_type_ not in labels:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def called_name(noun: Token) -> Span | None:
    """The name a body's common noun is given by "called" or "named" after it ("a group
    called Citizens for Pellin"; ``named_body_nouns``, ``naming_participles``): its
    capitalised words and the function words between them, else None."""
    if noun.lower_ not in lexicon.words("named_body_nouns") or not any(
            c.dep_ == "det" and c.lower_ in lexicon.words("indefinite_determiners")
            for c in noun.children):
        return None  # "The party named Ana Ruiz as its candidate": it names someone
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lower_ not in lexicon.words("naming_participles"):
            continue
        head = next((c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr")), None)
        if head is None or not head.text[:1].isupper():
            return None
        doc, end = noun.doc, head.i + 1
        joiners = lexicon.words("function_words")
        while end < len(doc) and (doc[end].text[:1].isupper() or (
                doc[end].lower_ in joiners and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper())):
            end += 1
        if end < len(doc) and doc[end].lower_ in lexicon.words("naming_complements"):
            return None  # "a group called Marta Pell a traitor", "… named X as its head"
        start = head.left_edge.i
        while start < head.i and not doc[start].text[:1].isupper():
            start += 1
        return doc[start:end]
    return None


def glued(token: Token) -> bool:
    """Whether ``token`` is a hyphen or the word before one, written without a space
    ("co" of "co-founder", the hyphen of "Ji-hun")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.text == "-":
        return token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return following is not None and following.text == "-" and not token.whitespace_ and (
        not following.whitespace_)
