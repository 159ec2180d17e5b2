"""Who does what to whom in the parse: the actor and target tokens of a trigger verb or
event noun (subjects, passive agents, objects, controllers of infinitives and gerunds,
relative pronouns, owners of what is judged or asked for, the sender of a document), and
the group nouns, sectors and codes they stand for."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from rashomon.nlp.common import lexicon
from rashomon.nlp.common.phrases import noun_phrase
from rashomon.nlp.events.triggers import (
    called_on,
    counted_noun,
    is_word,
    noun_trigger,
    patterns,
    word_set,
)

_NOT_PARTICIPANTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


def phrase_extent(token: Token) -> tuple[int, int]:
    """Character offsets of the noun phrase ``token`` heads (``noun_phrase``: without its
    relative clause, apposition or conjuncts: "a leader who was murdered" -> "a leader"),
    cut before a preposition other than "of" or "for" ("protesters [in Arica]", "a
    reporter [by a soldier]": the parser hangs those on the noun) and without the blank
    lines a headline's last word carries."""
    phrase = noun_phrase(token)
    cut = next((c.i for c in token.rights if c.dep_ in ("prep", "agent") and c.lower_ not in (
        "of", "for")), phrase.end)  # "protesters [in Arica]", "Wren [about Peru]"
    words = [t for t in phrase if t.i < cut]
    while len(words) > 1 and (words[-1].is_space or words[-1].is_punct):
        words.pop()
    last = words[-1]
    return words[0].idx, last.idx + len(last.text.rstrip())


def by_agents(verb: Token) -> list[Token]:
    """Who a passive verb says did it ("was attacked by rebels": the rebels)."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children
            if o.dep_ == "pobj"]


def _verb_frame(verb: Token, object_token: Token | None) -> tuple[list[Token], list[Token]]:
    """Actor and target tokens of a verb: subject or passive agent (for an infinitive,
    the object of a verb like "ask", else the subject it shares); the object (unless it
    is what is moved or given: "deployed soldiers to Ukraine"), the passive subject, or
    the object of a directional preposition."""
    themes = word_set("themes")
    actors, targets, given_to = [], [], []
    for word in verb.children:
        dep, child = word.dep_, _antecedent(word)  # "who" stands for its antecedent
        if dep == "dative" and child.pos_ == "ADP":  # "paid tribute to Vidal": the parser's
            given_to += _objects_of(child)  # dative is "to"; its object, for a named giver
            continue
        if dep == "nsubj" or (dep == "poss" and verb.tag_ == "VBG") or (
            dep == "nsubjpass" and verb.lemma_.lower() in word_set("agentive_passives")
        ):  # "his calling for a halt", "forces were engaged in ethnic cleansing"
            actors.append(child)
        elif dep == "agent":
            actors.extend(c for c in child.children if c.dep_ == "pobj")
        elif dep in ("dobj", "nsubjpass", "dative") and (
            not _same(child, object_token) or is_word(verb, "undergoer_objects")
        ):  # "released 50 prisoners": who is released is the target
            addressed = verb.lemma_.lower() in patterns()["object_control"]
            theme = dep == "dobj" and (not _is_party(_group_head(child)) or (
                not addressed and verb.lemma_.lower() in themes
            ))  # "called Wren's remarks pathetic": what is judged is Wren's
            targets += [] if theme else [child]
            if theme:  # "support Turkey's efforts", "praised the efforts of Kerry", "the
                targets += _owners(child) or [  # quality of Wren's work": whose
                    o for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                    for thing in _objects_of(p) for o in _owners(thing)] or _authors(verb, child)
    if not targets:  # "found Wren guilty", "helped Peru rebuild": the parser gives the
        # complement its subject
        targets = [s for c in verb.children if c.dep_ in ("ccomp", "oprd") and (
            c.pos_ == "ADJ" or (c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children))
        ) for s in c.children if s.dep_ == "nsubj"]
    if not targets and _asks(verb):  # "called for Wren's resignation": asked of Wren
        targets = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                   for act in _objects_of(p) if not _is_party(_group_head(act))
                   for o in _undergoers(act) if _is_party(_group_head(o))]
    if not targets and _asks(verb):  # "called on Wren to resign", parsed as a clause
        targets = [t for t in [called_on(verb)] if t is not None]
    if not targets and verb.lemma_.lower() in patterns()["labelling_verbs"]:
        targets = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"][:1]
        # "called Governor Pratt a hero": the parser makes both names complements
    if not targets and verb.dep_ == "xcomp" and _passive(verb):  # "a guard was said to
        targets = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # have been hurt"
    if _bare_participle_clause(verb):  # "If convicted, Ruiz faces ...", "Arrested in May,
        # Wren ...": done to the main clause's subject (its actors: the "by" ones, as read)
        targets = targets or [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    passive_head = _joined_passive(verb)
    if passive_head is not None:  # "were beaten, chained or robbed by guards": the ones
        chain = [t for t in passive_head.subtree if t.i == passive_head.i or (  # beaten
            t.tag_ == "VBN" and t.dep_ in ("conj", "advcl") and _joined_passive(t))]
        actors = actors or [o for t in chain for o in by_agents(t)][:1]
        targets = targets or [c for c in passive_head.children if c.dep_ == "nsubjpass"]
    if not actors:  # "Iran met the terms of the deal and Chile lifted sanctions"
        actors = _subject_taken_for_object(verb)
    if _small_clause(verb):  # "wants Pardo expelled": Pardo is who is expelled
        targets, actors = actors, []
    governed = verb.head.pos_ in ("VERB", "AUX", "ADJ") or verb.dep_ == "pcomp"
    if not actors and verb.head.i != verb.i and governed and (
        not _passive(verb)  # "calling for Pardo to be expelled": not by the caller
    ):
        actors = _controller(verb)
    first = first_conjunct(verb)  # "a willingness to both back up and support X"
    if not actors and first.dep_ == "acl" and first.head.lemma_.lower() in word_set(
        "resolve_nouns"
    ) and not asked_of_others(verb):
        actors = _resolved_by(first.head)  # "showed a willingness to back up X"
    if not actors and verb.dep_ == "acl" and verb.head.lemma_.lower() in patterns()["rule_nouns"]:
        holder = verb.head  # "voted on a resolution to expel": the voters
        for _ in range(3):
            if holder.pos_ in ("VERB", "AUX") or holder.head.i == holder.i:
                break
            holder = holder.head
        actors = [c for c in holder.children if c.dep_ == "nsubj"] if holder.pos_ in (
            "VERB", "AUX") else []
    modified = verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    carrier = _carrier(verb)
    if carrier is not None:  # "sent a letter requesting an audit to Wren": the sender
        # asks, the one it is sent to is asked
        actors = actors or [c for c in carrier.children if c.dep_ == "nsubj"]
        targets = targets or [c for c in carrier.children if c.dep_ == "dative"] or [
            o for c in carrier.children if c.dep_ == "prep" and c.lower_ == "to"
            for o in _objects_of(c)]
    if modified and _passive(verb) and not targets:
        targets = [verb.head]  # "the man who was killed", "civilians wounded in the raid"
    elif not actors and modified and not _passive(verb) and not asked_of_others(verb):
        actors = [verb.head]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects] + ([object_token] if object_token is not None else [])
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    preps += [p for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"
              for p in c.children if p.dep_ == "prep"]  # "fired back at X"
    if not targets and any(not is_word(a, "thing_pronouns") and _is_party(_group_head(a))
                           for a in actors):
        targets = given_to  # not "Harwick's plan would give money to migrants": no giver
    if not targets:
        targets = _prepositional_target(verb, preps)
    if not targets and verb.lemma_.lower() in patterns()["attribution_verbs"]:
        targets = _blamed_on(objects)
    if not any(_is_party(_group_head(t)) for t in targets) and any(
        is_word(o, "complaint_nouns") for o in objects
    ):  # "filed a complaint for judgement against the ministry"
        targets = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "against"
                   for o in _objects_of(p)][:1] or targets
    if not targets:  # "launched missiles targeting Peruvian troops": what they were aimed at
        aimed = [a for h in holders[1:] for a in h.children
                 if a.dep_ == "acl" and is_word(a, "aiming_verbs")]
        targets = [o for a in aimed for o in a.children if o.dep_ == "dobj"] or [
            o for a in aimed for p in a.children if p.dep_ == "prep" and p.lower_ == "at"
            for o in _objects_of(p)]
    if not targets and not objects and not is_word(verb, "partner_verbs"):
        targets = _shared_object(verb)  # "to train and aid the rebels": both the rebels
    if not targets and not objects and is_word(verb, "themes"):
        targets = _shared_recipient(verb)  # "donated and delivered goods to the school"
    if not targets and any(c.dep_ == "prep" and not _objects_of(c) for c in verb.children):
        targets = _stranded_object(verb)  # "met with and campaigned for Wren"
    return _with_conjuncts(actors), _with_conjuncts(targets)


def first_conjunct(token: Token) -> Token:
    """The first of the words joined to ``token`` by "and"/"or" ("withdraw" in "to withdraw
    or table the motion"): where a coordination's shared slots hang."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def asked_of_others(verb: Token) -> bool:
    """An act that a noun of asking asks someone else to do, with no subject of its own
    ("made requests to withdraw or table the motion", "calls to resign"): not the
    asker's, and asked for, not done. A meeting or a trip asked for is the asker's own
    ("a request to visit the prison"; ``own_asked_acts``)."""
    first = first_conjunct(verb)  # "to withdraw or table the motion"
    return (first.dep_ == "acl" and is_word(first.head, "asking_nouns")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
            and not any(c.dep_.startswith("nsubj") for c in (*first.children, *verb.children))
            and not is_word(verb, "own_asked_acts"))


def _prepositional_target(verb: Token, preps: list[Token]) -> list[Token]:
    """The objects of the most telling target preposition (``target_prepositions``) that
    names a party ("held a meeting with Ruiz at a lunch": Ruiz, not the lunch; "against
    Chile's tariffs": Chile's), else of the most telling one there is ("fired shells at
    targets in Jericho"). What one travels with is brought, not met ("will arrive at the
    convention with enough delegates")."""
    brought = is_word(verb, "travel_verbs")
    preps = [p for p in preps if not _where(verb, p)]
    found = [[_owner_or_itself(_party_in(o)) for prep in preps if prep.lower_ == preposition
              and not (preposition == "with" and brought) for o in _objects_of(prep)]
             for preposition in patterns()["target_prepositions"]]
    found = [objects for objects in found if objects]
    return next((objects for objects in found if any(
        _is_party(_group_head(o)) or _owners(o) for o in objects)), found[0] if found else [])


def _where(verb: Token, preposition: Token) -> bool:
    """A phrase of "at" or "on" that says where, not at or on whom: put before the verb
    ("At a recent event in Coralville, Ruiz rejected ...", "On Capitol Hill, they decried"),
    or an occasion one speaks at ("promised at a rally to end ..."; not "fired at a rally")."""
    if preposition.lower_ in ("at", "on") and preposition.i < verb.i:
        return True
    occasions = _objects_of(preposition)
    return preposition.lower_ == "at" and bool(occasions) and not is_word(
        verb, "verbal_attack_verbs") and all(is_word(o, "occasion_nouns") for o in occasions)


def _blamed_on(objects: list[Token]) -> list[Token]:
    """Who a thing is blamed on when the parser hangs "on ..." inside the thing's own
    phrase ("blame an explosion that hit a checkpoint on Kurdish militants"): the party
    of the last such phrase, unless it says what the thing itself, an act or a verb in
    it was on ("blamed the attack on the embassy", "the riots after the attack on X")."""
    found = [o for thing in objects for p in thing.subtree if p.dep_ == "prep"
             and p.lower_ in ("on", "upon") and p.head.i != thing.i
             and p.head.pos_ not in ("VERB", "AUX") and noun_trigger(p.head) is None
             for o in _objects_of(p)]  # not "the attack on X", "sanctions imposed on X"
    return [o for o in found[-1:] if _is_party(_group_head(o))]


def _authors(verb: Token, thing: Token) -> list[Token]:
    """The parties by whom a thing judged, backed or refused was made ("denounced the
    stance taken by Ruiz", "endorsed the compromise led by Wren"; not "seized arms supplied
    by Peru")."""
    if not any(is_word(verb, kind) for kind in ("judging_verbs", "attitude_verbs",
                                                "refusal_words")):
        return []  # "rejected the proposal put forward by Wren" too
    return [o for a in thing.children if a.dep_ == "acl" for o in by_agents(a)
            if _is_party(_group_head(o))]


def _owner_or_itself(thing: Token) -> Token:
    """The party whose thing it is by a possessive, when the thing is no party itself
    ("acceded to the protesters' demands": the protesters), else the thing ("the
    expulsion of its diplomats" is no thing of the diplomats)."""
    if _is_party(_group_head(thing)):
        return thing
    return next((c for c in thing.children if c.dep_ == "poss"
                 and _is_party(_group_head(c))), thing)


def _shared_object(verb: Token) -> list[Token]:
    """The party an infinitive with no complement of its own shares with the infinitives
    joined after it ("to train, equip and aid the rebels"), when they have no subject of
    their own. Finite verbs are left alone: "retreated and attacked Peru" retreats from
    no one."""
    if not (verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)) or is_word(
        verb, "objectless_verbs"
    ):
        return []  # "to resign and endorse Wren": one resigns from no one
    if any(c.dep_ not in ("cc", "conj", "aux", "neg", "advmod", "punct") for c in verb.children):
        return []
    joined = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"
              and not any(s.dep_.startswith("nsubj") for s in c.children)]
    return next(([o for o in c.children if o.dep_ == "dobj" and _is_party(_group_head(o))]
                 for c in joined if any(o.dep_ == "dobj" for o in c.children)), [])


