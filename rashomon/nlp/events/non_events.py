"""Clauses that look like acts and are none, as real news writes them (issue 18, fourth
and fifth audit passes): harm no one did, attacks made in words, talk and meetings with
no one (or with the press), career moves, stances, prices, denied claims, idioms, things
said of people in general and what someone is charged with. Each rule says what it
leaves alone; the word lists are in ``event_patterns.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from rashomon.nlp.common import lexicon
from rashomon.nlp.common.phrases import noun_phrase
from rashomon.nlp.common.reporting import lexicon_words
from rashomon.nlp.events.arguments import (
    _antecedent,
    _group_head,
    _is_body,
    _is_party,
    _names_someone,
    _passive,
    _sector_of,
    by_agents,
    first_conjunct,
)
from rashomon.nlp.events.clauses import (
    _negated_word,
    _no_one_did,
    _to_infinitive,
    expected_of_others,
    question_word,
)
from rashomon.nlp.events.triggers import is_word, noun_trigger, patterns, word_set
from rashomon.nlp.events.types import Participant


def objects_after(token: Token, prepositions: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """The objects of the token's own prepositions (and passive "by") among
    ``prepositions``."""
    return [o for c in token.children if c.dep_ in ("prep", "agent")
            and c.lower_ in prepositions for o in c.children if o.dep_ == "pobj"]


# Not what it looks like


def no_act(token: Token) -> bool:
    """A trigger its clause makes no act: a state of mind, a tendency, a price, a denied
    claim, an idiom, violence said of people in general, a career move, force done to a
    reaction (see ``figurative_object``), a poll's figure, a comment declined, an
    epithet, a public's attitude, a question with nothing asked for, what someone is
    charged with, an act awaited, help a thing gives, voters brought out, a view shared,
    a hazard forecast, a tally, people leaving, a forecast of what a thing may do, what
    others expect of a party, who has never met whom, a lecture given to no one, staff
    let go, a greeting to readers, a gaze trained on someone, counsel as a job, a case
    handled, a rise, a family visit, what anyone who would do it does, a habit, a
    danger, a ballot or anonymity asked for, a thing summoned, a sum, a record captured, a
    state a linking verb says, one's own plans cancelled, an act talked about, a person
    known again, what a group stands for, how someone is."""
    return (felt(token) or raising(token) or price_charged(token) or claim_denied(token)
            or idiom(token) or said_in_general(token) or career_move(token)
            or poll_figure(token) or comment_declined(token) or epithet(token)
            or attitude(token) or question_only(token) or charged_with(token)
            or awaited(token) or help_from_a_thing(token) or turnout(token)
            or concurs(token) or hazard_warning(token) or tally(token) or fled(token)
            or forecast(token) or expected_of_others(token) or acquaintance(token)
            or teaching(token) or staff_dismissed(token) or greeting(token)
            or gaze_trained(token) or counsel_given(token) or matter_handled(token)
            or risen(token) or family_visit(token) or done_by_anyone(token)
            or habitual(token) or a_danger(token) or a_routine_request(token)
            or thing_summoned(token) or summed(token) or thing_captured(token)
            or described_by_linking_verb(token) or own_plans_cancelled(token)
            or talked_about(token) or known_again(token) or what_a_group_is(token)
            or manner_of_being(token))


def a_danger(token: Token) -> bool:
    """"to counter terrorist threats from Islamic State", "handling threats from Russia",
    "investigated potential threats": a danger met or weighed, no threat made; one made
    has its maker's possessive or whom it is against ("Peru's threats", "death threats
    against Wren", "threats to close the strait")."""
    if token.pos_ != "NOUN" or not is_word(token, "threat_nouns"):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("against", "to"))
           or (c.dep_ == "acl" and c.tag_ == "VB") for c in token.children):
        return False
    met = token.head.head if token.dep_ == "pobj" else token.head
    return is_word(met, "danger_verbs") or any(
        c.dep_ in ("amod", "compound") and is_word(c, "danger_modifiers")
        for c in token.children)


def thing_summoned(token: Token) -> bool:
    """"cannot summon Ruiz's fury", "could still summon stats": what one summons that is no
    party ("summoned the ambassador" is an act)."""
    return is_word(token, "party_object_verbs") and any(
        c.dep_ == "dobj" and not _is_party(_group_head(c)) for c in token.children)


def thing_captured(token: Token) -> bool:
    """"emails captured by the department's system", "a portrait captured by the
    photographer", "captured 40 percent of the vote": a record made or a share won, no
    force."""
    if not is_word(token, "recording_verbs"):
        return False
    taken = _acted_on(token)
    return bool(taken) and all(is_word(t, "recorded_things") or is_word(
        t, "figurative_objects") for t in taken)


def _acted_on(verb: Token) -> list[Token]:
    """What a verb is done to: its object, its passive subject, or the noun its participle
    qualifies ("emails captured by the system", "ballots requested by voters")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + (
        [verb.head] if verb.dep_ == "acl" else [])


def described_by_linking_verb(token: Token) -> bool:
    """"sounded subdued", "seemed resigned", "remained defiant": how someone is, told by a
    verb of seeming or staying, not an act."""
    complement = token.dep_ in ("acomp", "oprd", "xcomp") and token.tag_ in ("VBN", "JJ")
    return complement and is_word(token.head, "linking_verbs") and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children)  # not "appears to have
    # abandoned the scene"


def own_plans_cancelled(token: Token) -> bool:
    """"canceled a planned trip", "cancel an early-week fundraising swing": one's own plans
    dropped, no sanction of anyone (not "cancelled Chile's fishing licences" or "cancelled a
    planned visit to Haiti": a visit to a party called off)."""
    if not is_word(token, "cancelling_verbs"):
        return False
    plans = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(plans) and all(is_word(p, "own_plans") and not any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ == "prep" and c.lower_ in ("to", "with")
            and any(_is_party(_group_head(o)) for o in c.children))
        for c in p.children) for p in plans)


