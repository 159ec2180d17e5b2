"""Tests on the clause around a trigger: its mode (negated, hypothetical, intended,
threatened, under a refusal or a wish), whether it names an act at all (market moves,
election results, descriptions, words inside names, standing rules, aims, labels a
statement puts on someone), and whether a statement's cue is used as an act (a promise of
force, a question, a name given)."""

from __future__ import annotations

from spacy.tokens import Token

from rashomon import settings
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.reporting import asks_for_something, lexicon_words
from rashomon.nlp.events.arguments import (
    _antecedent,
    _carrier,
    _group_head,
    _is_party,
    _is_people,
    _passive,
    asked_of_others,
    by_agents,
)
from rashomon.nlp.events.triggers import (
    called_on_clause,
    is_word,
    label_kind,
    noun_trigger,
    patterns,
    speech_act,
    verb_trigger,
    word_set,
)


def _promises_force(cue: Token, excluded: frozenset[str]) -> bool:
    """A promise whose content is force ("pledged to bomb the camps"): a threat, which the
    promised act carries (intent turns it into THREATEN), not an agreement."""
    threats = patterns()["threat_codes"]
    return any(c.dep_ == "xcomp" and (found := verb_trigger(c, excluded)) is not None
               and found.type in threats for c in cue.children)


def _as_listed(cue: Token, excluded: frozenset[str]) -> bool:
    """Whether a speech-act cue that the verb table also lists is used the way the table
    says ("agreed to talks", not "agreed with the columnist")."""
    lemma = cue.lemma_.lower()
    return lemma not in patterns()["verbs"] or verb_trigger(cue, excluded) is not None


def _says_no_act(cue: Token) -> bool:
    """"call" that names, "ask" that asks a question, "promise" that only claims,
    "concede" that admits."""
    return _names(cue) or _asks_a_question(cue) or _promises_a_claim(cue) or _admits(cue)


def _admits(cue: Token) -> bool:
    """"conceded that her reforms came too late", "conceded that the plan failed": an admission, a
    statement; "conceded the election", "conceded defeat" and "conceded that he had
    lost" (``defeat_verbs``) yield."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    return is_word(cue, "admission_verbs") and bool(clauses) and not any(
        c.dep_ == "dobj" for c in cue.children) and not any(
        is_word(v, "defeat_verbs") for c in clauses for v in (c, *c.children) if v.pos_ == "VERB")


def _promises_a_claim(cue: Token) -> bool:
    """A promise whose that-clause says what is, not what will be done: "I promise you,
    the harbour's future does not rest on one man", "pledged that Wren truly backs the port plan",
    "I can promise you she is not going to win this seat". A clause with a modal or "going
    to" before an act commits ("promised that Peru will send troops")."""
    if not is_word(cue, "promise_verbs") or any(c.dep_ == "xcomp" for c in cue.children):
        return False
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(map(_commits, clauses))


def _commits(clause: Token) -> bool:
    """Whether a clause says an act will be done: a modal, "going to" or an act under way
    ("Peru is sending troops"), and a verb that is not "be"; or a party ready to act
    ("stands ready to defend Chile")."""
    going = clause.lemma_ == "go" and clause.tag_ == "VBG"
    verb = next((c for c in clause.children if c.dep_ == "xcomp"), clause) if going else clause
    under_way = clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                             for c in clause.children)
    modal = going or under_way or any(c.dep_ == "aux" and is_word(c, "commitment_markers")
                                      for c in clause.children)
    ready = any(c.dep_ == "acomp" and is_word(c, "readiness_words") for c in clause.children)
    return ready or (modal and verb.lemma_ != "be")