def _shared_recipient(verb: Token) -> list[Token]:
    """Who receives what a verb of giving with no object of its own gives, from the verb
    of giving joined after it with no subject of its own ("donated and personally
    delivered goods to the school": the school)."""
    joined = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"
              and is_word(c, "themes") and not any(s.dep_.startswith("nsubj") for s in c.children)]
    return next(([o for h in (c, *(o for o in c.children if o.dep_ == "dobj"))
                  for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in _objects_of(p)] for c in joined), [])


def _stranded_object(verb: Token) -> list[Token]:
    """The party a verb's preposition with no object of its own shares with the verb
    joined after it ("met with and campaigned for Wren": Wren, met and campaigned
    for)."""
    return next(([o for p in c.children if p.dep_ == "prep" for o in _objects_of(p)
                  if _is_party(_group_head(o))] for c in verb.conjuncts
                 if c.i > verb.i and c.pos_ == "VERB"), [])


_RELATIVE_PRONOUNS = ("who", "which", "that", "whom")


def _asks(verb: Token) -> bool:
    """A verb of asking for something ("called for", "pushed for", "demanded")."""
    lemma = verb.lemma_.lower()
    spec = patterns()["speech_acts"].get(lemma)
    return (spec is not None and spec["type"] == "REQUEST") or lemma in word_set("wish_words")


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Ruiz, [who] met the envoy ..." -> Ruiz)."""
    head = token.head
    while (head.dep_ == "xcomp" or (head.dep_ == "conj" and head.head.dep_ == "relcl")) and (
        head.head.i != head.i
    ):  # "the minister whom Ruiz refused to endorse", "Pell, whom Vidal appointed envoy,
        head = head.head  # and who is now supporting Ruiz"
    if token.lower_ not in _RELATIVE_PRONOUNS or head.dep_ != "relcl" or head.head.i == head.i:
        return token
    noun = head.head
    said = first_conjunct(noun)  # "Vidal is a liar and a birther who ..."
    subject = next((s for s in said.head.children if s.dep_ == "nsubj"), None)
    if said.dep_ == "attr" and said.head.lemma_ == "be" and subject is not None and (
        any(c.lower_ in word_set("singling_words") for c in [noun, *noun.children])
        or subject.ent_type_ == "PERSON"
    ):  # "Wren is the only minister whom ...", "Vidal is a birther who has pledged to"
        return subject  # (not "the suspect is the militia that ...")
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        return noun.head  # "Vidal, a Harwick investor who backed Ruiz": Vidal
    if token.lower_ in ("who", "whom") and _no_one(noun):
        return _holder_of(noun) or noun  # "Vidal, a co-chairman of the Harwick Caucus, who"
    return noun


