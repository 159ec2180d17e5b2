"""Which tokens name an event: the trigger tables of ``data/event_patterns.yaml`` first,
then labels of blame or praise, then the CAMEO verb dictionary (``cameo.py``), then event
nouns.

A verb triggers by its lemma, sometimes only with one of the objects its entry lists
("impose sanctions", "hold talks") or with a preposition ("call on"); a noun triggers by
its lemma or with its compound ("phone call", "troop movements"). Each trigger names the
rule that made it (``verbs:meet``, ``nouns:phone call``, ``labels:call``,
``cameo:attack``), so that an evaluation can leave rules out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from rashomon.data import load_yaml
from rashomon.nlp.common import lexicon
from rashomon.nlp.events.cameo import cameo_code, names_a_time, plover

_OBJECTS = ("dobj", "nsubjpass", "attr")


@cache
def patterns() -> dict:
    """The tables of ``event_patterns.yaml``."""
    return load_yaml("event_patterns.yaml")


@cache
def word_set(kind: str) -> frozenset[str]:
    """A word list of ``event_patterns.yaml`` as a set, built once."""
    return frozenset(patterns()[kind])


def is_word(token: Token, kind: str) -> bool:
    """Whether a token, as written or as its lemma, is in a word list of
    ``event_patterns.yaml``."""
    words = word_set(kind)
    return token.lower_ in words or token.lemma_.lower() in words


@dataclass(frozen=True)
class Trigger:
    """A token that names an event, with its PLOVER type, CAMEO code and PLOVER mode."""

    token: Token
    type: str
    cameo: str
    subtype: str | None = None
    object: Token | None = None  # the object that made a light verb an event
    rule: str = ""  # the table entry that made it: "verbs:meet", "cameo:attack"
    bare: bool = False  # coded by the dictionary's code for the verb alone, no pattern


def _spec(base: dict, override: dict | None = None) -> dict:
    return {**base, **(override or {})}


def _object_phrase(token: Token) -> str:
    words = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")] + [token.lower_]
    return " ".join(words)


def counted_noun(token: Token, words: str = "measure_words") -> Token:
    """The noun a number, a measure or a quantifier heads ("lost [eight] of our
    soldiers" -> soldiers, "700 [kg] of medicine", "[thousands] of protesters")."""
    if token.like_num or token.lower_ in patterns()[words]:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns = [c for c in prep.children if c.dep_ == "pobj"]
                if nouns:
                    return nouns[0]
    return token


def _matching_object(token: Token, objects: dict, head_only: bool = False
                     ) -> tuple[dict | None, Token | None]:
    """The entry of ``objects`` the verb's object names ("imposed a 30-day state of
    siege" matches "state of siege"), with that object token; with ``head_only``, by the
    object's head noun alone. A sum of money is "money"."""
    children = [c for c in token.children if c.dep_ in _OBJECTS or c.dep_ in ("prt", "pobj")]
    for child in (counted_noun(c) for c in children + [x for c in children for x in c.conjuncts]):
        phrase = _object_phrase(child)
        words = f" {' '.join(t.lower_ for t in list(child.subtree)[:8])} "
        if "money" in objects and (child.like_num or is_word(child, "number_scales")) and any(
                t.is_currency for t in child.subtree):
            return objects["money"], child  # "gave $50,000 to the party"
        for key, value in objects.items():  # a whole word: not "rally" in "generally"
            if key in (child.lemma_.lower(), child.lower_) or (not head_only and (
                phrase.endswith(key) or f" {key} " in words
            )):
                return value, child
    return None, None


def _consequence_told(verb: Token) -> bool:
    """Whether a demand names what follows if it is not met ("warned Peru to withdraw or
    face the consequences", "... or face an inquiry"): an ultimatum, a threat."""
    alternatives = [t for t in verb.subtree if t.lower_ == "or"]
    return any(t.i > o.i and (is_word(t, "consequence_nouns") or (  # "or face an inquiry"
        t.i == o.i + 1 and is_word(t, "ultimatum_words")))
        for o in alternatives for t in verb.subtree)  # not "to refrain from further action"


def _asked(verb: Token, content: Token | None = None) -> bool:
    """Whether a verb has an infinitive for its content (``content``, else any of its
    children, or "against" doing something) and names no consequence: it asks ("warned
    Peru to withdraw", "warned the bank against buying bonds"), and reads its entry's
    ``with_infinitive``."""
    infinitive = content.dep_ == "xcomp" if content is not None else any(
        c.dep_ == "xcomp" or _against_doing(c) for c in verb.children)
    return infinitive and not _consequence_told(verb)


def _against_doing(preposition: Token) -> bool:
    """"warned the bank against buying bonds": what one is told not to do, asked as an
    infinitive is; not when a state is warned ("warned Chile against opening fire", which
    the CAMEO dictionary codes as a threat)."""
    return preposition.dep_ == "prep" and preposition.lower_ == "against" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children) and not any(
        o.dep_ == "dobj" and o.ent_type_ == "GPE" for o in preposition.head.children)


