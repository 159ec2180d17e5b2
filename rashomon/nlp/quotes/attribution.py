"""Who says something, to whom, and according to whom: read off the dependency parse with
the frames of ``data/reporting_verbs.yaml``.

Plain functions over spaCy tokens (the actors' ``MentionIndex`` says which entity a stretch
of text names). ``Documents`` remembers the readouts and statements the
article introduces ("a readout provided by the president's office") so that "the readout
said" later is traced to the same source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from rashomon.nlp.actors import Entity, MentionIndex
from rashomon.nlp.common.lexicon import person_noun, titles
from rashomon.nlp.common.lexicon import table as actor_table
from rashomon.nlp.common.lexicon import words as actor_words
from rashomon.nlp.common.phrases import name_at, noun_phrase
from rashomon.nlp.common.reporting import frame, lexicon, lexicon_words
from rashomon.nlp.quotes.types import Via

_SUBJECTS = ("nsubj", "nsubjpass")
_BRACKETED_WORDS = 8  # tokens back to the opening bracket of a tag after a name ("(D-N.Y.)")
# the words that can run from a noun to the verb after it: its relative or participial
# clause and what that clause holds
_CLAUSE_INSIDE_A_NAME = ("dobj", "pobj", "prep", "advcl", "xcomp", "relcl", "acl", "advmod",
                         "npadvmod", "attr", "acomp", "ccomp")


@dataclass
class Documents:
    """The documents the article cites, in text order, with their sources."""

    found: list[tuple[int, str, list[Via], bool]] = field(default_factory=list)

    def add(self, noun: Token, chain: list[Via], named_before: bool = False) -> None:
        """Note a document with its chain; ``named_before``: its source is the issuer named
        in front of it ("a CNN poll")."""
        self.found.append((noun.idx, noun.lemma_.lower(), chain, named_before))

    def latest(self, noun: Token) -> list[Via] | None:
        """The chain of the last document of the same kind cited before ``noun``; for
        several ("polls", "exit polls"), not one an issuer named in front of it ("a CNN
        poll … Other polls show"), and only for "the" or "these" ones ("a survey from
        Harwick College … in most surveys" are others)."""
        several = noun.tag_ in ("NNS", "NNPS")
        if several and not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                               for c in noun.children):
            return None
        same = [c for i, lemma, c, named_before in self.found if i < noun.idx
                and lemma == noun.lemma_.lower() and not (several and named_before)]
        return same[-1] if same else None


def is_document(token: Token) -> bool:
    """Whether a noun names a document ("the statement", "a poll", "the American Community
    Survey"), not a news outlet whose name ends in one ("The Washington Post reported")."""
    lemma = token.lemma_.lower()
    return (lemma in lexicon_words("documents") or lemma in lexicon_words("court_papers")) \
        and token.pos_ in ("NOUN", "PROPN") and not _in_an_outlet_name(token)


def _in_an_outlet_name(token: Token) -> bool:
    """Whether a word is part of a news outlet's name the entity recogniser found."""
    name = name_at(token, ("ORG",))
    return name is not None and names_an_outlet(name.text)


def is_press(token: Token) -> bool:
    """Whether a noun names the press: reporters, journalists, or a news organisation whose
    name ends with a news word or is a wire or broadcaster ("Reuters", "the Daily Herald",
    "Orvania Television"), a ``press_nouns_after_a_name`` word after a name ("Harwick
    magazine") or a station of a broadcast word ("VTV television station");
    the head word decides, so "Post Office managers" is none."""
    if token.lemma_.lower() in lexicon_words("press_audiences") or \
            token.lower_ in lexicon_words("press_audiences"):  # "media", lemmatised "medium"
        return True
    if token.lower_ in lexicon_words("press_nouns_after_a_name") and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return True  # "Harwick magazine", "Pellin newspaper"
    if token.lemma_.lower() in lexicon_words("broadcast_nouns") and any(
            c.dep_ == "compound" and c.lower_ in lexicon_words("broadcast_words")
            for c in token.children):
        return True  # "VTV television station", "a radio station"
    return token.text in lexicon()["news_outlet_words"] or names_an_outlet(noun_phrase(token).text)


def names_an_outlet(name: str) -> bool:
    """Whether a name is a news organisation's: a ``news_outlet_words`` word or a name
    ending with one ("the Daily Herald", "Reuters", "the Associated Press", "POLITICO")."""
    def fold(text: str) -> str:  # "POLITICO", "USA TODAY": capitals match any case
        return text.casefold() if name.isupper() else text

    return any(fold(name) == fold(word) or fold(name).endswith(f" {fold(word)}")
               for word in lexicon()["news_outlet_words"])