def _no_one(noun: Token) -> bool:
    """A body, a place or a thing, which "who" cannot stand for ("the Caucus", "Nevada",
    "his campaign", "the administration"; not "his son", "the rebels")."""
    return noun.ent_type_ in ("ORG", "GPE", "NORP") or (
        noun.pos_ == "NOUN" and not _is_people(noun) and _sector_of(noun) is None
        and noun.lemma_.lower() not in patterns()["people_singular"])


def _holder_of(body: Token) -> Token | None:
    """The person whose post a body, a place or a thing is named in ("Vidal, a co-chairman
    of [the Caucus]", "Pell, a committeewoman from [Nevada]", "Wren, an adviser to [Ruiz's
    campaign]"): "who" after one stands for that person."""
    post = body.head.head if body.dep_ == "pobj" and body.head.lower_ in (
        "of", "at", "from", "to", "in", "for") else None
    if post is None or post.pos_ != "NOUN" or post.dep_ != "appos":
        return None
    person = post.head
    while person.dep_ == "pobj" and person.head.lower_ == "of" and person.head.head.pos_ == "PROPN":
        person = person.head.head  # the parser hangs the post on "Harwick" in "Vidal of Harwick"
    return person if person.ent_type_ == "PERSON" else None


def _small_clause(verb: Token) -> bool:
    """A bare participle with its own subject under a verb of wanting or seeing ("wants
    Pardo expelled", "saw him arrested"): its subject undergoes it."""
    wanting = verb.head.lemma_.lower() in (*patterns()["wish_words"],
                                           *patterns()["small_clause_verbs"])
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and wanting)  # tagger's slip
    return participle and verb.dep_ in ("ccomp", "xcomp", "oprd") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children
    ) and any(c.dep_ == "nsubj" for c in verb.children)


