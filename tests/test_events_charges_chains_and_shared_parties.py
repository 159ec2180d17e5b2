"""Events, fifth pass of issue 18's audits: one invented case per error class read in
real articles (study rounds S and S2), each with a case its rule must leave alone.
Invented people and papers beside real countries and news agencies used generically."""

from __future__ import annotations

from rashomon import analyze, read

ANCHOR = "2024-03-05"


def _analysed(text: str, title: str | None = None):
    record = analyze(read(text, title=title, published=ANCHOR))
    return record, {e.id: e.name for e in record.entities}


def _events(text: str, title: str | None = None):
    record, names = _analysed(text, title)
    return [(e.type, e.trigger, names.get(e.actor), names.get(e.target), e.mode)
            for e in record.events]


def _triggers(text: str) -> list[str]:
    return [e[1] for e in _events(text)]


def test_what_someone_is_accused_of_is_the_charge_not_an_act():
    # what the accused was said to have done was an act of the accused (a THREATEN)
    assert _triggers("Senator Ana Ruiz accused Governor Tomas Wren of endangering the lives "
                     "of dock workers.") == ["accused"]
    assert _triggers("Ruiz blamed Wren for attacking the port workers.") == ["blamed"]
    assert _triggers("Ruiz accused Peru of arming the rebels and shelling the border.") == [
        "accused"]
    # what the accused did, told beside the charge, is an act; being in charge is no charge
    assert set(_triggers("Chilean police charged the man who attacked a guard.")) >= {
        "attacked"}
    assert "negotiating" in _triggers("Wren, in charge of negotiating with Chile, flew to "
                                      "Lima.")


def test_a_request_to_ask_someone_else_is_one_request():
    # a request to ask a third party gave a second REQUEST, by the one asked
    requests = [e for e in _events("Chile on Tuesday urged the United Nations to advise "
                                   "other countries to accept the fishermen.")
                if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in requests] == [("Chile", "United Nations")]
    # two requests by two speakers stay two
    assert [e[0] for e in _events("Chile asked Peru to free the boats. Peru urged Chile "
                                  "to pay the fines.") if e[0] == "REQUEST"] == [
        "REQUEST", "REQUEST"]


def test_called_on_someone_to_act_is_a_request_of_them():
    # the parser makes "on" mark the clause: the request was lost, the act told as done
    found = _events("Ruiz called on Wren to resign.")
    assert ("REQUEST", "called", "Ruiz", "Wren", "requested") in found
    assert all(e[4] == "requested" for e in found)
    # "called" naming a thing is no request
    assert not [e for e in _events("Ruiz called the plan a failure on Monday.")
                if e[0] == "REQUEST"]


def test_a_threat_to_do_something_is_one_threat():
    # a threat to veto gave a THREATEN and a threatened REJECT
    found = _events("President Ana Ruiz threatened to veto the bill on Monday.")
    assert [e[0] for e in found] == ["THREATEN"]
    # a threat of sanctions keeps its own code
    assert ("THREATEN", "impose sanctions", "Peru", "Chile", "threatened") in _events(
        "Peru threatened to impose sanctions on Chile.")
    # a refusal stays one refusal, and a veto made is a veto
    assert [e[0] for e in _events("President Ana Ruiz vetoed the bill on Monday.")] == [
        "REJECT"]


def test_going_on_with_an_act_is_the_act_once():
    # a verb of going on ("continued") was coded from the dictionary beside or instead of
    # the act its object names
    found = _events("Chile continued its attacks on Peru.")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("ASSAULT", "attacks", "Chile", "Peru")]
    found = _events("Senator Ana Ruiz continued her attacks against Wren in a speech.")
    assert [(e[0], e[1]) for e in found] == [("ACCUSE", "attacks")]


def test_speaking_to_a_news_outlet_is_no_meeting():
    # speaking to a news agency or a paper was a CONSULT with it
    assert not _events("Speaking to Reuters, Ruiz said the plan was dead.")
    assert not _events("Ruiz spoke to the New York Times on Monday.")
    assert not _events("Wren spoke to the newspaper La Voz de Arica on Monday.")
    # talking to a party is a meeting
    assert [e[0] for e in _events("Ruiz spoke to Wren by phone on Monday.")] == ["CONSULT"]


def test_an_act_with_no_one_named_is_none_even_when_denied():
    # a denied harm with no one named was a negated ASSAULT of no one
    assert not _events("Volunteers drank tea to fight off the flu. The fungus does not "
                       "kill its host.")
    # "nobody has been arrested" says no one was
    assert [e[4] for e in _events("Chilean police said nobody has been arrested.")] == [
        "negated"]