def source_of(noun: Token, speakers: MentionIndex) -> tuple[Entity, int, int] | None:
    """The source a document noun names: "the ministry's statement", "a statement from the
    ministry", "the readout released by the PMO", "a readout of the call provided by the
    president's office", "the ministry issued a statement", "a speech Ruiz delivered"."""
    prepositions = set(lexicon()["source_prepositions"])
    verbs = set(lexicon()["source_verbs"])
    candidates: list[Token] = [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs:  # "X issued a statement"
        candidates += [c for c in noun.head.children if c.dep_ == "nsubj"]
    scope = list(noun.subtree)
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in verbs:
        scope += [t for t in noun.head.children if t.dep_ in ("agent", "prep")]  # inverted
    for token in scope:
        if token.dep_ in ("agent", "prep") and token.lower_ in prepositions:
            head = token.head
            by_source_verb = head.lemma_.lower() in verbs
            if head.i == noun.i or by_source_verb:
                candidates.extend(c for c in token.children if c.dep_ == "pobj")
    # "a speech Ruiz delivered": the subject of a source verb in its relative clause
    candidates += [c for clause in noun.children if clause.dep_ == "relcl"
                   and clause.lemma_.lower() in verbs for c in clause.children
                   if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    finding = noun.lemma_.lower() in lexicon_words("finding_documents")
    for candidate in candidates:
        if finding and candidate.head.lower_ == "of" and candidate.dep_ == "pobj":
            continue  # "a poll of South Carolina", "a survey of voters": whom it asked
        found = speakers.at(*_own_edges(candidate), candidate.idx, inside=True)
        if found and found[0].type in ("ORG", "PERSON", "GPE", "NORP") and not (
                found[0].type != "PERSON" and _describes_a_titled_person(candidate, found[1])
        ) and not _place_of_a_thing(candidate, found):
            return found
    return None


def _own_edges(noun: Token) -> tuple[int, int]:
    """The character offsets of ``noun``'s phrase up to a relative or participial clause
    ("the primary, which Ruiz won": the primary)."""
    clauses = [c.left_edge.idx for c in noun.children
               if c.dep_ in ("relcl", "acl") and c.i > noun.i]
    return noun.left_edge.idx, min([_end(noun.right_edge), *clauses])


def _place_of_a_thing(noun: Token, found: tuple[Entity, int, int]) -> bool:
    """Whether ``found`` is only a place that modifies a common noun naming no one ("exit
    polls from the Ohio primary"), which is not the source; a place's body or people
    ("the Ohio delegation", "Russian officials") are."""
    entity, start, end = found
    if entity.type != "GPE" or noun.pos_ != "NOUN" or start <= noun.idx < end:
        return False
    lemma = noun.lemma_.lower()
    return not (person_noun(noun.lower_) or person_noun(lemma)
                or lemma in actor_words("organisation_nouns")
                or lemma in actor_words("named_body_nouns"))


def _issuer_named_before(noun: Token, speakers: MentionIndex) -> tuple[Entity, int, int] | None:
    """The issuer a document names in front of it, when it names no other source: a person
    or an organisation ("the Velmora Shipping statement", "a Harwick University poll",
    "the Supreme Court ruling"); not a place it is about ("Iowa polls"), the medium it was
    posted on ("a YouTube video"), a person before a court's papers, who is a party ("the
    Ruiz indictment"), nor for a document someone owns ("its FEC reports" are the
    campaign's) or one filed with a body ("Senate filings" are a senator's)."""
    if any(c.dep_ == "poss" for c in noun.children) \
            or noun.lemma_.lower() in lexicon_words("filed_documents"):
        return None
    court = noun.lemma_.lower() in lexicon_words("court_papers")
    for name in (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        found = speakers.at(name.left_edge.idx, _end(name.right_edge), name.idx, inside=True)
        if found is None or name.text.lower() in lexicon_words("media"):
            continue
        if found[0].type == "ORG" or (found[0].type == "PERSON" and not court):
            return found
    return None


def _describes_a_titled_person(noun: Token, at: int) -> bool:
    """Whether the mention at ``at`` only modifies a title that names a person ("The
    Republican presidential candidate sent an email", "the GOP nominee's letter"): the
    party or place is not the sender."""
    return noun.lower_ in titles() and any(
        c.dep_ in ("amod", "compound", "nmod") and c.idx <= at < _end(c)
        for c in noun.children)


def document_chain(noun: Token, speakers: MentionIndex, documents: Documents) -> list[Via]:
    """The ``via`` links of a cited document: the document, then its source (named, or
    for "the statement" that of the last statement cited; "a statement" is a new one)."""
    phrase = noun_phrase(noun)
    chain = [Via(phrase.start_char, phrase.end_char, phrase.text)]
    source = source_of(noun, speakers)
    issuer = _issuer_named_before(noun, speakers) if source is None else None
    if source is not None or issuer is not None:
        entity, start, end = source or issuer
        named = noun.doc.char_span(start, end, alignment_mode="expand")
        chain.append(Via(start, end, named.text if named is not None else "", entity.id))
        documents.add(noun, chain, named_before=source is None)
        return chain
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return chain  # "putting out a statement": a new one, not the last one cited
    earlier = documents.latest(noun)
    return [chain[0], *earlier[1:]] if earlier else chain


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def medium_of(cue: Token) -> Span | None:
    """Where a statement was made public, when the cue says so: "said in a statement",
    "wrote on Twitter" (and "on Facebook and Twitter": both), "told … in an interview";
    for a coordinated cue or a participle, also an opening phrase of the verb it goes with
    ("In his speech, Ruiz praised … and said", "In a letter, Ruiz rips the plan, arguing
    …"), for a participle one after that verb too ("Ruiz elaborated in a piece for the
    Herald, arguing …"), or the document that verb put out ("Ruiz released a statement,
    insisting …"); and the channel of an opening participle of speech or writing
    (``channel_participles``: "Writing in the Courier, Pell said …", "Speaking on Channel
    4, Ruiz said …"), or of one set beside the subject ("Ruiz, appearing on Channel 4 after
    the debate, said …")."""
    prepositions = lexicon_words("media_prepositions")
    if cue.tag_ == "VBG" and cue.lemma_.lower() in lexicon_words("outlet_participles"):
        prepositions = prepositions | {"for"}  # "Writing for the Courier, …"
    objects = [c for c in cue.children if c.dep_ == "dobj"]  # "took a shot [on Twitter]"
    participle = cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp") \
        and cue.head.pos_ == "VERB" and cue.i > cue.head.i
    opening = [c for c in cue.head.children if c.i < cue.head.i or (
        participle and c.i < cue.i)] if (cue.dep_ == "conj" or participle) else []
    # "In his speech, Ruiz praised … and said", "Ruiz wrote in the Herald, arguing …"; not
    # "Ruiz combed through the filings and found …"
    released = [o for o in cue.head.children if o.dep_ == "dobj" and is_document(o)] \
        if participle and cue.head.lemma_.lower() in lexicon_words("source_verbs") else []
    if released:  # "released a statement [in opposition to the bill]"
        return cue.doc[released[0].left_edge.i : released[0].i + 1]
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    beside = [c for s in subjects for c in s.children if c.dep_ == "acl"]  # "Ruiz,
    hung_on_it = _subject_of_a_participle_aside(cue) is not None  # appearing on …, said"
    for clause in [*cue.children, *beside]:
        if clause.dep_ in ("advcl", "acl") and clause.tag_ == "VBG" and clause.i < cue.i \
                and clause.lemma_.lower() in lexicon_words("channel_participles") \
                and (hung_on_it or not any(c.dep_ == "nsubj" for c in clause.children)):
            found = medium_of(clause)
            if found is not None and not (clause.lemma_.lower() in lexicon_words(
                    "topic_participles") and is_document(found.root)):
                return found  # "Speaking on the Courier's report": its topic, no channel
    for child in [*cue.children, *(c for o in objects for c in o.children), *opening]:
        if child.dep_ != "prep" or child.lower_ not in prepositions:
            continue
        for noun in child.children:
            if noun.dep_ != "pobj":
                continue
            phrase = noun_phrase(noun)
            phrase = noun.doc[min(phrase.start, child.i + 1) : phrase.end]  # "an e-mail"
            dated = [c for c in noun.rights if c.dep_ == "prep"
                     and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
            if dated:  # "a statement [on Monday]": the time is the statement's, not its name
                phrase = noun.doc[phrase.start : dated[0].i]
            if child.lower_ in lexicon_words("means_prepositions") and not (
                    noun.lower_ in lexicon_words("media") or is_document(noun)):
                continue  # "by phone", not "by the Times' Paulson"
            if names_a_channel(noun) or phrase.text.lower() in lexicon_words("media"):
                also = [c for c in noun.children if c.dep_ == "conj" and (
                    names_a_channel(c) or c.text.lower() in lexicon_words("media"))]
                return noun.doc[phrase.start : also[-1].right_edge.i + 1] if also \
                    else phrase  # "on Facebook and Twitter": both
    return None


def names_a_channel(noun: Token) -> bool:
    """Whether a noun names where words were made public: a document ("a statement"), a
    medium ("Twitter", "the phone"), the press ("CNN"), a public occasion ("a news
    conference", "a town-hall meeting"), a thing of the press ("the Herald's Morning
    Hour", "a POLITICO event"), a part of a medium ("her Facebook page") or something
    written for the press ("a piece for the Herald"); "the council meeting" and "a phone
    call" are none."""
    media = lexicon_words("media")
    part = noun.lower_ in lexicon_words("medium_parts")
    written_for = any(c.dep_ == "prep" and c.lower_ in lexicon_words(
        "written_for_prepositions") and any(
        g.dep_ == "pobj" and is_press(g) for g in c.children) for c in noun.children)
    programme = any(c.dep_ in ("poss", "compound")
                    and (is_press(c) or (part and c.lower_ in media)) for c in noun.children)
    name = _compound_name(noun)  # "a Senate hearing", "a campaign news conference"
    return is_document(noun) or noun.lower_ in media or programme or is_press(noun) \
        or written_for \
        or any(name == o or name.endswith(f" {o}") for o in lexicon_words("channel_occasions"))


def _compound_name(noun: Token) -> str:
    """A noun with the words compounded before it, lower case, hyphens as spaces ("news
    conference", "town hall meeting" for "town-hall meeting")."""
    first = min((c.left_edge.i for c in noun.lefts if c.dep_ in ("compound", "amod")),
                default=noun.i)
    words = noun.doc[first : noun.i + 1].text.lower().replace("-", " ")
    return " ".join(words.split())


def medium_named_by(cue: Token) -> str | None:
    """The medium a verb names by itself ("tweeted": Twitter), from ``medium_verbs``."""
    return lexicon()["medium_verbs"].get(cue.lemma_.lower())


def subject_of(cue: Token) -> Token | None:
    """Who a reporting verb's words are: for "quoted Marek as saying" the one quoted (the
    object of "quoted"); for a passive, its agent ("was described by the board as"), none
    for a passive characterising verb without one; else the subject of the verb: its
    own; for a gerund or infinitive, the one of
    the verb it depends on ("erred in saying", "was quick to add"), never a subject inside
    its content; for a participle or a coordinated verb ("rejected the protest, saying
    ...") its head's, and for a second "said" that the parser hangs inside the first one's
    content ("said that A … and said that B") the first one's; a name right before it
    that the parser hung as an apposition, or the subject of words before it that it
    read as a clause; of two subjects before it, the one nearest it; for an inverted
    "said the readout released by the PMO" the subject the parser hangs on the clause
    after it."""
    quoting = quoting_verb(cue)
    if quoting is not None:  # "quoted Marek as saying": Marek
        return next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if agent is not None:  # "Marek was described by the board as …": the board
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if cue.lemma_.lower() in lexicon_words("characterising_verbs") and any(
            c.dep_ == "nsubjpass" for c in cue.children):
        return None  # "Marek was described as …": what is described, not who said it
    untensed = _untensed(cue)
    subjects = [c for c in cue.children  # an untensed verb's subject stands before it
                if c.dep_ in _SUBJECTS and not (untensed and c.i > cue.i)]
    if subjects:  # of two, the name nearest the verb ("Pardo spokeswoman Ilse Marek said")
        before = [c for c in subjects if c.i < cue.i]
        inverted = inverted_subject(cue)
        return inverted if inverted is not None else (
            before[-1] if len(before) > 1 else subjects[0])
    absolute = _with_absolute_subject(cue)
    if absolute is not None:  # "…, with Ruiz calling the plan “a coup”"
        return absolute
    reporter = trailing_reporter(cue)
    if reporter is not None:  # "Ruiz said Pellin shelled the port, noting that …"
        return subject_of(reporter)
    controller = _controlling_verb(cue) if untensed else None
    if controller is not None:
        return subject_of(controller)
    if cue.dep_ == "conj" and frame(cue.head.lemma_) is None and cue.head.dep_ == "ccomp":
        outer = cue.head.head
        if frame(outer.lemma_) is not None and (
                outer.lemma_ == cue.lemma_ or _reports_a_that_clause(cue)):
            return subject_of(outer)  # "said he had not … and suggested that …": the one
    participle = cue.tag_ in ("VBG", "VBN") and cue.dep_ in ("advcl", "xcomp", "acl")
    if (cue.dep_ == "conj" or participle) and cue.head.pos_ in ("VERB", "AUX"):
        return subject_of(cue.head)
    if untensed:
        return None
    named = _apposition_before(cue) or _subject_read_as_clause(cue) or _share_read_as_number(
        cue) or _subject_of_a_participle_aside(cue)
    if named is not None:
        return named
    for child in cue.rights:
        if child.dep_ in ("ccomp", "acl") and not any(
                c.dep_ == "mark" for c in child.children):  # not "suggested that the …"
            for grand in child.children:
                if grand.dep_ in _SUBJECTS and grand.i > cue.i:
                    return grand
    return None


def inverted_subject(cue: Token) -> Token | None:
    """The subject after a parenthetical verb when the parser also hung the words before
    its comma on it as a subject ("The contrast, said Ruiz and others, would be clear"),
    or hung the name right after the verb on the clause that goes on after the name's
    comma ("Any reading of the vote, said Ana Ruiz, a port analyst, would …"): those
    words are what was said, the one after the verb said it; else None."""
    subjects = [c for c in cue.children if c.dep_ in _SUBJECTS]
    before = [c for c in subjects if c.i < cue.i]
    after = [c for c in subjects if c.i > cue.i] or [
        s for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
        for s in c.children if s.dep_ in _SUBJECTS and s.left_edge.i == cue.i + 1
        and s.pos_ == "PROPN" and _comma_after(s)]
    if not (before and after) or not _comma_after(before[-1]):
        return None
    return after[0]


def _comma_after(phrase: Token) -> bool:
    """Whether a comma ends ``phrase`` or follows it."""
    last = phrase.right_edge
    return last.text == "," or (last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == ",")


def comma_beside(phrase: Token) -> bool:
    """Whether a comma stands right before or right after a phrase or clause ("…, as Ruiz
    noted", "As the Courier observed, …", "…, in Ruiz's view"), not "Wren smiled as Ruiz
    explained" or "believed in her judgment"; the parser may hang the comma inside it."""
    first = phrase.left_edge.i
    return (first > 0 and phrase.doc[first - 1].text == ",") or _comma_after(phrase)


def _subject_of_a_participle_aside(cue: Token) -> Token | None:
    """The subject the parser hung on a participle set off by commas right before the verb
    ("Ruiz, appearing on Channel 4 after the debate, said …" read as "Ruiz appearing"):
    the verb's own."""
    for clause in cue.lefts:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.right_edge.i + 2 >= \
                cue.i and cue.doc[clause.right_edge.i + 1].text == ",":
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i
                            and any(t.text == "," for t in cue.doc[c.i + 1 : clause.i])), None)
            if subject is not None:
                return subject
    return None


def _with_absolute_subject(cue: Token) -> Token | None:
    """The subject of a participle in a "with" absolute ("The council rejected the plan,
    with Ruiz calling it “a coup” and Vidal saying …"): the noun phrase right before it,
    after "with" (or after "and" inside the first such participle's phrase). The parser
    hangs the participle on the main verb, or on what the first one says, whose subjects
    did not say it."""
    if cue.tag_ != "VBG" or cue.i == 0:  # (one with a subject of its own has it)
        return None
    ending = [t for t in cue.doc[cue.sent.start : cue.i] if t.right_edge.i == cue.i - 1
              and t.pos_ in ("NOUN", "PROPN", "PRON") and t.left_edge.i > cue.sent.start]
    for noun in sorted(ending, key=lambda t: -t.left_edge.i):  # "Vidal of Ohio": Vidal
        before = cue.doc[noun.left_edge.i - 1].lower_
        if before == "with" or (before == "and" and any(
                _in_a_with_absolute(verb) for verb in cue.ancestors if verb.i < cue.i)):
            return noun
    return None


def _in_a_with_absolute(participle: Token) -> bool:
    """Whether ``participle`` is the verb of a "with" absolute, hung on "with" or not."""
    return participle.tag_ == "VBG" and (participle.head.lower_ == "with"
                                         or _with_absolute_subject(participle) is not None)


def trailing_reporter(cue: Token) -> Token | None:
    """The reporting verb whose reported clause a trailing "…, noting that" hangs on: the
    parser ties the participle to the last verb of what was said ("Ruiz said Pellin shelled
    the port, noting that …" is Ruiz's note, not Pellin's); else None. Not when that
    clause's subject is a person, who may be the one noting ("Aides said Wren will make his
    case, highlighting …"), nor for a participle that reports nothing ("…, conceding the
    race") or a belief or finding."""
    head = cue.head
    trailing = trailing_participle(cue) and head.dep_ == "ccomp"
    if not trailing or frame(head.head.lemma_) is None or not says_a_clause(cue):
        return None
    if any(c.dep_ in _SUBJECTS and names_a_person(c) for c in head.children):
        return None
    return head.head


def trailing_participle(cue: Token) -> bool:
    """Whether a verb is a participle set off by a comma after the verb it hangs on ("…,
    noting that …")."""
    first = cue.left_edge.i
    return cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.i > cue.head.i and first > 0 \
        and cue.doc[first - 1].text == ","


def _reports_a_that_clause(cue: Token) -> bool:
    """A speech verb reporting a clause that "that" opens ("suggested that …"): coordinated
    with the verb of someone's reported words, it is the reporter's next statement, as
    what was said goes on without a second "that" ("said he had resigned and was
    leaving")."""
    spec = frame(cue.lemma_)
    return spec is not None and spec["act"] == "speech" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in cue.children)


def says_a_clause(cue: Token) -> bool:
    """A speech verb with its reported words ("noting that …", not "conceding the race")."""
    spec = frame(cue.lemma_)
    return spec is not None and spec["act"] == "speech" \
        and content_of(cue, spec["content"]) is not None


def names_a_person(token: Token) -> bool:
    """A person's name or "he"/"she" (the pronouns with a gender in ``actor_words.yaml``)."""
    return token.ent_type_ == "PERSON" or token.lower_ in actor_table("pronouns")


def quoting_verb(cue: Token) -> Token | None:
    """The verb by which a report gives someone's words ("quoted Marek as saying",
    "Marek was cited as saying"), else None."""
    through = cue.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else None
    verb = through.head if through is not None else None
    if verb is None or verb.lemma_.lower() not in lexicon_words("quoting_verbs"):
        return None
    return verb


def quoted_by(cue: Token) -> Token | None:
    """The one who quotes, when a report gives someone's words: the subject of "quoted
    Marek as saying", the agent of "Marek was quoted by the Gazette as saying", the
    medium of "was quoted in the Gazette as saying"."""
    verb = quoting_verb(cue)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "in"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _share_read_as_number(cue: Token) -> Token | None:
    """A share of people the parser hung on the verb as a number ("About 4 in 10 say
    …"): the subject."""
    return next((c for c in cue.lefts if c.dep_ == "nummod"), None)


def _apposition_before(cue: Token) -> Token | None:
    """The name right before a verb that the parser hung as an apposition on an earlier
    noun instead of making it the subject ("…, campaigning for his wife Ana Ruiz, former
    mayor Tomas Wren said …", "In a note to the Courier, her aide, Ivo Brandt, said:")."""
    doc, at = cue.doc, cue.i - 1
    while at > 0 and (doc[at].dep_ == "advmod" or doc[at].text == ","):
        at -= 1
    if at > 0 and doc[at].text == ")":  # "…, Rep. Ana Ruiz (D-Pellin) said": the name
        opened = next((t.i for t in reversed(doc[max(0, at - _BRACKETED_WORDS) : at])
                       if t.text == "("), None)
        named = doc[opened - 1] if opened else None
        return named if named is not None and named.pos_ == "PROPN" and (
            named.dep_ in ("appos", "nsubj") or _office_holder_named(named)) else None
    comma = "," in (t.text for t in doc[at + 1 : cue.i])
    word = doc[at] if at >= 0 else None
    while word is not None and word.dep_ in _CLAUSE_INSIDE_A_NAME and word.head.i < cue.i:
        word = word.head  # "…, a harbour official who spoke anonymously to discuss plans said"
    while word is not None and word.pos_ == "NOUN" and word.head.i < word.i and (
            word.dep_ == "conj" or (word.dep_ == "appos" and word.head.pos_ == "PROPN")):
        word = word.head  # "At the docks, Ana Ruiz, the port's engineer and pilot, said"
    if word is not None and word.pos_ in ("PROPN", "NOUN") and word.dep_ == "appos" \
            and word.head.i < word.i and word.right_edge.i == at \
            and not (comma and _of_an_object(word)):
        return word
    return None


def _office_holder_named(name: Token) -> bool:
    """Whether a name the parser hung inside an office ("Speaker of the House Rep. Paul
    Ryan") is the holder: the object of "of" after a capitalised office title; not a
    relation's ("the wife of Rep. Ana Ruiz", "an aide to Rep. Ana Ruiz")."""
    if name.dep_ != "pobj" or name.head.lower_ != "of":
        return False
    office = name.head.head
    title = titles().get(office.lower_)
    return office.text[:1].isupper() and title is not None and title.kind == "office"


def _of_an_object(word: Token) -> bool:
    """Whether an apposition set off by commas describes a verb's object ("thanked the
    harbour master, Ana Ruiz, then said"): the object's, not a subject the parser lost."""
    while word.dep_ in ("appos", "conj"):
        word = word.head
    return word.dep_ in ("dobj", "dative", "attr")


def _subject_read_as_clause(cue: Token) -> Token | None:
    """The subject of a verb that has a reported clause after it when the parser read the
    words before it as a clause of their own ("veterans interviewed at the rally, said
    they …", "Ruiz, whose entry was seen as a gamble, said that …"): that clause's first
    subject."""
    misread = _clause_misread_before(cue)
    subjects = [c for c in misread.children if c.dep_ in _SUBJECTS and c.i < misread.i] \
        if misread is not None else []
    return subjects[0] if subjects else None


def _clause_misread_before(cue: Token) -> Token | None:
    """The head of the words before a verb that the parser read as its reported clause
    although the verb has one after it and no quotation comes before it (see
    ``_subject_read_as_clause``); not the quotation of “…,” said the readout."""
    before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if not before or not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    quoted = any(t.is_quote for t in cue.doc[before[0].left_edge.i : cue.i])
    return None if quoted else before[0]


def _untensed(verb: Token) -> bool:
    """A gerund without an auxiliary ("saying") or an infinitive ("to add"): a verb whose
    subject is the one of the verb it depends on."""
    infinitive = verb.tag_ == "VB" and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    return (verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)) or infinitive


