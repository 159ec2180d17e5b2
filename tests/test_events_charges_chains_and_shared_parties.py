"""Events, fifth pass of issue 18's audits: one invented case per error class read in
real articles (study round S), each with a case its rule must leave alone. Invented people
and outlets beside real countries used generically."""

from __future__ import annotations

from rashomon import analyze, read

ANCHOR = "2024-03-05"


def _events(text: str, title: str | None = None):
    record = analyze(read(text, title=title, published=ANCHOR))
    names = {e.id: e.name for e in record.entities}
    return [(e.type, e.trigger, names.get(e.actor), names.get(e.target), e.mode)
            for e in record.events]


def _triggers(text: str) -> list[str]:
    return [e[1] for e in _events(text)]


def test_what_someone_is_accused_of_is_the_charge_not_an_act():
    # "accusing him of endangering the lives of troops" was a THREATEN by the accused
    assert _triggers("Senator Ana Ruiz accused Governor Tomas Wren of endangering the lives "
                     "of dock workers.") == ["accused"]
    assert _triggers("Ruiz blamed Wren for attacking the port workers.") == ["blamed"]
    assert _triggers("Ruiz accused Peru of arming the rebels and shelling the border.") == [
        "accused"]
    # what the accused did, told beside the charge, is an act
    assert set(_triggers("Chilean police charged the man who attacked a guard.")) >= {
        "attacked"}


def test_a_request_to_ask_someone_else_is_one_request():
    # "urged the UN to advise other countries to accept" gave a second REQUEST by the UN
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
    # "threatened to veto the bill" gave THREATEN and a threatened REJECT
    found = _events("President Ana Ruiz threatened to veto the bill on Monday.")
    assert [e[0] for e in found] == ["THREATEN"]
    # a refusal stays one refusal, and a veto made is a veto
    assert [e[0] for e in _events("President Ana Ruiz vetoed the bill on Monday.")] == [
        "REJECT"]


def test_going_on_with_an_act_is_the_act_once():
    # "continued his attacks against Curiel" gave an ASSAULT 'continued' and the attacks
    found = _events("Senator Ana Ruiz continued her attacks against Wren in a speech.")
    assert [(e[0], e[1]) for e in found] == [("ACCUSE", "attacks")]
    assert found[0][2:4] == ("Ana Ruiz", "Wren")


def test_speaking_to_a_news_outlet_is_no_meeting():
    # "Speaking to Reuters, X said" was a CONSULT with the agency
    assert not _events("Speaking to Reuters, Ruiz said the plan was dead.")
    assert not _events("Speaking to the newspaper El Sol, Wren said the talks would go on.")
    assert not _events("Ruiz began talking about the election on Monday.")
    # talking to a party is a meeting
    assert [e[0] for e in _events("Ruiz spoke to Wren by phone on Monday.")] == ["CONSULT"]


def test_an_act_with_no_one_named_is_none_even_when_denied():
    # "This does not kill the cnidarian partner": an ASSAULT of no one
    assert not _events("Volunteers drank tea to fight off the flu. The fungus does not "
                       "kill its host.")
    # "nobody has been arrested" says no one was
    assert [e[4] for e in _events("Chilean police said nobody has been arrested.")] == [
        "negated"]


def test_verbs_joined_share_their_doer_and_their_party():
    # "continuing to train and aid terrorists": the trainer had no target, the aid no actor
    found = _events("Ruiz said the Chilean government is continuing to train and aid "
                    "the rebels.")
    assert {e[1] for e in found} == {"train", "aid"}
    assert all(e[2] == "Chilean" or e[2] is not None for e in found)
    record = analyze(read("Ruiz said the Chilean government is continuing to train and aid "
                          "the rebels.", published=ANCHOR))
    assert all(e.actor_code == "CHLGOV" and e.target_span for e in record.events)
    # a verb with its own party keeps it
    found = _events("Chile attacked Peru and seized the port.")
    assert ("ASSAULT", "attacked", "Chile", "Peru", "asserted") in found


def test_campaign_idioms_are_no_attacks():
    # "hit the campaign trail with Clinton" was Biden ASSAULT Clinton; "bested 16 GOP
    # rivals" an ASSAULT
    assert not _events("Ruiz hit the campaign trail with Wren on Monday.")
    assert not _events("Wren bested 16 rivals in the primary.")
    # a real hit stays
    assert [e[0] for e in _events("Chilean troops hit a Peruvian convoy with rockets.")] == [
        "ASSAULT"]


def test_a_group_of_no_known_country_keeps_its_words():
    # "police injured a young woman" in a story naming no country lost both parties and
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
    # "contemplated another presidential run" and "began talking about" were CONSULTs
    assert not _events("Ruiz contemplated another presidential run.")
    assert not _events("Wren held talks on Monday.")
    # a partner named anywhere in the clause, or a place met in, is one
    assert [(e[0], e[3]) for e in _events(
        "A group of Peruvian diplomats held their first meeting with Ana Ruiz at a "
        "lunch.")] == [("CONSULT", "Ana Ruiz")]


# Classes of the second study round (S2)


def test_force_done_to_no_one_by_no_one_armed_is_a_figure_of_speech():
    # "Trump is absolutely dominating social", "Iowa Democrats are wrestling over their
    # final choice" were ASSAULTs
    assert not _events("The Ruiz campaign is absolutely dominating the airwaves.")
    assert not _events("Chilean farmers are wrestling over their final choice.")
    # a state, an armed group or a weapon makes it force
    assert [e[0] for e in _events("Chile bombed the rebel camps on Monday.")] == ["ASSAULT"]
    assert [e[0] for e in _events("Chilean rebels fought back on Monday.")] == ["ASSAULT"]
    assert [e[0] for e in _events("Chilean youths attacked with stones on Monday.")] == [
        "ASSAULT"]


def test_hearsay_is_reported():
    # "Reportedly, two people were killed" was asserted
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
    # "who ... was persuaded to support the Texas senator" lost its actor
    found = _events("Pedro Marek, who was persuaded to support Ana Ruiz last year, spoke "
                    "on Monday.")
    assert ("SUPPORT", "support", "Pedro Marek", "Ana Ruiz", "asserted") in found


def test_who_an_accusation_clause_says_did_it_is_accused():
    # "Mr. Trump alleged that Mr. O'Brien had libeled him" had no target
    found = _events("Ana Ruiz alleged that Tomas Wren had libeled her.")
    assert [(e[0], e[2], e[3]) for e in found] == [("ACCUSE", "Ana Ruiz", "Tomas Wren")]


def test_a_meeting_told_again_without_its_actor_is_the_same_meeting():
    # 'met', 'Emerging' and 'meeting' were three meetings
    found = _events("Senator Ana Ruiz met President Tomas Wren at the palace on Monday. "
                    "After a 45-minute meeting with Wren, Ruiz said the talks went well.")
    assert [(e[0], e[2], e[3]) for e in found] == [("CONSULT", "Ana Ruiz", "Tomas Wren")]


def test_hosting_refugees_is_aid_and_arriving_with_someone_no_meeting():
    # "hosting the growing number of migrants" was a CONSULT
    found = _events("Chile hosts thousands of migrants in Arica.")
    assert [(e[0], e[1]) for e in found] == [("AID", "hosts migrants")]
    assert [e[0] for e in _events("Chile hosted Peru's president in Arica.")] == ["CONSULT"]
    # "will arrive at the convention with enough delegates" was an AGREE with them
    assert not _events("Ruiz will arrive at the convention with enough delegates to win.")
