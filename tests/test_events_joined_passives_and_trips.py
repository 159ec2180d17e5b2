"""Events, sixth pass of issue 18's audits: one invented case per error class read in
real articles (study round S of stop 48), each with a case its rule must leave alone.
Invented people and places beside real countries."""

from __future__ import annotations

from rashomon import analyze, read

ANCHOR = "2024-03-05"


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, trigger, actor words, target words) of each event; the words that name a
    party, so unlinked groups ("the miners") are seen too."""
    record = analyze(read(text, published=ANCHOR))
    names = {e.id: e.name for e in record.entities}

    def party(entity: str | None, span: tuple[int, int] | None) -> str | None:
        return names.get(entity) or (record.text[span[0]:span[1]] if span else None)

    return [(e.type, e.trigger, party(e.actor, e.actor_span), party(e.target, e.target_span))
            for e in record.events]


def _with(events: list, trigger: str) -> list:
    return [e for e in events if e[1] == trigger]


def test_a_participle_joined_to_a_passive_is_done_to_its_subject():
    # "chained, attacked or robbed" made the victims the actors of each joined participle
    events = _events("In the Orvel valley, dozens of miners were beaten, chained, attacked "
                     "or robbed by Chilean guards while they slept.")
    attacked = _with(events, "attacked")
    assert attacked and all(e[3] is not None and "miners" in e[3] for e in attacked)
    assert all(e[2] is None or "miners" not in e[2] for e in events)
    # a joined verb with its own object, or a past tense, is done by the subject
    freed = _with(_events("Ana Ruiz was freed by the rebels on Monday and attacked the "
                          "governor of Pellin in a speech."), "attacked")
    assert freed and freed[0][2] == "Ana Ruiz"
    # the "by" the parser hangs on the last participle names who did each
    by_guards = _with(events, "attacked")
    assert by_guards and "guards" in (by_guards[0][2] or "")
    # a verb its subject does alone after a passive is not shared ("fought back")
    dawn = _events("Peruvian soldiers were attacked at dawn and fought back.")
    soldiers = _with(dawn, "attacked")[0][3]
    fought = [e for e in dawn if e[1].startswith("fought")]
    assert soldiers and fought and all(e[2] == soldiers for e in fought)


def test_a_subject_parsed_as_one_more_object_acts():
    # "... and the United States lifted sanctions": the parser joined the United States to
    # the agreement, and the act went to Iran
    events = _events("The talks ended the same week that Iran met the terms of the "
                     "agreement and the United States lifted sanctions on its banks.")
    lifted = [e for e in events if e[1].startswith("lifted")]
    assert lifted and lifted[0][2] == "United States"
    # a verb with a prepositional complement has its own clause too
    withdrew = _with(_events("Peru accepted the offer from Bolivia and Chile withdrew from "
                             "the talks."), "withdrew")
    assert withdrew and withdrew[0][2] == "Chile"


def test_flying_somewhere_is_a_visit_not_an_intent_and_flying_a_thing_is_none():
    # the dictionary codes "fly to" as an intent to meet (AGREE); it is a trip made
    flew = _with(_events("President Ana Ruiz of Peru flew to Santiago on Monday."), "flew")
    assert flew and flew[0][0] == "CONSULT" and flew[0][3] == "Santiago"
    # what is flown, and where one flies from, is no destination
    assert _with(_events("Peruvian rebels flew a drone over the base."), "flew") == []
    assert _with(_events("The Peruvian minister flew in from Lima."), "flew") == []
    # arriving somewhere stays a visit; a trip one is banned from is none
    assert _with(_events("The Chilean envoy arrived in Lima on Monday."), "arrived")
    assert [e for e in _events("Peru barred Ana Ruiz from flying to Lima.")
            if e[1] == "flying"] == []


def test_talk_held_somewhere_with_no_one_is_no_consultation():
    # "talked through the issues, speaking in Ohio" was a CONSULT because of the place
    assert _with(_events("Governor Tomas Wren, speaking in Pellin, talked through the "
                         "issues that matter to farmers."), "talked") == []
    # talk with someone, talk among several, and a summit attended somewhere, stay
    # consultations
    assert _with(_events("Governor Tomas Wren talked with Ana Ruiz in Pellin."), "talked")
    assert _with(_events("The two foreign ministers talked in Geneva on Monday."), "talked")
    assert _events("President Ana Ruiz attended the summit in Lima.")


def test_who_is_blamed_when_on_hangs_inside_the_thing_blamed():
    # "blame an explosion that hit a checkpoint on Kurdish militants": the parser hung
    # "on" from the checkpoint and the accused was lost
    blamed = _with(_events("Chilean authorities blame an explosion that hit a checkpoint "
                           "on Kurdish militants."), "blame")
    assert blamed and "militants" in (blamed[0][3] or "")
    # an "on" that belongs to an act or a verb inside the thing names its victims
    riots = _with(_events("The Pellin government blamed the riots that followed the attack "
                          "on Chilean police."), "blamed")
    assert riots and "police" not in (riots[0][3] or "")


# Second round (study round S2 and the first round's blind judgement)


def test_a_participle_clause_before_its_subject_is_done_to_it():
    # "If convicted, Ruiz faces ..." made Ruiz the one who convicts
    convicted = _with(_events("If convicted, Ana Ruiz faces twenty years in a Pellin prison."),
                      "convicted")
    assert convicted and convicted[0][2] is None and convicted[0][3] == "Ana Ruiz"
    # the main clause's own act stays its subject's; "as promised" was promised by it
    sign = _with(_events("If elected, Ana Ruiz will sign a trade deal with Chile."), "sign")
    assert all(e[2] == "Ana Ruiz" for e in sign)
    promised = _with(_events("As promised, Peru withdrew its troops from the border with "
                             "Chile."), "promised")
    assert all(e[2] == "Peru" for e in promised)


def test_yet_to_act_is_not_done():
    record = analyze(read("President Tomas Wren of Peru has yet to concede the election.",
                          published=ANCHOR))
    assert [e.mode for e in record.events if e.trigger == "concede"] == ["negated"]
    record = analyze(read("President Tomas Wren of Peru has conceded the election.",
                          published=ANCHOR))
    assert [e.mode for e in record.events if e.trigger == "conceded"] == ["asserted"]


def test_calling_a_contest_for_a_candidate_is_no_request():
    # a news agency projecting the winner was a REQUEST of the state or the candidate
    assert _with(_events("The Pellin Times called the election for Ana Ruiz at 11 p.m."),
                 "called") == []
    assert _with(_events("The Pellin Times also called Nevada for Ana Ruiz."), "called") == []
    # a call for an election, or of a country for talks, stays a request
    assert _with(_events("Chile called for new elections in Peru."), "called")
    assert _with(_events("Ana Ruiz called Chile for talks on the border dispute."), "called")


def test_a_trip_needs_someone_going_somewhere():
    # "came to power" was a consultation; flying someone, flying home, and flying with no
    # one named were visits
    assert _with(_events("Ana Ruiz came to power in 2010."), "came") == []
    assert _events("The helicopter landed on the lawn, flying President Ana Ruiz of Peru "
                   "to the military hospital in Lima.") == []
    assert [e for e in _events("Senator Tomas Wren held a rally in Lima on Tuesday, then "
                               "flew home to Arequipa.") if e[1] == "flew"] == []
    # a trip to a place, and returning what was seized, stay acts
    assert _with(_events("The Chilean envoy came to Lima on Monday."), "came")
    assert _events("Peruvian rebels said they will return the weapons seized from Chilean "
                   "peacekeepers.")


# Third round (study rounds S and S2, and the second round's blind judgement)


def test_a_call_on_a_day_is_a_call_not_a_request():
    # the dictionary's "call on" pattern took "on Monday" for "call on someone"
    assert [e for e in _events("President Tomas Wren of Peru called Ana Ruiz on Monday.")
            if e[0] == "REQUEST"] == []
    # "called on" a party still asks
    asked = _with(_events("Chile called on Peru to withdraw its troops."), "called")
    assert asked and asked[0][0] == "REQUEST" and asked[0][3] == "Peru"


def test_things_with_an_agent_ending_are_no_parties():
    # "maritime borders" counted as people ("-ers") and took the place of the partner
    signed = [e for e in _events("Turkey signed a deal with Libya on maritime borders in "
                                 "November.") if e[1].startswith("signed")]
    assert signed and signed[0][3] == "Libya"
    agreed = _with(_events("Turkey and Libya agreed on maritime borders in the Eastern "
                           "Mediterranean."), "agreed")
    assert {(e[2], e[3]) for e in agreed} == {("Turkey", "Libya"), ("Libya", "Turkey")}
    # people with an agent ending, and world powers, stay parties
    condemned = _with(_events("Chilean leaders condemned the attack on Peruvian farmers."),
                      "condemned")
    assert condemned and condemned[0][2] is not None
    assert _with(_events("Western powers condemned the Peruvian missile test."), "condemned")
    assert _with(_events("Ana Ruiz has been endorsed by dozens of papers, from the Pellin "
                         "Times to the Orvel Herald."), "endorsed")