def _controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject an untensed verb shares: through a preposition ("erred [in]
    saying", "rallied supporters [by] warning"), an adjective ("was quick to add") or
    directly ("pointed to a case to say"); none when the verb above has an object, who
    is then the one to speak ("asked the minister to confirm …", "urged Lind to say")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ not in ("xcomp", "advcl") or object_controlled(verb):
        return None
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != verb.i else None


def object_controlled(verb: Token) -> bool:
    """Whether an infinitive is what the object of the verb above is to do ("asked the
    minister [to confirm]", "urged Lind [to say]"): that object, not the subject, would
    be the one to act."""
    return verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.head.children)


def addressee_of(cue: Token, slots: list[str]) -> Token | None:
    """The addressee of a reporting verb by its frame, or the partner of the occasion it
    was said at ("in a phone call with Aalto")."""
    for child in cue.children:
        if child.dep_ in slots and child.dep_ != "ccomp" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ in ("prep", "prt") and f"prep:{child.lower_}" in slots:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
            if child.dep_ == "prt":  # "called on Tallis": the particle's object is the verb's
                found = next((c for c in cue.children if c.dep_ == "dobj"), None)
                if found is not None:
                    return found
    for child in cue.children:  # "Speaking to reporters, Wren said": whom he spoke to
        speaking = child.dep_ == "advcl" and child.tag_ == "VBG" \
            and child.lemma_.lower() in lexicon_words("speaking_verbs") \
            and not any(c.dep_ in ("aux", "mark") for c in child.children)  # "having spoken"
        if speaking and (found := addressee_of(child, frame(child.lemma_)["addressee"])):
            return found
    occasions = set(lexicon()["occasions"])
    during = set(lexicon()["occasion_prepositions"])
    partners = lexicon_words("occasion_partner_prepositions")
    for token in cue.subtree:  # "in a call with Aalto", "in remarks to the Courier"
        occasion = token.head
        if token.lower_ in partners and token.dep_ == "prep" \
                and {occasion.lower_, occasion.lemma_.lower()} & occasions \
                and occasion.head.lower_ in during:  # not "emerging from a meeting with"
            for grand in token.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def content_of(cue: Token, slots: list[str]) -> Token | None:
    """The head of the reported content by the verb's frame ("asked X [to consider ...]",
    "said [the sanctions demonstrate ...]", "accused X of [...]"), or an infinitive the
    parser hangs on the addressee ("called on both sides [to return ...]")."""
    found = slot_filler(cue, slots)
    if found is None and "ccomp" in slots:
        found = _clause_read_as_gerund(cue) or _clause_on_the_medium(cue)
    if found is not None or "xcomp" not in slots:
        return found
    for child in cue.children:
        objects = [child] if child.dep_ == "dobj" else [
            c for c in child.children if child.dep_ == "prep" and c.dep_ == "pobj"
        ]
        for obj in objects:
            for clause in obj.children:
                if clause.dep_ in ("acl", "relcl") and any(
                    t.lower_ == "to" and t.dep_ == "aux" for t in clause.children
                ):
                    return clause
    return None


