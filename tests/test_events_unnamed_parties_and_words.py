"""Events, fourth pass of issue 18's audits: one invented case per error class read in
real articles (round A), with a case each rule must leave alone. Invented people and
places beside real countries used generically."""

from __future__ import annotations

from rashomon import analyze, describe, read

ANCHOR = "2024-03-05"


def _record(text: str, title: str | None = None):
    return analyze(read(text, title=title, published=ANCHOR))


def _events(text: str, title: str | None = None):
    record = _record(text, title)
    names = {e.id: e.name for e in record.entities}
    return [(e.type, e.trigger, names.get(e.actor), names.get(e.target)) for e in record.events]


def _words(record, span) -> str | None:
    return record.text[span[0] : span[1]] if span else None


def test_a_party_the_story_does_not_name_keeps_the_words_that_name_it():
    # "actor=None (USACOP)" hid "a white police officer" from the reader
    record = _record("Chilean police said the man, who was shot by an off-duty officer "
                     "on Friday, died in hospital.")
    event = next(e for e in record.events if e.trigger == "shot")
    assert (event.actor, event.target) == (None, None)
    assert _words(record, event.actor_span) == "an off-duty officer"
    assert _words(record, event.target_span) == "the man"  # not its relative clause
    assert describe.party(record, event.actor, event.actor_code, event.actor_span).startswith(
        "“an off-duty officer”")
    record = _record("Chile's president Ana Ruiz met Peru's president on Friday.")
    assert _words(record, record.events[0].actor_span) == "Chile's president Ana Ruiz"


def test_a_fire_a_crash_or_a_policy_harms_without_an_attack():
    assert not _events("A fire in a Santiago apartment block killed two workers on Sunday.")
    assert not _events("Three Chilean tourists were killed in a crash on the coast road.")
    assert not _events("Wren said no region had been hurt more by the Chilean president's "
                       "agenda than the south.")
    assert not _events("Pedro Marek, owner of a lodge near Arica, Chile, was killed by his "
                       "lions on Tuesday.")
    assert not _events("A strong earthquake struck southern Chile on Tuesday, injuring 25 "
                       "people.")
    # the rule's other side: a weapon is someone's
    assert [e[0] for e in _events("A car bomb killed two Chilean soldiers near Arica.")] == [
        "ASSAULT"]
    # a hand named, or a cause someone set: force
    for text in ("Chilean troops killed four Peruvian civilians in a bus.",
                 "Two Peruvian workers were killed in a fire set by Chilean militants.",
                 "A car driven by Peruvian militants killed three Chilean soldiers.",
                 "Three Peruvian protesters were killed by police fire in Lima."):
        assert [e[0] for e in _events(text)] == ["ASSAULT"], text


def test_an_attack_in_words_is_criticism_not_force():
    events = _events("Local politicians in Chile fired back at Tomas Wren's remarks on "
                     "Tuesday.")
    assert [(e[0], e[3]) for e in events] == [("ACCUSE", "Tomas Wren")]
    events = _events("The Chilean senator Ana Ruiz is attacked in the media almost daily.")
    assert [(e[0], e[3]) for e in events] == [("ACCUSE", "Ana Ruiz")]
    events = _events("Chilean Senator Ana Ruiz ripped President Tomas Wren over the port "
                     "deal.")
    assert [e[0] for e in events] == ["ACCUSE"]
    # force stays force
    assert [e[0] for e in _events("Gunmen attacked a Chilean army convoy near Arica.")] == [
        "ASSAULT"]
    assert [e[0] for e in _events("Chilean soldiers fired at protesters in Arica.")] == [
        "ASSAULT"]
    for text in ("Protesters attacked the press in Santiago, injuring two Peruvian "
                 "reporters.", "Peruvian hackers targeted the Chilean president's campaign.",
                 "A mob attacked Ana Ruiz after her speech in Lima."):
        assert [e[0] for e in _events(text)] == ["ASSAULT"], text
    events = _events("A tweet by Ana Ruiz attacked Peru's Tomas Wren.")
    assert [(e[0], e[2], e[3]) for e in events] == [("ACCUSE", "Ana Ruiz", "Tomas Wren")]