def known_again(token: Token) -> bool:
    """"recognize Vidal in that passage": a person recognised, as no state, government or
    office ("recognized Ruiz as interim president" is recognition)."""
    return is_word(token, "recognition_verbs") and any(
        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children) and not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in token.children)


def what_a_group_is(token: Token) -> bool:
    """"Rootwork, a group that favors limiting the influence of donors": a stance on no
    named party, in the present tense, in a relative clause on a description set beside a
    name, says what the group is, not what it did."""
    described = token.head
    return is_word(token, "group_stance_verbs") and token.dep_ == "relcl" and token.tag_ in (
        "VBZ", "VBP") and described.dep_ == "appos" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in described.children) and not any(
        c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        for c in token.children)  # "a committeewoman who openly supports Vidal" backs him


def manner_of_being(token: Token) -> bool:
    """"accuses Vidal of being welcoming to refugees": a participle as the complement of
    "be" says how someone is (not "was welcoming the envoy", an act in progress)."""
    return token.tag_ == "VBG" and token.dep_ == "acomp" and token.head.lemma_ == "be"


def talked_about(token: Token) -> bool:
    """"the statement talked about giving voters the right", "spoke about sending
    troops": a gerund after "about" with no doer of its own is what is talked or thought
    of, not an act done ("asked about Vidal's calling Ruiz a liar" tells one)."""
    return token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "about" and (
        not any(c.dep_ in ("nsubj", "poss") for c in token.children))


def summed(token: Token) -> bool:
    """"Ruiz, Vidal and Pell combined to spend tens of millions": a total, no joint act."""
    return is_word(token, "sum_verbs") and any(
        c.dep_ == "xcomp" and _to_infinitive(c) for c in token.children)


def a_routine_request(token: Token) -> bool:
    """"850,000 absentee ballots have been requested", "every voter who requests an
    absentee ballot", "absentee requests", "asking for anonymity to speak freely": a
    voter's form or a source's anonymity, no political request."""
    if not is_word(token, "routine_request_verbs"):
        return False
    asked = _acted_on(token) + [c for c in token.children if c.dep_ in ("compound", "amod")]
    asked += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
              for o in c.children if o.dep_ == "pobj"]
    return any(is_word(w, "routine_requests") for a in asked
               for w in [a, *(c for c in a.children if c.dep_ in ("compound", "amod"))])


def acquaintance(token: Token) -> bool:
    """"I never met her", "had never met Wren": who knows whom, no meeting denied (not
    "has never met with Harwick's officials, despite three invitations")."""
    return token.lemma_.lower() == "meet" and any(
        c.dep_ == "neg" and c.lower_ == "never" for c in token.children) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def teaching(token: Token) -> bool:
    """"lectured on maritime law for years": teaching, unless someone is
    lectured ("lectured Wren on manners")."""
    return token.lemma_.lower() == "lecture" and token.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in token.children)  # not "lectured to the envoys"


def staff_dismissed(token: Token) -> bool:
    """"dismissed her campaign manager": someone let go from a post, no rejection (not
    "dismissed Wren's claims", "dismissed Wren as a liar", "dismissed the minister,
    calling him a liar")."""
    said = any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" for c in token.children)
    return token.lemma_.lower() == "dismiss" and not said and not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in token.children) and any(
        c.dep_ == "dobj" and is_word(c, "staff_nouns") for c in token.children)


def greeting(token: Token) -> bool:
    """"Welcome to the Harbour Report": a greeting to readers, no one welcomed."""
    return token.lemma_.lower() == "welcome" and token.i == token.sent.start and not any(
        c.dep_ in ("nsubj", "dobj") for c in token.children)


def gaze_trained(token: Token) -> bool:
    """"trained her eyes on the audience": a look, no training given."""
    return token.lemma_.lower() == "train" and any(
        c.dep_ == "dobj" and is_word(c, "gaze_objects") for c in token.children)


def counsel_given(token: Token) -> bool:
    """"advised Wren for a decade", "who advises Ruiz": a standing job, no request (not
    "advised Wren to drop the suit", "advised Wren against the deal")."""
    return token.lemma_.lower() == "advise" and not any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "against")
        for c in token.children)


def matter_handled(token: Token) -> bool:
    """"officers handling the case", "supervising the inquiry": one's job, no one helped."""
    return is_word(token, "matter_verbs") and any(
        c.dep_ == "dobj" and is_word(c, "matter_nouns") for c in token.children)


def risen(token: Token) -> bool:
    """"prices have shot up": a rise (not "gunmen shot up the bar")."""
    return token.lemma_.lower() == "shoot" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in token.children)


def family_visit(token: Token) -> bool:
    """"visiting her daughter", "a visit to his sister": a family visit, no act between
    parties."""
    if token.lemma_.lower() != "visit":
        return False
    visited = [c for c in token.children if c.dep_ == "dobj"] + objects_after(token, ("to",))
    return any(is_word(v, "kin_nouns") for v in visited)


def done_by_anyone(token: Token) -> bool:
    """"those who dare to criticize him", "anybody who attacks him": said of anyone who
    would, no one's act."""
    verb = token
    for _ in range(3):
        if verb.dep_ == "relcl":  # "those who ...", not the things of "those it fires"
            return is_word(verb.head, "generic_heads") and any(
                c.lower_ in ("who", "whom") for c in verb.children)
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def fled(token: Token) -> bool:
    """"forced 8,000 villagers to evacuate", "residents evacuated": people leaving,
    no act between parties (``evacuating_verbs`` with no object; "Velmora evacuated its
    embassy" is one)."""
    return is_word(token, "evacuating_verbs") and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in token.children)


