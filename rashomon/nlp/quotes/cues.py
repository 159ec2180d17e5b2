"""Which reporting verbs make a statement, and which verb is a quotation's cue.

Plain predicates over spaCy tokens with the frames of ``data/reporting_verbs.yaml``: a verb
negated, refused, planned or asked for, modal inside someone's statement or passive with no
agent states nothing; a belief only mentioned ("how they think") or reported inside another
statement is part of that statement; a verb nested in what an earlier verb reports is not a
quotation's cue.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from rashomon.nlp.common import reporting
from rashomon.nlp.common.reporting import act, frame, lexicon_words, undone_words
from rashomon.nlp.quotes.attribution import (
    comma_beside,
    content_of,
    is_document,
    names_a_person,
    object_controlled,
    says_a_clause,
    subject_of,
    trailing_participle,
)


def nested(cue: Token, cues: list[Token]) -> bool:
    """Whether a reporting verb hangs inside another one's clause ("said Turkey was ready
    to discuss “…”": the quote is what was said, not what will be discussed); a verb
    coordinated with the clause ("… and promised that …") is a cue of its own, and so is
    a participle that adds words of its own to the verb ("The dock will open, Ruiz said,
    adding that …": the quote after "adding" is what was added)."""
    return cue.dep_ != "conj" and not adds_its_own_words(cue) and any(
        a in cues for a in cue.ancestors)


def adds_its_own_words(cue: Token) -> bool:
    """Whether a participle set off by a comma adds reported words of its own to a verb
    that reports a clause of its own ("The dock will open, Ruiz said, adding that …",
    "Ruiz urged voters to stay home, saying “…”"); not one that gives the verb's words
    ("Ruiz emailed supporters, telling them “…”")."""
    head = cue.head
    if not trailing_participle(cue) or frame(head.lemma_) is None:
        return False
    own = reported_clause(head)
    return says_a_clause(cue) and own is not None and own.pos_ in ("VERB", "AUX") \
        and own != cue and (own.i > head.i or set_off_by_a_comma(own, head))


def reports_a_clause_of_its_own(cue: Token) -> bool:
    """Whether a verb after a quotation reports the clause that follows it (“We will
    win.” The council said later that it disagreed): it is not the quotation's cue."""
    content = content_of(cue, (frame(cue.lemma_) or {}).get("content", []))
    return content is not None and content.i > cue.i and content.dep_ == "ccomp"


@cache
def headline_verbs() -> dict[str, str]:
    """The third-person forms of the speech verbs, as headlines write them ("Says",
    "Warns", "Denies"), with their lemmas."""
    forms = {}
    for lemma, spec in reporting.lexicon()["verbs"].items():
        if act(lemma) != "speech" or spec.get("needs_preposition") or spec.get(
            "needs_object"
        ):
            continue
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms[lemma[:-1] + "ies"] = lemma
        elif lemma.endswith(("s", "sh", "ch", "x", "z")):
            forms[lemma + "es"] = lemma
        else:
            forms[lemma + "s"] = lemma
    return forms


def reported_clause(cue: Token) -> Token | None:
    """What a reporting verb reports: the content its frame names, else the clause it
    frames as a parenthetical ("The plan, she added, was final")."""
    spec = frame(cue.lemma_)
    return (content_of(cue, spec["content"]) if spec is not None else None) \
        or framing_clause(cue)


def framing_clause(cue: Token) -> Token | None:
    """The clause a parenthetical reporting verb frames, when the parser hangs the verb
    inside it ("In the long run, many economists say, the effect could spread"; "The
    plan, she added, was final"; "As the Courier observed, the port is closed"): the
    verb it hangs on; "as Ruiz continues to press the council, …" frames nothing, nor does
    a verb that a reporting verb reports ("X agreed …, the office said")."""
    head = cue.head
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        head = head.head  # "The mill, people said, is haunted": hung on "is", frames "haunted"
    as_clause = cue.dep_ == "advcl" and any(  # "…, as Ana Ruiz noted in her column"
        c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) and not any(
        c.dep_ in ("dobj", "xcomp") for c in cue.children) and comma_beside(cue)
    parenthetical = (cue.dep_ in ("parataxis", "ccomp") or as_clause) and head.i != cue.i
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    # "X agreed …, the office said" frames no agreement; "He hoped, he said, that …" frames
    # the hope, which is then part of the statement
    reports_the_verb = frame(head.lemma_) is not None and (
        act(head.lemma_) == "speech" or cue.dep_ != "parataxis")
    if parenthetical and has_subject and head.pos_ in ("VERB", "AUX") and not reports_the_verb:
        return head
    return None


def finds_nothing(cue: Token, content: Token) -> bool:
    """Whether a finding verb's object is no finding: a thing shown by what cannot find
    ("the policy shows no sign of change", "both sides have shown an inclination to …"),
    where a survey or the data can ("the survey showed Wren with a lead")."""
    if content.dep_ != "dobj" or not (frame(cue.lemma_) or {}).get("object_needs_finder"):
        return False
    subject = subject_of(cue)
    if subject is None:
        return True
    sources = lexicon_words("finding_sources")
    words = {subject.lemma_.lower(), subject.lower_, subject.lower_.removesuffix("s")}
    return not (is_document(subject) or words & sources)  # "Records show", "Figures show"


def set_off(content: Token, cue: Token) -> bool:
    """Whether a clause before its reporting verb is set off from it by punctuation, as
    reported words are ("The plan is final, she added"), or frames it ("The plan, she
    added, was final"); "the number of riders Pellin Post added" reports nothing."""
    if content.is_ancestor(cue):
        return True
    between = content.doc[content.right_edge.i + 1 : cue.i]
    return any(t.is_punct for t in between) or content.right_edge.is_punct


def set_off_by_a_comma(content: Token, cue: Token) -> bool:
    """``set_off`` read strictly, for a verb that also hands over to other words after it
    ("The dock will open, Ruiz said, adding …"): the clause ends at a comma before the
    reporting clause, with no semicolon, colon or dash between, which end the reporter's
    own words ("The strike is over; Osk said, adding …")."""
    subject = subject_of(cue)
    opens = min(subject.left_edge.i, cue.i) if subject is not None else cue.i
    marks = [t.text for t in cue.doc[content.i : opens] if t.is_punct]
    return marks[-1:] == [","] and not set(marks) & {";", ":", "-", "–", "—"}


def subordinate(verb: Token) -> bool:
    """Whether a verb heads a clause of time, cause, condition or concession ("after Wren
    criticized the plan", "when she told the council"); "as X put it" is none."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lexicon_words("subordinators")
        for c in verb.children)


def outer_cue(cue: Token) -> Token | None:
    """The reporting verb that reports ``cue`` ("…, the president's office said")."""
    head = cue.head
    if cue.dep_ in ("ccomp", "parataxis") and head.i > cue.i and frame(head.lemma_) is not None \
            and act(head.lemma_) == "speech":  # "His wife, he says, plans …": no chain
        return head
    return None


def stands_apart(cue: Token) -> bool:
    """Whether a reporting verb heads a clause of contrast, after a comma, with a subject
    of its own, that is no part of the statement it follows: the reporter sets two holders
    side by side ("70 percent believe X, while only 50 percent believe Y"; "supporters
    said X, while other voters said Y"; ``contrast_marks``); not a belief set against
    what a person says ("Ruiz said voters trust the port, while few believe the mayor")."""
    if cue.dep_ != "advcl" or frame(cue.lemma_) is None or cue.i < cue.head.i \
            or cue.doc[cue.left_edge.i - 1].text != ",":
        return False
    if not any(c.dep_ == "nsubj" for c in cue.children) or not any(
            c.dep_ == "mark" and c.lower_ in lexicon_words("contrast_marks")
            for c in cue.children):
        return False
    outer = next((a for a in cue.ancestors if frame(a.lemma_) is not None), None)
    holder = subject_of(outer) if outer is not None else None
    return holder is None or not names_a_person(holder) or act(cue.lemma_) == "speech"


def reported_attitude(cue: Token, reporting: set[Token]) -> bool:
    """Whether a belief, intention or finding is reported inside someone else's statement
    ("Dendias told Kaya that Athens wanted …", "He hoped, he said, that …"): it is part of
    that statement, not one of its own (unless it ``stands_apart``)."""
    if stands_apart(cue):
        return False
    return act(cue.lemma_) != "speech" and (any(a in reporting for a in cue.ancestors) or any(
        c in reporting and c.dep_ == "parataxis" and act(c.lemma_) == "speech"
        for c in cue.children))  # "He hoped, he said, that …"


def incidental_attitude(cue: Token) -> bool:
    """Whether a belief, intention or finding is only mentioned, not attributed: in a
    relative clause or an indirect question ("reporters who want to break a mold", "how
    they think", "what Washington wants"), or held by no one in particular ("people
    think", "they want", "it shows", "one might think", a gerund with no one's name:
    "expecting him to change is …"); not a parenthetical that frames a clause ("The
    strikes, they believe, will …", "The deal, many think, is near"), nor a holder its
    words define ("those close to the mayor believe", "some in the party think")."""
    if act(cue.lemma_) in (None, "speech"):
        return False
    if cue.dep_ == "relcl" and _set_off_on_a_name(cue):
        return False  # "Ruiz, who believes the port is safe, …": her belief
    if cue.dep_ == "relcl" or any(c.tag_ in ("WP", "WRB", "WDT") for c in cue.children):
        return True
    subject = subject_of(cue)
    if subject is None and cue.tag_ == "VBG":
        return True  # "Expecting Wren to change is like …", "anyone expecting him to pivot"
    if subject is not None and subject.lower_ == "one" and any(
            c.tag_ == "MD" for c in cue.children):
        return True  # "one might think": anyone's
    if cue.dep_ == "parataxis" and framing_clause(cue) is not None:
        return False  # "The strikes, they believe, will …": set off, the clause is theirs
    return subject is not None and subject.lower_ in lexicon_words("vague_holders") \
        and defining_words(subject) is None


def defining_words(holder: Token) -> Token | None:
    """The words after a pronoun or vague holder that say who it stands for: a relative or
    participial clause ("those [who voted early]", "those [surveyed]"), an adjective with
    its phrase ("those [close to the mayor]") or a prepositional phrase ("those [at the
    meeting]", "some [of the fishers]"); not "[of us]", a time ("many [in 2019]") or an
    ``adverbial_phrases`` phrase ("people [on the whole]")."""
    for child in holder.rights:
        if child.dep_ in ("relcl", "acl") or (
                child.dep_ == "amod" and any(g.dep_ == "prep" for g in child.children)):
            return child
        if child.dep_ != "prep":
            continue
        objects = [g for g in child.children if g.dep_ == "pobj"]
        phrase = " ".join(t.lower_ for t in child.subtree)
        if objects and phrase not in lexicon_words("adverbial_phrases") and not any(
                o.ent_type_ in ("DATE", "TIME") or (child.lower_ == "of" and o.pos_ == "PRON")
                for o in objects):
            return child
    return None


def _set_off_on_a_name(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma after a name ("Ruiz, who wants to
    …"), which says what that one holds, not which people are meant ("voters who want …")."""
    noun = clause.head
    before = clause.left_edge.i - 1
    return noun.pos_ == "PROPN" and before >= 0 and clause.doc[before].text == "," \
        and clause.left_edge.tag_ == "WP"


def own_voice(cue: Token) -> bool:
    """Whether the verb's subject is "I", "we" or "you": the writer's or an interviewee's
    own words, not reported speech."""
    subject = subject_of(cue)
    return subject is not None and subject.lower_ in lexicon_words("own_voice")


def asserted(cue: Token) -> bool:
    """False when no statement was made: a reporting verb that is negated, conditional,
    or refused, planned, asked for or expected ("declined to say", "if the report
    shows", "plans to announce", "asked the minister to confirm"), has a negative subject
    ("neither side confirmed the deal") or a modal inside someone's statement ("said it
    would announce"); and when nobody is named as saying it: a passive with no agent
    ("companies accused of ...", "Asked whether ...", "when asked whether ...", "he is
    expected to win", "it was reported that ...")."""
    if any(c.dep_ == "neg" for c in cue.children) or _not_done(cue) or any(
            c.dep_ == "mark" and c.lower_ in lexicon_words("hypothetical_marks")
            for c in cue.children):  # "if the emails show that …"
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)
    if modal and any(frame(a.lemma_) is not None for a in cue.ancestors):
        return False  # "the court said it would announce its verdict": nothing said yet
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)
    subject = subject_of(cue)
    has_subject = any(c.dep_ == "nsubj" for c in cue.children)
    participle = cue.tag_ == "VBN" and cue.dep_ in ("acl", "advcl", "relcl") and not (
        perfect or has_subject)  # not "as X had written"
    reduced = cue.dep_ == "advcl" and cue.tag_ in ("VBD", "VBN") and not has_subject and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lexicon_words("reduced_clause_marks")
        for c in cue.children)  # "… when asked which candidate she would back"
    passive = participle or reduced or any(c.dep_ in ("nsubjpass", "auxpass")
                                           for c in cue.children)
    if passive and not any(c.dep_ == "agent" for c in cue.children):
        return False
    return subject is None or not (subject.lower_ in ("neither", "none") or any(
        c.dep_ in ("det", "neg", "preconj") and c.lower_ in ("neither", "no")
        for c in subject.subtree
    ))  # "neither side", "officials of no party", "none of them"; not "the No. 2 Republican"