def test_talk_with_no_one_is_no_meeting():
    assert not _events("Chilean President Tomas Wren will discuss his new book on the "
                       "morning show.")
    events = _events("Chilean President Tomas Wren discussed trade with Peru's president.")
    assert [(e[0], e[3]) for e in events] == [("CONSULT", "Peru")]
    for text in ("Chile's Ana Ruiz discussed the crisis by phone with Peru's Tomas Wren.",
                 "The Chilean and Peruvian foreign ministers discussed the border dispute."):
        assert [e[0] for e in _events(text)] == ["CONSULT"], text


def test_a_bodys_own_meeting_and_a_party_attended_are_no_consultations():
    assert not _events("The Chilean central bank ended a two-day policy meeting on Friday.")
    assert not _events("The Chilean miners' union general board meets June 16.")
    assert not _events("Over a hundred Chilean students attended the party in Arica.")
    assert [e[0] for e in _events("The Chilean cabinet met Peruvian envoys on Friday.")] == [
        "CONSULT"]
    assert [e[0] for e in _events("Chilean President Tomas Wren attended the summit in "
                                  "Lima.")] == ["CONSULT"]
    assert [e[0] for e in _events("Peru's Tomas Wren attended a banquet in Santiago with "
                                  "Ana Ruiz.")] == ["CONSULT"]


def test_tending_to_do_something_is_no_care_given():
    assert not _events("Investors in Chile tend to dislike uncertainty.")
    assert [e[0] for e in _events("Chilean doctors tend to the wounded in Lima.")] == ["AID"]


def test_a_headline_participle_without_were_is_passive():
    record = _record("Police in Arica have no suspect yet.",
                     title="Four Chilean students shot near Arica campus")
    event = next(e for e in record.events if e.trigger == "shot")
    assert event.actor_span is None
    assert _words(record, event.target_span) == "Four Chilean students"
    record = _record("The agency had no comment.", title="Two Chilean soldiers killed by "
                     "Peruvian rebels")
    event = record.events[0]
    assert (_words(record, event.actor_span), _words(record, event.target_span)) == (
        "Peruvian rebels", "Two Chilean soldiers")


def test_a_career_move_or_an_election_won_is_no_act_toward_anyone():
    assert not _events("Ana Ruiz resigned from the Chilean Senate to become ambassador to "
                       "Peru.")
    assert not _events("The Chilean police chief Luis Pardo is due to retire in May.")
    assert not _events("In 2008, Ruiz defeated incumbent Chilean Senator Tomas Wren to "
                       "become the first woman senator from Arica.")


def test_states_of_mind_stances_prices_and_denied_claims_are_no_acts():
    assert not _events("Ruiz felt compelled last July to issue a memo to Chilean unions.")
    assert not _events("Wren opposes a minimum wage increase in Chile.")
    assert not _events("The ad slams Wren Academy in Chile for charging students more than "
                       "$30,000.")
    assert not _events("Chilean President Tomas Wren has denied that he would seriously "
                       "consider a third term.")
    # a refusal toward a party stays one
    events = _events("Chilean President Tomas Wren rejected Peru's offer of talks.")
    assert [e[0] for e in events] == ["REJECT"]


def test_force_done_to_a_reaction_or_a_list_is_no_force():
    assert not _events("One remark from Chilean President Tomas Wren set off a firestorm.")
    assert not _events("Arica didn't crack the list of the most dangerous cities in Chile.")
    assert not _events("The Chilean inspector general submitted 19 emails for review.")


def test_a_question_asked_is_no_request_and_what_it_asks_is_not_told():
    events = _events('"Would Chile sue Peru over the border?" Ruiz asked.')
    assert [(e[0], e[1]) for e in events] == [("ACCUSE", "sue")]
    record = _record('Ruiz asked, "Would Chile sue Peru over the border?"')
    assert [(e.type, e.mode) for e in record.events] == [("ACCUSE", "hypothetical")]
    # a request stays a request
    events = _events("Ruiz asked Chilean President Tomas Wren to resign on Monday.")
    assert ("REQUEST", "asked") in [(e[0], e[1]) for e in events]