def _asks_a_question(cue: Token) -> bool:
    """"ask" or "press" whose content is a question ("Asked by reporters whether the truce
    holds", "asked him whether", "was pressed on why", "asked about the deaths"), or that
    asks nothing ("Ruiz was asked."): an interview, not a request. The question's "if",
    "whether" or wh-word follows within a few words (the parser often hangs it
    elsewhere)."""
    if cue.lemma_.lower() not in word_set("question_verbs"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in cue.children):
        return True
    if asks_for_something(cue):
        return False  # "pressed Chile to explain how ...", "asked for aid": requests
    if put_as_question(cue) or any(t.text == "?" and t.i > cue.i and t.i + 1 < len(t.doc)
                                   and t.nbor().is_quote for t in cue.sent):
        return True  # 'Ruiz asked, "Will you resign?"', '"Will you?" Ruiz asked', 'Wren
        # then asked, "With troops?"': a question
    asked_for = ("dobj", "ccomp", "agent", "prep")
    if _passive(cue) and not any(c.dep_ in asked_for for c in cue.children):
        return True
    after = cue.doc[cue.i + 1 : min(cue.i + 1 + settings.QUESTION_WORD_REACH, cue.sent.end)]
    return any(is_word(t, "question_marks") or t.tag_ in ("WP", "WRB") for t in after)


def _names(cue: Token) -> bool:
    """"call" that names rather than asks ("calling it an aggression", "has been called
    the iron broom"): a name as its complement, or no "on", "for", "upon" and no
    infinitive."""
    if cue.lemma_.lower() != "call" or cue.pos_ != "VERB":
        return False
    if any(c.dep_ in ("oprd", "attr") for c in cue.children):
        return True
    asking = patterns()["verbs"]["call"]["prepositions"]
    return not any((c.dep_ == "prep" and c.lower_ in asking)
                   or c.dep_ in ("xcomp", "advcl") for c in cue.children)


def _to_infinitive(verb: Token) -> bool:
    """Whether the verb has "to" as its auxiliary ("to protect", "a resolution to expel")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _in_purpose(token: Token) -> bool:
    """Whether the verb is an infinitive of purpose put first ("to protect the fishing
    grounds, ..."), or a clause such an infinitive governs ("... to ensure that Wren
    cannot seize the accounts"): an aim, not an act ("sent troops to help Peru" names the
    help sent)."""
    verb, clause = token, False  # whether a clause with its own subject was passed
    for _ in range(3):
        if verb.dep_ == "advcl" and verb.tag_ == "VB" and _to_infinitive(verb) and (
            clause or verb.i < verb.head.i
        ):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        clause = clause or verb.dep_ == "ccomp"
        verb = verb.head
    return False


def expected_of_others(verb: Token) -> bool:
    """Whether the verb is "expected" in "Ruiz is expected to visit Peru": what others
    expect of a party, no act of the party's own."""
    return verb.lemma_.lower() == "expect" and any(
        c.dep_ == "nsubjpass" for c in verb.children) and any(
        c.dep_ == "xcomp" for c in verb.children)


def expected_to(token: Token) -> bool:
    """Whether the verb is what a party "is expected to" do ("is expected to visit Peru"):
    foreseen, not done (not "few had expected the attack": what was expected happened)."""
    return token.dep_ == "xcomp" and expected_of_others(token.head)


def asked_about(token: Token) -> str | None:
    """What a question makes of the verb it asks about: "open" when it asks whether or
    who ("asked whom Vidal would endorse", "asked whether Peru would sue"), "known" when
    it asks why or how ("asked him why he has criticized Wren": that he did is taken as
    known), else None."""
    clause = token
    for _ in range(2):
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        if clause.head.lemma_.lower() in word_set("question_verbs"):
            before = [t for t in clause.subtree if t.i < token.i]
            if any(question_word(t) and t.tag_ != "WRB" for t in before):
                return "open"
            return "known" if any(t.tag_ == "WRB" for t in before) else None
        clause = clause.head
    return None


def question_word(token: Token) -> bool:
    """A word that opens a question: who, which, what, why, how, whether, if."""
    return token.tag_ in ("WP", "WDT", "WP$", "WRB") or is_word(token, "question_marks")


