"""The ``rashomon_events`` component: who did what to whom, when, where and how many.

``match`` finds the triggers of the story text (``triggers.find_triggers``: the trigger
tables, labels of blame or praise, the CAMEO verb dictionary, event nouns) and the
statements that are acts (a request, an accusation, a threat; from ``doc._.quotes``).
``set_annotations`` drops what is no act (market moves, words inside names, descriptions,
events named again under blame), reads each trigger's actor and target from the
dependency frame (relative clauses, passives, coordination, appositions), resolves them
to entities and CAMEO-style codes (country + sector: UKRGOV, CANMIL, UKRREB; null without
a country), sets the mode (asserted, reported, requested, threatened, negated,
hypothetical), the quantities (a verb's toll goes to the event noun it tells of), the
timex and the place, makes one event per actor and target, merges repeats and headline
retellings, and writes ``doc._.events``. ``excluded_rules`` leaves table entries out
(cross-validation).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.actors import Entity, MentionIndex
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.extensions import register_extensions, warn_without_entities
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.common.reporting import lexicon_words
from rashomon.nlp.events.quantities import quantities_of
from rashomon.nlp.events.triggers import (
    Trigger,
    counted_noun,
    demanded_of,
    find_triggers,
    is_word,
    label_kind,
    patterns,
    verb_trigger,
    word_set,
)
from rashomon.nlp.events.types import FoundEvent, Participant
from rashomon.nlp.quotes import FoundQuote

_NOT_PARTICIPANTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


class EventFinder:
    """Finds events and the statements that are events."""

    def __init__(
        self,
        nlp: Language,
        name: str = "rashomon_events",
        *,
        statement_events: bool = settings.STATEMENT_EVENTS,
        excluded_rules: tuple[str, ...] = (),
    ) -> None:
        """Create the component.

        nlp: the pipeline it belongs to.
        name: the component's name in the pipeline.
        statement_events: whether statements that are acts (a request, an accusation, a
            threat) are also events.
        excluded_rules: trigger-table entries to leave out ("verbs:meet",
            "speech_acts:urge"); cross-validation uses it.
        """
        register_extensions()
        self.name = name
        self.statement_events = statement_events
        self.excluded = frozenset(excluded_rules)

    def __call__(self, doc: Doc) -> Doc:
        """Find the events of ``doc`` and write them to ``doc._.events``."""
        triggers, statements = self.match(doc)
        self.set_annotations(doc, triggers, statements)
        return doc

    def match(self, doc: Doc) -> tuple[list[Trigger], list[FoundQuote]]:
        """The triggers of the story text and the statements that are speech acts."""
        story = Regions((s, e) for kind, s, e in doc._.blocks or [("paragraph", 0, len(doc.text))]
                        if kind != "chrome")
        tokens = [t for t in doc if story.holds(t.idx)]
        warn_without_entities(doc, self.name)
        triggers = find_triggers(tokens, self.excluded)
        if not self.statement_events:
            return triggers, []
        statements = [q for q in doc._.quotes or [] if q.cue_at is not None
                      and self._is_speech_act(_cue(doc, q))]
        return triggers, statements

    def _is_speech_act(self, cue: Token | None) -> bool:
        """Whether a statement's cue makes it an act (``speech_acts``) as used here: not a
        name given, a question asked, a view agreed with, a promise of force (the
        promised act is the threat) or the words of a thing ("the rise of X threatens")."""
        if cue is None:
            return False
        lemma = cue.lemma_.lower()
        spec = patterns()["speech_acts"].get(lemma)
        return spec is not None and f"speech_acts:{lemma}" not in self.excluded and not (
            _says_no_act(cue)
            or not _as_listed(cue, self.excluded)
            or (spec["type"] == "AGREE" and _promises_force(cue, self.excluded))
            or any(c.dep_ == "nsubj" and _abstract(c) for c in cue.children)
        )

    def set_annotations(
        self, doc: Doc, triggers: list[Trigger], statements: list[FoundQuote]
    ) -> None:
        """Build the events and store them on the Doc in text order."""
        cues = {_cue(doc, q).i for q in statements}
        context = _Context(doc, triggers, self.excluded, cues)
        events = [context.statement_event(q) for q in statements]
        if self.statement_events and "retaliation_words" not in self.excluded:
            events += context.threats(doc._.quotes or [])
        if self.statement_events and "labels:statement" not in self.excluded:
            events += context.labelled_in_statements(doc._.quotes or [])
        events += [context.event(t) for t in triggers
                   if t.token.i not in cues or t.rule.startswith("labels:")]
        events = [e for pair in events if pair is not None for e in _split_reciprocal(pair)]
        events = [e for event in events for e in _split_coordinated(event)]
        events = _merge_repeated_meetings(events)
        events = _drop_repeated_mentions(events)
        events = _drop_headline_repeats(events, doc)
        events = _drop_identical(events)
        events = _drop_restated(events, doc)
        events.sort(key=lambda e: (e.start, e.end))
        for number, event in enumerate(events, 1):
            event.id = f"V{number}"
        doc._.events = events


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
    """"call" that names, "ask" that asks a question."""
    return _names(cue) or _asks_a_question(cue)


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
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in cue.children):
        return False  # "pressed Chile to explain how ...", "asked for aid": requests
    asked_for = ("dobj", "ccomp", "agent", "prep")
    if _passive(cue) and not any(c.dep_ in asked_for for c in cue.children):
        return True
    after = cue.doc[cue.i + 1 : min(cue.i + 1 + settings.QUESTION_WORD_REACH, cue.sent.end)]
    return any(t.lower_ in ("if", "whether") or t.tag_ in ("WP", "WRB") for t in after)


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


def _timex_by_token(doc: Doc) -> dict[int, str]:
    """Token index -> id of the date or time it is part of (never a duration or set)."""
    found: dict[int, str] = {}
    for timex in doc._.timexes or []:
        if not timex.is_point:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        for token in span or ():
            found[token.i] = timex.id
    return found


def _cue(doc: Doc, quote: FoundQuote) -> Token | None:
    span = doc.char_span(quote.cue_at, quote.cue_at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


class _Context:
    """What building one Doc's events needs: entities, places, timexes, statements, the
    event nouns among the triggers and the tolls their verbs tell."""

    def __init__(self, doc: Doc, triggers: list[Trigger], excluded: frozenset[str],
                 statement_cues: set[int] = frozenset()) -> None:
        self.doc = doc
        self.excluded = excluded
        self.noun_triggers = {t.token.i: t for t in triggers if t.token.pos_ == "NOUN"}
        self.reject_triggers = {t.token.i for t in triggers if t.type == "REJECT"}
        self.trigger_at = {t.token.i: t for t in triggers}
        self.statement_cues = statement_cues  # the cues of statements that are acts
        self.place_country: str | None = None  # of the event being built
        self.told_by: dict[int, int] = {}  # verb -> the event noun whose toll it tells
        self.tolls: dict[int, list] = {}  # event noun -> the counts its verbs tell
        self.telling: dict[int, list[Trigger]] = {}  # event noun -> the verbs telling it
        for trigger in triggers:
            noun = self._event_subject(trigger.token, trigger.type)
            if noun is not None:  # "the attack killed twelve and injured twelve more"
                self.told_by[trigger.token.i] = noun
                self.tolls.setdefault(noun, []).extend(quantities_of(trigger))
                self.telling.setdefault(noun, []).append(trigger)
        entities = doc._.entities or []
        self.speakers = MentionIndex(entities)
        self.entities = {e.id: e for e in entities}
        self.places = {p.entity: p.place.country for p in doc._.places or []}
        self.timex_at = _timex_by_token(doc)
        self.quotes = doc._.quotes or []
        self.main_country = _main_country(entities, self.places)

    # Events from triggers

    def event(self, trigger: Trigger) -> FoundEvent | None:
        token = trigger.token
        if token.i in self.told_by:
            return None  # the toll of an event noun: counted on the noun's event
        labels = trigger.rule.startswith("labels:")
        if _describes_document(token) or _described_only(token, trigger.type) or (
            _refers_back(token)
        ) or (
            _says_no_act(token) and not labels
        ):
            return None  # "a readout released by ...", "the threat posed by ...", "blamed
            # X for the attack"
        if _market_move(token) or _election_result(token) or _thing_acts(token, trigger.type):
            return None  # "the index eased 0.1 percent", "a licence allowing him to ..."
        if _in_a_name(token) or _to_oneself(token):
            return None  # "the Global Coalition to Defeat ISIS", "killed himself"
        if _in_purpose(token) or self._purpose_of_same_act(token, trigger.type):
            return None  # "to curb the spread, the government banned travel": an aim;
            # "rallied to protest the results": one protest
        if self._carries_an_act(token):
            return None  # "sent a letter requesting ...": the request is the act
        if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in word_set(
            "qualified_nouns"
        ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return None  # "too many things for me to dismiss", "the impetus to oppose him"
        if token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_ == "be" and any(
            s.dep_ == "nsubj" and _names_someone(_group_head(s)) for s in token.head.children
        ):
            return None  # "Wren was a threat to the port" says what Wren is ("the response
            # was an airstrike" tells one)
        if token.dep_ == "xcomp" and token.head.i in self.reject_triggers:
            return None  # "refused to negotiate with Kabul": one act, the refusal's
        type_, cameo = trigger.type, trigger.cameo
        place = self._place_token(token)
        self.place_country = self.places.get(place[1]) if place else None
        actors, targets = self._participants(trigger)
        self.place_country = None  # read only while this event's participants resolve
        if type_ == "AGREE" and _promises_force(token, self.excluded):
            return None  # "pledged to bomb": the bombing, threatened, is the event
        if type_ == "ASSAULT" and self._people(actors) and (
            not targets or self._people(targets)
        ) and _verbal_attack(token):
            type_, cameo = "ACCUSE", "111"  # "Dell attacked Pratt, calling her ..."
        mode = self._mode(token)
        outer = _intent(token)
        intents, threats = patterns()["intent_codes"], patterns()["threat_codes"]
        if outer == "intent" and type_ in intents:
            type_, cameo = "AGREE", intents[type_]
        elif outer in ("intent", "threat") and type_ in threats:
            type_, cameo = "THREATEN", threats[type_]
            mode = "negated" if mode == "negated" else "threatened"  # not "never pledged to kill"
        if type_ == "ASSAULT" and cameo.startswith("19") and _unconventional(token):
            cameo = "180"  # bombs, suicide attackers, guerrillas: not an army's force
        if (type_ == "MOBILIZE" or trigger.subtype == "visit") and self._keeps_peace(
            token, actors
        ):
            type_, cameo = "AID", "074"  # "peacekeeping troops arrived": protection given
        elif type_ == "MOBILIZE" and _abroad(actors, targets):
            type_, cameo = "AID", "072"  # troops sent to another country to help it
        if type_ == "PROTEST":  # "rallied at the Plaza de Armas": where, not against whom
            targets = [t for t in targets if self.entities.get(t.entity) is None
                       or self.entities[t.entity].type not in ("FAC", "LOC")]
        if not targets and (trigger.subtype == "visit" or type_ in patterns()["place_targets"]):
            targets = [t for t in [self._place_target(token)] if t]
        words = [token] + ([trigger.object] if trigger.object is not None else [])
        start, end = _extent(words, actors, targets, token.sent)
        source = self._source(token)
        if mode == "asserted":
            mode = patterns()["type_modes"].get(type_, mode)
        counts = quantities_of(trigger) + self.tolls.get(token.i, [])
        if not (actors or targets or counts) and mode != "negated":
            return None  # "to support the sovereignty", "some called for ...": no one
            # named ("nobody was arrested" says that no one was)
        if trigger.subtype == "visit" and not targets and not _somewhere(token):
            return None  # "the envoy was arriving by train": no visit
        if trigger.rule.startswith("cameo:") and (not (actors or targets) or not _acted(token)):
            return None  # the dictionary codes acts between named actors
        if trigger.bare and not actors and not _done_by_something(token) and not (
            _passive(token) and cameo.startswith(tuple(patterns()["done_to_codes"]))
            and not any(c.dep_ == "agent" for c in token.children)  # not "hit by a car"
            and any(p.entity for p in targets)
        ):
            return None  # a dictionary verb alone codes what a named party does, or what
            # is done to one ("Wren was charged with fraud")
        if trigger.rule == "demands:modal" and not targets:
            return None  # "said inflation should ease" asks no one
        if trigger.bare and not targets and type_ in word_set("directed_types"):
            return None  # "celebrating", "encourage that": praise or a request of no one
        if trigger.bare and not targets and _says_something(token):
            return None  # "admitted that it would be hard", "argued that ...": no act
        found = FoundEvent(
            type=type_, cameo=cameo, subtype=trigger.subtype,
            trigger=" ".join(w.text for w in sorted(words, key=lambda w: w.i)),
            start=start, end=end, mode="reported" if mode == "asserted" and source else mode,
            actors=actors, targets=targets, time=self._time(token),
            place=self._place(token), quantities=counts,
            source=source, depth=_depth(token), rule=trigger.rule,
        )
        return found

    def _event_subject(self, verb: Token, type_: str) -> int | None:
        """The event noun that is the subject of a verb of the same type ("the attack
        killed ...", "the bombing, killing eight"): the verb tells that event's toll."""
        if verb.pos_ != "VERB":
            return None
        for subject in _doers(verb, ("nsubj",)):
            noun = self.noun_triggers.get(subject.i)
            if noun is not None and noun.type == type_:
                return subject.i
        return None

    def _purpose_of_same_act(self, verb: Token, type_: str) -> bool:
        """An infinitive of purpose that names again the act of the verb it hangs on."""
        head = self.trigger_at.get(verb.head.i)
        return verb.dep_ == "advcl" and head is not None and head.type == type_ and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def _carries_an_act(self, verb: Token) -> bool:
        """Whether the verb sends or issues a document whose participle is an act of its
        own ("sent a letter requesting ...")."""
        acts = self.trigger_at.keys() | self.statement_cues
        return any(a.i in acts and _same(_carrier(a), verb) for o in verb.children
                   if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl")

    def _keeps_peace(self, token: Token, actors: list[Participant]) -> bool:
        """Whether the act or its doers are peacekeeping ("deployed peacekeepers",
        "peacekeeping troops arrived"): CAMEO 074, military protection."""
        phrases = [token] if token.pos_ == "NOUN" else [
            o for o in token.children if o.dep_ in ("dobj", "nsubj", "nsubjpass")]
        clauses = {t.i for o in phrases for c in o.subtree if c.dep_ in ("relcl", "acl")
                   for t in c.subtree}  # not "Valdoria, where peacekeepers were attacked"
        words = [t.lower_ for o in phrases for t in o.subtree if t.i not in clauses] + [
            t.lower_ for p in actors for t in self.doc.char_span(
                p.start, p.end, alignment_mode="expand") or []]
        return any(w.startswith(tuple(patterns()["peacekeeping_prefixes"])) for w in words)

    def _people(self, participants: list[Participant]) -> bool:
        """Whether there are participants and each is a named person."""
        return bool(participants) and all(
            p.entity in self.entities and self.entities[p.entity].type == "PERSON"
            for p in participants
        )

    def _participants(self, trigger: Trigger) -> tuple[list[Participant], list[Participant]]:
        """Actors and targets resolved to entities and codes."""
        token = trigger.token
        demanded = demanded_of(token) if trigger.rule == "demands:modal" else None
        if demanded is not None:  # "said that Chile must withdraw": of Chile
            actor_tokens = _verb_frame(token, None)[0]
            target_tokens = _with_conjuncts([demanded])
        elif token.dep_ == "aux":  # "Chile helped rebuild Peru's ports": the parser makes
            clause = token.head  # the verb of helping the clause's auxiliary
            actor_tokens = [c for c in clause.children if c.dep_ == "nsubj"]
            target_tokens = _verb_frame(clause, None)[1]
        elif token.pos_ in ("VERB", "AUX", "ADJ"):
            actor_tokens, target_tokens = _verb_frame(token, trigger.object)
            if not target_tokens:  # "offered to hand over the suspects to Britain"
                for clause in (c for c in token.children if c.dep_ == "xcomp"):
                    target_tokens = _verb_frame(clause, None)[1]
                    if target_tokens:
                        break
        else:
            actor_tokens, target_tokens = _noun_frame(token)
            for verb in self.telling.get(token.i, []) if not target_tokens else []:
                target_tokens += _verb_frame(verb.token, verb.object)[1]  # "the airstrike
                # that killed Wren", "a bombing killed one soldier": the noun's victims
        reciprocal = _reciprocal(token)
        if reciprocal:
            pair = _coordinated_before(token)
            actor_tokens, target_tokens = pair, list(reversed(pair))
        actors = [p for p in (self.participant(t) for t in actor_tokens) if p]
        targets = [p for p in (self.participant(t) for t in target_tokens) if p]
        if not targets and len(actors) == 2 and _together(token, actor_tokens):
            reciprocal, targets = True, list(reversed(actors))
        own = {p.entity for p in actors if p.entity}
        if not reciprocal:  # "Dell says Pratt is attacking him": not herself
            targets = [p for p in targets if p.entity not in own]
        return actors, targets

    def participant(self, token: Token) -> Participant | None:
        """The entity and code a noun phrase names: a named entity, or a group named by
        its country's adjective and a sector noun ("Canadian soldiers", "separatists"); a
        group with no country belongs to the country the article is about."""
        token = _group_head(token)
        principal = _spoken_for(token)
        if principal is not None:  # "Ruiz's spokesman", "a spokesperson for the ministry"
            return self.participant(principal) or self._participant_as_named(token)
        return self._participant_as_named(token)

    def _participant_as_named(self, token: Token) -> Participant | None:
        """The entity and code of the noun phrase ``token`` heads, as it stands."""
        found = self.speakers.named(token) or self._named_in_phrase(token)
        if found is None and token.pos_ == "PRON":
            speaker = _speaker_of_clause(token)  # "Peru announced that [it] would send"
            if speaker is not None:
                return self.participant(speaker)
            if token.lower_ in word_set("first_person"):  # '"I endorse him," Ruiz said'
                return self._quoting(token)
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        if found is not None:
            entity = found[0]
            country = entity.country or self.places.get(entity.id)
            if country is None and entity.type in ("PERSON", "NORP", "ORG"):
                country = self._country_of_group(token)[1]  # "Nigerian minister X"
            sector = _sector_of(token) or entity.sector
            if country is None and _sector_of(token) and not _named_by(token):
                country = self.place_country or self.main_country  # the story's rebels
            if country is None:
                return Participant(entity.id, _stateless(entity.code), start, end)
            return Participant(entity.id, _code(country, sector), start, end)
        return self._group(token, start, end)

    def _named_in_phrase(self, token: Token) -> tuple[Entity, int, int] | None:
        """The entity a name in a group's phrase gives it ("the APEC forum", "the Keller
        campaign"), unless the phrase names a country ("the Palestinian X movement" is
        coded PSE, whatever X's own entry says)."""
        names = [t for t in token.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"]
        if not names or token.pos_ not in ("NOUN", "PROPN"):
            return None
        if self._country_of_group(token)[1] is not None:
            return None
        return next((f for f in map(self.speakers.named, names) if f is not None), None)

    def _group(self, token: Token, start: int, end: int) -> Participant | None:
        """A group named by its country and sector ("Canadian soldiers"), else of the
        event's place or the story's country; named as its country only when it is part
        of the state."""
        sector = _sector_of(token)
        country_entity, country = self._country_of_group(token)
        if sector is None and country is None and not _is_party(token):
            return None  # "Congolese refugees" has a country; "the wounded" has none
        if country is None and (sector is not None or _is_people(token)) and not (
            _named_by(token) or _foreign(token)
        ):  # protesters, rebels, victims: of the event's place, else of the story
            country = self.place_country or self.main_country
        if country is None:
            return None  # "the two leaders" of no known country
        code = _code(country, sector)
        if country_entity is not None and not (
            sector in word_set("state_sectors")
            and lexicon.country_code(self.entities[country_entity].name)
        ):  # "a Turkish religious movement" is not Turkey, "the New York businessman"
            country_entity = None  # not New York: coded by the country, named by no one
        return Participant(country_entity, code, start, end) if code else None

    def _country_of_group(self, token: Token) -> tuple[str | None, str | None]:
        """The country a group's phrase names: a modifier ("Canadian soldiers", "U.S.
        border patrol agents") or the object of "in", "from", "of" ("opposition groups in
        Zimbabwe", "doctors from two American aid groups")."""
        modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ in (
            "amod", "compound", "poss", "nmod")]
        person = token.ent_type_ == "PERSON"  # "Wren in Geneva" is no Swiss
        places = [t for prep in token.children if prep.dep_ == "prep"
                  and prep.lower_ in (("from", "of") if person else ("in", "from", "of"))
                  for t in prep.subtree if t.dep_ in ("pobj", "amod", "compound")]
        for child in modifiers + places:
            before = token.doc[max(0, child.i - 2) : child.i].text.lower().replace(" ", "")
            if child.lower_.startswith(tuple(lexicon.words("attitude_prefixes"))) or (
                before.endswith(("pro-", "anti-"))
            ):
                continue
            found = self.speakers.named(child)
            if found is not None and found[0].country:
                return found[0].id, found[0].country
            code = lexicon.country_of(child.text)
            if code:
                return None, code
        return None, None

    def _mode(self, token: Token) -> str:
        demanded = any(c.dep_ == "aux" and c.lower_ in patterns()["demand_markers"]
                       for c in token.children)  # "he should resign", "must not send"
        demanded = demanded or (  # "a resolution to expel the troops" (not "reports that
            token.dep_ == "acl" and token.tag_ == "VB"  # Chile would sue Peru")
            and token.head.lemma_.lower() in patterns()["rule_nouns"]
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))
        if demanded:
            return "requested"
        if _negated(token) or _governed_by(token, "refusal_words") or _no_one_did(token) or (
            token.dep_ == "xcomp" and _negated_word(token.head)
            and token.head.lemma_.lower() in word_set("intent_words") | word_set("threat_verbs")
        ):  # "never pledged to kill": no threat was made ("did not hesitate to" acts)
            return "negated"
        governing = _governing_acts(token)
        if "REQUEST" in governing or _governed_by(token, "wish_words"):
            return "requested"
        if "THREATEN" in governing:
            return "threatened"
        if _hypothetical(token) or _governed_by(token, "plan_words"):
            return "hypothetical"
        return "asserted"

    def _source(self, token: Token) -> str | None:
        """The statement that reports ``token``: what someone says, believes or found
        (not what someone wants: that is no claim that it happened)."""
        for quote in self.quotes:
            if quote.act != "intention" and quote.start <= token.idx < quote.end:
                return quote.id
        return None

    def _time(self, token: Token) -> str | None:
        skip = {t for c in token.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
        scope = [t for t in token.subtree if t not in skip]
        if token.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
            scope += [t for t in token.head.children if t.dep_ in ("prep", "npadvmod")
                      for t in t.subtree]
        dated = [t for t in scope if t.i in self.timex_at]
        if not dated:
            return None
        return self.timex_at[min(dated, key=lambda t: abs(t.i - token.i)).i]

    def _place(self, token: Token) -> str | None:
        found = self._place_token(token)
        return found[1] if found else None

    def _place_token(self, token: Token) -> tuple[Token, str] | None:
        """The place an event happened in ("in Arequipa", "at the border"): its token and
        entity."""
        for t in token.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "along", "outside"):
                found = self.speakers.named(t)
                if found is not None and found[0].id in self.places:
                    return t, found[0].id
        return None

    def _place_target(self, token: Token) -> Participant | None:
        """The place as the target of a visit, a deployment or a curfew that names no
        party ("arrived in Lima", "imposed a curfew in Arequipa"), coded by its country."""
        found = self._place_token(token)
        if found is None or not self.places.get(found[1]):
            return None
        place, entity = found
        start, end = place.left_edge.idx, place.right_edge.idx + len(place.right_edge)
        return Participant(entity, self.places[entity], start, end)

    # Events from statements

    def statement_event(self, quote: FoundQuote) -> FoundEvent | None:
        """A request, accusation, threat or other act made by a statement."""
        cue = _cue(self.doc, quote)
        spec = patterns()["speech_acts"][cue.lemma_.lower()]
        type_ = spec["type"]
        mode = {"REQUEST": "requested", "THREATEN": "threatened"}.get(type_, "asserted")
        actor = self._entity_participant(quote.speaker, quote.speaker_span)
        target = self._entity_participant(quote.addressee, None)
        actors, targets = [actor] if actor else [], [target] if target else []
        if not actors or not targets:  # "... accusing each other": the parse says who
            as_trigger = Trigger(cue, type_, spec["cameo"], spec.get("subtype"))
            found_actors, found_targets = self._participants(as_trigger)
            actors, targets = actors or found_actors, targets or found_targets
        if not actors and not targets:
            return None  # "some called for younger leadership": no one named
        sentence = cue.sent
        start = min(quote.start, cue.idx, sentence.start_char)
        end = max(quote.end, cue.idx + len(cue))
        return FoundEvent(
            type=type_, cameo=spec["cameo"], subtype=spec.get("subtype"), trigger=cue.text,
            start=start, end=end, mode=mode, actors=actors, targets=targets,
            time=quote.time, source=quote.id, depth=_depth(cue),
            rule=f"speech_acts:{cue.lemma_.lower()}",
        )

    def threats(self, quotes: list[FoundQuote]) -> list[FoundEvent]:
        """Statements that promise a reply ("Minsk will not leave Vilnius's move
        unanswered"): THREATEN by the statement's subject (else its speaker) against the
        other party it names."""
        found = []
        words = word_set("retaliation_words")
        for quote in quotes:
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None or not any(t.lemma_.lower() in words or t.lower_ in words
                                       for t in span):
                continue
            if not any(t.lower_ in ("will", "would", "'ll", "shall") for t in span):
                continue
            root = span.root
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            actor = self.participant(subject) if subject is not None else None
            actor = actor or self._entity_participant(quote.speaker, quote.speaker_span)
            target = self._other_party(span, actor, quote.speaker)
            found.append(FoundEvent(
                type="THREATEN", cameo="130", trigger=root.text, start=quote.start,
                end=quote.end, mode="threatened", actors=[actor] if actor else [],
                targets=[target] if target else [], time=quote.time, source=quote.id,
                depth=0, rule="retaliation_words",
            ))
        return found

    def labelled_in_statements(self, quotes: list[FoundQuote]) -> list[FoundEvent]:
        """Blame or praise a statement puts on another party by a label ('"Wren is a
        dictator in the making," Ruiz said', "Ruiz declared Wren was a threat"): ACCUSE or
        SUPPORT by the speaker of the party the label is said of."""
        found = []
        for quote in quotes:
            speaker = self._entity_participant(quote.speaker, quote.speaker_span)
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if speaker is None or span is None or quote.act != "speech":
                continue
            for verb in (t for t in span if t.lemma_ == "be" and t.dep_ != "aux"):
                kind = _label_kind(verb)
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                target = self.participant(subjects[0]) if kind and subjects else None
                if target is None or target.entity in (None, speaker.entity):
                    continue
                spec = patterns()["label_events"][kind]
                found.append(FoundEvent(
                    type=spec["type"], cameo=spec["cameo"], subtype=spec.get("subtype"),
                    trigger=verb.text, start=quote.start, end=quote.end, actors=[speaker],
                    targets=[target], time=quote.time, source=quote.id, depth=_depth(verb),
                    rule="labels:statement"))
        return found

    def _other_party(self, span: Span, actor: Participant | None, speaker: str | None):
        own = {actor.entity if actor else None, speaker}
        own_country = {self.entities[e].country for e in own if e in self.entities}
        for start, end, entity in self.speakers.mentions:
            inside = span.start_char <= start and end <= span.end_char
            other = entity.id not in own and entity.country not in own_country
            if inside and other and entity.type in ("GPE", "ORG", "PERSON"):
                return Participant(entity.id, entity.code, start, end)
        return None

    def _quoting(self, pronoun: Token) -> Participant | None:
        """The speaker of the direct quotation a first-person pronoun is said in."""
        for quote in self.quotes:
            quoted = quote.parts or [(quote.start, quote.end)]
            if quote.kind != "indirect" and any(s <= pronoun.idx < e for s, e in quoted):
                return self._entity_participant(quote.speaker, quote.speaker_span)
        return None

    def _entity_participant(self, entity_id, span) -> Participant | None:
        entity = self.entities.get(entity_id)
        if entity is None:
            return None
        start, end = span or (0, 0)
        code = entity.code if entity.country else _stateless(entity.code)
        return Participant(entity.id, code, start, end)


def _verb_frame(verb: Token, object_token: Token | None) -> tuple[list[Token], list[Token]]:
    """Actor and target tokens of a verb: subject or passive agent (for an infinitive,
    the object of a verb like "ask", else the subject it shares); the object (unless it
    is what is moved or given: "deployed soldiers to Ukraine"), the passive subject, or
    the object of a directional preposition."""
    themes = word_set("themes")
    actors, targets = [], []
    for word in verb.children:
        dep, child = word.dep_, _antecedent(word)  # "who" stands for its antecedent
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
                    for thing in _objects_of(p) for o in _owners(thing)]
    if not targets:  # "found Wren guilty", "helped Peru rebuild": the parser gives the
        # complement its subject
        targets = [s for c in verb.children if c.dep_ in ("ccomp", "oprd") and (
            c.pos_ == "ADJ" or (c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children))
        ) for s in c.children if s.dep_ == "nsubj"]
    if not targets and _asks(verb):  # "called for Wren's resignation": asked of Wren
        targets = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                   for act in _objects_of(p) if not _is_party(_group_head(act))
                   for o in _undergoers(act) if _is_party(_group_head(o))]
    if not targets and verb.lemma_.lower() in patterns()["labelling_verbs"]:
        targets = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"][:1]
        # "called Governor Pratt a hero": the parser makes both names complements
    if _small_clause(verb):  # "wants Pardo expelled": Pardo is who is expelled
        targets, actors = actors, []
    governed = verb.head.pos_ in ("VERB", "AUX", "ADJ") or verb.dep_ == "pcomp"
    if not actors and verb.head.i != verb.i and governed and (
        not _passive(verb)  # "calling for Pardo to be expelled": not by the caller
    ):
        actors = _controller(verb)
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "a willingness to both back up and support X"
    if not actors and first.dep_ == "acl" and first.head.lemma_.lower() in word_set(
        "resolve_nouns"
    ):
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
    elif not actors and modified and not _passive(verb):
        actors = [verb.head]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects] + ([object_token] if object_token is not None else [])
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    preps += [p for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"
              for p in c.children if p.dep_ == "prep"]  # "fired back at X"
    for preposition in patterns()["target_prepositions"]:
        if targets:
            break
        for prep in preps:
            if prep.lower_ == preposition:
                targets.extend(map(_party_in, _objects_of(prep)))
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
    return _with_conjuncts(actors), _with_conjuncts(targets)