def test_blame_one_can_hardly_lay_is_negated():
    record = _record("It is hard to blame Chilean President Tomas Wren for being confused, "
                     "Ruiz wrote.")
    assert [(e.type, e.mode) for e in record.events] == [("ACCUSE", "negated")]


def test_the_incident_a_passive_killing_happened_in_names_its_hand():
    events = _events("Many Chileans have been killed in confrontations with police, the "
                     "speakers said.")
    assert [(e[0], e[3]) for e in events] == [("ASSAULT", "Chileans")]
    record = _record("Many Chileans have been killed in confrontations with police, the "
                     "speakers said.")
    assert _words(record, record.events[0].actor_span) == "police"


def test_a_supporter_is_not_the_one_supported_and_a_punch_is_an_assault():
    record = _record("A 78-year-old Wren supporter who punched a Chilean protester in the "
                     "face was charged.")
    names = {e.id: e.name for e in record.entities}
    assert [(e.type, e.trigger) for e in record.events] == [("ASSAULT", "punched")]
    assert all(names.get(e.actor) != "Wren" and names.get(e.target) != "Wren"
               for e in record.events)


def test_nouns_of_assault_and_criticism_name_their_parties():
    record = _record("The video shows the alleged assault of a Chilean reporter by a "
                     "Peruvian soldier.")
    event = next(e for e in record.events if e.trigger == "assault")
    assert (event.type, _words(record, event.target_span)) == ("ASSAULT", "a Chilean reporter")
    events = _events("Ana Ruiz's criticism of Tomas Wren's vote on the port bill drew "
                     "applause.")
    assert [(e[0], e[2], e[3]) for e in events] == [("ACCUSE", "Ana Ruiz", "Tomas Wren")]


def test_what_is_talked_about_and_where_one_is_hosted_are_no_partners():
    assert not _events("Ruiz said she talked about Peru because her husband was born there.")
    events = _events("Ruiz talked to Chilean President Tomas Wren about Peru on Friday.")
    assert [(e[0], e[3]) for e in events] == [("CONSULT", "Tomas Wren")]
    events = _events("Ruiz hosted the debate among Chilean presidential candidates at the "
                     "Hotel Miramar in Arica.")
    assert all(e[3] != "Hotel Miramar" for e in events)


def test_a_participle_that_tells_what_was_done_to_a_noun_is_no_wish():
    record = _record("Peruvians want the Atacama strip, captured by Chile in the 1880 war, "
                     "for their ports.")
    assert [(e.trigger, e.mode) for e in record.events] == [("captured", "asserted")]


def test_an_officer_of_a_place_is_not_the_place():
    record = _record("Pablo Ruiz, 22, was fatally shot in June by an off-duty Santiago "
                     "deputy sheriff.")
    event = record.events[0]
    assert (event.actor, event.actor_code) == (None, "CHLCOP")
    assert _words(record, event.actor_span) == "an off-duty Santiago deputy sheriff"


def test_idioms_of_force_are_no_force():
    assert not _events("Ruiz is trying to seize on Wren's ties to a Chilean lobbyist.")
    assert not _events("Barring a cataclysm or a coup, the Chilean party will nominate Ana "
                       "Ruiz.")
    assert [e[0] for e in _events("Peru seized the Chilean ship on Tuesday.")] == ["COERCE"]


def test_violence_told_of_people_in_general_is_no_event():
    assert not _events('"It is not just Muslims shooting people," Ruiz said.')
    events = _events("Chilean soldiers killed people in the village, witnesses said.")
    assert [e[0] for e in events] == ["ASSAULT"]


def test_a_denied_claim_is_no_refusal_but_a_denied_request_is():
    assert not _events("Chilean President Tomas Wren later denied his opposition to the "
                       "Peru deal.")
    events = _events("Chile denied Peru's request for talks.")
    assert [(e[0], e[3]) for e in events] == [("REJECT", "Peru")]