def _clause_read_as_gerund(cue: Token) -> Token | None:
    """A reported clause whose first word the parser read as a gerund of the verb ("said
    [permitting it could bring jobs]"): a gerund that holds a clause of its own."""
    for child in cue.children:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > cue.i and any(
                c.dep_ == "ccomp" for c in child.children):
            return child
    return None


def _clause_on_the_medium(cue: Token) -> Token | None:
    """A "that" clause the parser hung on the statement, medium or occasion the verb names
    ("says in a statement [that the fee is unlawful]"), not on any noun ("wrote about the
    claim that …"), nor on another's words the verb answers ("responded to reports that
    …", "wrote about reports that …"): not after a ``topic_prepositions`` word that is no
    ``media_prepositions`` one."""
    occasions = lexicon_words("occasions")
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or (
                prep.lower_ in lexicon_words("topic_prepositions")
                and prep.lower_ not in lexicon_words("media_prepositions")):
            continue
        for noun in prep.children:
            if not (names_a_channel(noun) or noun.lower_ in occasions):  # not "the claim"
                continue
            for clause in noun.children:  # "that" a mark, not a relative pronoun
                if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return clause
    return None


_WHEN = ("DATE", "TIME")  # entity types of a day or an hour


def slot_filler(cue: Token, slots: list[str]) -> Token | None:
    """The first child that fills one of the slots, never the subject's words that the
    parser read as a clause (``_clause_misread_before``)."""
    misread = _clause_misread_before(cue)
    children = [c for c in cue.children if misread is None or c.i != misread.i]
    for slot in slots:
        for child in children:
            if slot.startswith("prep:"):
                if child.dep_ == "prep" and child.lower_ == slot[5:]:
                    inner = [c for c in child.children if c.dep_ in ("pobj", "pcomp")
                             and c.ent_type_ not in _WHEN]  # "agreed on Sunday": when
                    if inner:
                        return inner[0]
            elif child.dep_ == slot:
                return child
    return None