_RELATIVE_PRONOUNS = ("who", "which", "that", "whom")


def _asks(verb: Token) -> bool:
    """A verb of asking for something ("called for", "pushed for", "demanded")."""
    lemma = verb.lemma_.lower()
    spec = patterns()["speech_acts"].get(lemma)
    return (spec is not None and spec["type"] == "REQUEST") or lemma in word_set("wish_words")


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Ruiz, [who] met the envoy ..." -> Ruiz)."""
    head = token.head
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "the minister whom Ruiz refused to endorse"
    if token.lower_ not in _RELATIVE_PRONOUNS or head.dep_ != "relcl" or head.head.i == head.i:
        return token
    noun = head.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
        c.lower_ in word_set("singling_words") for c in [noun, *noun.children]
    ):  # "Wren is the only minister whom ..." (not "the suspect is the militia that ...")
        return next((s for s in noun.head.children if s.dep_ == "nsubj"), noun)
    return noun


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
    """A passive verb: with a passive auxiliary or subject, or a bare participle that
    modifies a noun ("civilians wounded in the raid")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _controller(verb: Token) -> list[Token]:
    """Who does what an infinitive or participle says: the object of "ask X to", the
    subject of "agreed to", the subject of the verb a participle hangs on ("declared a
    state of siege, suspending ... and arresting ...": through each participle), the
    subject of the verb a gerund's preposition hangs on ("received the papers after
    filing a lawsuit"), or the one blamed or praised for it ("lashed out at Chile for
    having shot down ..."). A clause that is what someone says ("claimed civilians were
    wounded") is not done by the speaker."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _gerund_doer(head)
    if verb.dep_ not in ("xcomp", "conj", "advcl"):
        return []
    if verb.dep_ == "xcomp" and head.lemma_.lower() in patterns()["object_control"]:
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        objects += [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                    for p in c.children if p.dep_ == "pobj"]
        if objects:
            return objects
    while head.pos_ == "ADJ" and head.head.i != head.i:  # "is ready to help"
        head = head.head
    subjects = ("nsubj", "nsubjpass") if verb.dep_ in ("conj", "advcl") else ("nsubj",)
    found = [_antecedent(c) for c in head.children if c.dep_ in subjects]  # "was briefed,
    # and flew to ...": the one briefed flew
    if not found and verb.dep_ in ("conj", "advcl") and head.tag_ == "VBG":
        return _controller(head)  # "..., suspending X and arresting Y"
    return found


def _gerund_doer(preposition: Token) -> list[Token]:
    """Who does what the gerund of a preposition says: the one a verb of blame or praise
    judges for it ("accused Pardo of misleading", "lashed out at Chile for having shot
    down"), else the subject of the verb ("was jailed after attacking")."""
    verb = preposition.head
    if preposition.lower_ in ("for", "of") and verb.lemma_.lower() in word_set("judged_for"):
        judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        judged += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")
                   for p in _objects_of(c)]
        if judged:
            return judged
    if preposition.lower_ not in word_set("doer_prepositions"):
        return []  # "voted against sanctioning Chile": no one sanctions
    return _doers(verb, ("nsubj", "nsubjpass"))


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
        elif child.dep_ == "prep" and child.lower_ in ("of", *patterns()["target_prepositions"]):
            targets.extend(map(_party_in, _objects_of(child)))
        elif child.dep_ in ("amod", "compound") and _names_country(child):
            actors.append(child)
        elif child.dep_ == "acl":  # "the raid, carried out by the militia",
            # "another attack credited to the militia"
            attributed = child.lemma_.lower() in patterns()["attribution_verbs"]
            actors.extend(p for a in child.children
                          if a.dep_ == "agent" or (attributed and a.lower_ in ("to", "on"))
                          for p in a.children if p.dep_ == "pobj")
            if not attributed:  # "a phone call made by X to Y"
                targets.extend(p for a in child.children if a.dep_ == "prep"
                               and a.lower_ in ("to", "with") for p in _objects_of(a))
    if not targets and noun.lemma_.lower() in word_set("resolve_nouns"):
        targets = [s for c in noun.children if c.dep_ in ("acl", "ccomp")  # "his request
                   for s in c.children if s.dep_ == "nsubj"]  # that the US extradite X"
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) and actors:
        return actors[:1], targets[:1]  # the pair, one each way
    verb = _governing_verb(noun)
    if verb is not None and [a.pos_ for a in actors] == ["PRON"] and (
        verb.lemma_.lower() in word_set("carry_on_verbs")
    ):  # not "police dispersed their demonstration"
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        actors = subjects or actors  # "farmers continued their strike": the farmers'
    if not actors and verb is not None and verb.lemma_.lower() in patterns()["attribution_verbs"]:
        actors = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                  for p in c.children if p.dep_ == "pobj"]  # "the bombing was blamed on X"
    if verb is not None and is_word(verb, "undergoing_verbs"):  # "Wren survived the attack"
        return _with_conjuncts(actors), _with_conjuncts(
            [c for c in verb.children if c.dep_ == "nsubj"] or targets)
    if not actors and verb is not None:
        subjects = ("nsubj", "nsubjpass") if verb.lemma_.lower() in word_set(
            "agentive_passives") else ("nsubj",)  # "forces were engaged in ethnic cleansing"
        actors = [c for c in verb.children if c.dep_ in subjects and _is_party(_group_head(c))]
        actors += [p for c in verb.children if c.dep_ == "agent"
                   for p in c.children if p.dep_ == "pobj"]  # "strikes were carried out by"
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