def forecast(token: Token) -> bool:
    """"The fund had warned that the vote could depress growth", "warned that the bloc
    could fall apart", "warned voters about the risks", "cautioned against a brokered
    convention": a view of what may come, no threat. A warning is a threat when it names
    a consequence (``consequence_nouns``: "warned of severe consequences"), an act the
    warner foretells ("warned that it would retaliate"), or a named party or body it is
    given to ("warned Chile that ..."); "warned Peru to withdraw" is a demand (the verb
    table's ``with_infinitive``)."""
    if not is_word(token, "warning_verbs"):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if token.lemma_.lower() == "issue":  # "issued a warning": ``hazard_warning`` reads it
        return not any(c.dep_ in ("dobj", "dative") for c in token.children) and bool(
            subjects) and not any(
            s.pos_ == "PRON" or s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or (s.pos_ == "NOUN" and _is_party(s)) for s in subjects)
    if any(c.dep_ == "xcomp" for c in token.children):
        return False
    warned = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    warned += objects_after(token, ("to",))
    if any((w.pos_ != "NOUN" and _is_party(w)) or _is_body(w)
           or _sector_of(w) not in {None, *word_set("public_sectors")}
           for w in warned):  # not "warned voters about ..."
        return False
    return not _names_consequence(token, clauses) and not any(
        _foretold_by(token, clause) for clause in clauses)


def _names_consequence(warning: Token, clauses: list[Token]) -> bool:
    """Whether a warning names a consequence as its object ("warned of retaliation") or
    in its clause ("warned that there would be consequences", "that Peru would face severe
    consequences", "that his government would use force")."""
    named = [c for c in warning.children if c.dep_ == "dobj"]
    named += objects_after(warning, ("of", "about", "against", "with"))
    named += [t for clause in clauses for t in clause.subtree]  # "would face consequences"
    return any(is_word(n, "consequence_nouns") for n in named)


def _foretold_by(warning: Token, clause: Token) -> bool:
    """Whether a warning's clause foretells an act of the warner's own: a verb with
    "will" or "would" whose subject is a pronoun or the warner's name ("warned that it
    would retaliate", "Velmora warned that Velmora will respond")."""
    warners = {c.lower_ for c in warning.children if c.dep_ == "nsubj"}
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    return any(
        any(a.dep_ == "aux" and a.lower_ in word_set("foretelling_modals") for a in v.children)
        and any(s.dep_ == "nsubj" and (s.pos_ == "PRON" or s.lower_ in warners)
                for s in v.children)
        for v in verbs)


def campaign_rally(token: Token, by_a_person: bool) -> bool:
    """A rally a named person holds, leads or is held for ("Vidal held a rally in
    Harwick", "Vidal's rallies", "Vidal rallied supporters in Pellin", "at a rally for
    Vidal"): a campaign event, no protest. A crowd's rally stays one, and so does any rally
    the sentence sets against someone or something ("rallied against the port fees",
    ``protest_cues``)."""
    rally = token.lemma_.lower() == "rally" or any(
        c.dep_ == "dobj" and c.lemma_.lower() == "rally" for c in token.children)
    return rally and by_a_person and not any(
        t.lemma_.lower() in word_set("protest_cues") or (  # "calling for the release of"
            t.pos_ == "VERB" and t.lemma_.lower() == "call"
            and any(is_word(c, "demand_call_prepositions") for c in t.children))
        for t in token.sent)


def a_result(token: Token) -> bool:
    """A participle with no subject that tells what a fact brought about ("was no party to
    the truce, allowing the group to go on fighting"), not an act of its own."""
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def habitual(token: Token) -> bool:
    """"rarely asks surrogates to stump for him", "regional governors frequently dissent",
    "voters consistently reject them": a habit (``habitual_adverbs``), no single act
    ("repeatedly attacked Ruiz" tells acts that happened)."""
    return any(c.dep_ == "advmod" and c.lower_ in word_set("habitual_adverbs")
               for c in token.children) and not any(
        map(_dated, _words_without(token, ("conj", "relcl", "acl", "ccomp", "advcl"))))
    # not "often attacked convoys last year": acts in a stretch of time


def _words_without(head: Token, left_out: tuple[str, ...]) -> list[Token]:
    """The words under ``head`` but those under a dependent of a ``left_out`` relation at
    any depth: a verb's own clause without the clauses joined to it or saying which thing
    is meant ("..., and on Friday it rejected it again", "MSNBC, which let him go in
    2015"), a noun phrase without its relative clauses ("Ruiz, who won 52%")."""
    found, stack = [], [head]
    while stack:
        word = stack.pop()
        found.append(word)
        stack += [c for c in word.children if c.dep_ not in left_out]
    return found


def _dated(word: Token) -> bool:
    """Whether a word is part of a date or a time the story gives (a point of
    ``doc._.timexes``: not "quarterly"; the parser's DATE and TIME where there are none)."""
    timexes = word.doc._.timexes
    if timexes is None:
        return word.ent_type_ in ("DATE", "TIME")
    return any(t.is_point and t.start <= word.idx < t.end for t in timexes)


def tally(token: Token) -> bool:
    """"the third man shot by Harwick police this month", "140 people have been shot
    by police so far this year": a count of those an act was done to, no single act (an
    ordinal, or a number with a running period: ``tally_periods``)."""
    first = first_conjunct(token)
    if not _passive(first) and first.dep_ != "acl":
        return False
    patients = [c for c in first.children if c.dep_ == "nsubjpass"] + (
        [first.head] if first.dep_ == "acl" else [])
    before = [t for p in patients for t in p.lefts]
    if any(t.ent_type_ == "ORDINAL" or is_word(t, "ordinal_words") for t in before):
        return True
    words = " ".join(t.lower_ for t in token.sent)
    period = any(f" {phrase} " in f" {words} " for phrase in word_set("tally_periods"))
    # not "five people were killed in the attack on Pellin this year": one incident
    incident = objects_after(token, ("in", "during")) or objects_after(first, ("in", "during"))
    return period and not incident and any(t.like_num for t in before)