def attribution_phrase(sentence: Span) -> Token | None:
    """The source an attribution phrase of ``reporting_verbs.yaml`` names in ``sentence``
    ("according to [X]", "citing [X]")."""
    for phrase in lexicon()["attribution_phrases"]:
        *lead, last = phrase.split()
        for token in sentence:
            if token.lower_ != last:
                continue
            before = [t.lower_ for t in token.doc[max(0, token.i - len(lead)) : token.i]]
            if before != lead:
                continue
            objects = [c for c in token.children if c.dep_ in ("pobj", "dobj")]
            if objects and (token.pos_ != "VERB" or _citable(objects[0])):
                return objects[0]
    return _opening_source(sentence) or _adjunct_source(sentence)


def _citable(noun: Token) -> bool:
    """Whether what "citing" or "quoting" names is a source: a name, someone, a body, the
    press, a document or a finding ("citing a report", "citing officials", "citing data"),
    not a reason given ("citing another reason the race is close", "citing security
    concerns")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ in ("PROPN", "PRON") or is_document(noun) or is_press(noun) \
        or lemma in lexicon_words("anonymous_sources") or lemma in lexicon_words(
            "finding_sources") or person_noun(noun.lower_) or person_noun(lemma) \
        or lemma in actor_words("organisation_nouns") or lemma in actor_words(
            "named_body_nouns")  # "citing local militia groups"


def _opening_source(sentence: Span) -> Token | None:
    """The source a sentence's opening "In X's view," or "In the latest poll," names: the
    view's holder ("In Ruiz's view", "In the view of the council"; ``viewpoint_nouns``) or
    the poll (``finding_documents``), set off by a comma."""
    first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ != "in" or first.dep_ != "prep":
        return None
    noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    after = noun.right_edge.i + 1 if noun is not None else None
    if after is None or after >= sentence.end or sentence.doc[after].text != ",":
        return None
    # "In the count that followed", "In this report" are no one's; "In a poll conducted on
    # Thursday," is the poll's
    if any(c.dep_ == "relcl" or c.lower_ in lexicon_words("this_article_determiners")
           for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    if lemma in lexicon_words("finding_documents"):
        return noun
    return _view_holder(noun)


def _adjunct_source(sentence: Span) -> Token | None:
    """The source of an "in" adjunct of the sentence's main clause, not at its opening:
    the poll or survey a finding is read in ("Ruiz leads Vidal in the latest Harwick
    poll", "One in four voters in a Velmora Times poll said"; ``finding_documents`` but
    ``standing_documents``) or
    the holder of a view ("…, in Ruiz's view"). Not one inside a subordinate clause
    ("Ruiz said she leads in the polls" is what Ruiz said), nor a poll a noun holds
    unless that noun is a reporting verb's subject ("the questions in the survey")."""
    if not _has_a_third_person_subject(sentence.root) or any(
            c.tag_ in ("WRB", "WP") for c in sentence.root.children):
        return None  # "You can find more in Ruiz's analysis", "Do well in polls", "Why …"
    for word in sentence:
        if word.lower_ != "in" or word.dep_ != "prep" or _opens_its_sentence(word):
            continue
        noun = next((c for c in word.children if c.dep_ == "pobj"), None)
        if noun is None or not _in_the_main_clause(word) or any(
                c.lower_ in lexicon_words("this_article_determiners") for c in noun.children):
            continue
        holder = _view_holder(noun)
        if holder is not None and comma_beside(word):  # not "believed in her judgment"
            return holder
        lemma = noun.lemma_.lower()
        if lemma in lexicon_words("finding_documents") - lexicon_words("standing_documents") and (
                word.head.pos_ in ("VERB", "AUX") or _in_a_reporting_subject(word.head)):
            return noun
    return None