def test_a_negation_that_says_the_most_is_asserted():
    record = _record('"I couldn\'t disagree with her more," Chilean President Tomas Wren '
                     "said of Ruiz.")
    assert [e.mode for e in record.events] == ["reported"]


def test_a_text_made_public_is_no_act_unless_it_is_sent_to_someone():
    assert not _events("Ruiz's campaign manager released a memo on Tuesday.")
    events = _events("Ruiz sent a letter to Peru's president on Monday.")
    assert [(e[0], e[3]) for e in events] == [("CONSULT", "Peru")]


def test_a_danger_named_threat_is_no_ones_threat():
    assert not _events("Ruiz wrote that the threat to Chilean society is not "
                       "multiculturalism.")


def test_a_verb_joined_to_a_promise_is_promised_too():
    events = _events("Chilean President Tomas Wren has promised to bomb the rebels in Peru "
                     "and deport Peruvian refugees.")
    assert events and all(e[0] == "THREATEN" for e in events)


def test_verbs_the_dictionary_codes_only_in_its_patterns():
    assert not _events("The death of Pedro Marek was mourned by the Chilean academic "
                       "community.")
    assert not _events("Ruiz would expand her delegate lead over Chilean rival Tomas Wren.")


def test_second_review_guards_acts_that_must_stay():
    kept = {
        "Chilean police cracked down on Peruvian protesters in Arica.": "COERCE",
        "Peru submitted to Chilean demands on Monday.": "CONCEDE",
        "Chilean prosecutors charged Tomas Wren with taking $30,000 in bribes.": "COERCE",
        "Chilean President Tomas Wren resigned to take responsibility for the massacre in "
        "Arica.": "RETREAT",
        "Two Peruvians were killed by fire from Chilean troops.": "ASSAULT",
        "Chilean police arrested protesters in Arica.": "COERCE",
    }
    for text, type_ in kept.items():
        assert [e[0] for e in _events(text)] == [type_], text
    record = _record("Chilean troops attacked a Peruvian border post on Monday, but why?")
    assert [(e.type, e.mode) for e in record.events] == [("ASSAULT", "asserted")]
    record = _record("Chile denied that its troops had attacked Peruvian villages.")
    assert [(e.type, e.mode) for e in record.events] == [("ASSAULT", "negated")]
    record = _record("Tomas Wren said it was not hard to blame Chile for the crisis.")
    assert all(e.mode != "negated" for e in record.events)


def test_second_review_guards_what_must_go_or_change():
    assert not _events("Chilean lawmakers discussed the budget on Monday.")
    assert not _events("Ana Ruiz will discuss her trip to Lima on the show.")
    assert not _events("The Chilean cabinet met on Monday.")
    record = _record("Two Peruvians were killed in a Chilean police raid.")
    assert all(not (e.actor_code or "").startswith("PER") for e in record.events)
    record = _record("Ruiz supporters protested in Santiago on Monday.")
    assert [(e.type, _words(record, e.actor_span)) for e in record.events] == [
        ("PROTEST", "Ruiz supporters")]


def test_what_a_share_of_those_polled_think_is_no_act():
    assert not _events("About 43% of Chilean voters support Ana Ruiz, the poll found.")
    assert not _events("A majority of registered Chilean voters say the Senate should take "
                       "up the Peru treaty.")


def test_declining_to_comment_refuses_nothing_but_declining_to_meet_does():
    assert not _events("A Chilean Foreign Ministry spokeswoman declined to comment on the "
                       "Peru talks.")
    events = _events("Chilean President Tomas Wren declined to meet Peru's president.")
    assert [(e[0], e[3]) for e in events] == [("REJECT", "Peru")]