def hazard_warning(token: Token) -> bool:
    """"issued a hurricane warning", "warned of possible flash floods": a forecast of a
    hazard (``harmless_causes``), no threat to anyone. Not a warning given to someone
    ("warned Chile against opening fire", "a warning to the rebels during the storm"), nor
    one of a hazard and something else ("fire and fury") or of a figure ("a storm of
    protests")."""
    if not is_word(token, "warning_verbs"):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    warnings = [o for o in objects if is_word(o, "warning_nouns")]
    if objects_after(token, ("to",)) or [o for o in objects if o not in warnings] or [
        o for w in warnings for o in objects_after(w, ("to",))
    ]:
        return False
    hazards = objects_after(token, ("of", "about")) + [  # "warned of floods", "a warning
        o for w in warnings for o in objects_after(w, ("of", "about"))]  # of floods"
    hazards += [c for w in warnings for c in w.children if c.dep_ in ("compound", "amod")]
    return bool(hazards) and all(  # not "a storm of protests"
        is_word(h, "harmless_causes") and not objects_after(h, ("of",))
        for w in hazards for h in (w, *w.conjuncts))


def concurs(token: Token) -> bool:
    """"the dock workers agree with her", "agreed with Wren's assessment": a view shared,
    not an agreement to or on something ("agreed with Peru on a truce", "agreed to
    talks")."""
    if token.lemma_.lower() != "agree" or any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return "with" in preps and not preps & word_set("agreement_prepositions")


def turnout(token: Token) -> bool:
    """"mobilizing new voters", "marshalled volunteers": a campaign's turnout, not forces
    made ready (``mobilising_verbs`` with ``voter_nouns``)."""
    if not is_word(token, "mobilising_verbs"):
        return False
    voters = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
              and is_word(c, "voter_nouns")]
    return bool(voters) and not any(  # not "mobilized supporters to storm the parliament"
        _to_infinitive(c) for h in (token, *voters) for c in h.children
        if c.dep_ in ("xcomp", "advcl", "acl", "relcl"))