def _has_a_third_person_subject(verb: Token) -> bool:
    """Whether a clause has a subject, and not the writer or the reader ("I", "you")."""
    subject = next((c for c in verb.children if c.dep_ in (*_SUBJECTS, "expl")), None)
    return subject is not None and subject.lower_ not in lexicon_words("own_voice")


def _in_a_reporting_subject(noun: Token) -> bool:
    """Whether ``noun`` is, or is inside, the subject of a reporting verb ("One in four
    voters in the poll said")."""
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in _SUBJECTS and frame(noun.head.lemma_) is not None


def adjunct_of_another_clause(source: Token, cue: Token) -> bool:
    """Whether ``source`` is the poll or view of an "in" adjunct (``_adjunct_source``) that
    belongs to another clause than the reporting verb's ("Ruiz has trailed in most polls,
    but her campaign says …"), not to the verb or its subject ("One in four voters in the
    poll said")."""
    word = attribution_head(source)
    if word.lower_ != "in" or _opens_its_sentence(word):
        return False
    subject = subject_of(cue)
    return word.head != cue and not (subject is not None and word in subject.subtree)


def _opens_its_sentence(word: Token) -> bool:
    """Whether ``word`` is the first word of its sentence (``_opening_source``'s "In")."""
    return word.i == next((t.i for t in word.sent if not (t.is_space or t.is_punct)), -1)