def test_verbs_joined_share_their_doer_and_their_party():
    # of two joined infinitives, the first had no target and the second no actor
    record = analyze(read("Ruiz said the Chilean government is continuing to train and aid "
                          "the rebels.", published=ANCHOR))
    assert {e.trigger for e in record.events} == {"train", "aid"}
    assert all(e.actor_code == "CHLGOV" and record.text[slice(*e.target_span)] == "the rebels"
               for e in record.events)
    # finite verbs share no object, nor do acts whole without one: retreating and
    # resigning are from no one
    found = _events("Ruiz is expected to resign and endorse Wren.")
    assert [e[3] for e in found if e[1] == "resign"] == [None]
    found = _events("Ruiz said the Chilean troops retreated and attacked Peruvian troops.")
    assert [e[3] for e in found if e[1] == "retreated"] == [None]
    # a verb with its own party keeps it
    found = _events("Chile attacked Peru and seized the port.")
    assert ("ASSAULT", "attacked", "Chile", "Peru", "asserted") in found


def test_campaign_idioms_are_no_attacks():
    # campaigning with someone ("hit the campaign trail with") was an attack on them
    assert not _events("Ruiz hit the campaign trail with Wren on Monday.")
    # force done to a road is force
    assert [e[0] for e in _events("Chilean troops shelled the road to the Peruvian "
                                  "border.")] == ["ASSAULT"]
    # a real hit stays
    assert [e[0] for e in _events("Chilean troops hit a Peruvian convoy with rockets.")] == [
        "ASSAULT"]


def test_a_group_of_no_known_country_keeps_its_words():
    # groups named by a description in a story naming no country lost their parties and
    # the event with them
    record = analyze(read("Police injured a young woman on Friday.", published=ANCHOR))
    [event] = record.events
    words = [record.text[s:e] for s, e in (event.actor_span, event.target_span)]
    assert (event.type, words) == ("ASSAULT", ["Police", "a young woman"])
    assert (event.actor_code, event.target_code) == (None, None)  # no country, no code
    # a thing is still no party
    assert not analyze(read("The storm damaged the old bridge on Friday.",
                            published=ANCHOR)).events


def test_we_in_a_spokesman_quote_is_the_body_he_speaks_for():
    found = _events('"We warn the Chileans that the port will be hit again," a spokesman '
                    'for the Arica Liberation Front said on Monday.')
    assert [(e[0], e[2], e[3]) for e in found] == [
        ("THREATEN", "Arica Liberation Front", "Chileans")]
    # a named speaker's "we" may be a nation or a party: left to the reader
    found = _events('"We will never attack Peru," Ruiz said.')
    assert all(e[2] != "Ruiz" for e in found)


def test_a_meeting_with_no_one_named_is_none():
    # thinking about a run or beginning to talk about something was a CONSULT
    assert not _events("Ruiz contemplated another presidential run.")
    assert not _events("Ruiz began talking about the election on Monday.")
    assert not _events("Wren held talks on Monday.")
    # parties joined in the subject, or met between, are partners
    assert [e[0] for e in _events("The foreign ministers of Chile, Peru and Bolivia met on "
                                  "Monday.")] == ["CONSULT"]
    assert [e[0] for e in _events("Chile mediated between Peru and Bolivia.")] == ["CONSULT"]
    # a partner named anywhere in the clause, or a place met in, is one
    assert [(e[0], e[3]) for e in _events(
        "A group of Peruvian diplomats held their first meeting with Ana Ruiz at a "
        "lunch.")] == [("CONSULT", "Ana Ruiz")]


# Classes of the second study round (S2)


def test_force_done_to_no_one_by_no_one_armed_is_a_figure_of_speech():
    # dominating a medium and wrestling over a choice were ASSAULTs
    assert not _events("The Ruiz campaign is absolutely dominating the airwaves.")
    assert not _events("Chilean senators are wrestling over their final choice.")
    # a state, an armed group or a weapon makes it force
    assert [e[0] for e in _events("Chile bombed the rebel camps on Monday.")] == ["ASSAULT"]
    assert [e[0] for e in _events("Chilean rebels fought back on Monday.")] == ["ASSAULT"]
    assert [e[0] for e in _events("Chilean youths attacked with stones on Monday.")] == [
        "ASSAULT"]
    assert [e[0] for e in _events("Peruvian students stormed the ministry building.")] == [
        "ASSAULT"]  # a crowd's force is force
    assert [e[4] for e in _events("No one was killed in the blast.")] == ["negated"]