def help_from_a_thing(token: Token) -> bool:
    """Help a thing gives ("a leaked memo helped investigators see", "that did not help
    Wren", "our association with the fund does not help us"), and the idiom "can't help
    but wonder": no one's aid. A helper who can act gives it ("the mayor helped the city
    recover", "Peru helped Chile")."""
    if not is_word(token, "helping_verbs"):
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "but":
        return True  # "I can't help but wonder what he is hiding"
    helpers = [_group_head(c) for c in token.children  # "one of the memos": the memos
               if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    return any(_a_thing(h) or (h.pos_ == "PRON" and is_word(h, "demonstratives") and not any(
        c.dep_ == "relcl" for c in h.children)) for h in helpers)  # not "those who helped"


def _a_thing(noun: Token) -> bool:
    """A noun that names no one who can act: not a party, a relative or a country noun
    ("her husband", "the country that helped Peru")."""
    return noun.pos_ == "NOUN" and not _is_party(noun) and not any(
        is_word(noun, kind) for kind in ("relational_nouns", "owned_people", "country_nouns"))


def awaited(token: Token) -> bool:
    """An act awaited, not done: "released him pending investigation", "held awaiting
    trial" (``awaiting_words``)."""
    return (token.dep_ in ("pobj", "dobj") and is_word(token.head, "awaiting_words")) or any(
        c.dep_ == "amod" and is_word(c, "awaiting_adjectives") for c in token.children
    )  # the parser makes "pending" an adjective of "investigation" (not "long-awaited")


def charged_with(token: Token) -> bool:
    """What someone is accused, blamed or charged with ("accused Wren of endangering the
    workers and lying", "charged with assaulting a guard", "guilty of fraud"): the charge
    is the act; what it alleges is not told as done. A relative clause or a main clause
    beside a charge ("charged the man who attacked a guard") is told as done."""
    token = first_conjunct(token)
    preposition = token.head
    charge = preposition.head
    return token.dep_ in ("pcomp", "pobj") and preposition.lower_ in (
        "of", "for", "with", "to") and is_word(charge, "charge_words") and not (
        charge.dep_ == "pobj" and charge.head.lower_ == "in")  # "in charge of talks"


def poll_figure(token: Token) -> bool:
    """"43% of Ohio voters support Strickland", "the 38% who support the refusal", "a
    majority of voters say the Senate should act", "a 69% majority oppose deploying
    troops", "six in 10 voters said the party should ...": what a share of those polled
    think, not an act."""
    subjects = [_antecedent(c) for c in token.children if c.dep_ == "nsubj"]
    subjects += objects_after(token, ("by",))  # "supported by 42 percent of those polled"
    if token.dep_ == "ccomp":  # "... voters say [the Senate should take up]"
        subjects += [c for c in token.head.children if c.dep_ == "nsubj"]
    holder, holders = token, []  # "a 69% majority oppose deploying troops", "47% saying
    for _ in range(3):  # Peru should fight", "six in 10 voters said the party should ..."
        if holder.dep_ not in ("ccomp", "xcomp", "acl", "pcomp", "dobj") or (
                holder.head.i == holder.i):
            break
        holder = holder.head
        if holder.pos_ in ("VERB", "AUX") and not is_word(holder, "opinion_verbs"):
            break  # "60% of the delegates voted to suspend Peru": a decision
        holders += [c for c in holder.children if c.dep_ == "nsubj"]
        holders += [holder] if holder.pos_ in ("NOUN", "NUM", "PROPN") else []
    return any((_a_share(t) or (t is h and is_word(t, "share_words"))) and not _of_a_body(h)
               for h in [*subjects, *holders]
               for t in _words_without(h, ("relcl", "acl", "appos")))  # "Ruiz, who won 52%"


def _of_a_body(share: Token) -> bool:
    """A share of a body that decides ("a majority of the Senate", "60% of the delegates",
    ``deciding_members``): its votes are acts, not a poll's figures."""
    members = [o for t in (share, *share.children) for o in objects_after(t, ("of",))]
    return any(is_word(m, "deciding_members") for m in members)


def _a_share(word: Token) -> bool:
    """A percentage or "N in 10": how much of those polled (a share word counts where it
    heads the phrase: "a majority of voters", not "the Minority Leader")."""
    if word.ent_type_ == "PERCENT" or word.text == "%":
        return True
    return word.like_num and word.i + 2 < len(word.doc) and word.nbor(1).lower_ == "in" and (
        word.nbor(2).like_num)


def comment_declined(token: Token) -> bool:
    """"declined to comment", "declined to address the report", "declined comment": no
    statement, no refusal of anything asked."""
    return token.lemma_.lower() == "decline" and any(
        c.dep_ in ("xcomp", "dobj") and is_word(c, "comment_verbs") for c in token.children)


def epithet(token: Token) -> bool:
    """"convicted rapist Mike Tyson", "the jailed activist", "people convicted of minor
    crimes": a participle that names what someone is or which people are meant, not an
    act the story tells ("protesters arrested on Monday", "parishioners killed at a Pellin
    church", "civilians killed by the rebels", "soldiers wounded in the ambush" are acts:
    a time, a place, a doer or an incident makes them one)."""
    if token.dep_ == "amod" and token.tag_ == "VBN":
        return True
    if token.dep_ != "acl" or token.tag_ != "VBN" or not _bare_plural(token.head):
        return False
    doers = objects_after(token, ("by",))
    settings = objects_after(token, word_set("incident_prepositions"))
    return not any(_dated(t) or t.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
                   for t in token.subtree) and not any(  # "killed by the rebels", "in the
        _names_someone(o) or _sector_of(o) or noun_trigger(o) is not None  # airstrike",
        or is_word(o, "weapon_words") or is_word(o, "incident_nouns")  # "by police bullets"
        for o in doers + settings)


def doubted(token: Token) -> bool:
    """"it is hard to blame him": an act the clause says one can hardly do (not "it is
    not hard to blame him")."""
    if token.dep_ != "xcomp" or not _to_infinitive(token) or _negated_word(token.head):
        return False
    return any(c.dep_ == "acomp" and is_word(c, "doubt_adjectives") and not _negated_word(c)
               for c in token.head.children)


def emphatic(token: Token) -> bool:
    """"I couldn't disagree with her more": a negation that says the most, not the
    least."""
    could = any(is_word(c, "ability_modals") for c in token.children)
    return could and _negated_word(token) and any(
        t.lower_ == "more" and t.dep_ != "amod" and token.doc[t.i - 1].lower_ != "any"
        and (t.i + 1 == len(token.doc) or token.doc[t.i + 1].is_punct)  # ends the clause
        for t in token.subtree)  # not "could not send more troops", "any more"


def raising(token: Token) -> bool:
    """"investors tend to dislike uncertainty": "tend" with an infinitive says how things
    usually go; no care is given ("medics tended the wounded" is)."""
    return is_word(token, "raising_verbs") and any(
        c.dep_ == "xcomp" and _to_infinitive(c) for c in token.children)


def felt(token: Token) -> bool:
    """"felt compelled to issue a memo", "feels forced to", "who felt abandoned by the
    government" (the parser's "felt" as an auxiliary): a state of mind, no act."""
    if token.dep_ in ("acomp", "xcomp", "oprd") and is_word(token.head, "feeling_verbs"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and is_word(c, "feeling_verbs")
               for c in token.children)


def stance_without_party(token: Token, targets: list[Participant]) -> bool:
    """"opposes a federal minimum wage increase", "favors right-to-work laws": a stance on
    a policy, no act toward anyone ("opposes Ruiz" is one)."""
    return is_word(token, "stance_verbs") and not targets


def attitude(token: Token) -> bool:
    """Support or preference that is a public's attitude, not an act: held by voters,
    people or a share of them ("voters who supported the mainstream candidates", "Rust
    Belt states all supported Bush", "supported by 42 percent of those surveyed"), or a
    relative clause that only says which ones are meant ("the people who support her", "a
    super PAC supporting Clinton"). A named party's support ("Welch backs Sanders", "the
    union endorsed Ruiz") is an act."""
    if not is_word(token, "attitude_verbs"):
        return False
    describing = token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBG") or (
        token.dep_ in ("acl", "amod") and token.tag_ == "VBN")  # "people opposed to it"
    named = token.head.pos_ == "PROPN" or (  # "Vidal, a Harwick investor who backed
        token.head.dep_ == "appos" and token.head.head.pos_ == "PROPN")  # Ruiz": Vidal's
    if describing and not named:  # not "a willingness to back Ruiz"
        return True
    holders = [_antecedent(c) for c in token.children if c.dep_ == "nsubj"]
    holders += objects_after(token, ("by",))
    return any(is_word(h, "electorate_nouns") or h.ent_type_ == "PERCENT" or any(
        t.text == "%" or is_word(t, "share_words") for t in h.subtree) for h in holders)


def question_only(token: Token) -> bool:
    """"I was asked this a couple of months ago", "reporters asked questions", "I ask my
    wife, is she ready", "asked which county was his favorite": asking with nothing asked
    for (no "to" clause, no "for", no clause but a question, no thing requested: "asked
    Peru's permission")."""
    if token.lemma_.lower() != "ask":
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not _a_question(c))
           for c in token.children) or objects_after(token, ("for",)):
        return False
    return not any(c.dep_ in ("dobj", "dative") and is_word(c, "request_nouns")
                   for c in token.children)