def _in_purpose(token: Token) -> bool:
    """Whether the verb is an infinitive of purpose put first ("to protect the fishing
    grounds, ..."), or a clause such an infinitive governs ("... to ensure that Wren
    cannot seize the accounts"): an aim, not an act ("sent troops to help Peru" names the
    help sent)."""
    verb, clause = token, False  # whether a clause with its own subject was passed
    for _ in range(3):
        if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ) and (clause or verb.i < verb.head.i):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        clause = clause or verb.dep_ == "ccomp"
        verb = verb.head
    return False


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
    return next((o for c in token.children if c.dep_ == "prep" and c.lower_ in (
        "to", "from", "into") for o in _objects_of(c) if _is_party(_group_head(o))), token)


def _spoken_for(token: Token) -> Token | None:
    """Whom a spokesperson speaks for: the possessor or the "for"/"of" phrase."""
    if token.lemma_.lower() not in word_set("speaking_for"):
        return None
    return next((c for c in token.children if c.dep_ == "poss"), None) or next(
        (o for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
         for o in _objects_of(c)), None)


def _label_kind(verb: Token) -> str | None:
    """"blame_labels" or "praise_labels" when a copula's complement is such a word, or is
    modified by one ("is a dictator", "was pathetic", "a weak candidate"), its head first;
    none when negated ("is no threat") or relational ("a victim of slander", "a friend of
    the dictator")."""
    complements = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if _negated_word(verb) or any(_negated_word(c) for c in complements) or any(
        p.dep_ == "prep" and p.lower_ == "of" for c in complements for p in c.children
    ):
        return None
    return label_kind([w for c in complements for w in [c, *(
        m for m in c.children if m.dep_ in ("amod", "compound", "conj"))]])


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