def test_hearsay_is_reported():
    # a killing told with "reportedly" was asserted
    found = _events("Reportedly, two Chilean guards were killed in the blast.")
    assert [(e[0], e[4]) for e in found] == [("ASSAULT", "reported")]
    found = _events("The rebels allegedly kidnapped three Chilean engineers.")
    assert [e[4] for e in found] == ["reported"]
    record = analyze(read("A Chilean student was said to have been injured by the gunmen.",
                          published=ANCHOR))
    [event] = record.events
    assert event.mode == "reported"
    assert record.text[slice(*event.target_span)] == "A Chilean student"
    # told plainly, it is asserted
    assert [e[4] for e in _events("The rebels kidnapped three Chilean engineers.")] == [
        "asserted"]


def test_who_is_persuaded_or_asked_to_act_is_who_acts():
    # support by someone a relative clause says was persuaded lost its actor
    found = _events("Pedro Marek, who was persuaded to support Ana Ruiz last year, spoke "
                    "on Monday.")
    assert ("SUPPORT", "support", "Pedro Marek", "Ana Ruiz", "asserted") in found


def test_who_an_accusation_clause_says_did_it_is_accused():
    # an accusation said as a clause had no target
    found = _events("Ana Ruiz alleged that Tomas Wren had libeled her.")
    assert [(e[0], e[2], e[3]) for e in found] == [("ACCUSE", "Ana Ruiz", "Tomas Wren")]
    found = _events("Ruiz alleged that Peru and Bolivia had rigged the vote.")
    assert [e[3] for e in found] == ["Peru", "Bolivia"]


def test_a_meeting_told_again_without_its_actor_is_the_same_meeting():
    # a meeting told by a verb and again by a noun was two meetings
    found = _events("Senator Ana Ruiz met President Tomas Wren at the palace on Monday. "
                    "After a 45-minute meeting with Wren, Ruiz said the talks went well.")
    assert [(e[0], e[2], e[3]) for e in found] == [("CONSULT", "Ana Ruiz", "Tomas Wren")]
    # one planned for another day is another
    found = _events("Ana Ruiz met Tomas Wren in Lima on Monday. A meeting with Wren is "
                    "planned for May.")
    assert [e[0] for e in found] == ["CONSULT", "CONSULT"]


def test_hosting_refugees_is_aid_and_arriving_with_someone_no_meeting():
    # hosting migrants was a CONSULT with them
    record = analyze(read("Chile hosts thousands of migrants in Arica.", published=ANCHOR))
    assert [(e.type, e.trigger) for e in record.events] == [("AID", "hosts migrants")]
    assert record.events[0].target_span is not None  # the migrants are helped
    assert [e[0] for e in _events("Chile hosted Peru's president in Arica.")] == ["CONSULT"]
    assert [e[0] for e in _events("Chile hosted the asylum talks in Arica.")] == ["CONSULT"]
    # a guard of the partner a meeting is "with": what one arrives with is brought along
    assert not _events("Ruiz will arrive at the convention with enough pledged delegates "
                       "to file minority reports.")


# Classes of the third study round (S3)


def test_suspending_a_campaign_is_a_withdrawal():
    # a candidate suspending a campaign was a SANCTION
    assert [e[0] for e in _events("Ruiz suspended her campaign on Monday.")] == ["RETREAT"]
    # suspending aid to someone is a sanction
    assert [e[0] for e in _events("Chile suspended aid to Peru.")] == ["SANCTION"]


def test_a_game_won_is_no_attack():
    # a country beating another in a match was an ASSAULT
    assert not _events("Peru defeated Chile in a cricket match on Sunday.")
    assert not _events("Ruiz garnered most of the pledged delegates.")
    assert [e[0] for e in _events("Rebels captured Tomas Wren, a former football "
                                  "coach.")] == ["ASSAULT"]  # a game only where told
    assert [e[0] for e in _events("Chilean troops defeated the rebels near Arica.")] == [
        "ASSAULT"]


def test_who_draws_criticism_is_criticised():
    # the one who "drew criticism" was made the critic
    found = _events("Wren drew criticism from Chilean senators.")
    assert [(e[0], e[2], e[3]) for e in found] == [("ACCUSE", "Chilean", "Wren")]