def speech_act(verb: Token, content: Token | None = None) -> dict | None:
    """The ``speech_acts`` entry of a verb as used: one with an infinitive for its content
    reads ``with_infinitive`` ("warned Peru to withdraw" is a demand, "warned of
    retaliation" a threat)."""
    spec = patterns()["speech_acts"].get(verb.lemma_.lower())
    if spec is None or "with_infinitive" not in spec:
        return spec
    return _spec(spec, spec["with_infinitive"]) if _asked(verb, content) else spec


def verb_trigger(token: Token, excluded: frozenset[str] = frozenset()) -> Trigger | None:
    """The event a verb names, by its entry in ``verbs``, or None."""
    adjectival = token.pos_ == "ADJ" and token.tag_ == "VBN"  # "is opposed to"
    if token.pos_ not in ("VERB", "AUX") and not adjectival:
        return None
    spec = patterns()["verbs"].get(token.lemma_.lower())
    if spec is None or f"verbs:{token.lemma_.lower()}" in excluded:
        return None
    if token.dep_ == "aux" and not spec.get("not_with_clause"):
        return None  # an auxiliary names no act
    needed = spec.get("prepositions")
    objects = [c for c in token.children if c.dep_ == "dobj"]
    has_preposition = bool(needed) and (any(
        c.dep_ == "prep" and c.lower_ in needed and not names_a_time(c)
        for c in [*token.children, *(p for o in objects for p in o.children if p.lower_ == "with")]
    ) or called_on(token) is not None)
    # "called on Chile", not "called him a liar on Monday"; "shared intelligence with"
    if spec.get("intransitive") and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return None  # "the sanctions demonstrate ..." shows, it does not protest
    if spec.get("party_object") and not any(
        o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or is_word(o, "recognised_things")
        for o in objects
    ):
        return None  # "doesn't recognize the bigotry" perceives; it recognises no state
    if spec.get("not_with_clause") and not objects and not _helps_an_owner(token):
        return None  # "helped (to) convince senators": the act is the clause's ("helped
        # Peru rebuild", "helped rebuild Peru's ports" help Peru)
    if spec.get("with_clause") and any(c.dep_ == "ccomp" for c in token.children):
        spec = _spec(spec, spec["with_clause"])  # "protested that ...": a complaint
    if spec.get("with_infinitive") and _asked(token):
        spec = _spec(spec, spec["with_infinitive"])  # "warned Peru to withdraw": a demand
    by_preposition = spec.get("preposition_types", {})
    chosen = next((by_preposition[c.lower_] for c in token.children
                   if c.dep_ == "prep" and c.lower_ in by_preposition), None)
    if chosen is not None:
        spec = _spec(spec, chosen)  # "rallied behind Ruiz": support, not a protest
    if spec.get("infinitive_only") and not any(c.dep_ == "xcomp" for c in token.children):
        return None  # "encouraged allies to restrict X" asks; "encouraged the move" is
        # left to the CAMEO dictionary
    complements = spec.get("complements")
    if complements and not any(  # "failed to reach", "was found guilty"
        c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") and c.lemma_.lower() in complements
        for c in token.children
    ):
        return None
    found_object = None
    clause = spec.get("or_clause") and any(
        c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(  # "agreed that they should ..."
            a.dep_ == "aux" and a.lower_ in word_set("commitment_modals") for a in c.children))
        for c in token.children)
    if "objects" in spec:
        override, found_object = _matching_object(token, spec["objects"],
                                                  spec.get("head_objects", False))
        if found_object is None and "at_objects" in spec and _thrown_at_someone(token):
            override, found_object = _matching_object(token, spec["at_objects"], True)
        if override and override.get("bare") and any(
            c.dep_ in ("det", "poss") for c in found_object.children
        ):
            return None  # "took issue with X", not "take the issue up with X"
        optional = spec.get("objects_optional") or clause  # "offered to mediate"
        person = spec.get("person_objects") and any(  # "will release Prime Minister X"
            c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON" for c in token.children
        ) and _in_custody(token)
        if found_object is None and not has_preposition and not optional and not person:
            return None
        spec = _spec(spec, override)
    elif needed and not has_preposition and not clause:
        return None  # "agreed to talks", "agreed to meet", not "agree with what is said"
    return Trigger(token, spec["type"], spec["cameo"], spec.get("subtype"), found_object,
                   f"verbs:{token.lemma_.lower()}")