def _together(token: Token, actors: list[Token]) -> bool:
    """Two coordinated subjects of an act done together ("Peru and Chile could not reach
    an agreement"): with no other party, each is the other's target."""
    return len(actors) == 2 and actors[1] in actors[0].conjuncts and (
        token.lemma_.lower() in word_set("symmetric_acts"))


def _coordinated_before(token: Token) -> list[Token]:
    """The two conjuncts of the nearest coordination before ``token`` in its sentence
    ("both Kyiv and the separatists ... accusing each other")."""
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
    ):
        return True
    return token.tag_ == "NNS" and token.lower_.endswith(tuple(patterns()["agent_endings"])) and (
        token.lemma_.lower() not in patterns()["rule_nouns"]
    )


def _done_by_something(verb: Token) -> bool:
    """A passive done by a party or a weapon the parse does not name ("pressured by
    congress", "blown up by a missile"), not by a thing ("humbled by the result")."""
    return any(
        _is_party(_group_head(o)) or is_word(o, "weapon_words")
        for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    )


def _says_something(verb: Token) -> bool:
    """Whether a verb has a clause it says ("admitted that it would be hard")."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _is_party(token: Token) -> bool:
    """Whether a noun phrase names someone who can act, even unnamed ("officials", "the
    rebels", "it"), as opposed to a thing ("sovereignty")."""
    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or _sector_of(token) is not None
        or _is_people(token)
        or any(c.dep_ in ("amod", "compound") and lexicon.country_of(c.text)
               for c in token.lefts)  # "Armenian positions"
    )