def test_a_failure_to_act_is_negated():
    # "failure to prosecute" was a reported COERCE
    found = _events("Ruiz criticised the ministry's failure to prosecute Wren.")
    assert [e[4] for e in found if e[1] == "prosecute"] == ["negated"]


def test_a_question_put_and_a_comment_declined_are_no_acts():
    # an interviewer's "asked, 'With nukes?'" was a REQUEST; "declined comment" a REJECT
    found = _events('Ruiz said Chile should defend Peru. Wren then asked, "With troops?"')
    assert [e[1] for e in found if e[2] == "Wren"] == []
    assert not _events("A ministry spokesman declined comment to Reuters.")
    assert [e[0] for e in _events('"Free the boats," Ruiz asked Wren.')] == ["REQUEST"]


def test_attacking_someone_for_what_they_did_is_criticism():
    # "attacked Republicans for how they were running the investigation" was force
    found = _events("Chilean senators regularly attacked Peruvian senators for how they ran "
                    "the inquiry.")
    assert [e[0] for e in found] == ["ACCUSE"]
    assert [e[0] for e in _events("Chilean troops attacked the convoy for two hours.")] == [
        "ASSAULT"]
    assert [e[0] for e in _events("Rebels attacked the village for refusing to pay "
                                  "taxes.")][:1] == ["ASSAULT"]  # a reprisal is force


def test_a_preposition_that_names_a_party_gives_the_target_else_the_first():
    # the first preposition of the list took the target even when only a later one named
    # a party ("a meeting with X at a lunch" met the lunch); with no party named the most
    # telling preposition's object stays, coded by its place ("fired shells at targets in
    # Arica")
    found = _events("A group of Peruvian diplomats held their first meeting with Ana Ruiz "
                    "at a lunch.")
    assert [e[3] for e in found] == ["Ana Ruiz"]
    record = analyze(read("Peruvian tanks fired four shells at targets in Arica, Chile.",
                          published=ANCHOR))
    assert [(e.type, e.target_code) for e in record.events] == [("ASSAULT", "CHL")]


# Classes of the fourth study round (S4)


def test_fighting_for_a_cause_and_grappling_with_calls_are_no_force():
    # "fighting for working people", "grappled with calls for corporate boycotts" were
    # ASSAULTs
    assert not _events("Ruiz has spent decades fighting for working people.")
    assert not _events("Ruiz has long grappled with Chilean calls for boycotts.")
    assert [e[0] for e in _events("Chilean troops fought rebels for control of the "
                                  "port.")] == ["ASSAULT"]
    # a state, an armed force or a crowd fighting "for" something is fighting
    assert [e[0] for e in _events("Peruvian rebels fought for control of Arica against "
                                  "Chilean troops.")] == ["ASSAULT"]


def test_meeting_a_deadline_is_no_meeting():
    # "meet the constitutional requirements" was a CONSULT
    assert not _events("Ruiz met the deadline on Monday.")
    assert [e[0] for e in _events("Ruiz met the pope in Rome.")] == ["CONSULT"]
    assert [e[0] for e in _events("The Chilean cabinet met Peruvian envoys on Friday.")] == [
        "CONSULT"]


def test_voting_against_a_measure_is_a_rejection():
    # "voted against the $700 billion bailout" was an ACCUSE
    assert [e[0] for e in _events("Ruiz voted against the bailout of the banks.")] == [
        "REJECT"]


def test_a_thing_of_a_party_after_a_preposition_stands_for_the_party():
    # "did not accede to protesters' demands" had no target
    found = _events("Chile did not accede to the Peruvian protesters' demands.")
    assert [(e[0], e[4]) for e in found] == [("CONCEDE", "negated")]
    record = analyze(read("Chile did not accede to the Peruvian protesters' demands.",
                          published=ANCHOR))
    assert record.text[slice(*record.events[0].target_span)] == "the Peruvian protesters"


def _coded(text: str):
    record, names = _analysed(text)
    return [(e.type, e.trigger, e.actor_code, names.get(e.actor), e.target_code)
            for e in record.events]