def _passive(verb: Token) -> bool:
    """A passive verb: with a passive auxiliary or subject, a bare participle that
    modifies a noun ("civilians wounded in the raid"), one joined to a passive verb
    ("were beaten and robbed") or one that opens its sentence ("If convicted, ...")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return (verb.dep_ == "acl" and verb.tag_ == "VBN") or _joined_passive(
        verb) is not None or _bare_participle_clause(verb)


def _joined_passive(verb: Token) -> Token | None:
    """The passive verb a bare participle is joined to, which lends it its "were" and
    its subject ("were beaten, chained or robbed": each done to them); None for a verb
    with words of its own ("was arrested and charged two men", "was briefed and flew")."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("conj", "advcl"):
        return None  # most verbs: checked first, as every passive test asks
    if is_word(verb, "reply_verbs") or any(c.lower_ == "back" for c in verb.children):
        return None  # "were attacked and fought back", "was summoned and protested"
    own_words = ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative", "mark")
    head = verb
    while head.tag_ == "VBN" and head.dep_ in ("conj", "advcl") and head.head.i != head.i and (
        not any(c.dep_ in own_words for c in head.children)
    ):
        head = head.head
        if any(c.dep_ == "auxpass" for c in head.children) and any(
            c.dep_ == "nsubjpass" for c in head.children
        ):
            return head
    return None


def _bare_participle_clause(verb: Token) -> bool:
    """A participle clause with no words of its own before its main clause ("If
    convicted, Ruiz ...", "Arrested in May, Wren ..."): what it says is done to the main
    clause's subject."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False  # most verbs: checked first, as every passive test asks
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and (
        verb.i < subjects[0].i) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative")
        or (c.dep_ == "mark" and c.lower_ in ("as", "than")) for c in verb.children
    )  # not "As promised, Peru withdrew": Peru promised


_FINITE = ("VBD", "VBZ", "VBP")


def _subject_taken_for_object(verb: Token) -> list[Token]:
    """A joined verb's subject that the parser took for one more object of the first
    clause ("Iran met the terms of the deal and Chile lifted sanctions": Chile joined to
    the deal): a party whose phrase ends right before the verb, which is finite and has
    an object or a complement of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ) or not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative", "attr", "acomp", "prt")
                 for c in verb.children):
        return []  # a finite verb with words of its own: not "Chile, Peru and Bolivia combined"
    found = [t for t in verb.head.subtree if t.dep_ == "conj" and t.i < verb.i
             and t.right_edge.i == verb.i - 1 and t.pos_ in ("PROPN", "NOUN")]
    return [t for t in found if _is_party(_group_head(t))][:1]


def _tensed(verb: Token) -> bool:
    """A verb with a tense of its own or of its auxiliary ("accused", "has criticized"),
    not an infinitive or a participle alone."""
    return verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE or c.tag_ == "MD")
        for c in verb.children)