def _sector_of(token: Token) -> str | None:
    """The sector a group noun names; a modifier that names one refines it ("separatist
    authorities" are rebels). Other nouns ("military aid") name no group."""
    table = lexicon.table("sector_words")

    def sector(word: Token) -> str | None:
        for name, nouns in table.items():
            if word.lower_ in nouns or word.lemma_.lower() in nouns:
                return name
        return None

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


def _negated(token: Token) -> bool:
    """"did not expel", "no talks", or an event a report leaves out ("makes no mention of
    X's request", "omits the request")."""
    if _negated_word(token):
        return True
    for ancestor in list(token.ancestors)[:4]:
        lemma = ancestor.lemma_.lower()
        if lemma in patterns()["omission_words"] or (
            lemma in patterns()["mention_words"] and _negated_word(ancestor)
        ):
            return True
    return False


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
    for ancestor in list(token.ancestors)[:3]:
        content = child.dep_ in ("xcomp", "ccomp", "acl", "pobj", "prep", "advcl", "nsubj",
                                 "dobj")
        if content and (ancestor.lemma_.lower() in wanted or any(
            c.dep_ in ("mark", "acomp") and c.lower_ in wanted for c in child.children
        )):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and c.lower_ in wanted for c in ancestor.children
        ):
            return True
        child = ancestor
    return any(c.dep_ == "mark" and c.lower_ in wanted for c in token.children)