def _not_done(cue: Token) -> bool:
    """Whether a reporting verb is only refused, planned, wished, asked for or expected
    ("refused to say", "plans to announce", "wants to tell", "urged Lind to say", "is
    expected to say", "was unable to say", but not "was prompted to say"): under an
    object, a passive of ``unfulfilled_passives``, an adjective of
    ``unfulfilled_adjectives`` or the words of ``event_patterns.yaml`` by which the events
    tell such acts from done ones."""
    head = cue.head
    if cue.dep_ != "xcomp" or head.i == cue.i:
        return False
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    expected = passive and head.lemma_.lower() in lexicon_words("unfulfilled_passives")
    expected |= head.pos_ == "ADJ" and head.lower_ in lexicon_words("unfulfilled_adjectives")
    if expected or object_controlled(cue):
        return True
    return head.lemma_.lower() in undone_words()


def reports_speech(verb: Token) -> bool:
    """Whether ``verb`` is a speech act reported as past ("asked", "has stressed") and not
    one announced for later ("would announce")."""
    if frame(verb.lemma_) is None or act(verb.lemma_) != "speech" or content_of(
            verb, frame(verb.lemma_)["content"]) is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    perfect = verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries)
    return verb.tag_ == "VBD" or perfect


def has_required_words(cue: Token, spec: dict) -> bool:
    """Whether a verb the frame lets report speech only with a preposition or particle
    ("called for", "pointed out"), an object or a marker ("as she put it") has them."""
    preposition, obj, mark = (spec.get(k) for k in ("needs_preposition", "needs_object",
                                                      "needs_mark"))
    children = list(cue.children)
    return (not preposition or any(c.dep_ in ("prep", "prt") and c.lower_ in preposition
                                   and c.i <= cue.i + 2  # "called for", not "called … on Friday"
                                   for c in children)) and (
        not obj or any(c.dep_ == "dobj" and c.lower_ in obj for c in children)) and (
        not mark or any(c.dep_ == "mark" and c.lower_ in mark for c in children))