def _controller(verb: Token) -> list[Token]:
    """Who does what an infinitive or participle says: the object of "ask X to", the
    subject of "agreed to", the subject of the verb a participle hangs on ("declared a
    state of siege, suspending ... and arresting ...": through each participle), the
    subject of the verb a gerund's preposition hangs on ("received the papers after
    filing a lawsuit"), or the one blamed or praised for it ("lashed out at Chile for
    having shot down ..."). A clause that is what someone says ("claimed civilians were
    wounded") is not done by the speaker."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and (head.head.pos_ in ("VERB", "AUX") or (
        head.lower_ == "of" and head.head.dep_ == "dobj" and is_word(head.head, "course_nouns")
    ) or _qualifies_a_verb(head.head)):
        return _gerund_doer(head)
    if verb.dep_ not in ("xcomp", "conj", "advcl"):
        return []
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(  # the parser's
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))  # "led Ruiz to quit"
    if infinitive and is_word(head, "recourse_verbs"):
        turned_to = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
                     for o in _objects_of(c)]
        if turned_to:  # "turned to a firm, Pell Messaging, to help": the firm helps
            return turned_to
    if infinitive and head.lemma_.lower() in patterns()["object_control"]:
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        objects += [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                    for p in c.children if p.dep_ == "pobj"]
        if objects:
            return objects
    while head.pos_ == "ADJ" and head.head.i != head.i:  # "is ready to help"
        head = head.head
    subjects = ("nsubj", "nsubjpass") if verb.dep_ in ("conj", "advcl") or (
        verb.dep_ == "xcomp" and _passive(head)) else ("nsubj",)  # "who was persuaded to
    # support Wren": the one persuaded supports
    found = [_antecedent(c) for c in head.children if c.dep_ in subjects]  # "was briefed,
    # and flew to ...": the one briefed flew
    if not found and verb.dep_ == "conj" and _tensed(verb) and not _tensed(head) and not any(
        t.is_quote for t in verb.doc[head.i + 1 : verb.i]
    ):  # not a quoted cry ('while chanting, "Hands up, don't shoot"')
        finite = next((a for a in head.ancestors if _tensed(a)), None)  # "ran on
        if finite is not None:  # her ability to jolt the economy and accused Wren of ...":
            return _doers(finite, ("nsubj", "nsubjpass"))  # the parser joins "accused" to
            # "jolt"; a verb with a tense is the runner's, not the infinitive's
    if not found and verb.dep_ in ("conj", "advcl") and (head.tag_ == "VBG" or verb.dep_ == "conj"):
        return _controller(head)  # "..., suspending X and arresting Y", "is continuing to
        # train and aid the rebels": the trainer aids
    return found


def _gerund_doer(preposition: Token) -> list[Token]:
    """Who does what the gerund of a preposition says: the one a verb of blame or praise
    judges for it ("accused Pardo of misleading", "lashed out at Chile for having shot
    down"), else the subject of the verb ("was jailed after attacking")."""
    verb = preposition.head
    if _qualifies_a_verb(verb):
        verb = verb.head  # "stopped short of endorsing Wren", "was wary of attacking"
    if preposition.lower_ in ("for", "of") and verb.lemma_.lower() in word_set("judged_for"):
        judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        judged += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")
                   for p in _objects_of(c)]
        if judged:
            return judged
    if preposition.lower_ == "from":  # "refrained from attacking" (not "barred Peru from
        return [] if any(c.dep_ == "dobj" for c in verb.children) else _doers(  # buying
            verb, ("nsubj",))  # arms": what the barred would do is no act)
    if preposition.lower_ not in word_set("doer_prepositions"):
        return []  # "voted against sanctioning Chile": no one sanctions
    if preposition.lower_ == "of" and verb.dep_ == "dobj" and is_word(verb, "course_nouns"):
        owner = [c for c in verb.children if c.dep_ == "poss"]  # "its decision of expelling"
        if owner or not is_word(verb.head, "course_taking_verbs"):
            return owner  # not "criticized the decision of expelling the envoy"
        return _doers(verb.head, ("nsubj",))  # "took the step of criticizing Wren"
    return _doers(verb, ("nsubj", "nsubjpass"))


def _qualifies_a_verb(word: Token) -> bool:
    """An adjective or adverb that completes a verb ("stopped short of", "was wary of")."""
    return word.pos_ in ("ADJ", "ADV") and word.head.i != word.i and word.head.pos_ in (
        "VERB", "AUX")


def _doers(verb: Token, subjects: tuple[str, ...]) -> list[Token]:
    """A verb's subjects (a relative pronoun's antecedent for "who"), else who controls
    it (``_controller``)."""
    return [_antecedent(c) for c in verb.children if c.dep_ in subjects] or _controller(verb)