def _in_the_main_clause(word: Token) -> bool:
    """Whether ``word`` hangs on the sentence's main clause: no clause (complement,
    adverbial, relative or participial, or one that completes an adjective: "gifts too
    small to be itemized in reports") lies between it and the root."""
    while word.head.i != word.i:
        clause = word.dep_ in ("ccomp", "advcl", "relcl", "acl", "csubj", "pcomp", "parataxis")
        if clause or (word.dep_ == "xcomp" and word.head.pos_ not in ("VERB", "AUX")):
            return False
        word = word.head
    return True


def _view_holder(noun: Token) -> Token | None:
    """Whose view a ``viewpoint_nouns`` noun names ("Ruiz's view", "the view of the
    council"); not the writer's own ("my view"), nor the cause "in view of" names ("In
    view of the flood warnings, the port closed"); else None."""
    if noun.lemma_.lower() not in lexicon_words("viewpoint_nouns"):
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    determined = any(c.dep_ == "det" for c in noun.children)
    if holder is None and of is not None and determined:  # "In the view of the council"
        holder = next((c for c in of.children if c.dep_ == "pobj"), None)
    if holder is not None and holder.lower_ in lexicon_words("own_voice"):
        return None  # "In my view": the writer's own
    return holder


def _opening_preposition(source: Token) -> Token | None:
    """The "in" of an "In X's view," or "in the poll" adjunct that names ``source``."""
    word = source
    for _ in range(4):  # "board" -> "of" -> "view" -> "In"
        if word.head.i == word.i or word.head.pos_ in ("VERB", "AUX"):
            return None
        word = word.head
        if word.lower_ == "in" and word.dep_ == "prep" and source.i in (
                getattr(_opening_source(word.sent), "i", None),
                getattr(_adjunct_source(word.sent), "i", None)):
            return word
    return None