def _label_kind(verb: Token) -> str | None:
    """"blame_labels" or "praise_labels" when a copula's complement is such a word, or is
    modified by one ("is a dictator", "was pathetic", "a weak candidate"), its head first;
    none when negated ("is no threat") or relational ("a victim of slander", "a friend of
    the dictator")."""
    complements = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if _negated_word(verb) or any(_negated_word(c) for c in complements):
        return None
    return label_kind([w for c in complements for w in [c, *(
        m for m in c.children if m.dep_ in ("amod", "compound", "conj"))]
        if not is_word(w, "relational_nouns")])


def _done_by_something(verb: Token) -> bool:
    """A passive done by a party or a weapon the parse does not name ("pressured by
    congress", "blown up by a missile"), not by a thing ("humbled by the result")."""
    return any(_is_party(_group_head(o)) or is_word(o, "weapon_words") for o in by_agents(verb))


def _says_something(verb: Token) -> bool:
    """Whether a verb has a clause it says ("admitted that it would be hard")."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _negated(token: Token) -> bool:
    """"did not expel", "no talks", an act not received ("has not received any
    endorsements"), or an event a report leaves out ("makes no mention of X's request",
    "omits the request")."""
    if _negated_word(token) or _not_yet(token):
        return True
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and _negated_word(token.head) and (
        is_word(token.head, "undergoing_verbs") or is_word(token.head, "receiving_verbs")
    ):
        return True  # "has not received any endorsements from X"
    child = token
    for ancestor in list(token.ancestors)[:4]:
        lemma = ancestor.lemma_.lower()
        if _said_as_a_fact(child):
            return False  # "did not mention that Wren had backed Ruiz": he had
        if lemma in patterns()["omission_words"] or (
            lemma in patterns()["mention_words"] and _negated_word(ancestor)
        ):
            return True
        child = ancestor
    return False


def _said_as_a_fact(clause: Token) -> bool:
    """A "that" clause ("did not mention that [Wren had backed Ruiz]"): what it tells is
    given as a fact, whatever is said of the telling."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _projects_a_winner(verb: Token) -> bool:
    """"called the election for Ruiz", "called Nevada for Wren": a contest or a place
    given to a person ("for"), which names the winner and asks no one anything."""
    contests = [c for c in verb.children if c.dep_ == "dobj" and (
        c.lower_ in word_set("election_words") or c.ent_type_ == "GPE")]
    return bool(contests) and any(o.ent_type_ == "PERSON" for c in verb.children
                                  if c.dep_ == "prep" and c.lower_ == "for"
                                  for o in c.children if o.dep_ == "pobj")  # not "called
    # Chile for talks"


def _not_yet(token: Token) -> bool:
    """"has yet to concede", "is yet to sign", "has yet to formally bow out": not done so
    far."""
    head, doc = token.head, token.doc
    to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return token.dep_ == "xcomp" and head.lemma_.lower() in ("have", "be") and (
        to is not None and to.i >= 1 and doc[to.i - 1].lower_ == "yet")


def _no_one_did(token: Token) -> bool:
    """"nobody has been arrested", "no one was hurt", "instead of reassuring them"."""
    no_one = word_set("no_one_words")
    if any((c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in no_one or any(
        d.dep_ == "preconj" and d.lower_ in no_one for d in c.children)))
           or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))
           for c in token.children):  # "neither Ruiz nor her team asked"
        return True
    head = token.head
    return token.dep_ == "pcomp" and head.lower_ == "of" and any(
        c.lower_ == "instead" for c in [*head.children, head.head])


def _negated_word(token: Token) -> bool:
    """"not mention", "no mention": the word carries a negation ("not just X" affirms)."""
    narrowing = word_set("narrowing_words")
    if any(t.lower_ in narrowing for t in token.doc[token.i + 1 : token.i + 3]):
        return False  # "did not criticize just Pratt"
    return any(
        (c.dep_ == "neg" or c.lower_ in ("no", "never")) and not (
            c.i + 1 < len(token.doc) and token.doc[c.i + 1].lower_ in narrowing)
        for c in token.children
    )