def _thrown_at_someone(verb: Token) -> bool:
    """Whether "at" after the verb plainly names people ("at police", "at the officers";
    not "at her home", "at the Hilton", nor a place: "threw money at Nevada")."""
    return any(_plainly_someone(o) for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
               for o in c.children if o.dep_ == "pobj")


def _plainly_someone(word: Token) -> bool:
    """A person, a people, or a noun of people or of a group by its sector."""
    lemma = word.lemma_.lower()
    return word.ent_type_ in ("PERSON", "NORP") or lemma in patterns()[
        "people_singular"] or word.lower_ in patterns()["counted"]["people"] or bool(
        lexicon.sector_word(word.lower_, lemma))


def called_on_clause(verb: Token) -> Token | None:
    """The clause a verb calls on someone to carry out when the parser makes "on" mark it
    ("called on Wren to resign": "on" marks "resign", Wren its subject), or None."""
    return next((clause for clause in verb.children if clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("on", "upon") and m.i == verb.i + 1
        for m in clause.children)), None)


def called_on(verb: Token) -> Token | None:
    """The one a verb calls on in such a clause (``called_on_clause``), or None."""
    clause = called_on_clause(verb)
    if clause is None:
        return None
    return next((s for s in clause.children if s.dep_ == "nsubj"), None)


def dictionary_trigger(token: Token, excluded: frozenset[str] = frozenset()) -> Trigger | None:
    """The event the CAMEO verb dictionary gives a verb in its phrase, or None. A verb
    the trigger tables list (and did not take here) is coded only by a pattern: the table
    has already said what the bare verb means."""
    if token.pos_ != "VERB" or token.dep_ in ("prep", "mark", "case", "aux", "auxpass") or (
        token.lower_ in patterns()["prepositional_verbs"]
    ):
        return None
    lemma = token.lemma_.lower()
    listed = lemma in patterns()["verbs"] and f"verbs:{lemma}" not in excluded
    found = cameo_code(token, patterns_only=listed)
    category = plover(found[0]) if found else None
    if category is None or (not found[1] and is_word(token, "degree_verbs")):
        return None  # "stepped up their campaign appearances": what is stepped up tells
    carried = [c for c in token.children if c.dep_ in ("dobj", "xcomp", "nsubjpass")]
    carried += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                for o in c.children if o.dep_ == "pobj"]
    if any(noun_trigger(c, excluded) and c.lower_ not in found[1]
           and c.lemma_.lower() not in found[1] for c in carried):
        return None  # "stepped up airstrikes", "carried out the strike", "engaged in
        # ethnic cleansing": the noun is the event
    return Trigger(token, category[0], found[0], category[1],
                   rule=f"cameo:{token.lemma_.lower()}", bare=not found[1])