def test_they_takes_up_the_plural_subject_before_it():
    # a subject "they" was left unnamed: the act had no actor (round S, fifth pass)
    assert ("ASSAULT", "kidnapped", "CHLREB", None) in [e[:4] for e in _coded(
        "Chilean rebels stormed an army depot near Arica on Monday. They kidnapped two "
        "soldiers.")]
    assert [e[:3] for e in _coded(
        "Hundreds of Chilean miners gathered outside the ministry in Santiago as they "
        "protested against the new tax.")] == [("PROTEST", "protested", "CHL")]
    # not across a sentence whose subject is one thing, nor inside a quotation, nor the
    # subject of a clause that does not govern it ("which they rejected": not the Front),
    # nor for a passive subject or a verb only the CAMEO dictionary codes
    assert not [e for e in _coded("Chilean police caught the two smugglers on Monday and "
                                  "they were jailed.") if e[1] == "jailed" and e[4]]
    assert not _coded("Chilean researchers sealed the tanks on Monday. They monitored the "
                      "growth of the bacteria.")
    # a "they" of a relative clause is not the noun it describes; after a saying, it is
    # who the saying is about; with two groups before it, or a passive subject, no one
    assert not [e for e in _coded("Chilean rebels stormed a depot on Monday. The soldiers "
                                  "whom they kidnapped were freed on Friday.")
                if e[1] == "kidnapped" and e[2]]
    assert ("ASSAULT", "kidnapped", "CHLUAF") in [e[:3] for e in _coded(
        "Police said gunmen stormed a depot in Arica on Monday. They kidnapped two "
        "soldiers.")]
    assert [e[2] for e in _coded("Chilean police fired on protesters in Santiago on Monday. "
                                 "They threw stones at the officers.")] == [None]
    assert ("ASSAULT", "attacked", None) in [e[:3] for e in _coded(
        "Two Chilean soldiers were kidnapped by rebels on Monday. They attacked a police "
        "post on Tuesday.")]
    # parties joined are all taken up
    assert {e[3] for e in _coded("Ana Ruiz and Tomas Wren met in Lima on Monday. They "
                                 "criticized the Chilean government.")
            if e[1] == "criticized"} == {"Ana Ruiz", "Tomas Wren"}
    # and talking to someone else together, they are not each other's partners
    record = analyze(read("Tomas Wren and Ana Ruiz met again at a think tank in Lima on "
                          "Monday. They are talking to a small crowd about jobs for released "
                          "prisoners.", published=ANCHOR))
    assert not [e for e in record.events if e.trigger == "talking" and e.target]
    assert ("ASSAULT", "kidnapped", None, None) in [e[:4] for e in _coded(
        "Chilean rebels stormed an army depot near Arica on Monday. The commander said "
        "the depot was empty. They kidnapped two soldiers.")]
    assert [e[2] for e in _coded('"They attacked our village," said Ana Ruiz, a Chilean '
                                 'farmer.')] == [None]
    assert not [e for e in _coded("The Orvel Workers Front sent the Chilean police a plan "
                                  "for the march, which they rejected on Friday.")
                if e[3] == "Orvel Workers Front"]


def test_things_ending_in_ments_are_no_people():
    # "comments" took the agent ending "-ents" and became a group with the story's country
    assert [e[2] for e in _coded("An Austrian court ruled on Monday on posts about "
                                 "Senator Ana Ruiz. The comments termed her a traitor.")
            if e[1] == "termed"] in ([], [None])
    # bodies ending in "-ments" stay parties
    assert [e[4] for e in _coded("The Peruvian ministry investigated the police departments "
                                 "on Monday.")] == ["PER"]
    assert [e[2] for e in _coded("Army detachments attacked a rebel camp in Arica on "
                                 "Monday.")] == ["CHL"]
    # people ending in "-ents" stay people
    assert [e[2] for e in _coded("An Austrian court ruled on Monday on posts about "
                                 "Senator Ana Ruiz. The residents termed her a traitor.")
            if e[1] == "termed"] == ["AUTCVL"]


def test_an_act_awaited_is_not_done():
    # "pending an investigation" gave an investigation (ACCUSE) by the police
    assert not _coded("Chilean police held the dock worker pending an investigation by "
                      "prosecutors.")
    assert [e[:3] for e in _coded("Chilean prosecutors opened an investigation of the dock "
                                  "worker on Monday.")] == [
        ("ACCUSE", "opened investigation", "CHLJUD")]
    assert [e[1] for e in _coded("The long-awaited withdrawal of Peruvian troops from the "
                                 "border began on Monday.")] == ["withdrawal"]


def test_an_act_someone_takes_a_stance_on_is_not_theirs():
    # "opposed the deployment" gave a deployment (AID) by those who opposed it
    assert not [e for e in _coded("Peruvian rebels opposed the deployment of a regional "
                                  "peacekeeping force.") if e[0] == "AID"]
    assert ("MOBILIZE", "deployment", "PER", "Peru") in [e[:4] for e in _coded(
        "Peru ordered the deployment of troops to the border.")]