def attribution_head(source: Token) -> Token:
    """The first word of the attribution phrase that names ``source`` ("according" in
    "according to X", "In" in "In X's view"), whose subtree is the whole phrase."""
    opening = _opening_preposition(source)
    if opening is not None:
        return opening
    words = {w for phrase in lexicon()["attribution_phrases"] for w in phrase.split()}
    head = source.head
    while head.head.i != head.i and head.head.lower_ in words:
        head = head.head
    return head


def _complementiser(tokens: list[Token]) -> bool:
    """Whether a clause opens with "that" as its complementiser: a mark, or a "that" the
    parser took for an object though a subject follows it ("that she would run")."""
    first = tokens[0]
    return first.lower_ == "that" and (first.dep_ == "mark" or (
        first.dep_ != "det" and len(tokens) > 1 and tokens[1].dep_ in ("nsubj", "nsubjpass")))


def clause_span(head: Token, exclude: list[Token] | None = None) -> tuple[int, int]:
    """Character span of ``head``'s subtree without ``exclude``'s subtree (the reporting
    clause when the parser hangs it inside the content: "Russia will not ..., she added"),
    a leading complementiser or trailing punctuation and line breaks."""
    left_out = {t for token in exclude or [] for t in token.subtree}
    tokens = [t for t in head.subtree if t not in left_out]
    while tokens and (_complementiser(tokens) or tokens[0].text in (",", ";", ":", "—")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in (".", ",", ";", ":", "!", "?", "—", "-")
                      or tokens[-1].dep_ == "cc" or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return head.idx, _end(head)
    return tokens[0].idx, _end(tokens[-1])