def _governed_by(token: Token, words: str) -> bool:
    """Whether the event is the content of one of ``words`` ("refused to [negotiate]",
    "wants Pardo [expelled]", "a plot to [kill]", "whether to [ban]", "the bid to [ban] him
    was unsuccessful"), within three steps up the parse."""
    wanted = word_set(words)
    child = token
    if _describes_its_noun(token):
        return False  # "want East Jerusalem, captured by Israel in 1967": a fact told
    owned = token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in token.children)
    for ancestor in list(token.ancestors)[:3]:
        if child.dep_ == "advcl" and (child.i < ancestor.i or any(
            c.dep_ == "mark" and is_word(c, "setting_marks") for c in child.children
        )):
            return False  # a clause put before its verb ("Speaking to CBS, Ruiz refrained
            # from ...") or one of time or reason ("reluctant to act while Wren negotiates
            # with Peru") sets the scene of what is refused, wanted or planned
        content = child.dep_ in ("xcomp", "ccomp", "acl", "pobj", "prep", "advcl", "nsubj",
                                 "dobj")
        if owned and ancestor.lower_ == "short":
            return False  # "fell short of Ruiz's request": her request was made
        if content and (ancestor.lemma_.lower() in wanted or any(
            c.dep_ in ("mark", "acomp") and c.lower_ in wanted for c in child.children
        )):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and c.lower_ in wanted for c in ancestor.children
        ):
            return True
        if child.dep_ == "prep" and any(c.dep_ in ("advmod", "acomp") and c.lower_ in wanted
                                        and c.i < child.i for c in ancestor.children) and not owned:
            return True  # "stopped short of endorsing Wren", parsed with "of" on "stopped"
        child = ancestor
    return any(c.dep_ == "mark" and c.lower_ in wanted for c in token.children)


def _describes_its_noun(token: Token) -> bool:
    """A past participle set after its noun with its agent or a comma ("East Jerusalem,
    captured by Israel"): what was done to the noun, not what a verb above wants."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and (
        any(c.dep_ == "agent" for c in token.children)
        or token.doc[token.i - 1].text == ",")


def _governing_acts(token: Token) -> set[str]:
    """The speech-act types of the verbs the event is the content of ("asked X to ...")."""
    found = set()
    child = token
    for ancestor in list(token.ancestors)[:3]:
        content = child.dep_ in ("xcomp", "ccomp") or (
            child.dep_ == "prep" and child.lower_ in ("for", "of")
        ) or (child.dep_ == "advcl" and any(  # "calling for Pardo to be expelled"
            c.dep_ == "mark" and c.lower_ == "for" for c in child.children)
        ) or called_on_clause(ancestor) == child  # "called on Wren to resign"
        if child.dep_ == "acl" and ancestor.pos_ == "NOUN" and asked_of_others(child):
            found.add("REQUEST")  # "made requests to withdraw the motion"
        elif child.dep_ == "acl" and child.i == token.i and _to_infinitive(child) and (
            trigger := noun_trigger(ancestor)) is not None and trigger.type == "THREATEN":
            found.add("THREATEN")  # "Valdoria's threats to close the strait"
        if content and ancestor.pos_ in ("VERB", "AUX"):
            spec = speech_act(ancestor, child)
            if spec is not None:
                found.add(spec["type"])
        child = ancestor
    return found


def _intent(token: Token) -> str | None:
    """"intent" when the event is announced for later ("will send", "agreed to send",
    "is ready to help"), "threat" when it is under "threaten"/"warn", else None; a verb
    joined to one shares its intent ("promising to bomb X and deport Y")."""
    intent = word_set("intent_words")
    if any(c.dep_ == "aux" and c.lower_ in intent for c in token.children):
        return "intent"
    if token.dep_ == "conj" and token.head.pos_ == "VERB" and token.head.i != token.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children
    ):  # "promised to bomb X and deport Y"; not "shelled X on Monday and will attack Y"
        return _intent(token.head)
    head = token.head
    if token.dep_ in ("xcomp", "ccomp") and head.i != token.i:
        lemma = head.lemma_.lower()
        act = speech_act(head, token)
        if act is not None and act["type"] == "THREATEN":
            return "threat"  # not "warned Peru to withdraw": a demand
        if lemma in intent:
            return "intent"
    return None


def _unconventional(token: Token) -> bool:
    words = word_set("unconventional")
    return any(t.lower_ in words or t.lemma_.lower() in words for t in token.sent)


def _described_only(token: Token, type_: str) -> bool:
    """An event noun only described by a participle ("the threat posed by the North") or
    a verb of being ("immigrants posed a threat", "we face the threat"); a showing, not a
    protest ("a demonstration of how hard it is"); a participle that describes a noun
    ("SpaceX, backed by its founder"); leave that states a rule ("voters are allowed to
    cast a ballot")."""
    words = patterns()["descriptive_participles"]
    if token.dep_ == "acl" and token.tag_ == "VBN" and type_ in word_set("described_types"):
        return True
    if token.lemma_.lower() in word_set("permission_verbs") and _passive(token) and not any(
        c.dep_ == "agent" for c in token.children
    ):
        return True
    if token.pos_ != "NOUN":
        return False
    if token.lemma_.lower() in word_set("showing_nouns") and any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(
            _is_party(_group_head(o)) or o.like_num for o in c.children if o.dep_ == "pobj")
        for c in token.children
    ):  # not "a demonstration of thousands of farmers"
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in words:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in words for c in token.children)