def _governing_acts(token: Token) -> set[str]:
    """The speech-act types of the verbs the event is the content of ("asked X to ...")."""
    acts = patterns()["speech_acts"]
    found = set()
    child = token
    for ancestor in list(token.ancestors)[:3]:
        content = child.dep_ in ("xcomp", "ccomp") or (
            child.dep_ == "prep" and child.lower_ in ("for", "of")
        ) or (child.dep_ == "advcl" and any(  # "calling for Pardo to be expelled"
            c.dep_ == "mark" and c.lower_ == "for" for c in child.children))
        if content and ancestor.pos_ in ("VERB", "AUX"):
            spec = acts.get(ancestor.lemma_.lower())
            if spec is not None:
                found.add(spec["type"])
        child = ancestor
    return found


def _intent(token: Token) -> str | None:
    """"intent" when the event is announced for later ("will send", "agreed to send",
    "is ready to help"), "threat" when it is under "threaten"/"warn", else None."""
    intent = word_set("intent_words")
    if any(c.dep_ == "aux" and c.lower_ in intent for c in token.children):
        return "intent"
    head = token.head
    if token.dep_ in ("xcomp", "ccomp") and head.i != token.i:
        lemma = head.lemma_.lower()
        act = patterns()["speech_acts"].get(lemma)
        if act is not None and act["type"] == "THREATEN":
            return "threat"
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
    whom, or in its sentence; never with a weapon in the sentence ("troops crushed the
    uprising before the election"). A vote in an election is its turnout."""
    words = {t.lower_ for t in token.sent if t.i != token.i}
    if token.lemma_.lower() in word_set("ballot_verbs"):  # "Chileans voted in the municipal
        return any(t.lower_ in word_set("election_words")  # election": a turnout
                   for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                   for t in p.subtree)
    if token.lemma_.lower() not in word_set("contest_verbs"):
        return False
    if words & word_set("weapon_words"):
        return False
    electoral = word_set("election_words")
    slots = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    slots += [o for c in token.children if c.dep_ in ("agent", "prep")
              and c.lower_ in ("by", "in") for o in c.children if o.dep_ == "pobj"]
    if any(t.lower_ in electoral for o in slots for t in o.subtree):
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
               or (_abstract(s) and type_ != "COERCE")
               for s in _subjects(token))  # "Peruvian law bans ...": a standing rule