def test_speaking_to_reporters_is_no_meeting():
    record = _record("Chilean President Ana Ruiz, speaking to reporters on Monday, defended "
                     "the port deal.")
    assert "CONSULT" not in [e.type for e in record.events]
    events = _events("Chilean President Ana Ruiz spoke with Peru's president by phone.")
    assert [(e[0], e[3]) for e in events] == [("CONSULT", "Peru")]


def test_themes_hit_and_moods_captured_are_no_force():
    assert not _events("Wren was hitting themes that elevated Ruiz in Chile.")
    assert not _events("Wren is capturing the frustration of many Chileans.")


def test_a_negated_act_under_if_is_a_condition():
    record = _record("Wren asked what he would do if he can't block the Peruvian refugees' "
                     "arrival.")
    assert [e.mode for e in record.events] == ["hypothetical"]


def test_a_headline_accused_is_the_one_accused():
    record = _record("Wren denied it.", title="Chilean President Ana Ruiz Accused Of Lying "
                     "About Port Deal")
    event = next(e for e in record.events if e.trigger == "Accused")
    assert event.actor_span is None and "Ana Ruiz" in _words(record, event.target_span)


def test_a_denial_of_having_acted_is_no_refusal_and_an_epithet_no_act():
    assert not _events("The Chilean campaign denied inviting convicted rapist Pedro Marek to "
                       "the convention.")
    events = _events("Chilean President Tomas Wren invited convicted rapist Pedro Marek to "
                     "the convention.")
    assert [e[0] for e in events] == ["CONSULT"]


def test_third_review_guards():
    expected = {
        "The Chilean government blasted Peru over the border closure.": ["ACCUSE"],
        "Chile denied Peruvian officials any role in the investigation.": ["REJECT"],
        "Chile's Supreme Court denied Peru's claim for compensation.": ["REJECT"],
        "Chile rejected Peru's list of demands.": ["REJECT"],
        "Chilean President Ana Ruiz issued a decree ordering a curfew.": ["REQUEST"],
        "A death threat against Chilean President Ana Ruiz was posted online.": ["THREATEN"],
        "Chilean troops seized on Monday a Peruvian fishing boat.": ["COERCE"],
    }
    for text, types in expected.items():
        assert [e[0] for e in _events(text)] == types, text
    assert "ACCUSE" not in [e[0] for e in _events(
        "Chilean jets blasted rebel positions near the border.")]
    modes = {
        "Chilean President Ana Ruiz said Chile could not send more troops to Peru.":
            "negated",
        "Chilean President Ana Ruiz did not deny that Chilean troops had attacked Peru.":
            "asserted",
        "Chilean troops shelled Peruvian positions on Monday and will attack Lima next "
        "week.": "asserted",
    }
    for text, mode in modes.items():
        assert _record(text).events[0].mode == mode, text
    record = _record("Two Peruvian fishermen were killed in a Chilean police raid.")
    assert [e.actor_code for e in record.events] == ["CHLCOP"]
    events = _events("Chilean President Ana Ruiz attacked Peruvian President Tomas Wren for "
                     "ordering the bombing of Tacna.")
    assert ("ACCUSE", "attacked") in [(e[0], e[1]) for e in events]


def test_a_publics_support_is_an_attitude_but_a_named_partys_is_an_act():
    for text in ("Chilean voters who have supported the mainstream candidates may switch.",
                 "Chilean President Ana Ruiz was supported by 42 percent of the Chileans "
                 "surveyed in the poll.",
                 "The people who support Ana Ruiz in Chile are angry."):
        assert not _events(text), text
    events = _events("Chilean Senator Tomas Wren backs Ana Ruiz for president.")
    assert [(e[0], e[2], e[3]) for e in events] == [("SUPPORT", "Tomas Wren", "Ana Ruiz")]


def test_asking_with_nothing_asked_for_is_a_question_not_a_request():
    assert not _events("Chilean President Ana Ruiz said she was asked this a couple of months "
                       "ago.")
    assert not _events("Reporters asked questions about Wren to the Chilean president.")
    events = _events("Chile asked Peru for help on Monday.")
    assert [(e[0], e[3]) for e in events] == [("REQUEST", "Peru")]