def _refers_back(token: Token) -> bool:
    """A definite event noun that a judging or reporting verb governs ("blamed Iran for
    the attack", "condemned the bombing", "described the attacks as ..."): it names an
    act already told, and the judging is the event."""
    if token.pos_ != "NOUN" or not any(
        (c.dep_ == "det" and c.lower_ not in ("a", "an", "another")) or c.dep_ == "poss"
        for c in token.children
    ):
        return False
    head = token.head
    if token.dep_ == "pobj":
        head = head.head
    judging = patterns()["judging_verbs"]
    return head.i != token.i and head.pos_ == "VERB" and head.lemma_.lower() in judging and (
        token.dep_ in ("dobj", "pobj", "nsubjpass")
    )


def _in_a_name(token: Token) -> bool:
    """A word inside a name of several words (an organisation, a law, a title: "the Global
    Coalition to Defeat ISIS", "the Ukraine Negotiations Act")."""
    if token.ent_type_ not in ("ORG", "LAW", "WORK_OF_ART", "EVENT", "FAC"):
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1


def _to_oneself(token: Token) -> bool:
    """An act whose object is the doer himself ("killed himself", "blew themselves up")."""
    return any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in token.children)


def _election_result(token: Token) -> bool:
    """A contest verb that tells who won an election ("was defeated by a Green candidate",
    "captured 1,200 delegates"): an election word as what was won or lost, where or by
    whom, or in its sentence; or a game ("defeated Peru in a cricket match": a word of
    ``sport_words`` in the phrase of where); never with a weapon in the sentence ("troops
    crushed the uprising before the election"). A vote in an election is its turnout."""
    if token.lemma_.lower() in word_set("projection_verbs") and _projects_a_winner(token):
        return True  # "the agency called the election (Nevada) for Ruiz"
    if is_word(token, "declaring_verbs") and any(
        is_word(c, "winner_nouns") for c in token.children if c.dep_ in ("oprd", "ccomp", "attr")
    ):
        return True  # "Vidal was declared the winner", "declared Ruiz the winner"
    if token.lemma_.lower() in word_set("ballot_verbs"):  # "Chileans voted in the municipal
        return any(t.lower_ in word_set("election_words")  # election": a turnout
                   for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                   for t in p.subtree)
    if token.lemma_.lower() not in word_set("contest_verbs"):
        return False
    words = {t.lower_ for t in token.sent if t.i != token.i}
    if words & word_set("weapon_words"):
        return False
    electoral = word_set("election_words")
    slots = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    slots += [o for c in token.children if c.dep_ in ("agent", "prep")
              and c.lower_ in ("by", "in") for o in c.children if o.dep_ == "pobj"]
    if any(t.lower_ in electoral for o in slots for t in o.subtree):
        return True
    games = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
             for o in c.children if o.dep_ == "pobj"]  # "defeated Peru in a cricket match"
    if any(t.lower_ in word_set("sport_words") for o in games for t in o.subtree):
        return True
    return bool(words & electoral) and not any(
        t.lower_ in electoral for t in token.subtree
    )  # "captured the town ahead of the vote": the vote only dates it


