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
timex and the place, makes one event per actor and target and tells each act once
(``repeats``), and writes ``doc._.events``. ``excluded_rules`` leaves table entries out
(cross-validation). Reading the parse is split out: ``arguments`` finds actor and target
tokens and the codes of groups, ``clauses`` judges a trigger's clause (its mode, and
whether it names an act at all).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.actors import Entity, MentionIndex
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.extensions import register_extensions, warn_without_entities
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.events import non_events
from rashomon.nlp.events.arguments import (
    _carrier,
    _code,
    _controller,
    _coordinated_before,
    _doers,
    _foreign,
    _group_head,
    _is_body,
    _is_party,
    _is_people,
    _main_country,
    _named_by,
    _names_someone,
    _noun_frame,
    _owners,
    _passive,
    _plural_antecedent,
    _reciprocal,
    _same,
    _sector_of,
    _speaker_of_clause,
    _spoken_for,
    _stateless,
    _together,
    _verb_frame,
    _with_conjuncts,
    by_agents,
    phrase_extent,
)
from rashomon.nlp.events.clauses import (
    _abstract,
    _acted,
    _as_listed,
    _described_only,
    _describes_document,
    _done_by_something,
    _election_result,
    _governed_by,
    _governing_acts,
    _hypothetical,
    _in_a_name,
    _in_purpose,
    _intent,
    _label_kind,
    _market_move,
    _negated,
    _negated_word,
    _no_one_did,
    _promises_force,
    _refers_back,
    _says_no_act,
    _says_something,
    _somewhere,
    _thing_acts,
    _to_infinitive,
    _to_oneself,
    _unconventional,
    _verbal_attack,
    asked_about,
    expected_to,
    hearsay,
    in_a_question,
    named_in_sentence,
)
from rashomon.nlp.events.quantities import quantities_of
from rashomon.nlp.events.repeats import parties, told_once
from rashomon.nlp.events.triggers import (
    Trigger,
    demanded_of,
    find_triggers,
    is_word,
    patterns,
    verb_trigger,
    word_set,
)
from rashomon.nlp.events.types import FoundEvent, Participant
from rashomon.nlp.quotes import FoundQuote


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
            _says_no_act(cue) or non_events.claim_denied(cue) or non_events.hazard_warning(cue)
            or non_events.forecast(cue) or non_events.habitual(cue)
            or not _as_listed(cue, self.excluded)
            or (spec["type"] == "AGREE" and _promises_force(cue, self.excluded))
            or any(c.dep_ == "nsubj" and _abstract(c, speech=True) for c in cue.children)
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
        events = told_once(events, doc)
        events.sort(key=lambda e: (e.start, e.end))
        for number, event in enumerate(events, 1):
            event.id = f"V{number}"
        doc._.events = events


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
        self.trigger_at = {t.token.i: t for t in triggers}
        self.acts = self.trigger_at.keys() | statement_cues  # triggers and statement cues
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
        self.titles = Regions((s, e) for kind, s, e in doc._.blocks or [] if kind == "title")

    # Events from triggers

    def event(self, trigger: Trigger) -> FoundEvent | None:
        """The event a trigger tells, or None when it tells no act: first what its own
        words and clause say (``_names_no_act``), then its parties, type and mode, then
        what its parties say (``_no_act_among``)."""
        token = trigger.token
        if self._names_no_act(trigger):
            return None
        type_, cameo = trigger.type, trigger.cameo
        place = self._place_token(token)
        self.place_country = self.places.get(place[1]) if place else None
        actors, targets = self._participants(trigger)
        self.place_country = None  # read only while this event's participants resolve
        if type_ == "AGREE" and _promises_force(token, self.excluded):
            return None  # "pledged to bomb": the bombing, threatened, is the event
        if type_ == "ASSAULT" and non_events.harm_without_hand(token) and not any(
            _is_hand(p) and not self._named_as(p, "harmless_causes") for p in actors
        ):
            return None  # "a fire killed two workers", "hurt by the mayor's agenda"
        if _words_only(trigger) and any(
            _armed(p) or self._named_as(p, "armed_nouns") for p in actors
        ):
            return None  # "the rebels took aim at the soldiers": their shots are the act
        if type_ in ("ASSAULT", "ACCUSE") and self._rivals_compete(token, actors, targets):
            return None  # "Sanders crushed Clinton in the Granite State", "fought off
            # another challenge from Ruiz": a contest between rivals, no force
        if type_ == "ASSAULT" and not actors and _passive(token):
            actors = self._hands_in_the_incident(token)  # "killed in clashes with police"
        if type_ == "ASSAULT" and self._in_words_only(token, actors, targets):
            type_, cameo = "ACCUSE", "111"  # "Dell attacked Pratt, calling her ...", "a
            # tweet that attacked Ruiz", "fired back at Wren's remarks"
            if is_word(token, "patient_nouns"):  # "his verbal assault on Ruiz": his words
                owners = [p for c in token.children if c.dep_ == "poss"
                          for p in [self.participant(c)] if p]
                actors, targets = actors or owners, [t for t in targets if t not in owners]
            targets = targets or self._owners_of_words(token, "at") or [
                p for thing in non_events.judged_things(token)
                for p in map(self.participant, _owners(thing)) if p]  # "her character"
            actors = actors or self._owners_of_words(token, "nsubj") or self._sponsors(
                token) or self._wielders(token)  # "a tweet by Ruiz attacked Wren"; "the PAC
            # aired ads attacking Wren"; "responded with attacks on Wren"
        if type_ == "ACCUSE" and not targets:
            targets = self._accused_in_clause(token, actors)
        if type_ in word_set("judging_types") and not targets:
            targets = self._makers_of_what_is_judged(token, actors)  # "hailed Ruiz's speech"
        if is_word(token, "partner_verbs"):  # "talked about her visit to Peru": a topic
            targets = [t for t in targets
                       if not any(a <= t.start < b for a, b in non_events.topics(token))]
        if type_ == "CONSULT" and not targets and len(actors) < 2:  # "by phone with Wren"
            targets = [p for p in map(self.participant, non_events.met_with(token)) if p]
        if cameo in patterns()["fundraising_codes"] and self._fundraising(token, actors):
            money = [c for c in token.children if c.dep_ == "dobj"]
            targets = [p for w in [token, *money] for p in self._held_for(w)]
            if not targets or any(map(_negated_word, money)):
                return None  # "raised $33 million": fundraising, to no one; "will raise no
                # money for Vidal": no aid
            type_, cameo = "AID", "071"  # "raised money for liberal candidates": given to them
        if self._no_one_acted_on(token, type_, actors, targets, trigger.subtype):
            return None
        mode = self._mode(token)
        if trigger.object is not None and _negated_word(trigger.object):
            mode = "negated"  # "has offered no plans", "give no support to the fighters"
        if type_ == "REQUEST" and "REQUEST" in _governing_acts(token):
            return None  # "asked the UN to urge Peru to free them": one request, the UN's
            # urging is what is asked for
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
        for purpose in [c for c in token.children if not targets and c.dep_ == "advcl"
                        and self._purpose_of_same_act(c, type_)]:
            targets = [t for t in map(self.participant, _verb_frame(purpose, None)[1]) if t]
            # "marched to protest against Chile's tariffs": one protest, against Chile
        if type_ in word_set("venue_free_types"):  # "rallied at the Plaza de Armas", "hosted
            # the debate at the Hotel Miramar": where, not against or with whom
            targets = [t for t in targets if self.entities.get(t.entity) is None
                       or self.entities[t.entity].type not in ("FAC", "LOC")]
        if not targets and not is_word(token, "hosting_verbs") and (
            trigger.subtype == "visit" or type_ in patterns()["place_targets"]
        ):  # a visit's place is its target; where one hosts is one's own
            targets = [t for t in [self._place_target(token)] if t]
        words = [token] + ([trigger.object] if trigger.object is not None else [])
        start, end = _extent(words, actors, targets, token.sent)
        source = self._source(token)
        if mode == "asserted":
            mode = patterns()["type_modes"].get(type_, mode)
        counts = quantities_of(trigger) + self.tolls.get(token.i, [])
        if self._no_act_among(trigger, type_, cameo, actors, targets, counts):
            return None
        found = FoundEvent(
            type=type_, cameo=cameo, subtype=trigger.subtype,
            trigger=" ".join(w.text for w in sorted(words, key=lambda w: w.i)),
            start=start, end=end, mode="reported" if mode == "asserted" and source else mode,
            actors=actors, targets=targets, time=self._time(token),
            place=self._place(token), quantities=counts,
            source=source, depth=_depth(token), rule=trigger.rule,
        )
        return found

    def _names_no_act(self, trigger: Trigger) -> bool:
        """Whether a trigger's words and clause say it names no act of its own: a toll, a
        description, a market move, a name, an aim, an idiom, one act told by two verbs."""
        token = trigger.token
        if token.i in self.told_by:
            return True  # the toll of an event noun: counted on the noun's event
        labels = trigger.rule.startswith("labels:")
        if _describes_document(token) or _described_only(token, trigger.type) or (
            _refers_back(token)
        ) or (
            _says_no_act(token) and not labels
        ):
            return True  # "a readout released by ...", "the threat posed by ...", "blamed
            # X for the attack"
        if _market_move(token) or _election_result(token) or _thing_acts(token, trigger.type):
            return True  # "the index eased 0.1 percent", "a licence allowing him to ..."
        if _in_a_name(token) or _to_oneself(token):
            return True  # "the Global Coalition to Defeat ISIS", "killed himself"
        if _in_purpose(token) or self._purpose_of_same_act(token, trigger.type):
            return True  # "to curb the spread, the government banned travel": an aim;
            # "rallied to protest the results": one protest
        if self._carries_an_act(token):
            return True  # "sent a letter requesting ...": the request is the act
        if non_events.no_act(token) or ((
            trigger.type in word_set("force_types") or _verbal_attack(token)
        ) and non_events.figurative_object(token, _verbal_attack(token) and not (
            named_in_sentence(token, "armed_nouns")))):  # "gunmen hit a rally" is force
            return True  # "felt compelled to", "tend to", "charging $30,000", "seized on the
            # scandal", "denied that he would run", "resigned to become ambassador"
        if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in word_set(
            "qualified_nouns"
        ) and _to_infinitive(token):
            return True  # "too many things for me to dismiss", "the impetus to oppose him"
        if token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_ == "be" and any(
            s.dep_ == "nsubj" and _names_someone(_group_head(s)) for s in token.head.children
        ):
            return True  # "Wren was a threat to the port" says what Wren is ("the response
            # was an airstrike" tells one)
        refusal = self.trigger_at.get(token.head.i)
        if token.dep_ == "xcomp" and refusal is not None and (refusal.type == "REJECT" or (
            refusal.type == "THREATEN" and trigger.type not in patterns()["threat_codes"]
        )):
            return True  # "refused to negotiate with Kabul", "threatened to veto the bill":
            # one act, the refusal's or the threat's ("threatened to impose sanctions" is
            # a threat of sanctions, coded as such)
        return self._goes_on_with_an_act(token)  # "continued her attacks against Wren":
        # the noun tells the act

    def _no_act_among(self, trigger: Trigger, type_: str, cameo: str,
                      actors: list[Participant], targets: list[Participant],
                      counts: list) -> bool:
        """Whether a trigger, its parties and counts read, tells no act: no one named,
        force with no one armed and no one hit, a visit to nowhere, a dictionary verb or
        a bare request of no named party."""
        token = trigger.token
        if not (actors or targets or counts) and not _no_one_did(token):
            return True  # "to support the sovereignty", "some called for ...", "it does
            # not kill its host": no one named ("nobody was arrested" says that no one was)
        if type_ == "ASSAULT" and non_events.advocacy(token) and not self._armed_act(
            token, actors
        ):
            return True  # "fighting for working people"; not "rebels fought for the town"
        if type_ == "ASSAULT" and not (targets or counts) and not (
            self._armed_act(token, actors) or named_in_sentence(token, "weapon_words")
            or _no_one_did(token)
        ):
            return True  # "farmers are wrestling over their choice", "the campaign is
            # dominating the airwaves": force done to no one, by no state or armed force,
            # with no weapon, armed men or toll named ("Chile bombed the camps" is force)
        if self._no_trip(trigger, type_, actors, targets):
            return True  # "arriving by train", "came to power", "then flew home"
        if trigger.rule.startswith("cameo:") and (not (actors or targets) or not _acted(token)):
            return True  # the dictionary codes acts between named actors
        if trigger.bare and not actors and not _done_by_something(token) and not (
            _passive(token) and cameo.startswith(tuple(patterns()["done_to_codes"]))
            and not any(c.dep_ == "agent" for c in token.children)  # not "hit by a car"
            and any(p.entity for p in targets)
        ):
            return True  # a dictionary verb alone codes what a named party does, or what
            # is done to one ("Wren was charged with fraud")
        if trigger.rule == "demands:modal" and not targets:
            return True  # "said inflation should ease" asks no one
        if trigger.bare and not targets and (
            type_ in word_set("directed_types") or _inquiry_into_nothing(token, cameo)
        ):
            return True  # "celebrating", "encourage that", "monitoring cyberspace": praise, a
            # request or an inquiry of no one
        if type_ in word_set("partner_types") and not targets and (
            len(actors) < 2 or _passive(token)
        ) and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) and not any(
            c.dep_ == "nsubj" and _names_sides(c) for c in token.children
        ):
            return True  # "the film was directed by Ruiz and Vidal", "released a memo": no
            # partner ("French and Egyptian warships launched war games": each other's)
        return bool(trigger.bare and not targets and _says_something(token))  # "admitted
        # that it would be hard", "argued that ...": no act

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

    def _makers_of_what_is_judged(self, verb: Token, actors: list[Participant]
                                  ) -> list[Participant]:
        """Whose thing a verb of praise, blame or refusal judges ("hailed the nominee's
        speech", "rejected Peru's proposal"): its possessor, when a party other than the
        judge (in "opposes privatization of the pension fund" the "of" phrase is the thing)."""
        if verb.pos_ != "VERB":
            return []
        things = _with_conjuncts([c for c in verb.children if c.dep_ == "dobj"])
        owners = [o for t in things for o in t.children if o.dep_ == "poss"]
        return [p for p in map(self.participant, owners)
                if p is not None and parties([p]) != parties(actors[:1])]

    def _accused_in_clause(self, verb: Token, actors: list[Participant]) -> list[Participant]:
        """Who an accusation said as a clause accuses: the clause's subject ("alleged that
        Wren had libeled him": Wren), also the clause of a participle of saying when the
        act names nothing else it is aimed at ("hit back, saying that Wren was not fit":
        Wren; not "condemned the bombing, saying that Harwick stood with the victims"),
        and the owner of what the subject judges ("stating that Wren's judgment was
        lacking"), when it is a party other than the accuser."""
        aimed = any(c.dep_ == "dobj" and not is_word(c, "attack_line_nouns")
                    and not is_word(c, "message_nouns")
                    for c in verb.children)  # "condemned the bombing, saying ...": the
        # bombing is what is condemned, not the clause's subject
        saying = [] if aimed else [a for a in verb.children if a.dep_ in ("advcl", "xcomp")
                                   and a.tag_ == "VBG"
                                   and a.lemma_.lower() in word_set("statement_verbs")]
        told = _with_conjuncts([s for v in [verb, *saying] for c in v.children
                                if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"])
        told = [next((p for p in s.children if p.dep_ == "poss"), s)
                if is_word(s, "judged_things") else s for s in told]
        return [t for t in map(self.participant, told)
                if t is not None and parties([t]) != parties(actors[:1])]

    def _armed_act(self, token: Token, actors: list[Participant]) -> bool:
        """Whether an act of force is done by a party that wields force or with armed men
        named in its sentence ("rebels", "gunmen")."""
        return any(map(self._wields_force, actors)) or named_in_sentence(token, "armed_nouns")

    def _named_as(self, participant: Participant, kind: str) -> bool:
        """Whether the words that name a party hold a word of ``kind``: armed men ("the
        rebels", "gunmen": ``armed_nouns``), a hazard ("Typhoon Rell":
        ``harmless_causes``)."""
        span = self.doc.char_span(participant.start, participant.end, alignment_mode="expand")
        return span is not None and any(is_word(t, kind) for t in span)

    def _wields_force(self, participant: Participant) -> bool:
        """A party whose force is force: a state named as itself ("Chile bombed"), or a
        group coded with a sector of its own or by its country alone (troops, rebels,
        students, "Peruvian fans"); not a person or a body of politics, business or the
        press (``speech_sectors``), whose "attacks" on no one named are words."""
        entity = self.entities.get(participant.entity)
        code = participant.code or ""
        if entity is not None and entity.type == "GPE":
            return lexicon.is_country_code(code)
        if code[3:6] in word_set("speech_sectors"):
            return False
        return bool(code[3:6]) or (entity is None and bool(code))  # "Peruvian fans"

    def _goes_on_with_an_act(self, verb: Token) -> bool:
        """A verb of going on with an act whose object is that act's noun ("continued her
        attacks", "stepped up its raids on the port"): the noun's event tells it."""
        return is_word(verb, "aspect_verbs") and any(
            c.dep_ == "dobj" and c.i in self.noun_triggers for c in verb.children)

    def _purpose_of_same_act(self, verb: Token, type_: str) -> bool:
        """An infinitive of purpose that names again the act of the verb it hangs on."""
        head = self.trigger_at.get(verb.head.i)
        return verb.dep_ == "advcl" and head is not None and head.type == type_ and (
            type_ in word_set("restated_purpose_types")) and _to_infinitive(verb)

    def _carries_an_act(self, verb: Token) -> bool:
        """Whether the verb sends or issues a document whose participle is an act of its
        own ("sent a letter requesting ...")."""
        return any(a.i in self.acts and _same(_carrier(a), verb) for o in verb.children
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

    def _hands_in_the_incident(self, token: Token) -> list[Participant]:
        """Who did a violence told in the passive, as the incident it happened in names
        them ("killed in confrontations with police", "in police-involved shootings")."""
        incidents = non_events.objects_after(token, ("in",))
        named = [o for i in incidents for o in non_events.objects_after(i, ("with", "by"))]
        if named:
            return [p for p in map(self.participant, named[:1]) if p]
        for incident in incidents:  # "in police-involved shootings", "in a Chilean police
            sector = next((_sector_of(t) for t in incident.subtree  # raid": CHLCOP
                           if t.i < incident.i and _sector_of(t)), None)
            country = self._country_of_group(incident)[1] or self.main_country
            if sector and country:
                start, end = phrase_extent(incident)
                return [Participant(None, _code(country, sector), start, end)]
        return []

    def _owners_of_words(self, token: Token, slot: str) -> list[Participant]:
        """Whose message an attack is aimed at ("fired back at Wren's remarks": Wren) or
        made by ("a tweet by Ruiz attacked Wren", "Ruiz's ad attacked Wren"): the owner of
        the message noun in ``slot`` (a preposition or "nsubj")."""
        phrases = [c for c in token.children if c.dep_ == "nsubj"] if slot == "nsubj" else (
            non_events.objects_after(token, (slot,)))
        words = [w for w in phrases if is_word(w, "message_nouns")]
        owners = [p for w in words for p in w.children if p.dep_ == "poss"]
        owners += [o for w in words for o in non_events.objects_after(w, ("by",))]
        return [p for p in map(self.participant, owners) if p]

    def _sponsors(self, token: Token) -> list[Participant]:
        """Who puts out or pays for the message an attack is made in: the subject of the
        verb that airs or pays for it, or of the verb that reports that spending ("the PAC
        aired ads attacking Wren", "the fund reported spending $1 million on ads attacking
        Wren", "spent $4 million attacking Wren")."""
        if token.dep_ != "acl" or not (is_word(token.head, "message_nouns")
                                       or non_events.a_sum_of_money(token.head)):
            return []
        message = token.head
        verb = next((a for a in list(message.ancestors)[:4] if a.pos_ == "VERB"), None)
        if message.dep_ not in ("dobj", "pobj") or verb is None:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _controller(verb)
        return [p for p in map(self.participant, subjects) if p]

    def _in_words_only(self, token: Token, actors: list[Participant],
                       targets: list[Participant]) -> bool:
        """An attack made in words: "attacked", "slammed" between people with no weapon in
        the sentence, or by, at or in a message, or a verb news uses for words ("ripped")
        done by a person; never by an armed group or a crowd, nor with violence told
        beside it ("attacked the press, injuring two reporters")."""
        attacks = [token, *(c for c in token.children if c.dep_ == "dobj" and (
            is_word(c, "verbal_attack_verbs") or is_word(c, "attack_line_nouns")))]
        if any(c.dep_ == "amod" and is_word(c, "word_modifiers")
               for noun in attacks for c in noun.children):
            return True  # "his verbal assault on Ruiz", "launched a blistering attack on"
            # (not "came to dominate political discourse")
        if not _verbal_attack(token) or self._force_beside(token):
            return False
        if self._people(actors) and (not targets or self._people(targets)):
            return True
        harmed = any(is_word(t, "bodily_harm_words") for t in token.sent)
        if self._people(targets) and not any(map(_armed, actors)) and not harmed and any(
            is_word(t, "message_nouns") for t in token.sent
        ):
            return True  # "began her speech ... and followed with a frontal attack on Vidal",
            # "paid to attack Vidal by skywriting nasty messages"
        thrown = any(c.dep_ == "dobj" and not _is_party(_group_head(c)) for c in token.children)
        forceful = any(is_word(c, "force_modifiers") for c in token.lefts)  # "arson attacks"
        unarmed = not any(_armed(t) and not self._a_people(t) for t in targets)
        if targets and unarmed and not thrown and not forceful and not harmed and ((
            self._people(actors) and all(map(self._in_politics, targets))) or (
            not actors and token.tag_ == "NNS" and all(map(self._named_in_politics, targets))
        ) or (token.tag_ == "NNS" and self._a_person_s(token))):
            return True  # "Vidal attacked some lawmakers", "relentless attacks on Ruiz and
            # the Labour Party", "his attacks on financiers" (not "an attack on Ruiz", "the
            # attacks on Ruiz left her with a broken arm", "fired batteries at Velmora", "his
            # attack on club goers", "attacks on journalists doubled", "arson attacks on the
            # party's offices")
        if any(_armed(p) for p in actors):
            return False
        if non_events.judged_things(token):
            return True  # "attacks on her character", "attacked Wren's record"
        if not actors and self._people(targets) and token.tag_ == "VBG" and (
            token.dep_ in ("pcomp", "advcl", "xcomp", "ccomp")
            or (token.dep_ == "acl" and is_word(token.head, "message_nouns"))
        ):
            return True  # "ads attacking Ruiz", "beat Ruiz by attacking Wren" (not "those
            # attacking Ruiz fled", "the attacks on Ruiz left her injured")
        paid = token.head.head if token.dep_ == "acl" and non_events.a_sum_of_money(
            token.head) else token.head
        if token.tag_ == "VBG" and token.dep_ in ("xcomp", "advcl", "acl") and is_word(
            paid, "spending_verbs"
        ) and not any(_armed(p) for p in actors):
            return True  # "the group spent $4 million attacking Ruiz": paid-for words
        if non_events.faulted_for(token) and actors and not self._armed_act(token, actors):
            return True  # "senators attacked Wren for how he ran the inquiry"; not "rebels
            # attacked the village for refusing to pay"
        return non_events.in_words(token) or (is_word(token, "word_attack_verbs") and bool(
            actors) and all(_is_hand(p) for p in actors))  # "Chile's ministry ripped Peru"

    def _a_person_s(self, noun: Token) -> bool:
        """Whether a noun is one person's ("his attacks", "Vidal's attacks"): a string of
        them, made by no armed force, is a campaign of words."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        return bool(owners) and all(
            o.lower_ in _one_persons_possessives() or self._people(
                [p for p in [self.participant(o)] if p]) for o in owners)

    def _wielders(self, token: Token) -> list[Participant]:
        """Who makes attacks "with" which a verb of theirs is done ("Vidal responded with
        attacks on Ruiz", "sought to rally the party with attacks on Ruiz")."""
        verb = token.head.head
        if token.dep_ != "pobj" or token.head.lower_ != "with" or verb.pos_ not in ("VERB", "AUX"):
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _controller(verb)
        return [p for p in map(self.participant, subjects) if p]

    def _a_state(self, participant: Participant) -> bool:
        """A country or a place named as itself ("Velmora")."""
        entity = self.entities.get(participant.entity)
        return entity is not None and entity.type == "GPE"

    def _of_the_state(self, participant: Participant) -> bool:
        """A state, named or by a body of its own (``state_sectors``: "Velmora",
        "Velmoran police", "the interior minister"), or an armed group that holds ground
        ("the rebels let aid trucks in"), whose leave is a concession."""
        code = participant.code or ""
        span = self.doc.char_span(participant.start, participant.end, alignment_mode="expand")
        bodies = word_set("state_sectors") | word_set("force_sectors")
        return self._a_state(participant) or (len(code) == 3 and code.isalpha()) or (
            code[3:6] in bodies) or self._named_as(participant, "armed_nouns") or any(
            _sector_of(t) in bodies for t in span or ())  # "the Velmoran government"

    def _named_in_politics(self, participant: Participant) -> bool:
        """A named person or a named political party ("the Labour Party": ``party_words``):
        whom attacks told with no attacker and no weapon are made on in words."""
        entity = self.entities.get(participant.entity)
        return entity is not None and (entity.type == "PERSON" or (
            entity.type == "ORG" and entity.name.split()[-1].lower() in word_set("party_words")))

    def _in_politics(self, participant: Participant) -> bool:
        """One of those, a party of politics (``word_target_sectors``: "some lawmakers")
        or a people named by nationality or faith ("Vidal's attacks on Mexicans"), whom a
        named person's attacks with no weapon are made on in words."""
        return self._named_in_politics(participant) or (
            participant.code or "")[3:6] in word_set("word_target_sectors") or self._a_people(
            participant)

    def _a_people(self, participant: Participant) -> bool:
        """A people named by nationality or faith ("Mexicans", "Muslims")."""
        entity = self.entities.get(participant.entity)
        return entity is not None and entity.type == "NORP"

    def _rivals_compete(self, token: Token, actors: list[Participant],
                        targets: list[Participant]) -> bool:
        """A verb of winning, of force or of campaigning ("campaigned against Ruiz in the
        primary") between named people, with a word of a contest
        (``rivalry_cues``, ``election_words``, or "over" an issue) and no weapon in the
        sentence ("crushed Clinton in the Granite State", "has battled with the mayor over
        the budget", "overtook Bush in polling"), or between named people joined as its
        subject ("Vidal and Ruiz will battle it out for the nomination"), or where one
        beats the other in places ("overwhelmed Ruiz in Pellin and Harwick"): rivals
        competing, not an attack."""
        lemma = token.lemma_.lower()
        cues, votes = word_set("rivalry_cues"), word_set("election_words")
        contest = any(t.lower_ in cues or t.lower_ in votes for t in token.sent) or any(
            c.dep_ == "prep" and c.lower_ == "over" for c in token.children) or _won_in_places(
            token) or (
            lemma in word_set("electoral_defeat_verbs") and not any(
                map(_armed, actors + targets)))  # "can defeat Ruiz in November"; not
        # "General Vidal defeated rebel leader Wren"
        rivals = self._people(targets) or (not targets and (len(actors) > 1 or any(
            c.dep_ == "dobj" and is_word(c, "election_words") for c in token.children)))
        # "preparing to battle the presumptive nominee": a rival named by the race
        return (lemma in word_set("contest_verbs") or lemma in word_set("rivalry_verbs")) and (
            contest and self._people(actors) and rivals
            and not named_in_sentence(token, "weapon_words"))  # not "fought Vidal in a bar"

    def _force_beside(self, token: Token) -> bool:
        """Whether an act of violence is told with an attack ("attacked the press, injuring
        two reporters", "attacked Ruiz, who was stabbed twice"), not as its reason
        ("attacked Wren for ordering the bombing", "over the army's attack")."""
        reasons = {t.i for c in token.children if c.dep_ in ("prep", "advcl")
                   and (c.lower_ in word_set("reason_words") or any(
                       m.dep_ == "mark" and m.lower_ in word_set("reason_words")
                       for m in c.children)) for t in c.subtree}
        return any(t.i != token.i and t.i not in reasons and t.i in self.trigger_at
                   and self.trigger_at[t.i].type == "ASSAULT"
                   and not (t.dep_ == "conj" and t.lemma_ == token.lemma_
                            and _on_a_topic(token) and _on_a_topic(t))
                   for t in token.subtree)  # "hit Wren on taxes and hit him on guns":
        # one attack in words, told twice (not "hit Wren in the face and hit her aide")

    def _no_one_acted_on(self, token: Token, type_: str, actors: list[Participant],
                         targets: list[Participant], subtype: str | None) -> bool:
        """What names no one acted on: "the threat to society is not X" (a danger),
        "released a memo", "opposes a wage increase", a candidate's rally, talk with no
        one, a body's own meeting, "attended the party"."""
        if token.pos_ == "NOUN" and type_ == "THREATEN" and not actors and (
            token.dep_ in ("nsubj", "attr") and token.head.lemma_ == "be"
        ):
            return True
        if non_events.publishes_only(token, targets) or non_events.stance_without_party(
            token, targets
        ):
            return True
        if type_ == "PROTEST" and non_events.campaign_rally(
            token, self._people(actors) or self._people(self._held_for(token))
        ):
            return True  # "Vidal's rallies", "at a rally for Ruiz"
        if type_ == "MOBILIZE" and not self._forces_moved(token, actors):
            return True
        if type_ == "CONCEDE" and is_word(token, "permission_verbs") and (not any(
            map(self._of_the_state, actors)) or non_events.a_result(token)
        ):
            return True  # "the loophole allows buyers to", "the service allows users to",
            # "the paper allowed him to": what a rule or a body permits is no concession;
            # nor what a fact lets happen ("was no party to the truce, allowing it to ...")
        return type_ == "CONSULT" and (
            non_events.speaks_to_the_press(token)
            or non_events.meeting_without_partner(token, subtype != "visit", actors, targets)
            or non_events.meets_itself(token, targets)
            or non_events.attends_no_gathering(token, targets))

    def _fundraising(self, token: Token, actors: list[Participant]) -> bool:
        """Money raised (``fundraising_verbs``) from no one named and by no state: a
        campaign's fundraising, no appeal for aid ("Velmora raised funds from donors" is
        one)."""
        return is_word(token, "fundraising_verbs") and not any(
            map(self._of_the_state, actors)) and not non_events.objects_after(token, ("from",))

    def _held_for(self, token: Token) -> list[Participant]:
        """Those a gathering is held "for" ("a rally for Ruiz"), who it is in aid of."""
        return [p for p in map(self.participant, non_events.objects_after(token, ("for",))) if p]

    def _forces_moved(self, token: Token, actors: list[Participant]) -> bool:
        """Whether a verb of mobilising moves force or raises an alert (PLOVER MOBILIZE):
        armed men, police or weapons as what it moves ("deployed 300 troops", "police
        were deployed"), units, reserves or an alert (``mobilised_things``), or a state or
        an armed group doing it with no thing named ("Velmora mobilised", "the rebels
        mobilized hundreds of men"); not "deployed
        new encryption", "garnered praise", "was stationed in Pellin as a clerk",
        "mobilized voters" (but "mobilized supporters to storm the parliament"). The table's
        nouns (exercises, a deployment) are force."""
        if token.pos_ == "NOUN":
            return True
        moved = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        purposes = [c for c in token.children if c.dep_ in ("xcomp", "advcl")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if all(_is_party(_group_head(o)) for o in moved) and any(
            p.i in self.trigger_at and self.trigger_at[p.i].type in word_set("force_types")
            for p in purposes
        ):
            return True  # "mobilized supporters to storm the parliament"
        heads = [_group_head(o) for o in moved]
        if any(is_word(h, "mobilised_things") or is_word(h, "armed_nouns")
               or is_word(h, "weapon_words") or _sector_of(h) in word_set("force_sectors")
               for h in heads):
            return True
        armed = any(
            (p.code or "")[3:6] in word_set("force_sectors") or self._named_as(p, "armed_nouns")
            or self._a_state(p) for p in actors)  # "Velmora mobilised", "the rebels
        # mobilized hundreds of men"
        return armed and all(_is_people(h) or is_word(h, "armed_nouns") for h in heads)

    def _no_trip(self, trigger: Trigger, type_: str, actors: list[Participant],
                 targets: list[Participant]) -> bool:
        """Whether a visit, or a consultation a travel verb tells, takes no one anywhere:
        no destination and no one met ("was arriving by train", "flew in from Lima", "came
        to power"), a visit barred ("banned from flying to Lima"), or a journey with no
        traveller named, with someone carried ("flying the president to the hospital") or
        home ("then flew home")."""
        token = trigger.token
        travel = is_word(token, "travel_verbs")
        if not (trigger.subtype == "visit" or (type_ == "CONSULT" and travel)):
            return False
        if not _somewhere(token) and all(t.entity in self.places for t in targets):
            return True
        if trigger.subtype == "visit" and token.dep_ == "pcomp" and is_word(
            token.head, "unmade_trip_prepositions"
        ):
            return True
        return travel and (not actors or any(
            (c.dep_ == "dobj" and is_word(token, "transport_verbs")) or c.lower_ == "home"
            for c in token.children))

    def _people(self, participants: list[Participant]) -> bool:
        """Whether there are participants and each is a named person."""
        return bool(participants) and all(
            p.entity in self.entities and self.entities[p.entity].type == "PERSON"
            for p in participants
        )

    def _headline_passive(self, token: Token, type_: str) -> bool:
        """A headline's bare participle of violence or coercion with a subject and no
        object ("Four teenagers shot at party", "Mayor arrested"): a passive without its
        "were"."""
        return type_ in word_set("headline_passive_types") and token.tag_ in ("VBN", "VBD") and (
            self.titles.holds(token.idx)) and any(c.dep_ == "nsubj" for c in token.children
        ) and not any(c.dep_ in ("dobj", "aux", "auxpass", "dative") for c in token.children)

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
        elif self._headline_passive(token, trigger.type):
            actor_tokens = by_agents(token)  # "Four teenagers shot at party"
            target_tokens = [c for c in token.children if c.dep_ == "nsubj"]
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
        if len(actor_tokens) >= 2 and is_word(token, "symmetric_acts"):
            target_tokens = [t for t in target_tokens if _is_party(_group_head(t))]  # "Ruiz
            # and Wren clashed on the debate stage": where, not with whom
        reciprocal = _reciprocal(token)
        if reciprocal:
            pair = _reciprocal_pair(token, actor_tokens)
            actor_tokens, target_tokens = pair, list(reversed(pair))
        if not trigger.rule.startswith("cameo:"):  # the dictionary codes named parties
            actor_tokens = [u for t in actor_tokens for u in self._taken_up(t, token)]
        actors = [p for p in (self.participant(t) for t in actor_tokens) if p]
        targets = [p for p in (self.participant(t) for t in target_tokens) if p]
        if not targets and len(actors) >= 2 and _together(token, actor_tokens, trigger.object):
            reciprocal = True  # two: each way; more: each pair once (``told_once``)
            targets = list(reversed(actors)) if len(actors) == 2 else list(actors)
        own = {p.entity for p in actors if p.entity}
        if not reciprocal:  # "Dell says Pratt is attacking him": not herself
            targets = [p for p in targets if p.entity not in own]
        return actors, targets

    def participant(self, token: Token) -> Participant | None:
        """The entity and code a noun phrase names: a named entity, or a group named by
        its country's adjective and a sector noun ("Canadian soldiers", "separatists"); a
        group with no country belongs to the country the article is about."""
        counted = _group_head(token)
        if counted is token or _is_party(counted) or not _is_body(token):
            token = counted  # "a group of rabbis" whose rabbis no list knows: the group
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
            if token.lower_ in word_set("first_person_plural"):  # '"We warn Peru," said a
                return self._quoting(token, speaks_for=True)  # spokesman for the rebels'
        start, end = phrase_extent(token)
        if found is not None:
            entity = found[0]
            if token.left_edge.idx <= found[1] and found[2] <= token.right_edge.idx + len(
                token.right_edge
            ):  # "Chile's president Ana Ruiz", "the minister, Ana Ruiz": with the name
                start, end = min(start, found[1]), max(end, found[2])
            country = entity.country or self.places.get(entity.id)
            if country is None and entity.type in ("PERSON", "NORP", "ORG"):
                country = self._country_of_group(token)[1]  # "Nigerian minister X"
            sector = _sector_of(token) or entity.sector
            if country is None and _sector_of(token) and not _named_by(token):
                country = self.place_country or self.main_country  # the story's rebels
            if country is None:
                return Participant(entity.id, _stateless(entity.code), start, end)
            return Participant(entity.id, _code(country, sector), start, end)
        group = self._group(token, start, end)
        if group is None and is_word(token, "affiliate_nouns"):  # "Ruiz supporters": their
            return Participant(None, None, start, end)  # words, with no code
        return group

    def _named_in_phrase(self, token: Token) -> tuple[Entity, int, int] | None:
        """The entity a name in a group's phrase gives it ("the APEC forum", "the Keller
        campaign"), unless the phrase names a country ("the Palestinian X movement" is
        coded PSE, whatever X's own entry says)."""
        names = [t for t in token.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"]
        if not names or token.pos_ not in ("NOUN", "PROPN") or is_word(token, "affiliate_nouns"):
            return None  # "a Wren supporter" is not Wren
        if _sector_of(token):  # "a Brevard County deputy sheriff" is no county
            names = [n for n in names if n.ent_type_ not in ("GPE", "LOC", "FAC")]
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
        if country is None:  # "police", "a young woman", "the union" of no known country:
            return Participant(None, None, start, end) if (  # their words
                sector is not None or _is_people(token) or _is_body(token)) else None
        code = _code(country, sector)
        if country_entity is not None and not (
            sector in word_set("state_sectors")
            and lexicon.country_of(self.entities[country_entity].name)  # "India", "Indian"
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
        if in_a_question(token):
            return "hypothetical"  # '"Would Wren sue Peru?"': asked, not told
        if token.dep_ == "pobj" and is_word(token.head, "setting_prepositions") and not any(
            is_word(t, "unheld_words") for t in token.subtree
        ):  # "during the meeting of X and Y, a plan was considered": the setting happened,
            return "asserted"  # whatever the clause says (not "after talks next week")
        demanded = any(c.dep_ == "aux" and c.lower_ in patterns()["demand_markers"]
                       for c in token.children)  # "he should resign", "must not send"
        demanded = demanded or (  # "a resolution to expel the troops" (not "reports that
            token.dep_ == "acl" and token.tag_ == "VB"  # Chile would sue Peru")
            and token.head.lemma_.lower() in patterns()["rule_nouns"]
            and not is_word(token.head, "decided_nouns")  # "her decision to take in
            # refugees": her own act, decided
            and _to_infinitive(token) and not _negated_word(token))  # "the decision not to
        # indict her": decided against (negated, below)
        if demanded:
            return "requested"
        if non_events.emphatic(token):
            return "asserted"  # "I couldn't disagree more": said in full
        if any(c.dep_ == "mark" and is_word(c, "condition_marks") for c in token.children):
            return "hypothetical"  # "if he can't block their arrival": a condition
        if token.tag_ == "VBG" and _has_condition(token):
            return "hypothetical"  # "discusses shooting agents if they came through his
            # door": an act under a condition (not "attacked Peru if reports are true")
        if _foretold_on_a_condition(token):
            return "hypothetical"  # "If you doubt it, the Herald will brand you a liar and
            # the Post will accuse you of panic"
        if _negated(token) or _governed_by(token, "refusal_words") or _no_one_did(token) or (
            token.dep_ == "acl" and is_word(token.head, "failure_nouns") and _to_infinitive(token)
        ) or (
            non_events.doubted(token) or non_events.denied(token)
        ) or (
            token.dep_ == "xcomp" and _negated_word(token.head)
            and token.head.lemma_.lower() in word_set("intent_words") | word_set("threat_verbs")
        ):  # "never pledged to kill": no threat was made ("did not hesitate to" acts)
            return "negated"
        asked = asked_about(token)
        if asked == "open":
            return "hypothetical"  # "asked whom Vidal would endorse": a question
        governing = _governing_acts(token)
        if asked != "known" and ("REQUEST" in governing or _governed_by(token, "wish_words")):
            return "requested"
        if "THREATEN" in governing:
            return "threatened"
        if _hypothetical(token) or _governed_by(token, "plan_words") or expected_to(token):
            return "hypothetical"
        if hearsay(token):
            return "reported"  # "Reportedly, two people were killed", "was said to have
            # been injured"
        return "asserted"

    def _source(self, token: Token) -> str | None:
        """The statement that reports ``token``: what someone says, believes or found
        (not what someone wants: that is no claim that it happened)."""
        for quote in self.quotes:
            said = quote.parts if quote.kind == "direct" and quote.parts else [
                (quote.start, quote.end)]  # not the narrator's words between a direct
            # quote's parts ('"…," said Ruiz, who backed Vidal in 2012. "…"')
            if quote.act != "intention" and any(s <= token.idx < e for s, e in said):
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
        listed = verb_trigger(cue, self.excluded)
        if listed is not None and listed.rule.startswith("verbs:"):
            # "expressed solidarity with X": the act its object names, as the table reads it
            spec = {"type": listed.type, "cameo": listed.cameo, "subtype": listed.subtype}
        type_ = spec["type"]
        mode = {"REQUEST": "requested", "THREATEN": "threatened"}.get(type_, "asserted")
        if non_events.doubted(cue) or _negated(cue) or _governed_by(cue, "refusal_words"):
            mode = "negated"  # "it is hard to blame him", "stopped short of accusing Peru"
        elif _foretold_on_a_condition(cue):
            mode = "hypothetical"  # "if you doubt it, the Post will accuse you of panic"
        actor = self._entity_participant(quote.speaker, quote.speaker_span)
        target = self._entity_participant(quote.addressee, None)
        actors, targets = [actor] if actor else [], [target] if target else []
        reciprocal = _reciprocal(cue)  # "Ruiz and Vidal accused each other": both ways
        if not actors or not targets or reciprocal:  # the parse says who
            as_trigger = Trigger(cue, type_, spec["cameo"], spec.get("subtype"))
            found_actors, found_targets = self._participants(as_trigger)
            if reciprocal and found_actors and found_targets:
                actors, targets = found_actors, found_targets
            actors, targets = actors or found_actors, targets or found_targets
        if type_ == "ACCUSE" and not targets:
            targets = self._accused_in_clause(cue, actors)
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

    def _quoting(self, pronoun: Token, speaks_for: bool = False) -> Participant | None:
        """The speaker of the direct quotation a first-person pronoun is said in; with
        ``speaks_for``, the body the speaker speaks for, if the story names one."""
        quote = self._direct_quote_at(pronoun)
        if quote is None:
            return None
        if speaks_for:
            return self._entity_participant(quote.speaks_for, None)
        return self._entity_participant(quote.speaker, quote.speaker_span)

    def _direct_quote_at(self, token: Token) -> FoundQuote | None:
        """The direct quotation a word is said in, if any (where "I", "we" and "they"
        are the speaker's, not the story's)."""
        return next((quote for quote in self.quotes if quote.kind != "indirect" and any(
            s <= token.idx < e for s, e in quote.parts or [(quote.start, quote.end)]
        )), None)

    def _taken_up(self, token: Token, trigger: Token) -> list[Token]:
        """The plural subject (with the parties joined to it) an actor "they" takes up,
        outside quotations, when it is the subject of the trigger or of the verb an event
        noun is the object of ("Chilean rebels stormed the depot. They kidnapped two
        soldiers": the rebels; not "they say" beside the act), else the token itself."""
        if token.lower_ not in word_set("third_person_plural") or token.dep_ != "nsubj":
            return [token]
        if token.head != trigger and not (trigger.pos_ == "NOUN" and token.head == trigger.head):
            return [token]  # "Russia imposed curbs, they say": not the sayers
        if self._direct_quote_at(token) is not None:
            return [token]  # '"They attacked us," she said': the speaker's "they"
        antecedent = _plural_antecedent(token)
        return [antecedent, *antecedent.conjuncts] if antecedent is not None else [token]

    def _entity_participant(self, entity_id, span) -> Participant | None:
        entity = self.entities.get(entity_id)
        if entity is None:
            return None
        start, end = span or (0, 0)
        code = entity.code if entity.country else _stateless(entity.code)
        return Participant(entity.id, code, start, end)


@cache
def _one_persons_possessives() -> frozenset[str]:
    """"his", "her": the possessives of ``actor_words.yaml`` that are a person's pronouns."""
    return lexicon.words("possessive_pronouns") & lexicon.words("pronouns")


def _foretold_on_a_condition(verb: Token) -> bool:
    """A verb with "will" or "would" (``foretelling_modals``) whose clause, or the clause it
    is joined to, has an "if" clause: what will happen if the condition holds."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    foretold = any(c.dep_ == "aux" and is_word(c, "foretelling_modals") for c in verb.children)
    return foretold and any(map(_has_condition, verbs))


def _has_condition(verb: Token) -> bool:
    """Whether the verb has an "if" clause (an adverbial clause marked by one of
    ``condition_marks``)."""
    return any(c.dep_ == "advcl" and any(
        m.dep_ == "mark" and is_word(m, "condition_marks") for m in c.children)
        for c in verb.children)


def _inquiry_into_nothing(verb: Token, cameo: str) -> bool:
    """A verb of inquiry (``inquiry_codes``) with no country named near it ("monitoring
    cyberspace"; "inspectors to re-examine the refineries in Iran" look into Iran)."""
    return cameo.startswith(tuple(patterns()["inquiry_codes"])) and not _a_country_near(verb)


def _a_country_near(verb: Token) -> bool:
    """Whether a country is named in the verb's own phrases, or in those of the verb a
    purpose clause serves ("re-examine the refineries in Iran", "sent inspectors to a plant
    in Iran to monitor ..."), not in a clause within them ("reports which tied it to
    flooding in Miami") or outside ("Pell of Maryland, who wants a commission to examine")."""
    verbs = [verb, verb.head] if verb.dep_ in ("advcl", "xcomp") else [verb]
    reach = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "prep")]
    for _ in range(4):
        if any(t.ent_type_ == "GPE" for t in reach):
            return True
        reach = [c for t in reach for c in t.children
                 if c.dep_ in ("prep", "pobj", "conj", "compound")]
    return False


def _won_in_places(verb: Token) -> bool:
    """"overwhelmed Vidal in Pellin, Harwick and Osterbach": where a rival is beaten is a
    state, a city or a county, as in a vote count, not a room or a street."""
    return any(o.ent_type_ == "GPE" for o in non_events.objects_after(verb, ("in",)))


def _on_a_topic(verb: Token) -> bool:
    """Whether the verb says what it is about ("hit Wren on taxes", "over the port")."""
    return any(c.dep_ == "prep" and is_word(c, "topic_prepositions") for c in verb.children)


def _reciprocal_pair(token: Token, actors: list[Token]) -> list[Token]:
    """Who does an act to "each other": one plural group, within itself ("the dock
    unions quarrelling among one another"), else the pair joined nearest before
    ("both Chile and the rebels ... accusing each other")."""
    group = [a for a in actors if a.tag_ in ("NNS", "NNPS") and not a.conjuncts
             and _is_party(_group_head(a)) and not _names_sides(a)]
    return group * 2 if len(actors) == 1 and group else _coordinated_before(token)


def _names_sides(group: Token) -> bool:
    """Whether a plural group's phrase names two sides ("officials from Peru and Chile",
    "Russian and Ukrainian forces", "the two governments", "their soldiers"; ``side_words``):
    then "each other" is between those sides, not within the group."""
    return any(t.dep_ == "conj" or is_word(t, "side_words") for t in group.subtree
               if t.i != group.i)


def _words_only(trigger: Trigger) -> bool:
    """Whether a trigger table entry names an act in words (``words_only``: "took aim at")."""
    return trigger.rule.startswith("verbs:") and bool(
        patterns()["verbs"][trigger.token.lemma_.lower()].get("words_only"))


def _is_hand(participant: Participant) -> bool:
    """Whether an actor is someone who can strike (an entity, or a group coded with a
    sector: "troops", "gunmen"), not the fire or the car the parse made one."""
    return participant.entity is not None or len(participant.code or "") > 3


def _armed(participant: Participant) -> bool:
    """A group that fights or riots (troops, rebels, police, a mob): its attacks are
    force, whatever message is near."""
    return (participant.code or "")[3:6] in word_set("armed_sectors")


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