def _owners(noun: Token) -> list[Token]:
    """The parties a noun belongs to: its possessor, else its "of" phrase ("Turkey's
    efforts", "the efforts of Kerry"; in "Serbia's suppression of the unrest" the "of"
    phrase is what is acted on)."""
    owners = [c for c in noun.children if c.dep_ == "poss"] or [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    return [o for o in owners if _is_party(_group_head(o))]


def _resolved_by(noun: Token) -> list[Token]:
    """Whose willingness, decision or request a noun is: its owners, else the subject of
    the verb that has it ("showed a willingness to ...")."""
    own = _owners(noun)
    verb = noun.head
    if own or noun.dep_ not in ("dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return own
    return _doers(verb, ("nsubj",))


def _noun_frame(noun: Token) -> tuple[list[Token], list[Token]]:
    """Actor and target tokens of an event noun: its possessor or "by" phrase (else the
    subject of the verb it is the object of: "launched an attack"); the object of "of",
    "on", "with", "against". The possessor of an act done to someone is its target ("his
    arrest"). A coordinated noun shares its first conjunct's ("Russia's occupation and
    annexation"). A possessive pronoun under a verb that carries the act on is the
    verb's subject ("farmers continued their strike"); the subject of a request's clause
    is its target ("her request that Chile extradite X")."""
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        actors, targets = _noun_frame(noun.head)
        own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        targets = [p for prep in own for p in prep.children if p.dep_ == "pobj"] or targets
        return actors, _with_conjuncts(targets)
    undergone = noun.lemma_.lower() in patterns()["patient_nouns"]
    actors, targets = [], []
    for child in noun.children:
        if child.dep_ == "poss":
            (targets if undergone else actors).append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actors.extend(_objects_of(child))
        elif child.dep_ == "prep" and child.lower_ == "between":  # "a meeting between X and Y"
            pair = [t for o in _objects_of(child) for t in [o, *o.conjuncts]]
            actors.extend(pair[:1])
            targets.extend(pair[1:2])
        elif child.dep_ == "prep" and child.lower_ == "of" and not undergone and (
            noun.lemma_.lower() in word_set("resolve_nouns")
        ):  # "at the request of Prime Minister X": whose request
            actors.extend(_objects_of(child))
        elif child.dep_ == "prep" and child.lower_ == "of" and is_word(
            noun, "symmetric_act_nouns"):
            # "the meeting of Peru, Chile and Bolivia": they met, together; one party
            # ("a summit of nine leaders") is who was met, as for any other event noun
            joined = _with_conjuncts(_objects_of(child))
            (actors if len(joined) > 1 else targets).extend(map(_party_in, _objects_of(child)))
        elif child.dep_ == "prep" and child.lower_ == "of" and is_word(
            noun, "agentive_of_nouns") and any(c.lower_ == "for" for c in noun.children):
            actors.extend(_objects_of(child))  # "the endorsements of 100 clergy for Wren"
        elif child.dep_ == "prep" and child.lower_ == "from" and is_word(noun, "from_doer_nouns"):
            actors.extend(_objects_of(child))  # "recent attacks from Wren": Wren attacks
        elif child.dep_ == "prep" and child.lower_ in ("of", *patterns()["target_prepositions"]):
            targets.extend(_party_in(o) for o in _objects_of(child) if o.lower_ != "own")
        elif child.dep_ in ("amod", "compound") and _names_country(child):
            actors.append(child)
        elif child.dep_ == "acl":  # "the raid, carried out by the militia",
            # "another attack credited to the militia"
            attributed = child.lemma_.lower() in patterns()["attribution_verbs"]
            actors.extend(p for a in child.children
                          if a.dep_ == "agent" or (attributed and a.lower_ in ("to", "on"))
                          for p in a.children if p.dep_ == "pobj")
            if not attributed:  # "a phone call made by X to Y", "a lawsuit brought by X
                targets.extend(p for a in child.children if a.dep_ == "prep"  # against Y"
                               and a.lower_ in ("to", "with", "against") for p in _objects_of(a))
    if not targets and noun.lemma_.lower() in word_set("resolve_nouns"):
        targets = [s for c in noun.children if c.dep_ in ("acl", "ccomp")  # "his request
                   for s in c.children if s.dep_ == "nsubj"]  # that the US extradite X"
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) and actors:
        return actors[:1], targets[:1]  # the pair, one each way
    if undergone and not actors:  # "the assault of a reporter by X": the parse hangs the
        actors = [o for t in targets for c in t.children  # "by" on the victim
                  if c.dep_ == "prep" and c.lower_ == "by" for o in _objects_of(c)]
    if noun.lemma_.lower() in word_set("judged_nouns"):  # "criticism of Wren's vote": Wren
        targets = [next((c for c in t.children if c.dep_ == "poss"), t)
                   if not _is_party(_group_head(t)) else t for t in targets]
    verb = _governing_verb(noun)
    if verb is not None and [a.pos_ for a in actors] == ["PRON"] and (
        verb.lemma_.lower() in word_set("carry_on_verbs")
    ):  # not "police dispersed their demonstration"
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        actors = subjects or actors  # "farmers continued their strike": the farmers'
    if not actors and verb is not None and verb.lemma_.lower() in patterns()["attribution_verbs"]:
        actors = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                  for p in c.children if p.dep_ == "pobj"]  # "the bombing was blamed on X"
    agentive_of = is_word(noun, "agentive_of_nouns")
    if verb is not None and (is_word(verb, "undergoing_verbs") or (
        is_word(verb, "receiving_verbs") and agentive_of
    )):  # "Wren survived the attack", "drew criticism from X", "won the endorsement of
        # the Times": the subject undergoes it; the "from" or agentive "of" party does it
        sources = [o for h in (noun, verb) for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "from" for o in _objects_of(c)]
        sources += [o for c in noun.children if agentive_of and c.dep_ == "prep"
                    and c.lower_ == "of" for o in _objects_of(c) if _is_party(_group_head(o))]
        return _with_conjuncts(actors or sources), _with_conjuncts(
            [c for c in verb.children if c.dep_ == "nsubj"] or targets)
    if not actors and verb is not None:
        subjects = ("nsubj", "nsubjpass") if verb.lemma_.lower() in word_set(
            "agentive_passives") else ("nsubj",)  # "forces were engaged in ethnic cleansing"
        actors = [c for c in verb.children if c.dep_ in subjects and _is_party(_group_head(c))]
        actors += by_agents(verb)  # "strikes were carried out by"
        if not targets:
            targets = [c for c in verb.children if c.dep_ in ("dobj", "dative")
                       and c.i != noun.i]
    return _with_conjuncts(actors), _with_conjuncts(targets)


def _governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object (or passive subject) of ("launched an
    attack", "engaged in ethnic cleansing", "strikes were carried out"), not the verb of
    a clause it only sets the scene for ("in the wake of the attacks, X stepped up ...")."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "oprd", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") and (
        head.lower_ in ("in", "into")
    ):
        return head.head
    return None


def _undergoers(act: Token) -> list[Token]:
    """Who an asked-for act is asked of: its possessor ("Wren's resignation"), or the "of"
    phrase of an act done to someone ("the impeachment of Wren")."""
    owners = [o for o in act.children if o.dep_ == "poss"]
    if owners or act.lemma_.lower() not in patterns()["patient_nouns"]:
        return owners
    return [o for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in _objects_of(c)]


def _carrier(verb: Token) -> Token | None:
    """The verb that sends or issues the document a participle is the content of ("sent
    a letter requesting ...", "issued a statement condemning ..."), or None."""
    document = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or document.dep_ != "dobj" or (
        document.lemma_.lower() not in patterns()["rule_nouns"]
    ) or not is_word(document.head, "sending_verbs"):
        return None  # "vetoed a resolution censuring X": the veto is the act
    return document.head