def _market_move(token: Token) -> bool:
    """A price or index that moves by a percent ("eased 0.1 percent", "fell by 2%")."""
    def percent(t: Token) -> bool:
        return t.ent_type_ == "PERCENT" or t.lower_ in patterns()["percent_words"]

    amounts = [c for c in token.children if c.dep_ in ("dobj", "npadvmod")]
    amounts += [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "to")
                for o in c.children if o.dep_ == "pobj"]
    return token.pos_ == "VERB" and any(percent(a) for a in amounts)


def _thing_acts(token: Token, type_: str) -> bool:
    """A verb whose subject is a text or a rule, not a party ("a licence allowing him",
    "the law bans ..."): no one acts there. Violence is exempt ("the bomb killed")."""
    if token.pos_ != "VERB" or type_ == "ASSAULT" or _carrier(token) is not None:
        return False  # "issued a statement condemning X": the issuer condemns
    things = word_set("rule_nouns") | lexicon_words("documents")
    return any((s.lemma_.lower() in things and not _made_by(s))
               or (_abstract(s, type_ in word_set("speech_types")) and type_ != "COERCE")
               for s in _subjects(token))  # "Peruvian law bans ...": a standing rule


def _made_by(rule: Token) -> bool:
    """Whether a rule noun names who made it ("a decree signed by Ruiz", "Ruiz's order")."""
    return any(c.dep_ == "poss" for c in rule.children) or any(
        a.dep_ == "agent" for c in rule.children if c.dep_ == "acl" for a in c.children)


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects; for a participle that modifies a noun, that noun ("a licence
    allowing him", "glass shattering")."""
    subjects = [_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subjects = [verb.head]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "Ruiz's victory
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # ..., helping"
    return subjects


def _abstract(subject: Token, speech: bool = False) -> bool:
    """A common noun that is no party and names no one ("the rise of terrorism threatens",
    "attacks threaten our way of life"), where the parse gives no group or country; a
    thing someone owns acts no more ("Ruiz's victory helps her"), unless it is a message
    and the act is one of ``speech`` ("Ruiz's statement condemned Peru")."""
    owned = any(t.dep_ == "poss" for t in subject.children)
    if owned and (speech and is_word(subject, "message_nouns")):
        return False
    if owned and any(is_word(subject, kind) for kind in _SOMEONES):
        return False  # "Walsh's predecessor contributed", "her lawyer filed a suit"
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not _is_party(
        _group_head(subject)
    ) and not any(lexicon.country_of(t.text) for t in subject.subtree if not _a_persons(t)
                  ) and not any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in subject.lefts
        if not _a_persons(t)
    )  # "the Pellin Trade Council forum" is the Council's, "Cairo's security chief" Cairo's


_SOMEONES = ("owned_people", "relational_nouns", "affiliate_nouns", "people_singular")


def _a_persons(owner: Token) -> bool:
    """A possessive that names a person ("Ruiz's", "her"): what is hers does not act for
    her, unlike a country's or an organisation's ("Cairo's security chief")."""
    return owner.dep_ == "poss" and (owner.ent_type_ == "PERSON" or owner.pos_ == "PRON")


def _verbal_attack(token: Token) -> bool:
    """"attacked", "slammed", "shot back" with no weapon in the sentence (between people:
    words)."""
    retort = token.lemma_.lower() == "shoot" and any(
        c.lower_ == "back" for c in token.children)  # "Pratt shot back"
    if token.lemma_.lower() not in patterns()["verbal_attack_verbs"] and not retort:
        return False
    return not named_in_sentence(token, "weapon_words")  # "fired back" is no weapon


def named_in_sentence(token: Token, kind: str) -> bool:
    """Whether the token's sentence has a noun of the word list ``kind`` ("troops", "a
    bomb" of ``weapon_words``; "fired back" has none), other than as a topic ("too soft
    on guns", "a fight over gun laws")."""
    words = word_set(kind)
    return any(t.pos_ == "NOUN" and (t.lower_ in words or t.lemma_.lower() in words)
               and not _a_topic(t) for t in token.sent)


def _a_topic(noun: Token) -> bool:
    """Whether a noun is what something is about rather than a thing in the act: a
    modifier of a word of policy ("gun registration", "troop levels"; not "a gun attack"),
    or under "about" or "over", or the object of "on" after an adjective, a word of
    judgement or policy ("tough on guns", "his stance on troops"; not "an attack on
    troops") or a verb's object ("hit Wren on guns"; not "fired on the troops", "attacked
    Wren on the army base")."""
    if noun.dep_ == "compound" and is_word(noun.head, "policy_nouns"):
        return True
    for head in [noun, *noun.ancestors][:4]:  # "about" and "over": a topic wherever
        if head.dep_ == "pobj" and is_word(head.head, "topic_prepositions") and (
                head.head.lower_ != "on"):
            return True
    if noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return False
    judged = noun.head.head
    return judged.pos_ == "ADJ" or is_word(judged, "judged_things") or is_word(
        judged, "policy_nouns") or (judged.pos_ == "VERB" and any(
            c.dep_ == "dobj" for c in judged.children))


_WH_TAGS = ("WP", "WRB", "WDT", "WP$")


def in_a_question(token: Token) -> bool:
    """Whether a trigger is inside a question ('"Would Wren sue Peru?" Ruiz asked', "After
    Chile attacked, will Bolivia sue?" for "sue" only): the clause ends with a question
    mark, and the trigger's clause, or a clause it completes, is put as a question."""
    ends = (t for t in token.doc[token.i + 1 : token.sent.end] if t.text in ".?!")
    end = next(ends, None)
    if end is None or end.text != "?":
        return False
    clause = token
    for _ in range(4):
        if _put_as_question(clause):
            return True
        if clause.dep_ == "pcomp" and clause.head.head.i != clause.head.i:
            clause = clause.head.head  # "How many can be added by threatening to ...?"
            continue
        if clause.dep_ not in ("xcomp", "ccomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _put_as_question(verb: Token) -> bool:
    """A clause in question form: its auxiliary or modal before its subject ("will
    Bolivia sue", "do you think"), or a wh-word opening it ("who attacked Peru")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") or (
        c.pos_ == "AUX" and c.dep_ != "ROOT")]
    inverted = bool(subjects) and any(h.i < subjects[0].i for h in helpers)
    return inverted or verb.left_edge.tag_ in _WH_TAGS or any(
        s.tag_ in _WH_TAGS for s in subjects)


def put_as_question(cue: Token) -> bool:
    """Whether a verb of asking puts a question in a quotation next to it ('Ruiz asked,
    "Will you resign?"'), or follows a quoted question ('"Will you?" Ruiz asked', '"Isn't
    that a bribe?" Vidal asked', '"Mistake?" he asked'): a question, whatever its form."""
    if any(t.text == "?" and t.nbor().is_quote for t in cue.doc[max(0, cue.i - 4) : cue.i]):
        return True
    opening = next((t for t in cue.doc[cue.i + 1 : cue.sent.end] if t.is_quote), None)
    if opening is None:
        return False
    quoted = cue.doc[opening.i + 1 : cue.sent.end]
    return "?" in quoted.text and any(
        _put_as_question(t) for t in quoted if t.pos_ in ("VERB", "AUX"))


def _describes_document(token: Token) -> bool:
    """A participle describing a document ("the readout released by the PMO"); not the
    act a document calls for ("a resolution to expel the troops")."""
    return token.dep_ in ("acl", "relcl") and token.tag_ != "VB" and (
        token.head.lemma_.lower() in lexicon_words("documents")
    ) and _carrier(token) is None  # "issued a statement condemning X" is the condemning


def hearsay(token: Token) -> bool:
    """An act the writer tells as hearsay: with "reportedly" or "allegedly" on it or on
    the verb it hangs on, or under a passive verb of saying ("was said to have been
    injured", "are believed to have fled")."""
    verbs = [token, *list(token.ancestors)[:2]]
    if any(is_word(c, "hearsay_adverbs") for v in verbs for c in v.children
           if c.dep_ == "advmod"):
        return True
    return token.dep_ == "xcomp" and is_word(token.head, "hearsay_verbs") and _passive(
        token.head)


def _hypothetical(token: Token) -> bool:
    """Under "could", "might", "if" ...; "would" in a clause a statement or a report
    reports is its "will" told in the past ("announced that he would resign"), no
    condition; "was to" plans ("were to investigate")."""
    if _planned(token):
        return True  # "the inspectors were to investigate the derailment": planned, not done
    verbs = [token]  # "would have been able to seize": the condition of what governs it
    while verbs[-1].dep_ in ("xcomp", "acomp") and len(verbs) < 3:
        verbs.append(verbs[-1].head)
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(token.head)  # "a lawsuit against Wren could be filed"
    return any(c.dep_ in ("aux", "mark") and c.lower_ in _conditions(verb)
               for verb in verbs for c in verb.children)


def _planned(verb: Token) -> bool:
    """"The inspectors were to investigate the derailment", "Ruiz is to step down": a party that
    "is to" act; not "he was among 12 councillors to vote", "it is easy to criticize"."""
    be = verb.head
    if verb.dep_ != "xcomp" or be.lemma_ != "be" or not _to_infinitive(verb):
        return False
    return any(c.dep_ == "nsubj" and _is_party(_group_head(c)) for c in be.children) and not any(
        c.dep_ in ("attr", "acomp", "prep") for c in be.children)


def _conditions(verb: Token) -> frozenset[str]:
    """The words that make ``verb`` hypothetical: without "would" in a clause a statement
    or a report tells ("said it would send", "news that the ministry would sue")."""
    told = (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in word_set("statement_verbs")) or (
        verb.dep_ == "acl" and verb.head.lemma_.lower() in word_set("report_nouns"))
    told = told and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    # "said Chile would have been able to": a condition, told or not
    return word_set("hypothetical_markers") - word_set("reported_will") if told else word_set(
        "hypothetical_markers")


def _somewhere(verb: Token) -> bool:
    """Whether a visit has an object ("host talks") or a destination ("arrived in Kyiv");
    what one travels with is no destination ("flew a drone over the base")."""
    travel = is_word(verb, "travel_verbs")
    return any(c.dep_ == "dobj" and not travel for c in verb.children) or any(
        o.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for o in c.subtree
    )


def _acted(verb: Token) -> bool:
    """Whether a verb coded by the CAMEO dictionary has no subject that is a thing
    ("Tensions rose", "glass shattering"): PETRARCH codes a verb only between actors."""
    subjects = _subjects(verb)
    return not subjects or any(
        _is_party(_group_head(_antecedent(s))) or _is_people(s) for s in subjects
    )