def _names_someone(token: Token) -> bool:
    """A noun phrase that is someone, named or by a group noun ("Wren", "the rebels"), not
    a thing of a country ("the Chilean response")."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in (
        "PERSON", "ORG", "GPE", "NORP") or _sector_of(token) is not None or _is_people(token)


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
    return subjects


def _abstract(subject: Token) -> bool:
    """A common noun that is no party and names no one ("the rise of terrorism threatens",
    "attacks threaten our way of life"), where the parse gives no group or country."""
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not _is_party(
        _group_head(subject)
    ) and not any(lexicon.country_of(t.text) for t in subject.subtree) and not any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in subject.lefts
    )  # "the Pellin Trade Council forum" is the Council's


def _verbal_attack(token: Token) -> bool:
    """"attacked", "slammed", "shot back" with no weapon in the sentence (between people:
    words)."""
    retort = token.lemma_.lower() == "shoot" and any(
        c.lower_ == "back" for c in token.children)  # "Pratt shot back"
    if token.lemma_.lower() not in patterns()["verbal_attack_verbs"] and not retort:
        return False
    weapons = word_set("weapon_words")
    return not any(t.pos_ == "NOUN" and (t.lower_ in weapons or t.lemma_.lower() in weapons)
                   for t in token.sent)  # "fired back" is no weapon


def _describes_document(token: Token) -> bool:
    """A participle describing a document ("the readout released by the PMO"); not the
    act a document calls for ("a resolution to expel the troops")."""
    return token.dep_ in ("acl", "relcl") and token.tag_ != "VB" and (
        token.head.lemma_.lower() in lexicon_words("documents")
    ) and _carrier(token) is None  # "issued a statement condemning X" is the condemning


def _hypothetical(token: Token) -> bool:
    """Under "could", "might", "if" ...; "would" in a clause a statement or a report
    reports is its "will" told in the past ("announced that he would resign"), no
    condition."""
    verbs = [token]  # "would have been able to seize": the condition of what governs it
    while verbs[-1].dep_ in ("xcomp", "acomp") and len(verbs) < 3:
        verbs.append(verbs[-1].head)
    return any(c.dep_ in ("aux", "mark") and c.lower_ in _conditions(verb)
               for verb in verbs for c in verb.children)


def _conditions(verb: Token) -> frozenset[str]:
    """The words that make ``verb`` hypothetical: without "would" in a clause a statement
    or a report tells ("said it would send", "news that the ministry would sue")."""
    told = (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in word_set("statement_verbs")) or (
        verb.dep_ == "acl" and verb.head.lemma_.lower() in word_set("report_nouns"))
    return word_set("hypothetical_markers") - word_set("reported_will") if told else word_set(
        "hypothetical_markers")


def _abroad(actors: list[Participant], targets: list[Participant]) -> bool:
    actor_countries = {(p.code or "")[:3] for p in actors if p.code}
    target_countries = {(p.code or "")[:3] for p in targets if p.code}
    return bool(actor_countries and target_countries and not actor_countries & target_countries)


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _extent(words, actors, targets, sentence: Span) -> tuple[int, int]:
    starts = [w.idx for w in words] + [p.start for p in actors + targets if p.end]
    ends = [w.idx + len(w) for w in words] + [p.end for p in actors + targets if p.end]
    start = max(min(starts), sentence.start_char)
    end = min(max(ends), sentence.end_char)
    return start, end


def _merge_repeated_meetings(events: list[FoundEvent]) -> list[FoundEvent]:
    """One CONSULT per pair of parties: "a phone call on Tuesday" and "in his call with
    Aalto" are the same call."""
    kept: list[FoundEvent] = []
    seen: dict[tuple, FoundEvent] = {}
    for event in events:
        key = (event.type, _parties(event.actors), _parties(event.targets))
        if event.type == "CONSULT" and event.actors and key in seen:
            first = seen[key]
            first.time = first.time or event.time
            continue
        seen.setdefault(key, event)
        kept.append(event)
    return kept