def _a_question(clause: Token) -> bool:
    """A clause that asks ("which county was his favorite", "whether Peru would sue"): it
    opens with a question word, not with "that" or a request."""
    return question_word(clause.left_edge)


def price_charged(token: Token) -> bool:
    """"charging students more than $30,000": a price as what is charged, not a charge of
    wrongdoing ("charged Wren with taking $30,000 in bribes" is one)."""
    if token.lemma_.lower() != "charge" or objects_after(token, ("with",)):
        return False
    return any(c.dep_ in ("dobj", "dative") and (
        a_sum_of_money(c) or is_word(c, "price_nouns")) for c in token.children)


def a_sum_of_money(noun: Token) -> bool:
    """Whether a noun phrase is a sum of money ("$30,000", "$4 million")."""
    return noun.ent_type_ == "MONEY" or any(t.is_currency for t in noun_phrase(noun))


def claim_denied(token: Token) -> bool:
    """"denied that he would run", "denied his opposition", "denied the charge": a claim
    denied is a statement, not a refusal ("denied Peru's request" is one)."""
    return token.lemma_.lower() == "deny" and not any(
        c.dep_ == "dative" for c in token.children) and any(
        _what_is_denied(c) for c in token.children)  # not "denied Peru any role"


def _what_is_denied(child: Token) -> bool:
    """A denial's clause or claim: "[that he would run]", "[inviting Marek]", "[the
    charge]"."""
    return child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "dobj" and (
        child.tag_ == "VBG" or is_word(child, "claim_nouns")))


def denied(token: Token) -> bool:
    """What a denial says did not happen ("Chile denied that its troops had attacked",
    "denied inviting Marek")."""
    denial = token.head
    return denial.lemma_.lower() == "deny" and _what_is_denied(token) and not (
        _negated_word(denial) or _no_one_did(denial))


def idiom(token: Token) -> bool:
    """"seized on the scandal" (exploited it), "barring a cataclysm" (unless there is
    one), "marching forward with ideas", "broke ranks": a verb its preposition, its adverb,
    its object or its place makes an idiom."""
    if is_word(token, "idiom_participles") and token.dep_ in (
        "prep", "advcl", "pcomp", "acl") and not any(
        c.dep_ == "nsubj" for c in token.children
    ):
        return True
    adverbs = patterns()["idiom_adverbs"].get(token.lemma_.lower(), [])
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in adverbs and c.i == token.i + 1
           for c in token.children):
        return True  # "marching forward with some ideas"
    if any(c.dep_ == "dobj" and c.lower_ in patterns()["idiom_objects"].get(
            token.lemma_.lower(), []) for c in token.children):
        return True  # "broke ranks with his party"
    return any(not any(o.ent_type_ == "DATE" for o in c.children)  # not "seized on Monday"
               for c in _preposition_after(token, "idiom_prepositions"))


def _preposition_after(token: Token, table: str) -> list[Token]:
    """The preposition right after a verb that the table ``table`` of
    ``event_patterns.yaml`` lists for it ("seize" -> "on"), if any."""
    prepositions = patterns()[table].get(token.lemma_.lower(), [])
    return [c for c in token.children
            if c.dep_ == "prep" and c.lower_ in prepositions and c.i == token.i + 1]


def advocacy(token: Token) -> bool:
    """Force with a preposition of a cause ("fighting for working people", "grappled with
    calls for boycotts", ``advocacy_prepositions``), which only a state, an armed force
    or a crowd makes real fighting."""
    return bool(_preposition_after(token, "advocacy_prepositions"))


def figurative_object(token: Token, in_words: bool = False) -> bool:
    """"set off a firestorm", "didn't crack the list", "hitting themes", "wrested control of
    the race": force done to a reaction, a ranking, a theme or a place in a contest, not to
    anyone (only for verbs of force: "rejected Peru's list of demands" is a refusal); for an
    attack in words (``in_words``), also what one sets out on ("hit the campaign trail")."""
    kinds = ("figurative_objects", "hit_objects") if in_words else ("figurative_objects",)
    return any(c.dep_ == "dobj" and (any(is_word(c, kind) for kind in kinds) or _of_a_contest(c))
               for c in token.children)


def _of_a_contest(thing: Token) -> bool:
    """"control of the race", "the lead in the primary": a place in a contest, which a verb
    of force seizes or wrests only as a figure (``election_words``)."""
    return any(is_word(o, "election_words") for o in objects_after(thing, ("of", "in")))


def said_in_general(token: Token) -> bool:
    """Violence told of people in general ("It's not just Muslims shooting people"): a
    bare plural of people doing it to bare "people", no one in particular ("Chilean
    soldiers killed people" is someone)."""
    if token.tag_ not in ("VBP", "VBZ", "VBG"):
        return False  # "refugees attacked civilians at a camp on Monday" is an attack
    objects = [c for c in token.children if c.dep_ == "dobj"]
    subjects = [c for c in token.children if c.dep_ == "nsubj"] or (
        [token.head] if token.dep_ == "acl" else [])
    return bool(objects and subjects) and all(
        _bare_plural(w) and is_word(w, "generic_people") for w in objects + subjects)


def _bare_plural(token: Token) -> bool:
    """A plural noun with no article, number, owner or qualifier ("people", "Muslims";
    not "Chilean soldiers", "three people")."""
    return token.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "poss", "quantmod", "amod", "compound")
        for c in token.children)


def publishes_only(token: Token, targets: list[Participant]) -> bool:
    """"released a memo", "published a report": a text made public with no one it is
    sent to (a text that carries an act, "issued a statement condemning ...", is taken
    before)."""
    return not targets and token.lemma_.lower() in word_set("sending_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon_words("documents")
        and not any(a.dep_ in ("acl", "relcl") for a in c.children)  # "a decree ordering"
        for c in token.children)