def _party_in(token: Token) -> Token:
    """The party a thing is bound to or from ("restrictions on flights to Cuba": Cuba),
    else the thing itself."""
    if _is_party(_group_head(token)):
        return token
    return next((o for c in token.children if c.dep_ == "prep"
                 and c.lower_ in word_set("bound_prepositions")
                 for o in _objects_of(c) if _is_party(_group_head(o))), token)


def _spoken_for(token: Token) -> Token | None:
    """Whom a spokesperson speaks for: the possessor or the "for"/"of" phrase."""
    if token.lemma_.lower() not in word_set("speaking_for"):
        return None
    return next((c for c in token.children if c.dep_ == "poss"), None) or next(
        (o for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
         for o in _objects_of(c)), None)


def _names_country(token: Token) -> bool:
    """A modifier that names a country or its people ("Russian", "US"), not a city or a
    region the event happened in ("a Herat truck bombing")."""
    code = lexicon.country_of(token.text)
    return bool(code) and (token.ent_type_ != "GPE" or lexicon.country_code(token.text) == code)


def _same(a: Token | None, b: Token | None) -> bool:
    """Whether two tokens are the same token (spaCy makes a new object on each access)."""
    return a is not None and b is not None and a.i == b.i


def _objects_of(preposition: Token) -> list[Token]:
    """The objects of a preposition that can be parties (not "on Tuesday", "of 200")."""
    return [
        c for c in preposition.children
        if c.dep_ == "pobj" and c.ent_type_ not in _NOT_PARTICIPANTS and not c.like_num
    ]


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    found = []
    for token in tokens:
        found.append(token)
        found.extend(t for t in token.conjuncts if t.i > token.i)
    return found


def _reciprocal(token: Token) -> bool:
    text = token.doc[token.i : min(len(token.doc), token.i + 4)].text.lower()
    return any(phrase in text for phrase in patterns()["reciprocals"])


def _together(token: Token, actors: list[Token], object_token: Token | None = None) -> bool:
    """Coordinated subjects of an act done together (``symmetric_acts``; an object in
    ``symmetric_act_nouns`` of ``joint_light_verbs``): "Peru and Chile could not reach an
    agreement", "Wren, Ruiz and Vidal will hold a meeting". With no other party, each is
    the others' target; not when they act toward someone else the act names ("Ruiz and
    Wren spoke to the crowd")."""
    # one subject, or the parser's two for a list of three ("Wren, Ruiz and Vidal"); not
    # two subjects of no list ("HOST: Wren released a video")
    roles = {(first.dep_, first.head.i) for first in map(first_conjunct, actors)}
    joined = all(a in actors[0].conjuncts for a in actors[1:]) or (
        len(roles) == 1 and len(actors) > 2)
    noun = object_token if object_token is not None else token  # "held a meeting", "the
    shared = token.lemma_.lower() in word_set("symmetric_acts") or (  # meeting of X and Y"
        is_word(noun, "symmetric_act_nouns") and (
            noun.dep_ != "dobj" or is_word(noun.head, "joint_light_verbs")))
    return len(actors) >= 2 and joined and shared and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and _objects_of(c)
        for c in token.children)


def _coordinated_before(token: Token) -> list[Token]:
    """The two conjuncts of the nearest coordination before ``token`` in its sentence
    ("both Chile and the rebels ... accusing each other")."""
    for candidate in reversed(token.doc[token.sent.start : token.i]):
        conjuncts = [c for c in candidate.conjuncts if c.i > candidate.i]
        agentive = candidate.dep_ not in ("nmod", "compound", "amod", "poss")
        if conjuncts and candidate.pos_ in ("PROPN", "NOUN") and agentive:
            return [candidate, conjuncts[0]]
    return []


def _group_head(token: Token) -> Token:
    """The group a quantifier heads ("thousands of [protesters]")."""
    return counted_noun(token, "group_quantifiers")


def _foreign(token: Token) -> bool:
    """A group the text calls foreign ("a foreign government"): not the story's country."""
    return any(c.lower_ in word_set("foreign_words") for c in token.lefts)


def _named_by(token: Token) -> bool:
    """Whether a group's phrase names the person it belongs to ("the Obama administration",
    "Keller's government"): then it is that person's, not the story's, even if the
    person's country is unknown."""
    return any(t.ent_type_ == "PERSON" for t in token.subtree if t.i < token.i)


def _is_people(token: Token) -> bool:
    """A plural noun of people ("supporters", "fundamentalists", "inhabitants"): one of
    the people nouns of ``counted``, or a plural with an agent ending."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    if token.lower_ in patterns()["counted"]["people"] or (
        token.lemma_.lower() in patterns()["people_singular"]
    ) or token.lemma_.lower() in word_set("camp_nouns"):
        return True
    return token.tag_ == "NNS" and token.lower_.endswith(tuple(patterns()["agent_endings"])) and (
        token.lemma_.lower() not in word_set("rule_nouns")
        and token.lemma_.lower() not in word_set("agent_ending_things")
    ) and (not token.lower_.endswith(tuple(patterns()["thing_endings"]))
           or token.lemma_.lower() in patterns()["thing_ending_bodies"])


def _is_body(token: Token) -> bool:
    """A noun of an organised body that acts as one ("the union", "a coalition"):
    ``body_nouns``; not a tie "with" someone ("our association with the Harwick fund", "its alliance
    with Peru")."""
    unnamed = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)
    bodies = word_set("body_nouns")  # the parser makes "a super PAC(s)" a name
    named_body = token.lemma_.lower() in bodies or token.lower_.removesuffix("s") in bodies
    return unnamed and named_body and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def _is_party(token: Token) -> bool:
    """Whether a noun phrase names someone who can act, even unnamed ("officials", "the
    rebels", "a coalition", "it"), as opposed to a thing ("sovereignty")."""
    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or _sector_of(token) is not None
        or _is_people(token)
        or _is_body(token)
        or any(c.dep_ in ("amod", "compound") and lexicon.country_of(c.text)
               for c in token.lefts)  # "Armenian positions"
    )