def demanded_of(token: Token) -> Token | None:
    """The subject of a clause a statement verb says "must" or "should" be carried out
    ("declared that China must drop barriers": China), when it is no pronoun, or None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in word_set("statement_verbs"):
        return None
    modals = word_set("demand_markers")
    for clause in token.children:
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]  # "X should be
        # awarded the prize" asks nothing of X
        if clause.dep_ == "ccomp" and subjects and subjects[0].pos_ != "PRON" and any(
            a.dep_ == "aux" and a.lower_ in modals for a in clause.children
        ):
            return subjects[0]
    return None


def demand_trigger(token: Token, excluded: frozenset[str] = frozenset()) -> Trigger | None:
    """A statement that another party must do something: a demand of that party."""
    if "demands:modal" in excluded or demanded_of(token) is None:
        return None
    return Trigger(token, "REQUEST", "100", rule="demands:modal")


def label_trigger(token: Token, excluded: frozenset[str] = frozenset()) -> Trigger | None:
    """Criticism or praise by a label ("called the raid an act of barbarity", "described
    the shelling as cowardly", "called her a hero"): ACCUSE or SUPPORT."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in patterns()["labelling_verbs"] or (
        f"labels:{lemma}" in excluded
    ):
        return None
    complements = [c for c in token.children if c.dep_ in ("oprd", "attr", "ccomp", "xcomp")
                   and c.i > token.i]  # not a clause before it ("There was no reference to
    # 'Crooked Ruiz'; he called her 'Senator Ruiz'")
    complements += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                    for o in c.children if o.dep_ == "pobj"]
    words = [t for c in complements for t in c.subtree if not _relational_phrase(t)]
    words += [_trailing_adjective(o) for o in token.children if o.dep_ == "dobj"]
    kind = label_kind([w for w in words if w is not None])
    if kind is None:
        return None
    spec = patterns()["label_events"][kind]
    return Trigger(token, spec["type"], spec["cameo"], spec.get("subtype"), rule=f"labels:{lemma}")


def _in_custody(verb: Token) -> bool:
    """Whether a release frees the held: a holder releases (a state, police, rebels), or its
    sentence names custody outside the acts joined to it; and any "from" says where they
    were held ("released from prison", not "released from hospital")."""
    held = word_set("custody_words")
    froms = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
             for o in c.children if o.dep_ == "pobj"]
    holders = [s for s in verb.children if s.dep_ in ("nsubj", "agent")]
    holders += [o for a in holders if a.dep_ == "agent" for o in a.children]
    by_custodian = any(s.ent_type_ in ("GPE", "NORP") or is_word(s, "custodian_nouns")
                       for s in holders)
    other_acts = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  for t in c.subtree}
    phrase = [t for t in verb.sent if t.i not in other_acts]  # not "... and held a briefing"
    return (by_custodian or any(t.lower_ in held for t in phrase)) and all(
        o.lemma_.lower() in held or o.lower_ in held for o in froms)