def career_move(token: Token) -> bool:
    """"resigned from the Senate to become ambassador", "quit to run for governor": a move
    to another post ("resigned to take responsibility for the massacre" is none)."""
    if not is_word(token, "leaving_verbs"):
        return False
    moves = [c for c in token.children if c.dep_ in ("advcl", "xcomp") and _to_infinitive(c)
             and is_word(c, "career_verbs")]
    return any(
        any(o.dep_ in ("attr", "dobj", "oprd") and is_word(o, "career_posts")
            for o in move.children)
        or (move.lemma_.lower() == "run" and objects_after(move, ("for",)))
        for move in moves)


# Attacks in words, harm with no hand


def in_words(token: Token) -> bool:
    """Whether an attack is made by, at or in a message ("a tweet that attacked Ruiz",
    "fired back at Wren's remarks", "blasted Peru in a speech", "is attacked in the
    media"): words, not force. Only the subject and the prepositions of a medium count,
    not what is attacked ("attacked the press office")."""
    phrases = [_antecedent(c) for c in token.children if c.dep_ == "nsubj"]
    spoken = objects_after(token, word_set("word_prepositions"))
    return any(is_word(p, "message_nouns") for p in phrases + spoken) or any(
        is_word(m, "media_nouns") for m in objects_after(token, ("in",)))


def judged_things(token: Token) -> list[Token]:
    """What an attack is made on when it is what someone is, did or holds ("attacks on
    her character", "attacked Wren's record", "the attacks on Kerry's military
    reputation"): words, not force."""
    attacked = [c for c in token.children if c.dep_ == "dobj"]
    attacked += objects_after(token, ("on", "against"))
    return [o for o in attacked if is_word(o, "judged_things")]


def faulted_for(token: Token) -> bool:
    """An attack made for what someone did ("attacked Wren for how he ran the inquiry",
    "attacked Peru for cutting the budget"): blame, when no one armed makes it."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pcomp" for o in c.children) for c in token.children)


def harm_without_hand(token: Token) -> bool:
    """A death or injury a hazard or a policy causes ("a fire killed two workers", "were
    killed in a crash", "hurt by the mayor's agenda", "killed by his lions"): no one's
    attack. A cause someone set, drove or fired ("a fire set by rebels", "police fire",
    "fire from Chilean troops") is theirs; "in" names a cause only for a passive with no
    agent; a vehicle only as the subject or agent."""
    causes = [_antecedent(c) for c in token.children if c.dep_ == "nsubj"]
    if not causes and token.dep_ == "advcl" and token.tag_ == "VBG":
        causes = [c for c in token.head.children if c.dep_ == "nsubj"]  # "an earthquake
        # struck the south, injuring 25 people"
    causes += by_agents(token)
    if _passive(token) and not any(c.dep_ == "agent" for c in token.children):
        causes += [o for o in objects_after(token, ("in",))
                   if is_word(o, "harmless_causes") or is_word(o, "policy_causes")]
    # "it has infected 80 villagers and killed two": a disease, whatever "it" is (not
    # "gunmen killed five and infected the computers")
    infects = not any(map(_named_doer, [token, *token.conjuncts])) and any(
        is_word(v, "infection_verbs") for v in token.conjuncts)
    return infects or any(is_word(c, "policy_causes") or _named_disease(c) or (
        _a_hazard(c) and not _made_by_someone(c)
    ) for c in causes)


def _named_doer(verb: Token) -> bool:
    """Whether a verb's subject is a party named by a noun or a name ("police", "gunmen"),
    not a pronoun."""
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" and _is_party(c) for c in verb.children)


def _a_hazard(cause: Token) -> bool:
    """A cause of harm that is no one's hand: a fire, a crash, an animal, a vehicle, a
    named storm ("Typhoon Rell", "Hurricane Velma"), or "it" when the sentence before
    is about one ("A fire swept the market. Officials said it killed nine")."""
    if cause.lower_ == "it" and cause.sent.start > 0:
        previous = cause.doc[cause.sent.start - 1].sent
        return any(_a_hazard(c) for c in previous.root.children if c.dep_ == "nsubj")
    return is_word(cause, "harmless_causes") or is_word(cause, "vehicles") or any(
        c.dep_ == "compound" and is_word(c, "harmless_causes") for c in cause.lefts)


def _named_disease(cause: Token) -> bool:
    """A disease named in words the tokenizer split ("SARS-CoV-2")."""
    name = "".join(t.text for t in cause.subtree if t.dep_ in ("compound", "punct")
                   or t.i == cause.i).lower()
    return "-" in name and name in word_set("harmless_causes")


def _made_by_someone(cause: Token) -> bool:
    """"a fire set by rebels", "a car driven by militants", "police fire", "fire from
    Chilean troops": a cause with a hand ("his lions" have none)."""
    modified = any(c.dep_ in ("compound", "amod", "nmod") and not is_word(c, "harmless_causes")
                   and (_is_party(c) or c.ent_type_ in ("NORP", "GPE", "ORG"))
                   for c in cause.lefts)  # not "Typhoon Rell"
    made = any(c.dep_ in ("acl", "relcl") and any(not _a_hazard(h) for h in [
        *(a for a in c.children if a.dep_ == "nsubj" and a.tag_ not in ("WDT", "WP")),
        *by_agents(c)]) for c in cause.children)  # not "an accident followed by a fire",
    # nor "the typhoon, which killed 2,000": the cause itself
    return modified or made or any(_is_party(o) for o in objects_after(cause, ("from", "by")))


# Talk and meetings with no one


def speaks_to_the_press(token: Token) -> bool:
    """"speaking to reporters", "talked to journalists", "Speaking to Reuters": speech,
    not a meeting ("spoke with Peru's president and reporters" names a partner). A news
    outlet is named by a press noun or by a name the Phoenix dictionaries code ``MED``."""
    partners = objects_after(token, ("to", "with"))
    return is_word(token, "partner_verbs") and bool(partners) and all(
        (is_word(o, "press_nouns") or _news_outlet(o))
        and not any(c.dep_ == "conj" for c in o.children) for o in partners)


def _news_outlet(token: Token) -> bool:
    """A name the Phoenix actor dictionaries code as media ("Reuters", "CNN")."""
    if token.pos_ != "PROPN":
        return False
    name = " ".join(t.text for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i)
    return any(code.endswith("MED") for code in lexicon.actor_codes(name))


def topics(token: Token) -> list[tuple[int, int]]:
    """Character ranges of what a verb of talk is about ("talked about her visit to
    Peru"): no partner is named there."""
    return [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
            for o in objects_after(token, word_set("topic_prepositions"))]


def meeting_without_partner(token: Token, consultation: bool, actors: list[Participant],
                            targets: list[Participant]) -> bool:
    """"will discuss his new book on the show", "held talks on Monday", "contemplated
    another run": talk, a meeting or a consultation (``consultation``: a CONSULT other
    than a visit) that no one is said to have with anyone. A partner is a target, two
    actors, a coordinated subject ("the Chilean and Peruvian ministers"), "with" in the
    clause ("by phone with Wren"), "to", "during" or "between" on the verb ("talked to
    Wren", "mediated between Chile and Peru") or the object of a verb joined to it ("met
    and praised Wren"); a consultation other than talk may also be held somewhere
    ("attended the summit in Lima"; not "talked in Ohio")."""
    if not (consultation or is_word(token, "partner_verbs")) or targets or len(actors) > 1:
        return False
    if coordinated_subject(token) or any(
        o.pos_ == "PRON" or _is_party(_group_head(o)) or is_word(o, "partner_people")
        for o in objects_after(token, ("to", "during", "between"))
    ):  # "talked to the candidate"; not "speaks to the stickiness of donor ties": a topic
        return False
    if not any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "conj" and any(o.dep_ == "dobj" for o in c.children) for c in token.children
    ):
        return False  # "met and praised Wren": the one praised was met (not "discussed
        # theories and lambasted politicians")
    if met_with(token):
        return False
    talked = token.pos_ == "VERB" and is_word(token, "partner_verbs") and not any(
        c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in token.children
    )  # "Ruiz, speaking in Ohio, talked through the issues": a speech, held wherever (not
    # "the two ministers talked in Geneva": with each other)
    return talked or not (consultation and any(
        t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "along", "outside")
        and t.ent_type_ in ("GPE", "LOC", "FAC") for t in token.subtree))