def _split_reciprocal(event: FoundEvent) -> list[FoundEvent]:
    """"Kyiv and the separatists accuse each other": one event each way."""
    pair = event.actors
    if len(pair) == 2 and event.targets == list(reversed(pair)):
        first = replace(event, actors=[pair[0]], targets=[pair[1]])
        second = replace(event, actors=[pair[1]], targets=[pair[0]])
        return [first, second]
    return [event]


def _parties(participants: list[Participant]) -> tuple:
    """Who takes part, for comparing events: each entity, else its code."""
    return tuple(p.entity or p.code for p in participants)


def _drop_identical(events: list[FoundEvent]) -> list[FoundEvent]:
    """One of events that say the same: type, trigger word and its offset, parties."""
    seen, kept = set(), []
    for event in events:
        key = (event.type, event.trigger, event.start, _parties(event.actors),
               _parties(event.targets))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _drop_restated(events: list[FoundEvent], doc: Doc) -> list[FoundEvent]:
    """One event per act said twice in a sentence: the same type and PLOVER mode, told
    alike (asserted or reported), by the same actor to the same target or to none
    ("agreed to support her plans", "to both back up and support X"); the first keeps the
    target either names, and the actors' code if it has none."""
    starts = [sentence.start_char for sentence in doc.sents]
    kept: list[FoundEvent] = []
    by_sentence: dict[int, list[FoundEvent]] = {}
    for event in sorted(events, key=lambda e: e.start):
        told = by_sentence.setdefault(bisect_right(starts, event.start), [])
        same = next((k for k in told
                     if (k.type, k.subtype) == (event.type, event.subtype) and k.actors
                     and _said_alike(k.mode, event.mode)
                     and _parties(k.actors) == _parties(event.actors)
                     and (not k.targets or not event.targets
                          or _parties(k.targets) == _parties(event.targets))), None)
        if same is None:
            kept.append(event)
            told.append(event)
            continue
        if not same.targets:
            same.targets = list(event.targets)
        if not any(p.code for p in same.actors):
            same.actors = list(event.actors)  # the same entity, coded in the other telling
    return kept


def _said_alike(mode: str, other: str) -> bool:
    """Whether two modes tell an act the same way (told by the writer or by a source)."""
    return mode == other or {mode, other} == {"asserted", "reported"}


def _drop_headline_repeats(events: list[FoundEvent], doc: Doc) -> list[FoundEvent]:
    """An event of the headline whose type the story tells again ("Police shoot man
    dead", then "The officers eventually shot him dead"): a headline sums up its story,
    so the story's telling, with its details, is kept."""
    titles = Regions((s, e) for kind, s, e in doc._.blocks or [] if kind == "title")
    told = {e.type for e in events if not titles.holds(e.start)}
    return [e for e in events if not titles.holds(e.start) or e.type not in told]


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


def _somewhere(verb: Token) -> bool:
    """Whether a visit has an object ("host talks") or a destination ("arrived in Kyiv")."""
    return any(c.dep_ == "dobj" for c in verb.children) or any(
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


def _split_coordinated(
    event: FoundEvent, most: int = settings.EVENT_CONJUNCTS_SPLIT
) -> list[FoundEvent]:
    """"Egypt and Jordan criticised X": one event per actor and target (up to ``most``
    of each), as event datasets code them."""
    actors, targets = _named_first(event.actors[:most]), _named_first(event.targets[:most])
    if len(actors) == 1 and len(targets) == 1:
        return [replace(event, actors=[a for a in actors if a],
                        targets=[t for t in targets if t])]
    return [
        replace(event, actors=[a] if a else [], targets=[t] if t else [])
        for a in actors for t in targets
        if a is None or t is None or a.entity is None or a.entity != t.entity
    ]


def _named_first(participants: list[Participant]) -> list[Participant | None]:
    """The conjuncts an event is split by: the named ones where any is named ("the police
    chief and two others were injured" is one event, of the chief), else all; [None] for
    none."""
    named = [p for p in participants if p.entity]
    return named or participants or [None]


def _drop_repeated_mentions(events: list[FoundEvent]) -> list[FoundEvent]:
    """A bare event noun that names an event already reported by the same actor ("the new
    Canadian sanctions" after "Canada imposed sanctions") is a mention, not a new event."""
    kept: list[FoundEvent] = []
    for event in sorted(events, key=lambda e: e.start):
        actors = _parties(event.actors)
        bare = " " not in event.trigger and event.time is None and not event.quantities
        mention = event.rule.startswith("nouns:") and event.mode != "negated"
        # "Despite X's call to ...": a mention whatever its mode, unless it says the act
        # was left out
        repeated = bare and any(
            k.type == event.type and (k.mode == event.mode or mention) and actors
            and _parties(k.actors) == actors
            and (mention or _parties(k.targets) == _parties(event.targets))
            for k in kept
        )  # a verb with another target is another act ("declared ..., arresting X")
        if not repeated:
            kept.append(event)
    return kept


@Language.factory(
    "rashomon_events",
    requires=["doc._.entities", "doc._.places", "doc._.timexes", "doc._.quotes", "token.dep",
              "token.head", "token.tag", "token.lemma", "doc.sents"],
    assigns=["doc._.events"],
    default_config={"statement_events": settings.STATEMENT_EVENTS, "excluded_rules": []},
)
def make_event_finder(
    nlp: Language, name: str, statement_events: bool, excluded_rules: list[str]
) -> EventFinder:
    """Factory of the ``rashomon_events`` component (add it after ``rashomon_quotes``)."""
    return EventFinder(nlp, name, statement_events=statement_events,
                       excluded_rules=tuple(excluded_rules))