def verb_before_the_colon(cues: list[Token]) -> Token | None:
    """Of the reporting verbs before a quotation that a colon opens, the one the colon
    hangs on, with a subject of its own ("“…,” Ruiz said as a fisherman shouted: “…”"); not
    a relative clause's verb that a verb above it takes the quotation from ("Ruiz told
    voters who had asked: “…”")."""
    colon = next((c for c in reversed(cues) if any(
        t.text == ":" and t.dep_ == "punct" for t in c.children) and any(
        t.dep_ == "nsubj" for t in c.children)), None)
    if colon is not None and any(t.dep_ == "nsubj" and t.tag_ == "WP" for t in
                                 colon.children) and any(
            says_the_quotation(c, colon) for c in cues if c in colon.ancestors):
        return None
    return colon


def question_put_to(cue: Token) -> Token | None:
    """A passive participle of asking on a statement's verb or its subject ("Asked about
    the letter, Vidal replied", "Ruiz, asked by a reporter, replied"), else None."""
    subject = subject_of(cue)
    near = [*cue.children, *(subject.children if subject is not None else ())]
    return next((c for c in near if c.tag_ == "VBN" and c.dep_ in ("advcl", "acl")
                 and c.lemma_.lower() in lexicon_words("question_verbs")
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def says_the_quotation(cue: Token, relative: Token) -> bool:
    """Whether a reporting verb reports a clause and has none of its own but the
    ``relative`` clause the parser may hang on it, so that a quotation after it is what it
    says ("Ruiz told voters who had asked: “…”"); "thanked the man who had shouted: “…”"
    reports a thanks, not the words."""
    slots = (frame(cue.lemma_) or {}).get("content", [])
    return "ccomp" in slots and content_of(cue, slots) in (None, relative)


def issued_words(verb: Token) -> Token | None:
    """The ``announcing_nouns`` object of a verb that issues something (``source_verbs``,
    ``medium_verbs``): "statement" in "issued the following statement", else None."""
    if verb.lemma_.lower() not in lexicon_words("source_verbs") | set(
            reporting.lexicon()["medium_verbs"]):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in lexicon_words("announcing_nouns")), None)