def _helps_an_owner(verb: Token) -> bool:
    """Whether a verb of helping, with no object of its own, helps a party: the subject of
    its clause ("helped Peru rebuild") or the owner of what the clause acts on ("helped
    (to) rebuild Peru's ports"); true when it has no clause at all."""
    clauses = [verb.head] if verb.dep_ == "aux" else [
        c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    if any(c.i != verb.i and (verb_trigger(c) or dictionary_trigger(c)) for c in clauses):
        return False  # "helped destroy Peru's navy": the destroying is the act
    return not clauses or any(
        d.dep_ == "nsubj" or (d.dep_ == "dobj" and any(o.dep_ == "poss" for o in d.children))
        for c in clauses for d in c.children if c.i != verb.i)


def _relational_phrase(word: Token) -> bool:
    """Whether a word is a relational noun or in its "of" phrase ("as a victim of
    terrorism"): how someone stands, not a label."""
    return is_word(word, "relational_nouns") or any(
        a.lower_ == "of" and is_word(a.head, "relational_nouns") for a in word.ancestors)


def _trailing_adjective(phrase: Token) -> Token | None:
    """The adjective that ends an object phrase, which the parser hangs on a noun inside
    it ("called Wren's remarks pathetic", "called his plan for a wall stupid")."""
    words = [t for t in phrase.subtree if not t.is_punct]
    last = words[-1] if words else None
    return last if last is not None and last.dep_ == "amod" and last.i > last.head.i else None


def label_kind(words: list[Token]) -> str | None:
    """"blame_labels" or "praise_labels" (the keys of ``label_events``) for the first of
    ``words`` that is in either list, or None."""
    for word in words:
        for kind in ("blame_labels", "praise_labels"):
            if is_word(word, kind):
                return kind
    return None


def noun_trigger(token: Token, excluded: frozenset[str] = frozenset()) -> Trigger | None:
    """The event a noun names, by its entry in ``nouns`` (with its compound), or None."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("PERSON", "ORG", "GPE"):
        return None
    if token.dep_ == "compound":
        return None  # "ceasefire violations": the head noun names the event
    nouns = patterns()["nouns"]
    compounds = [t.lower_ for t in token.lefts if t.dep_ == "compound"]
    spec = None
    for key in ([f"{c} {token.lower_}" for c in compounds] + [token.lower_, token.lemma_.lower()]):
        if key in nouns:
            spec = nouns[key]
            break
    if spec is None or f"nouns:{key}" in excluded:
        return None
    needs, unless = spec.get("needs"), spec.get("unless", ())
    if needs and not any(t.lower_ in needs for t in token.lefts):
        return None
    if any(t.lower_ in unless for t in token.lefts):
        return None  # "at one of his rallies", "a campaign rally": no protest
    needed = spec.get("prepositions")
    if needed and not any(c.dep_ == "prep" and c.lower_ in needed for c in token.children):
        return None  # "an inquiry into Wren", not "an inquiry from the Post"
    if spec.get("not_object") and token.dep_ == "dobj" and (
        verb_trigger(token.head) or cameo_code(token.head)
    ):
        return None  # "filed a lawsuit": the verb's own entry codes it ("ends a lawsuit" not)
    governors = spec.get("governed_by")
    if governors and not (token.dep_ in ("dobj", "dative")
                          and token.head.lemma_.lower() in governors):
        return None  # "announced his endorsement of Wren"; not "touted" or "withdrew" it
    return Trigger(token, spec["type"], spec["cameo"], spec.get("subtype"), rule=f"nouns:{key}")


def find_triggers(tokens, excluded: frozenset[str] = frozenset()) -> list[Trigger]:
    """Every trigger among ``tokens``, in text order; a noun that is the
    object which made a light verb an event ("imposed sanctions") is not counted twice.
    ``excluded`` names table rules to leave out ("verbs:meet")."""
    found = [
        t for t in (
            demand_trigger(tok, excluded) or verb_trigger(tok, excluded)
            or label_trigger(tok, excluded)
            or dictionary_trigger(tok, excluded) or noun_trigger(tok, excluded)
            for tok in tokens
        ) if t
    ]
    objects = {t.object.i for t in found if t.object is not None}
    verbs = {t.token.i for t in found if t.token.pos_ in ("VERB", "AUX")}
    return [t for t in found if t.token.i not in objects and not _instrument(t.token, verbs)]


def _instrument(token: Token, verbs: set[int]) -> bool:
    """A noun that is the agent of a trigger verb ("killed by the shelling") is how that
    event happened, not another event."""
    head = token.head
    return head.dep_ == "agent" and head.head.i in verbs