def own_clause(token: Token) -> list[Token]:
    """The words of the clause a verb heads, without the clauses it governs (what is
    said, wanted or done besides)."""
    inner = {t.i for c in token.children if c.dep_ in ("ccomp", "xcomp", "advcl", "relcl",
                                                        "conj", "parataxis")
             for t in c.subtree}
    return [t for t in token.subtree if t.i not in inner]


def met_with(token: Token) -> list[Token]:
    """Who a meeting's own clause says it was "with" ("discussed the crisis by phone with
    Peru's Tomas Wren"); what one travels with is brought along ("will arrive with enough
    delegates")."""
    if is_word(token, "travel_verbs"):
        return []
    return [o for t in own_clause(token) if t.dep_ == "prep" and t.lower_ == "with"
            for o in t.children if o.dep_ == "pobj"]


def coordinated_subject(token: Token) -> bool:
    """A subject of two parties joined, of two joined modifiers ("the Chilean and
    Peruvian ministers") or of joined owners ("the ministers of Chile and Peru"): they
    act with each other."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.dep_ == "conj" for s in subjects for t in s.subtree)


def meets_itself(token: Token, targets: list[Participant]) -> bool:
    """A body's own meeting ("ended a two-day policy meeting", "the general board meets
    June 16", "the cabinet met on Monday") with no one met."""
    if targets:
        return False
    if token.lemma_.lower() == "meet" and token.pos_ == "VERB":
        return not any(c.dep_ == "dobj" for c in token.children) and not objects_after(
            token, ("with",)) and any(c.dep_ == "nsubj" and is_word(c, "internal_meetings")
                                      for c in token.children)
    meetings = [token] if token.pos_ == "NOUN" else [
        c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "meeting"]
    return any(
        m.lemma_.lower() == "meeting" and any(is_word(c, "internal_meetings") for c in m.lefts)
        and not objects_after(m, ("with",)) for m in meetings)


def _within(party: Participant, phrase: Token) -> bool:
    """Whether a party is named inside a noun phrase (the phrase ``phrase`` heads)."""
    return phrase.left_edge.idx <= party.start < phrase.right_edge.idx + len(phrase.right_edge)


def attends_no_gathering(token: Token, targets: list[Participant]) -> bool:
    """"attended the party", "hosts a radio show", "met the deadline": what is attended
    is no meeting, summit or ceremony and no one is met there; what is hosted or met is a
    programme or a requirement (``unmet_objects``)."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    lemma = token.lemma_.lower()
    unmet = patterns()["unmet_objects"].get(lemma)
    if unmet is not None:  # the hosted thing itself is no one met ("the Harwick Games")
        met = [p for p in targets if not any(_within(p, o) for o in objects)]
        return bool(objects) and not met and all(
            o.lower_ in unmet or o.lemma_.lower() in unmet for o in objects)
    if lemma == "attend" and objects and all(_sector_of(o) == "EDU" for o in objects):
        return not objects_after(token, ("with",))  # "attended law school": studied
    return lemma == "attend" and bool(objects) and not targets and not any(
        is_word(o, "gathering_nouns") or _names_someone(o) for o in objects)