def _sector_of(token: Token) -> str | None:
    """The sector a group noun names; a modifier that names one refines it ("separatist
    authorities" are rebels). Other nouns ("military aid") name no group."""
    def sector(word: Token) -> str | None:
        return lexicon.sector_word(word.lower_, word.lemma_.lower())

    own = sector(token) or _agent_sector(token)
    if own is None:
        return None
    for modifier in (t for t in token.lefts if t.dep_ in ("compound", "amod")):
        refined = sector(modifier)
        if refined is not None:
            return refined
    return own


def _agent_sector(token: Token) -> str | None:
    """The sector of a noun by the Phoenix agents dictionary, with its compound first
    ("party leader", "gunmen", "activists")."""
    if token.pos_ != "NOUN":
        return None
    compounds = " ".join(t.lower_ for t in token.lefts if t.dep_ == "compound")
    for phrase in (f"{compounds} {token.lower_}".strip(), token.lower_, token.lemma_.lower()):
        code = lexicon.agent_code(phrase)
        if code:
            return code
    return None


def _code(country: str | None, sector: str | None) -> str | None:
    """Country + sector; None without a country (a bare "GOV" says nothing)."""
    return country + (sector or "") if country else None


def _stateless(code: str | None) -> str | None:
    """An entity's code when it has no country: kept only for actors that belong to no
    country (IGOs, NGOs, multinationals: ``stateless_codes``)."""
    return code if code and code[:3] in patterns()["stateless_codes"] else None


def _main_country(entities, places: dict[str, str | None]) -> str | None:
    """The country the article mentions most (through its entities and places)."""
    weights: Counter[str] = Counter()
    for entity in entities:
        country = entity.country or places.get(entity.id)
        if country:
            weights[country] += len(entity.mentions)
    return weights.most_common(1)[0][0] if weights else None


def _names_someone(token: Token) -> bool:
    """A noun phrase that is someone, named or by a group noun ("Wren", "the rebels"), not
    a thing of a country ("the Chilean response")."""
    return token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ in word_set(
        "personal_pronouns")) or token.ent_type_ in (
        "PERSON", "ORG", "GPE", "NORP") or _sector_of(token) is not None or _is_people(token)


def _plural_antecedent(pronoun: Token) -> Token | None:
    """The party a subject "they" plainly takes up: the nearest subject before it of a
    clause that governs its own ("protesters gathered as they chanted"), else, when its
    sentence has no subject before it, the main subject of the sentence before, or of
    what that sentence reports ("Police said gunmen stormed a depot. They kidnapped two
    soldiers": the gunmen). It must be an active plural noun of people, or people joined
    ("the Teamsters and the Firefighters"), with no other plural noun of people between
    it and "they"; a "they" there is followed back in turn. Nothing inside a relative
    clause ("the soldiers whom they kidnapped", "a plan, which they rejected")."""
    if any(t.dep_ == "relcl" for t in (pronoun.head, *pronoun.head.ancestors)):
        return None
    sentence = pronoun.sent
    own = [t for t in pronoun.doc[sentence.start:pronoun.i] if t.dep_ in ("nsubj", "nsubjpass")]
    if own:  # "the police assaulted them; later, as unrest spread, they shot ...": not
        # a subject of a clause beside its own
        governing = set(pronoun.head.ancestors)
        subject = next((t for t in reversed(own) if t.head in governing), None)
    elif sentence.start > 0:
        subject = _main_subject(pronoun.doc[sentence.start - 1].sent)
    else:
        subject = None
    if subject is None or subject.dep_ != "nsubj":
        return None
    if subject.lower_ in word_set("third_person_plural"):
        return _plural_antecedent(subject)
    between = pronoun.doc[subject.right_edge.i + 1:pronoun.i]
    if not _plural_people(subject) or any(map(_plural_people, between)):
        return None  # "police fired on protesters. They threw stones": either
    return subject


def _main_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb, or of the clause it reports when the
    main verb is a saying ("Police said gunmen stormed a depot": gunmen)."""
    verb = sentence.root
    if is_word(verb, "statement_verbs") or is_word(verb, "hearsay_verbs"):
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _plural_people(token: Token) -> bool:
    """A plural noun phrase of people ("rebels", "thousands of miners", "Ruiz and
    Wren"), not a pronoun."""
    plural = token.tag_ in ("NNS", "NNPS") or "Plur" in token.morph.get("Number") or (
        token.dep_ != "conj" and bool(token.conjuncts))
    return plural and token.pos_ != "PRON" and _names_someone(_group_head(token))


def _speaker_of_clause(pronoun: Token) -> Token | None:
    """The subject of the verb whose reported clause a pronoun is the subject of ("Peru
    announced that it would send aid": it -> Peru), if it agrees (it / they / he, she)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp" or pronoun.lower_ not in (
        "it", "they", "he", "she"
    ):
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    subject = subjects[0]
    person = subject.ent_type_ == "PERSON"
    plural = subject.tag_ in ("NNS", "NNPS")
    agrees = {"it": not person and not plural, "they": plural or not person,
              "he": person, "she": person}[pronoun.lower_]
    return subject if agrees else None
